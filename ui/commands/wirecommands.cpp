#include "wirecommands.h"

#include "circuit.h"

namespace wb {

WireCommand::WireCommand(Circuit *circuit, Action action, NodeId from, NodeId to,
                         const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_circuit(circuit)
    , m_action(action)
    , m_from(from)
    , m_to(to)
{
    if (const NodeSpec *spec = circuit->node(from); spec && action == Action::Remove)
        m_index = int(spec->targets.indexOf(to));
}

void WireCommand::apply(bool add)
{
    if (add)
        m_circuit->addWire(m_from, m_to, m_index);
    else
        m_circuit->removeWire(m_from, m_to);
}

} // namespace wb
