// Documents through the window's actions: save and open give back the same circuit, the
// examples open as untitled copies, recent files, and errors that do not lose the document.
#include "circuiteditor.h"
#include "document/circuit.h"
#include "uitestkit.h"
#include "windowactions.h"

#include <QAction>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSignalSpy>
#include <QUndoStack>

using wb::NodeKind;

namespace {

QByteArray documentBytes(const wb::Circuit &circuit)
{
    return wb::circuitformat::serialize(wb::circuitformat::documentOf(circuit));
}

QMenu *fileSubMenu(wb::MainWindow *window, const QString &titleStart)
{
    const QList<QAction *> top = window->menuBar()->actions();
    for (QAction *menu : top) {
        if (!menu->menu())
            continue;
        const QList<QAction *> items = menu->menu()->actions();
        for (QAction *item : items) {
            if (item->menu() && item->text().remove(QLatin1Char('&')).startsWith(titleStart))
                return item->menu();
        }
    }
    return nullptr;
}

} // namespace

class TestDocuments final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void saveAndOpenGiveBackTheSameCircuit()
    {
        uitest::Window w;
        w->openInitial(); // the seed circuit
        // Make it ours: every kind of edit the file must keep.
        wb::CircuitEditor *editor = w->editor();
        const wb::NodeId led = editor->addNode(NodeKind::Led, QPointF(480, 160));
        QVERIFY(editor->addWire(w->circuit()->idByName(QStringLiteral("iopin")), led));
        QVERIFY(editor->renameNode(led, QStringLiteral("lamp")));
        QVERIFY(editor->setParam(w->circuit()->idByName(QStringLiteral("iopin")),
                                 QStringLiteral("seed"), 42));
        QVERIFY(editor->setPort(led, 9123));
        const QByteArray before = documentBytes(*w->circuit());

        const QString path = w.dir.filePath(QStringLiteral("mine.json"));
        w.chooseFile(path);
        w->actions()->saveAs->trigger();
        QVERIFY(QFileInfo::exists(path));
        QCOMPARE(w->documents()->path(), QFileInfo(path).absoluteFilePath());
        QCOMPARE(w->windowTitle(), QStringLiteral("mine.json[*] — Wirebench"));
        QVERIFY(!w->isWindowModified());

        w->actions()->newFile->trigger();
        QCOMPARE(w->circuit()->count(), 0);
        QCOMPARE(w->windowTitle(), QStringLiteral("Untitled[*] — Wirebench"));
        w->actions()->open->trigger();
        QCOMPARE(documentBytes(*w->circuit()), before);
        QCOMPARE(w->circuit()->node(w->circuit()->idByName(QStringLiteral("lamp")))->port,
                 quint16(9123));
        QVERIFY(!w->isWindowModified());
        QCOMPARE(w->editor()->undoStack()->count(), 0); // a fresh document has no history
        QVERIFY(w.prompts.isEmpty()); // nothing was ever unsaved when asked
    }

    void saveOnAnUntitledDocumentAsksWhere()
    {
        uitest::Window w;
        w->actions()->newFile->trigger();
        w->editor()->addNode(NodeKind::Buzzer, {});
        const QString path = w.dir.filePath(QStringLiteral("untitled-then-saved")); // no suffix
        w.chooseFile(path);
        w->actions()->save->trigger();
        QCOMPARE(w->documents()->path(), path + QStringLiteral(".json"));
        QVERIFY(QFileInfo::exists(path + QStringLiteral(".json")));
        QVERIFY(!w->isWindowModified());
        // A cancelled file choice saves nothing and keeps the mark.
        w->editor()->addNode(NodeKind::Led, {});
        w.chooseFile({});
        w->actions()->saveAs->trigger();
        QVERIFY(w->isWindowModified());
    }

    void examplesOpenAsUntitledCopies()
    {
        uitest::Window w;
        QMenu *examples = fileSubMenu(w.window.get(), QStringLiteral("Examples"));
        QVERIFY(examples);
        const QList<QAction *> items = examples->actions();
        QVERIFY(items.size() >= 2); // the seed and at least one example with an LED
        bool sawLed = false;
        for (QAction *item : items) {
            item->trigger();
            QVERIFY2(w->circuit()->count() > 0, qPrintable(item->data().toString()));
            QVERIFY(w->documents()->path().isEmpty()); // saving asks where: never the resource
            QVERIFY(!w->isWindowModified());
            const QList<wb::NodeSpec> nodes = w->circuit()->nodes();
            for (const wb::NodeSpec &spec : nodes)
                sawLed = sawLed || spec.kind == NodeKind::Led;
        }
        QVERIFY(sawLed);
    }

    void recentFilesRememberWhatWasOpenedAndSaved()
    {
        uitest::Window w;
        QTemporaryDir dir;
        const QString a = uitest::writeCircuit(
            dir, QStringLiteral("a.json"), { uitest::node(QStringLiteral("x"), NodeKind::Led) }, {});
        const QString b = uitest::writeCircuit(
            dir, QStringLiteral("b.json"), { uitest::node(QStringLiteral("y"), NodeKind::Led) }, {});
        w->documents()->openFile(a);
        w->documents()->openFile(b);
        QMenu *recent = fileSubMenu(w.window.get(), QStringLiteral("Open Recent"));
        QVERIFY(recent);
        QVERIFY(recent->actions().first()->text().contains(QStringLiteral("b.json")));
        QVERIFY(recent->actions().at(1)->text().contains(QStringLiteral("a.json")));
        recent->actions().at(1)->trigger();
        QCOMPARE(w->documents()->path(), QFileInfo(a).absoluteFilePath());
        QCOMPARE(w.settings->value(QStringLiteral("documents/recentFiles")).toStringList().first(),
                 QFileInfo(a).absoluteFilePath());
    }

    void aBrokenFileLeavesTheDocumentAlone()
    {
        uitest::Window w;
        w->openInitial();
        const QByteArray before = documentBytes(*w->circuit());
        const QString broken = w.dir.filePath(QStringLiteral("broken.json"));
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{ \"format\": \"wirebench-circuit\", \"version\": 1, \"nodes\": [ { ");
        file.close();
        QSignalSpy failed(w->documents(), &wb::DocumentController::failed);
        w->documents()->openFile(broken);
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("broken.json")));
        QCOMPARE(documentBytes(*w->circuit()), before);
        QVERIFY(w->documents()->path().isEmpty());
        // The error dialog is window-modal and opened with open(): it does not block.
        const QList<QMessageBox *> boxes = w->findChildren<QMessageBox *>();
        for (QMessageBox *box : boxes)
            box->close();
    }
};

QTEST_MAIN(TestDocuments)
#include "tst_documents.moc"
