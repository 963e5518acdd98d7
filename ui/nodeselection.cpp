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
    connect(circuit, &Circuit::wireRemoved, this, [this](WireId id) {
        if (m_wires.removeAll(id) > 0)
            Q_EMIT changed();
    });
    connect(circuit, &Circuit::reset, this, &NodeSelection::clear);
}

void NodeSelection::set(const QList<NodeId> &ids, const QList<WireId> &wires)
{
    if (ids == m_ids && wires == m_wires)
        return;
    m_ids = ids;
    m_wires = wires;
    Q_EMIT changed();
}

} // namespace wb
