// Node faults on real sockets (docs/delivery.md, "Fault rules, saved in the circuit"): a crash
// cuts every connection without a close frame and refuses new ones, a hang leaves them open
// and answers nothing, not even pings; both as a liveness watch in another runtime sees them,
// as the node's own timers and peers see them, and as the circuit's schedule plays them.
// Nothing here asserts that something was fast: only the order of what happens, and what does
// or does not happen while a fault lasts.

#include "circuittestkit.h"
#include "document/circuit.h"
#include "runtime/link.h"
#include "runtime/meshruntime.h"
#include "wstestkit.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QWebSocket>

using namespace Qt::Literals::StringLiterals;
using wb::MeshRuntime;
using wb::NodeFault;
using wb::NodeId;
using wb::NodeKind;
using wb::PeerHealth;
using wb::ScheduledFault;
using wb::TrafficEvent;
using Type = TrafficEvent::Type;

Q_DECLARE_METATYPE(ScheduledFault::Action)
Q_DECLARE_METATYPE(wb::WireFaults)

namespace {

// A real interval in which a frozen node would have done something if it were not frozen: many
// ticks of a 50 ms clock, many pings of a 100 ms watch.
constexpr int kQuietMs = 500;

wb::LivenessSettings quick()
{
    wb::LivenessSettings settings;
    settings.pingIntervalMs = 100;
    settings.pongTimeoutMs = 600;
    settings.backoff = { 50, 100, 1.6, 200 };
    return settings;
}

// A clock ticking every 50 ms, forever, into a buzzer on a fixed port (so that a restart
// finds it where it was), with every traffic event of the runtime.
struct Bench
{
    wb::Circuit circuit;
    NodeId clock = 0;
    NodeId buzzer = 0;
    wb::WireId wire = 0;
    quint16 port = 0;
    QList<TrafficEvent> events;
    // Last: it goes first, while what its signals fill is still there.
    std::unique_ptr<MeshRuntime> runtime;

    Bench()
    {
        wb::NodeSpec clockSpec = wbtest::nodeSpec(u"clock"_s, NodeKind::Clock);
        clockSpec.params = { { u"tacks"_s, -1 }, { u"delay"_s, 0.05 } };
        clock = circuit.addNode(clockSpec);
        port = wbtest::freePort();
        buzzer = circuit.addNode(wbtest::nodeSpec(u"buzzer"_s, NodeKind::Buzzer, port));
        wire = circuit.addWire(clock, buzzer);
        // Long enough that a held message waits for its ack rather than failing meanwhile.
        wb::WireFaults faults;
        faults.ackTimeoutMs = 20000;
        circuit.setWireFaults(wire, faults);
        runtime = std::make_unique<MeshRuntime>(&circuit);
        QObject::connect(runtime.get(), &MeshRuntime::traffic, runtime.get(),
            [this](const TrafficEvent &e) { events << e; });
    }

    QList<TrafficEvent> of(Type type, NodeId at) const
    {
        QList<TrafficEvent> list;
        for (const TrafficEvent &e : events) {
            if (e.type == type && e.node == at && !e.ack)
                list << e;
        }
        return list;
    }
    int count(Type type, NodeId at) const { return int(of(type, at).size()); }
    int sent() const { return count(Type::Sent, clock); }
    int acked() const { return count(Type::AckReceived, clock); }
    int received() const { return count(Type::Received, buzzer); }
    int failed() const { return count(Type::Failed, clock); }
    // Messages the clock sent that have neither an ack nor a failure.
    QList<quint64> unanswered() const
    {
        QList<quint64> open;
        for (const TrafficEvent &e : of(Type::Sent, clock))
            open << e.messageId;
        for (const TrafficEvent &e : events) {
            if (e.node == clock && (e.type == Type::AckReceived || e.type == Type::Failed))
                open.removeAll(e.messageId);
        }
        return open;
    }
    bool receivedId(quint64 id) const
    {
        for (const TrafficEvent &e : of(Type::Received, buzzer)) {
            if (e.messageId == id)
                return true;
        }
        return false;
    }
    bool flowing(int acks = 3) const
    {
        return wbtest::waitFor([this, acks] { return acked() >= acks; });
    }
};

// Whether anything listens at the port: a crashed node's port refuses connections.
bool refuses(quint16 port)
{
    QTcpSocket probe;
    probe.connectToHost(QHostAddress::LocalHost, port);
    bool refused = false;
    QObject::connect(
        &probe, &QAbstractSocket::errorOccurred, &probe, [&](QAbstractSocket::SocketError error) {
            refused = error == QAbstractSocket::ConnectionRefusedError;
        });
    const bool settled = wbtest::waitFor(
        [&] { return refused || probe.state() == QAbstractSocket::ConnectedState; });
    return settled && refused;
}

} // namespace

