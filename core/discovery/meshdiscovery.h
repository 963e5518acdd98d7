#pragma once

#include "discovery/registryrecord.h"
#include "document/nodespec.h"
#include "runtime/liveness/backoff.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace wb {

class Circuit;
class RegistryClient;
class RegistryWatch;

// Makes the registry's nodes part of a circuit: it reads every record under the prefix, then
// follows the changes with a watch. A record that names no node of the circuit becomes an
// external node marked `discovered` (no position: views lay it out); its record changing moves
// it, its record going (clean exit, lease run out) removes it. An external node of the circuit
// itself (from a file, or a --target placeholder) follows the record of its name but is never
// removed. A local node never gives way: a record with its name is reported as a conflict.
// The registry unreachable or the watch broken: the nodes stay as they are and the whole
// prefix is read again after a backoff delay.
class MeshDiscovery final : public QObject
{
    Q_OBJECT
public:
    MeshDiscovery(RegistryClient *client, Circuit *circuit, QObject *parent = nullptr);
    ~MeshDiscovery() override;

    // false: only follow the external nodes already in the circuit, add none.
    void setAddingNodes(bool on) { m_addNodes = on; }
    void setBackoff(const BackoffPolicy &policy) { m_backoff.setPolicy(policy); }

    void start();
    // Ends the watch and removes every discovered node from the circuit.
    void stop();
    bool isRunning() const { return m_running; }
    // The prefix has been read at least once since start().
    bool isSynced() const { return m_synced; }
    QString lastError() const { return m_error; }
    // The records as the registry holds them now, by name.
    QHash<QString, registry::NodeRecord> records() const { return m_records; }

Q_SIGNALS:
    // The prefix was read (again) and the circuit follows it.
    void synced();
    void unreachable(const QString &error, int retryInMs);
    // A record could not become a node (its name is a local node's, or it is malformed).
    void conflict(const QString &name, const QString &reason);
    // A record reported as a conflict is gone, or has become a node: the conflict is over.
    void conflictResolved(const QString &name);
    // A record of this node was written: the node (re)started or moved. A watch that judged it
    // dead can try it now.
    void nodeAnnounced(wb::NodeId id);

private:
    void sync();
    void onRange(qint64 revision, const QHash<QString, registry::NodeRecord> &records);
    void watchFrom(qint64 revision);
    void onPut(const QString &key, const QByteArray &value);
    void onRemoved(const QString &key);
    void apply(const registry::NodeRecord &record, bool announce);
    void forget(const QString &name);
    void resolveConflict(const QString &name);
    void fail(const QString &error);
    void reapply();

    RegistryClient *m_client;
    Circuit *m_circuit;
    QPointer<RegistryWatch> m_watch;
    QHash<QString, registry::NodeRecord> m_records;
    QSet<QString> m_conflicts; // names reported once, until their record changes
    QTimer m_retry;
    Backoff m_backoff;
    QString m_error;
    quint64 m_generation = 0;
    bool m_running = false;
    bool m_synced = false;
    bool m_addNodes = true;
};

} // namespace wb
