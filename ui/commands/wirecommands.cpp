#include "wirecommands.h"

#include "circuit.h"

namespace wb {

AddWireCommand::AddWireCommand(Circuit *circuit, NodeId from, NodeId to, const QString &text,
                               QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_circuit(circuit)
    , m_from(from)
    , m_to(to)
{
}

void AddWireCommand::redo()
{
    m_circuit->addWire(m_from, m_to);
}

void AddWireCommand::undo()
{
    m_circuit->removeWire(m_from, m_to);
}

RemoveWireCommand::RemoveWireCommand(Circuit *circuit, NodeId from, NodeId to,
                                     const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_circuit(circuit)
    , m_from(from)
    , m_to(to)
{
    if (const NodeSpec *spec = circuit->node(from))
        m_index = int(spec->targets.indexOf(to));
}

void RemoveWireCommand::redo()
{
    m_circuit->removeWire(m_from, m_to);
}

void RemoveWireCommand::undo()
{
    m_circuit->addWire(m_from, m_to, m_index);
}

} // namespace wb
