#pragma once

#include "nodespec.h"

#include <QUndoCommand>

namespace wb {

class Circuit;

// Adds a wire at the end of the source's targets.
class AddWireCommand final : public QUndoCommand
{
public:
    AddWireCommand(Circuit *circuit, NodeId from, NodeId to, const QString &text,
                   QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    Circuit *m_circuit;
    NodeId m_from;
    NodeId m_to;
};

// Removes a wire; undo puts it back at its place among the source's targets.
class RemoveWireCommand final : public QUndoCommand
{
public:
    RemoveWireCommand(Circuit *circuit, NodeId from, NodeId to, const QString &text,
                      QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    Circuit *m_circuit;
    NodeId m_from;
    NodeId m_to;
    int m_index = -1;
};

} // namespace wb
