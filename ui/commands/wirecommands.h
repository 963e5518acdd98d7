#pragma once

#include "document/circuit.h"

#include <QUndoCommand>

namespace wb {

// Adds a wire at the end of the document's wires (its source streams to it last). The id handed
// out on the first redo is kept for every later redo, so that commands further up the stack
// still find the wire.
class AddWireCommand final : public QUndoCommand
{
public:
    AddWireCommand(Circuit *circuit, NodeId from, NodeId to, const QString &text,
        QUndoCommand *parent = nullptr);

    WireId id() const { return m_wire.id; }

    void redo() override;
    void undo() override;

private:
    Circuit *m_circuit;
    Wire m_wire;
    bool m_done = false;
};

// Removes a wire; undo puts it back with its id, channel and faults at its place in the
// document's order (a source streams to its targets in that order).
class RemoveWireCommand final : public QUndoCommand
{
public:
    RemoveWireCommand(
        Circuit *circuit, WireId id, const QString &text, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    Circuit *m_circuit;
    Wire m_wire;
    int m_index = -1;
    bool m_done = false;
};

// Changes a wire's fault rules or channel.
class EditWireCommand final : public QUndoCommand
{
public:
    EditWireCommand(Circuit *circuit, const Wire &before, const Wire &after, const QString &text,
        QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    bool apply(const Wire &wire);

    Circuit *m_circuit;
    Wire m_before;
    Wire m_after;
    bool m_done = false;
};

// Changes the run's seed or its fault schedule.
class RunSettingsCommand final : public QUndoCommand
{
public:
    struct Settings
    {
        std::optional<quint64> seed;
        QList<ScheduledFault> schedule;
        bool operator==(const Settings &) const = default;
    };

    RunSettingsCommand(Circuit *circuit, const Settings &after, const QString &text,
        QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    bool apply(const Settings &settings);

    Circuit *m_circuit;
    Settings m_before;
    Settings m_after;
    bool m_done = false;
};

} // namespace wb