class TestNodeFaults final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<PeerHealth>();
        qRegisterMetaType<NodeFault>();
        qRegisterMetaType<wb::NodeState>();
    }

    // Runtime A runs a buzzer; runtime B watches it as an external node. A crash ends the watch
    // connection: dead with no suspect before. A hang leaves it open and silent: suspect, then
    // dead once the pong timeout passes, while A still holds the connection.
    void watchSeesCrashAndHang_data()
    {
        QTest::addColumn<bool>("crash");
        QTest::addColumn<int>("deaths"); // how often the watch finds it dead before it is back
        QTest::newRow("crash") << true << 1;
        QTest::newRow("hang") << false << 1;
        // Its retries reach a frozen server: the kernel accepts them, nobody answers.
        QTest::newRow("hang, retried") << false << 3;
    }
    void watchSeesCrashAndHang()
    {
        QFETCH(bool, crash);
        QFETCH(int, deaths);
        const quint16 port = wbtest::freePort();
        wb::Circuit circuitA;
        const NodeId buzzer
            = circuitA.addNode(wbtest::nodeSpec(u"buzzer"_s, NodeKind::Buzzer, port));
        MeshRuntime a(&circuitA);
        wb::Circuit circuitB;
        const NodeId far = circuitB.addNode(wbtest::nodeSpec(u"far"_s, NodeKind::External, port));
        MeshRuntime b(&circuitB);
        b.setLiveness(quick());

        a.startAll();
        QCOMPARE(a.listeningPort(buzzer), port);
        b.setPeerWatching(MeshRuntime::PeerWatching::Always);
        QVERIFY(wbtest::waitFor([&] { return b.peerStatus(far).health == PeerHealth::Alive; }));
        QVERIFY(wbtest::waitFor([&] { return a.node(buzzer)->connectionCount() == 1; }));

        // What B reports from the fault on, and how many connections A holds at each report.
        QList<PeerHealth> healths;
        QList<int> heldByA;
        connect(&b, &MeshRuntime::peerHealthChanged, this, [&](NodeId id, PeerHealth health) {
            if (id != far)
                return;
            healths << health;
            heldByA << a.node(buzzer)->connectionCount();
        });
        if (crash)
            a.crash(buzzer);
        else
            a.hang(buzzer);
        QCOMPARE(a.fault(buzzer), crash ? NodeFault::Crashed : NodeFault::Hung);
        QVERIFY(wbtest::waitFor([&] { return healths.contains(PeerHealth::Dead); }));
        const qsizetype dead = healths.indexOf(PeerHealth::Dead);
        if (crash) {
            // The connection ended: no late pong first, and A holds nothing.
            QCOMPARE(dead, 0);
            QCOMPARE(heldByA.at(dead), 0);
            QVERIFY(refuses(port));
        } else {
            // Silence first, then the timeout; A never noticed anything.
            QCOMPARE(healths.mid(0, dead + 1), QList({ PeerHealth::Suspect, PeerHealth::Dead }));
            QCOMPARE(heldByA.at(0), 1);
            QCOMPARE(heldByA.at(dead), 1);
            QCOMPARE(a.node(buzzer)->connectionCount(), 1);
        }
        QVERIFY(wbtest::waitFor([&] { return healths.count(PeerHealth::Dead) >= deaths; }));
        QVERIFY(!healths.contains(PeerHealth::Alive));

        // Back: alive again, and A holds the watch's connection alone (nothing left over from
        // the attempts made while it was down).
        if (crash)
            a.restart(buzzer);
        else
            a.wake(buzzer);
        QCOMPARE(a.fault(buzzer), NodeFault::None);
        QVERIFY(wbtest::waitFor([&] { return b.peerStatus(far).health == PeerHealth::Alive; }));
        QVERIFY2(wbtest::waitFor([&] { return a.node(buzzer)->connectionCount() == 1; }),
            qPrintable(QString::number(a.node(buzzer)->connectionCount())));
        QTest::qWait(kQuietMs);
        QCOMPARE(b.peerStatus(far).health, PeerHealth::Alive);
        QCOMPARE(a.node(buzzer)->connectionCount(), 1);
    }

    // A hung buzzer reads nothing: the clock's message waits in the kernel until it wakes,
    // then is read and answered. A hung clock does not tick; awake, it ticks again.
    void hangFreezesTheNode()
    {
        Bench bench;
        bench.runtime->startAll();
        QVERIFY(bench.flowing());

        bench.runtime->hang(bench.buzzer);
        const int received = bench.received();
        // The clock's next tick leaves and waits for its ack.
        QVERIFY(wbtest::waitFor([&] { return bench.unanswered().size() == 1; }));
        const quint64 held = bench.unanswered().constFirst();
        const int sent = bench.sent();
        QTest::qWait(kQuietMs);
        QCOMPARE(bench.received(), received);
        QVERIFY(!bench.receivedId(held));
        QCOMPARE(bench.sent(), sent);
        QCOMPARE(bench.unanswered(), QList<quint64>({ held }));
        QCOMPARE(bench.failed(), 0);

        // Awake, it reads the held frame and answers it, and ticks flow again.
        bench.runtime->wake(bench.buzzer);
        QVERIFY(wbtest::waitFor([&] { return !bench.unanswered().contains(held); }));
        QVERIFY(bench.receivedId(held));
        QCOMPARE(bench.failed(), 0);
        QVERIFY(bench.flowing(bench.acked() + 3));

        // A hung clock: no tick leaves.
        bench.runtime->hang(bench.clock);
        const int ticks = bench.sent();
        QTest::qWait(kQuietMs);
        QCOMPARE(bench.sent(), ticks);
        QCOMPARE(bench.failed(), 0);
        bench.runtime->wake(bench.clock);
        QVERIFY(wbtest::waitFor([&] { return bench.sent() >= ticks + 3; }));
        QVERIFY(bench.flowing(bench.acked() + 3));
        QCOMPARE(bench.failed(), 0);
    }

    // An ack the gate delays leaves no hung node: it waits for the node to wake, as everything
    // of a stopped process does (the ack is written after the delay, by the node).
    void delayedAckWaitsForTheNodeToWake()
    {
        Bench bench;
        wb::WireFaults faults = bench.circuit.wire(bench.wire)->faults;
        faults.ack.delayMs = 200;
        QVERIFY(bench.circuit.setWireFaults(bench.wire, faults));
        quint64 delayed = 0;
        connect(bench.runtime.get(), &MeshRuntime::traffic, this, [&](const TrafficEvent &e) {
            if (delayed == 0 && e.type == Type::Delayed && e.ack && e.node == bench.buzzer) {
                delayed = e.messageId;
                bench.runtime->hang(bench.buzzer); // while its ack is on the wire
            }
        });
        bench.runtime->startAll();
        QVERIFY(wbtest::waitFor([&] { return delayed != 0; }));
        const auto ackedId = [&](quint64 id) {
            for (const TrafficEvent &e : bench.of(Type::AckReceived, bench.clock)) {
                if (e.messageId == id)
                    return true;
            }
            return false;
        };
        QTest::qWait(kQuietMs); // the delay is long over
        QVERIFY(!ackedId(delayed));
        QCOMPARE(bench.count(Type::AckSent, bench.buzzer), bench.received() - 1);
        bench.runtime->wake(bench.buzzer);
        QVERIFY(wbtest::waitFor([&] { return ackedId(delayed); }));
        QCOMPARE(bench.failed(), 0);
    }

    // Restarting a hung node crashes it and starts it: it was never awake in between.
    void restartOfAHungNode()
    {
        Bench bench;
        QList<NodeFault> faults;
        connect(bench.runtime.get(), &MeshRuntime::nodeFaultChanged, this,
            [&](NodeId, NodeFault fault) { faults << fault; });
        bench.runtime->startAll();
        QVERIFY(bench.flowing());
        bench.runtime->hang(bench.buzzer);
        bench.runtime->restart(bench.buzzer);
        QCOMPARE(
            faults, QList<NodeFault>({ NodeFault::Hung, NodeFault::Crashed, NodeFault::None }));
        QVERIFY(bench.flowing(bench.acked() + 3));
    }

    // A crash cuts its peers off without a close frame; a stop says goodbye (1001, "node
    // stopped"). The message in flight fails either way.
    void crashCutsWithoutCloseFrame_data()
    {
        QTest::addColumn<bool>("crash");
        QTest::newRow("crash") << true;
        QTest::newRow("stop") << false;
    }
    void crashCutsWithoutCloseFrame()
    {
        QFETCH(bool, crash);
        Bench bench;
        QSignalSpy running(bench.runtime.get(), &MeshRuntime::runningChanged);
        bench.runtime->startAll();
        QCOMPARE(running.count(), 1);
        QVERIFY(bench.flowing());

        // A peer of our own, to read the close code.
        QWebSocket peer;
        bool closed = false;
        connect(&peer, &QWebSocket::disconnected, this, [&] { closed = true; });
        peer.open(QUrl(u"ws://127.0.0.1:%1/other"_s.arg(bench.port)));
        QVERIFY(wbtest::waitFor([&] { return peer.state() == QAbstractSocket::ConnectedState; }));

        // Hung first, so that a message is surely in flight when the node goes.
        bench.runtime->hang(bench.buzzer);
        QVERIFY(wbtest::waitFor([&] { return bench.unanswered().size() == 1; }));
        const quint64 held = bench.unanswered().constFirst();
        if (crash)
            bench.runtime->crash(bench.buzzer);
        else
            bench.runtime->stop(bench.buzzer);

        QVERIFY(wbtest::waitFor([&] { return closed; }));
        if (crash) {
            // No close frame: no reason, the socket's own error. (Qt 6.4 leaves closeCode() at
            // its default, 1000, where the RFC speaks of 1006.)
            QCOMPARE(peer.closeReason(), QString());
            QCOMPARE(peer.error(), QAbstractSocket::RemoteHostClosedError);
        } else {
            QCOMPARE(peer.closeCode(), QWebSocketProtocol::CloseCodeGoingAway);
            QCOMPARE(peer.closeReason(), u"node stopped"_s);
        }
        QVERIFY(wbtest::waitFor([&] { return !bench.unanswered().contains(held); }));
        const TrafficEvent failure = bench.of(Type::Failed, bench.clock).constFirst();
        QCOMPARE(failure.messageId, held);
        QVERIFY(failure.wasSent);
        QVERIFY(!bench.receivedId(held));
        if (crash)
            QVERIFY2(!failure.text.contains(u"node stopped"_s), qPrintable(failure.text));

        if (!crash)
            return;
        QCOMPARE(bench.runtime->fault(bench.buzzer), NodeFault::Crashed);
        QCOMPARE(bench.runtime->state(bench.buzzer), wb::NodeState::Stopped);
        QVERIFY(bench.runtime->isRunning());
        QVERIFY(refuses(bench.port));

        // Restarted on the same port: ticks are answered again.
        bench.runtime->restart(bench.buzzer);
        QCOMPARE(bench.runtime->fault(bench.buzzer), NodeFault::None);
        QCOMPARE(bench.runtime->listeningPort(bench.buzzer), bench.port);
        QVERIFY(bench.flowing(bench.acked() + 3));
        QVERIFY(bench.runtime->isRunning());
        QCOMPARE(running.count(), 1); // the run never stopped
    }

    // A node on port 0 (auto) comes back from a crash on another port: its senders follow it
    // there, rather than knocking at the old one for ever.
    void restartOnAnAutoPortIsFollowed()
    {
        Bench bench;
        QVERIFY(bench.circuit.setPort(bench.buzzer, 0));
        bench.runtime->startAll();
        QVERIFY(bench.flowing());
        const quint16 before = bench.runtime->listeningPort(bench.buzzer);
        QVERIFY(before != 0);
        bench.runtime->crash(bench.buzzer);
        // Taken meanwhile, so that the restart cannot get the same port again (when this
        // fails, something else has it anyway).
        QTcpServer squatter;
        squatter.listen(QHostAddress::LocalHost, before);
        bench.runtime->restart(bench.buzzer);
        QVERIFY(bench.runtime->listeningPort(bench.buzzer) != 0);
        QVERIFY(bench.runtime->listeningPort(bench.buzzer) != before);
        const int received = bench.received();
        QVERIFY(wbtest::waitFor([&] { return bench.received() >= received + 3; }));
    }

    // The crash of a runtime's only node keeps its run going: the schedule still brings it
    // back, and the run's seed and pause stay as they were.
    void crashOfTheOnlyNodeKeepsTheRun_data()
    {
        QTest::addColumn<ScheduledFault::Action>("action");
        QTest::newRow("crash") << ScheduledFault::Action::Crash;
        QTest::newRow("restart") << ScheduledFault::Action::Restart;
    }
    void crashOfTheOnlyNodeKeepsTheRun()
    {
        QFETCH(ScheduledFault::Action, action);
        Bench far; // its buzzer, run on its own
        far.runtime->start(far.buzzer);
        wb::Circuit circuit;
        wb::NodeSpec clockSpec = wbtest::nodeSpec(u"clock"_s, NodeKind::Clock);
        clockSpec.params = { { u"tacks"_s, -1 }, { u"delay"_s, 0.05 } };
        const NodeId clock = circuit.addNode(clockSpec);
        const NodeId ext
            = circuit.addNode(wbtest::nodeSpec(u"far"_s, NodeKind::External, far.port));
        circuit.addWire(clock, ext);
        // A restart comes back at once: it has no duration.
        const qint64 forMs = action == ScheduledFault::Action::Restart ? 0 : 300;
        QVERIFY(circuit.setSchedule({ { 200, clock, action, forMs } }));
        MeshRuntime runtime(&circuit);
        QSignalSpy running(&runtime, &MeshRuntime::runningChanged);
        QList<NodeFault> faults;
        connect(&runtime, &MeshRuntime::nodeFaultChanged, this,
            [&](NodeId, NodeFault fault) { faults << fault; });

        runtime.startAll();
        QVERIFY(wbtest::waitFor([&] { return faults.size() >= 2; }));
        QCOMPARE(faults, QList({ NodeFault::Crashed, NodeFault::None }));
        QVERIFY(runtime.isRunning());
        QCOMPARE(running.count(), 1);
        const int received = far.received();
        QVERIFY(wbtest::waitFor([&] { return far.received() >= received + 3; }));
        // Played once: nothing more happens to it.
        QTest::qWait(kQuietMs);
        QCOMPARE(faults.size(), 2);
        QCOMPARE(running.count(), 1);
    }

    // The circuit's schedule: the fault at its time, its end after its duration; and not
    // while the run is paused (the schedule runs on the run's time).
    void schedule_data()
    {
        QTest::addColumn<ScheduledFault::Action>("action");
        QTest::addColumn<bool>("paused");
        QTest::addColumn<QList<NodeFault>>("expected");
        const QList<NodeFault> hung { NodeFault::Hung, NodeFault::None };
        const QList<NodeFault> crashed { NodeFault::Crashed, NodeFault::None };
        QTest::newRow("hang") << ScheduledFault::Action::Hang << false << hung;
        QTest::newRow("crash") << ScheduledFault::Action::Crash << false << crashed;
        QTest::newRow("restart") << ScheduledFault::Action::Restart << false << crashed;
        QTest::newRow("hang, paused") << ScheduledFault::Action::Hang << true << hung;
        QTest::newRow("crash, paused") << ScheduledFault::Action::Crash << true << crashed;
    }
    void schedule()
    {
        QFETCH(ScheduledFault::Action, action);
        QFETCH(bool, paused);
        QFETCH(QList<NodeFault>, expected);
        Bench bench;
        const qint64 forMs = action == ScheduledFault::Action::Restart ? 0 : 300;
        QVERIFY(bench.circuit.setSchedule({ { 200, bench.buzzer, action, forMs } }));
        QList<NodeFault> faults;
        connect(bench.runtime.get(), &MeshRuntime::nodeFaultChanged, this,
            [&](NodeId id, NodeFault fault) {
                QCOMPARE(id, bench.buzzer);
                faults << fault;
            });
        bench.runtime->startAll();
        if (paused) {
            bench.runtime->delivery()->setPaused(true);
            QTest::qWait(kQuietMs + 300); // past both times, in wall-clock time
            QCOMPARE(faults, QList<NodeFault>());
            bench.runtime->delivery()->setPaused(false);
        }
        QVERIFY(wbtest::waitFor([&] { return faults.size() >= expected.size(); }));
        QCOMPARE(faults, expected);
        QCOMPARE(bench.runtime->listeningPort(bench.buzzer), bench.port);
        QVERIFY(bench.flowing(bench.acked() + 3));
        QTest::qWait(kQuietMs);
        QCOMPARE(faults, expected); // played once
    }

    // Wire faults are not node faults: a dropped message or ack, or a cut wire, leaves the
    // connection open.
    void wireFaultsKeepTheConnection_data()
    {
        QTest::addColumn<wb::WireFaults>("faults");
        wb::WireFaults drop;
        drop.message.drop = 0.5;
        QTest::newRow("message drop") << drop;
        wb::WireFaults ackDrop;
        ackDrop.ack.drop = 0.5;
        QTest::newRow("ack drop") << ackDrop;
        wb::WireFaults cut;
        cut.cut = true;
        QTest::newRow("cut") << cut;
    }
    void wireFaultsKeepTheConnection()
    {
        QFETCH(wb::WireFaults, faults);
        Bench bench;
        faults.ackTimeoutMs = 200;
        QVERIFY(bench.circuit.setWireFaults(bench.wire, faults));
        QVERIFY(bench.circuit.setSeed(7));
        bench.runtime->startAll();
        QVERIFY(wbtest::waitFor([&] {
            const auto *link = bench.runtime->node(bench.clock)->findChild<wb::Link *>();
            return link && link->state() == wb::Link::State::Connected;
        }));
        auto *link = bench.runtime->node(bench.clock)->findChild<wb::Link *>();
        QSignalSpy states(link, &wb::Link::stateChanged);
        QVERIFY(wbtest::waitFor([&] { return bench.failed() >= 3; }));
        if (!faults.cut)
            QVERIFY(bench.flowing(1));
        QCOMPARE(link->state(), wb::Link::State::Connected);
        QCOMPARE(states.count(), 0);
        QCOMPARE(bench.runtime->node(bench.buzzer)->connectionCount(), 1);
        for (const TrafficEvent &e : bench.of(Type::Failed, bench.clock))
            QVERIFY2(e.text.contains(u"no ack within 0.2 s"_s), qPrintable(e.text));
    }
};

QTEST_GUILESS_MAIN(TestNodeFaults)
#include "tst_nodefaults.moc"
