#pragma once

#include "document/nodespec.h"

#include <QList>
#include <QObject>

namespace wb {

class Circuit;

// The selected nodes, shared by the canvas, the mesh table and the inspector so that selecting
// in one selects in all. Removed nodes leave the selection by themselves.
class NodeSelection final : public QObject
{
    Q_OBJECT
public:
    explicit NodeSelection(const Circuit *circuit, QObject *parent = nullptr);

    QList<NodeId> ids() const { return m_ids; }
    bool contains(NodeId id) const { return m_ids.contains(id); }
    // The one node the inspector shows: the last selected, 0 when none.
    NodeId current() const { return m_ids.isEmpty() ? 0 : m_ids.last(); }

    void set(const QList<NodeId> &ids);
    void clear() { set({}); }

Q_SIGNALS:
    void changed();

private:
    QList<NodeId> m_ids;
};

} // namespace wb
