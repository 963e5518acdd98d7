#pragma once

#include "document/faults.h"
#include "document/nodespec.h"
#include "document/wire.h"

#include <QHash>
#include <QObject>
#include <optional>

namespace wb {

enum class NodeField { Name, Host, Port, Params, Position };

// The circuit document: the one source of truth that the runtime, the canvas, the mesh table and
// the plot are views of. Every mutation emits a signal; edits from the GUI arrive here through
// undo commands. Names are unique; node and wire ids are stable for the life of the document.
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
    // Nodes with a wire into `target`, in the wires' document order.
    QList<NodeId> sources(NodeId target) const;

    // Replaces the whole document (open, new): nodes, wires, seed and schedule; emits reset().
    // Nodes with no id or a taken one get fresh ids; wires (and scheduled faults) that would be
    // refused by addWire() (setSchedule()) are dropped, wire ids of 0 or taken get fresh ones.
    void setContents(const QList<NodeSpec> &nodes, const QList<Wire> &wires = {},
        std::optional<quint64> seed = std::nullopt, const QList<ScheduledFault> &schedule = {});

    // Adds a node at `index` in the order (-1, or out of range: last); an id of 0 gets a fresh
    // one, a given id (undo) is kept. Returns the id, or 0 when the spec is refused (name taken
    // or empty, id in use).
    NodeId addNode(NodeSpec spec, int index = -1);
    // Removes the node, every wire into and out of it (wire signals first) and its scheduled
    // faults. Returns false when there is no such node.
    bool removeNode(NodeId id);

    // Each returns whether it changed anything (false: no such node, same value, or refused).
    bool setName(NodeId id, const QString &name);
    bool setHost(NodeId id, const QString &host);
    bool setPort(NodeId id, quint16 port);
    bool setParam(NodeId id, const QString &key, const QVariant &value); // invalid value: unset
    bool setPosition(NodeId id, QPointF position);

    // Wires, in document order: the order in which a sender streams to its targets is the order
    // of its wires here. Ids are stable for the life of the document and saved in the file.
    QList<WireId> wireIds() const { return m_wireOrder; }
    QList<Wire> wires() const;
    int wireCount() const { return int(m_wireOrder.size()); }
    // nullptr when there is no such wire; the pointer is valid until the next mutation.
    const Wire *wire(WireId id) const;
    WireId wireBetween(NodeId from, NodeId to) const; // 0 when none
    QList<WireId> wiresFrom(NodeId from) const { return m_out.value(from); }
    QList<WireId> wiresInto(NodeId to) const { return m_in.value(to); }
    // The ends of wiresFrom(from): the targets in sending order.
    QList<NodeId> targets(NodeId from) const;

    // Adds a wire at `index` in the document's wire order (-1, or out of range: last); an id of
    // 0 gets a fresh one, a given id (undo) is kept. Returns the id, or 0 when refused
    // (wireError() says why; also an id in use).
    WireId addWire(NodeId from, NodeId to, int index = -1, WireId id = 0);
    // A whole wire (undo of a removal): its ends, id, channel and faults. 0 when refused.
    WireId addWire(const Wire &wire, int index = -1);
    bool removeWire(WireId id);
    // Refuses invalid rules (faults::validate()) and channels (wires::channelError()).
    bool setWireFaults(WireId id, const WireFaults &faults);
    bool setWireChannel(WireId id, const QString &channel);

    // The run's random seed (the delivery gate's fault decisions): nullopt draws one per run.
    std::optional<quint64> seed() const { return m_seed; }
    bool setSeed(std::optional<quint64> seed);
    // Node faults at points of the run, in the order given. Refused as a whole when one names
    // no node of the document, a node that does not run here, or breaks faults::validate().
    QList<ScheduledFault> schedule() const { return m_schedule; }
    bool setSchedule(const QList<ScheduledFault> &schedule);
    QString scheduleError(const QList<ScheduledFault> &schedule) const;

    // Why a wire or a name would be refused, in words for the status bar; empty when fine.
    QString wireError(NodeId from, NodeId to) const;
    QString nameError(NodeId id, const QString &name) const;

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
    void wireAdded(wb::WireId id);
    void wireAboutToBeRemoved(wb::WireId id);
    // The wire is gone: its ends say which it was.
    void wireRemoved(wb::WireId id, wb::NodeId from, wb::NodeId to);
    // Its faults or channel changed.
    void wireChanged(wb::WireId id);
    void seedChanged();
    void scheduleChanged();

private:
    QString m_title;
    QHash<NodeId, NodeSpec> m_nodes;
    QList<NodeId> m_order;
    NodeId m_nextId = 1;
    QHash<WireId, Wire> m_wires;
    QList<WireId> m_wireOrder;
    // Per node, its wires out and in, each in document order (a sender reads its own on every
    // message: no scan of the whole document).
    QHash<NodeId, QList<WireId>> m_out;
    QHash<NodeId, QList<WireId>> m_in;
    WireId m_nextWireId = 1;
    std::optional<quint64> m_seed;
    QList<ScheduledFault> m_schedule;

    void insertWire(const Wire &wire, int index);
};

} // namespace wb
