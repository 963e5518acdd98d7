#pragma once

#include "circuit.h"
#include "localnode.h"

#include <QHash>
#include <QObject>

namespace wb {

// Runs the local nodes of a circuit in this process's event loop and follows the document:
// an edited parameter reaches the running component, a changed port restarts the node, a
// removed node stops. Views connect to its signals; it never blocks.
class MeshRuntime final : public QObject
{
    Q_OBJECT
public:
    explicit MeshRuntime(Circuit *circuit, QObject *parent = nullptr);
    ~MeshRuntime() override;

    Circuit *circuit() const { return m_circuit; }

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
    // Every finite clock that was started (and not stopped since) has finished.
    bool clocksDone() const;

Q_SIGNALS:
    void runningChanged(bool running);
    void nodeStateChanged(wb::NodeId id, wb::NodeState state);
    void logLine(wb::NodeId id, const QString &name, const QString &text, qint64 timeNs);
    void traffic(const wb::TrafficEvent &event);
    void liveState(wb::NodeId id, const QVariantMap &state);
    void clockFinished(wb::NodeId id, bool ok, int failures);

protected:
    // Nodes build log lines, traffic events and live states only while someone is connected
    // to logLine(), traffic() or liveState() here (views, the headless printer, tests).
    void connectNotify(const QMetaMethod &signal) override;
    void disconnectNotify(const QMetaMethod &signal) override;

private:
    void updateReporting();
    LocalNode *ensureNode(NodeId id);
    void discard(NodeId id);
    std::optional<QUrl> resolve(NodeId target, const QString &channel) const;
    void onNodeChanged(NodeId id, NodeField field);
    void updateRunning();

    Circuit *m_circuit;
    QHash<NodeId, LocalNode *> m_nodes;
    QHash<NodeId, bool> m_clockDone; // started finite clocks: finished yet?
    bool m_running = false;
    bool m_reportLog = false;
    bool m_reportTraffic = false;
    bool m_reportLive = false;
};

} // namespace wb
