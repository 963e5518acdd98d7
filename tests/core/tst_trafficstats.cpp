// TrafficStats counts what really crossed the wires: messages, acks and failures per node and
// per wire, with in-flight messages that never go negative, and coalesced change signals.
#include "circuittestkit.h"
#include "document/circuit.h"
#include "runtime/meshruntime.h"
#include "runtime/trafficstats.h"
#include "wstestkit.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using wb::NodeId;
using wb::NodeKind;
using wbtest::Client;
using wbtest::kWaitMs;

class TestTrafficStats final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<QSet<wb::NodeId>>(); }

    void countsMessagesAcksAndFailures()
    {
        const quint16 deadPort = wbtest::freePort();
        wb::Circuit circuit;
        wb::NodeSpec pinSpec = wbtest::nodeSpec(u"pin"_s, NodeKind::IoPin);
        pinSpec.params.insert(u"seed"_s, 42); // bits 0 1 1, then 1 0 1
        const NodeId pin = circuit.addNode(pinSpec);
        const NodeId led = circuit.addNode(wbtest::nodeSpec(u"led"_s, NodeKind::Led));
        const NodeId dead
            = circuit.addNode(wbtest::nodeSpec(u"dead"_s, NodeKind::External, deadPort));
        QVERIFY(circuit.addWire(pin, led));
        QVERIFY(circuit.addWire(pin, dead));
        wb::MeshRuntime runtime(&circuit);
        wb::TrafficStats stats(&runtime);
        QSignalSpy changed(&stats, &wb::TrafficStats::changed);
        runtime.startAll();
        Client client;
        QVERIFY(client.open(
            QUrl(QStringLiteral("ws://127.0.0.1:%1/datafeed").arg(runtime.listeningPort(pin)))));
        const QString error = QStringLiteral("error: cannot reach ws://127.0.0.1:%1/pin: "
                                             "Connection refused")
                                  .arg(deadPort);
        QCOMPARE(client.ask(u"0"_s), std::optional<QString>(error));
        QCOMPARE(client.ask(u"1"_s), std::optional<QString>(error));

        // The pin: 6 bits to the led, all acked; the dead target failed its first bit twice
        // (a failed stream stops there), before anything left.
        const auto p = stats.node(pin);
        QCOMPARE(p.messagesIn, 2u);
        QCOMPARE(p.messagesOut, 6u);
        QCOMPARE(p.acksIn, 6u);
        QCOMPARE(p.failures, 2u);
        QCOMPARE(p.lastAck, error); // what it answered last, as a receiver
        QVERIFY(p.lastRttNs >= 0);
        const auto toLed = stats.wire(circuit.wireBetween(pin, led));
        QCOMPARE(toLed.sent, 6u);
        QCOMPARE(toLed.acked, 6u);
        QCOMPARE(toLed.failed, 0u);
        QCOMPARE(toLed.inFlight, 0);
        const auto toDead = stats.wire(circuit.wireBetween(pin, dead));
        QCOMPARE(toDead.sent, 0u);
        QCOMPARE(toDead.failed, 2u);
        QCOMPARE(toDead.inFlight, 0);
        const auto l = stats.node(led);
        QCOMPARE(l.messagesIn, 6u);
        QCOMPARE(l.messagesOut, 0u);
        QCOMPARE(l.lastAck, u"on"_s); // the last bit was a 1

        // Changes arrive coalesced: one emission names every node that changed.
        const auto named = [&] {
            QSet<NodeId> ids;
            for (const auto &args : std::as_const(changed))
                ids.unite(args.at(0).value<QSet<NodeId>>());
            return ids;
        };
        QVERIFY(wbtest::waitFor([&] { return named() == QSet<NodeId> { pin, led, dead }; }));
        // clear() marks every node changed, told from the event loop, not from inside.
        changed.clear();
        stats.clear();
        QCOMPARE(stats.node(pin).messagesOut, 0u);
        QCOMPARE(stats.wire(circuit.wireBetween(pin, led)).sent, 0u);
        QCOMPARE(changed.count(), 0);
        QVERIFY(wbtest::waitFor([&] { return named() == QSet<NodeId> { pin, led, dead }; }));
    }

    void inFlightWhileWaiting()
    {
        wbtest::Peer peer;
        QVERIFY(peer.listen());
        peer.answer = [](QWebSocket *, const QString &) {
            return std::optional<QString>();
        };
        wb::Circuit circuit;
        const NodeId pin = circuit.addNode(wbtest::nodeSpec(u"pin"_s, NodeKind::IoPin));
        const NodeId target
            = circuit.addNode(wbtest::nodeSpec(u"t"_s, NodeKind::External, peer.port()));
        QVERIFY(circuit.addWire(pin, target));
        wb::MeshRuntime runtime(&circuit);
        wb::TrafficStats stats(&runtime);
        runtime.startAll();
        Client client;
        QVERIFY(client.open(
            QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(runtime.listeningPort(pin)))));
        client.socket.sendTextMessage(u"0"_s);
        QTRY_COMPARE_WITH_TIMEOUT(
            stats.wire(circuit.wireBetween(pin, target)).inFlight, 1, kWaitMs);
        // Stopping fails the bit in flight: it is no longer in flight, and counted as failed.
        runtime.stopAll();
        QCOMPARE(stats.wire(circuit.wireBetween(pin, target)).inFlight, 0);
        QCOMPARE(stats.wire(circuit.wireBetween(pin, target)).failed, 1u);
        QCOMPARE(stats.node(pin).failures, 1u);
    }
};

QTEST_GUILESS_MAIN(TestTrafficStats)
#include "tst_trafficstats.moc"
