#pragma once

#include "document/wire.h"
#include "nodespec.h"

#include <QHash>
#include <QObject>

namespace wb {

enum class NodeField { Name, Host, Port, Params, Position };

// The circuit document: the one source of truth that the runtime, the canvas, the mesh table and
// the plot are views of. Every mutation emits a signal; edits from the GUI arrive here through
// undo commands. Names are unique; ids are stable for the life of the document.
class Circuit final : public QObject
{
    Q_OBJECT
public:
    explicit Circuit(QObject *parent = nullptr);

    QString title() const { return m_title; }
    void setTitle(const QString &title);

    QList<NodeId> nodeIds() const { return m_order; }
    QList<NodeSpec> nodes() const;
    int count() const { return int(m_order.size()); }
    bool contains(NodeId id) const { return m_nodes.contains(id); }
    // nullptr when there is no such node; the pointer is valid until the next mutation.
    const NodeSpec *node(NodeId id) const;
    NodeId idByName(const QString &name) const; // 0 when unknown
    QList<NodeId> sources(NodeId target) const; // nodes that have `target` among their targets

    // Replaces the whole document (open, new); emits reset().
    void setNodes(const QList<NodeSpec> &nodes);

    // Adds a node at `index` in the order (-1, or out of range: last); an id of 0 gets a fresh
    // one, a given id (undo) is kept. Returns the id, or 0 when the spec is refused (name taken
    // or empty, id in use).
    NodeId addNode(NodeSpec spec, int index = -1);
    // Removes the node and every wire into it.
    void removeNode(NodeId id);

    void setName(NodeId id, const QString &name);
    void setHost(NodeId id, const QString &host);
    void setPort(NodeId id, quint16 port);
    void setParam(NodeId id, const QString &key, const QVariant &value); // invalid value: unset
    void setPosition(NodeId id, QPointF position);

    // index -1 appends; returns false when the wire is refused (see wireError()).
    bool addWire(NodeId from, NodeId to, int index = -1);
    void removeWire(NodeId from, NodeId to);

    // Why a wire or a name would be refused, in words for the status bar; empty when fine.
    QString wireError(NodeId from, NodeId to) const;
    QString nameError(NodeId id, const QString &name) const;

    WireId wireBetween(NodeId, NodeId) const { return 0; }
    const Wire *wire(WireId) const { return nullptr; }
    QList<Wire> wires() const { return {}; }
    std::optional<quint64> seed() const { return {}; }
    QList<ScheduledFault> schedule() const { return {}; }

    QString uniqueName(const QString &base) const;
    // The lowest port from `from` up that no node of the document uses.
    quint16 freePort(quint16 from = 8765) const;

Q_SIGNALS:
    void reset();
    void titleChanged();
    void nodeAdded(wb::NodeId id);
    void nodeAboutToBeRemoved(wb::NodeId id);
    void nodeRemoved(wb::NodeId id);
    void nodeChanged(wb::NodeId id, wb::NodeField field);
    void wireAdded(wb::NodeId from, wb::NodeId to);
    void wireRemoved(wb::NodeId from, wb::NodeId to);

private:
    QString m_title;
    QHash<NodeId, NodeSpec> m_nodes;
    QList<NodeId> m_order;
    NodeId m_nextId = 1;
};

} // namespace wb
