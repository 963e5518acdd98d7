#pragma once

#include "document/nodespec.h"
#include "runtime/liveness/peerhealth.h"

#include <QHash>
#include <QObject>

namespace wb {

class Circuit;
class PeerWatch;

// Watches the external nodes of a circuit while enabled: one PeerWatch per external node that
// has an address, following the document (a node added, moved or removed starts, restarts or
// ends its watch). Local nodes run in this process and need no watch.
class MeshLiveness final : public QObject
{
    Q_OBJECT
public:
    explicit MeshLiveness(const Circuit *circuit, QObject *parent = nullptr);

    void setSettings(const LivenessSettings &settings);
    const LivenessSettings &settings() const { return m_settings; }

    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }

    // Unknown for nodes that are not watched.
    PeerStatus status(NodeId id) const;
    bool isWatched(NodeId id) const { return m_watches.contains(id); }
    // A sign of life from elsewhere (the registry saw the node again): try it now.
    void retryNow(NodeId id);

Q_SIGNALS:
    void healthChanged(wb::NodeId id, wb::PeerHealth health);
    void rttMeasured(wb::NodeId id, qint64 rttNs);

private:
    void syncAll();
    void syncNode(NodeId id);
    void unwatch(NodeId id);

    const Circuit *m_circuit;
    LivenessSettings m_settings;
    QHash<NodeId, PeerWatch *> m_watches;
    bool m_enabled = false;
};

} // namespace wb
