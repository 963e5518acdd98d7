#include "movenodescommand.h"

#include "document/circuit.h"

#include <QCoreApplication>

namespace wb {

MoveNodesCommand::MoveNodesCommand(Circuit *circuit, const QHash<NodeId, QPointF> &from,
                                   const QHash<NodeId, QPointF> &to, bool continuing,
                                   QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_circuit(circuit)
    , m_from(from)
    , m_to(to)
    , m_continuing(continuing)
{
    const NodeSpec *spec = to.size() == 1 ? circuit->node(to.cbegin().key()) : nullptr;
    setText(spec ? QCoreApplication::translate("wb::CircuitEditor", "Move %1").arg(spec->name)
                 : QCoreApplication::translate("wb::CircuitEditor", "Move %n nodes", nullptr,
                                               int(to.size())));
}

bool MoveNodesCommand::mergeWith(const QUndoCommand *other)
{
    const auto *move = static_cast<const MoveNodesCommand *>(other);
    if (!move->m_continuing || move->m_to.size() != m_to.size())
        return false;
    for (auto it = move->m_to.cbegin(); it != move->m_to.cend(); ++it) {
        if (!m_to.contains(it.key()))
            return false;
    }
    m_to = move->m_to;
    return true;
}

void MoveNodesCommand::apply(const QHash<NodeId, QPointF> &positions)
{
    for (auto it = positions.cbegin(); it != positions.cend(); ++it)
        m_circuit->setPosition(it.key(), it.value());
}

} // namespace wb
