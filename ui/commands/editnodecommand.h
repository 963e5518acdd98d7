#pragma once

#include "document/circuit.h"

#include <QUndoCommand>
#include <QVariant>

namespace wb {

// Changes one field of one node: its name, host, port or one parameter (`key`). The values
// are already validated; an invalid value for a parameter unsets it.
class EditNodeCommand final : public QUndoCommand
{
public:
    EditNodeCommand(Circuit *circuit, NodeId id, NodeField field, const QString &key,
                    const QVariant &before, const QVariant &after, const QString &text,
                    QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    bool apply(const QVariant &value);

    Circuit *m_circuit;
    NodeId m_id;
    NodeField m_field;
    QString m_key;
    QVariant m_before;
    QVariant m_after;
    bool m_done = false; // a refused redo leaves nothing to undo
};

} // namespace wb
