#pragma once

#include "discovery/registryrecord.h"
#include "runtime/liveness/backoff.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <functional>

namespace wb {

class RegistryClient;

// Keeps one node's record in the registry while the node runs: a lease of `ttl` seconds, the
// record written under it only if nobody holds the name, the lease kept alive every ttl/3.
// A name held by another live node is refused, never overwritten; a record at our own address
// is a previous run of this node that died (we hold its port now) and is taken over. The
// registry unreachable, the lease lost (the registry restarted, a network cut longer than the
// TTL): a message, and the whole registration again after a backoff delay.
class NodeRegistration final : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Registering, Registered, Unreachable, Refused };

    NodeRegistration(RegistryClient *client, const registry::NodeRecord &record, int ttlSeconds,
        QObject *parent = nullptr);

    const registry::NodeRecord &record() const { return m_record; }
    State state() const { return m_state; }
    // Why it is unreachable or refused; empty otherwise.
    QString message() const { return m_message; }
    void setBackoff(const BackoffPolicy &policy) { m_backoff.setPolicy(policy); }

    void start();
    // Revokes the lease, which deletes the record; `done` once the registry answered or the
    // request timed out. Safe to call in any state.
    void stop(std::function<void()> done = {});

Q_SIGNALS:
    void stateChanged(wb::NodeRegistration::State state, const QString &message);

private:
    void registerNow();
    void write(qint64 expectedModRevision);
    void keepAlive();
    void retryLater(State state, const QString &message);
    void setState(State state, const QString &message = {});

    RegistryClient *m_client;
    registry::NodeRecord m_record;
    int m_ttlSeconds;
    qint64 m_lease = 0;
    QTimer m_keepAlive;
    QTimer m_retry;
    QElapsedTimer m_sinceAlive; // since the lease was last confirmed
    Backoff m_backoff;
    State m_state = State::Idle;
    QString m_message;
    quint64 m_generation = 0; // answers to requests of an earlier attempt are ignored
};

} // namespace wb

Q_DECLARE_METATYPE(wb::NodeRegistration::State)
