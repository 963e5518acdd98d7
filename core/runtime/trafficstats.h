#pragma once

#include "runtime/traffic.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace wb {

class MeshRuntime;

// Counts what the runtime's traffic does, per node and per wire, for the views (mesh table,
// canvas). Views repaint from changed(), which is coalesced to at most `maxHz` a second so
// that a flat-out circuit never causes one repaint per message.
class TrafficStats final : public QObject
{
    Q_OBJECT
public:
    struct NodeCounters
    {
        quint64 messagesIn = 0; // received by this node's server
        // Messages sent to this node by nodes of this process (retries not counted again): what
        // is known of what a node running elsewhere (external, discovered) was sent, since it
        // reports nothing itself.
        quint64 sentTo = 0;
        quint64 messagesOut = 0; // sent by this node
        quint64 acksIn = 0; // acks this node received
        quint64 failures = 0; // messages this node could not deliver
        QString lastAck; // last ack received (sender) or sent (receiver)
        qint64 lastRttNs = -1;
    };
    struct WireCounters
    {
        quint64 sent = 0;
        quint64 acked = 0;
        quint64 failed = 0;
        int inFlight = 0;
        NodeId from = 0; // its ends, as the events named them
        NodeId to = 0;
    };

    explicit TrafficStats(MeshRuntime *runtime, int maxHz = 30, QObject *parent = nullptr);

    NodeCounters node(NodeId id) const { return m_nodes.value(id); }
    WireCounters wire(WireId id) const { return m_wires.value(id); }
    void clear();

Q_SIGNALS:
    // The nodes and wires whose counters changed since the last emission.
    void changed(const QSet<wb::NodeId> &nodes);

private:
    void record(const TrafficEvent &event);
    WireCounters &wireOf(const TrafficEvent &event); // a sender's event: its wire's counters

    QHash<NodeId, NodeCounters> m_nodes;
    QHash<WireId, WireCounters> m_wires; // what left on each wire of the circuit
    QSet<NodeId> m_dirty;
    QTimer m_throttle;
};

} // namespace wb
