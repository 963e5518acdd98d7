#pragma once

#include "document/circuit.h"

#include <QUndoCommand>

namespace wb {

// A node as it was when it left the document, with its place in the document's order (the mesh
// table's rows, the log's node list, saved files follow it).
struct NodeSnapshot
{
    NodeSpec spec;
    int order = -1; // index in Circuit::nodeIds(); -1: last
};

// A wire as it was, with its place in the document's wire order: a source streams to its
// targets in that order, so an undo must put every wire back exactly where it was.
struct WireSnapshot
{
    Wire wire;
    int index = -1; // index in Circuit::wireIds(); -1: last
};

// Adds nodes (a placed node, pasted or duplicated copies) and the wires among them (wires whose
// ends are not both in the batch are dropped; they keep their channel and faults). The node
// and wire ids handed out on the first redo are kept for every later redo, so that commands
// further up the stack still find them.
class AddNodesCommand final : public QUndoCommand
{
public:
    AddNodesCommand(Circuit *circuit, const QList<NodeSpec> &nodes, const QList<Wire> &wires,
        const QString &text, QUndoCommand *parent = nullptr);

    QList<NodeId> ids() const;

    void redo() override;
    void undo() override;

private:
    Circuit *m_circuit;
    QList<NodeSpec> m_nodes;
    QList<Wire> m_wires;
    bool m_idsAssigned = false;
};

// Removes nodes with every wire into and out of them and their scheduled faults; undo restores
// the nodes and their wires with the same ids, channels and faults, in place.
class RemoveNodesCommand final : public QUndoCommand
{
public:
    RemoveNodesCommand(Circuit *circuit, const QList<NodeId> &ids, const QString &text,
                       QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    Circuit *m_circuit;
    QList<NodeSnapshot> m_nodes;
    QList<WireSnapshot> m_wires; // ascending index
    QList<ScheduledFault> m_schedule; // the whole schedule before
    bool m_done = false;
};

} // namespace wb
