#pragma once

#include "document/nodespec.h"

#include <QHash>
#include <QPointF>
#include <QUndoCommand>

namespace wb {

class Circuit;

// Moves nodes from one set of positions to another. A mouse drag pushes one of these when it
// ends; keyboard nudges push `continuing` ones, which merge into the move before them when it
// moved the same nodes, so that a run of arrow presses is one undo step.
class MoveNodesCommand final : public QUndoCommand
{
public:
    static constexpr int kId = 0x57b1;

    MoveNodesCommand(Circuit *circuit, const QHash<NodeId, QPointF> &from,
                     const QHash<NodeId, QPointF> &to, bool continuing,
                     QUndoCommand *parent = nullptr);

    int id() const override { return kId; }
    bool mergeWith(const QUndoCommand *other) override;
    void redo() override { apply(m_to); }
    void undo() override { apply(m_from); }

private:
    void apply(const QHash<NodeId, QPointF> &positions);

    Circuit *m_circuit;
    QHash<NodeId, QPointF> m_from;
    QHash<NodeId, QPointF> m_to;
    bool m_continuing;
};

} // namespace wb
