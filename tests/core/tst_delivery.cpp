// The delivery path end to end: a runtime's nodes on real sockets on 127.0.0.1, every message
// and ack through the gate. Verdicts in each direction, pause, step, retries and the seeded
// decisions (docs/delivery.md).

#include "circuittestkit.h"
#include "document/circuit.h"
#include "runtime/faultdecision.h"
#include "runtime/meshruntime.h"
#include "wstestkit.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using wb::Direction;
using wb::NodeId;
using wb::TrafficEvent;
using wb::WireId;
using Type = TrafficEvent::Type;

namespace {

// A clock ticking into one or more buzzers, and everything its runtime reports.
struct Bench
{
    wb::Circuit circuit;
    NodeId clock = 0;
    QList<NodeId> buzzers;
    QList<WireId> wires;
    QList<TrafficEvent> events;
    int finished = 0;
    bool finishedOk = false;
    int failures = 0;
    // Last: it goes first, while what its signals fill is still there.
    std::unique_ptr<wb::MeshRuntime> runtime;

    explicit Bench(int tacks, double delay = 0.0, int targets = 1)
    {
        wb::NodeSpec clockSpec = wbtest::nodeSpec(QStringLiteral("clock"), wb::NodeKind::Clock);
        clockSpec.params
            = { { QStringLiteral("tacks"), tacks }, { QStringLiteral("delay"), delay } };
        clock = circuit.addNode(clockSpec);
        for (int i = 0; i < targets; ++i) {
            const NodeId buzzer = circuit.addNode(wbtest::nodeSpec(
                QStringLiteral("buzzer%1").arg(i), wb::NodeKind::Buzzer, wbtest::freePort()));
            buzzers << buzzer;
            wires << circuit.addWire(clock, buzzer);
        }
        runtime = std::make_unique<wb::MeshRuntime>(&circuit);
        QObject::connect(runtime.get(), &wb::MeshRuntime::traffic, runtime.get(),
            [this](const TrafficEvent &e) { events << e; });
        QObject::connect(runtime.get(), &wb::MeshRuntime::clockFinished, runtime.get(),
            [this](NodeId, bool ok, int f) {
                ++finished;
                finishedOk = ok;
                failures = f;
            });
    }

    wb::DeliveryController *gate() const { return runtime->delivery(); }

    void setFaults(const wb::WireFaults &faults, int wire = 0)
    {
        QVERIFY(circuit.setWireFaults(wires.at(wire), faults));
    }

    int count(Type type, NodeId at, std::function<bool(const TrafficEvent &)> also = {}) const
    {
        int n = 0;
        for (const TrafficEvent &e : events)
            n += e.type == type && (at == 0 || e.node == at) && (!also || also(e)) ? 1 : 0;
        return n;
    }
    int gateEvents(Type type, bool ack) const
    {
        return count(type, 0, [ack](const TrafficEvent &e) { return e.ack == ack; });
    }
    bool run(int timeoutMs = wbtest::kWaitMs)
    {
        runtime->startAll();
        return wbtest::waitFor([this] { return finished > 0; }, timeoutMs);
    }
};

wb::WireFaults withAckTimeout(int ms, int retries = 0)
{
    wb::WireFaults faults;
    faults.ackTimeoutMs = ms;
    faults.retries = retries;
    return faults;
}

} // namespace

