#include "nodecommands.h"

#include <QHash>
#include <QSet>
#include <algorithm>

namespace wb {

namespace {

// Adds the nodes first at their places in the order, then the wires at theirs. Places go
// ascending, so that every node (or wire) before one is back when it is inserted.
void restore(Circuit *circuit, QList<NodeSnapshot> nodes, const QList<WireSnapshot> &wires)
{
    std::stable_sort(nodes.begin(), nodes.end(), [](const NodeSnapshot &a, const NodeSnapshot &b) {
        return unsigned(a.order) < unsigned(b.order); // -1 (last) sorts last
    });
    for (const NodeSnapshot &snapshot : std::as_const(nodes))
        circuit->addNode(snapshot.spec, snapshot.order);
    for (const WireSnapshot &snapshot : wires)
        circuit->addWire(snapshot.wire, snapshot.index);
}

} // namespace

AddNodesCommand::AddNodesCommand(Circuit *circuit, const QList<NodeSpec> &nodes,
    const QList<Wire> &wires, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent), m_circuit(circuit), m_nodes(nodes), m_wires(wires)
{
}

QList<NodeId> AddNodesCommand::ids() const
{
    QList<NodeId> list;
    for (const NodeSpec &spec : m_nodes)
        list << spec.id;
    return list;
}

void AddNodesCommand::redo()
{
    if (!m_idsAssigned) {
        // The specs and wires may carry ids of another document (a paste): fresh ones here.
        QHash<NodeId, NodeId> fresh;
        for (NodeSpec &spec : m_nodes) {
            NodeSpec bare = spec;
            bare.id = 0;
            const NodeId id = m_circuit->addNode(bare);
            fresh.insert(spec.id, id);
            spec.id = id;
        }
        QList<Wire> added;
        for (Wire wire : std::as_const(m_wires)) {
            wire.id = 0;
            wire.from = fresh.value(wire.from);
            wire.to = fresh.value(wire.to);
            if (wire.from == 0 || wire.to == 0)
                continue;
            wire.id = m_circuit->addWire(wire);
            if (wire.id != 0)
                added << wire;
        }
        m_wires = added;
        m_nodes.removeIf([](const NodeSpec &spec) { return spec.id == 0; });
        m_idsAssigned = true;
        return;
    }
    QList<NodeSnapshot> nodes;
    for (const NodeSpec &spec : std::as_const(m_nodes))
        nodes.append({ spec, -1 });
    QList<WireSnapshot> wires;
    for (const Wire &wire : std::as_const(m_wires))
        wires.append({ wire, -1 });
    restore(m_circuit, nodes, wires);
}

void AddNodesCommand::undo()
{
    for (const NodeSpec &spec : std::as_const(m_nodes))
        m_circuit->removeNode(spec.id);
}

RemoveNodesCommand::RemoveNodesCommand(
    Circuit *circuit, const QList<NodeId> &ids, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent), m_circuit(circuit), m_schedule(circuit->schedule())
{
    const QSet<NodeId> removed(ids.cbegin(), ids.cend());
    const QList<NodeId> order = circuit->nodeIds();
    for (NodeId id : ids) {
        if (const NodeSpec *spec = circuit->node(id))
            m_nodes.append({ *spec, int(order.indexOf(id)) });
    }
    const QList<WireId> wires = circuit->wireIds();
    for (qsizetype i = 0; i < wires.size(); ++i) {
        const Wire *wire = circuit->wire(wires.at(i));
        if (removed.contains(wire->from) || removed.contains(wire->to))
            m_wires.append({ *wire, int(i) });
    }
}

void RemoveNodesCommand::redo()
{
    m_done = false;
    for (const NodeSnapshot &snapshot : std::as_const(m_nodes))
        m_done = m_circuit->removeNode(snapshot.spec.id) || m_done;
    if (!m_done)
        setObsolete(true);
}

void RemoveNodesCommand::undo()
{
    if (!m_done)
        return;
    restore(m_circuit, m_nodes, m_wires);
    m_circuit->setSchedule(m_schedule);
    m_done = false;
}

} // namespace wb
