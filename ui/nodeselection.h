#pragma once

#include "document/nodespec.h"
#include "document/wire.h"

#include <QList>
#include <QObject>

namespace wb {

class Circuit;

// The selected nodes, shared by the canvas, the mesh table and the inspector so that selecting
// in one selects in all; alongside them the selected wires (the canvas's, shown by the
// inspector when no node is selected). Removed nodes and wires leave the selection by
// themselves.
class NodeSelection final : public QObject
{
    Q_OBJECT
public:
    explicit NodeSelection(const Circuit *circuit, QObject *parent = nullptr);

    QList<NodeId> ids() const { return m_ids; }
    bool contains(NodeId id) const { return m_ids.contains(id); }
    // The one node the inspector shows: the last selected, 0 when none.
    NodeId current() const { return m_ids.isEmpty() ? 0 : m_ids.last(); }

    QList<WireId> wireIds() const { return m_wires; }
    // The one wire the inspector shows when no node is selected: the last selected, 0 when none.
    WireId currentWire() const { return m_wires.isEmpty() ? 0 : m_wires.last(); }

    // Selecting nodes alone (the mesh table, the plot) leaves no wire selected.
    void set(const QList<NodeId> &ids, const QList<WireId> &wires = {});
    void clear() { set({}); }

Q_SIGNALS:
    void changed();

private:
    QList<NodeId> m_ids;
    QList<WireId> m_wires;
};

} // namespace wb
