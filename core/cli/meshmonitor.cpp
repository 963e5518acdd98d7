#include "cli/meshmonitor.h"

#include "cli/signalwatcher.h"
#include "discovery/meshdiscovery.h"
#include "discovery/registryclient.h"
#include "document/circuit.h"
#include "runtime/meshruntime.h"

#include <QDateTime>

namespace wb {

namespace {

// A circuit file seen as a mesh: every node that serves is a peer to watch from here.
QList<NodeSpec> asPeers(QList<NodeSpec> nodes)
{
    for (NodeSpec &spec : nodes) {
        if (spec.kind == NodeKind::Clock || spec.kind == NodeKind::External)
            continue;
        spec.remoteKind = kinds::name(spec.kind);
        spec.kind = NodeKind::External;
        spec.params.clear();
    }
    return nodes;
}

} // namespace

MeshMonitor::MeshMonitor(const NodeCommand &command, FILE *out, FILE *err, QObject *parent)
    : QObject(parent)
    , m_command(command)
    , m_out(out)
    , m_err(err)
    , m_circuit(new Circuit(this))
    , m_runtime(new MeshRuntime(m_circuit, this))
{
    m_settleLimit.setSingleShot(true);
    connect(&m_settleLimit, &QTimer::timeout, this, [this] {
        m_sourceReady = true; // a registry that keeps us waiting is reported by then
        checkSettled();
    });
    connect(m_runtime, &MeshRuntime::peerHealthChanged, this, [this](NodeId id, PeerHealth health) {
        if (reporting() && isNews(id, health))
            printChange(m_circuit->node(id)->name, stateText(id));
        checkSettled();
    });
    connect(m_circuit, &Circuit::nodeAdded, this, [this](NodeId id) {
        m_lastAddress.insert(id, addressText(id));
        if (reporting()) {
            printChange(m_circuit->node(id)->name,
                QStringLiteral("added (%1 at %2)").arg(kindText(id), addressText(id)));
        }
    });
    connect(m_circuit, &Circuit::nodeAboutToBeRemoved, this, [this](NodeId id) {
        m_lastAddress.remove(id);
        m_lastState.remove(id);
        if (reporting())
            printChange(m_circuit->node(id)->name, QStringLiteral("removed"));
    });
    connect(m_circuit, &Circuit::nodeChanged, this, [this](NodeId id, NodeField field) {
        // A record rewritten at a new address moves the node: one line, even when both host
        // and port changed.
        if (field != NodeField::Host && field != NodeField::Port)
            return;
        const QString address = addressText(id);
        if (std::exchange(m_lastAddress[id], address) != address && reporting())
            printChange(m_circuit->node(id)->name, QStringLiteral("moved to ") + address);
    });
    auto *signals = new SignalWatcher(this);
    connect(signals, &SignalWatcher::terminationRequested, this,
        [this](int) { finish(exitcode::kOk); });
}

void MeshMonitor::start()
{
    m_runtime->setPeerWatching(MeshRuntime::PeerWatching::Always);
    // Every first attempt ends within the pong timeout; the registry's within its request
    // timeout. Past that, print what we know.
    m_settleLimit.start(m_runtime->liveness().pongTimeoutMs + 1500);
    if (m_command.registry.isEmpty()) {
        m_circuit->setTitle(m_command.circuit.title);
        m_circuit->setContents(asPeers(m_command.circuit.nodes)); // peers only: no wires
        m_sourceReady = true;
        checkSettled();
        return;
    }
    m_registry = new RegistryClient(QUrl(m_command.registry), this);
    m_discovery = new MeshDiscovery(m_registry, m_circuit, this);
    connect(m_discovery, &MeshDiscovery::synced, this, [this] {
        if (!m_lastError.isEmpty() && m_printed) {
            std::fprintf(m_err, "wirebench-node: registry %s reachable again\n",
                qUtf8Printable(m_command.registry));
            std::fflush(m_err);
        }
        m_lastError.clear();
        m_sourceReady = true;
        checkSettled();
    });
    connect(m_discovery, &MeshDiscovery::unreachable, this, [this](const QString &error, int ms) {
        if (!m_command.watch) {
            std::fprintf(m_err, "wirebench-node: %s\n", qUtf8Printable(error));
            finish(exitcode::kRegistry);
            return;
        }
        if (error != m_lastError) {
            std::fprintf(m_err, "wirebench-node: %s; trying again in %.1f s\n",
                qUtf8Printable(error), ms / 1000.0);
            std::fflush(m_err);
        }
        m_lastError = error;
        m_sourceReady = true;
        checkSettled();
    });
    connect(m_discovery, &MeshDiscovery::conflict, this,
        [this](const QString &name, const QString &why) {
            std::fprintf(m_err, "wirebench-node: registry record %s: %s\n", qUtf8Printable(name),
                qUtf8Printable(why));
            std::fflush(m_err);
        });
    connect(m_discovery, &MeshDiscovery::nodeAnnounced, m_runtime, &MeshRuntime::retryPeer);
    m_discovery->start();
}

void MeshMonitor::checkSettled()
{
    if (m_printed || m_finishing || !m_sourceReady)
        return;
    bool settled = true;
    for (NodeId id : m_circuit->nodeIds()) {
        const NodeSpec *spec = m_circuit->node(id);
        if (spec->kind == NodeKind::External && spec->port != 0
            && m_runtime->peerStatus(id).health == PeerHealth::Unknown) {
            settled = false;
        }
    }
    if (!settled && m_settleLimit.isActive())
        return;
    m_settleLimit.stop();
    printTable();
    m_printed = true;
    if (!m_command.watch)
        finish(exitcode::kOk);
}

void MeshMonitor::printTable()
{
    QList<QStringList> rows { { QStringLiteral("NAME"), QStringLiteral("KIND"),
        QStringLiteral("ADDRESS"), QStringLiteral("STATE") } };
    for (NodeId id : m_circuit->nodeIds())
        rows << QStringList { m_circuit->node(id)->name, kindText(id), addressText(id),
            stateText(id) };
    QList<qsizetype> widths(3, 0);
    for (const QStringList &row : std::as_const(rows)) {
        for (int c = 0; c < 3; ++c)
            widths[c] = std::max(widths[c], row.at(c).size());
    }
    for (const QStringList &row : std::as_const(rows)) {
        QString line;
        for (int c = 0; c < 3; ++c)
            line += row.at(c).leftJustified(widths[c] + 2);
        line += row.at(3);
        std::fprintf(m_out, "%s\n", qUtf8Printable(line));
    }
    if (rows.size() == 1)
        std::fprintf(m_out, "(no nodes)\n");
    std::fflush(m_out);
}

void MeshMonitor::printChange(const QString &name, const QString &what)
{
    const QString time = QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss.zzz"));
    std::fprintf(
        m_out, "%s %s %s\n", qUtf8Printable(time), qUtf8Printable(name), qUtf8Printable(what));
    std::fflush(m_out);
}

bool MeshMonitor::isNews(NodeId id, PeerHealth health)
{
    // A peer that stays away is tried again and again (reconnecting, dead, reconnecting, ...):
    // one line when it goes, another only when the reason changes. A watch that ends with its
    // node says "removed" already.
    if (health == PeerHealth::Unknown || health == PeerHealth::Reconnecting)
        return false;
    const QString text = stateText(id);
    const QString last = std::exchange(m_lastState[id], text);
    return health != PeerHealth::Dead || text != last;
}

QString MeshMonitor::stateText(NodeId id) const
{
    const NodeSpec *spec = m_circuit->node(id);
    if (spec->kind != NodeKind::External || spec->port == 0)
        return QStringLiteral("-");
    const PeerStatus status = m_runtime->peerStatus(id);
    QString text = peerHealthName(status.health);
    if (status.health == PeerHealth::Alive && status.rttNs >= 0)
        text += QStringLiteral(" (%1 ms)").arg(status.rttNs / 1e6, 0, 'f', 1);
    if ((status.health == PeerHealth::Dead || status.health == PeerHealth::Reconnecting)
        && !status.error.isEmpty()) {
        text += QStringLiteral(" (%1)").arg(status.error);
    }
    return text;
}

QString MeshMonitor::addressText(NodeId id) const
{
    const NodeSpec *spec = m_circuit->node(id);
    if (!kinds::hasServer(spec->kind) || spec->port == 0)
        return QStringLiteral("-");
    const QString host = spec->host.contains(u':') ? u'[' + spec->host + u']' : spec->host;
    return host + u':' + QString::number(spec->port);
}

QString MeshMonitor::kindText(NodeId id) const
{
    const NodeSpec *spec = m_circuit->node(id);
    return spec->remoteKind.isEmpty() ? kinds::name(spec->kind) : spec->remoteKind;
}

void MeshMonitor::finish(int exitCode)
{
    if (m_finishing)
        return;
    m_finishing = true;
    m_runtime->setPeerWatching(MeshRuntime::PeerWatching::Off); // close frames to every peer
    if (m_discovery)
        m_discovery->stop();
    QTimer::singleShot(100, this, [this, exitCode] { Q_EMIT finished(exitCode); });
}

} // namespace wb
