#include "runtime/localnode.h"

#include "document/circuit.h"
#include "net/wireprotocol.h"
#include "runtime/link.h"

namespace wb {

QString nodeStateName(NodeState state)
{
    switch (state) {
    case NodeState::Stopped:
        return QStringLiteral("stopped");
    case NodeState::Listening:
        return QStringLiteral("listening");
    case NodeState::Running:
        return QStringLiteral("running");
    case NodeState::Error:
        return QStringLiteral("error");
    }
    return {};
}

QString nodeFaultName(NodeFault fault)
{
    switch (fault) {
    case NodeFault::None:
        return QStringLiteral("none");
    case NodeFault::Crashed:
        return QStringLiteral("crashed");
    case NodeFault::Hung:
        return QStringLiteral("hung");
    }
    return {};
}

LocalNode::LocalNode(const Circuit *circuit, NodeId id, DeliveryController *gate, Resolver resolver,
    LogSink logSink, QObject *parent)
    : QObject(parent)
    , m_circuit(circuit)
    , m_id(id)
    , m_gate(gate)
    , m_resolver(std::move(resolver))
    , m_logSink(std::move(logSink))
{
    const NodeSpec *spec = m_circuit->node(id);
    Q_ASSERT(m_gate && spec && kinds::isLocal(spec->kind));
    m_component = Component::create(spec->kind, this, this);
    connect(m_component, &Component::liveState, this,
        [this](const QVariantMap &state) { Q_EMIT liveState(m_id, state); });
    connect(m_component, &Component::finished, this, [this](bool ok, int failures) {
        m_clockRunning = false;
        updateState();
        Q_EMIT finished(m_id, ok, failures);
    });
    m_component->setup(spec->params);
}

LocalNode::~LocalNode()
{
    // Links and the endpoint are children; destroying them closes their sockets.
    m_component->stop();
}

int LocalNode::connectionCount() const
{
    int count = m_endpoint ? m_endpoint->connectionCount() : 0;
    for (const Link *link : m_links)
        count += link->state() == Link::State::Idle ? 0 : 1;
    return count;
}

void LocalNode::start()
{
    const NodeSpec *spec = m_circuit->node(m_id);
    if (!spec)
        return;
    if (m_started) {
        // A finished clock starts over; anything else is already running.
        if (spec->kind == NodeKind::Clock && !m_clockRunning) {
            m_clockRunning = true;
            m_component->start();
            updateState();
        }
        return;
    }
    m_started = true;
    setFault(NodeFault::None);
    m_component->setup(spec->params);
    if (kinds::hasServer(spec->kind)) {
        m_endpoint = new Endpoint(QStringLiteral("wirebench ") + spec->name, this);
        m_endpoint->setHandler([this](const Endpoint::Incoming &message, Endpoint::Reply reply) {
            onIncoming(message, std::move(reply));
        });
        connect(m_endpoint, &Endpoint::clientConnected, this,
            [this](const QString &, const QString &channel) {
                log(QStringLiteral("** new client connected, path=") + channel);
                updateState();
            });
        connect(m_endpoint, &Endpoint::clientDisconnected, this,
            [this](const QString &, const QString &, const QString &reason) {
                log(QStringLiteral("done processing messages: ") + reason);
                updateState();
            });
        connect(m_endpoint, &Endpoint::rejected, this,
            [this](const QString &peer, const QString &reason) {
                log(peer.isEmpty() ? reason : peer + QStringLiteral(": ") + reason);
            });
        if (!m_endpoint->listen(spec->host, spec->port)) {
            const QString error = m_endpoint->errorString();
            log(QStringLiteral("Cannot bind: ") + error);
            delete m_endpoint;
            m_endpoint = nullptr;
            m_started = false;
            setState(NodeState::Error, error);
            return;
        }
        log(QStringLiteral("serving on %1:%2").arg(spec->host).arg(m_endpoint->port()));
    }
    m_error.clear();
    if (spec->kind == NodeKind::Clock) {
        m_clockRunning = true;
        m_component->start();
    }
    updateState();
}

void LocalNode::stop()
{
    wake(); // a hung node still says goodbye when it is stopped
    setFault(NodeFault::None);
    if (!m_started && m_state != NodeState::Error)
        return;
    m_started = false;
    m_clockRunning = false;
    m_component->stop();
    for (Link *link : std::as_const(m_links)) {
        link->close();
        link->deleteLater();
    }
    m_links.clear();
    if (m_endpoint) {
        m_endpoint->close();
        m_endpoint->deleteLater();
        m_endpoint = nullptr;
    }
    m_trafficConnections.clear(); // they go with the links and the endpoint
    setState(NodeState::Stopped);
}

void LocalNode::crash()
{
    if (!m_started)
        return;
    wake();
    log(QStringLiteral("** crashed"));
    m_started = false;
    m_clockRunning = false;
    // Crashed before the links go: their state changes reach updateState(), and the runtime
    // must see a crashed node then, not a stopped one, or it would end the run (and its
    // schedule) and start a new one.
    setFault(NodeFault::Crashed);
    m_component->stop();
    for (Link *link : std::as_const(m_links)) {
        link->abort();
        link->deleteLater();
    }
    m_links.clear();
    if (m_endpoint) {
        m_endpoint->abortAll();
        m_endpoint->deleteLater();
        m_endpoint = nullptr;
    }
    m_trafficConnections.clear();
    setState(NodeState::Stopped);
}

void LocalNode::hang()
{
    if (!m_started || m_fault == NodeFault::Hung)
        return;
    log(QStringLiteral("** hung"));
    if (m_endpoint)
        m_endpoint->setFrozen(true);
    for (Link *link : std::as_const(m_links))
        link->setFrozen(true);
    m_component->setFrozen(true);
    setFault(NodeFault::Hung);
}

void LocalNode::wake()
{
    if (m_fault != NodeFault::Hung)
        return;
    setFault(NodeFault::None);
    if (m_endpoint)
        m_endpoint->setFrozen(false);
    for (Link *link : std::as_const(m_links))
        link->setFrozen(false);
    m_component->setFrozen(false);
    log(QStringLiteral("** woke up"));
}

void LocalNode::setFault(NodeFault fault)
{
    if (fault == m_fault)
        return;
    m_fault = fault;
    Q_EMIT faultChanged(m_id, fault);
}

void LocalNode::reloadParams()
{
    if (const NodeSpec *spec = m_circuit->node(m_id))
        m_component->setup(spec->params);
}

void LocalNode::applyWireSettings(const Wire &wire)
{
    for (auto it = m_links.cbegin(); it != m_links.cend(); ++it) {
        if (it.key().first == wire.to) {
            it.value()->setAckTimeout(wire.faults.ackTimeoutMs);
            it.value()->setRetries(wire.faults.retries);
        }
    }
}

void LocalNode::setTargetDown(NodeId target, const QString &reason)
{
    if (reason.isEmpty())
        m_down.remove(target);
    else
        m_down.insert(target, reason);
    for (auto it = m_links.cbegin(); it != m_links.cend(); ++it) {
        if (it.key().first == target)
            it.value()->setDown(reason);
    }
}

void LocalNode::setLinkLiveness(int pingIntervalMs, int pongTimeoutMs)
{
    m_pingIntervalMs = pingIntervalMs;
    m_pongTimeoutMs = pongTimeoutMs;
    for (Link *link : std::as_const(m_links))
        link->setLiveness(pingIntervalMs, pongTimeoutMs);
}

void LocalNode::dropLinksTo(NodeId target)
{
    for (auto it = m_links.begin(); it != m_links.end();) {
        if (it.key().first == target) {
            it.value()->close();
            it.value()->deleteLater();
            it = m_links.erase(it);
        } else {
            ++it;
        }
    }
    updateState();
}

QString LocalNode::nodeName() const
{
    const NodeSpec *spec = m_circuit->node(m_id);
    return spec ? spec->name : QString();
}

int LocalNode::targetCount() const
{
    return int(m_circuit->wiresFrom(m_id).size());
}

namespace {

// What one streamToTargets() call waits for: every target's last ack or first failure.
struct Pending
{
    int left = 0;
    NodeContext::StreamResult result;
    NodeContext::StreamDone done;

