// File ▸ Export as Python… in the window (docs/script-editor.md): enabled for one selected node
// of a kind the exporter writes, it saves the export to the file chosen; a sketch outside the
// translated subset is refused in a message box that names the line, and nothing is written.
#include "cli/pythonexport.h"
#include "nodeselection.h"
#include "script/scriptcontrol.h"
#include "uitestkit.h"
#include "windowactions.h"

#include <QAction>
#include <QFile>
#include <QMenuBar>
#include <QMessageBox>
#include <QTest>

using namespace wb;

namespace {

const QString kSwitch = QStringLiteral("function loop(channel, message) {\n"
                                       "    switch (message) { default: return 'x'; }\n"
                                       "}\n");

QAction *fileMenuAction(MainWindow *window, QAction *wanted)
{
    for (QAction *menu : window->menuBar()->actions()) {
        if (menu->text().remove(u'&') == QLatin1String("File")
            && menu->menu()->actions().contains(wanted))
            return wanted;
    }
    return nullptr;
}

} // namespace

class TestScriptExportUi final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void exportsOrSaysWhyNot()
    {
        uitest::Window w;
        const QString path = uitest::writeCircuit(w.dir, QStringLiteral("export.json"),
            { uitest::node(QStringLiteral("clock"), NodeKind::Clock),
                uitest::node(QStringLiteral("sketch"), NodeKind::Script, 0,
                    { { QStringLiteral("script"), kSwitch } }),
                uitest::node(QStringLiteral("proxy"), NodeKind::Proxy) },
            { { 0, 1 } });
        QVERIFY(w->documents()->load(path));
        uitest::show(w);
        QAction *action = fileMenuAction(w.window.get(), w->actions()->exportPython);
        QVERIFY(action);
        QStringList asked;
        const QString target = w.dir.filePath(QStringLiteral("clock.py"));
        w->scripts()->setFileChooser(
            [&](const QString &suggestion, std::function<void(const QString &)> chosen) {
                asked << suggestion;
                chosen(target);
            });

        w->selection()->clear();
        QVERIFY(!action->isEnabled());
        w->selection()->set({ 3 });
        QVERIFY(!action->isEnabled()); // a proxy has no Python export
        w->selection()->set({ 1, 2 });
        QVERIFY(!action->isEnabled()); // one node at a time

        w->selection()->set({ 1 });
        QVERIFY(action->isEnabled());
        QCOMPARE(action->text().remove(u'&'), QStringLiteral("Export clock as Python…"));
        action->trigger();
        QCOMPARE(asked, QStringList({ QStringLiteral("clock.py") }));
        QFile file(target);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const pythonexport::Result expected = pythonexport::exportNode(*w->circuit(), 1);
        QVERIFY(expected.ok);
        QCOMPARE(QString::fromUtf8(file.readAll()), expected.source);

        // A switch is outside the subset: the box names the line, no file is asked for.
        asked.clear();
        w->selection()->set({ 2 });
        QVERIFY(action->isEnabled());
        action->trigger();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = w->findChild<QMessageBox *>(QStringLiteral("exportPythonError")))
            && box->isVisible());
        QVERIFY2(box->informativeText().contains(QLatin1String("line 2")),
            qPrintable(box->informativeText()));
        QVERIFY(box->text().contains(QLatin1String("sketch")));
        QVERIFY(asked.isEmpty());
        box->close();
    }
};

QTEST_MAIN(TestScriptExportUi)
#include "tst_scriptexportui.moc"
