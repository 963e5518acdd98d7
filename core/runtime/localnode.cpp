#include "runtime/localnode.h"

#include "document/circuit.h"
#include "net/wireprotocol.h"
#include "runtime/fanout.h"
#include "runtime/link.h"

namespace wb {

namespace {

// Kinds that send of their own accord, without a server to be asked: they run until they
// finish.
bool sendsAlone(NodeKind kind)
{
    return kind == NodeKind::Clock || kind == NodeKind::Keyboard;
}

} // namespace

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
    m_addressLinks = new AddressLinks(
        m_circuit, m_id, m_gate, m_resolver,
        [this](Link *link, NodeId node) { prepareLink(link, node); }, this);
    m_traffic = new NodeTraffic(
        m_id, [this](NodeId target) { return wireTo(target); }, this);
    connect(m_traffic, &NodeTraffic::traffic, this, &LocalNode::traffic);
    m_farewell.setSingleShot(true);
    connect(&m_farewell, &QTimer::timeout, this, &LocalNode::finishStop);
    m_component = Component::create(spec->kind, this, this);
    connect(m_component, &Component::liveState, this,
        [this](const QVariantMap &state) { Q_EMIT liveState(m_id, state); });
    connect(m_component, &Component::finished, this, [this](bool ok, int failures) {
        m_clockRunning = false;
        updateState();
        Q_EMIT finished(m_id, ok, failures);
    });
    connect(m_component, &Component::busyChanged, this,
        [this](bool busy) { Q_EMIT busyChanged(m_id, busy); });
    connect(m_component, &Component::failed, this, &LocalNode::fail);
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
    forEachLink(
        [&count](Link *link, NodeId) { count += link->state() == Link::State::Idle ? 0 : 1; });
    return count;
}