class TestDelivery final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<wb::TrafficEvent>(); }

    // Each verdict in each direction, decided by a rule of probability 0 or 1.
    void verdicts_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<int>("received"); // at the buzzer, copies included
        QTest::addColumn<int>("repeats"); // of those, copies seen before
        QTest::addColumn<int>("acked"); // acks that answered a waiting tick
        QTest::addColumn<int>("extraAcks"); // acks of copies, expected
        QTest::addColumn<int>("failures"); // ticks the clock counts as failed
        QTest::addColumn<int>("gateDropped"); // the gate's Dropped events
        QTest::addColumn<int>("gateDuplicated");
        QTest::addColumn<int>("gateDelayed");
        QTest::addColumn<bool>("ackEvents"); // the gate's events are about acks

        QTest::newRow("message pass") << "none" << 3 << 0 << 3 << 0 << 0 << 0 << 0 << 0 << false;
        QTest::newRow("message drop")
            << "msg.drop" << 0 << 0 << 0 << 0 << 3 << 3 << 0 << 0 << false;
        QTest::newRow("message duplicate")
            << "msg.dup" << 6 << 3 << 3 << 3 << 0 << 0 << 3 << 0 << false;
        QTest::newRow("message delay")
            << "msg.delay" << 3 << 0 << 3 << 0 << 0 << 0 << 0 << 3 << false;
        QTest::newRow("message cut") << "cut" << 0 << 0 << 0 << 0 << 3 << 3 << 0 << 0 << false;
        QTest::newRow("ack drop") << "ack.drop" << 3 << 0 << 0 << 0 << 3 << 3 << 0 << 0 << true;
        QTest::newRow("ack duplicate") << "ack.dup" << 3 << 0 << 3 << 3 << 0 << 0 << 3 << 0 << true;
        QTest::newRow("ack delay") << "ack.delay" << 3 << 0 << 3 << 0 << 0 << 0 << 0 << 3 << true;
    }

    void verdicts()
    {
        QFETCH(QString, rule);
        Bench bench(3);
        wb::WireFaults faults = withAckTimeout(300);
        if (rule == QLatin1String("msg.drop"))
            faults.message.drop = 1;
        else if (rule == QLatin1String("msg.dup"))
            faults.message.duplicate = 1;
        else if (rule == QLatin1String("msg.delay"))
            faults.message.delayMs = 50;
        else if (rule == QLatin1String("cut"))
            faults.cut = true;
        else if (rule == QLatin1String("ack.drop"))
            faults.ack.drop = 1;
        else if (rule == QLatin1String("ack.dup"))
            faults.ack.duplicate = 1;
        else if (rule == QLatin1String("ack.delay"))
            faults.ack.delayMs = 50;
        bench.setFaults(faults);
        QVERIFY(bench.run());
        const NodeId buzzer = bench.buzzers.first();
        QTEST(bench.count(Type::Received, buzzer), "received");
        QTEST(
            bench.count(Type::Received, buzzer, [](const TrafficEvent &e) { return e.duplicate; }),
            "repeats");
        QTEST(bench.count(Type::AckReceived, bench.clock,
                  [](const TrafficEvent &e) { return !e.duplicate; }),
            "acked");
        // The extra acks of copies come after their tick was answered: wait for them.
        QFETCH(int, extraAcks);
        QVERIFY(wbtest::waitFor([&] {
            return bench.count(Type::AckReceived, bench.clock, [](const TrafficEvent &e) {
                return e.duplicate;
            }) >= extraAcks;
        }));
        QTEST(bench.failures, "failures");
        QFETCH(bool, ackEvents);
        QTEST(bench.gateEvents(Type::Dropped, ackEvents), "gateDropped");
        QTEST(bench.gateEvents(Type::Duplicated, ackEvents), "gateDuplicated");
        QTEST(bench.gateEvents(Type::Delayed, ackEvents), "gateDelayed");
        // Every event of one message carries its one id, at both ends.
        for (const TrafficEvent &e : std::as_const(bench.events))
            QVERIFY2(e.messageId != 0, qPrintable(wb::trafficTypeName(e.type)));
        // A drop is not a broken connection: nothing failed for want of the peer.
        for (const TrafficEvent &e : std::as_const(bench.events)) {
            if (e.type == Type::Failed)
                QVERIFY2(e.text.contains(QLatin1String("no ack within")), qPrintable(e.text));
        }
    }

    // The receiver's events name the sender's message: one arrow from end to end.
    void bothEndsShareTheMessageId()
    {
        Bench bench(4);
        QVERIFY(bench.run());
        const NodeId buzzer = bench.buzzers.first();
        QList<quint64> sent, received, ackSent, acked;
        for (const TrafficEvent &e : std::as_const(bench.events)) {
            if (e.type == Type::Sent && e.node == bench.clock)
                sent << e.messageId;
            if (e.type == Type::Received && e.node == buzzer)
                received << e.messageId;
            if (e.type == Type::AckSent && e.node == buzzer)
                ackSent << e.messageId;
            if (e.type == Type::AckReceived && e.node == bench.clock)
                acked << e.messageId;
            if (e.type == Type::Received || e.type == Type::Sent)
                QCOMPARE(e.wire, bench.wires.first());
        }
        QCOMPARE(sent.size(), 4);
        QCOMPARE(received, sent);
        QCOMPARE(ackSent, sent);
        QCOMPARE(acked, sent);
        QCOMPARE(QSet<quint64>(sent.cbegin(), sent.cend()).size(), 4);
    }

    // While paused no component sees a message, no ack is taken and no clock ticks.
    void pauseHoldsEverything()
    {
        Bench bench(-1, 0.02);
        bench.runtime->startAll();
        const NodeId buzzer = bench.buzzers.first();
        QVERIFY(wbtest::waitFor([&] { return bench.count(Type::AckReceived, bench.clock) >= 5; }));
        bench.gate()->setPaused(true);
        const int sent = bench.count(Type::Sent, bench.clock);
        const int received = bench.count(Type::Received, buzzer);
        const int acked = bench.count(Type::AckReceived, bench.clock);
        const qint64 runTime = bench.gate()->timeSource()->nowNs();
        QTest::qWait(400); // twenty ticks' worth
        QCOMPARE(bench.count(Type::Sent, bench.clock), sent);
        QCOMPARE(bench.count(Type::Received, buzzer), received);
        QCOMPARE(bench.count(Type::AckReceived, bench.clock), acked);
        QCOMPARE(bench.gate()->timeSource()->nowNs(), runTime);
        bench.gate()->setPaused(false);
        QVERIFY(wbtest::waitFor(
            [&] { return bench.count(Type::AckReceived, bench.clock) >= acked + 5; }));
        bench.runtime->stopAll();
    }

    // Step delivers exactly one held passage: the chosen one, then the oldest. Fan-out at
    // teaching pace with a transit no test outlives: every message waits on its wire.
    void stepDeliversExactlyOne()
    {
        Bench bench(1, 0.0, 2);
        bench.gate()->setPace(wb::DeliveryController::Pace::Teaching);
        bench.gate()->setTransitMs(60'000);
        bench.runtime->startAll();
        QVERIFY(wbtest::waitFor([&] { return bench.gate()->heldCount() == 2; }));
        bench.gate()->setPaused(true);
        const NodeId first = bench.buzzers.at(0);
        const NodeId second = bench.buzzers.at(1);
        quint64 toSecond = 0;
        for (const auto &held : bench.gate()->held()) {
            if (held.passage.to == second)
                toSecond = held.ticket;
        }
        QVERIFY(toSecond != 0);
        // The second target hears the tick first: the race decided by hand.
        QVERIFY(bench.gate()->step(toSecond));
        QVERIFY(wbtest::waitFor([&] { return bench.count(Type::Received, second) == 1; }));
        QCOMPARE(bench.count(Type::Received, first), 0);
        // Its ack is on its way back now, behind the first message.
        QVERIFY(wbtest::waitFor([&] { return bench.gate()->heldCount() == 2; }));
        QVERIFY(bench.gate()->step());
        QVERIFY(wbtest::waitFor([&] { return bench.count(Type::Received, first) == 1; }));
        QCOMPARE(bench.count(Type::AckReceived, bench.clock), 0);
        QVERIFY(wbtest::waitFor([&] { return bench.gate()->heldCount() == 2; }));
        QVERIFY(bench.gate()->step());
        QVERIFY(bench.gate()->step());
        QVERIFY(wbtest::waitFor([&] { return bench.count(Type::AckReceived, bench.clock) == 2; }));
        QVERIFY(!bench.gate()->step()); // nothing left
        // The clock is done only in run time: not while paused.
        QTest::qWait(100);
        QCOMPARE(bench.finished, 0);
        bench.gate()->setPaused(false);
        QVERIFY(wbtest::waitFor([&] { return bench.finished == 1; }));
        QVERIFY(bench.finishedOk);
    }

    // At-least-once: the first ack is lost, the tick goes again, the buzzer hears it twice
    // (once as a repeat) and the clock counts one answered tick.
    void droppedAckWithOneRetryGivesOneDuplicate()
    {
        Bench bench(1);
        const WireId wire = bench.wires.first();
        quint64 seed = 1;
        while (!(wb::faultdecision::uniform(seed, wire, Direction::Ack, 0, 0) < 0.5
            && wb::faultdecision::uniform(seed, wire, Direction::Ack, 1, 0) >= 0.5)) {
            ++seed;
        }
        QVERIFY(bench.circuit.setSeed(seed));
        wb::WireFaults faults = withAckTimeout(200, 1);
        faults.ack.drop = 0.5;
        bench.setFaults(faults);
        QVERIFY(bench.run());
        const NodeId buzzer = bench.buzzers.first();
        QVERIFY(bench.finishedOk);
        QCOMPARE(bench.count(Type::Received, buzzer), 2);
        QCOMPARE(
            bench.count(Type::Received, buzzer, [](const TrafficEvent &e) { return e.duplicate; }),
            1);
        QCOMPARE(bench.count(
                     Type::Sent, bench.clock, [](const TrafficEvent &e) { return e.attempt == 2; }),
            1);
        QCOMPARE(bench.count(Type::AckReceived, bench.clock), 1);
        QCOMPARE(bench.gateEvents(Type::Dropped, true), 1);
    }

    // At-most-once: without retries the same loss fails the tick, and nothing is heard twice.
    void droppedAckWithoutRetryFails()
    {
        Bench bench(1);
        wb::WireFaults faults = withAckTimeout(200, 0);
        faults.ack.drop = 1;
        bench.setFaults(faults);
        QVERIFY(bench.run());
        QVERIFY(!bench.finishedOk);
        QCOMPARE(bench.count(Type::Received, bench.buzzers.first()), 1);
        QCOMPARE(bench.count(Type::Failed, bench.clock), 1);
    }

    // The n-th message of a wire gets the same decision on every run with the same seed.
    void sameSeedSameDecisions_data()
    {
        QTest::addColumn<quint64>("seedA");
        QTest::addColumn<quint64>("seedB");
        QTest::addColumn<bool>("same");
        QTest::newRow("same seed") << quint64(7) << quint64(7) << true;
        QTest::newRow("other seed") << quint64(7) << quint64(8) << false;
    }

    void sameSeedSameDecisions()
    {
        QFETCH(quint64, seedA);
        QFETCH(quint64, seedB);
        const auto decisions = [](quint64 seed) {
            Bench bench(24);
            bench.circuit.setSeed(seed);
            wb::WireFaults faults = withAckTimeout(100, 0);
            faults.message.drop = 0.5;
            bench.setFaults(faults);
            if (!bench.run(30'000))
                return QString();
            QString pattern;
            for (const TrafficEvent &e : std::as_const(bench.events)) {
                if (e.type == Type::Received)
                    pattern += u'+';
                else if (e.type == Type::Dropped)
                    pattern += u'x';
            }
            return pattern;
        };
        const QString a = decisions(seedA);
        const QString b = decisions(seedB);
        QCOMPARE(a.size(), 24);
        QCOMPARE(b.size(), 24);
        QFETCH(bool, same);
        QCOMPARE(a == b, same);
    }

    // A message from elsewhere (the seed's Python clock) waits at the gate while paused.
    void pauseHoldsExternalSenders()
    {
        wb::Circuit circuit;
        const quint16 port = wbtest::freePort();
        const NodeId buzzer = circuit.addNode(
            wbtest::nodeSpec(QStringLiteral("buzzer"), wb::NodeKind::Buzzer, port));
        wb::MeshRuntime runtime(&circuit);
        QList<TrafficEvent> events;
        QObject::connect(&runtime, &wb::MeshRuntime::traffic, &runtime,
            [&](const TrafficEvent &e) { events << e; });
        runtime.start(buzzer);
        QCOMPARE(runtime.state(buzzer), wb::NodeState::Listening);
        runtime.delivery()->setPaused(true);
        QProcess clock;
        clock.setProcessChannelMode(QProcess::MergedChannels);
        clock.start(QStringLiteral(WIREBENCH_PYTHON),
            { QStringLiteral(WIREBENCH_PEERS_DIR "/seed_nodes.py"), QStringLiteral("clock"),
                QStringLiteral("-s"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                QString::number(port), QStringLiteral("-t"), QStringLiteral("3"),
                QStringLiteral("-d"), QStringLiteral("0") });
        QVERIFY(clock.waitForStarted());
        QVERIFY(wbtest::waitFor([&] { return runtime.delivery()->heldCount() == 1; }));
        QTest::qWait(300);
        const auto received = [&] {
            return std::count_if(events.cbegin(), events.cend(),
                [](const TrafficEvent &e) { return e.type == Type::Received; });
        };
        QCOMPARE(received(), 0);
        QCOMPARE(runtime.delivery()->heldCount(), 1);
        runtime.delivery()->setPaused(false);
        QVERIFY(wbtest::waitFor([&] { return received() == 3; }));
        // The event loop must run meanwhile: our node answers the clock's close frame.
        QVERIFY2(wbtest::waitFor([&] { return clock.state() == QProcess::NotRunning; }),
            clock.readAll().constData());
        QCOMPARE(clock.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDelivery)
#include "tst_delivery.moc"
