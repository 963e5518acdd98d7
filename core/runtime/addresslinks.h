#pragma once

#include "document/wire.h"
#include "runtime/component.h"
#include "runtime/link.h"

#include <QHash>
#include <QObject>
#include <QUrl>
#include <functional>
#include <optional>

namespace wb {

class Circuit;
class DeliveryController;

// A node's side of addresses (NodeContext::sendTo, selfAddress, contacts): a ring member talks
// to whoever its successor is now, not to a wire's target. One Link per URL (address and
// channel), made on the first message and kept for the next, routed through the gate as the
// circuit places the address: the node listening there and the wire to it, when there are.
// Idle links beyond kMaxLinks go, least recently used first, so that a long run with members
// coming and going keeps a bounded set of sockets.
class AddressLinks final : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxLinks = 64;

    // Where a node of the circuit listens (the runtime's resolver).
    using Resolver = std::function<std::optional<QUrl>(NodeId target, const QString &channel)>;
    // Called once for every link made, before its first message: the owner sets its timings
    // and connects its signals. `node`: the circuit's node at its address, 0 when none.
    using Prepare = std::function<void(Link *link, NodeId node)>;

    AddressLinks(const Circuit *circuit, NodeId self, DeliveryController *gate, Resolver resolver,
        Prepare prepare, QObject *parent = nullptr);

    void send(const QString &address, const QString &channel, const QString &text,
        const NodeContext::SendOptions &options, NodeContext::SendDone done);
    // The host others reach this node at, when not its listen host (wirebench-node
    // --advertise); empty: the listen host (a wildcard one as loopback).
    void setAdvertisedHost(const QString &host) { m_advertisedHost = host; }
    QString selfAddress(quint16 port) const;
    QStringList contacts(const QString &self) const;

    // Every link made so far, with the node it reaches (0: none).
    void forEach(const std::function<void(Link *link, NodeId node)> &f) const;
    int connectionCount() const;
    // Links to `node` go (its address changed, or the wire to it): at once when idle, else
    // once what they carry is answered.
    void retire(NodeId node);
    // The node stops: close frames; or crashes: cut.
    void closeAll();
    void abortAll();

private:
    struct Entry
    {
        Link *link = nullptr;
        NodeId node = 0;
        WireId wire = 0;
        quint64 used = 0; // when last used, counted in sends
        bool retired = false;
    };
    const Entry &entryFor(const QUrl &url);
    // The circuit's node listening at `url`'s host and port (0: none).
    NodeId nodeAt(const QUrl &url) const;
    std::optional<QString> addressOf(NodeId node) const;
    void evictIdle();
    void release(const QString &key);

    const Circuit *m_circuit;
    NodeId m_self;
    DeliveryController *m_gate;
    Resolver m_resolver;
    Prepare m_prepare;
    QString m_advertisedHost;
    QHash<QString, Entry> m_links; // by URL
    quint64 m_sends = 0;
};

} // namespace wb
