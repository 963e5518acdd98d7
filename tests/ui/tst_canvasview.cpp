// CircuitView driven by real mouse, keyboard and drop events; every assertion is on the
// document, the undo stack or the shared selection, never on pixels.
#include "canvas/circuitscene.h"
#include "canvas/circuitview.h"
#include "canvas/nodeitem.h"
#include "canvas/nodenameeditor.h"
#include "canvas/palettewidget.h"
#include "canvas/wireitem.h"
#include "canvastestkit.h"
#include "circuiteditor.h"
#include "nodeselection.h"

#include <QApplication>
#include <QClipboard>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace wb;

namespace {

constexpr int kTimeout = 5000;

bool contains(const QSignalSpy &spy, const QString &text)
{
    for (const QList<QVariant> &args : spy) {
        if (args.first().toString().contains(text))
            return true;
    }
    return false;
}

} // namespace

class TestCanvasView final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_circuit = std::make_unique<Circuit>();
        canvastest::buildSeedLike(*m_circuit);
        m_editor = std::make_unique<CircuitEditor>(m_circuit.get());
        m_selection = std::make_unique<NodeSelection>(m_circuit.get());
        m_view = std::make_unique<CircuitView>(m_editor.get(), nullptr, nullptr,
                                               m_selection.get());
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

    void dropFromPalettePlacesNode()
    {
        const QPoint at = m_view->mapFromScene(QPointF(300, 420));
        QMimeData *data = PaletteWidget::createMimeData(NodeKind::Led);
        QDragEnterEvent enter(at, Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_view->viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(at, Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_view->viewport(), &drop);
        QVERIFY(drop.isAccepted());
        delete data;

        QCOMPARE(m_circuit->count(), 5);
        const NodeId id = m_circuit->nodeIds().last();
        const NodeSpec *spec = m_circuit->node(id);
        QCOMPARE(spec->kind, NodeKind::Led);
        QCOMPARE(spec->name, QStringLiteral("led2"));
        QVERIFY(spec->port != 0);
        // Centred on the drop point, on the grid.
        const QPointF centre = *spec->position + QPointF(NodeItem::kWidth, NodeItem::kHeight) / 2;
        QVERIFY2((centre - QPointF(300, 420)).manhattanLength() <= 2 * CircuitScene::kGrid,
                 qPrintable(QStringLiteral("%1,%2").arg(centre.x()).arg(centre.y())));
        QCOMPARE(std::fmod(spec->position->x(), CircuitScene::kGrid), 0.0);
        QCOMPARE(m_selection->ids(), QList<NodeId>({ id }));
        QCOMPARE(m_editor->undoStack()->count(), 1);
        QVERIFY(m_view->nodeItem(id));
    }

    void dropOfSomethingElseIsRefused()
    {
        QMimeData data;
        data.setText(QStringLiteral("led"));
        const QPoint at = m_view->mapFromScene(QPointF(300, 420));
        QDragEnterEvent enter(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_view->viewport(), &enter);
        QVERIFY(!enter.isAccepted());
        QCOMPARE(m_circuit->count(), 4);
    }

    void keyboardPlacesAtCentre()
    {
        PaletteWidget palette;
        connect(&palette, &PaletteWidget::placeRequested, m_view.get(), &CircuitView::placeNode);
        palette.show();
        QVERIFY(QTest::qWaitForWindowExposed(&palette));
        palette.setCurrentRow(2);
        m_view->centerOn(300, 600); // empty: right there (on a card: tst_canvaskeyboard)
        QTest::keyClick(&palette, Qt::Key_Return);
        QCOMPARE(m_circuit->count(), 5);
        const NodeSpec *spec = m_circuit->node(m_circuit->nodeIds().last());
        QCOMPARE(spec->kind, NodeKind::Buzzer);
        const QPointF centre = m_view->mapToScene(m_view->viewport()->rect().center());
        QVERIFY((*spec->position + QPointF(NodeItem::kWidth, NodeItem::kHeight) / 2 - centre)
                    .manhattanLength()
                <= 2 * CircuitScene::kGrid);
    }

    void clickToPlace()
    {
        m_view->armPlacement(NodeKind::External);
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {},
                          m_view->mapFromScene(QPointF(100, 400)));
        QCOMPARE(m_circuit->count(), 5);
        QCOMPARE(m_circuit->node(m_circuit->nodeIds().last())->kind, NodeKind::External);
        // Disarmed: the next click selects instead of placing.
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {},
                          m_view->mapFromScene(QPointF(700, 500)));
        QCOMPARE(m_circuit->count(), 5);
    }

    void wiringByMouseAddsTarget_data()
    {
        QTest::addColumn<bool>("backwards");
        QTest::newRow("output to input") << false;
        QTest::newRow("input back to output") << true;
    }

    void wiringByMouseAddsTarget()
    {
        QFETCH(bool, backwards);
        // clock -> led is a new, valid wire.
        NodeItem *clock = m_view->nodeItem(1);
        NodeItem *led = m_view->nodeItem(4);
        QSignalSpy status(m_view.get(), &CircuitView::statusMessage);
        const QPointF from = backwards ? led->inputPortPos() : clock->outputPortPos();
        const QPointF to = backwards ? clock->sceneBoundingRect().center() : led->inputPortPos();
        dragMouse(from, to);
        QCOMPARE(m_circuit->targets(1), QList<NodeId>({ 2, 4 }));
        QVERIFY(m_view->circuitScene()->wireItem(1, 4));
        QCOMPARE(m_editor->undoStack()->count(), 1);
        QVERIFY(contains(status, QStringLiteral("Wired clock to led")));
        m_editor->undoStack()->undo();
        QCOMPARE(m_circuit->targets(1), QList<NodeId>({ 2 }));
        QVERIFY(!m_view->circuitScene()->wireItem(1, 4));
    }

    void invalidWiresAreRefused_data()
    {
        QTest::addColumn<NodeId>("from");
        QTest::addColumn<NodeId>("to");
        QTest::addColumn<QString>("reason");
        QTest::newRow("into a clock") << NodeId(2) << NodeId(1) << "clock has no input";
        QTest::newRow("onto itself") << NodeId(2) << NodeId(2) << "itself";
        QTest::newRow("twice") << NodeId(1) << NodeId(2) << "already wired";
    }

    void invalidWiresAreRefused()
    {
        QFETCH(NodeId, from);
        QFETCH(NodeId, to);
        QFETCH(QString, reason);
        const auto before = canvastest::snapshot(*m_circuit);
        QSignalSpy status(m_view.get(), &CircuitView::statusMessage);
        dragMouse(m_view->nodeItem(from)->outputPortPos(),
                  m_view->nodeItem(to)->sceneBoundingRect().center() + QPointF(0, 20));
        QCOMPARE(canvastest::snapshot(*m_circuit), before);
        QCOMPARE(m_editor->undoStack()->count(), 0);
        QVERIFY2(contains(status, reason),
                 qPrintable(status.isEmpty() ? QString() : status.last().first().toString()));
    }

    void moveWithMouseIsOneUndoStep()
    {
        NodeItem *clock = m_view->nodeItem(1);
        const QPointF grab = clock->pos() + QPointF(60, 70);
        QTest::mousePress(m_view->viewport(), Qt::LeftButton, {}, m_view->mapFromScene(grab));
        for (int i = 1; i <= 6; ++i)
            mouseMove(grab + QPointF(i * 9, i * 23));
        QTest::mouseRelease(m_view->viewport(), Qt::LeftButton, {},
                            m_view->mapFromScene(grab + QPointF(54, 138)));
        // 54, 138 snaps to 60, 140.
        QCOMPARE(m_circuit->node(1)->position, std::optional<QPointF>(QPointF(60, 140)));
        QCOMPARE(m_editor->undoStack()->count(), 1);
        // The wire out of the clock followed.
        QCOMPARE(m_view->circuitScene()->wireItem(1, 2)->boundingRect().contains(
                     clock->outputPortPos()),
                 true);
        m_editor->undoStack()->undo();
        QCOMPARE(m_circuit->node(1)->position, std::optional<QPointF>(QPointF(0, 0)));
        QCOMPARE(clock->pos(), QPointF(0, 0));
    }

    void movingSelectionMovesAll()
    {
        m_selection->set({ 2, 3 });
        const QPointF grab = m_view->nodeItem(3)->pos() + QPointF(80, 60);
        dragMouse(grab, grab + QPointF(0, 200));
        QCOMPARE(m_circuit->node(2)->position, std::optional<QPointF>(QPointF(240, 200)));
        QCOMPARE(m_circuit->node(3)->position, std::optional<QPointF>(QPointF(480, 200)));
        QCOMPARE(m_circuit->node(1)->position, std::optional<QPointF>(QPointF(0, 0)));
        QCOMPARE(m_editor->undoStack()->count(), 1);
    }

    void arrowsNudgeAsOneStep()
    {
        clickNode(2);
        QTest::keyClick(m_view.get(), Qt::Key_Right);
        QTest::keyClick(m_view.get(), Qt::Key_Right);
        QTest::keyClick(m_view.get(), Qt::Key_Down);
        QCOMPARE(m_circuit->node(2)->position, std::optional<QPointF>(QPointF(280, 20)));
        QCOMPARE(m_editor->undoStack()->count(), 1);
    }

    void rubberBandSelects()
    {
        // From empty canvas above-left of the clock to the middle of the iopin.
        dragMouse(QPointF(-40, -40), QPointF(300, 60));
        QCOMPARE(m_selection->ids(), QList<NodeId>({ 1, 2 }));
        QVERIFY(m_view->nodeItem(1)->isSelected());
        QVERIFY(!m_view->nodeItem(3)->isSelected());
        // A click on empty canvas clears it.
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {},
                          m_view->mapFromScene(QPointF(300, 500)));
        QVERIFY(m_selection->ids().isEmpty());
    }

    void selectionIsShared()
    {
        m_selection->set({ 3 });
        QVERIFY(m_view->nodeItem(3)->isSelected());
        QVERIFY(!m_view->nodeItem(2)->isSelected());
        clickNode(2);
        QCOMPARE(m_selection->ids(), QList<NodeId>({ 2 }));
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, Qt::ControlModifier,
                          m_view->mapFromScene(m_view->nodeItem(4)->pos() + QPointF(60, 70)));
        QCOMPARE(m_selection->ids(), QList<NodeId>({ 2, 4 }));
        QCOMPARE(m_selection->current(), NodeId(4));
    }

    void deleteAndUndoRestoreNodeAndWires()
    {
        clickNode(2);
        QTest::keyClick(m_view.get(), Qt::Key_Delete);
        QVERIFY(!m_circuit->contains(2));
        QVERIFY(m_circuit->targets(1).isEmpty());
        QVERIFY(!m_view->nodeItem(2));
        QVERIFY(!m_view->circuitScene()->wireItem(1, 2));
        QVERIFY(!m_view->circuitScene()->wireItem(2, 3));
        m_editor->undoStack()->undo();
        QCOMPARE(m_circuit->node(2)->name, QStringLiteral("iopin"));
        QCOMPARE(m_circuit->targets(1), QList<NodeId>({ 2 }));
        QCOMPARE(m_circuit->targets(2), QList<NodeId>({ 3, 4 }));
        QVERIFY(m_view->circuitScene()->wireItem(1, 2));
        QVERIFY(m_view->circuitScene()->wireItem(2, 4));
    }

    void deleteSelectedWire()
    {
        WireItem *wire = m_view->circuitScene()->wireItem(2, 3);
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {},
                          m_view->mapFromScene(pointOnWire(wire)));
        QVERIFY(wire->isSelected());
        QTest::keyClick(m_view.get(), Qt::Key_Delete);
        QCOMPARE(m_circuit->targets(2), QList<NodeId>({ 4 }));
        m_editor->undoStack()->undo();
        QCOMPARE(m_circuit->targets(2), QList<NodeId>({ 3, 4 }));
    }

    void renameWithF2()
    {
        clickNode(2);
        QTest::keyClick(m_view.get(), Qt::Key_F2);
        NodeNameEditor *editor = m_view->nameEditor();
        QVERIFY(editor);
        QTRY_VERIFY_WITH_TIMEOUT(editor->hasFocus(), kTimeout);
        QCOMPARE(editor->text(), QStringLiteral("iopin"));
        QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(editor, QStringLiteral("pin"));
        QTest::keyClick(editor, Qt::Key_Return);
        QCOMPARE(m_circuit->node(2)->name, QStringLiteral("pin"));
        QCOMPARE(m_view->nodeItem(2)->name(), QStringLiteral("pin"));
        QVERIFY(!m_view->nameEditor());
        QCOMPARE(m_editor->undoStack()->count(), 1);
    }

    void refusedRenameKeepsEditorOpen()
    {
        clickNode(2);
        QSignalSpy status(m_view.get(), &CircuitView::statusMessage);
        QTest::keyClick(m_view.get(), Qt::Key_F2);
        NodeNameEditor *editor = m_view->nameEditor();
        QVERIFY(editor);
        QTRY_VERIFY_WITH_TIMEOUT(editor->hasFocus(), kTimeout);
        QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(editor, QStringLiteral("led"));
        QTest::keyClick(editor, Qt::Key_Return);
        QVERIFY(contains(status, QStringLiteral("taken")));
        QCOMPARE(m_circuit->node(2)->name, QStringLiteral("iopin"));
        QCOMPARE(m_view->nameEditor(), editor);
        QTest::keyClick(editor, Qt::Key_Escape);
        QVERIFY(!m_view->nameEditor());
        QCOMPARE(m_circuit->node(2)->name, QStringLiteral("iopin"));
        QCOMPARE(m_editor->undoStack()->count(), 0);
    }

    void copyPasteDuplicate()
    {
        dragMouse(QPointF(-40, -40), QPointF(300, 60)); // clock and iopin
        QTest::keyClick(m_view.get(), Qt::Key_C, Qt::ControlModifier);
        QVERIFY(QApplication::clipboard()->mimeData()->hasText());
        QTest::keyClick(m_view.get(), Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(m_circuit->count(), 6);
        const NodeId clock2 = m_circuit->idByName(QStringLiteral("clock2"));
        const NodeId pin2 = m_circuit->idByName(QStringLiteral("iopin2"));
        QVERIFY(clock2 && pin2);
        QCOMPARE(m_circuit->targets(clock2), QList<NodeId>({ pin2 }));
        QCOMPARE(m_circuit->node(pin2)->position, std::optional<QPointF>(QPointF(280, 40)));
        QCOMPARE(m_selection->ids(), QList<NodeId>({ clock2, pin2 }));
        QCOMPARE(m_editor->undoStack()->count(), 1);

        QTest::keyClick(m_view.get(), Qt::Key_D, Qt::ControlModifier);
        QCOMPARE(m_circuit->count(), 8);
        const NodeId clock3 = m_circuit->idByName(QStringLiteral("clock3"));
        const NodeId pin3 = m_circuit->idByName(QStringLiteral("iopin3"));
        QVERIFY(clock3 && pin3);
        QCOMPARE(m_circuit->targets(clock3), QList<NodeId>({ pin3 }));
        QCOMPARE(m_circuit->node(pin3)->position, std::optional<QPointF>(QPointF(320, 80)));
        QCOMPARE(m_editor->undoStack()->count(), 2);
        m_editor->undoStack()->undo();
        m_editor->undoStack()->undo();
        QCOMPARE(m_circuit->count(), 4);
    }

    void pasteOfNoCircuitSaysSo()
    {
        QApplication::clipboard()->setText(QStringLiteral("not a circuit"));
        QSignalSpy status(m_view.get(), &CircuitView::statusMessage);
        QTest::keyClick(m_view.get(), Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(m_circuit->count(), 4);
        QVERIFY(contains(status, QStringLiteral("no circuit")));
    }

    void contextMenuActsOnNode()
    {
        QSignalSpy properties(m_view.get(), &CircuitView::propertiesRequested);
        QSignalSpy plot(m_view.get(), &CircuitView::showInPlotRequested);
        canvastest::triggerNodeMenu(m_view.get(), 3, QStringLiteral("Properties"));
        QCOMPARE(properties.count(), 1);
        QCOMPARE(properties.first().first().value<NodeId>(), NodeId(3));
        canvastest::triggerNodeMenu(m_view.get(), 4, QStringLiteral("Show in Plot"));
        QCOMPARE(plot.count(), 1);
        QCOMPARE(plot.first().first().value<NodeId>(), NodeId(4));
        canvastest::triggerNodeMenu(m_view.get(), 4, QStringLiteral("Delete"));
        QVERIFY(!m_circuit->contains(4));
    }

    void doubleClickAsksForProperties()
    {
        QSignalSpy properties(m_view.get(), &CircuitView::propertiesRequested);
        const QPoint at = m_view->mapFromScene(m_view->nodeItem(2)->pos() + QPointF(60, 70));
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(m_view->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseRelease(m_view->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(properties.count(), 1);
        QCOMPARE(properties.first().first().value<NodeId>(), NodeId(2));
    }

    void zoomAndPan()
    {
        const qreal start = m_view->zoom();
        QTest::keyClick(m_view.get(), Qt::Key_Plus, Qt::ControlModifier);
        QVERIFY(m_view->zoom() > start);
        QTest::keyClick(m_view.get(), Qt::Key_Minus, Qt::ControlModifier);
        QTest::keyClick(m_view.get(), Qt::Key_Minus, Qt::ControlModifier);
        QVERIFY(m_view->zoom() < start);
        for (int i = 0; i < 40; ++i)
            QTest::keyClick(m_view.get(), Qt::Key_Minus, Qt::ControlModifier);
        QCOMPARE(m_view->zoom(), CircuitView::kMinZoom);

        QWheelEvent wheel(QPointF(500, 300), m_view->viewport()->mapToGlobal(QPointF(500, 300)),
                          {}, QPoint(0, 240), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase,
                          false);
        QApplication::sendEvent(m_view->viewport(), &wheel);
        QVERIFY(m_view->zoom() > CircuitView::kMinZoom);

        QTest::keyClick(m_view.get(), Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(m_view->zoom(), 1.0);
        const QPointF centre = m_view->mapToScene(m_view->viewport()->rect().center());
        const QPoint from(400, 300);
        QTest::mousePress(m_view->viewport(), Qt::MiddleButton, {}, from);
        QMouseEvent move(QEvent::MouseMove, QPointF(from + QPoint(100, 50)),
                         m_view->viewport()->mapToGlobal(QPointF(from + QPoint(100, 50))),
                         Qt::NoButton, Qt::MiddleButton, Qt::NoModifier);
        QApplication::sendEvent(m_view->viewport(), &move);
        QTest::mouseRelease(m_view->viewport(), Qt::MiddleButton, {}, from + QPoint(100, 50));
        const QPointF moved = m_view->mapToScene(m_view->viewport()->rect().center());
        QCOMPARE(moved, centre - QPointF(100, 50));

        // Space held: the left button pans too, even when it starts on a node.
        const QPoint onNode = m_view->mapFromScene(m_view->nodeItem(2)->pos() + QPointF(60, 70));
        QTest::keyPress(m_view.get(), Qt::Key_Space);
        QTest::mousePress(m_view->viewport(), Qt::LeftButton, {}, onNode);
        QMouseEvent drag(QEvent::MouseMove, QPointF(onNode + QPoint(-30, 40)),
                         m_view->viewport()->mapToGlobal(QPointF(onNode + QPoint(-30, 40))),
                         Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_view->viewport(), &drag);
        QTest::mouseRelease(m_view->viewport(), Qt::LeftButton, {}, onNode + QPoint(-30, 40));
        QTest::keyRelease(m_view.get(), Qt::Key_Space);
        QCOMPARE(m_view->mapToScene(m_view->viewport()->rect().center()),
                 moved + QPointF(30, -40));
        QCOMPARE(m_circuit->node(2)->position, std::optional<QPointF>(QPointF(240, 0)));
        QCOMPARE(m_editor->undoStack()->count(), 0);

        QTest::keyClick(m_view.get(), Qt::Key_0, Qt::ControlModifier);
        for (NodeItem *item : m_view->circuitScene()->nodeItems()) {
            const QRect seen = m_view->mapFromScene(item->sceneBoundingRect()).boundingRect();
            QVERIFY(m_view->viewport()->rect().contains(seen));
        }
    }

private:
    void mouseMove(QPointF scenePos)
    {
        // QTest::mouseMove does not carry the pressed button; a real drag does.
        const QPoint at = m_view->mapFromScene(scenePos);
        QMouseEvent move(QEvent::MouseMove, QPointF(at), m_view->viewport()->mapToGlobal(QPointF(at)),
                         Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_view->viewport(), &move);
    }

    void dragMouse(QPointF from, QPointF to)
    {
        QTest::mousePress(m_view->viewport(), Qt::LeftButton, {}, m_view->mapFromScene(from));
        for (int i = 1; i <= 4; ++i)
            mouseMove(from + (to - from) * i / 4.0);
        QTest::mouseRelease(m_view->viewport(), Qt::LeftButton, {}, m_view->mapFromScene(to));
    }

    void clickNode(NodeId id)
    {
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {},
                          m_view->mapFromScene(m_view->nodeItem(id)->pos() + QPointF(60, 70)));
        QCOMPARE(m_selection->ids(), QList<NodeId>({ id }));
    }

    QPointF pointOnWire(WireItem *wire) const
    {
        const NodeItem *from = m_view->nodeItem(wire->from());
        const NodeItem *to = m_view->nodeItem(wire->to());
        // The curve's middle lies between the ports; the count label is not drawn yet.
        return (from->outputPortPos() + to->inputPortPos()) / 2;
    }


    std::unique_ptr<Circuit> m_circuit;
    std::unique_ptr<CircuitEditor> m_editor;
    std::unique_ptr<NodeSelection> m_selection;
    std::unique_ptr<CircuitView> m_view;
};

QTEST_MAIN(TestCanvasView)
#include "tst_canvasview.moc"
