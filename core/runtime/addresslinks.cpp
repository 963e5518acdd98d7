#include "runtime/addresslinks.h"

#include "document/circuit.h"
#include "net/wireprotocol.h"

#include <QPointer>

namespace wb {

namespace {

NodeContext::SendFailure failureOf(Link::Failure failure)
{
    switch (failure) {
    case Link::Failure::None:
        return NodeContext::SendFailure::None;
    case Link::Failure::Connection:
        return NodeContext::SendFailure::Connection;
    case Link::Failure::Silence:
        return NodeContext::SendFailure::Silence;
    case Link::Failure::Refused:
        return NodeContext::SendFailure::Refused;
    }
    return NodeContext::SendFailure::Connection;
}

} // namespace

AddressLinks::AddressLinks(const Circuit *circuit, NodeId self, DeliveryController *gate,
    Resolver resolver, Prepare prepare, QObject *parent)
    : QObject(parent)
    , m_circuit(circuit)
    , m_self(self)
    , m_gate(gate)
    , m_resolver(std::move(resolver))
    , m_prepare(std::move(prepare))
{ }

void AddressLinks::send(const QString &address, const QString &channel, const QString &text,
    const NodeContext::SendOptions &options, NodeContext::SendDone done)
{
    const auto target = wire::parseTargetUrl(address);
    if (!target) {
        const QString error = tr("%1 is not ws://HOST:PORT").arg(address);
        // Failed from the event loop, like any other failure: never inside the caller's call.
        QMetaObject::invokeMethod(
            this,
            [error, done = std::move(done)] {
                done({ false, {}, error, NodeContext::SendFailure::Refused });
            },
            Qt::QueuedConnection);
        return;
    }
    const QUrl url = wire::nodeUrl(target->host, target->port, channel);
    const Entry &entry = entryFor(url);
    Link *link = entry.link;
    // Without timings of its own, a message waits as its wire says (or as the default).
    Link::Timing timing { options.ackTimeoutMs, options.retries };
    if (timing.ackTimeoutMs <= 0) {
        const Wire *wire = entry.wire ? m_circuit->wire(entry.wire) : nullptr;
        timing = wire ? Link::Timing { wire->faults.ackTimeoutMs, wire->faults.retries }
                      : Link::Timing {};
    }
    QPointer<AddressLinks> alive(this);
    link->send(text, timing, [this, alive, link, done = std::move(done)](const Link::Delivery &d) {
        if (alive && link->pending() == 0) {
            for (auto it = m_links.cbegin(); it != m_links.cend(); ++it) {
                if (it->link == link) {
                    if (it->retired)
                        release(it.key());
                    break;
                }
            }
        }
        done({ d.ok, d.ack, d.error, failureOf(d.failure) });
    });
}

const AddressLinks::Entry &AddressLinks::entryFor(const QUrl &url)
{
    const QString key = url.toString();
    auto it = m_links.find(key);
    if (it != m_links.end() && it->retired) {
        // Retired and still busy: it finishes what it carries under another name.
        m_links.insert(key + u'#' + QString::number(++m_sends), *it);
        m_links.erase(it);
        it = m_links.end();
    }
    if (it == m_links.end()) {
        evictIdle();
        const NodeId node = nodeAt(url);
        const WireId wireId = node ? m_circuit->wireBetween(m_self, node) : 0;
        const Link::Route route { m_gate, wireId, m_self, node, wire::channelFromPath(url.path()) };
        Entry entry;
        entry.link = new Link(url, route, this);
        entry.node = node;
        entry.wire = wireId;
        m_prepare(entry.link, node);
        it = m_links.insert(key, entry);
    }
    it->used = ++m_sends;
    return *it;
}

NodeId AddressLinks::nodeAt(const QUrl &url) const
{
    const QString wanted = wire::canonicalAddress(wire::nodeAddress(url.host(), url.port()));
    for (NodeId id : m_circuit->nodeIds()) {
        if (id == m_self)
            continue;
        if (const auto address = addressOf(id); address && *address == wanted)
            return id;
    }
    return 0;
}

std::optional<QString> AddressLinks::addressOf(NodeId node) const
{
    const auto url = m_resolver(node, QString());
    if (!url)
        return std::nullopt;
    return wire::canonicalAddress(wire::nodeAddress(url->host(), quint16(url->port())));
}

QString AddressLinks::selfAddress(quint16 port) const
{
    const NodeSpec *spec = m_circuit->node(m_self);
    if (!spec || port == 0)
        return {};
    const QString host
        = m_advertisedHost.isEmpty() ? wire::connectHost(spec->host) : m_advertisedHost;
    return wire::canonicalAddress(wire::nodeAddress(host, port));
}

QStringList AddressLinks::contacts(const QString &self) const
{
    QStringList list;
    const auto add = [&](const QString &address) {
        const QString canonical = wire::canonicalAddress(address);
        if (!canonical.isEmpty() && canonical != self && !list.contains(canonical))
            list << canonical;
    };
    for (NodeId target : m_circuit->targets(m_self)) {
        if (const auto address = addressOf(target))
            add(*address);
    }
    const NodeSpec *spec = m_circuit->node(m_self);
    if (!spec)
        return list;
    const QStringList joins
        = spec->params.value(QStringLiteral("join")).toString().split(u',', Qt::SkipEmptyParts);
    for (const QString &join : joins) {
        QString address = join.trimmed();
        if (address.startsWith(QLatin1String("wss://")))
            address.replace(0, 3, QStringLiteral("ws")); // TLS is the process's choice
        add(address);
    }
    for (NodeId id : m_circuit->nodeIds()) {
        const NodeSpec *other = m_circuit->node(id);
        if (id != m_self && other->kind == NodeKind::Ring) {
            if (const auto address = addressOf(id))
                add(*address);
        }
    }
    return list;
}

void AddressLinks::forEach(const std::function<void(Link *, NodeId)> &f) const
{
    for (const Entry &entry : m_links)
        f(entry.link, entry.node);
}

int AddressLinks::connectionCount() const
{
    int count = 0;
    for (const Entry &entry : m_links)
        count += entry.link->state() == Link::State::Idle ? 0 : 1;
    return count;
}

void AddressLinks::retire(NodeId node)
{
    const auto keys = m_links.keys();
    for (const QString &key : keys) {
        Entry &entry = m_links[key];
        if (entry.node != node)
            continue;
        entry.retired = true;
        if (entry.link->pending() == 0)
            release(key);
    }
}

void AddressLinks::closeAll()
{
    const auto links = std::exchange(m_links, {});
    for (const Entry &entry : links) {
        entry.link->close();
        entry.link->deleteLater();
    }
}

void AddressLinks::abortAll()
{
    const auto links = std::exchange(m_links, {});
    for (const Entry &entry : links) {
        entry.link->abort();
        entry.link->deleteLater();
    }
}

void AddressLinks::evictIdle()
{
    while (m_links.size() >= kMaxLinks) {
        QString oldest;
        quint64 used = 0;
        for (auto it = m_links.cbegin(); it != m_links.cend(); ++it) {
            if (it->link->pending() == 0 && (oldest.isEmpty() || it->used < used)) {
                oldest = it.key();
                used = it->used;
            }
        }
        if (oldest.isEmpty())
            return; // all busy: one more for now
        release(oldest);
    }
}

void AddressLinks::release(const QString &key)
{
    const Entry entry = m_links.take(key);
    if (!entry.link)
        return;
    // We may be inside one of its callbacks: it goes from the event loop.
    entry.link->close();
    entry.link->deleteLater();
}

} // namespace wb
