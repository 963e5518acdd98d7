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

void EditNodeCommand::apply(const QVariant &value)
{
    switch (m_field) {
    case NodeField::Name:
        m_circuit->setName(m_id, value.toString());
        break;
    case NodeField::Host:
        m_circuit->setHost(m_id, value.toString());
        break;
    case NodeField::Port:
        m_circuit->setPort(m_id, quint16(value.toUInt()));
        break;
    case NodeField::Params:
        m_circuit->setParam(m_id, m_key, value);
        break;
    case NodeField::Position:
        m_circuit->setPosition(m_id, value.toPointF());
        break;
    }
}

} // namespace wb
