// The ring's messages and acks (docs/protocol.md, "The ring"): every one round trips through
// its JSON, and whatever a hostile peer can put in a frame is refused with an error that says
// what and where, never a crash.

#include "net/wireprotocol.h"
#include "runtime/ring/ringprotocol.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using wb::ring::Ack;
using wb::ring::AckType;
using wb::ring::Member;
using wb::ring::Message;
using wb::ring::MessageType;

Q_DECLARE_METATYPE(wb::ring::Message)
Q_DECLARE_METATYPE(wb::ring::Ack)

namespace {

// JSON written with single quotes, as it reads best in a C++ string.
QString q(QString json)
{
    return json.replace(u'\'', u'"');
}

const QString kSelf = u"ws://127.0.0.1:9001"_s;

Member alice()
{
    return { u"ws://127.0.0.1:9002"_s, 1378559850u, u"alice"_s };
}
Member bob()
{
    return { u"ws://10.0.0.5:9003"_s, 4294967295u, u"bob"_s };
}

Message message(MessageType type)
{
    Message m;
    m.type = type;
    m.from = alice();
    return m;
}

const QString kFrom = q(u"'from': {'addr': 'ws://127.0.0.1:9002', 'key': 7, 'name': 'alice'}"_s);

QString frame(const QString &fields)
{
    return u"{"_s + fields + u"}"_s;
}

QString members(int n)
{
    QString list;
    for (int i = 0; i < n; ++i) {
        list += (i ? u", "_s : QString())
            + q(u"{'addr': 'ws://127.0.0.1:%1', 'key': %1, 'name': 'm%1'}"_s).arg(1000 + i);
    }
    return u"["_s + list + u"]"_s;
}

} // namespace

