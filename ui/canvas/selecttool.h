#pragma once

#include "canvastool.h"
#include "document/nodespec.h"

#include <QHash>
#include <QList>

class QGraphicsRectItem;
class QGraphicsItem;

namespace wb {

// Selects (click, Ctrl+click toggles, rubber band on empty canvas) and moves the selected
// nodes, snapped to the grid. The items follow the mouse; the document gets one move when the
// mouse is released, so that a whole drag is one undo step.
class SelectTool final : public CanvasTool
{
public:
    using CanvasTool::CanvasTool;
    ~SelectTool() override;

    bool press(QMouseEvent *event, QPointF scenePos) override;
    void move(QMouseEvent *event, QPointF scenePos) override;
    void release(QMouseEvent *event, QPointF scenePos) override;
    void cancel() override;

private:
    enum class Gesture { None, Move, Band };

    Gesture m_gesture = Gesture::None;
    QPoint m_pressViewPos;
    QPointF m_pressScenePos;
    bool m_dragging = false;
    NodeId m_pressedNode = 0;
    bool m_additive = false;
    QHash<NodeId, QPointF> m_origins;
    QGraphicsRectItem *m_band = nullptr;
    QList<QGraphicsItem *> m_bandBase;
};

} // namespace wb
