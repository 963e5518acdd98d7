// The Python ring member (examples/python/ring_node.py, asyncio + python3-websockets) as real
// processes on 127.0.0.1: a ring of Python members that loses one and heals, the Python member
// in a ring of wirebench-node members (chat both ways, kill -9, a hang, a clean leave), and the
// Python member as the target of a hostile peer. Each member's printed lines and its answers to
// the protocol's status message are the evidence.
#include "ringkit.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using wbtest::Client;
using wbtest::Process;
using wbtest::RingMember;
using wbtest::RingOfProcesses;

namespace {

const QString kRingNode = QStringLiteral(WIREBENCH_PEERS_DIR "/../../examples/python/ring_node.py");
constexpr int kRingWaitMs = 20000; // joins, stabilisation and failure detection take seconds

// Timings for rings with Python members: a fifth of the defaults (docs/ring.md), a little more
// room than the C++-only tests give, for an interpreter on a busy machine.
QStringList timings()
{
    return { u"--heartbeat"_s, u"0.1"_s, u"--suspect"_s, u"0.8"_s, u"--probe-timeout"_s, u"0.5"_s,
        u"--stabilise"_s, u"0.1"_s };
}

// A ring of `count` members, keys spread evenly in index order; `python` lists the members
// that are the Python example.
std::unique_ptr<RingOfProcesses> ring(int count, const QList<int> &python)
{
    auto members = std::make_unique<RingOfProcesses>(count, timings());
    for (int i : python)
        (*members)[i].python = true;
    return members;
}

// The pattern of the line with which a message's origin shows it came back.
QString cameBack(const RingMember &origin, int sequence, int hops, const QString &text)
{
    return u"%1#%2 came back after %3 in [0-9.]+ ms: %4$"_s
        .arg(QRegularExpression::escape(origin.name))
        .arg(sequence)
        .arg(hops == 1 ? u"1 hop"_s : u"%1 hops"_s.arg(hops))
        .arg(QRegularExpression::escape(text));
}

// Waits until `member` printed a line matching `pattern` (after "[ name ] ").
bool waitForLine(const RingMember &member, const QString &pattern)
{
    return member.process
        ->waitForOutput(
            u"^\\[ %1 \\] %2"_s.arg(QRegularExpression::escape(member.name), pattern), kRingWaitMs)
        .hasMatch();
}

// A member as the protocol writes it, and frames built from JSON objects.
QJsonObject memberJson(const QString &address, qint64 key, const QString &name)
{
    return { { u"addr"_s, address }, { u"key"_s, key }, { u"name"_s, name } };
}
QJsonObject with(QJsonObject object, const QString &key, const QJsonValue &value)
{
    object.insert(key, value);
    return object;
}
QJsonObject without(QJsonObject object, const QString &key)
{
    object.remove(key);
    return object;
}
QString text(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// What `member` thinks of the member at `address`, from its status.
QString opinionOf(const RingMember &member, const QString &address)
{
    return wbtest::ringStatus(member.port).value(u"members"_s).toObject().value(address).toString();
}

} // namespace

class TestRingPython final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(kRingNode), qPrintable(kRingNode));
        Process check;
        check.process.start(QStringLiteral(WIREBENCH_PYTHON),
            { QStringLiteral("-c"), QStringLiteral("import websockets") });
        QVERIFY(check.waitForExit());
        if (check.process.exitCode() != 0)
            QSKIP("the tests' Python has no websockets package (Debian: python3-websockets)");
    }

    // Three Python members: a message goes round; kill -9 one; the ring heals; a message goes
    // round again.
    void pythonRingHeals()
    {
        const auto members = ring(3, { 0, 1, 2 });
        RingOfProcesses &r = *members;
        QVERIFY2(r.startAll(), qPrintable(r.report()));
        QVERIFY2(r.waitHealed(kRingWaitMs), qPrintable(r.report()));

        r[0].say(u"round one"_s);
        QVERIFY2(waitForLine(r[0], cameBack(r[0], 1, 3, u"round one"_s)), qPrintable(r.report()));
        for (int i : { 1, 2 }) {
            QVERIFY2(waitForLine(r[i],
                         u"m0#1 passed by after %1: round one$"_s.arg(
                             i == 1 ? u"1 hop"_s : u"%1 hops"_s.arg(i))),
                qPrintable(r.report()));
        }

        // m0's successor dies without a word; m0 finds out and the ring closes.
        r.signal(1, SIGKILL);
        QVERIFY2(waitForLine(r[0], QRegularExpression::escape(r[1].address()) + u" is dead: "_s),
            qPrintable(r.report()));
        QVERIFY2(r.waitHealed(kRingWaitMs), qPrintable(r.report()));

        r[0].say(u"round two"_s);
        QVERIFY2(waitForLine(r[0], cameBack(r[0], 2, 2, u"round two"_s)), qPrintable(r.report()));
        QCOMPARE(r[2].chatLines(u"round two"_s).size(), 1);
    }

    // --say TEXT --until-done through a Python ring: exit 0 once it came back, after a leave
    // that closes the ring at once.
    void pythonSayUntilDone()
    {
        const auto members = ring(2, { 0, 1 });
        RingOfProcesses &r = *members;
        QVERIFY2(r.start(0), qPrintable(r.report()));
        QVERIFY2(r.start(1, r[0].address(), { u"--say"_s, u"hello ring"_s, u"--until-done"_s }),
            qPrintable(r.report()));
        QVERIFY(r[1].process->waitForExit(kRingWaitMs));
        r[1].alive = false;
        QVERIFY2(r[1].process->process.exitCode() == 0, qPrintable(r.report()));
        QVERIFY2(waitForLine(r[1], cameBack(r[1], 1, 2, u"hello ring"_s)), qPrintable(r.report()));
        QVERIFY2(waitForLine(r[1], u"left the ring$"_s), qPrintable(r.report()));
        // m1 told m0 it left: m0 is a ring of one again without having to detect anything.
        QVERIFY2(waitForLine(r[0], u"successor is now .* \\(alone\\)$"_s), qPrintable(r.report()));
        const QJsonObject status = wbtest::ringStatus(r[0].port);
        QVERIFY(status.value(u"successors"_s).toArray().isEmpty());
        QVERIFY(status.value(u"predecessor"_s).isNull());
        QVERIFY2(!r[0].process->out.contains(u" is dead: "_s), qPrintable(r.report()));
    }

    // The Python member joins a ring of wirebench-node members through one of them, chats
    // round it both ways, is killed, and the ring heals: the Wirebench members see it dead and
    // their messages come back.
    void pythonInWirebenchRing()
    {
        const auto members = ring(4, { 2 });
        RingOfProcesses &r = *members;
        QVERIFY2(r.startAll(), qPrintable(r.report()));
        QVERIFY2(r.waitHealed(kRingWaitMs), qPrintable(r.report()));

        r[2].say(u"from python"_s);
        QVERIFY2(waitForLine(r[2], cameBack(r[2], 1, 4, u"from python"_s)), qPrintable(r.report()));
        r[0].say(u"from wirebench"_s);
        QVERIFY2(
            waitForLine(r[0], cameBack(r[0], 1, 4, u"from wirebench"_s)), qPrintable(r.report()));
        // Each passed by every other member once, in the same words on both sides.
        QVERIFY2(waitForLine(r[3], u"m2#1 passed by after 1 hop: from python$"_s),
            qPrintable(r.report()));
        QVERIFY2(waitForLine(r[2], u"m0#1 passed by after 2 hops: from wirebench$"_s),
            qPrintable(r.report()));
        for (int i : { 0, 1, 3 })
            QCOMPARE(r[i].chatLines(u"from python"_s).size(), 1);

        r.signal(2, SIGKILL);
        QVERIFY2(waitForLine(r[1], QRegularExpression::escape(r[2].address()) + u" is dead: "_s),
            qPrintable(r.report()));
        QVERIFY2(r.waitHealed(kRingWaitMs), qPrintable(r.report()));
        QCOMPARE(opinionOf(r[1], r[2].address()), u"dead"_s);
        r[3].say(u"without python"_s);
        QVERIFY2(
            waitForLine(r[3], cameBack(r[3], 1, 3, u"without python"_s)), qPrintable(r.report()));

        // Started again on its port, it rejoins; its new ids are new to everyone (they carry
        // a new incarnation), though its sequence starts at 1 again.
        QVERIFY2(r.start(2, r[0].address()), qPrintable(r.report()));
        QVERIFY2(r.waitHealed(kRingWaitMs), qPrintable(r.report()));
        r[2].say(u"back again"_s);
        QVERIFY2(waitForLine(r[2], cameBack(r[2], 1, 4, u"back again"_s)), qPrintable(r.report()));
        for (int i : { 0, 1, 3 })
            QVERIFY2(waitForLine(r[i], u"m2#1 passed by after [0-9]+ hops?: back again$"_s),
                qPrintable(r.report()));
    }

    // A hung Python member (SIGSTOP, its sockets open) is suspected, probed and found dead by
    // its Wirebench predecessor; woken (SIGCONT) it takes its place again.
    void hungPythonMemberRejoins()
    {
        const auto members = ring(3, { 1 });
        RingOfProcesses &r = *members;
        QVERIFY2(r.startAll(), qPrintable(r.report()));
        QVERIFY2(r.waitHealed(kRingWaitMs), qPrintable(r.report()));

        r.signal(1, SIGSTOP);
        const QString address = QRegularExpression::escape(r[1].address());
        QVERIFY2(waitForLine(r[0], u"suspect "_s + address + u"$"_s), qPrintable(r.report()));
        QVERIFY2(waitForLine(r[0], address + u" is dead: "_s), qPrintable(r.report()));
        QVERIFY2(r.waitHealed(kRingWaitMs), qPrintable(r.report()));

        r.signal(1, SIGCONT);
        QVERIFY2(r.waitHealed(kRingWaitMs), qPrintable(r.report()));
        r[0].say(u"all three again"_s);
        QVERIFY2(
            waitForLine(r[0], cameBack(r[0], 1, 3, u"all three again"_s)), qPrintable(r.report()));
    }

    // The Python member leaves a Wirebench ring on SIGTERM: its neighbours close the ring at
    // once, and nobody is declared dead.
    void pythonLeavesWirebenchRing()
    {
        const auto members = ring(3, { 1 });
        RingOfProcesses &r = *members;
        QVERIFY2(r.startAll(), qPrintable(r.report()));
        QVERIFY2(r.waitHealed(kRingWaitMs), qPrintable(r.report()));

        r[1].process->signal(SIGTERM);
        QVERIFY(r[1].process->waitForExit());
        r[1].alive = false;
        QCOMPARE(r[1].process->process.exitCode(), 0);
        QVERIFY2(waitForLine(r[1], u"left the ring$"_s), qPrintable(r.report()));
        const QString left
            = QRegularExpression::escape(r[1].address()) + u" \\(m1\\) left the ring$"_s;
        QVERIFY2(waitForLine(r[0], left), qPrintable(r.report()));
        QVERIFY2(waitForLine(r[2], left), qPrintable(r.report()));
        QVERIFY2(r.waitHealed(kRingWaitMs), qPrintable(r.report()));
        for (int i : { 0, 2 })
            QVERIFY2(!r[i].process->out.contains(u" is dead: "_s), qPrintable(r.report()));
    }

    // A hostile peer's frames: every malformed one closes its connection with 4010 and a
    // reason saying what was wrong; the member goes on.
    void hostileFramesGet4010_data()
    {
        QTest::addColumn<QString>("frame");
        QTest::addColumn<QString>("reason");
        const QJsonObject eve = memberJson(u"ws://127.0.0.1:1"_s, 5, u"eve"_s);
        const QJsonObject chat { { u"ring"_s, u"chat"_s }, { u"from"_s, eve },
            { u"id"_s, u"ws://127.0.0.1:1#1"_s }, { u"origin"_s, eve }, { u"text"_s, u"hi"_s },
            { u"hops"_s, 1 }, { u"attempt"_s, 1 } };
        const QJsonObject ping { { u"ring"_s, u"ping"_s }, { u"from"_s, eve }, { u"seq"_s, 1 } };
        QJsonArray many;
        for (int i = 0; i < 10000; ++i)
            many.append(memberJson(u"ws://127.0.0.1:%1"_s.arg(i % 60000 + 1), i, u"m%1"_s.arg(i)));

        QTest::newRow("not JSON") << u"{\"ring\": \"ping\","_s << u"not JSON"_s;
        QTest::newRow("nested 100,000 deep") << QString(100000, u'[') << u"not JSON"_s;
        QTest::newRow("not an object") << u"[1, 2]"_s << u"expected a JSON object"_s;
        QTest::newRow("unknown message")
            << text(with(ping, u"ring"_s, u"gossip"_s)) << u"unknown message"_s;
        QTest::newRow("missing field") << text(without(chat, u"text"_s)) << u"text: missing"_s;
        QTest::newRow("wrong type")
            << text(with(ping, u"seq"_s, u"7"_s)) << u"seq: expected a whole number"_s;
        QTest::newRow("a boolean for a number")
            << text(with(ping, u"seq"_s, true)) << u"seq: expected a whole number"_s;
        QTest::newRow("key out of range") << text(QJsonObject {
            { u"ring"_s, u"join"_s }, { u"from"_s, eve }, { u"key"_s, 4294967296.0 } })
                                          << u"key: expected a whole number"_s;
        QTest::newRow("no sender") << text(without(ping, u"from"_s)) << u"from: missing"_s;
        QTest::newRow("bad address")
            << text(with(ping, u"from"_s, memberJson(u"http://x:1"_s, 5, u"eve"_s)))
            << u"is not ws://HOST:PORT"_s;
        QTest::newRow("bad name") << text(
            with(ping, u"from"_s, memberJson(u"ws://127.0.0.1:1"_s, 5, u"e ve"_s)))
                                  << u"name: use 1 to 64"_s;
        QTest::newRow("10,000 successors") << text(QJsonObject { { u"ring"_s, u"leave"_s },
            { u"from"_s, eve }, { u"predecessor"_s, QJsonValue::Null }, { u"successors"_s, many } })
                                           << u"successors: at most 16 members"_s;
        QTest::newRow("text too long") << text(with(chat, u"text"_s, QString(4097, u'x')))
                                       << u"text: at most 4096 characters"_s;
    }
    void hostileFramesGet4010()
    {
        QFETCH(QString, frame);
        QFETCH(QString, reason);
        const auto members = ring(1, { 0 });
        RingMember &target = (*members)[0];
        QVERIFY2(members->start(0), qPrintable(members->report()));

        Client hostile;
        QVERIFY(hostile.open(QUrl(target.address() + u"/ring"_s)));
        hostile.socket.sendTextMessage(frame);
        QVERIFY(hostile.waitForDisconnect());
        QCOMPARE(int(hostile.closeCode), 4010);
        QVERIFY2(hostile.closeReason.contains(reason), qPrintable(hostile.closeReason));
        QVERIFY2(hostile.received.isEmpty(), qPrintable(hostile.received.join(u'|')));

        // The member goes on: it answers the next connection and its chat still works.
        QVERIFY(!wbtest::ringStatus(target.port).isEmpty());
        target.say(u"still here"_s);
        QVERIFY2(waitForLine(target, cameBack(target, 1, 0, u"still here"_s)),
            qPrintable(members->report()));
    }

    // A message that claims to come from the member itself, and a binary frame: 4010 too; a
    // well-formed ping gets exactly its pong, and its connection stays open.
    void selfBinaryAndPing()
    {
        const auto members = ring(1, { 0 });
        RingMember &target = (*members)[0];
        QVERIFY2(members->start(0), qPrintable(members->report()));

        Client impostor;
        QVERIFY(impostor.open(QUrl(target.address() + u"/ring/ping"_s)));
        impostor.socket.sendTextMessage(text(QJsonObject { { u"ring"_s, u"ping"_s },
            { u"from"_s, memberJson(target.address(), target.key, target.name) },
            { u"seq"_s, 1 } }));
        QVERIFY(impostor.waitForDisconnect());
        QCOMPARE(int(impostor.closeCode), 4010);
        QVERIFY2(impostor.closeReason.contains(u"own address"_s), qPrintable(impostor.closeReason));

        Client binary;
        QVERIFY(binary.open(QUrl(target.address() + u"/ring"_s)));
        binary.socket.sendBinaryMessage(QByteArray(R"({"ring": "status"})"));
        QVERIFY(binary.waitForDisconnect());
        QCOMPARE(int(binary.closeCode), 4010);

        Client friendly;
        QVERIFY(friendly.open(QUrl(target.address() + u"/ring/ping"_s)));
        const auto pong = friendly.ask(text(QJsonObject { { u"ring"_s, u"ping"_s },
            { u"from"_s, memberJson(u"ws://127.0.0.1:1"_s, 5, u"eve"_s) }, { u"seq"_s, 42 },
            { u"extra"_s, u"ignored"_s } }));
        QVERIFY(pong);
        const QJsonObject ack = QJsonDocument::fromJson(pong->toUtf8()).object();
        QCOMPARE(ack.value(u"ring"_s).toString(), u"pong"_s);
        QCOMPARE(ack.value(u"seq"_s).toInt(), 42);
        QCOMPARE(ack.value(u"from"_s).toObject().value(u"addr"_s).toString(), target.address());
        QCOMPARE(ack.value(u"from"_s).toObject().value(u"key"_s).toInteger(), target.key);
        QVERIFY(friendly.socket.state() == QAbstractSocket::ConnectedState);
    }
};

QTEST_GUILESS_MAIN(TestRingPython)
#include "tst_ringpython.moc"
