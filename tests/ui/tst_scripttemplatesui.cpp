// Templates in the window (docs/script-editor.md): Insert ▸ script ▸ TITLE
// places a script node whose sketch is the template's source
// (wb::scripttemplates), selected, at the middle of the canvas; one undo
// removes it. "Default Sketch" and the palette's script row place the default
// sketch.
#include "canvas/circuitview.h"
#include "canvas/palettewidget.h"
#include "circuiteditor.h"
#include "nodeselection.h"
#include "runtime/script/scripttemplates.h"
#include "uitestkit.h"

#include <QMenuBar>
#include <QTest>
#include <QUndoStack>

using namespace wb;

namespace {

QMenu *scriptMenu(MainWindow *window)
{
    for (QAction *menu : window->menuBar()->actions()) {
        if (menu->text().remove(u'&') != QLatin1String("Insert"))
            continue;
        for (QAction *action : menu->menu()->actions()) {
            if (action->menu() && action->text() == kinds::name(NodeKind::Script))
                return action->menu();
        }
    }
    return nullptr;
}

QList<NodeId> scriptNodes(MainWindow *window)
{
    QList<NodeId> ids;
    for (const NodeSpec &spec : window->circuit()->nodes()) {
        if (spec.kind == NodeKind::Script)
            ids << spec.id;
    }
    return ids;
}

} // namespace

class TestScriptTemplatesUi final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theContractsTemplatesAreListed()
    {
        uitest::Window w;
        QMenu *menu = scriptMenu(w.window.get());
        QVERIFY(menu);
        QStringList listed;
        for (QAction *action : menu->actions()) {
            if (!action->data().toString().isEmpty())
                listed << action->data().toString();
        }
        QCOMPARE(listed, scripttemplates::names());
        for (const char *name : { "clock", "iopin", "buzzer", "led", "relay" })
            QVERIFY2(listed.contains(QLatin1String(name)), name);
    }

    void insertPlacesTheTemplate_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &name : scripttemplates::names())
            QTest::newRow(qPrintable(name)) << name;
    }
    void insertPlacesTheTemplate()
    {
        QFETCH(QString, name);
        uitest::Window w;
        w->circuit()->setContents({}, {});
        uitest::show(w);
        QMenu *menu = scriptMenu(w.window.get());
        QVERIFY(menu);
        QAction *insert = nullptr;
        for (QAction *action : menu->actions()) {
            if (action->data().toString() == name)
                insert = action;
        }
        QVERIFY(insert);
        QCOMPARE(insert->text(), scripttemplates::title(name));
        const int steps = w->editor()->undoStack()->count();
        insert->trigger();
        const QList<NodeId> ids = scriptNodes(w.window.get());
        QCOMPARE(ids.size(), 1);
        const NodeSpec *spec = w->circuit()->node(ids.first());
        QCOMPARE(
            spec->params.value(QStringLiteral("script")).toString(), scripttemplates::source(name));
        QVERIFY(spec->port != 0);
        QCOMPARE(w->selection()->ids(), ids);
        QCOMPARE(w->editor()->undoStack()->count(), steps + 1);
        w->editor()->undoStack()->undo();
        QCOMPARE(w->circuit()->count(), 0);
        w->editor()->undoStack()->redo();
        QCOMPARE(w->circuit()->node(ids.first())->params.value(QStringLiteral("script")).toString(),
            scripttemplates::source(name));
    }

    void defaultSketchFromTheMenuAndThePalette()
    {
        uitest::Window w;
        w->circuit()->setContents({}, {});
        uitest::show(w);
        QMenu *menu = scriptMenu(w.window.get());
        QVERIFY(menu);
        QAction *first = menu->actions().value(0);
        QVERIFY(first);
        QCOMPARE(first->text().remove(u'&'), QStringLiteral("Default Sketch"));
        first->trigger();
        QCOMPARE(scriptNodes(w.window.get()).size(), 1);
        QCOMPARE(w->circuit()
                     ->node(scriptNodes(w.window.get()).first())
                     ->params.value(QStringLiteral("script"))
                     .toString(),
            kinds::defaultScript());

        // The palette's script row, double-clicked.
        auto *palette = w->findChild<PaletteWidget *>();
        QVERIFY(palette);
        QListWidgetItem *row = nullptr;
        for (int i = 0; i < palette->count(); ++i) {
            if (palette->item(i)->text() == kinds::name(NodeKind::Script))
                row = palette->item(i);
        }
        QVERIFY(row);
        palette->scrollToItem(row);
        const QPoint at = palette->visualItemRect(row).center();
        QTest::mouseClick(palette->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(palette->viewport(), Qt::LeftButton, {}, at);
        QTRY_COMPARE(scriptNodes(w.window.get()).size(), 2);
        QCOMPARE(w->circuit()
                     ->node(scriptNodes(w.window.get()).last())
                     ->params.value(QStringLiteral("script"))
                     .toString(),
            kinds::defaultScript());
    }
};

QTEST_MAIN(TestScriptTemplatesUi)
#include "tst_scripttemplatesui.moc"