class TestRingProtocol final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void messageRoundTrips_data()
    {
        QTest::addColumn<Message>("message");
        Message chat = message(MessageType::Chat);
        chat.id = u"ws://127.0.0.1:9002#3f2a.4"_s;
        chat.origin = bob();
        chat.text = u"hello, \"ring\" ✓\n"_s;
        chat.hops = 3;
        chat.attempt = 2;
        QTest::newRow("chat") << chat;
        Message ping = message(MessageType::Ping);
        ping.seq = 9007199254740991LL;
        QTest::newRow("ping") << ping;
        Message probe = message(MessageType::Probe);
        probe.seq = 4;
        probe.target = bob().addr;
        QTest::newRow("probe") << probe;
        Message join = message(MessageType::Join);
        join.key = 4294967295u;
        QTest::newRow("join") << join;
        QTest::newRow("stabilise") << message(MessageType::Stabilise);
        QTest::newRow("notify") << message(MessageType::Notify);
        Message notifyGone = message(MessageType::Notify);
        notifyGone.gone = bob().addr;
        QTest::newRow("notify, one gone") << notifyGone;
        Message leave = message(MessageType::Leave);
        leave.predecessor = bob();
        leave.successors = { bob(), Member { u"ws://[::1]:9004"_s, 0, u"c.d-e_f"_s } };
        QTest::newRow("leave") << leave;
        Message alone = message(MessageType::Leave);
        QTest::newRow("leave, alone") << alone;
        QTest::newRow("status") << message(MessageType::Status);
        Message anonymous;
        anonymous.type = MessageType::Status;
        QTest::newRow("status without from") << anonymous;
    }
    void messageRoundTrips()
    {
        QFETCH(Message, message);
        const QString text = wb::ring::encode(message);
        QString error;
        const auto parsed = wb::ring::parseMessage(text, kSelf, &error);
        QVERIFY2(parsed, qPrintable(error));
        QVERIFY(error.isEmpty());
        QCOMPARE(wb::ring::encode(*parsed), text);
        QCOMPARE(parsed->type, message.type);
        QCOMPARE(parsed->from, message.from);
        QCOMPARE(parsed->id, message.id);
        QCOMPARE(parsed->origin, message.origin);
        QCOMPARE(parsed->text, message.text);
        QCOMPARE(parsed->successors, message.successors);
        QCOMPARE(parsed->predecessor, message.predecessor);
        QCOMPARE(parsed->gone, message.gone);
        QCOMPARE(QJsonDocument::fromJson(text.toUtf8()).object().value(u"ring"_s).toString(),
            wb::ring::typeName(message.type));
    }

    void ackRoundTrips_data()
    {
        QTest::addColumn<Ack>("ack");
        QTest::newRow("ok") << Ack {};
        Ack duplicate;
        duplicate.duplicate = true;
        QTest::newRow("ok, duplicate") << duplicate;
        Ack pong;
        pong.type = AckType::Pong;
        pong.from = alice();
        pong.seq = 12;
        QTest::newRow("pong") << pong;
        Ack probed;
        probed.type = AckType::Probed;
        probed.target = bob().addr;
        probed.alive = true;
        QTest::newRow("probed") << probed;
        Ack successor;
        successor.type = AckType::Successor;
        successor.member = bob();
        QTest::newRow("successor") << successor;
        Ack redirect = successor;
        redirect.type = AckType::Redirect;
        QTest::newRow("redirect") << redirect;
        Ack state;
        state.type = AckType::State;
        state.self = alice();
        state.successors = { bob() };
        QTest::newRow("state") << state;
        Ack status = state;
        status.predecessor = bob();
        status.members
            = QMap<QString, QString> { { alice().addr, u"alive"_s }, { bob().addr, u"dead"_s } };
        status.seen = 17;
        QTest::newRow("status") << status;
    }
    void ackRoundTrips()
    {
        QFETCH(Ack, ack);
        const QString text = wb::ring::encode(ack);
        QString error;
        const auto parsed = wb::ring::parseAck(text, &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(wb::ring::encode(*parsed), text);
        QCOMPARE(parsed->type, ack.type);
        QCOMPARE(parsed->members, ack.members);
        QCOMPARE(parsed->seen, ack.seen);
    }

    // What a peer may leave out or add, and the spellings of one address.
    void lenientWhereItMayBe_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("fromAddr");
        QTest::newRow("extra fields") << frame(q(u"'ring': 'notify', 'colour': 'red', "_s) + kFrom)
                                      << u"ws://127.0.0.1:9002"_s;
        QTest::newRow("localhost, a trailing slash") << frame(q(
            u"'ring': 'notify', 'from': {'addr': 'ws://LocalHost:9002/', 'key': 7.0, 'name': 'a'}"_s))
                                                     << u"ws://127.0.0.1:9002"_s;
        QTest::newRow("IPv6") << frame(
            q(u"'ring': 'notify', 'from': {'addr': 'ws://[::1]:9002', 'key': 0, 'name': 'a'}"_s))
                              << u"ws://[::1]:9002"_s;
        QTest::newRow("status, anonymous") << frame(q(u"'ring': 'status'"_s)) << QString();
        QTest::newRow("null predecessor")
            << frame(q(u"'ring': 'leave', 'predecessor': null, 'successors': [], "_s) + kFrom)
            << u"ws://127.0.0.1:9002"_s;
    }
    void lenientWhereItMayBe()
    {
        QFETCH(QString, text);
        QFETCH(QString, fromAddr);
        QString error;
        const auto parsed = wb::ring::parseMessage(text, kSelf, &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(parsed->from.addr, fromAddr);
    }

    void hostileMessages_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error");
        QTest::newRow("empty") << QString() << u"ring: not JSON: "_s;
        QTest::newRow("bad JSON") << u"{\"ring\": \"chat\""_s << u"ring: not JSON: "_s;
        QTest::newRow("a list") << u"[1, 2, 3]"_s << u"ring: not a JSON object"_s;
        QTest::newRow("a text") << u"\"ping\""_s << u"ring: not JSON: "_s;
        QTest::newRow("no ring") << frame(kFrom) << u"ring: ring: missing"_s;
        QTest::newRow("ring not a text")
            << frame(u"\"ring\": 3, "_s + kFrom) << u"ring: ring: not a text"_s;
        QTest::newRow("unknown type")
            << frame(u"\"ring\": \"dance\", "_s + kFrom) << u"ring: unknown message \"dance\""_s;
        QTest::newRow("long unknown type")
            << frame(u"\"ring\": \"%1\", "_s.arg(QString(40, u'x')) + kFrom)
            << u"ring: ring: more than 32 characters"_s;
        QTest::newRow("no from") << frame(u"\"ring\": \"notify\""_s) << u"ring: from: missing"_s;
        QTest::newRow("from null")
            << frame(u"\"ring\": \"notify\", \"from\": null"_s) << u"ring: from: missing"_s;
        QTest::newRow("from a text") << frame(u"\"ring\": \"notify\", \"from\": \"alice\""_s)
                                     << u"ring: from: not a member object"_s;
        const auto from = [](const QString &member) {
            return frame(u"\"ring\": \"notify\", \"from\": "_s + member);
        };
        QTest::newRow("addr http") << from(q(u"{'addr': 'http://a:1', 'key': 1, 'name': 'a'}"_s))
                                   << u"ring: from.addr: \"http://a:1\" is not ws://HOST:PORT"_s;
        QTest::newRow("addr with a path")
            << from(q(u"{'addr': 'ws://a:1/ring', 'key': 1, 'name': 'a'}"_s))
            << u"ring: from.addr: \"ws://a:1/ring\" is not ws://HOST:PORT"_s;
        QTest::newRow("addr without a port")
            << from(q(u"{'addr': 'ws://a', 'key': 1, 'name': 'a'}"_s))
            << u"ring: from.addr: \"ws://a\" is not ws://HOST:PORT"_s;
        QTest::newRow("addr a number") << from(q(u"{'addr': 9001, 'key': 1, 'name': 'a'}"_s))
                                       << u"ring: from.addr: not a text"_s;
        QTest::newRow("addr too long")
            << from(q(u"{'addr': 'ws://%1:1', 'key': 1, 'name': 'a'}"_s).arg(QString(300, u'a')))
            << u"ring: from.addr: more than 256 characters"_s;
        QTest::newRow("key negative")
            << from(q(u"{'addr': 'ws://a:1', 'key': -1, 'name': 'a'}"_s))
            << u"ring: from.key: not a whole number from 0 to 4294967295"_s;
        QTest::newRow("key too big")
            << from(q(u"{'addr': 'ws://a:1', 'key': 4294967296, 'name': 'a'}"_s))
            << u"ring: from.key: not a whole number from 0 to 4294967295"_s;
        QTest::newRow("key a fraction")
            << from(q(u"{'addr': 'ws://a:1', 'key': 1.5, 'name': 'a'}"_s))
            << u"ring: from.key: not a whole number"_s;
        QTest::newRow("key a text") << from(q(u"{'addr': 'ws://a:1', 'key': '1', 'name': 'a'}"_s))
                                    << u"ring: from.key: not a whole number"_s;
        QTest::newRow("no name") << from(q(u"{'addr': 'ws://a:1', 'key': 1}"_s))
                                 << u"ring: from.name: missing"_s;
        QTest::newRow("name with a space")
            << from(q(u"{'addr': 'ws://a:1', 'key': 1, 'name': 'a b'}"_s))
            << u"ring: from.name: not 1 to 64 of A-Z a-z 0-9 _ . -"_s;
        QTest::newRow("from ourselves")
            << from(q(u"{'addr': 'ws://LOCALHOST:9001', 'key': 1, 'name': 'me'}"_s))
            << u"ring: from: this member's own address"_s;
        const QString chat
            = q(u"'ring': 'chat', 'id': 'ws://a:1#1', 'origin': {'addr': 'ws://a:1', 'key': 1, 'name': 'a'}, "_s)
            + kFrom;
        QTest::newRow("chat without text")
            << frame(chat + u", \"hops\": 1, \"attempt\": 1"_s) << u"ring: text: missing"_s;
        QTest::newRow("chat text too long") << frame(
            chat + u", \"hops\": 1, \"attempt\": 1, \"text\": \"%1\""_s.arg(QString(4097, u'x')))
                                            << u"ring: text: more than 4096 characters"_s;
        QTest::newRow("chat hops 0")
            << frame(chat + u", \"hops\": 0, \"attempt\": 1, \"text\": \"t\""_s)
            << u"ring: hops: not a whole number from 1 to"_s;
        QTest::newRow("chat attempt a text")
            << frame(chat + u", \"hops\": 1, \"attempt\": \"1\", \"text\": \"t\""_s)
            << u"ring: attempt: not a whole number"_s;
        QTest::newRow("chat empty id") << frame(
            q(u"'ring': 'chat', 'id': '', 'origin': {'addr': 'ws://a:1', 'key': 1, 'name': 'a'}, 'hops': 1, 'attempt': 1, 'text': 't', "_s)
            + kFrom) << u"ring: id: empty"_s;
        QTest::newRow("chat origin bad") << frame(
            q(u"'ring': 'chat', 'id': 'x', 'origin': {'addr': 'ws://a:1', 'key': 1, 'name': ''}, 'hops': 1, 'attempt': 1, 'text': 't', "_s)
            + kFrom) << u"ring: origin.name: not 1 to 64"_s;
        QTest::newRow("ping seq negative") << frame(u"\"ring\": \"ping\", \"seq\": -3, "_s + kFrom)
                                           << u"ring: seq: not a whole number"_s;
        QTest::newRow("probe target bad")
            << frame(u"\"ring\": \"probe\", \"seq\": 1, \"target\": \"ws://\", "_s + kFrom)
            << u"ring: target: \"ws://\" is not ws://HOST:PORT"_s;
        QTest::newRow("notify gone bad")
            << frame(u"\"ring\": \"notify\", \"gone\": \"http://a:1\", "_s + kFrom)
            << u"ring: gone: \"http://a:1\" is not ws://HOST:PORT"_s;
        QTest::newRow("join without key")
            << frame(u"\"ring\": \"join\", "_s + kFrom) << u"ring: key: missing"_s;
        QTest::newRow("successors not a list")
            << frame(u"\"ring\": \"leave\", \"predecessor\": null, \"successors\": {}, "_s + kFrom)
            << u"ring: successors: not a list"_s;
        QTest::newRow("17 successors")
            << frame(u"\"ring\": \"leave\", \"successors\": "_s + members(17) + u", "_s + kFrom)
            << u"ring: successors: at most 16 members"_s;
        QTest::newRow("10,000 successors")
            << frame(u"\"ring\": \"leave\", \"successors\": "_s + members(10000) + u", "_s + kFrom)
            << u"ring: successors: at most 16 members"_s;
        QTest::newRow("a bad successor") << frame(
            q(u"'ring': 'leave', 'successors': [{'addr': 'ws://a:1', 'key': 1, 'name': 'a'}, {'addr': 'ws://a:2', 'key': true, 'name': 'b'}], "_s)
            + kFrom) << u"ring: successors[1].key: not a whole number"_s;
        QTest::newRow("predecessor a number")
            << frame(u"\"ring\": \"leave\", \"predecessor\": 5, \"successors\": [], "_s + kFrom)
            << u"ring: predecessor: not a member object"_s;
    }
    void hostileMessages()
    {
        QFETCH(QString, text);
        QFETCH(QString, error);
        QString why;
        QVERIFY(!wb::ring::parseMessage(text, kSelf, &why));
        QVERIFY2(why.startsWith(error), qPrintable(why));
        // Short enough for a close frame's reason (123 bytes).
        QVERIFY2(why.toUtf8().size() <= 123, qPrintable(why));
    }

    void hostileAcks_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error");
        QTest::newRow("n/a") << u"n/a"_s << u"ring: not JSON"_s;
        QTest::newRow("unknown") << u"{\"ring\": \"maybe\"}"_s
                                 << u"ring: unknown answer \"maybe\""_s;
        QTest::newRow("pong without from")
            << u"{\"ring\": \"pong\", \"seq\": 1}"_s << u"ring: from: missing"_s;
        QTest::newRow("probed alive a text")
            << u"{\"ring\": \"probed\", \"target\": \"ws://a:1\", \"alive\": \"yes\"}"_s
            << u"ring: alive: not true or false"_s;
        QTest::newRow("state, 10,000 successors")
            << u"{\"ring\": \"state\", \"self\": {\"addr\": \"ws://a:1\", \"key\": 1, \"name\": \"a\"}, \"successors\": "_s
                + members(10000) + u"}"_s
            << u"ring: successors: at most 16 members"_s;
    }
    void hostileAcks()
    {
        QFETCH(QString, text);
        QFETCH(QString, error);
        QString why;
        QVERIFY(!wb::ring::parseAck(text, &why));
        QVERIFY2(why.startsWith(error), qPrintable(why));
    }

    void addresses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("plain") << u"ws://127.0.0.1:9001"_s << u"ws://127.0.0.1:9001"_s;
        QTest::newRow("slash") << u"ws://127.0.0.1:9001/"_s << u"ws://127.0.0.1:9001"_s;
        QTest::newRow("localhost") << u"ws://localhost:9001"_s << u"ws://127.0.0.1:9001"_s;
        QTest::newRow("upper case") << u"ws://Alice.LAN:9001"_s << u"ws://alice.lan:9001"_s;
        QTest::newRow("IPv6") << u"ws://[::1]:9001"_s << u"ws://[::1]:9001"_s;
        QTest::newRow("wss") << u"wss://a:9001"_s << QString();
        QTest::newRow("path") << u"ws://a:9001/ring"_s << QString();
        QTest::newRow("no port") << u"ws://a"_s << QString();
        QTest::newRow("query") << u"ws://a:1?token=x"_s << QString();
    }
    void addresses()
    {
        QFETCH(QString, text);
        QFETCH(QString, canonical);
        QCOMPARE(wb::wire::canonicalAddress(text), canonical);
    }
};

QTEST_GUILESS_MAIN(TestRingProtocol)
#include "tst_ringprotocol.moc"
