// Liveness with real peers: the seed's Python nodes and wirebench-node, killed (SIGKILL) or
// frozen (SIGSTOP), show as dead within 5 s and alive again within 5 s of their return
// (restart on the same port, or SIGCONT), with the default settings (ping every 1 s, pong
// timeout 3 s, backoff 0.5-1 s x1.6). A frozen target fails a running clock's ticks fast and
// counted; `wirebench-node mesh` prints who is alive.
#include "../core/circuittestkit.h"
#include "../core/livenesskit.h"
#include "document/circuit.h"
#include "processkit.h"
#include "runtime/meshruntime.h"
#include "runtime/trafficstats.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using wb::MeshRuntime;
using wb::NodeId;
using wb::NodeKind;
using wb::PeerHealth;
using wbtest::Process;

namespace {

constexpr int kBoundMs = 5000; // the issue's bound for dead and for alive again

bool sawHealth(const QSignalSpy &spy, PeerHealth health)
{
    for (const QList<QVariant> &args : spy) {
        if (args.at(1).value<PeerHealth>() == health)
            return true;
    }
    return false;
}

// Whatever happens, a peer we froze is thawed before it is killed.
struct Thaw
{
    Process &process;
    ~Thaw()
    {
        if (process.process.state() != QProcess::NotRunning)
            process.signal(SIGCONT);
    }
};

} // namespace

