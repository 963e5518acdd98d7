// The queue seed's kinds (keyboard, queue, worker, console) placed as a person places them:
// a real double-click on the palette's row, a drop of the palette's own drag payload on the
// canvas, Insert ▸ KIND and the canvas menu's Add Node. Each lands in the document with its
// kind's defaults and its card draws its own live part (QueueCard); each has a glyph of its
// own, no longer the external node's globe.
#include "canvas/circuitview.h"
#include "canvas/componenticons.h"
#include "canvas/nodeitem.h"
#include "canvas/palettewidget.h"
#include "canvastestkit.h"
#include "circuiteditor.h"
#include "nodeselection.h"
#include "uitestkit.h"
#include "windowactions.h"

#include <QDragEnterEvent>
#include <QMenuBar>
#include <QMimeData>
#include <QPainter>
#include <QTest>
#include <QUndoStack>

using namespace wb;

namespace {

PaletteWidget *paletteOf(MainWindow *window)
{
    return window->findChild<PaletteWidget *>();
}

// The one node of `kind` in the document, checked against the kind's defaults.
NodeId placedNode(MainWindow *window, NodeKind kind)
{
    NodeId found = 0;
    for (const NodeSpec &spec : window->circuit()->nodes()) {
        if (spec.kind == kind) {
            if (found != 0)
                return -1; // placed twice
            found = spec.id;
        }
    }
    return found;
}

void checkDefaults(MainWindow *window, NodeId id, NodeKind kind)
{
    const NodeSpec *spec = window->circuit()->node(id);
    QVERIFY(spec);
    QCOMPARE(spec->kind, kind);
    QCOMPARE(spec->name, kinds::name(kind));
    QCOMPARE(spec->params, kinds::defaultParams(kind));
    QCOMPARE(spec->port != 0, kinds::hasServer(kind)); // a keyboard has no server
    NodeItem *item = window->view()->nodeItem(id);
    QVERIFY(item);
    QVERIFY(item->queueCard());
    QCOMPARE(item->hasInput(), kind != NodeKind::Keyboard);
    QCOMPARE(item->hasOutput(), kind != NodeKind::Console);
}

} // namespace

