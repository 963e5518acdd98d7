#pragma once

#include "discovery/noderegistration.h"
#include "document/nodespec.h"
#include "runtime/liveness/backoff.h"

#include <QHash>
#include <QObject>
#include <functional>

namespace wb {

class MeshRuntime;
class RegistryClient;

// Announces the local server nodes of a running MeshRuntime in the registry: one
// NodeRegistration per node while it listens, at the advertised host and the port it really
// listens on. A node that stops is withdrawn; one that moves is registered again.
class MeshRegistrar final : public QObject
{
    Q_OBJECT
public:
    MeshRegistrar(RegistryClient *client, MeshRuntime *runtime, QObject *parent = nullptr);

    // The host others reach our nodes at; empty: each node's listen host (a wildcard listen
    // host advertises this machine's name).
    void setAdvertiseHost(const QString &host) { m_advertise = host; }
    void setTtl(int seconds) { m_ttlSeconds = seconds; }
    void setBackoff(const BackoffPolicy &policy) { m_backoff = policy; }

    // Registers every local server node that listens now, and every one that starts later.
    void start();
    // Withdraws every record (revokes the leases); `done` once the registry answered for all
    // of them (or their requests timed out).
    void stop(std::function<void()> done = {});

    NodeRegistration::State state(NodeId id) const;
    // The host a node listening on `listenHost` is advertised at.
    static QString advertisedHost(const QString &listenHost, const QString &advertise);
    // Only this machine can reach the host (127.0.0.1, ::1, localhost).
    static bool isLoopback(const QString &host);

Q_SIGNALS:
    void registrationChanged(wb::NodeId id, const wb::registry::NodeRecord &record,
        wb::NodeRegistration::State state, const QString &message);

private:
    void follow(NodeId id);
    void withdraw(NodeId id);

    RegistryClient *m_client;
    MeshRuntime *m_runtime;
    QHash<NodeId, NodeRegistration *> m_registrations;
    QString m_advertise;
    int m_ttlSeconds = 5;
    BackoffPolicy m_backoff;
    bool m_running = false;
};

} // namespace wb
