#include "nodecommands.h"

#include "circuit.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace wb {

namespace {

// Adds the nodes first, bare, at their places in the order, then their own wires in their
// order, then the wires from nodes outside the batch at their recorded places. Places go
// ascending, so that every node (or wire) before one is back when it is inserted.
void restore(Circuit *circuit, const QList<NodeSnapshot> &snapshots)
{
    QList<const NodeSnapshot *> byOrder;
    for (const NodeSnapshot &snapshot : snapshots)
        byOrder << &snapshot;
    std::stable_sort(byOrder.begin(), byOrder.end(),
                     [](const NodeSnapshot *a, const NodeSnapshot *b) {
                         return unsigned(a->order) < unsigned(b->order); // -1 (last) sorts last
                     });
    for (const NodeSnapshot *snapshot : std::as_const(byOrder)) {
        NodeSpec bare = snapshot->spec;
        bare.targets.clear();
        circuit->addNode(bare, snapshot->order);
    }
    for (const NodeSnapshot &snapshot : snapshots) {
        for (NodeId target : snapshot.spec.targets)
            circuit->addWire(snapshot.spec.id, target);
    }
    QList<std::tuple<int, NodeId, NodeId>> incoming; // index, source, target
    for (const NodeSnapshot &snapshot : snapshots) {
        for (const auto &[source, index] : snapshot.incoming)
            incoming.append({ index, source, snapshot.spec.id });
    }
    std::sort(incoming.begin(), incoming.end());
    for (const auto &[index, source, target] : incoming)
        circuit->addWire(source, target, index);
}

} // namespace

AddNodesCommand::AddNodesCommand(Circuit *circuit, const QList<NodeSpec> &nodes,
                                 const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_circuit(circuit)
    , m_nodes(nodes)
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
        // The specs may carry ids of another document (a paste): map them to fresh ones.
        QHash<NodeId, NodeId> fresh;
        for (NodeSpec &spec : m_nodes) {
            NodeSpec bare = spec;
            bare.id = 0;
            bare.targets.clear();
            const NodeId id = m_circuit->addNode(bare);
            fresh.insert(spec.id, id);
            spec.id = id;
        }
        for (NodeSpec &spec : m_nodes) {
            QList<NodeId> targets;
            for (NodeId target : std::as_const(spec.targets)) {
                if (fresh.value(target) != 0)
                    targets << fresh.value(target);
            }
            spec.targets = targets;
            for (NodeId target : std::as_const(spec.targets))
                m_circuit->addWire(spec.id, target);
        }
        m_nodes.removeIf([](const NodeSpec &spec) { return spec.id == 0; });
        m_idsAssigned = true;
        return;
    }
    QList<NodeSnapshot> snapshots;
    for (const NodeSpec &spec : std::as_const(m_nodes))
        snapshots.append({ spec, {}, -1 });
    restore(m_circuit, snapshots);
}

void AddNodesCommand::undo()
{
    for (const NodeSpec &spec : std::as_const(m_nodes))
        m_circuit->removeNode(spec.id);
}

RemoveNodesCommand::RemoveNodesCommand(Circuit *circuit, const QList<NodeId> &ids,
                                       const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_circuit(circuit)
{
    const QSet<NodeId> removed(ids.cbegin(), ids.cend());
    for (NodeId id : ids) {
        const NodeSpec *spec = circuit->node(id);
        if (!spec)
            continue;
        NodeSnapshot snapshot { *spec, {}, int(circuit->nodeIds().indexOf(id)) };
        for (NodeId source : circuit->sources(id)) {
            if (!removed.contains(source)) {
                const auto index = circuit->node(source)->targets.indexOf(id);
                snapshot.incoming.append({ source, int(index) });
            }
        }
        m_snapshots << snapshot;
    }
}

void RemoveNodesCommand::redo()
{
    for (const NodeSnapshot &snapshot : std::as_const(m_snapshots))
        m_circuit->removeNode(snapshot.spec.id);
}

void RemoveNodesCommand::undo()
{
    restore(m_circuit, m_snapshots);
}

} // namespace wb
