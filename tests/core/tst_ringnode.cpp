// Ring members on real sockets (docs/ring.md): rings of local ring nodes in one runtime, on
// 127.0.0.1. A said message goes round and comes back; a crash while a message is on its way,
// a hang, a restart and a leave heal the ring and lose nothing; a hostile peer's bad frames
// are closed with 4010 and break nothing; lossy wires kill nobody. Nothing here asserts that
// something was fast: only what happens, and in which order.

#include "ringtestkit.h"

#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>

using namespace Qt::Literals::StringLiterals;
using wbtest::RingBench;

namespace {

// JSON written with single quotes, as it reads best in a C++ string.
QString q(QString json)
{
    return json.replace(u'\'', u'"');
}

constexpr int kHealMs = 15000; // generous: a healthy run heals in well under a second

} // namespace

class TestRingNode final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A ring of N forms from its wires, and a message said at one member passes every other
    // once and comes back after N hops.
    void messageGoesRound_data()
    {
        QTest::addColumn<int>("n");
        QTest::newRow("one") << 1;
        QTest::newRow("two") << 2;
        QTest::newRow("five") << 5;
    }
    void messageGoesRound()
    {
        QFETCH(int, n);
        RingBench ring(n);
        ring.runtime->startAll();
        QVERIFY(wbtest::waitFor([&] { return n == 1 || ring.closed(); }, kHealMs));
        QVERIFY(ring.say(0, u"hello"_s));
        QVERIFY(wbtest::waitFor(
            [&] { return ring.count(0, u"returned"_s, u"hello"_s) == 1; }, kHealMs));
        const QVariantMap back = ring.events(0, u"returned"_s, u"hello"_s).first();
        QCOMPARE(back.value(u"hops"_s).toInt(), n == 1 ? 0 : n);
        QVERIFY(back.value(u"ms"_s).toDouble() >= 0);
        QVERIFY(back.value(u"line"_s).toString().startsWith(u"m0#1 came back after"_s));
        QCOMPARE(ring.count(0, u"said"_s, u"hello"_s), 1);
        for (int i = 1; i < n; ++i) {
            QCOMPARE(ring.count(i, u"new"_s, u"hello"_s), 1);
            QCOMPARE(ring.events(i, u"new"_s, u"hello"_s).first().value(u"hops"_s).toInt(), i);
            QCOMPARE(ring.count(i, u"duplicate"_s, u"hello"_s), 0);
        }
        QVERIFY(ring.logged(0, u"m0#1 came back after"_s));
    }

    // A member crashes while a message is on its way (held at the gate, then let go): the
    // ring closes past it, the message goes on and comes back once; a member that saw it
    // before the resend shows the resent copy as a duplicate, never twice as new.
    void crashWhileOnItsWay_data()
    {
        QTest::addColumn<int>("reached"); // the message has reached this member when...
        QTest::addColumn<int>("crashed"); // ... this one crashes
        QTest::addColumn<int>("hops"); // hops when it comes back
        QTest::addColumn<int>("duplicateAt"); // the member that sees the resend (-1: none)
        // m1 passes it to m2, and m2 crashes before it arrives: m1 sends it to m3.
        QTest::newRow("receiver crashes") << 1 << 2 << 4 << -1;
        // m2 has it from m1 and m1 crashes: m0 finds m1 dead and resends to m2, which has
        // passed it on already: the message goes all the way round.
        QTest::newRow("relay crashes after passing on") << 2 << 1 << 5 << 2;
    }
    void crashWhileOnItsWay()
    {
        QFETCH(int, reached);
        QFETCH(int, crashed);
        QFETCH(int, hops);
        QFETCH(int, duplicateAt);
        RingBench ring(5);
        ring.runtime->startAll();
        RING_VERIFY(ring, wbtest::waitFor([&] { return ring.settled(); }, kHealMs));
        wb::DeliveryController *gate = ring.runtime->delivery();
        gate->setPaused(true);
        QVERIFY(ring.say(0, u"on its way"_s));
        // One passage at a time, until the member has it.
        QVERIFY(wbtest::waitFor(
            [&] {
                if (ring.count(reached, u"new"_s, u"on its way"_s) == 1)
                    return true;
                gate->step();
                return false;
            },
            kHealMs));
        ring.runtime->crash(ring.id(crashed));
        gate->setPaused(false);
        QVERIFY(wbtest::waitFor(
            [&] { return ring.count(0, u"returned"_s, u"on its way"_s) == 1; }, kHealMs));

        RING_VERIFY(ring,
            ring.events(0, u"returned"_s, u"on its way"_s).first().value(u"hops"_s).toInt()
                == hops);
        QList<int> alive { 0, 1, 2, 3, 4 };
        alive.removeOne(crashed);
        RING_VERIFY(ring, wbtest::waitFor([&] { return ring.closed(alive); }, kHealMs));
        for (int i : std::as_const(alive)) {
            if (i != 0)
                QCOMPARE(ring.count(i, u"new"_s, u"on its way"_s), 1);
        }
        if (duplicateAt >= 0) {
            QVERIFY(wbtest::waitFor(
                [&] { return ring.count(duplicateAt, u"duplicate"_s, u"on its way"_s) >= 1; },
                kHealMs));
        }
        const int before = crashed == 0 ? 4 : crashed - 1;
        QVERIFY(ring.logged(before, ring.address(crashed) + u" is dead"_s));
    }

    // A hung member (its sockets open, nothing answered) is suspected, then found dead when
    // nobody else hears from it either; the ring closes past it, and it rejoins when it wakes.
    void hangSuspectDeadHealWake()
    {
        RingBench ring(5);
        ring.runtime->startAll();
        RING_VERIFY(ring, wbtest::waitFor([&] { return ring.settled(); }, kHealMs));
        ring.runtime->hang(ring.id(2));
        RING_VERIFY(ring, wbtest::waitFor([&] { return ring.closed({ 0, 1, 3, 4 }); }, kHealMs));
        const QStringList &log = ring.logs.value(ring.id(1));
        const auto lineOf = [&](const QString &part) {
            for (qsizetype i = 0; i < log.size(); ++i) {
                if (log.at(i).contains(part))
                    return i;
            }
            return qsizetype(-1);
        };
        const qsizetype suspect = lineOf(u"suspect "_s + ring.address(2));
        const qsizetype dead = lineOf(ring.address(2) + u" is dead"_s);
        QVERIFY2(suspect >= 0 && dead > suspect, qPrintable(log.join(u'\n')));
        QCOMPARE(ring.statusAt(1, 2), u"dead"_s);
        QVERIFY(ring.say(0, u"past the hung one"_s));
        QVERIFY(wbtest::waitFor(
            [&] { return ring.count(0, u"returned"_s, u"past the hung one"_s) == 1; }, kHealMs));
        QCOMPARE(ring.count(2, u"new"_s, u"past the hung one"_s), 0);

        ring.runtime->wake(ring.id(2));
        RING_VERIFY(ring, wbtest::waitFor([&] { return ring.closed(); }, kHealMs));
        QVERIFY(wbtest::waitFor([&] { return ring.statusAt(1, 2) == u"alive"_s; }, kHealMs));
        QVERIFY(ring.say(0, u"all five again"_s));
        QVERIFY(wbtest::waitFor(
            [&] { return ring.count(0, u"returned"_s, u"all five again"_s) == 1; }, kHealMs));
        QCOMPARE(
            ring.events(0, u"returned"_s, u"all five again"_s).first().value(u"hops"_s).toInt(), 5);
    }

    // Two neighbours crash at once: the member before them skips both (its list holds three).
    void twoAdjacentCrashes()
    {
        RingBench ring(5);
        ring.runtime->startAll();
        RING_VERIFY(ring, wbtest::waitFor([&] { return ring.settled(); }, kHealMs));
        ring.runtime->crash(ring.id(2));
        ring.runtime->crash(ring.id(3));
        RING_VERIFY(ring, wbtest::waitFor([&] { return ring.closed({ 0, 1, 4 }); }, kHealMs));
        QVERIFY(ring.say(1, u"past two"_s));
        QVERIFY(wbtest::waitFor(
            [&] { return ring.count(1, u"returned"_s, u"past two"_s) == 1; }, kHealMs));
        QCOMPARE(ring.events(1, u"returned"_s, u"past two"_s).first().value(u"hops"_s).toInt(), 3);
    }

    // Paused, the detector's timers stand still: a hung member is not even suspected until the
    // run goes on.
    void pauseStopsTheDetector()
    {
        RingBench ring(3);
        ring.runtime->startAll();
        RING_VERIFY(ring, wbtest::waitFor([&] { return ring.settled(); }, kHealMs));
        ring.runtime->delivery()->setPaused(true);
        ring.runtime->hang(ring.id(1));
        QTest::qWait(1000); // two suspect times, shorter than the links' own pong timeout (3 s)
        QCOMPARE(ring.loggedCount(u"suspect "_s), 0);
        ring.runtime->delivery()->setPaused(false);
        RING_VERIFY(ring, wbtest::waitFor([&] { return ring.closed({ 0, 2 }); }, kHealMs));
        QVERIFY(ring.logged(0, u"suspect "_s + ring.address(1)));
    }

    // At teaching pace every passage takes its transit: the ring still forms, chats and finds
    // a hung member dead, and kills nobody for being slow.
    void teachingPace()
    {
        RingBench ring(3);
        wb::DeliveryController *gate = ring.runtime->delivery();
        gate->setPace(wb::DeliveryController::Pace::Teaching);
        gate->setTransitMs(200); // twice a heartbeat of these quick timings
        ring.runtime->startAll();
        RING_VERIFY(ring, wbtest::waitFor([&] { return ring.settled(); }, kHealMs));
        QVERIFY(ring.say(0, u"slowly"_s));
        QVERIFY(wbtest::waitFor(
            [&] { return ring.count(0, u"returned"_s, u"slowly"_s) == 1; }, kHealMs));
        QCOMPARE(ring.events(0, u"returned"_s, u"slowly"_s).first().value(u"hops"_s).toInt(), 3);
        QCOMPARE(ring.loggedCount(u" is dead"_s), 0);
        QCOMPARE(ring.loggedCount(u"suspect "_s), 0);
        ring.runtime->hang(ring.id(1));
        RING_VERIFY(ring, wbtest::waitFor([&] { return ring.closed({ 0, 2 }); }, kHealMs));
    }

    // A crashed member that starts again (on its port) joins at its place.
    void restartRejoins()
    {
        RingBench ring(4);
        ring.runtime->startAll();
        RING_VERIFY(ring, wbtest::waitFor([&] { return ring.settled(); }, kHealMs));
        ring.runtime->crash(ring.id(1));
        RING_VERIFY(ring, wbtest::waitFor([&] { return ring.closed({ 0, 2, 3 }); }, kHealMs));
        ring.runtime->start(ring.id(1));
        RING_VERIFY(ring, wbtest::waitFor([&] { return ring.closed(); }, kHealMs));
        QVERIFY(ring.say(1, u"back"_s));
        QVERIFY(
            wbtest::waitFor([&] { return ring.count(1, u"returned"_s, u"back"_s) == 1; }, kHealMs));
        QCOMPARE(ring.events(1, u"returned"_s, u"back"_s).first().value(u"hops"_s).toInt(), 4);
    }

    // A member that stops says so: its neighbours close the ring at once, nobody is found
    // dead, and it is gone from their tables. "leave" does the same without stopping.
    void leaveClosesTheRing_data()
    {
        QTest::addColumn<bool>("stop");
        QTest::newRow("stop") << true;
        QTest::newRow("leave command") << false;
    }
    void leaveClosesTheRing()
    {
        QFETCH(bool, stop);
        RingBench ring(4);
        ring.runtime->startAll();
        RING_VERIFY(ring, wbtest::waitFor([&] { return ring.settled(); }, kHealMs));
        if (stop)
            ring.runtime->stop(ring.id(2));
        else
            QVERIFY(ring.runtime->command(ring.id(2), u"leave"_s, {}));
        RING_VERIFY(ring, wbtest::waitFor([&] { return ring.closed({ 0, 1, 3 }); }, kHealMs));
        QVERIFY(wbtest::waitFor([&] { return ring.logged(2, u"left the ring"_s); }, kHealMs));
        if (stop) {
            QVERIFY(wbtest::waitFor(
                [&] { return ring.runtime->state(ring.id(2)) == wb::NodeState::Stopped; },
                kHealMs));
        }
        QVERIFY(ring.logged(1, ring.address(2) + u" (m2) left the ring"_s));
        QCOMPARE(ring.loggedCount(u" is dead"_s), 0);
        QVERIFY(!ring.view(1).value(u"members"_s).toMap().contains(ring.address(2)));
        QVERIFY(ring.say(3, u"without m2"_s));
        QVERIFY(wbtest::waitFor(
            [&] { return ring.count(3, u"returned"_s, u"without m2"_s) == 1; }, kHealMs));
        QCOMPARE(
            ring.events(3, u"returned"_s, u"without m2"_s).first().value(u"hops"_s).toInt(), 3);
    }

    // A hostile peer's frames: each closes its connection with 4010 and a reason that says
    // what was wrong; the ring goes on chatting.
    void hostilePeerIsClosed_data()
    {
        QTest::addColumn<QString>("frame");
        QTest::addColumn<QString>("reason");
        const QString from = q(u"'from': {'addr': 'ws://127.0.0.1:1', 'key': 1, 'name': 'evil'}"_s);
        QString many;
        for (int i = 0; i < 10000; ++i)
            many += (i ? u","_s : QString())
                + q(u"{'addr': 'ws://127.0.0.1:2', 'key': 2, 'name': 'x'}"_s);
        QTest::newRow("not JSON") << u"{ring: chat"_s << u"ring: not JSON"_s;
        QTest::newRow("not an object") << u"[1, 2]"_s << u"ring: not a JSON object"_s;
        QTest::newRow("unknown message") << (u"{\"ring\": \"dance\", "_s + from + u"}"_s)
                                         << u"ring: unknown message \"dance\""_s;
        QTest::newRow("wrong type")
            << (u"{\"ring\": \"ping\", \"seq\": \"one\", "_s + from + u"}"_s)
            << u"ring: seq: not a whole number"_s;
        QTest::newRow("bad address")
            << q(u"{'ring': 'notify', 'from': {'addr': 'http://x', 'key': 1, 'name': 'e'}}"_s)
            << u"ring: from.addr: \"http://x\" is not ws://HOST:PORT"_s;
        QTest::newRow("10,000 successors")
            << (u"{\"ring\": \"leave\", \"predecessor\": null, \"successors\": ["_s + many
                   + u"], "_s + from + u"}"_s)
            << u"ring: successors: at most 16 members"_s;
        QTest::newRow("from ourselves") << u"SELF"_s << u"ring: from: this member's own address"_s;
    }
    void hostilePeerIsClosed()
    {
        QFETCH(QString, frame);
        QFETCH(QString, reason);
        RingBench ring(3);
        ring.runtime->startAll();
        RING_VERIFY(ring, wbtest::waitFor([&] { return ring.settled(); }, kHealMs));
        if (frame == u"SELF"_s) {
            frame
                = q(u"{'ring': 'ping', 'seq': 1, 'from': {'addr': '%1', 'key': 0, 'name': 'm0'}}"_s)
                      .arg(ring.address(0));
        }
        wbtest::Client evil;
        QVERIFY(evil.open(QUrl(ring.address(0) + u"/ring"_s)));
        evil.socket.sendTextMessage(frame);
        QVERIFY(evil.waitForDisconnect());
        QCOMPARE(int(evil.closeCode), 4010);
        QVERIFY2(evil.closeReason.startsWith(reason), qPrintable(evil.closeReason));
        QVERIFY(evil.received.isEmpty());
        QVERIFY(ring.say(0, u"unbroken"_s));
        QVERIFY(wbtest::waitFor(
            [&] { return ring.count(0, u"returned"_s, u"unbroken"_s) == 1; }, kHealMs));
        QVERIFY(ring.closed());
        QCOMPARE(ring.loggedCount(u" is dead"_s), 0);
    }

    // 5 % of every wire's messages and acks dropped (a fixed seed) for a few seconds of
    // heartbeats and chat: retries and indirect probes keep every member alive.
    void lossyWiresKillNobody()
    {
        RingBench ring(5);
        ring.circuit.setSeed(15);
        wb::WireFaults faults;
        faults.message.drop = 0.05;
        faults.ack.drop = 0.05;
        for (wb::WireId wire : ring.circuit.wireIds())
            ring.circuit.setWireFaults(wire, faults);
        ring.runtime->startAll();
        RING_VERIFY(ring, wbtest::waitFor([&] { return ring.settled(); }, kHealMs));
        for (int round = 0; round < 20; ++round) {
            const QString text = u"lossy %1"_s.arg(round);
            QVERIFY(ring.say(round % 5, text));
            QVERIFY(wbtest::waitFor(
                [&] { return ring.count(round % 5, u"returned"_s, text) == 1; }, kHealMs));
            QTest::qWait(150); // heartbeats meanwhile
        }
        QCOMPARE(ring.loggedCount(u" is dead"_s), 0);
        QVERIFY(ring.closed());
    }

    void sayRefusesWhatItCannotSay()
    {
        RingBench ring(1);
        QVERIFY(!ring.say(0, u"before it runs"_s));
        ring.runtime->startAll();
        QVERIFY(!ring.say(0, QString()));
        QVERIFY(!ring.say(0, QString(4097, u'x')));
        QVERIFY(ring.say(0, QString(4096, u'x')));
        QVERIFY(!ring.runtime->command(ring.id(0), u"dance"_s, {}));
    }
};

QTEST_GUILESS_MAIN(TestRingNode)
#include "tst_ringnode.moc"
