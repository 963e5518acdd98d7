#include "editnodecommand.h"

namespace wb {

EditNodeCommand::EditNodeCommand(Circuit *circuit, NodeId id, NodeField field,
                                 const QString &key, const QVariant &before,
                                 const QVariant &after, const QString &text,
                                 QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_circuit(circuit)
    , m_id(id)
    , m_field(field)
    , m_key(key)
    , m_before(before)
    , m_after(after)
{
}

void EditNodeCommand::redo()
{
    m_done = apply(m_after);
    if (!m_done)
        setObsolete(true); // the stack drops a step that changed nothing
}

void EditNodeCommand::undo()
{
    if (m_done)
        apply(m_before);
    m_done = false;
}

bool EditNodeCommand::apply(const QVariant &value)
{
    switch (m_field) {
    case NodeField::Name:
        return m_circuit->setName(m_id, value.toString());
    case NodeField::Host:
        return m_circuit->setHost(m_id, value.toString());
    case NodeField::Port:
        return m_circuit->setPort(m_id, quint16(value.toUInt()));
    case NodeField::Params:
        return m_circuit->setParam(m_id, m_key, value);
    case NodeField::Position:
        return m_circuit->setPosition(m_id, value.toPointF());
    }
    return false;
}

} // namespace wb
