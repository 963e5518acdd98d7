#pragma once

#include "canvastool.h"

#include <QPoint>

namespace wb {

// Pans with the middle button, or the left one while space is held.
class PanTool final : public CanvasTool
{
public:
    using CanvasTool::CanvasTool;

    bool press(QMouseEvent *event, QPointF scenePos) override;
    void move(QMouseEvent *event, QPointF scenePos) override;
    void release(QMouseEvent *event, QPointF scenePos) override;
    void cancel() override;

private:
    QPoint m_last;
};

} // namespace wb
