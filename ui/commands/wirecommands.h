#pragma once

#include "nodespec.h"

#include <QUndoCommand>

namespace wb {

class Circuit;

// Adds a wire at the end of the source's targets, or removes one; undoing a removal puts the
// wire back at its place among the source's targets (a source streams to them in order).
class WireCommand final : public QUndoCommand
{
public:
    enum class Action { Add, Remove };

    WireCommand(Circuit *circuit, Action action, NodeId from, NodeId to, const QString &text,
                QUndoCommand *parent = nullptr);

    void redo() override { apply(m_action == Action::Add); }
    void undo() override { apply(m_action == Action::Remove); }

private:
    void apply(bool add);

    Circuit *m_circuit;
    Action m_action;
    NodeId m_from;
    NodeId m_to;
    int m_index = -1;
};

} // namespace wb