class TestQueuePlace final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void kinds_data()
    {
        QTest::addColumn<NodeKind>("kind");
        QTest::newRow("keyboard") << NodeKind::Keyboard;
        QTest::newRow("queue") << NodeKind::Queue;
        QTest::newRow("worker") << NodeKind::Worker;
        QTest::newRow("console") << NodeKind::Console;
    }

    void placedByDoubleClickOnThePalette_data() { kinds_data(); }
    void placedByDoubleClickOnThePalette()
    {
        QFETCH(NodeKind, kind);
        uitest::Window w;
        w->circuit()->setContents({}, {});
        uitest::show(w);
        PaletteWidget *palette = paletteOf(w.window.get());
        QVERIFY(palette);
        QListWidgetItem *row = nullptr;
        for (int i = 0; i < palette->count(); ++i) {
            if (palette->item(i)->text() == kinds::name(kind))
                row = palette->item(i);
        }
        QVERIFY(row);
        QCOMPARE(row->toolTip(), PaletteWidget::description(kind));
        palette->scrollToItem(row);
        const QPoint at = palette->visualItemRect(row).center();
        QTest::mouseClick(palette->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(palette->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseRelease(palette->viewport(), Qt::LeftButton, {}, at);
        const NodeId id = placedNode(w.window.get(), kind);
        QVERIFY(id > 0);
        checkDefaults(w.window.get(), id, kind);
        QCOMPARE(w->selection()->ids(), QList<NodeId>({ id }));
        // One undo step takes it away.
        w->editor()->undoStack()->undo();
        QCOMPARE(w->circuit()->count(), 0);
    }

    void placedByDroppingThePalettesDrag_data() { kinds_data(); }
    void placedByDroppingThePalettesDrag()
    {
        QFETCH(NodeKind, kind);
        uitest::Window w;
        w->circuit()->setContents({}, {});
        uitest::show(w);
        PaletteWidget *palette = paletteOf(w.window.get());
        int row = -1;
        for (int i = 0; i < palette->count(); ++i) {
            if (palette->item(i)->text() == kinds::name(kind))
                row = i;
        }
        QVERIFY(row >= 0);
        // What the list's drag machinery carries for that row.
        std::unique_ptr<QMimeData> data(
            palette->model()->mimeData({ palette->model()->index(row, 0) }));
        CircuitView *view = w->view();
        const QPoint at = view->viewport()->rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view->viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(at, Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view->viewport(), &drop);
        QVERIFY(drop.isAccepted());
        const NodeId id = placedNode(w.window.get(), kind);
        QVERIFY(id > 0);
        checkDefaults(w.window.get(), id, kind);
        const QPointF centre = view->nodeItem(id)->sceneBoundingRect().center();
        QVERIFY((centre - view->mapToScene(at)).manhattanLength() < 80);
    }

    void placedFromTheInsertMenu_data() { kinds_data(); }
    void placedFromTheInsertMenu()
    {
        QFETCH(NodeKind, kind);
        uitest::Window w;
        w->circuit()->setContents({}, {});
        uitest::show(w);
        QAction *insert = nullptr;
        for (QAction *menu : w->menuBar()->actions()) {
            if (menu->text().remove(u'&') != QLatin1String("Insert"))
                continue;
            for (QAction *action : menu->menu()->actions()) {
                if (action->text() == kinds::name(kind))
                    insert = action;
            }
        }
        QVERIFY(insert);
        QCOMPARE(insert->toolTip(), PaletteWidget::description(kind));
        insert->trigger();
        const NodeId id = placedNode(w.window.get(), kind);
        QVERIFY(id > 0);
        checkDefaults(w.window.get(), id, kind);
    }

    void placedFromTheCanvasMenu_data() { kinds_data(); }
    void placedFromTheCanvasMenu()
    {
        QFETCH(NodeKind, kind);
        uitest::Window w;
        w->circuit()->setContents({}, {});
        uitest::show(w);
        CircuitView *view = w->view();
        const QPoint at = view->viewport()->rect().center();
        QContextMenuEvent event(QContextMenuEvent::Mouse, at, view->viewport()->mapToGlobal(at));
        QApplication::sendEvent(view->viewport(), &event);
        QMenu *menu = nullptr;
        QTRY_VERIFY((menu = view->findChild<QMenu *>()) && menu->isVisible());
        QAction *action = nullptr;
        for (QAction *entry : menu->actions()) {
            if (entry->menu() && entry->text() == QLatin1String("Add Node")) {
                for (QAction *item : entry->menu()->actions()) {
                    if (item->text() == kinds::name(kind))
                        action = item;
                }
            }
        }
        QVERIFY(action);
        action->trigger();
        menu->close();
        const NodeId id = placedNode(w.window.get(), kind);
        QVERIFY(id > 0);
        checkDefaults(w.window.get(), id, kind);
    }

    void everyKindHasAGlyphOfItsOwn()
    {
        // The foundation drew these four as the external node's globe for the time being. The
        // glyphs alone, in one colour: the tiles' colours differ by kind anyway.
        const auto glyph = [](NodeKind kind) {
            QImage image(48, 48, QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::transparent);
            QPainter painter(&image);
            componenticons::paintGlyph(&painter, QRectF(0, 0, 48, 48), kind, Qt::black);
            return image;
        };
        QList<QImage> seen;
        for (const NodeKind kind : PaletteWidget::components()) {
            const QImage image = glyph(kind);
            for (const QImage &other : std::as_const(seen))
                QVERIFY2(image != other, qPrintable(kinds::name(kind)));
            seen << image;
        }
        QCOMPARE(seen.size(), 12);
    }
};

QTEST_MAIN(TestQueuePlace)
#include "tst_queueplace.moc"
