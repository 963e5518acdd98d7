#include "runtime/trafficstats.h"

#include "runtime/meshruntime.h"

namespace wb {

TrafficStats::TrafficStats(MeshRuntime *runtime, int maxHz, QObject *parent) : QObject(parent)
{
    m_throttle.setSingleShot(true);
    m_throttle.setInterval(1000 / std::max(1, maxHz));
    connect(&m_throttle, &QTimer::timeout, this, [this] {
        const QSet<NodeId> dirty = std::exchange(m_dirty, {});
        if (!dirty.isEmpty())
            Q_EMIT changed(dirty);
    });
    connect(runtime, &MeshRuntime::traffic, this, &TrafficStats::record);
}

TrafficStats::WireCounters &TrafficStats::wireOf(const TrafficEvent &event)
{
    WireCounters &wire = m_wires[event.wire];
    wire.from = event.node;
    wire.to = event.peer;
    return wire;
}

void TrafficStats::clear()
{
    // Both ends of every wire, as record() names them, so that a wire's view hears of it too.
    QSet<NodeId> all;
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it)
        all.insert(it.key());
    for (auto it = m_wires.cbegin(); it != m_wires.cend(); ++it)
        all << it->from << it->to;
    all.remove(0);
    m_nodes.clear();
    m_wires.clear();
    m_dirty.unite(all);
    if (!m_throttle.isActive())
        m_throttle.start();
}

void TrafficStats::record(const TrafficEvent &event)
{
    switch (event.type) {
    case TrafficEvent::Type::Held:
    case TrafficEvent::Type::Released:
    case TrafficEvent::Type::Delayed:
    case TrafficEvent::Type::Dropped:
    case TrafficEvent::Type::Duplicated:
        return; // the gate's doings: the ends' own events count the message
    case TrafficEvent::Type::Sent:
        if (event.attempt > 1)
            return; // the same message again: it is in flight once
        break;
    case TrafficEvent::Type::AckReceived:
        if (event.duplicate)
            return; // an extra ack answers nothing that waits
        break;
    default:
        break;
    }
    NodeCounters &node = m_nodes[event.node];
    switch (event.type) {
    case TrafficEvent::Type::Sent: {
        ++node.messagesOut;
        WireCounters &wire = wireOf(event);
        ++wire.sent;
        ++wire.inFlight;
        break;
    }
    case TrafficEvent::Type::AckReceived: {
        ++node.acksIn;
        node.lastAck = event.text;
        node.lastRttNs = event.rttNs;
        WireCounters &wire = wireOf(event);
        ++wire.acked;
        wire.inFlight = std::max(0, wire.inFlight - 1);
        break;
    }
    case TrafficEvent::Type::Failed: {
        ++node.failures;
        WireCounters &wire = wireOf(event);
        ++wire.failed;
        if (event.wasSent)
            wire.inFlight = std::max(0, wire.inFlight - 1);
        break;
    }
    case TrafficEvent::Type::Received:
        ++node.messagesIn;
        break;
    case TrafficEvent::Type::AckSent:
        node.lastAck = event.text;
        break;
    default:
        break;
    }
    // After the switch: `node` is a reference into m_nodes, which this may grow.
    if (event.type == TrafficEvent::Type::Sent && event.attempt == 1 && event.peer != 0)
        ++m_nodes[event.peer].sentTo;
    m_dirty.insert(event.node);
    if (event.peer != 0)
        m_dirty.insert(event.peer);
    if (!m_throttle.isActive())
        m_throttle.start();
}

} // namespace wb
