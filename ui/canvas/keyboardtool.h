#pragma once

#include "canvastool.h"
#include "document/nodespec.h"
#include "document/wire.h"

#include <QList>
#include <QRectF>
#include <optional>

class QGraphicsPathItem;
class QKeyEvent;

namespace wb {

class CircuitScene;
class NodeItem;

// The canvas without a mouse. Tab and Shift+Tab move the keyboard focus through the nodes, then
// the wires, in document order (selecting what has it; past the last one the focus leaves the
// canvas); W starts a wire from the focused node, the arrow keys (towards that side) or Tab
// choose its target among the nodes that can take it, Enter connects, Escape cancels; the Menu
// key or Shift+F10 opens the focused item's context menu at the item. A dashed ring marks the
// focused item while the canvas has the focus. Moving with the arrow keys stays the view's
// nudge (one undo step per burst).
class KeyboardTool final : public CanvasTool
{
public:
    using CanvasTool::CanvasTool;
    ~KeyboardTool() override;

    // A click ends a keyboard wire; the mouse gestures are the other tools'.
    bool press(QMouseEvent *event, QPointF scenePos) override;
    void move(QMouseEvent *, QPointF) override { }
    void release(QMouseEvent *, QPointF) override { }
    void cancel() override;

    bool keyPress(QKeyEvent *event) override;
    // Whether this key is the tool's (over a window shortcut with the same key).
    bool wantsKey(const QKeyEvent *event) const;

    // The item the keyboard works on (a node or a wire), from the selection.
    NodeId focusedNode() const;
    WireId focusedWire() const;
    // Where the focused item's context menu opens (scene coordinates); nullopt: no item.
    std::optional<QPointF> focusPoint() const;
    bool isWiring() const { return m_anchor != 0; }
    NodeId wiringTarget() const { return m_target; }

    // The selection changed, a card moved, the view gained or lost the focus: the ring follows.
    void selectionChanged();
    void updateRing();

    // A spot for a new card near `centre` that overlaps no card and lies inside `visible` if
    // one does (else `centre`): its centre, in scene coordinates.
    static QPointF freeSpot(const CircuitScene *scene, const QRectF &visible, QPointF centre);

private:
    enum class Direction { Left, Right, Up, Down };

    bool cycleFocus(bool forward);
    void focusItem(NodeId node, WireId wire);
    void openMenu();
    void startWire();
    void chooseTarget(NodeId id);
    void chooseTowards(Direction direction);
    void cycleTarget(bool forward);
    void connectWire();
    void endWire();
    QList<NodeId> candidates() const;
    // What the focused item is, in words: "iopin (iopin), running", "Wire from clock to iopin".
    QString describeFocus() const;
    // The canvas's accessible name says what has the focus: screen readers announce a change
    // of the focused widget's name (Qt 6.4 has no announcement event).
    void announce();
    NodeItem *anchorItem() const;

    NodeId m_focusNode = 0;
    WireId m_focusWire = 0;
    NodeId m_anchor = 0;
    NodeId m_target = 0;
    QGraphicsPathItem *m_ring = nullptr;
    QGraphicsPathItem *m_preview = nullptr;
};

} // namespace wb
