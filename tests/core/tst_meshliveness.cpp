// MeshRuntime's liveness of external nodes: watch connections as the peer-watching mode says,
// following the document, health and round trips per node; a dead target's messages fail at
// once and are counted, and flow again once the node is back.
#include "circuittestkit.h"
#include "document/circuit.h"
#include "livenesskit.h"
#include "runtime/meshruntime.h"
#include "runtime/trafficstats.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using wb::MeshRuntime;
using wb::NodeId;
using wb::NodeKind;
using wb::PeerHealth;
using wbtest::Peer;

namespace {

wb::LivenessSettings quick()
{
    wb::LivenessSettings settings;
    settings.pingIntervalMs = 100;
    settings.pongTimeoutMs = 400;
    settings.backoff = { 50, 100, 1.6, 400 };
    return settings;
}

} // namespace

class TestMeshLiveness final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<PeerHealth>();
        qRegisterMetaType<wb::NodeState>();
    }

    void watchesAsTheModeSays()
    {
        Peer peer;
        QVERIFY(peer.listen());
        wb::Circuit circuit;
        const NodeId ext
            = circuit.addNode(wbtest::nodeSpec(u"far"_s, NodeKind::External, peer.port()));
        const NodeId led = circuit.addNode(wbtest::nodeSpec(u"led"_s, NodeKind::Led));
        MeshRuntime runtime(&circuit);
        runtime.setLiveness(quick());
        QSignalSpy health(&runtime, &MeshRuntime::peerHealthChanged);
        QSignalSpy rtts(&runtime, &MeshRuntime::peerRttMeasured);

        // Off by default: links ping while they carry messages, but nothing else connects.
        QCOMPARE(runtime.peerWatching(), MeshRuntime::PeerWatching::Off);
        runtime.startAll();
        QTest::qWait(200);
        QCOMPARE(peer.connections, 0);
        QCOMPARE(runtime.peerStatus(ext).health, PeerHealth::Unknown);

        // While running: a watch connection that sends nothing, health and round trips.
        runtime.setPeerWatching(MeshRuntime::PeerWatching::WhileRunning);
        QTRY_COMPARE_WITH_TIMEOUT(runtime.peerStatus(ext).health, PeerHealth::Alive, 5000);
        QCOMPARE(health.first().at(0).value<NodeId>(), ext);
        QCOMPARE(health.first().at(1).value<PeerHealth>(), PeerHealth::Alive);
        QTRY_VERIFY_WITH_TIMEOUT(!rtts.isEmpty(), 5000);
        QVERIFY(runtime.peerStatus(ext).rttNs >= 0);
        QCOMPARE(peer.connections, 1);
        QCOMPARE(peer.frames.size(), 0);
        QCOMPARE(runtime.peerStatus(led).health, PeerHealth::Unknown); // local: not watched

        // Stopped, the watch ends with a close frame.
        runtime.stopAll();
        QTRY_COMPARE_WITH_TIMEOUT(peer.disconnections, 1, 5000);
        QCOMPARE(runtime.peerStatus(ext).health, PeerHealth::Unknown);
        QCOMPARE(health.last().at(1).value<PeerHealth>(), PeerHealth::Unknown);

        // Always: watched with nothing running (a mesh view).
        runtime.setPeerWatching(MeshRuntime::PeerWatching::Always);
        QTRY_COMPARE_WITH_TIMEOUT(runtime.peerStatus(ext).health, PeerHealth::Alive, 5000);
        QCOMPARE(peer.connections, 2);
    }

    void followsTheDocument()
    {
        Peer first, second;
        QVERIFY(first.listen());
        QVERIFY(second.listen());
        wb::Circuit circuit;
        const NodeId ext
            = circuit.addNode(wbtest::nodeSpec(u"far"_s, NodeKind::External, first.port()));
        MeshRuntime runtime(&circuit);
        runtime.setLiveness(quick());
        runtime.setPeerWatching(MeshRuntime::PeerWatching::Always);
        QTRY_COMPARE_WITH_TIMEOUT(first.connections, 1, 5000);

        // Moved: the watch follows to the new port.
        circuit.setPort(ext, second.port());
        QTRY_COMPARE_WITH_TIMEOUT(first.disconnections, 1, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(second.connections, 1, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(runtime.peerStatus(ext).health, PeerHealth::Alive, 5000);

        // A node added later is watched; a removed one no longer.
        const NodeId other
            = circuit.addNode(wbtest::nodeSpec(u"other"_s, NodeKind::External, first.port()));
        QTRY_COMPARE_WITH_TIMEOUT(runtime.peerStatus(other).health, PeerHealth::Alive, 5000);
        circuit.removeNode(ext);
        QTRY_COMPARE_WITH_TIMEOUT(second.disconnections, 1, 5000);
        QCOMPARE(runtime.peerStatus(ext).health, PeerHealth::Unknown);

        // A new document: only its nodes are watched.
        circuit.setContents({ wbtest::nodeSpec(u"x"_s, NodeKind::External, second.port(), 1) });
        QTRY_COMPARE_WITH_TIMEOUT(first.disconnections, 2, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(runtime.peerStatus(1).health, PeerHealth::Alive, 5000);
    }

    // The links of local nodes ping with the runtime's settings too: a target that stops
    // answering fails the tick within that pong timeout, with no watch involved.
    void linksFollowTheSettings()
    {
        wbtest::MuteServer frozen(true);
        QVERIFY(frozen.listen());
        wbtest::ClockIntoPeer bench(frozen.port(), 1, 1.0);
        bench.runtime.setLiveness(quick());
        QSignalSpy finished(&bench.runtime, &MeshRuntime::clockFinished);
        bench.runtime.startAll();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
        QCOMPARE(finished.first().at(2).toInt(), 1);
        QCOMPARE(bench.failures,
            QStringList {
                QStringLiteral("cannot reach ws://127.0.0.1:%1/datafeed: no pong within 0.4 s")
                    .arg(frozen.port()) });
    }

    void deadTargetFailsFastAndIsCounted()
    {
        const quint16 port = wbtest::freePort();
        wbtest::ClockIntoPeer bench(port, -1, 0.02);
        const NodeId clock = bench.clock;
        const NodeId ext = bench.far;
        bench.runtime.setLiveness(quick());
        bench.runtime.setPeerWatching(MeshRuntime::PeerWatching::WhileRunning);
        wb::TrafficStats stats(&bench.runtime);
        bench.runtime.startAll();

        // Nobody there: dead, and ticks fail at once with that reason, every one counted.
        QTRY_COMPARE_WITH_TIMEOUT(bench.runtime.peerStatus(ext).health, PeerHealth::Dead, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(
            bench.failures.filter(u"the node is down (Connection refused)"_s).size() >= 5, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(
            stats.wire(bench.circuit.wireBetween(clock, ext)).failed >= 5, 5000);
        QCOMPARE(stats.wire(bench.circuit.wireBetween(clock, ext)).acked, quint64(0));
        QVERIFY(
            stats.wire(bench.circuit.wireBetween(clock, ext)).inFlight <= 1); // nothing piles up

        // The node comes: its watch finds it within the backoff, and ticks are acknowledged.
        Peer peer;
        QVERIFY(peer.listen(port));
        QTRY_COMPARE_WITH_TIMEOUT(bench.runtime.peerStatus(ext).health, PeerHealth::Alive, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(
            stats.wire(bench.circuit.wireBetween(clock, ext)).acked >= 3, 5000);
        QVERIFY(peer.texts().size() >= 3);
    }
};

QTEST_GUILESS_MAIN(TestMeshLiveness)
#include "tst_meshliveness.moc"
