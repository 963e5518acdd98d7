#include "nodeselection.h"

#include "document/circuit.h"

namespace wb {

NodeSelection::NodeSelection(const Circuit *circuit, QObject *parent)
    : QObject(parent)
{
    connect(circuit, &Circuit::nodeRemoved, this, [this](NodeId id) {
        if (m_ids.removeAll(id) > 0)
            Q_EMIT changed();
    });
    connect(circuit, &Circuit::reset, this, &NodeSelection::clear);
}

void NodeSelection::set(const QList<NodeId> &ids)
{
    if (ids == m_ids)
        return;
    m_ids = ids;
    Q_EMIT changed();
}

} // namespace wb
