#include "wirecommands.h"

namespace wb {

AddWireCommand::AddWireCommand(
    Circuit *circuit, NodeId from, NodeId to, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent), m_circuit(circuit)
{
    m_wire.from = from;
    m_wire.to = to;
}

void AddWireCommand::redo()
{
    const WireId id = m_circuit->addWire(m_wire);
    // The editor checks the wire before pushing (and reads id() after): never obsolete here.
    m_done = id != 0;
    if (m_done)
        m_wire.id = id;
}

void AddWireCommand::undo()
{
    if (m_done)
        m_circuit->removeWire(m_wire.id);
    m_done = false;
}

RemoveWireCommand::RemoveWireCommand(
    Circuit *circuit, WireId id, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent), m_circuit(circuit)
{
    if (const Wire *wire = circuit->wire(id)) {
        m_wire = *wire;
        m_index = int(circuit->wireIds().indexOf(id));
    }
}

void RemoveWireCommand::redo()
{
    m_done = m_wire.id != 0 && m_circuit->removeWire(m_wire.id);
    if (!m_done)
        setObsolete(true);
}

void RemoveWireCommand::undo()
{
    if (m_done)
        m_circuit->addWire(m_wire, m_index);
    m_done = false;
}

EditWireCommand::EditWireCommand(Circuit *circuit, const Wire &before, const Wire &after,
    const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent), m_circuit(circuit), m_before(before), m_after(after)
{ }

bool EditWireCommand::apply(const Wire &wire)
{
    const bool faults = m_circuit->setWireFaults(wire.id, wire.faults);
    const bool channel = m_circuit->setWireChannel(wire.id, wire.channel);
    return faults || channel;
}

void EditWireCommand::redo()
{
    m_done = apply(m_after);
    if (!m_done)
        setObsolete(true);
}

void EditWireCommand::undo()
{
    if (m_done)
        apply(m_before);
    m_done = false;
}

RunSettingsCommand::RunSettingsCommand(
    Circuit *circuit, const Settings &after, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_circuit(circuit)
    , m_before { circuit->seed(), circuit->schedule() }
    , m_after(after)
{ }

bool RunSettingsCommand::apply(const Settings &settings)
{
    const bool seed = m_circuit->setSeed(settings.seed);
    const bool schedule = m_circuit->setSchedule(settings.schedule);
    return seed || schedule;
}

void RunSettingsCommand::redo()
{
    m_done = apply(m_after);
    if (!m_done)
        setObsolete(true);
}

void RunSettingsCommand::undo()
{
    if (m_done)
        apply(m_before);
    m_done = false;
}

} // namespace wb
