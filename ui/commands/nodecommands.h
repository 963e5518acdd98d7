#pragma once

#include "nodespec.h"

#include <QPair>
#include <QUndoCommand>

namespace wb {

class Circuit;

// A node as it was when it left the document: its place in the document's order (the mesh
// table's rows, the log's node list, saved files follow it) and the wires into it from nodes
// that stay with their places in those nodes' target lists: a source streams to its targets in
// order, so an undo must put every node and wire back exactly where it was.
struct NodeSnapshot
{
    NodeSpec spec;
    QList<QPair<NodeId, int>> incoming; // source, index in the source's targets
    int order = -1; // index in Circuit::nodeIds(); -1: last
};

// Adds nodes (a placed node, pasted or duplicated copies). Targets that refer to other nodes of
// the batch are kept, others are dropped. The ids handed out on the first redo are kept for
// every later redo, so that commands further up the stack still find their nodes.
class AddNodesCommand final : public QUndoCommand
{
public:
    AddNodesCommand(Circuit *circuit, const QList<NodeSpec> &nodes, const QString &text,
                    QUndoCommand *parent = nullptr);

    QList<NodeId> ids() const;

    void redo() override;
    void undo() override;

private:
    Circuit *m_circuit;
    QList<NodeSpec> m_nodes;
    bool m_idsAssigned = false;
};

// Removes nodes with every wire into and out of them; undo restores the nodes with the same ids
// and their wires in place.
class RemoveNodesCommand final : public QUndoCommand
{
public:
    RemoveNodesCommand(Circuit *circuit, const QList<NodeId> &ids, const QString &text,
                       QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    Circuit *m_circuit;
    QList<NodeSnapshot> m_snapshots;
};

} // namespace wb