    void finishTarget(bool ok, const QString &error)
    {
        if (!ok && result.ok) {
            result.ok = false;
            result.error = error;
        }
        if (--left == 0)
            done(result);
    }
};

} // namespace

// Items go one by one: each waits for the ack of the one before (one in flight per target).
struct LocalNode::Stream
{
    QPointer<Link> link;
    QStringList items;
    qsizetype next = 0;
    bool verbose = false;
    std::shared_ptr<Pending> pending;
};

void LocalNode::streamToTargets(const QStringList &items, const QString &channel, StreamDone done)
{
    const NodeSpec *spec = m_circuit->node(m_id);
    const QList<NodeId> targets = spec ? m_circuit->targets(m_id) : QList<NodeId>();
    auto pending = std::make_shared<Pending>();
    pending->left = int(targets.size());
    pending->done = std::move(done);
    if (targets.isEmpty() || !m_started) {
        pending->result.ok = targets.isEmpty();
        if (!pending->result.ok)
            pending->result.error = tr("%1 is not running").arg(nodeName());
        pending->done(pending->result);
        return;
    }
    pending->result.acks.reserve(items.size() * targets.size());
    // The clock logs its own ticks and acks; other components log like the seed's stream().
    const bool verbose = m_reportLog && spec->kind != NodeKind::Clock;
    for (NodeId target : targets) {
        QString error;
        Link *link = linkFor(target, channel, &error);
        if (!link) {
            pending->finishTarget(false, error);
            continue;
        }
        if (verbose) {
            const NodeSpec *to = m_circuit->node(target);
            log(QStringLiteral("starting to stream message to ")
                + (to ? to->name : QString::number(target)));
        }
        sendNext(std::make_shared<Stream>(Stream { link, items, 0, verbose, pending }));
    }
}

void LocalNode::sendNext(const std::shared_ptr<Stream> &stream)
{
    if (!stream->link) {
        stream->pending->finishTarget(false, tr("stopped"));
        return;
    }
    const QString &item = stream->items.at(stream->next);
    if (stream->verbose)
        log(QStringLiteral("> sending payload: ") + item);
    stream->link->send(
        item, [this, stream](const Link::Delivery &delivery) { onDelivered(stream, delivery); });
}

void LocalNode::onDelivered(const std::shared_ptr<Stream> &stream, const Link::Delivery &delivery)
{
    if (delivery.ok) {
        if (stream->verbose)
            log(QStringLiteral("< ") + delivery.ack);
        stream->pending->result.acks << delivery.ack;
    }
    if (delivery.ok && ++stream->next < stream->items.size()) {
        sendNext(stream);
        return;
    }
    if (!delivery.ok && stream->verbose)
        log(delivery.error);
    stream->pending->finishTarget(delivery.ok, delivery.error);
}

Link *LocalNode::linkFor(NodeId target, const QString &channel, QString *error)
{
    const auto key = qMakePair(target, channel);
    if (Link *link = m_links.value(key))
        return link;
    const auto url = m_resolver(target, channel);
    if (!url) {
        const NodeSpec *to = m_circuit->node(target);
        *error = tr("%1 has no address to send to").arg(to ? to->name : QString::number(target));
        return nullptr;
    }
    const WireId wireId = wireTo(target);
    // Both ends of a wire name the channel alike: the path, leading slash included.
    const Link::Route route { m_gate, wireId, m_id, target, wire::channelFromPath(channel) };
    auto *link = new Link(*url, route, this);
    if (const Wire *w = wireId ? m_circuit->wire(wireId) : nullptr) {
        link->setAckTimeout(w->faults.ackTimeoutMs);
        link->setRetries(w->faults.retries);
    }
    if (m_reportTraffic)
        connectTraffic(link, target, channel);
    connect(link, &Link::stateChanged, this, &LocalNode::updateState);
    link->setLiveness(m_pingIntervalMs, m_pongTimeoutMs);
    if (const auto down = m_down.constFind(target); down != m_down.cend())
        link->setDown(*down);
    m_links.insert(key, link);
    return link;
}

WireId LocalNode::wireTo(NodeId target) const
{
    return m_circuit->wireBetween(m_id, target);
}

TimeSource *LocalNode::timeSource() const
{
    return m_gate->timeSource();
}

// A message at this node's server: through the gate, then to the component; its ack through
// the gate again, then back. A message from a link of this process is named by the ledger (the
// sender's id, and its wire); one from elsewhere gets an id of its own here.
void LocalNode::onIncoming(const Endpoint::Incoming &message, Endpoint::Reply reply)
{
    DeliveryController::Passage passage;
    passage.direction = Direction::Message;
    passage.to = m_id;
    passage.at = m_id;
    passage.channel = message.channel;
    passage.text = message.text;
    bool fromLedger = false;
    bool repeat = false;
    if (const auto arrival = m_gate->ledger()->arrived(message.connectionKey)) {
        passage.messageId = arrival->frame.messageId;
        passage.wire = arrival->frame.wire;
        passage.from = arrival->frame.from;
        passage.decided = true;
        fromLedger = true;
        repeat = arrival->repeat;
    } else {
        passage.messageId = m_gate->newMessageId();
    }
    QPointer<LocalNode> alive(this);
    auto deliver = [this, alive, passage, peer = message.peer, key = message.connectionKey,
                       reply = std::move(reply), fromLedger, repeat](int copies) {
        if (!alive)
            return;
        if (copies == 0) {
            // Dropped on its way in (by hand): nobody answers it, and its sender's ledger
            // expects no ack for the frame.
            if (fromLedger)
                m_gate->ledger()->ackDecided(key, 0);
            reply(QString(), 0);
            return;
        }
        // A copy the gate made is seen twice by the component, but its sender waits for one
        // ack: the first answer goes back, the other is dropped here.
        auto answered = std::make_shared<bool>(false);
        for (int i = 0; i < copies && alive; ++i) {
            emitTraffic(TrafficEvent::Type::Received, passage, peer, passage.text, repeat || i > 0);
            m_component->loop(passage.channel, passage.text,
                [this, alive, passage, peer, key, fromLedger, reply, answered](const QString &ack) {
                    if (!alive || *answered)
                        return;
                    *answered = true;
                    answer(passage, peer, fromLedger ? key : QString(), ack, reply);
                });
        }
    };
    m_gate->submit(passage, std::move(deliver));
}

void LocalNode::answer(const DeliveryController::Passage &message, const QString &peer,
    const QString &ledgerKey, const QString &ack, const Endpoint::Reply &reply)
{
    DeliveryController::Passage passage;
    passage.messageId = message.messageId;
    passage.direction = Direction::Ack;
    passage.wire = message.wire;
    passage.from = m_id;
    passage.to = message.from;
    passage.at = m_id;
    passage.channel = message.channel;
    passage.text = ack.isEmpty() ? wire::noAck() : ack;
    QPointer<LocalNode> alive(this);
    auto deliver = [this, alive, passage, peer, ledgerKey, reply](int copies) {
        if (!alive)
            return;
        if (!ledgerKey.isEmpty())
            m_gate->ledger()->ackDecided(ledgerKey, copies);
        if (copies > 0)
            emitTraffic(TrafficEvent::Type::AckSent, passage, peer, passage.text);
        reply(passage.text, copies);
    };
    m_gate->submit(passage, std::move(deliver));
}

void LocalNode::emitTraffic(TrafficEvent::Type type, const DeliveryController::Passage &passage,
    const QString &peer, const QString &text, bool duplicate)
{
    if (!m_reportTraffic)
        return;
    TrafficEvent e = trafficEvent(type, passage.at == passage.from ? passage.to : passage.from,
        peer, passage.channel, text, monotonicNs());
    e.messageId = passage.messageId;
    e.wire = passage.wire;
    e.duplicate = duplicate;
    Q_EMIT traffic(e);
}

// Traffic events are built in slots connected only while someone wants them: unwatched, the
// links' signals have no receiver and cost next to nothing.
void LocalNode::connectTraffic(Link *link, NodeId target, const QString &channel)
{
    const QString address = link->url().toString();
    const QString path = wire::channelFromPath(channel);
    const WireId wireId = wireTo(target);
    m_trafficConnections << connect(link, &Link::sent, this,
        [this, target, path, address, wireId](
            quint64 id, const QString &text, qint64 t, int attempt) {
            TrafficEvent e = trafficEvent(TrafficEvent::Type::Sent, target, address, path, text, t);
            e.messageId = id;
            e.wire = wireId;
            e.attempt = attempt;
            Q_EMIT traffic(e);
        });
    m_trafficConnections << connect(link, &Link::acked, this,
        [this, target, path, address, wireId](
            quint64 id, const QString &ack, qint64 t, qint64 rtt, bool extra) {
            TrafficEvent e
                = trafficEvent(TrafficEvent::Type::AckReceived, target, address, path, ack, t);
            e.messageId = id;
            e.rttNs = rtt;
            e.wire = wireId;
            e.duplicate = extra;
            Q_EMIT traffic(e);
        });
    m_trafficConnections << connect(link, &Link::failed, this,
        [this, target, path, address, wireId](
            quint64 id, const QString &why, qint64 t, bool wasSent) {
            TrafficEvent e
                = trafficEvent(TrafficEvent::Type::Failed, target, address, path, why, t);
            e.messageId = id;
            e.wasSent = wasSent;
            e.wire = wireId;
            Q_EMIT traffic(e);
        });
}

void LocalNode::setReporting(bool log, bool traffic, bool live)
{
    m_reportLog = log;
    m_component->setReporting(log, live);
    if (traffic == m_reportTraffic)
        return;
    m_reportTraffic = traffic;
    for (const QMetaObject::Connection &connection : std::as_const(m_trafficConnections))
        disconnect(connection);
    m_trafficConnections.clear();
    if (!traffic)
        return;
    for (auto it = m_links.cbegin(); it != m_links.cend(); ++it)
        connectTraffic(it.value(), it.key().first, it.key().second);
}

void LocalNode::log(const QString &text)
{
    if (m_reportLog && m_logSink)
        m_logSink(m_id, text, monotonicNs());
}

void LocalNode::updateState()
{
    if (m_state == NodeState::Error && !m_started)
        return;
    if (!m_started) {
        setState(NodeState::Stopped);
        return;
    }
    const bool busy = m_clockRunning || (m_endpoint && m_endpoint->connectionCount() > 0);
    if (busy)
        setState(NodeState::Running);
    else if (m_endpoint)
        setState(NodeState::Listening);
    else
        setState(NodeState::Stopped);
}

void LocalNode::setState(NodeState state, const QString &error)
{
    if (state == m_state && error == m_error)
        return;
    m_state = state;
    m_error = error;
    Q_EMIT stateChanged(m_id, state);
}

TrafficEvent LocalNode::trafficEvent(TrafficEvent::Type type, NodeId peer,
    const QString &peerAddress, const QString &channel, const QString &text, qint64 timeNs) const
{
    TrafficEvent e;
    e.type = type;
    e.timeNs = timeNs;
    e.node = m_id;
    e.peer = peer;
    e.peerAddress = peerAddress;
    e.channel = channel;
    e.text = text;
    return e;
}

} // namespace wb
