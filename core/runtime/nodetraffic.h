#pragma once

#include "document/wire.h"
#include "runtime/deliverycontroller.h"
#include "runtime/traffic.h"

#include <QList>
#include <QObject>
#include <functional>

namespace wb {

class Link;

// The traffic events of one node (what its links send, get back and lose; what its endpoint
// receives and acks), built only while someone wants them: unwatched, the links' signals have
// no receiver and cost next to nothing.
class NodeTraffic final : public QObject
{
    Q_OBJECT
public:
    using WireTo = std::function<WireId(NodeId target)>;

    NodeTraffic(NodeId node, WireTo wireTo, QObject *parent = nullptr);

    bool isOn() const { return m_on; }
    // Off: every link is let go. On: the owner watches its links again.
    void setOn(bool on);
    // Events of `link`, which sends to `target` (0: no node of the circuit), while on.
    void watch(Link *link, NodeId target);
    // The links went (the node stopped or crashed).
    void forgetLinks() { m_connections.clear(); }
    // A passage at this node's endpoint.
    void passage(TrafficEvent::Type type, const DeliveryController::Passage &passage,
        const QString &peer, const QString &text, bool duplicate = false);

Q_SIGNALS:
    void traffic(const wb::TrafficEvent &event);

private:
    TrafficEvent event(TrafficEvent::Type type, NodeId peer, const QString &peerAddress,
        const QString &channel, const QString &text, qint64 timeNs) const;

    NodeId m_node;
    WireTo m_wireTo;
    bool m_on = true;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace wb
