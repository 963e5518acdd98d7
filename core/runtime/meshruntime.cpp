#include "runtime/meshruntime.h"

#include "document/circuit.h"
#include "net/wireprotocol.h"
#include "runtime/liveness/meshliveness.h"

#include <QMetaMethod>
#include <QRandomGenerator>
#include <utility>

namespace wb {

MeshRuntime::MeshRuntime(Circuit *circuit, QObject *parent)
    : QObject(parent)
    , m_circuit(circuit)
    , m_liveness(new MeshLiveness(circuit, this))
    , m_delivery(new DeliveryController(this))
    , m_scheduler(new FaultScheduler(
          m_delivery->timeSource(),
          [this](const ScheduledFault &fault, bool recover) { applyScheduled(fault, recover); },
          this))
{
    connect(m_delivery, &DeliveryController::traffic, this, &MeshRuntime::traffic);
    qRegisterMetaType<wb::TrafficEvent>();
    qRegisterMetaType<wb::NodeState>();
    connect(m_circuit, &Circuit::reset, this, [this] {
        const auto ids = m_nodes.keys();
        for (NodeId id : ids)
            discard(id);
    });
    connect(m_circuit, &Circuit::nodeAboutToBeRemoved, this, &MeshRuntime::discard);
    connect(m_circuit, &Circuit::nodeChanged, this, &MeshRuntime::onNodeChanged);
    connect(m_circuit, &Circuit::wireRemoved, this, [this](WireId id, NodeId from, NodeId to) {
        if (LocalNode *node = m_nodes.value(from))
            node->dropLinksTo(to);
        m_delivery->setRules(id, {});
    });
    // A wire's rules edited during a run act from its next message on.
    connect(m_circuit, &Circuit::wireChanged, this, [this](WireId id) {
        const Wire *wire = m_circuit->wire(id);
        if (!wire)
            return;
        m_delivery->setRules(id, wire->faults);
        if (LocalNode *node = m_nodes.value(wire->from))
            node->applyWireSettings(*wire);
    });
    connect(m_circuit, &Circuit::wireAdded, this, [this](WireId id) {
        const Wire *wire = m_circuit->wire(id);
        if (!wire)
            return;
        m_delivery->setRules(id, wire->faults);
        if (LocalNode *node = m_nodes.value(wire->from))
            node->targetsChanged();
    });
    connect(m_liveness, &MeshLiveness::healthChanged, this, &MeshRuntime::onPeerHealth);
    connect(m_liveness, &MeshLiveness::rttMeasured, this, &MeshRuntime::peerRttMeasured);
}

MeshRuntime::~MeshRuntime()
{
    // Nodes are children, but stop them first so their peers get close frames, and delete
    // them before the gate their links and timers use.
    for (LocalNode *node : std::as_const(m_nodes))
        node->stop();
    qDeleteAll(m_nodes);
    m_nodes.clear();
}

void MeshRuntime::startAll()
{
    // Servers first, so that the clocks' first ticks (and a keyboard's first line) find them
    // listening.
    const QList<NodeId> ids = m_circuit->nodeIds();
    for (NodeId id : ids) {
        const NodeSpec *spec = m_circuit->node(id);
        if (kinds::isLocal(spec->kind) && kinds::hasServer(spec->kind))
            start(id);
    }
    for (NodeId id : ids) {
        const NodeKind kind = m_circuit->node(id)->kind;
        if (kind == NodeKind::Clock || kind == NodeKind::Keyboard)
            start(id);
    }
}

void MeshRuntime::stopAll()
{
    for (LocalNode *node : std::as_const(m_nodes))
        node->stop();
    // A stopped clock will never finish: it no longer holds clocksDone() back.
    m_clockDone.clear();
    updateRunning();
}

void MeshRuntime::start(NodeId id)
{
    if (LocalNode *node = ensureNode(id)) {
        if (m_circuit->node(id)->kind == NodeKind::Clock
            && m_circuit->node(id)->params.value(QStringLiteral("tacks")).toLongLong() >= 0) {
            m_clockDone.insert(id, false);
        }
        // A keyboard holds clocksDone() back only once it is told "end" (command()).
        if (m_circuit->node(id)->kind == NodeKind::Keyboard)
            m_clockDone.remove(id);
        node->start();
    }
    updateRunning();
}

void MeshRuntime::stop(NodeId id)
{
    if (LocalNode *node = m_nodes.value(id))
        node->stop();
    m_clockDone.remove(id);
    updateRunning();
}

bool MeshRuntime::isRunning() const
{
    return m_running;
}

NodeState MeshRuntime::state(NodeId id) const
{
    const LocalNode *node = m_nodes.value(id);
    return node ? node->state() : NodeState::Stopped;
}

QString MeshRuntime::errorString(NodeId id) const
{
    const LocalNode *node = m_nodes.value(id);
    return node ? node->errorString() : QString();
}

int MeshRuntime::connectionCount() const
{
    int count = 0;
    for (const LocalNode *node : m_nodes)
        count += node->connectionCount();
    return count;
}

quint16 MeshRuntime::listeningPort(NodeId id) const
{
    const LocalNode *node = m_nodes.value(id);
    return node ? node->listeningPort() : 0;
}

bool MeshRuntime::clocksDone() const
{
    for (bool done : m_clockDone) {
        if (!done)
            return false;
    }
    return true;
}

void MeshRuntime::setLiveness(const LivenessSettings &settings)
{
    m_liveness->setSettings(settings);
    for (LocalNode *node : std::as_const(m_nodes))
        node->setLinkLiveness(settings.pingIntervalMs, settings.pongTimeoutMs);
}

const LivenessSettings &MeshRuntime::liveness() const
{
    return m_liveness->settings();
}

void MeshRuntime::setPeerWatching(PeerWatching mode)
{
    m_peerWatching = mode;
    updateWatching();
}

PeerStatus MeshRuntime::peerStatus(NodeId id) const
{
    return m_liveness->status(id);
}

void MeshRuntime::retryPeer(NodeId id)
{
    m_liveness->retryNow(id);
}

void MeshRuntime::updateWatching()
{
    m_liveness->setEnabled(m_peerWatching == PeerWatching::Always
        || (m_peerWatching == PeerWatching::WhileRunning && m_running));
}

QString MeshRuntime::downReason(NodeId id) const
{
    const PeerStatus status = m_liveness->status(id);
    if (status.health != PeerHealth::Dead && status.health != PeerHealth::Reconnecting)
        return {};
    return status.error.isEmpty() ? tr("the node is down")
                                  : tr("the node is down (%1)").arg(status.error);
}

void MeshRuntime::onPeerHealth(NodeId id, PeerHealth health)
{
    // Dead, a message would wait for a connection that does not come: it fails at once
    // instead, counted like any failure, until the watch reaches the node again.
    const QString down = downReason(id);
    for (LocalNode *node : std::as_const(m_nodes))
        node->setTargetDown(id, down);
    Q_EMIT peerHealthChanged(id, health);
}

void MeshRuntime::connectNotify(const QMetaMethod &signal)
{
    if (signal == QMetaMethod::fromSignal(&MeshRuntime::logLine)
        || signal == QMetaMethod::fromSignal(&MeshRuntime::traffic)
        || signal == QMetaMethod::fromSignal(&MeshRuntime::liveState)) {
        updateReporting();
    }
}

void MeshRuntime::disconnectNotify(const QMetaMethod &)
{
    // Qt may call this with its connection lock held, where isSignalConnected() must not be
    // asked: look again from the event loop (reporting a little longer is harmless).
    QMetaObject::invokeMethod(this, &MeshRuntime::updateReporting, Qt::QueuedConnection);
}

void MeshRuntime::updateReporting()
{
    m_reportLog = isSignalConnected(QMetaMethod::fromSignal(&MeshRuntime::logLine));
    m_reportTraffic = isSignalConnected(QMetaMethod::fromSignal(&MeshRuntime::traffic));
    m_delivery->setReporting(m_reportTraffic);
    m_reportLive = isSignalConnected(QMetaMethod::fromSignal(&MeshRuntime::liveState));
    for (LocalNode *node : std::as_const(m_nodes))
        node->setReporting(m_reportLog, m_reportTraffic, m_reportLive);
}

LocalNode *MeshRuntime::ensureNode(NodeId id)
{
    if (LocalNode *node = m_nodes.value(id))
        return node;
    const NodeSpec *spec = m_circuit->node(id);
    if (!spec || !kinds::isLocal(spec->kind))
        return nullptr;
    auto *node = new LocalNode(
        m_circuit, id, m_delivery,
        [this](NodeId target, const QString &channel) { return resolve(target, channel); },
        [this](NodeId nodeId, const QString &text, qint64 t) {
            const NodeSpec *s = m_circuit->node(nodeId);
            Q_EMIT logLine(nodeId, s ? s->name : QString(), text, t);
        },
        this);
    connect(node, &LocalNode::stateChanged, this, [this, node](NodeId nodeId, NodeState state) {
        // A node on port 0 (auto) that starts again, after a crash or a restart, listens on
        // another port: links to the old one would knock on a closed door for ever.
        if (const quint16 port = node->listeningPort(); port != 0) {
            const quint16 before = std::exchange(m_ports[nodeId], port);
            if (before != 0 && before != port) {
                for (LocalNode *other : std::as_const(m_nodes))
                    other->dropLinksTo(nodeId);
            }
        }
        Q_EMIT nodeStateChanged(nodeId, state);
        updateRunning();
    });
    connect(node, &LocalNode::traffic, this, &MeshRuntime::traffic);
    connect(node, &LocalNode::faultChanged, this, [this](NodeId nodeId, NodeFault fault) {
        Q_EMIT nodeFaultChanged(nodeId, fault);
        updateRunning();
    });
    connect(node, &LocalNode::liveState, this, &MeshRuntime::liveState);
    connect(node, &LocalNode::busyChanged, this, &MeshRuntime::setBusy);
    connect(node, &LocalNode::finished, this, [this](NodeId nodeId, bool ok, int failures) {
        m_clockDone.insert(nodeId, true);
        Q_EMIT clockFinished(nodeId, ok, failures);
    });
    node->setReporting(m_reportLog, m_reportTraffic, m_reportLive);
    node->setAdvertisedHost(m_advertisedHost);
    node->setLinkLiveness(liveness().pingIntervalMs, liveness().pongTimeoutMs);
    for (NodeId peer : m_circuit->nodeIds()) {
        if (const QString down = downReason(peer); !down.isEmpty())
            node->setTargetDown(peer, down);
    }
    m_nodes.insert(id, node);
    return node;
}

void MeshRuntime::discard(NodeId id)
{
    // Links of other nodes to this one go too.
    for (LocalNode *other : std::as_const(m_nodes))
        other->dropLinksTo(id);
    m_clockDone.remove(id);
    m_ports.remove(id);
    if (LocalNode *node = m_nodes.take(id)) {
        node->stop();
        node->deleteLater();
    }
    setBusy(id, false);
    updateRunning();
}

std::optional<QUrl> MeshRuntime::resolve(NodeId target, const QString &channel) const
{
    const NodeSpec *spec = m_circuit->node(target);
    if (!spec || !kinds::acceptsInput(spec->kind))
        return std::nullopt;
    quint16 port = spec->port;
    if (const LocalNode *node = m_nodes.value(target); node && node->listeningPort() != 0)
        port = node->listeningPort();
    if (port == 0)
        return std::nullopt;
    return wire::nodeUrl(wire::connectHost(spec->host), port, channel);
}

void MeshRuntime::onNodeChanged(NodeId id, NodeField field)
{
    switch (field) {
    case NodeField::Params:
        if (LocalNode *node = m_nodes.value(id))
            node->reloadParams();
        break;
    case NodeField::Host:
    case NodeField::Port:
        for (LocalNode *other : std::as_const(m_nodes))
            other->dropLinksTo(id);
        // A node that could not bind tries again at its new address.
        if (LocalNode *node = m_nodes.value(id);
            node && (node->isStarted() || node->state() == NodeState::Error)) {
            node->stop();
            node->start();
        }
        break;
    case NodeField::Name:
    case NodeField::Position:
        break;
    }
}

void MeshRuntime::updateRunning()
{
    bool running = false;
    // A crashed node is still part of its run: the schedule or a person may start it again.
    for (const LocalNode *node : std::as_const(m_nodes))
        running = running || node->isStarted() || node->fault() == NodeFault::Crashed;
    if (running == m_running)
        return;
    m_running = running;
    if (running) {
        // A new run draws the same decisions again, from the circuit's seed or a fresh one.
        m_delivery->setSeed(m_circuit->seed().value_or(
            m_seedOverride.value_or(QRandomGenerator::global()->generate64() >> 11)));
        m_delivery->resetSequences();
        syncRules();
        m_scheduler->start(m_circuit->schedule());
    } else {
        // Nothing of a stopped run waits at the gate, and the next run starts unpaused.
        m_delivery->discardAll();
        m_delivery->setPaused(false);
        m_scheduler->stop();
    }
    updateWatching();
    Q_EMIT runningChanged(running);
}

void MeshRuntime::syncRules()
{
    m_delivery->clearRules();
    for (const Wire &wire : m_circuit->wires())
        m_delivery->setRules(wire.id, wire.faults);
}

void MeshRuntime::crash(NodeId id)
{
    if (LocalNode *node = m_nodes.value(id))
        node->crash();
    // A crashed node is not running, but its run goes on: the schedule may bring it back.
}

void MeshRuntime::hang(NodeId id)
{
    if (LocalNode *node = m_nodes.value(id))
        node->hang();
}

void MeshRuntime::wake(NodeId id)
{
    if (LocalNode *node = m_nodes.value(id))
        node->wake();
}

bool MeshRuntime::command(NodeId id, const QString &name, const QVariantMap &args)
{
    LocalNode *node = m_nodes.value(id);
    if (!node)
        return false;
    const NodeSpec *spec = m_circuit->node(id);
    // A keyboard told "end" will finish: until then it holds clocksDone() back (it may
    // finish inside the command, when nothing waits).
    const bool ends = spec && spec->kind == NodeKind::Keyboard && name == QLatin1String("end")
        && !m_clockDone.contains(id);
    if (ends)
        m_clockDone.insert(id, false);
    const bool done = node->command(name, args);
    if (ends && !done)
        m_clockDone.remove(id);
    return done;
}

QList<QPair<QString, qint64>> MeshRuntime::counts(NodeId id) const
{
    const LocalNode *node = m_nodes.value(id);
    return node && node->isStarted() ? node->counts() : QList<QPair<QString, qint64>>();
}

void MeshRuntime::setBusy(NodeId id, bool busy)
{
    const bool before = isBusy();
    if (busy)
        m_busy.insert(id);
    else
        m_busy.remove(id);
    if (isBusy() != before)
        Q_EMIT busyChanged(isBusy());
}

void MeshRuntime::restart(NodeId id)
{
    if (LocalNode *node = m_nodes.value(id)) {
        node->crash();
        node->start();
    }
}

NodeFault MeshRuntime::fault(NodeId id) const
{
    const LocalNode *node = m_nodes.value(id);
    return node ? node->fault() : NodeFault::None;
}

void MeshRuntime::applyScheduled(const ScheduledFault &fault, bool recover)
{
    LocalNode *node = m_nodes.value(fault.node);
    if (!node)
        return;
    switch (fault.action) {
    case ScheduledFault::Action::Crash:
        if (recover)
            node->start();
        else
            node->crash();
        break;
    case ScheduledFault::Action::Hang:
        if (recover)
            node->wake();
        else
            node->hang();
        break;
    case ScheduledFault::Action::Restart:
        restart(fault.node);
        break;
    }
}

void MeshRuntime::setSeed(std::optional<quint64> seed)
{
    m_seedOverride = seed;
}

void MeshRuntime::setAdvertisedHost(const QString &host)
{
    m_advertisedHost = host;
    for (LocalNode *node : std::as_const(m_nodes))
        node->setAdvertisedHost(host);
}

} // namespace wb
