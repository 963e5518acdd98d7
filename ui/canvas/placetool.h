#pragma once

#include "canvastool.h"
#include "document/nodespec.h"

#include <optional>

namespace wb {

// Places nodes: armed with a kind, the next click places one there. Drops from the palette and
// the keyboard path place through it too, so a node lands the same way from everywhere:
// centred on the point, snapped to the grid, selected.
class PlaceTool final : public CanvasTool
{
public:
    using CanvasTool::CanvasTool;

    void arm(NodeKind kind);
    void disarm();
    std::optional<NodeKind> armedKind() const { return m_kind; }

    NodeId placeAt(NodeKind kind, QPointF scenePos);

    bool press(QMouseEvent *event, QPointF scenePos) override;
    void move(QMouseEvent *, QPointF) override {}
    void release(QMouseEvent *, QPointF) override {}
    void cancel() override {}

private:
    std::optional<NodeKind> m_kind;
};

} // namespace wb
