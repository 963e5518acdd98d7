#pragma once

#include "canvastool.h"
#include "document/nodespec.h"

#include <QPointer>

class QGraphicsPathItem;

namespace wb {

class NodeItem;

// Wires by dragging from a node's output port to another node (its input port or anywhere on
// it), or backwards from an input port to a node that sends. A wire the circuit refuses is not
// added; the reason goes to the status bar.
class WireTool final : public CanvasTool
{
public:
    using CanvasTool::CanvasTool;
    ~WireTool() override;

    bool press(QMouseEvent *event, QPointF scenePos) override;
    void move(QMouseEvent *event, QPointF scenePos) override;
    void release(QMouseEvent *event, QPointF scenePos) override;
    void cancel() override;

private:
    // The wire a drop on `other` would make, as (from, to).
    QPair<NodeId, NodeId> wireTo(const NodeItem *other) const;
    void setHighlighted(NodeItem *item, bool valid);

    NodeId m_anchor = 0;
    bool m_fromOutput = true;
    QPointF m_anchorPos;
    QGraphicsPathItem *m_preview = nullptr;
    NodeId m_highlighted = 0;
};

} // namespace wb
