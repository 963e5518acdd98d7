#include "runtime/liveness/meshliveness.h"

#include "document/circuit.h"
#include "net/wireprotocol.h"
#include "runtime/liveness/peerwatch.h"

namespace wb {

MeshLiveness::MeshLiveness(const Circuit *circuit, QObject *parent)
    : QObject(parent), m_circuit(circuit)
{
    qRegisterMetaType<wb::PeerHealth>();
    connect(m_circuit, &Circuit::reset, this, &MeshLiveness::syncAll);
    connect(m_circuit, &Circuit::nodeAdded, this, &MeshLiveness::syncNode);
    connect(m_circuit, &Circuit::nodeAboutToBeRemoved, this, &MeshLiveness::unwatch);
    connect(m_circuit, &Circuit::nodeChanged, this, [this](NodeId id, NodeField field) {
        if (field == NodeField::Host || field == NodeField::Port)
            syncNode(id);
    });
}

void MeshLiveness::setSettings(const LivenessSettings &settings)
{
    m_settings = settings;
    for (PeerWatch *watch : std::as_const(m_watches))
        watch->setSettings(settings);
}

void MeshLiveness::setEnabled(bool enabled)
{
    if (enabled == m_enabled)
        return;
    m_enabled = enabled;
    syncAll();
}

PeerStatus MeshLiveness::status(NodeId id) const
{
    const PeerWatch *watch = m_watches.value(id);
    return watch ? watch->status() : PeerStatus();
}

void MeshLiveness::retryNow(NodeId id)
{
    if (PeerWatch *watch = m_watches.value(id))
        watch->retryNow();
}

void MeshLiveness::syncAll()
{
    const QList<NodeId> watched = m_watches.keys();
    for (NodeId id : watched) {
        if (!m_circuit->contains(id))
            unwatch(id);
    }
    const QList<NodeId> ids = m_circuit->nodeIds();
    for (NodeId id : ids)
        syncNode(id);
}

void MeshLiveness::syncNode(NodeId id)
{
    const NodeSpec *spec = m_circuit->node(id);
    if (!m_enabled || !spec || spec->kind != NodeKind::External || spec->port == 0) {
        unwatch(id);
        return;
    }
    const QUrl url = wire::nodeUrl(wire::connectHost(spec->host), spec->port, PeerWatch::channel());
    if (PeerWatch *watch = m_watches.value(id)) {
        watch->setUrl(url); // restarts only when the address really changed
        return;
    }
    auto *watch = new PeerWatch(url, m_settings, this);
    connect(watch, &PeerWatch::healthChanged, this,
        [this, id](PeerHealth health) { Q_EMIT healthChanged(id, health); });
    connect(watch, &PeerWatch::rttMeasured, this,
        [this, id](qint64 rttNs) { Q_EMIT rttMeasured(id, rttNs); });
    m_watches.insert(id, watch);
    watch->start();
}

void MeshLiveness::unwatch(NodeId id)
{
    PeerWatch *watch = m_watches.take(id);
    if (!watch)
        return;
    const bool wasKnown = watch->health() != PeerHealth::Unknown;
    watch->disconnect(this);
    // We may be inside one of its signals (a view that stops watching as a node turns alive).
    watch->stop(); // closes its connection with a close frame
    watch->deleteLater();
    if (wasKnown)
        Q_EMIT healthChanged(id, PeerHealth::Unknown);
}

} // namespace wb
