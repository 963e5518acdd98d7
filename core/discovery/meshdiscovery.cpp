#include "discovery/meshdiscovery.h"

#include "discovery/registryclient.h"
#include "document/circuit.h"

namespace wb {

MeshDiscovery::MeshDiscovery(RegistryClient *client, Circuit *circuit, QObject *parent)
    : QObject(parent), m_client(client), m_circuit(circuit)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &MeshDiscovery::sync);
    // A new document (open, new) loses the discovered nodes: they come back from what we know.
    connect(m_circuit, &Circuit::reset, this, &MeshDiscovery::reapply);
}

MeshDiscovery::~MeshDiscovery()
{
    delete m_watch;
}

void MeshDiscovery::start()
{
    if (m_running)
        return;
    m_running = true;
    m_backoff.reset();
    sync();
}

void MeshDiscovery::stop()
{
    m_running = false;
    m_synced = false;
    ++m_generation;
    m_retry.stop();
    delete m_watch;
    const QList<QString> names = m_records.keys();
    for (const QString &name : names)
        forget(name);
    m_conflicts.clear();
}

void MeshDiscovery::sync()
{
    if (!m_running)
        return;
    delete m_watch;
    const quint64 generation = ++m_generation;
    m_client->range(
        this, registry::keyPrefix(), [this, generation](const RegistryClient::RangeResult &range) {
            if (generation != m_generation)
                return;
            if (!range.error.isEmpty()) {
                fail(range.error);
                return;
            }
            QHash<QString, registry::NodeRecord> records;
            QSet<QString> present;
            for (const RegistryClient::KeyValue &kv : range.values) {
                const QString name = registry::nameFromKey(kv.key);
                present.insert(name);
                QString why;
                const auto record = registry::fromJson(kv.value, &why);
                if (!record || record->name != name) {
                    if (!m_conflicts.contains(name)) {
                        m_conflicts.insert(name);
                        Q_EMIT conflict(
                            name, record ? tr("the record names \"%1\"").arg(record->name) : why);
                    }
                    continue;
                }
                records.insert(name, *record);
            }
            // Records that went while we were not watching take their conflicts with them.
            const QSet<QString> conflicts = m_conflicts;
            for (const QString &name : conflicts) {
                if (!present.contains(name))
                    resolveConflict(name);
            }
            onRange(range.revision, records);
        });
}

void MeshDiscovery::onRange(qint64 revision, const QHash<QString, registry::NodeRecord> &records)
{
    const QList<QString> known = m_records.keys();
    for (const QString &name : known) {
        if (!records.contains(name))
            forget(name);
    }
    for (auto it = records.cbegin(); it != records.cend(); ++it) {
        const bool changed = m_records.value(it.key()) != it.value();
        m_records.insert(it.key(), it.value());
        apply(it.value(), changed);
    }
    m_error.clear();
    m_synced = true;
    watchFrom(revision + 1);
    Q_EMIT synced();
}

void MeshDiscovery::watchFrom(qint64 revision)
{
    RegistryWatch *watch = m_client->watch(registry::keyPrefix(), revision, this);
    m_watch = watch;
    connect(watch, &RegistryWatch::started, this, [this] { m_backoff.reset(); });
    connect(watch, &RegistryWatch::put, this,
        [this](const RegistryClient::KeyValue &kv) { onPut(kv.key, kv.value); });
    connect(watch, &RegistryWatch::removed, this, &MeshDiscovery::onRemoved);
    connect(watch, &RegistryWatch::ended, this, [this, watch](const QString &error) {
        watch->deleteLater(); // we are inside its signal
        if (watch == m_watch)
            fail(error);
    });
}

void MeshDiscovery::onPut(const QString &key, const QByteArray &value)
{
    const QString name = registry::nameFromKey(key);
    QString why;
    const auto record = registry::fromJson(value, &why);
    if (!record || record->name != name) {
        Q_EMIT conflict(name, record ? tr("the record names \"%1\"").arg(record->name) : why);
        return;
    }
    // Reported again if it still conflicts: its reason may have changed.
    const bool conflicted = m_conflicts.remove(name);
    m_records.insert(name, *record);
    apply(*record, true);
    if (conflicted && !m_conflicts.contains(name))
        Q_EMIT conflictResolved(name);
}

void MeshDiscovery::onRemoved(const QString &key)
{
    const QString name = registry::nameFromKey(key);
    resolveConflict(name);
    forget(name);
}

void MeshDiscovery::apply(const registry::NodeRecord &record, bool announce)
{
    NodeId id = m_circuit->idByName(record.name);
    if (id == 0) {
        if (!m_addNodes)
            return;
        NodeSpec spec;
        spec.name = record.name;
        spec.kind = NodeKind::External;
        spec.host = record.host;
        spec.port = record.port;
        spec.discovered = true;
        spec.remoteKind = record.kind;
        id = m_circuit->addNode(spec);
    } else if (const NodeSpec *spec = m_circuit->node(id); spec->kind == NodeKind::External) {
        m_circuit->setHost(id, record.host);
        m_circuit->setPort(id, record.port);
    } else {
        // Following only (a headless node resolving its targets), a local node's name is most
        // likely our own record: nothing to say.
        if (!m_addNodes)
            return;
        if (!m_conflicts.contains(record.name)) {
            m_conflicts.insert(record.name);
            Q_EMIT conflict(record.name,
                tr("a local node of this circuit has that name; %1 is "
                   "not shown")
                    .arg(registry::describe(record)));
        }
        return;
    }
    if (id == 0)
        return;
    resolveConflict(record.name); // a record that was malformed is a node now
    if (announce)
        Q_EMIT nodeAnnounced(id);
}

void MeshDiscovery::forget(const QString &name)
{
    m_records.remove(name);
    const NodeId id = m_circuit->idByName(name);
    const NodeSpec *spec = m_circuit->node(id);
    if (spec && spec->discovered)
        m_circuit->removeNode(id);
}

void MeshDiscovery::resolveConflict(const QString &name)
{
    if (m_conflicts.remove(name))
        Q_EMIT conflictResolved(name);
}

void MeshDiscovery::fail(const QString &error)
{
    if (!m_running)
        return;
    ++m_generation;
    m_error = error;
    const int delay = m_backoff.next();
    m_retry.start(delay);
    Q_EMIT unreachable(error, delay);
}

void MeshDiscovery::reapply()
{
    for (const registry::NodeRecord &record : std::as_const(m_records))
        apply(record, false);
}

} // namespace wb
