#pragma once

#include "cli/nodecommand.h"
#include "runtime/liveness/peerhealth.h"

#include <QHash>
#include <QObject>
#include <QTimer>
#include <cstdio>

namespace wb {

class Circuit;
class MeshDiscovery;
class MeshRuntime;
class RegistryClient;

// `wirebench-node mesh`: the headless user's view of the mesh. It reads the mesh from the
// registry (--registry) or a circuit file (--mesh, the seed circuit by default), watches every
// node that serves with ping/pong, and prints a table of name, kind, host:port and state once
// every node has answered or failed its first attempt. With --watch it goes on and prints one
// line per change (added, moved, removed, alive, suspect, dead, reconnecting) until SIGINT or
// SIGTERM.
class MeshMonitor final : public QObject
{
    Q_OBJECT
public:
    MeshMonitor(const NodeCommand &command, FILE *out, FILE *err, QObject *parent = nullptr);

    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void checkSettled();
    void printTable();
    void printChange(const QString &name, const QString &what);
    bool isNews(NodeId id, PeerHealth health);
    QString stateText(NodeId id) const;
    QString addressText(NodeId id) const;
    QString kindText(NodeId id) const;
    void finish(int exitCode);
    bool reporting() const { return m_printed && m_command.watch && !m_finishing; }

    NodeCommand m_command;
    FILE *m_out;
    FILE *m_err;
    Circuit *m_circuit;
    MeshRuntime *m_runtime;
    RegistryClient *m_registry = nullptr;
    MeshDiscovery *m_discovery = nullptr;
    QTimer m_settleLimit;
    QString m_lastError;
    QHash<NodeId, QString> m_lastAddress;
    QHash<NodeId, QString> m_lastState; // the last state line printed per node
    bool m_sourceReady = false; // the file was read, or the registry answered (or failed)
    bool m_printed = false;
    bool m_finishing = false;
};

} // namespace wb
