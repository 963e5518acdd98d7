// Rings of real `wirebench-node ring` processes on 127.0.0.1 (docs/ring.md): join, a message
// round the ring, leave, kill -9 while messages flow, SIGSTOP and SIGCONT, two neighbours
// killed at once, rejoin after a restart, a duplicate after a resend, a ring from a circuit
// file, a ring found through the registry, and a hostile peer whose malformed ring messages
// are closed with 4010 while the ring goes on. The members' state is read with the `status`
// message; every process is killed by its PID at the end.
#include "../core/etcdkit.h"
#include "ringkit.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using wbtest::Process;
using wbtest::RingOfProcesses;

namespace {

constexpr int kHealMs = 20000; // bounded; a healthy ring heals in well under a second here

// What a member says on its chat about a text: came back, or how often it saw it as new.
bool cameBack(const wbtest::RingMember &m, const QString &text)
{
    return !m.chatLines(text).filter(u"came back"_s).isEmpty();
}
// How many times a member showed a text as new (neither its own saying nor a duplicate).
qsizetype shownAsNew(const wbtest::RingMember &m, const QString &text)
{
    qsizetype count = 0;
    for (const QString &line : m.chatLines(text)) {
        if (!line.contains(u"duplicate"_s) && !line.contains(u"came back"_s)
            && !line.startsWith(m.name + u'#'))
            ++count;
    }
    return count;
}

// A member as the wire writes it.
QJsonObject member(const QString &addr, qint64 key = 5, const QString &name = u"hostile"_s)
{
    return { { u"addr"_s, addr }, { u"key"_s, key }, { u"name"_s, name } };
}

QString json(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

class TestRingProcesses final : public QObject
{
    Q_OBJECT

    std::unique_ptr<RingOfProcesses> m_hostileRing; // one ring for every hostile row
    int m_said = 0;

    // Member i says a new text and waits until it came back; returns the text (empty: it did
    // not come back).
    QString roundTrip(RingOfProcesses &ring, int i)
    {
        const QString text = u"round %1"_s.arg(++m_said);
        ring[i].say(text);
        return wbtest::waitFor([&] { return cameBack(ring[i], text); }, kHealMs) ? text : QString();
    }

private Q_SLOTS:
    void cleanupTestCase() { m_hostileRing.reset(); }

    // Five join; a sixth joins to say one text, which passes every member once and comes
    // back to it after six hops: it exits 0 and leaves.
    void joinAndSayRoundTheRing()
    {
        RingOfProcesses ring(5);
        QVERIFY2(ring.startWhole(kHealMs), qPrintable(ring.report()));

        Process sayer;
        sayer.startNode(
            QStringList { u"ring"_s, u"--name"_s, u"sayer"_s, u"--join"_s, ring[2].address(),
                u"--say"_s, u"hello ring"_s, u"--until-done"_s, u"--timeout"_s, u"20"_s }
            + wbtest::fastRingTimings());
        QVERIFY2(sayer.waitForExit(25000), qPrintable(sayer.report()));
        QCOMPARE(sayer.process.exitStatus(), QProcess::NormalExit);
        QVERIFY2(sayer.process.exitCode() == 0, qPrintable(sayer.report() + ring.report()));
        QVERIFY2(!sayer.linesOf(u"sayer"_s).filter(u"came back after 6 hops"_s).isEmpty(),
            qPrintable(sayer.report()));
        for (int i = 0; i < ring.size(); ++i) {
            QVERIFY2(ring[i].process->waitForLines(ring[i].name, u": hello ring"_s, 1),
                qPrintable(ring.report()));
            QCOMPARE(shownAsNew(ring[i], u"hello ring"_s), 1);
        }
        // It left: the five close the ring without it.
        QVERIFY2(ring.waitHealed(kHealMs), qPrintable(ring.report()));
    }

    // Lines typed while the member is still joining wait until it has joined: they go round
    // the ring instead of coming back at once from a ring of one.
    void linesTypedBeforeJoiningGoRound()
    {
        RingOfProcesses ring(3);
        QVERIFY2(ring.start(0) && ring.start(1, ring[0].address()), qPrintable(ring.report()));
        // Member 2 is told to say before it serves: its first line is typed while it joins.
        ring.drawPort(2);
        ring[2].process = std::make_unique<Process>();
        ring[2].process->startNode(
            QStringList { u"ring"_s, u"--port"_s, QString::number(ring[2].port), u"--name"_s,
                ring[2].name, u"--key"_s, QString::number(ring[2].key), u"--join"_s,
                ring[0].address() }
            + wbtest::fastRingTimings());
        ring[2].alive = true;
        ring[2].say(u"early"_s);
        QVERIFY2(wbtest::waitFor([&] { return cameBack(ring[2], u"early"_s); }, kHealMs),
            qPrintable(ring.report()));
        QVERIFY2(ring[2].chatLines(u"early"_s).filter(u"after 0 hops"_s).isEmpty(),
            qPrintable(ring.report()));
    }

    // --say --until-done through a contact nobody answers at: exit 3 at the timeout, saying so.
    void sayThatDoesNotComeBackExits3()
    {
        Process lonely;
        lonely.startNode({ u"ring"_s, u"--join"_s, wbtest::ringAddress(wbtest::freePort()),
            u"--say"_s, u"anyone?"_s, u"--until-done"_s, u"--timeout"_s, u"0.5"_s });
        QVERIFY2(lonely.waitForExit(), qPrintable(lonely.report()));
        QCOMPARE(lonely.process.exitCode(), 3);
        QVERIFY2(
            lonely.err.contains(u"did not come back within 0.5 s"_s), qPrintable(lonely.report()));
    }

    // SIGTERM: the member tells its neighbours and exits 0; they close the ring without
    // declaring it dead.
    void leaveClosesTheRing()
    {
        RingOfProcesses ring(5);
        QVERIFY2(ring.startWhole(kHealMs), qPrintable(ring.report()));
        ring[2].process->signal(SIGTERM);
        QVERIFY2(ring[2].process->waitForExit(), qPrintable(ring.report()));
        ring[2].alive = false;
        QCOMPARE(ring[2].process->process.exitCode(), 0);
        QVERIFY2(!ring[2].lines().filter(u"left the ring"_s).isEmpty(), qPrintable(ring.report()));
        QVERIFY2(ring.waitHealed(kHealMs), qPrintable(ring.report()));
        for (int i : { 1, 3 })
            QVERIFY2(ring[i].lines().filter(ring[2].address() + u" is dead"_s).isEmpty(),
                qPrintable(ring.report()));
        QVERIFY2(!roundTrip(ring, 0).isEmpty(), qPrintable(ring.report()));
    }

    // kill -9 while member 0 says a text every 50 ms: the ring heals, later texts come back,
    // and no member shows any text twice as new.
    void killWhileMessagesFlow()
    {
        RingOfProcesses ring(5);
        QVERIFY2(ring.startWhole(kHealMs), qPrintable(ring.report()));
        QStringList flow;
        QTimer talk;
        QObject::connect(&talk, &QTimer::timeout, &talk, [&] {
            flow << u"flow %1."_s.arg(flow.size());
            ring[0].say(flow.last());
        });
        talk.start(50);
        QVERIFY(wbtest::waitFor([&] { return flow.size() >= 5; }));
        ring.signal(2, SIGKILL);
        QVERIFY(wbtest::waitFor([&] { return flow.size() >= 15; }));
        talk.stop();
        QVERIFY2(ring.waitHealed(kHealMs), qPrintable(ring.report()));
        const QString after = roundTrip(ring, 0);
        QVERIFY2(!after.isEmpty(), qPrintable(ring.report()));
        for (int i : { 1, 3, 4 }) {
            for (const QString &text : std::as_const(flow))
                QVERIFY2(shownAsNew(ring[i], text) <= 1, qPrintable(text + u'\n' + ring.report()));
        }
    }

    // SIGSTOP: the predecessor suspects the member, finds it dead after the probes, and the
    // ring heals without it; SIGCONT: it comes back into the ring.
    void stopThenContinue()
    {
        RingOfProcesses ring(5);
        QVERIFY2(ring.startWhole(kHealMs), qPrintable(ring.report()));
        const QString stopped = ring[2].address();
        ring.signal(2, SIGSTOP);
        // What the predecessor thinks of it, as its status says: suspect (or its log, when
        // the suspicion was shorter than a look), then dead.
        bool suspected = false;
        QString state;
        QVERIFY2(wbtest::askUntil(
                     [&] {
                         state = wbtest::ringStatus(ring[1].port)
                                     .value(u"members"_s)
                                     .toObject()
                                     .value(stopped)
                                     .toString();
                         suspected = suspected || state == u"suspect"_s
                             || !ring[1].lines().filter(u"suspect "_s + stopped).isEmpty();
                         return state == u"dead"_s;
                     },
                     kHealMs),
            qPrintable(state + u'\n' + ring.report()));
        QVERIFY2(suspected, qPrintable(ring.report()));
        QVERIFY2(ring.waitHealed(kHealMs), qPrintable(ring.report()));
        QVERIFY2(!roundTrip(ring, 0).isEmpty(), qPrintable(ring.report()));

        ring.signal(2, SIGCONT);
        QVERIFY2(ring.waitHealed(kHealMs), qPrintable(ring.report()));
        QVERIFY2(!roundTrip(ring, 2).isEmpty(), qPrintable(ring.report()));
    }

    // Two neighbours killed at once: the successor list holds three, the ring closes over both.
    void twoNeighboursKilled()
    {
        RingOfProcesses ring(5);
        QVERIFY2(ring.startWhole(kHealMs), qPrintable(ring.report()));
        ring.signal({ 2, 3 }, SIGKILL); // both before either is seen to go
        QVERIFY2(ring.waitHealed(kHealMs), qPrintable(ring.report()));
        QVERIFY2(!roundTrip(ring, 1).isEmpty(), qPrintable(ring.report()));
    }

    // A member killed and started again on its port joins again at its place.
    void rejoinAfterRestart()
    {
        RingOfProcesses ring(5);
        QVERIFY2(ring.startWhole(kHealMs), qPrintable(ring.report()));
        ring.signal(3, SIGKILL);
        QVERIFY2(ring.waitHealed(kHealMs), qPrintable(ring.report()));
        QVERIFY2(ring.start(3, ring[0].address()), qPrintable(ring.report()));
        QVERIFY2(ring.waitHealed(kHealMs), qPrintable(ring.report()));
        QVERIFY2(!roundTrip(ring, 3).isEmpty(), qPrintable(ring.report()));
    }

    // A text went round; then member 0's successor dies. Member 0 resends what it passed on in
    // the resend window to its new successor, which has seen it: a duplicate, shown as one.
    void duplicateAfterResend()
    {
        RingOfProcesses ring(5);
        QVERIFY2(ring.startWhole(kHealMs), qPrintable(ring.report()));
        const QString text = roundTrip(ring, 4);
        QVERIFY2(!text.isEmpty(), qPrintable(ring.report()));
        ring.signal(1, SIGKILL);
        QVERIFY2(
            wbtest::waitFor(
                [&] { return !ring[2].chatLines(text).filter(u"duplicate"_s).isEmpty(); }, kHealMs),
            qPrintable(ring.report()));
        QCOMPARE(shownAsNew(ring[2], text), 1);
        QCOMPARE(shownAsNew(ring[3], text), 1);
    }

    // wirebench-node run of the example circuit (on free ports): five members, one process.
    void ringFromCircuitFile()
    {
        QFile example(
            QStringLiteral(WIREBENCH_PEERS_DIR "/../../resources/circuits/examples/ring.json"));
        QVERIFY(example.open(QIODevice::ReadOnly));
        QJsonObject circuit = QJsonDocument::fromJson(example.readAll()).object();
        QJsonArray nodes = circuit.value(u"nodes"_s).toArray();
        RingOfProcesses ring(int(nodes.size()));
        for (int i = 0; i < nodes.size(); ++i) {
            QJsonObject node = nodes.at(i).toObject();
            ring.drawPort(i);
            ring[i].key = node.value(u"params"_s).toObject().value(u"key"_s).toInteger();
            ring[i].alive = true;
            node.insert(u"port"_s, ring[i].port);
            nodes.replace(i, node);
        }
        circuit.insert(u"nodes"_s, nodes);
        QTemporaryDir dir;
        QFile file(dir.filePath(u"ring.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(circuit).toJson());
        file.close();
        Process run;
        run.startNode({ u"run"_s, file.fileName() });
        QVERIFY2(ring.waitHealed(kHealMs), qPrintable(ring.report() + run.report()));
        run.signal(SIGTERM);
        QVERIFY2(run.waitForExit(), qPrintable(run.report()));
        QCOMPARE(run.process.exitCode(), 0);
    }

    // A member listening everywhere is known by its --advertise host: that is its address
    // in the ring, the one the others reach it at.
    void advertisedAddress()
    {
        const quint16 port = wbtest::freePort();
        const QString advertised = u"ws://127.0.0.2:%1"_s.arg(port);
        Process far;
        far.startNode(QStringList { u"ring"_s, u"--port"_s, QString::number(port), u"--name"_s,
                          u"far"_s, u"--listen"_s, u"0.0.0.0"_s, u"--advertise"_s, u"127.0.0.2"_s }
            + wbtest::fastRingTimings());
        QVERIFY2(far.waitForServing() == port, qPrintable(far.report()));
        RingOfProcesses ring(1);
        QVERIFY2(ring.start(0, advertised), qPrintable(ring.report() + far.report()));
        QString farSuccessor;
        QVERIFY2(wbtest::askUntil(
                     [&] {
                         const QJsonObject near = wbtest::ringStatus(ring[0].port);
                         const QJsonObject self = wbtest::ringStatus(port);
                         farSuccessor
                             = wbtest::memberAddress(self.value(u"successors"_s).toArray().at(0));
                         return wbtest::memberAddress(self.value(u"self"_s)) == advertised
                             && farSuccessor == ring[0].address()
                             && wbtest::memberAddress(near.value(u"successors"_s).toArray().at(0))
                             == advertised
                             && wbtest::memberAddress(near.value(u"predecessor"_s)) == advertised;
                     },
                     kHealMs),
            qPrintable(farSuccessor + u'\n' + ring.report() + far.report()));
        QVERIFY2(
            far.err.isEmpty() || !far.err.contains(u"without --advertise"_s), qPrintable(far.err));
    }

    // Beyond loopback with a token: members that have it form the ring, a stranger without
    // it cannot join (its handshakes are refused), so what it says never comes back.
    void tokenKeepsStrangersOut()
    {
        QTemporaryDir dir;
        QFile token(dir.filePath(u"class.token"_s));
        QVERIFY(token.open(QIODevice::WriteOnly));
        token.write("0123456789abcdef0123456789abcdef\n");
        token.close();
        const quint16 port = wbtest::freePort();
        const QString far = u"ws://127.0.0.2:%1"_s.arg(port);
        Process teacher;
        teacher.startNode(QStringList { u"ring"_s, u"--port"_s, QString::number(port), u"--name"_s,
                              u"teacher"_s, u"--listen"_s, u"0.0.0.0"_s, u"--advertise"_s,
                              u"127.0.0.2"_s, u"--token-file"_s, token.fileName() }
            + wbtest::fastRingTimings());
        QVERIFY2(teacher.waitForServing() == port, qPrintable(teacher.report()));

        Process stranger;
        stranger.startNode({ u"ring"_s, u"--name"_s, u"stranger"_s, u"--join"_s, far, u"--say"_s,
            u"let me in"_s, u"--until-done"_s, u"--timeout"_s, u"1"_s });
        QVERIFY2(stranger.waitForExit(), qPrintable(stranger.report()));
        QCOMPARE(stranger.process.exitCode(), 3);

        Process student;
        student.startNode(QStringList { u"ring"_s, u"--name"_s, u"student"_s, u"--join"_s, far,
                              u"--token-file"_s, token.fileName(), u"--say"_s, u"hello class"_s,
                              u"--until-done"_s, u"--timeout"_s, u"20"_s }
            + wbtest::fastRingTimings());
        QVERIFY2(student.waitForExit(25000), qPrintable(student.report() + teacher.report()));
        QVERIFY2(student.process.exitCode() == 0, qPrintable(student.report() + teacher.report()));
        QVERIFY2(!teacher.linesOf(u"teacher"_s)
                      .filter(u"passed by"_s)
                      .filter(u": hello class"_s)
                      .isEmpty(),
            qPrintable(teacher.report()));
    }

    // --registry: every member registers and joins through the ring members it finds there.
    void ringThroughTheRegistry()
    {
        if (wbtest::Etcd::program().isEmpty())
            QSKIP(wbtest::Etcd::missingMessage());
        wbtest::Etcd etcd;
        QVERIFY2(etcd.start(), qPrintable(etcd.log));
        RingOfProcesses ring(3);
        for (int i = 0; i < ring.size(); ++i)
            QVERIFY2(ring.start(i, {}, { u"--registry"_s, etcd.url() }), qPrintable(ring.report()));
        QVERIFY2(ring.waitHealed(kHealMs), qPrintable(ring.report()));
        Process sayer;
        sayer.startNode(
            QStringList { u"ring"_s, u"--name"_s, u"sayer"_s, u"--registry"_s, etcd.url(),
                u"--say"_s, u"found you"_s, u"--until-done"_s, u"--timeout"_s, u"20"_s }
            + wbtest::fastRingTimings());
        QVERIFY2(sayer.waitForExit(25000), qPrintable(sayer.report()));
        QVERIFY2(sayer.process.exitCode() == 0, qPrintable(sayer.report() + ring.report()));
        QVERIFY2(!sayer.linesOf(u"sayer"_s).filter(u"came back after 4 hops"_s).isEmpty(),
            qPrintable(sayer.report()));
    }

    // A peer that speaks the ring's wire badly is closed with 4010 and a reason; the members
    // go on as a ring.
    void hostilePeer_data()
    {
        QTest::addColumn<QString>("frame");
        QTest::addColumn<QString>("reason"); // what the close reason names

        const QString stranger = u"ws://127.0.0.1:1"_s;
        const QJsonObject from = member(stranger);
        QTest::newRow("not JSON") << u"hello ring"_s << u"ring"_s;
        QTest::newRow("a JSON array") << u"[1, 2, 3]"_s << u"ring"_s;
        QTest::newRow("unknown message")
            << json({ { u"ring"_s, u"dance"_s }, { u"from"_s, from } }) << u"dance"_s;
        QTest::newRow("chat text a number") << json({ { u"ring"_s, u"chat"_s }, { u"from"_s, from },
            { u"id"_s, QString(stranger + u"#1"_s) }, { u"origin"_s, from }, { u"text"_s, 5 },
            { u"hops"_s, 1 }, { u"attempt"_s, 1 } })
                                            << u"text"_s;
        QTest::newRow("hops a text") << json({ { u"ring"_s, u"chat"_s }, { u"from"_s, from },
            { u"id"_s, QString(stranger + u"#1"_s) }, { u"origin"_s, from }, { u"text"_s, u"hi"_s },
            { u"hops"_s, u"one"_s }, { u"attempt"_s, 1 } })
                                     << u"hops"_s;
        QTest::newRow("ping without seq")
            << json({ { u"ring"_s, u"ping"_s }, { u"from"_s, from } }) << u"seq"_s;
        QTest::newRow("from not an address")
            << json({ { u"ring"_s, u"notify"_s }, { u"from"_s, member(u"http://x:1"_s) } })
            << u"addr"_s;
        QTest::newRow("key out of range") << json(
            { { u"ring"_s, u"notify"_s }, { u"from"_s, member(stranger, qint64(1) << 33) } })
                                          << u"key"_s;
        QJsonArray many;
        for (int i = 0; i < 10000; ++i)
            many.append(member(u"ws://127.0.0.1:%1"_s.arg(1 + i % 60000), i, u"n%1"_s.arg(i)));
        QTest::newRow("10,000 successors") << json({ { u"ring"_s, u"leave"_s }, { u"from"_s, from },
            { u"predecessor"_s, QJsonValue(QJsonValue::Null) }, { u"successors"_s, many } })
                                           << u"successors"_s;
        // The receiver's own address is filled in by the test: a member never sends to itself.
        QTest::newRow("from the receiver itself")
            << json({ { u"ring"_s, u"notify"_s }, { u"from"_s, member(u"SELF"_s) } }) << u"from"_s;
    }

    void hostilePeer()
    {
        QFETCH(QString, frame);
        QFETCH(QString, reason);
        if (!m_hostileRing) {
            m_hostileRing = std::make_unique<RingOfProcesses>(3);
            QVERIFY2(m_hostileRing->startAll(), qPrintable(m_hostileRing->report()));
        }
        RingOfProcesses &ring = *m_hostileRing;
        QVERIFY2(ring.waitHealed(kHealMs), qPrintable(ring.report()));
        frame.replace(u"\"SELF\""_s, u"\""_s + ring[1].address() + u"\""_s);

        wbtest::Client hostile;
        QVERIFY(hostile.open(QUrl(ring[1].address() + u"/ring"_s)));
        hostile.socket.sendTextMessage(frame);
        QVERIFY2(hostile.waitForDisconnect(), qPrintable(hostile.received.join(u'\n')));
        QCOMPARE(int(hostile.closeCode), 4010);
        QVERIFY2(hostile.closeReason.startsWith(u"ring"_s) && hostile.closeReason.contains(reason),
            qPrintable(hostile.closeReason));
        QVERIFY2(hostile.received.isEmpty(), qPrintable(hostile.received.join(u'\n')));

        QVERIFY2(ring.healed(), qPrintable(ring.report()));
        QVERIFY2(!roundTrip(ring, 0).isEmpty(), qPrintable(ring.report()));
    }
};

QTEST_GUILESS_MAIN(TestRingProcesses)
#include "tst_ringprocesses.moc"
