#pragma once

#include "canvastool.h"

namespace wb {

// A left click on a held (or delayed) message's token delivers it now, through the run's
// gate: picking which of several held messages goes first. Offered the press before the wire
// and select tools, because a token is drawn above the cards and their ports; a press beside
// every token goes on to them.
class TokenTool final : public CanvasTool
{
public:
    using CanvasTool::CanvasTool;

    bool press(QMouseEvent *event, QPointF scenePos) override;
    void move(QMouseEvent *, QPointF) override { }
    void release(QMouseEvent *, QPointF) override { }
    void cancel() override { }
};

} // namespace wb
