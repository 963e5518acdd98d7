// The registry against a real etcd (started here on 127.0.0.1 with a temporary data dir):
// the JSON gateway's primitives, a node's registration (refused names, taking over our own
// stale record, the registry going away and coming back) and MeshDiscovery filling a circuit.
#include "circuittestkit.h"
#include "discovery/meshdiscovery.h"
#include "discovery/noderegistration.h"
#include "discovery/registryclient.h"
#include "document/circuit.h"
#include "document/circuitformat.h"
#include "etcdkit.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using wb::NodeRegistration;
using wb::RegistryClient;
using wb::registry::NodeRecord;

namespace {

// Runs one asynchronous request to its answer.
template<typename Result, typename Request> std::optional<Result> ask(Request request)
{
    std::optional<Result> result;
    request([&result](const Result &r) { result = r; });
    [[maybe_unused]] const bool answered = wbtest::waitFor([&] { return result.has_value(); });
    return result;
}

NodeRecord record(
    const QString &name, const QString &host, quint16 port, const QString &kind = u"buzzer"_s)
{
    return NodeRecord { name, kind, host, port, u"0.1.0"_s };
}

wb::BackoffPolicy quickBackoff()
{
    return { 100, 200, 1.6, 1000 };
}

} // namespace

class TestRegistry final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<NodeRegistration::State>();
        qRegisterMetaType<RegistryClient::KeyValue>();
        if (wbtest::Etcd::program().isEmpty())
            QSKIP(wbtest::Etcd::missingMessage());
        QVERIFY2(m_etcd.start(), qPrintable(m_etcd.log));
    }

    void init()
    {
        // Every case starts from an empty prefix.
        RegistryClient client(QUrl(m_etcd.url()));
        const auto range = ask<RegistryClient::RangeResult>(
            [&](auto done) { client.range(this, wb::registry::keyPrefix(), done); });
        QVERIFY(range && range->error.isEmpty());
        for (const RegistryClient::KeyValue &kv : range->values) {
            const auto error = ask<QString>([&](auto done) { client.remove(this, kv.key, done); });
            QVERIFY(error && error->isEmpty());
        }
    }

    void recordsRoundTrip_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("good")
            << R"({"name":"b","kind":"buzzer","host":"h","port":1,"version":"1"})"_ba << QString();
        QTest::newRow("no name") << R"({"kind":"buzzer","host":"h","port":1})"_ba
                                 << u"name: missing or not a node name"_s;
        QTest::newRow("bad name") << R"({"name":"a/b","host":"h","port":1})"_ba
                                  << u"name: missing or not a node name"_s;
        QTest::newRow("no host") << R"({"name":"b","port":1})"_ba
                                 << u"host: missing or not a host name"_s;
        QTest::newRow("port 0") << R"({"name":"b","host":"h","port":0})"_ba
                                << u"port: must be from 1 to 65535"_s;
        QTest::newRow("port text")
            << R"({"name":"b","host":"h","port":"80"})"_ba << u"port: must be from 1 to 65535"_s;
        QTest::newRow("not json") << "buzzer"_ba << u"not a JSON object"_s;
    }
    void recordsRoundTrip()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        QString why;
        const auto parsed = wb::registry::fromJson(json, &why);
        QCOMPARE(why, error);
        QCOMPARE(parsed.has_value(), error.isEmpty());
        if (parsed)
            QCOMPARE(wb::registry::fromJson(wb::registry::toJson(*parsed)), parsed);
    }

    void gatewayPrimitives()
    {
        RegistryClient client(QUrl(m_etcd.url()));
        const auto lease = ask<RegistryClient::LeaseResult>(
            [&](auto done) { client.grantLease(this, 5, done); });
        QVERIFY(lease && lease->error.isEmpty());
        QVERIFY(lease->id != 0);
        QCOMPARE(lease->ttl, 5);

        const QString key = wb::registry::keyFor(u"b"_s);
        const auto first = ask<RegistryClient::PutResult>(
            [&](auto done) { client.putIf(this, key, "one", lease->id, 0, done); });
        QVERIFY(first && first->error.isEmpty());
        QVERIFY(first->written);
        // Put-if-absent refuses the second writer and says who holds the key.
        const auto second = ask<RegistryClient::PutResult>(
            [&](auto done) { client.putIf(this, key, "two", 0, 0, done); });
        QVERIFY(second && !second->written);
        QVERIFY(second->holder);
        QCOMPARE(second->holder->value, "one"_ba);
        QCOMPARE(second->holder->lease, lease->id);
        // Writing over exactly the revision we saw succeeds.
        const auto over = ask<RegistryClient::PutResult>([&](auto done) {
            client.putIf(this, key, "three", lease->id, second->holder->modRevision, done);
        });
        QVERIFY(over && over->written);

        // A key just outside the prefix is not part of the range.
        const auto outside = ask<RegistryClient::PutResult>(
            [&](auto done) { client.putIf(this, u"/wirebench/nodesX"_s, "x", 0, 0, done); });
        QVERIFY(outside && outside->written);
        const auto range = ask<RegistryClient::RangeResult>(
            [&](auto done) { client.range(this, wb::registry::keyPrefix(), done); });
        QVERIFY(range && range->error.isEmpty());
        QCOMPARE(range->values.size(), 1);
        QCOMPARE(range->values.first().key, key);
        QCOMPARE(range->values.first().value, "three"_ba);
        QVERIFY(range->revision >= range->values.first().modRevision);

        const auto alive = ask<RegistryClient::LeaseResult>(
            [&](auto done) { client.keepAlive(this, lease->id, done); });
        QVERIFY(alive && alive->error.isEmpty());
        QVERIFY(alive->ttl > 0);
        // Revoking the lease deletes the key; the lease is gone for good.
        const auto revoked
            = ask<QString>([&](auto done) { client.revokeLease(this, lease->id, done); });
        QVERIFY(revoked && revoked->isEmpty());
        const auto after = ask<RegistryClient::RangeResult>(
            [&](auto done) { client.range(this, wb::registry::keyPrefix(), done); });
        QVERIFY(after && after->values.isEmpty());
        const auto gone = ask<RegistryClient::LeaseResult>(
            [&](auto done) { client.keepAlive(this, lease->id, done); });
        QVERIFY(gone && gone->error.isEmpty());
        QCOMPARE(gone->ttl, 0);
        const auto removed
            = ask<QString>([&](auto done) { client.remove(this, u"/wirebench/nodesX"_s, done); });
        QVERIFY(removed && removed->isEmpty());
    }

    void watchStreamsChanges()
    {
        RegistryClient client(QUrl(m_etcd.url()));
        const auto range = ask<RegistryClient::RangeResult>(
            [&](auto done) { client.range(this, wb::registry::keyPrefix(), done); });
        QVERIFY(range);
        std::unique_ptr<wb::RegistryWatch> watch(
            client.watch(wb::registry::keyPrefix(), range->revision + 1, nullptr));
        QSignalSpy started(watch.get(), &wb::RegistryWatch::started);
        QSignalSpy puts(watch.get(), &wb::RegistryWatch::put);
        QSignalSpy removals(watch.get(), &wb::RegistryWatch::removed);
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 5000);
        const QString key = wb::registry::keyFor(u"w"_s);
        QVERIFY(ask<RegistryClient::PutResult>(
            [&](auto done) { client.putIf(this, key, "v", 0, 0, done); }));
        QTRY_COMPARE_WITH_TIMEOUT(puts.count(), 1, 5000);
        const auto kv = puts.first().first().value<RegistryClient::KeyValue>();
        QCOMPARE(kv.key, key);
        QCOMPARE(kv.value, "v"_ba);
        QVERIFY(ask<QString>([&](auto done) { client.remove(this, key, done); }));
        QTRY_COMPARE_WITH_TIMEOUT(removals.count(), 1, 5000);
        QCOMPARE(removals.first().first().toString(), key);
    }

    void unreachableRegistrySaysSo()
    {
        const quint16 port = wbtest::freePort();
        RegistryClient client(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        const auto lease = ask<RegistryClient::LeaseResult>(
            [&](auto done) { client.grantLease(this, 5, done); });
        QVERIFY(lease);
        QCOMPARE(lease->error,
            QStringLiteral("registry http://127.0.0.1:%1: Connection refused").arg(port));
    }

    void takenNameIsRefused()
    {
        RegistryClient client(QUrl(m_etcd.url()));
        NodeRegistration first(&client, record(u"buzzer"_s, u"10.0.0.5"_s, 8766), 5);
        first.start();
        QTRY_COMPARE_WITH_TIMEOUT(first.state(), NodeRegistration::State::Registered, 5000);

        NodeRegistration second(&client, record(u"buzzer"_s, u"10.0.0.7"_s, 9000, u"led"_s), 5);
        second.setBackoff(quickBackoff());
        QSignalSpy states(&second, &NodeRegistration::stateChanged);
        second.start();
        QTRY_COMPARE_WITH_TIMEOUT(second.state(), NodeRegistration::State::Refused, 5000);
        QCOMPARE(second.message(),
            u"the name \"buzzer\" is taken: buzzer at 10.0.0.5:8766 holds it in the registry; "
            "choose another name"_s);
        // Never a silent overwrite: the record is still the first node's, also after retries.
        QTest::qWait(500);
        const auto range = ask<RegistryClient::RangeResult>(
            [&](auto done) { client.range(this, wb::registry::keyPrefix(), done); });
        QVERIFY(range && range->values.size() == 1);
        QCOMPARE(wb::registry::fromJson(range->values.first().value), first.record());
        QVERIFY(second.state() != NodeRegistration::State::Registered); // retrying, refused

        // Once the holder is gone the name is free: the retry gets it.
        first.stop();
        QTRY_COMPARE_WITH_TIMEOUT(second.state(), NodeRegistration::State::Registered, 5000);
    }

    void ownStaleRecordIsTakenOver()
    {
        // A run of this node that was killed: its record lives on under its lease for a while.
        RegistryClient client(QUrl(m_etcd.url()));
        const NodeRecord me = record(u"pin"_s, u"127.0.0.1"_s, 8765, u"iopin"_s);
        const auto stale = ask<RegistryClient::LeaseResult>(
            [&](auto done) { client.grantLease(this, 60, done); });
        QVERIFY(stale && stale->error.isEmpty());
        QVERIFY(ask<RegistryClient::PutResult>([&](auto done) {
            client.putIf(
                this, wb::registry::keyFor(me.name), wb::registry::toJson(me), stale->id, 0, done);
        }));
        NodeRegistration registration(&client, me, 5);
        registration.start();
        QTRY_COMPARE_WITH_TIMEOUT(registration.state(), NodeRegistration::State::Registered, 5000);
        const auto range = ask<RegistryClient::RangeResult>(
            [&](auto done) { client.range(this, wb::registry::keyPrefix(), done); });
        QVERIFY(range && range->values.size() == 1);
        QVERIFY(range->values.first().lease != stale->id); // ours now, under our lease

        // Stopping revokes our lease: the record goes at once.
        bool stopped = false;
        registration.stop([&stopped] { stopped = true; });
        QTRY_VERIFY_WITH_TIMEOUT(stopped, 5000);
        const auto after = ask<RegistryClient::RangeResult>(
            [&](auto done) { client.range(this, wb::registry::keyPrefix(), done); });
        QVERIFY(after && after->values.isEmpty());
    }

    void discoveryFillsTheCircuit()
    {
        RegistryClient client(QUrl(m_etcd.url()));
        wb::Circuit circuit;
        const wb::NodeId local
            = circuit.addNode(wbtest::nodeSpec(u"buzzer"_s, wb::NodeKind::Buzzer, 8766));
        wb::MeshDiscovery discovery(&client, &circuit);
        QSignalSpy synced(&discovery, &wb::MeshDiscovery::synced);
        QSignalSpy conflicts(&discovery, &wb::MeshDiscovery::conflict);
        QSignalSpy resolved(&discovery, &wb::MeshDiscovery::conflictResolved);
        QSignalSpy announced(&discovery, &wb::MeshDiscovery::nodeAnnounced);
        QSignalSpy added(&circuit, &wb::Circuit::nodeAdded);

        NodeRegistration far(&client, record(u"far"_s, u"127.0.0.1"_s, 9001, u"led"_s), 5);
        far.start();
        QTRY_COMPARE_WITH_TIMEOUT(far.state(), NodeRegistration::State::Registered, 5000);
        discovery.start();
        QTRY_COMPARE_WITH_TIMEOUT(synced.count(), 1, 5000);
        const wb::NodeId farId = circuit.idByName(u"far"_s);
        QVERIFY(farId != 0);
        const wb::NodeSpec *spec = circuit.node(farId);
        QCOMPARE(spec->kind, wb::NodeKind::External);
        QVERIFY(spec->discovered);
        QCOMPARE(spec->remoteKind, u"led"_s);
        QCOMPARE(spec->host, u"127.0.0.1"_s);
        QCOMPARE(spec->port, quint16(9001));
        QVERIFY(!spec->position); // the views lay it out

        // Registered later: added live. Its name taken by a local node: a conflict, not a node.
        NodeRegistration late(&client, record(u"late"_s, u"127.0.0.1"_s, 9002), 5);
        late.start();
        QTRY_VERIFY_WITH_TIMEOUT(circuit.idByName(u"late"_s) != 0, 5000);
        NodeRegistration clash(&client, record(u"buzzer"_s, u"10.1.1.1"_s, 9003), 5);
        clash.start();
        QTRY_COMPARE_WITH_TIMEOUT(conflicts.count(), 1, 5000);
        QCOMPARE(conflicts.first().at(0).toString(), u"buzzer"_s);
        QCOMPARE(circuit.node(local)->kind, wb::NodeKind::Buzzer);
        QCOMPARE(circuit.node(local)->host, u"127.0.0.1"_s);
        QCOMPARE(resolved.count(), 0);
        // The clashing record gone, the conflict is over; the local node stays as it was.
        clash.stop();
        QTRY_COMPARE_WITH_TIMEOUT(resolved.count(), 1, 5000);
        QCOMPARE(resolved.first().at(0).toString(), u"buzzer"_s);
        QCOMPARE(circuit.node(local)->kind, wb::NodeKind::Buzzer);
        QCOMPARE(conflicts.count(), 1);

        // Discovered nodes are not saved.
        const QByteArray saved
            = wb::circuitformat::serialize(wb::circuitformat::documentOf(circuit));
        QVERIFY(!saved.contains("far"));
        QVERIFY(!saved.contains("late"));
        QVERIFY(saved.contains("buzzer"));

        // A new document loses them; discovery puts them back.
        circuit.setContents({ wbtest::nodeSpec(u"solo"_s, wb::NodeKind::Led, 8767, 1) });
        QVERIFY(circuit.idByName(u"far"_s) != 0);
        QVERIFY(circuit.idByName(u"late"_s) != 0);

        // A clean exit removes the record and the node.
        late.stop();
        QTRY_COMPARE_WITH_TIMEOUT(circuit.idByName(u"late"_s), 0, 5000);
        QVERIFY(announced.count() >= 2);

        // Stopping discovery removes every discovered node, and nothing else.
        discovery.stop();
        QCOMPARE(circuit.idByName(u"far"_s), 0);
        QVERIFY(circuit.idByName(u"solo"_s) != 0);
        far.stop();
    }

    void followOnlyUpdatesExistingExternals()
    {
        RegistryClient client(QUrl(m_etcd.url()));
        wb::Circuit circuit;
        wb::NodeSpec placeholder = wbtest::nodeSpec(u"buzzer"_s, wb::NodeKind::External, 0);
        const wb::NodeId id = circuit.addNode(placeholder);
        wb::MeshDiscovery discovery(&client, &circuit);
        discovery.setAddingNodes(false);
        NodeRegistration target(&client, record(u"buzzer"_s, u"127.0.0.2"_s, 9100), 5);
        NodeRegistration other(&client, record(u"other"_s, u"127.0.0.3"_s, 9101), 5);
        target.start();
        other.start();
        QTRY_COMPARE_WITH_TIMEOUT(other.state(), NodeRegistration::State::Registered, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(target.state(), NodeRegistration::State::Registered, 5000);
        discovery.start();
        QTRY_COMPARE_WITH_TIMEOUT(circuit.node(id)->port, quint16(9100), 5000);
        QCOMPARE(circuit.node(id)->host, u"127.0.0.2"_s);
        QCOMPARE(circuit.count(), 1); // "other" was not added
        // Its record gone, the node stays where it was (a wire may lead to it).
        target.stop();
        QTest::qWait(300);
        QCOMPARE(circuit.count(), 1);
        QCOMPARE(circuit.node(id)->port, quint16(9100));
        other.stop();
    }

    // Last: it kills the registry and starts it again.
    void registryGoingAwayIsSurvived()
    {
        RegistryClient client(QUrl(m_etcd.url()));
        client.setRequestTimeout(1000);
        NodeRegistration node(&client, record(u"steady"_s, u"127.0.0.1"_s, 9200), 2);
        node.setBackoff(quickBackoff());
        wb::Circuit circuit;
        wb::MeshDiscovery discovery(&client, &circuit);
        discovery.setBackoff(quickBackoff());
        QSignalSpy unreachable(&discovery, &wb::MeshDiscovery::unreachable);
        node.start();
        discovery.start();
        QTRY_VERIFY_WITH_TIMEOUT(circuit.idByName(u"steady"_s) != 0, 5000);

        m_etcd.kill();
        QTRY_COMPARE_WITH_TIMEOUT(node.state(), NodeRegistration::State::Unreachable, 5000);
        QVERIFY(node.message().startsWith(m_etcd.url().prepend(u"registry "_s)));
        QTRY_VERIFY_WITH_TIMEOUT(!unreachable.isEmpty(), 5000);
        QVERIFY(circuit.idByName(u"steady"_s) != 0); // what we knew stays

        QVERIFY2(m_etcd.start(), qPrintable(m_etcd.log));
        QTRY_COMPARE_WITH_TIMEOUT(node.state(), NodeRegistration::State::Registered, 10000);
        // Discovery reads the prefix again and follows new changes.
        NodeRegistration newcomer(&client, record(u"newcomer"_s, u"127.0.0.1"_s, 9201), 5);
        newcomer.start();
        QTRY_VERIFY_WITH_TIMEOUT(circuit.idByName(u"newcomer"_s) != 0, 10000);
        QVERIFY(circuit.idByName(u"steady"_s) != 0);
        QVERIFY(discovery.lastError().isEmpty());
        newcomer.stop();
        node.stop();
    }

private:
    wbtest::Etcd m_etcd;
};

QTEST_GUILESS_MAIN(TestRegistry)
#include "tst_registry.moc"
