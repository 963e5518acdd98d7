// The canvas without a mouse (canvas/keyboardtool.h): every step is a real key event on the
// view, and every assertion is on the document, its undo stack or the shared selection.
#include "canvas/circuitscene.h"
#include "canvas/circuitview.h"
#include "canvas/keyboardtool.h"
#include "canvas/nodeitem.h"
#include "canvas/palettewidget.h"
#include "canvas/wireitem.h"
#include "canvastestkit.h"
#include "circuiteditor.h"
#include "nodeselection.h"

#include <QAccessible>
#include <QGraphicsPathItem>
#include <QMenu>
#include <QTest>
#include <QUndoStack>

using namespace wb;

namespace {

constexpr int kTimeout = 5000;

QStringList menuTexts(const QMenu *menu)
{
    QStringList texts;
    for (const QAction *action : menu->actions())
        texts << action->text();
    return texts;
}

} // namespace

class TestCanvasKeyboard final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_circuit = std::make_unique<Circuit>();
        canvastest::buildSeedLike(*m_circuit);
        m_editor = std::make_unique<CircuitEditor>(m_circuit.get());
        m_selection = std::make_unique<NodeSelection>(m_circuit.get());
        m_view = std::make_unique<CircuitView>(m_editor.get(), nullptr, nullptr, m_selection.get());
        m_view->resize(1000, 640);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        m_view->activateWindow();
        m_view->setFocus();
        m_view->resetZoom();
        m_view->centerOn(360, 120);
    }

    void cleanup()
    {
        m_view.reset();
        m_selection.reset();
        m_editor.reset();
        m_circuit.reset();
    }

    void tabCyclesNodesThenWires()
    {
        CircuitScene *scene = m_view->circuitScene();
        QVERIFY(scene->selectedNodeIds().isEmpty());
        for (NodeId id : m_circuit->nodeIds()) {
            QTest::keyClick(m_view.get(), Qt::Key_Tab);
            QCOMPARE(scene->selectedNodeIds(), QList<NodeId> { id });
            QCOMPARE(m_view->keyboardTool()->focusedNode(), id);
        }
        for (WireId id : m_circuit->wireIds()) {
            QTest::keyClick(m_view.get(), Qt::Key_Tab);
            QVERIFY(scene->selectedNodeIds().isEmpty());
            QCOMPARE(scene->selectedWireIds(), QList<WireId> { id });
        }
        // Shift+Tab goes back: from the first wire to the last node.
        for (int i = 0; i < m_circuit->wireIds().size() - 1; ++i)
            QTest::keyClick(m_view.get(), Qt::Key_Backtab, Qt::ShiftModifier);
        QCOMPARE(scene->selectedWireIds(), QList<WireId> { m_circuit->wireIds().first() });
        QTest::keyClick(m_view.get(), Qt::Key_Backtab, Qt::ShiftModifier);
        QCOMPARE(scene->selectedNodeIds(), QList<NodeId> { m_circuit->nodeIds().last() });
        // The shared selection (inspector, mesh table) follows.
        QCOMPARE(m_selection->current(), m_circuit->nodeIds().last());
    }

    void theCanvasNameSaysWhatHasTheFocus()
    {
        // Screen readers announce the focused widget's new name.
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(m_view.get());
        QVERIFY(iface);
        QTest::keyClick(m_view.get(), Qt::Key_Tab);
        QVERIFY2(iface->text(QAccessible::Name).contains(QStringLiteral("clock")),
            qPrintable(iface->text(QAccessible::Name)));
        for (int i = 0; i < m_circuit->nodeIds().size(); ++i)
            QTest::keyClick(m_view.get(), Qt::Key_Tab);
        QVERIFY2(
            iface->text(QAccessible::Name).contains(QStringLiteral("Wire from clock to iopin")),
            qPrintable(iface->text(QAccessible::Name)));
        QTest::keyClick(m_view.get(), Qt::Key_Escape); // clears the selection
        QCOMPARE(iface->text(QAccessible::Name), QStringLiteral("Circuit canvas"));
    }

    void focusRingMarksTheFocusedItem()
    {
        QTest::keyClick(m_view.get(), Qt::Key_Tab);
        const QGraphicsPathItem *ring = this->ring();
        QVERIFY(ring);
        const NodeItem *item = m_view->nodeItem(m_circuit->nodeIds().first());
        QVERIFY(ring->path().boundingRect().contains(item->sceneBoundingRect().center()));
        QCOMPARE(ring->pen().style(), Qt::DashLine);
        // It follows a nudge.
        QTest::keyClick(m_view.get(), Qt::Key_Right, Qt::ShiftModifier);
        QVERIFY(this->ring()->path().boundingRect().contains(
            m_view->nodeItem(m_circuit->nodeIds().first())->sceneBoundingRect().center()));
        // Gone while the canvas does not have the focus.
        QWidget other;
        other.show();
        other.activateWindow();
        other.setFocus();
        QTRY_VERIFY_WITH_TIMEOUT(!m_view->hasFocus(), kTimeout);
        QVERIFY(!this->ring());
    }

    void paletteEnterPlacesAtAFreeSpotInView()
    {
        // The centre of the view is on the iopin's card.
        const NodeItem *iopin = m_view->nodeItem(2);
        m_view->centerOn(iopin->sceneBoundingRect().center());
        PaletteWidget palette;
        connect(&palette, &PaletteWidget::placeRequested, m_view.get(), &CircuitView::placeNode);
        palette.show();
        QVERIFY(QTest::qWaitForWindowExposed(&palette));
        palette.setCurrentRow(PaletteWidget::components().indexOf(NodeKind::Led));
        QTest::keyClick(&palette, Qt::Key_Return);
        QCOMPARE(m_circuit->count(), 5);
        const NodeId id = m_circuit->nodeIds().last();
        QCOMPARE(m_circuit->node(id)->kind, NodeKind::Led);
        QCOMPARE(m_view->circuitScene()->selectedNodeIds(), QList<NodeId> { id });
        const QRectF card(
            *m_circuit->node(id)->position, QSizeF(NodeItem::kWidth, NodeItem::kHeight));
        for (NodeId other : m_circuit->nodeIds()) {
            if (other == id)
                continue;
            const QRectF otherCard(
                *m_circuit->node(other)->position, QSizeF(NodeItem::kWidth, NodeItem::kHeight));
            QVERIFY2(!card.intersects(otherCard), qPrintable(m_circuit->node(other)->name));
        }
        const QRectF visible = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
        QVERIFY(visible.contains(card));
    }

    void arrowsMoveTheFocusedNodeUndoably()
    {
        QTest::keyClick(m_view.get(), Qt::Key_Tab);
        const NodeId id = m_circuit->nodeIds().first();
        const QPointF start = *m_circuit->node(id)->position;
        QTest::keyClick(m_view.get(), Qt::Key_Right);
        QCOMPARE(*m_circuit->node(id)->position, start + QPointF(CircuitScene::kGrid, 0));
        QTest::keyClick(m_view.get(), Qt::Key_Down, Qt::ShiftModifier);
        QCOMPARE(*m_circuit->node(id)->position,
            start + QPointF(CircuitScene::kGrid, 5 * CircuitScene::kGrid));
        // The burst is one undo step.
        QCOMPARE(m_editor->undoStack()->count(), 1);
        m_editor->undoStack()->undo();
        QCOMPARE(*m_circuit->node(id)->position, start);
    }

    void wKeyWiresToAChosenTarget()
    {
        const int wires = m_circuit->wireIds().size();
        QTest::keyClick(m_view.get(), Qt::Key_Tab); // the clock
        QTest::keyClick(m_view.get(), Qt::Key_W);
        KeyboardTool *tool = m_view->keyboardTool();
        QVERIFY(tool->isWiring());
        // The nearest node that can take a wire from the clock (the iopin has one already).
        QCOMPARE(m_circuit->node(tool->wiringTarget())->name, QStringLiteral("buzzer"));
        QTest::keyClick(m_view.get(), Qt::Key_Down);
        QCOMPARE(m_circuit->node(tool->wiringTarget())->name, QStringLiteral("led"));
        QTest::keyClick(m_view.get(), Qt::Key_Up);
        QCOMPARE(m_circuit->node(tool->wiringTarget())->name, QStringLiteral("buzzer"));
        QTest::keyClick(m_view.get(), Qt::Key_Tab);
        QCOMPARE(m_circuit->node(tool->wiringTarget())->name, QStringLiteral("led"));
        QTest::keyClick(m_view.get(), Qt::Key_Return);
        QVERIFY(!tool->isWiring());
        QCOMPARE(m_circuit->wireIds().size(), wires + 1);
        QVERIFY(m_circuit->wireBetween(m_circuit->idByName(QStringLiteral("clock")),
                    m_circuit->idByName(QStringLiteral("led")))
            != 0);
        m_editor->undoStack()->undo();
        QCOMPARE(m_circuit->wireIds().size(), wires);
    }

    void escapeCancelsAKeyboardWire()
    {
        const auto before = canvastest::describe(canvastest::snapshot(*m_circuit));
        QTest::keyClick(m_view.get(), Qt::Key_Tab);
        QTest::keyClick(m_view.get(), Qt::Key_W);
        QVERIFY(m_view->keyboardTool()->isWiring());
        QTest::keyClick(m_view.get(), Qt::Key_Escape);
        QVERIFY(!m_view->keyboardTool()->isWiring());
        QCOMPARE(canvastest::describe(canvastest::snapshot(*m_circuit)), before);
        // The clock stays selected: Escape ended the wire, not the selection.
        QCOMPARE(m_view->circuitScene()->selectedNodeIds(), QList<NodeId> { 1 });
    }

    void menuKeyOpensTheFocusedItemsMenu_data()
    {
        QTest::addColumn<int>("tabs");
        QTest::addColumn<bool>("shiftF10");
        QTest::addColumn<QString>("expected");
        QTest::newRow("node, Menu key") << 2 << false << QStringLiteral("Rename");
        QTest::newRow("node, Shift+F10") << 1 << true << QStringLiteral("Rename");
        QTest::newRow("wire, Menu key") << 5 << false << QStringLiteral("Delete Wire");
        QTest::newRow("wire, Shift+F10") << 7 << true << QStringLiteral("Delete Wire");
    }

    void menuKeyOpensTheFocusedItemsMenu()
    {
        QFETCH(int, tabs);
        QFETCH(bool, shiftF10);
        QFETCH(QString, expected);
        for (int i = 0; i < tabs; ++i)
            QTest::keyClick(m_view.get(), Qt::Key_Tab);
        if (shiftF10)
            QTest::keyClick(m_view.get(), Qt::Key_F10, Qt::ShiftModifier);
        else
            QTest::keyClick(m_view.get(), Qt::Key_Menu);
        QMenu *menu = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (menu = m_view->findChild<QMenu *>()) && menu->isVisible(), kTimeout);
        QVERIFY2(menuTexts(menu).contains(expected), qPrintable(menuTexts(menu).join(u'|')));
        // At the item, not at the mouse.
        const QPointF at = *m_view->keyboardTool()->focusPoint();
        const QPoint global = m_view->viewport()->mapToGlobal(m_view->mapFromScene(at));
        QVERIFY((menu->geometry().topLeft() - global).manhattanLength() < 40);
        // Delete from the wire's menu deletes that wire.
        if (expected == QLatin1String("Delete Wire")) {
            const WireId wire = m_view->keyboardTool()->focusedWire();
            for (QAction *action : menu->actions()) {
                if (action->text() == expected)
                    action->trigger();
            }
            QVERIFY(!m_circuit->wire(wire));
        }
        menu->close();
    }

    void freeSpotAvoidsCards()
    {
        CircuitScene *scene = m_view->circuitScene();
        const QRectF visible(-200, -200, 1200, 800);
        const QPointF spot = KeyboardTool::freeSpot(scene, visible, QPointF(300, 60));
        const QRectF card(
            CircuitScene::snap(spot - QPointF(NodeItem::kWidth, NodeItem::kHeight) / 2),
            QSizeF(NodeItem::kWidth, NodeItem::kHeight));
        QVERIFY(visible.contains(card));
        for (const NodeItem *item : scene->nodeItems())
            QVERIFY(!card.intersects(QRectF(item->pos(), card.size())));
    }

private:
    QGraphicsPathItem *ring() const
    {
        for (QGraphicsItem *item : m_view->circuitScene()->items()) {
            if (item->zValue() == 90 && item->type() == QGraphicsPathItem::Type)
                return static_cast<QGraphicsPathItem *>(item);
        }
        return nullptr;
    }

    std::unique_ptr<Circuit> m_circuit;
    std::unique_ptr<CircuitEditor> m_editor;
    std::unique_ptr<NodeSelection> m_selection;
    std::unique_ptr<CircuitView> m_view;
};

QTEST_MAIN(TestCanvasKeyboard)
#include "tst_canvaskeyboard.moc"