void LocalNode::start()
{
    const NodeSpec *spec = m_circuit->node(m_id);
    if (!spec)
        return;
    if (m_stopping)
        finishStop(); // started again while saying goodbye: the goodbye is over
    if (m_started) {
        // A finished clock (or keyboard) starts over; anything else is already running.
        if (sendsAlone(spec->kind) && !m_clockRunning) {
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
    m_clockRunning = sendsAlone(spec->kind);
    m_component->start(); // listening: a ring member knows its address now
    updateState();
}

void LocalNode::stop()
{
    m_whileHung.clear(); // a stopped node handles nothing more
    wake(); // a hung node still says goodbye when it is stopped
    setFault(NodeFault::None);
    if (m_stopping || (!m_started && m_state != NodeState::Error))
        return;
    if (m_started) {
        m_stopping = true;
        QPointer<LocalNode> alive(this);
        const bool waits = m_component->farewell([this, alive] {
            if (alive && m_stopping)
                finishStop();
        });
        if (waits && m_stopping) {
            m_farewell.start(Component::kFarewellMs);
            return;
        }
    }
    finishStop();
}

void LocalNode::fail(const QString &reason)
{
    if (!m_started)
        return;
    log(QStringLiteral("** error: ") + reason);
    m_whileHung.clear();
    setFault(NodeFault::None);
    closeAll();
    setState(NodeState::Error, reason);
}

void LocalNode::finishStop()
{
    closeAll();
    setState(NodeState::Stopped);
}

void LocalNode::closeAll()
{
    m_stopping = false;
    m_farewell.stop();
    m_started = false;
    m_clockRunning = false;
    m_component->stop();
    for (Link *link : std::as_const(m_links)) {
        link->close();
        link->deleteLater();
    }
    m_links.clear();
    m_addressLinks->closeAll();
    if (m_endpoint) {
        m_endpoint->close();
        m_endpoint->deleteLater();
        m_endpoint = nullptr;
    }
    m_traffic->forgetLinks(); // they go with the links and the endpoint
}

void LocalNode::crash()
{
    if (!m_started)
        return;
    // A hung node that crashes was never awake in between: no fault 'none' on the way.
    m_whileHung.clear(); // a crash loses what waited
    m_stopping = false; // a goodbye cut short
    m_farewell.stop();
    thaw();
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
    m_addressLinks->abortAll();
    if (m_endpoint) {
        m_endpoint->abortAll();
        m_endpoint->deleteLater();
        m_endpoint = nullptr;
    }
    m_traffic->forgetLinks();
    setState(NodeState::Stopped);
}

void LocalNode::hang()
{
    if (!m_started || m_fault == NodeFault::Hung)
        return;
    log(QStringLiteral("** hung"));
    if (m_endpoint)
        m_endpoint->setFrozen(true);
    forEachLink([](Link *link, NodeId) { link->setFrozen(true); });
    m_component->setFrozen(true);
    setFault(NodeFault::Hung);
}

void LocalNode::wake()
{
    if (m_fault != NodeFault::Hung)
        return;
    setFault(NodeFault::None);
    thaw();
    log(QStringLiteral("** woke up"));
    // What the gate let go meanwhile goes on now, in the order it was let go.
    QPointer<LocalNode> alive(this);
    const auto waited = std::exchange(m_whileHung, {});
    for (const auto &work : waited) {
        if (alive && m_fault == NodeFault::None)
            work();
    }
}

void LocalNode::thaw()
{
    if (m_endpoint)
        m_endpoint->setFrozen(false);
    forEachLink([](Link *link, NodeId) { link->setFrozen(false); });
    m_component->setFrozen(false);
}

DeliveryController::Deliver LocalNode::unlessHung(DeliveryController::Deliver deliver)
{
    QPointer<LocalNode> alive(this);
    return [this, alive, deliver = std::move(deliver)](int copies) {
        if (alive && m_fault == NodeFault::Hung) {
            m_whileHung << [deliver, copies] {
                deliver(copies);
            };
            return;
        }
        deliver(copies);
    };
}

void LocalNode::setFault(NodeFault fault)
{
    if (fault == m_fault)
        return;
    m_fault = fault;
    Q_EMIT faultChanged(m_id, fault);
}

bool LocalNode::command(const QString &name, const QVariantMap &args)
{
    // A crashed, hung or stopping node does nothing a person asks of it either.
    if (!m_started || m_stopping || m_fault != NodeFault::None || !m_component)
        return false;
    return m_component->command(name, args);
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
    forEachLink([&](Link *link, NodeId node) {
        if (node == target)
            link->setDown(reason);
    });
}

void LocalNode::setLinkLiveness(int pingIntervalMs, int pongTimeoutMs)
{
    m_pingIntervalMs = pingIntervalMs;
    m_pongTimeoutMs = pongTimeoutMs;
    forEachLink([=](Link *link, NodeId) { link->setLiveness(pingIntervalMs, pongTimeoutMs); });
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
    m_addressLinks->retire(target);
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

void LocalNode::streamToTargets(const QStringList &items, const QString &channel, StreamDone done)
{
    const NodeSpec *spec = m_circuit->node(m_id);
    const QList<NodeId> targets = spec ? m_circuit->targets(m_id) : QList<NodeId>();
    if (targets.isEmpty() || !m_started) {
        NodeContext::StreamResult result;
        result.ok = targets.isEmpty();
        if (!result.ok)
            result.error = tr("%1 is not running").arg(nodeName());
        done(result);
        return;
    }
    // The clock and the queue seed's components log their own lines; others log like the
    // seed's stream().
    const bool verbose = m_reportLog && spec->kind != NodeKind::Clock
        && spec->kind != NodeKind::Keyboard && spec->kind != NodeKind::Queue
        && spec->kind != NodeKind::Worker;
    Fanout::Log logLine;
    if (verbose)
        logLine = [this](const QString &text) {
            log(text);
        };
    const auto fanout = Fanout::create(items, int(targets.size()), std::move(done), logLine);
    for (int i = 0; i < targets.size(); ++i) {
        const NodeId target = targets.at(i);
        QString error;
        Link *link = linkFor(target, channel, &error);
        if (!link) {
            fanout->fail(i, error);
            continue;
        }
        if (verbose) {
            const NodeSpec *to = m_circuit->node(target);
            log(QStringLiteral("starting to stream message to ")
                + (to ? to->name : QString::number(target)));
        }
        fanout->start(i, link);
    }
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
    prepareLink(link, target);
    m_links.insert(key, link);
    return link;
}

void LocalNode::prepareLink(Link *link, NodeId target)
{
    m_traffic->watch(link, target);
    connect(link, &Link::stateChanged, this, &LocalNode::updateState);
    link->setLiveness(m_pingIntervalMs, m_pongTimeoutMs);
    if (const auto down = m_down.constFind(target); target != 0 && down != m_down.cend())
        link->setDown(*down);
}

void LocalNode::forEachLink(const std::function<void(Link *, NodeId)> &f) const
{
    for (auto it = m_links.cbegin(); it != m_links.cend(); ++it)
        f(it.value(), it.key().first);
    m_addressLinks->forEach(f);
}

void LocalNode::sendTo(const QString &address, const QString &channel, const QString &text,
    const SendOptions &options, SendDone done)
{
    m_addressLinks->send(address, channel, text, options, std::move(done));
}

QString LocalNode::selfAddress() const
{
    return m_started ? m_addressLinks->selfAddress(listeningPort()) : QString();
}

QStringList LocalNode::contacts() const
{
    return m_addressLinks->contacts(selfAddress());
}

int LocalNode::transitMs() const
{
    return m_gate->pace() == DeliveryController::Pace::Teaching ? m_gate->transitMs() : 0;
}

WireId LocalNode::wireTo(NodeId target) const
{
    return m_circuit->wireBetween(m_id, target);
}

quint64 LocalNode::runSeed() const
{
    return m_gate->seed();
}

QString LocalNode::targetAddress(const QString &name) const
{
    for (NodeId target : m_circuit->targets(m_id)) {
        const NodeSpec *spec = m_circuit->node(target);
        if (!spec || spec->name != name)
            continue;
        if (const auto url = m_resolver(target, QString()))
            return wire::nodeAddress(url->host(), quint16(url->port()));
    }
    return {};
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
            m_traffic->passage(
                TrafficEvent::Type::Received, passage, peer, passage.text, repeat || i > 0);
            const auto ack = [this, alive, passage, peer, key, fromLedger, reply, answered](
                                 const QString &text) {
                if (!alive || *answered)
                    return;
                *answered = true;
                answer(passage, peer, fromLedger ? key : QString(), text, reply);
            };
            // A protocol error: no ack, the connection goes (its sender's ledger with it).
            const auto refuse = [this, alive, key, answered](const QString &reason) {
                if (!alive || *answered)
                    return;
                *answered = true;
                if (m_endpoint)
                    m_endpoint->refuse(key, reason);
            };
            // Who sent it, for a component that shows it (the console): the circuit's node at
            // the wire's start, else the connection's far end.
            const NodeSpec *from = passage.from ? m_circuit->node(passage.from) : nullptr;
            const QString before = std::exchange(m_currentSender, from ? from->name : peer);
            m_component->loop(passage.channel, passage.text, Component::Reply(ack, refuse));
            if (alive)
                m_currentSender = before;
        }
    };
    m_gate->submit(passage, unlessHung(std::move(deliver)));
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
            m_traffic->passage(TrafficEvent::Type::AckSent, passage, peer, passage.text);
        reply(passage.text, copies);
    };
    m_gate->submit(passage, unlessHung(std::move(deliver)));
}

void LocalNode::setReporting(bool log, bool traffic, bool live)
{
    m_reportLog = log;
    m_component->setReporting(log, live);
    if (traffic == m_traffic->isOn())
        return;
    m_traffic->setOn(traffic);
    forEachLink([this](Link *link, NodeId target) { m_traffic->watch(link, target); });
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

} // namespace wb
