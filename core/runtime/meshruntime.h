#pragma once

#include "document/circuit.h"
#include "runtime/deliverycontroller.h"
#include "runtime/faultscheduler.h"
#include "runtime/liveness/peerhealth.h"
#include "runtime/localnode.h"

#include <QHash>
#include <QObject>
#include <QSet>

namespace wb {

class MeshLiveness;

// Runs the local nodes of a circuit in this process's event loop and follows the document:
// an edited parameter reaches the running component, a changed port restarts the node, a
// removed node stops. Views connect to its signals; it never blocks. With peer watching on,
// it watches every external node with ping/pong and reports its health; messages to a node
// that is dead fail at once.
class MeshRuntime final : public QObject
{
    Q_OBJECT
public:
    explicit MeshRuntime(Circuit *circuit, QObject *parent = nullptr);
    ~MeshRuntime() override;

    Circuit *circuit() const { return m_circuit; }
    // The gate every message and ack of this runtime's nodes passes, with its run control
    // (pause, step, pace, speed) and the run's time source.
    DeliveryController *delivery() const { return m_delivery; }
    // Faults injected into a running local node (docs/delivery.md); the circuit's schedule
    // does the same at its times.
    void crash(NodeId id);
    void hang(NodeId id);
    void wake(NodeId id);
    void restart(NodeId id);
    NodeFault fault(NodeId id) const;
    // Asks a running local node's component to do something a person asked for (a ring
    // member says a text: "say" {"text": ...}). False when the node does not run or its
    // component does not know the command.
    // A keyboard told "end" holds clocksDone() back until it has finished.
    bool command(NodeId id, const QString &name, const QVariantMap &args);
    // A local node's named counts (Component::counts()); empty when it does not run.
    QList<QPair<QString, qint64>> counts(NodeId id) const;
    // Any local node has work in hand (lines waiting in a keyboard, items in a queue, a
    // worker serving): a run that should end waits for this to turn false.
    bool isBusy() const { return !m_busy.isEmpty(); }

    // The seed of the next runs when the circuit has none (wirebench-node --seed). Without
    // either, every run draws a seed of its own; delivery()->seed() says which.
    void setSeed(std::optional<quint64> seed);
    // The host others reach this process's nodes at (wirebench-node --advertise), when not
    // their listen host: what a ring member calls its address. Applies from a node's next start.
    void setAdvertisedHost(const QString &host);

    void startAll();
    void stopAll();
    void start(NodeId id);
    void stop(NodeId id);

    bool isRunning() const; // any node started
    NodeState state(NodeId id) const;
    QString errorString(NodeId id) const;
    LocalNode *node(NodeId id) const { return m_nodes.value(id); }
    int connectionCount() const;
    // The port a node really listens on (differs from the document for port 0).
    quint16 listeningPort(NodeId id) const;
    // Every finite clock that was started (and not stopped since), and every keyboard told
    // "end", has finished.
    bool clocksDone() const;

    // Liveness: ping interval and pong timeout of every connection (links and watches), and
    // the watches' reconnection backoff.
    void setLiveness(const LivenessSettings &settings);
    const LivenessSettings &liveness() const;
    // When external nodes get a watch connection of their own (docs/protocol.md, "Liveness"):
    // never (links still ping while they carry messages), while any node runs, or always (a
    // mesh view, discovery in the workbench).
    enum class PeerWatching { Off, WhileRunning, Always };
    void setPeerWatching(PeerWatching mode);
    PeerWatching peerWatching() const { return m_peerWatching; }
    // Health and last round trip of an external node (unknown when it is not watched).
    PeerStatus peerStatus(NodeId id) const;
    // A sign of life from elsewhere (the registry saw the node again): try it now.
    void retryPeer(NodeId id);

Q_SIGNALS:
    void runningChanged(bool running);
    void nodeStateChanged(wb::NodeId id, wb::NodeState state);
    void nodeFaultChanged(wb::NodeId id, wb::NodeFault fault);
    void logLine(wb::NodeId id, const QString &name, const QString &text, qint64 timeNs);
    void traffic(const wb::TrafficEvent &event);
    void liveState(wb::NodeId id, const QVariantMap &state);
    // A finite clock, or a keyboard after "end", has finished.
    void clockFinished(wb::NodeId id, bool ok, int failures);
    void busyChanged(bool busy);
    void peerHealthChanged(wb::NodeId id, wb::PeerHealth health);
    void peerRttMeasured(wb::NodeId id, qint64 rttNs);

protected:
    // Nodes build log lines, traffic events and live states only while someone is connected
    // to logLine(), traffic() or liveState() here (views, the headless printer, tests).
    void connectNotify(const QMetaMethod &signal) override;
    void disconnectNotify(const QMetaMethod &signal) override;

private:
    void updateReporting();
    void syncRules();
    void applyScheduled(const ScheduledFault &fault, bool recover);
    LocalNode *ensureNode(NodeId id);
    void discard(NodeId id);
    std::optional<QUrl> resolve(NodeId target, const QString &channel) const;
    void onNodeChanged(NodeId id, NodeField field);
    void updateRunning();
    void setBusy(NodeId id, bool busy);
    void updateWatching();
    void onPeerHealth(NodeId id, PeerHealth health);
    QString downReason(NodeId id) const;

    Circuit *m_circuit;
    MeshLiveness *m_liveness;
    DeliveryController *m_delivery;
    FaultScheduler *m_scheduler;
    std::optional<quint64> m_seedOverride;
    QString m_advertisedHost;
    PeerWatching m_peerWatching = PeerWatching::Off;
    QHash<NodeId, LocalNode *> m_nodes;
    QHash<NodeId, bool> m_clockDone; // started finite clocks: finished yet?
    QHash<NodeId, quint16> m_ports; // where each local node last listened
    QSet<NodeId> m_busy; // local nodes with work in hand
    bool m_running = false;
    bool m_reportLog = false;
    bool m_reportTraffic = false;
    bool m_reportLive = false;
};

} // namespace wb
