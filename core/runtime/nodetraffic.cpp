#include "runtime/nodetraffic.h"

#include "net/wireprotocol.h"
#include "runtime/link.h"

namespace wb {

NodeTraffic::NodeTraffic(NodeId node, WireTo wireTo, QObject *parent)
    : QObject(parent), m_node(node), m_wireTo(std::move(wireTo))
{ }

void NodeTraffic::setOn(bool on)
{
    m_on = on;
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
}

void NodeTraffic::passage(TrafficEvent::Type type, const DeliveryController::Passage &passage,
    const QString &peer, const QString &text, bool duplicate)
{
    if (!m_on)
        return;
    TrafficEvent e = event(type, passage.at == passage.from ? passage.to : passage.from, peer,
        passage.channel, text, monotonicNs());
    e.messageId = passage.messageId;
    e.wire = passage.wire;
    e.duplicate = duplicate;
    Q_EMIT traffic(e);
}

void NodeTraffic::watch(Link *link, NodeId target)
{
    if (!m_on)
        return;
    const QString address = link->url().toString();
    const QString path = wire::channelFromPath(link->url().path());
    const WireId wireId = m_wireTo(target);
    m_connections << connect(link, &Link::sent, this,
        [this, target, path, address, wireId](
            quint64 id, const QString &text, qint64 t, int attempt) {
            TrafficEvent e = event(TrafficEvent::Type::Sent, target, address, path, text, t);
            e.messageId = id;
            e.wire = wireId;
            e.attempt = attempt;
            Q_EMIT traffic(e);
        });
    m_connections << connect(link, &Link::acked, this,
        [this, target, path, address, wireId](
            quint64 id, const QString &ack, qint64 t, qint64 rtt, bool extra) {
            TrafficEvent e = event(TrafficEvent::Type::AckReceived, target, address, path, ack, t);
            e.messageId = id;
            e.rttNs = rtt;
            e.wire = wireId;
            e.duplicate = extra;
            Q_EMIT traffic(e);
        });
    m_connections << connect(link, &Link::failed, this,
        [this, target, path, address, wireId](
            quint64 id, const QString &why, qint64 t, bool wasSent) {
            TrafficEvent e = event(TrafficEvent::Type::Failed, target, address, path, why, t);
            e.messageId = id;
            e.wasSent = wasSent;
            e.wire = wireId;
            Q_EMIT traffic(e);
        });
}

TrafficEvent NodeTraffic::event(TrafficEvent::Type type, NodeId peer, const QString &peerAddress,
    const QString &channel, const QString &text, qint64 timeNs) const
{
    TrafficEvent e;
    e.type = type;
    e.timeNs = timeNs;
    e.node = m_node;
    e.peer = peer;
    e.peerAddress = peerAddress;
    e.channel = channel;
    e.text = text;
    return e;
}

} // namespace wb