class TestLiveness final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<PeerHealth>();
        QVERIFY2(QFile::exists(Process::nodeProgram()), qPrintable(Process::nodeProgram()));
    }

    void deadAndAliveAgain_data()
    {
        QTest::addColumn<bool>("python");
        QTest::addColumn<bool>("freeze");
        QTest::newRow("Python buzzer killed, restarted") << true << false;
        QTest::newRow("Python buzzer frozen, resumed") << true << true;
        QTest::newRow("wirebench-node killed, restarted") << false << false;
        QTest::newRow("wirebench-node frozen, resumed") << false << true;
    }
    void deadAndAliveAgain()
    {
        QFETCH(bool, python);
        QFETCH(bool, freeze);
        Process peer, again;
        Thaw thaw { peer };
        const quint16 port = peer.serveBuzzer(python);
        QVERIFY2(port != 0, qPrintable(peer.report()));

        wb::Circuit circuit;
        const NodeId id = circuit.addNode(wbtest::nodeSpec(u"far"_s, NodeKind::External, port));
        MeshRuntime runtime(&circuit); // default liveness settings
        runtime.setPeerWatching(MeshRuntime::PeerWatching::Always);
        QSignalSpy health(&runtime, &MeshRuntime::peerHealthChanged);
        QTRY_COMPARE_WITH_TIMEOUT(runtime.peerStatus(id).health, PeerHealth::Alive, kBoundMs);
        QTRY_VERIFY_WITH_TIMEOUT(runtime.peerStatus(id).rttNs >= 0, kBoundMs);

        health.clear();
        peer.signal(freeze ? SIGSTOP : SIGKILL);
        QTRY_VERIFY_WITH_TIMEOUT(sawHealth(health, PeerHealth::Dead), kBoundMs);
        QVERIFY(!runtime.peerStatus(id).error.isEmpty());
        // Still away a while later: dead or trying again, never alive.
        QTest::qWait(1500);
        QVERIFY2(!wb::isReachable(runtime.peerStatus(id).health),
            qPrintable(wb::peerHealthName(runtime.peerStatus(id).health)));

        if (freeze) {
            peer.signal(SIGCONT);
        } else {
            QVERIFY(peer.waitForExit());
            QVERIFY2(again.serveBuzzer(python, port) == port, qPrintable(again.report()));
        }
        QTRY_COMPARE_WITH_TIMEOUT(runtime.peerStatus(id).health, PeerHealth::Alive, kBoundMs);
    }

    // A clock ticking into a frozen Python buzzer: its ticks fail within the pong timeout and
    // then at once, each counted; nothing piles up; after SIGCONT the ticks are answered.
    void frozenTargetFailsFastThenRecovers()
    {
        Process buzzer;
        Thaw thaw { buzzer };
        const quint16 port = buzzer.serveBuzzer(true);
        QVERIFY2(port != 0, qPrintable(buzzer.report()));
        wbtest::ClockIntoPeer bench(port, -1, 0.1);
        const NodeId clock = bench.clock;
        const NodeId far = bench.far;
        bench.runtime.setPeerWatching(MeshRuntime::PeerWatching::WhileRunning);
        wb::TrafficStats stats(&bench.runtime);
        bench.runtime.startAll();
        QTRY_VERIFY_WITH_TIMEOUT(
            stats.wire(bench.circuit.wireBetween(clock, far)).acked >= 3, kBoundMs);

        buzzer.signal(SIGSTOP);
        QTRY_COMPARE_WITH_TIMEOUT(bench.runtime.peerStatus(far).health, PeerHealth::Dead, kBoundMs);
        // The tick in flight did not wait for the 30 s ack timeout; the next ones fail at once.
        QTRY_VERIFY_WITH_TIMEOUT(
            bench.failures.filter(u"the node is down"_s).size() >= 5, kBoundMs);
        QVERIFY2(bench.failures.filter(u"no ack within"_s).isEmpty(),
            qPrintable(bench.failures.join(u'\n')));
        QVERIFY(stats.wire(bench.circuit.wireBetween(clock, far)).failed >= 5);
        QVERIFY(stats.wire(bench.circuit.wireBetween(clock, far)).inFlight <= 1);

        const quint64 ackedBefore = stats.wire(bench.circuit.wireBetween(clock, far)).acked;
        buzzer.signal(SIGCONT);
        QTRY_COMPARE_WITH_TIMEOUT(
            bench.runtime.peerStatus(far).health, PeerHealth::Alive, kBoundMs);
        QTRY_VERIFY_WITH_TIMEOUT(
            stats.wire(bench.circuit.wireBetween(clock, far)).acked >= ackedBefore + 3, kBoundMs);
    }

    // `wirebench-node mesh --mesh FILE`: every node of the file with its state, once each
    // answered or failed.
    void meshCommandShowsWhoIsAlive()
    {
        Process buzzer;
        const quint16 port = buzzer.serveBuzzer(true);
        QVERIFY2(port != 0, qPrintable(buzzer.report()));
        const quint16 deadPort = wbtest::freePort();
        QTemporaryDir dir;
        const QString path = dir.filePath(u"mesh.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral(R"({"format": "wirebench-circuit", "version": 1, "nodes": [
            {"name": "clock", "kind": "clock", "targets": ["pin"]},
            {"name": "pin", "kind": "iopin", "port": %1},
            {"name": "buzzer", "kind": "buzzer", "port": %2}]})")
                       .arg(deadPort)
                       .arg(port)
                       .toUtf8());
        file.close();
        Process mesh;
        mesh.startNode({ u"mesh"_s, u"--mesh"_s, path });
        QVERIFY(mesh.waitForExit());
        QVERIFY2(mesh.process.exitCode() == 0, qPrintable(mesh.report()));
        const QStringList lines = mesh.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QVERIFY2(lines.at(0).simplified() == u"NAME KIND ADDRESS STATE"_s, qPrintable(mesh.out));
        QCOMPARE(lines.at(1).simplified(), u"clock clock - -"_s);
        QCOMPARE(lines.at(2).simplified(),
            QStringLiteral("pin iopin 127.0.0.1:%1 dead (Connection refused)").arg(deadPort));
        QVERIFY2(QRegularExpression(
                     QStringLiteral(R"(^buzzer buzzer 127\.0\.0\.1:%1 alive( \(\d+\.\d ms\))?$)")
                         .arg(port))
                     .match(lines.at(3).simplified())
                     .hasMatch(),
            qPrintable(mesh.out));
        // The columns line up.
        QCOMPARE(lines.at(0).indexOf(u"STATE"_s), lines.at(3).indexOf(u"alive"_s));
    }
};

QTEST_GUILESS_MAIN(TestLiveness)
#include "tst_liveness.moc"
