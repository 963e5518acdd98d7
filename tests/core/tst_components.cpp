// Each kind's loop over real sockets: a MeshRuntime node on port 0, a QWebSocket client, and a
// recording peer as the pin's target. Also the Endpoint rules every kind shares: one reply per
// message, "n/a" for an empty one, connections independent of each other.
#include "circuittestkit.h"
#include "document/circuit.h"
#include "runtime/endpoint.h"
#include "runtime/meshruntime.h"
#include "wstestkit.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using wb::NodeId;
using wb::NodeKind;
using wbtest::Client;
using wbtest::kWaitMs;
using wbtest::Peer;

namespace {

// One circuit in a runtime; nodes listen on port 0.
struct Bench
{
    wb::Circuit circuit;
    wb::MeshRuntime runtime { &circuit };
    QStringList logs; // "name: text"

    Bench()
    {
        QObject::connect(&runtime, &wb::MeshRuntime::logLine, &runtime,
            [this](NodeId, const QString &name, const QString &text, qint64) {
                logs << name + QStringLiteral(": ") + text;
            });
    }

    NodeId add(const QString &name, NodeKind kind, const QVariantMap &params = {}, quint16 port = 0)
    {
        wb::NodeSpec spec = wbtest::nodeSpec(name, kind, port);
        for (auto it = params.cbegin(); it != params.cend(); ++it)
            spec.params.insert(it.key(), it.value());
        return circuit.addNode(spec);
    }
    NodeId addPeer(const QString &name, quint16 port)
    {
        return add(name, NodeKind::External, {}, port);
    }
    // Starts a node and returns the URL it serves `path` on (empty when it failed).
    QUrl start(NodeId id, const QString &path = QStringLiteral("datafeed"))
    {
        runtime.start(id);
        const quint16 port = runtime.listeningPort(id);
        if (port == 0)
            return {};
        return QUrl(QStringLiteral("ws://127.0.0.1:%1/%2").arg(port).arg(path));
    }
    QStringList logsOf(const QString &name) const
    {
        QStringList list;
        const QString prefix = name + QStringLiteral(": ");
        for (const QString &line : logs) {
            if (line.startsWith(prefix))
                list << line.mid(prefix.size());
        }
        return list;
    }
};

QStringList bitsOf(const QString &digits)
{
    QStringList list;
    for (QChar c : digits)
        list << QString(c);
    return list;
}

} // namespace

class TestComponents final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acks_data()
    {
        QTest::addColumn<NodeKind>("kind");
        QTest::addColumn<QVariantMap>("params");
        QTest::addColumn<QStringList>("messages");
        QTest::addColumn<QStringList>("acks");

        const QStringList odd { "1", "0", "2", "", "11", " 1", "on", "1" };
        QTest::newRow("buzzer") << NodeKind::Buzzer << QVariantMap() << odd
                                << QStringList { "buzz buzz buzz", "...", "...", "...", "...",
                                       "...", "...", "buzz buzz buzz" };
        QTest::newRow("buzzer with its own sound")
            << NodeKind::Buzzer << QVariantMap { { "sound", "bîp ♪" } } << QStringList { "0", "1" }
            << QStringList { "...", "bîp ♪" };
        // The loop gives nothing for a 1 (an empty sound): the reply is "n/a".
        QTest::newRow("buzzer with no sound")
            << NodeKind::Buzzer << QVariantMap { { "sound", "" } } << QStringList { "1", "0", "1" }
            << QStringList { "n/a", "...", "n/a" };
        QTest::newRow("led") << NodeKind::Led << QVariantMap() << odd
                             << QStringList { "on", "off", "off", "off", "off", "off", "off",
                                    "on" };
        QTest::newRow("iopin without targets")
            << NodeKind::IoPin << QVariantMap() << QStringList { "0", "1", "x" }
            << QStringList { "acknowledged", "acknowledged", "acknowledged" };
    }
    void acks()
    {
        QFETCH(NodeKind, kind);
        QFETCH(QVariantMap, params);
        QFETCH(QStringList, messages);
        QFETCH(QStringList, acks);
        Bench bench;
        const NodeId id = bench.add(QStringLiteral("node"), kind, params);
        const QUrl url = bench.start(id);
        QVERIFY2(!url.isEmpty(), qPrintable(bench.runtime.errorString(id)));
        QCOMPARE(bench.runtime.state(id), wb::NodeState::Listening);
        Client client;
        QVERIFY(client.open(url));
        for (qsizetype i = 0; i < messages.size(); ++i)
            QCOMPARE(client.ask(messages.at(i)), std::optional<QString>(acks.at(i)));
        QCOMPARE(bench.runtime.state(id), wb::NodeState::Running); // a client is connected
        QCOMPARE(bench.runtime.connectionCount(), 1);

        const QStringList logs = bench.logsOf(QStringLiteral("node"));
        QCOMPARE(logs.value(0), QStringLiteral("serving on 127.0.0.1:%1").arg(url.port()));
        QCOMPARE(logs.value(1), QStringLiteral("** new client connected, path=/datafeed"));
        if (kind != NodeKind::IoPin) {
            // The seed's "signal S received -> behaviour"; "n/a" is the wire's, not the loop's.
            for (qsizetype i = 0; i < messages.size(); ++i) {
                const QString behaviour
                    = acks.at(i) == QLatin1String("n/a") ? QString() : acks.at(i);
                QCOMPARE(logs.value(2 + i),
                    QStringLiteral("signal %1 received -> %2").arg(messages.at(i), behaviour));
            }
        }

        client.socket.close();
        QTRY_COMPARE_WITH_TIMEOUT(bench.runtime.state(id), wb::NodeState::Listening, kWaitMs);
        QVERIFY(bench.logsOf(QStringLiteral("node"))
                    .last()
                    .startsWith(QStringLiteral("done processing messages: ")));
    }

    void liveState()
    {
        Bench bench;
        const NodeId buzzer = bench.add(QStringLiteral("b"), NodeKind::Buzzer);
        const NodeId led = bench.add(QStringLiteral("l"), NodeKind::Led);
        QSignalSpy states(&bench.runtime, &wb::MeshRuntime::liveState);
        Client toBuzzer, toLed;
        QVERIFY(toBuzzer.open(bench.start(buzzer)));
        QVERIFY(toLed.open(bench.start(led)));
        QVERIFY(toBuzzer.ask(QStringLiteral("1")));
        QVERIFY(toBuzzer.ask(QStringLiteral("0")));
        QVERIFY(toLed.ask(QStringLiteral("1")));
        QCOMPARE(states.count(), 3);
        QCOMPARE(states.at(0).at(0).value<NodeId>(), buzzer);
        QCOMPARE(states.at(0).at(1).toMap(), (QVariantMap { { "buzzing", true } }));
        QCOMPARE(states.at(1).at(1).toMap(), (QVariantMap { { "buzzing", false } }));
        QCOMPARE(states.at(2).at(0).value<NodeId>(), led);
        QCOMPARE(states.at(2).at(1).toMap(), (QVariantMap { { "on", true } }));
    }

    void channelIsThePath_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("channel");
        QTest::newRow("datafeed") << "datafeed"
                                  << "/datafeed";
        QTest::newRow("nested") << "a/b/c"
                                << "/a/b/c";
        QTest::newRow("none") << ""
                              << "/";
    }
    void channelIsThePath()
    {
        QFETCH(QString, path);
        QFETCH(QString, channel);
        Bench bench;
        const NodeId pin = bench.add(QStringLiteral("pin"), NodeKind::IoPin);
        Client client;
        QVERIFY(client.open(bench.start(pin, path)));
        QCOMPARE(client.ask(QStringLiteral("7")), std::optional<QString>(u"acknowledged"_s));
        QVERIFY2(bench.logsOf(QStringLiteral("pin"))
                     .contains(QStringLiteral("new tick triggered on %1: 7").arg(channel)),
            qPrintable(bench.logs.join(u'\n')));
    }

    void iopinStreamsItsBits_data()
    {
        QTest::addColumn<QVariantMap>("params");
        QTest::addColumn<QStringList>("bits"); // per message; empty: check against the log
        QTest::newRow("chance 0: always 1") << QVariantMap { { "chance", 0.0 }, { "sequence", 4 } }
                                            << QStringList { "1111", "1111" };
        QTest::newRow("chance 1: always 0") << QVariantMap { { "chance", 1.0 }, { "sequence", 2 } }
                                            << QStringList { "00", "00", "00" };
        // Pinned: a seed gives these bits in every Wirebench version, so runs can be repeated.
        QTest::newRow("seed 42") << QVariantMap { { "seed", 42 } }
                                 << QStringList { "011", "101", "000", "001", "110" };
        QTest::newRow("one bit") << QVariantMap { { "seed", 1 }, { "sequence", 1 } }
                                 << QStringList { "", "", "", "" };
        QTest::newRow("long sequence")
            << QVariantMap { { "seed", 9 }, { "sequence", 300 } } << QStringList { "" };
    }
    void iopinStreamsItsBits()
    {
        QFETCH(QVariantMap, params);
        QFETCH(QStringList, bits);
        Peer peer;
        QVERIFY(peer.listen());
        Bench bench;
        const NodeId pin = bench.add(QStringLiteral("pin"), NodeKind::IoPin, params);
        const NodeId target = bench.addPeer(QStringLiteral("target"), peer.port());
        QVERIFY(bench.circuit.addWire(pin, target));
        Client client;
        QVERIFY(client.open(bench.start(pin)));
        const int sequence = bench.circuit.node(pin)->params.value("sequence").toInt();

        QStringList sent; // every bit the peer received, in order
        for (qsizetype i = 0; i < bits.size(); ++i) {
            QCOMPARE(client.ask(QString::number(i)), std::optional<QString>(u"acknowledged"_s));
            // Exactly `sequence` bits per message, each acknowledged before the pin acks.
            QCOMPARE(peer.frames.size(), sequence * (i + 1));
            const QStringList got = peer.texts().mid(sequence * i);
            if (!bits.at(i).isEmpty())
                QCOMPARE(got, bitsOf(bits.at(i)));
            for (const QString &bit : got)
                QVERIFY(bit == QLatin1String("0") || bit == QLatin1String("1"));
            sent << got;
        }
        for (const wbtest::Frame &frame : std::as_const(peer.frames))
            QCOMPARE(frame.channel, QStringLiteral("/pin")); // the pin's name is its channel
        QCOMPARE(peer.connections, 1); // one connection for every stream
        QCOMPARE(peer.receivedWhileBusy, 0); // one bit in flight at a time

        // The log says what was streamed, as the seed's IOPin did.
        QStringList drawn;
        const QString toggling = QStringLiteral("toggling pin state: ");
        for (const QString &line : bench.logsOf(QStringLiteral("pin"))) {
            if (line.startsWith(toggling))
                drawn << line.mid(toggling.size());
        }
        QCOMPARE(drawn.size(), bits.size());
        QStringList fromLog;
        for (QString list : drawn)
            fromLog << list.remove(u'[').remove(u']').split(QStringLiteral(", "));
        QCOMPARE(fromLog, sent);
    }

    void iopinLogsLikeTheSeed()
    {
        Peer peer;
        QVERIFY(peer.listen());
        Bench bench;
        const NodeId pin = bench.add(QStringLiteral("iopin"), NodeKind::IoPin, { { "seed", 42 } });
        QVERIFY(bench.circuit.addWire(pin, bench.addPeer(QStringLiteral("buzzer"), peer.port())));
        Client client;
        QVERIFY(client.open(bench.start(pin)));
        QVERIFY(client.ask(QStringLiteral("0")));
        QCOMPARE(bench.logsOf(QStringLiteral("iopin")).mid(1),
            (QStringList { "** new client connected, path=/datafeed",
                "new tick triggered on /datafeed: 0", "toggling pin state: [0, 1, 1]",
                "starting to stream message to buzzer", "> sending payload: 0", "< ack:0",
                "> sending payload: 1", "< ack:1", "> sending payload: 1", "< ack:1" }));
    }

    void sameSeedSameBits()
    {
        const auto run = [](quint32 seed) -> QStringList {
            Peer peer;
            if (!peer.listen())
                return {};
            Bench bench;
            const NodeId pin = bench.add(
                QStringLiteral("pin"), NodeKind::IoPin, { { "seed", seed }, { "sequence", 16 } });
            bench.circuit.addWire(pin, bench.addPeer(QStringLiteral("t"), peer.port()));
            Client client;
            if (!client.open(bench.start(pin)))
                return {};
            for (int i = 0; i < 3; ++i) {
                if (client.ask(QString::number(i)) != u"acknowledged"_s)
                    return {};
            }
            return peer.texts();
        };
        const QStringList first = run(1234);
        QCOMPARE(first.size(), 48);
        QCOMPARE(run(1234), first);
        QVERIFY(run(1235) != first);
    }

    void iopinStreamsToEveryTarget()
    {
        Peer a, b;
        QVERIFY(a.listen());
        QVERIFY(b.listen());
        Bench bench;
        const NodeId pin = bench.add(
            QStringLiteral("pin"), NodeKind::IoPin, { { "seed", 5 }, { "sequence", 5 } });
        QVERIFY(bench.circuit.addWire(pin, bench.addPeer(QStringLiteral("a"), a.port())));
        QVERIFY(bench.circuit.addWire(pin, bench.addPeer(QStringLiteral("b"), b.port())));
        QList<wb::TrafficEvent> events;
        connect(&bench.runtime, &wb::MeshRuntime::traffic, this,
            [&](const wb::TrafficEvent &e) { events << e; });
        Client client;
        QVERIFY(client.open(bench.start(pin)));
        QCOMPARE(client.ask(QStringLiteral("0")), std::optional<QString>(u"acknowledged"_s));
        QCOMPARE(a.frames.size(), 5);
        QCOMPARE(a.texts(), b.texts());
        // Message ids are the pin's, not the wire's: ten bits, ten ids, each acked once.
        QHash<quint64, NodeId> sentTo;
        int acks = 0;
        for (const wb::TrafficEvent &e : std::as_const(events)) {
            if (e.node != pin)
                continue;
            if (e.type == wb::TrafficEvent::Type::Sent) {
                QVERIFY(!sentTo.contains(e.messageId));
                sentTo.insert(e.messageId, e.peer);
            } else if (e.type == wb::TrafficEvent::Type::AckReceived) {
                QCOMPARE(sentTo.value(e.messageId), e.peer);
                ++acks;
            }
        }
        QCOMPARE(sentTo.size(), 10);
        QCOMPARE(acks, 10);
    }

    void iopinAcksAnErrorWhenItsTargetIsDown()
    {
        const quint16 port = wbtest::freePort();
        Bench bench;
        const NodeId pin = bench.add(QStringLiteral("pin"), NodeKind::IoPin, { { "sequence", 2 } });
        QVERIFY(bench.circuit.addWire(pin, bench.addPeer(QStringLiteral("t"), port)));
        Client client;
        QVERIFY(client.open(bench.start(pin)));
        QCOMPARE(client.ask(QStringLiteral("0")),
            std::optional<QString>(
                QStringLiteral("error: cannot reach ws://127.0.0.1:%1/pin: Connection refused")
                    .arg(port)));
        // The target comes up: the next message reaches it.
        Peer peer;
        QVERIFY(peer.listen(port));
        QCOMPARE(client.ask(QStringLiteral("1")), std::optional<QString>(u"acknowledged"_s));
        QCOMPARE(peer.frames.size(), 2);
    }

    void manyMessagesOnOneConnection()
    {
        Bench bench;
        const NodeId led = bench.add(QStringLiteral("led"), NodeKind::Led);
        Client client;
        QVERIFY(client.open(bench.start(led)));
        // Sent without waiting: the node answers them one by one, in order.
        QStringList expected;
        for (int i = 0; i < 300; ++i) {
            client.socket.sendTextMessage(QString::number(i % 3 == 0 ? 1 : 0));
            expected << (i % 3 == 0 ? QStringLiteral("on") : QStringLiteral("off"));
        }
        QVERIFY(wbtest::waitFor([&] { return client.received.size() >= 300; }));
        QCOMPARE(client.received, expected);
        QCOMPARE(bench.runtime.connectionCount(), 1);
    }

    void twoConnectionsToOneNode()
    {
        Bench bench;
        const NodeId buzzer = bench.add(QStringLiteral("buzzer"), NodeKind::Buzzer);
        const QUrl url = bench.start(buzzer);
        Client one, two;
        QVERIFY(one.open(url));
        QVERIFY(two.open(url));
        QTRY_COMPARE_WITH_TIMEOUT(bench.runtime.connectionCount(), 2, kWaitMs);
        QCOMPARE(one.ask(QStringLiteral("1")), std::optional<QString>(u"buzz buzz buzz"_s));
        QCOMPARE(two.ask(QStringLiteral("0")), std::optional<QString>(u"..."_s));
        one.socket.close();
        QVERIFY(one.waitForDisconnect());
        QCOMPARE(two.ask(QStringLiteral("1")), std::optional<QString>(u"buzz buzz buzz"_s));
        QCOMPARE(one.received.size(), 1);
    }

    // Endpoint: a slow answer on one connection holds only that connection.
    void connectionsAreIndependent()
    {
        wb::Endpoint endpoint(QStringLiteral("test"));
        QList<std::pair<QString, wb::Endpoint::Reply>> held;
        endpoint.setHandler([&](const wb::Endpoint::Incoming &in, wb::Endpoint::Reply reply) {
            if (in.text.startsWith(QLatin1String("hold")))
                held.append({ in.text, std::move(reply) });
            else
                reply(QStringLiteral("re:") + in.text, 1);
        });
        QVERIFY(endpoint.listen(QStringLiteral("127.0.0.1"), 0));
        const QUrl url(QStringLiteral("ws://127.0.0.1:%1/").arg(endpoint.port()));
        Client a, b;
        QVERIFY(a.open(url));
        QVERIFY(b.open(url));
        a.socket.sendTextMessage(QStringLiteral("hold 1"));
        a.socket.sendTextMessage(QStringLiteral("after"));
        QCOMPARE(b.ask(QStringLiteral("free")), std::optional<QString>(u"re:free"_s));
        QVERIFY(wbtest::waitFor([&] { return held.size() == 1; }));
        QVERIFY(a.received.isEmpty()); // "after" waits for "hold 1" to be answered
        held.first().second(QStringLiteral("released"), 1);
        held.first().second(QStringLiteral("twice"), 1); // a reply counts once
        QVERIFY(wbtest::waitFor([&] { return a.received.size() == 2; }));
        QCOMPARE(a.received, (QStringList { "released", "re:after" }));
        QCOMPARE(b.received, QStringList { "re:free" });
    }

    void endpointRules()
    {
        wb::Endpoint endpoint(QStringLiteral("test"));
        wb::Endpoint::Reply late;
        endpoint.setHandler([&](const wb::Endpoint::Incoming &in, wb::Endpoint::Reply reply) {
            if (in.text == QLatin1String("late"))
                late = std::move(reply);
            else
                reply(QString(), 1); // nothing to say
        });
        QSignalSpy received(&endpoint, &wb::Endpoint::messageReceived);
        QSignalSpy acked(&endpoint, &wb::Endpoint::ackSent);
        QVERIFY(endpoint.listen(QStringLiteral("localhost"), 0));
        QCOMPARE(endpoint.state(), wb::Endpoint::State::Listening);
        Client client;
        QVERIFY(client.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/ch").arg(endpoint.port()))));
        QCOMPARE(client.ask(QStringLiteral("x")), std::optional<QString>(u"n/a"_s));
        QCOMPARE(received.count(), 1);
        QCOMPARE(received.at(0).at(1).toString(), QStringLiteral("/ch"));
        QCOMPARE(received.at(0).at(2).toString(), QStringLiteral("x"));
        QCOMPARE(acked.at(0).at(2).toString(), QStringLiteral("n/a"));

        // Closing sends every client a close frame; a late reply then goes nowhere.
        client.socket.sendTextMessage(QStringLiteral("late"));
        QVERIFY(wbtest::waitFor([&] { return bool(late); }));
        endpoint.close();
        QCOMPARE(endpoint.state(), wb::Endpoint::State::Stopped);
        QCOMPARE(endpoint.port(), quint16(0));
        QVERIFY(client.waitForDisconnect());
        QCOMPARE(client.closeCode, int(QWebSocketProtocol::CloseCodeGoingAway));
        QCOMPARE(client.closeReason, QStringLiteral("node stopped"));
        late(QStringLiteral("too late"), 1);
        QCOMPARE(acked.count(), 1);
    }

    void replyAfterTheEndpointIsGone()
    {
        auto *endpoint = new wb::Endpoint(QStringLiteral("test"));
        wb::Endpoint::Reply late;
        endpoint->setHandler(
            [&](const wb::Endpoint::Incoming &, wb::Endpoint::Reply reply) { late = reply; });
        QVERIFY(endpoint->listen(QStringLiteral("127.0.0.1"), 0));
        Client client;
        QVERIFY(client.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(endpoint->port()))));
        client.socket.sendTextMessage(QStringLiteral("1"));
        QVERIFY(wbtest::waitFor([&] { return bool(late); }));
        delete endpoint;
        late(QStringLiteral("ack"), 1); // must not touch the deleted endpoint
        QVERIFY(client.waitForDisconnect());
        QVERIFY(client.received.isEmpty());
    }

    void listenErrors()
    {
        QTcpServer taken;
        QVERIFY(taken.listen(QHostAddress::LocalHost, 0));
        wb::Endpoint endpoint(QStringLiteral("test"));
        QSignalSpy states(&endpoint, &wb::Endpoint::stateChanged);
        QVERIFY(!endpoint.listen(QStringLiteral("127.0.0.1"), taken.serverPort()));
        QCOMPARE(endpoint.state(), wb::Endpoint::State::Error);
        QCOMPARE(endpoint.errorString(),
            QStringLiteral("port %1 on 127.0.0.1 is already in use").arg(taken.serverPort()));
        QCOMPARE(states.count(), 1);
        QVERIFY(!endpoint.listen(QStringLiteral("example.com"), 0));
        QCOMPARE(endpoint.errorString(),
            QStringLiteral("cannot listen on \"example.com\": give an IP address, localhost, "
                           "0.0.0.0 or ::"));

        // A node that cannot listen is in error and says why.
        Bench bench;
        const NodeId led = bench.add(QStringLiteral("led"), NodeKind::Led, {}, taken.serverPort());
        bench.runtime.start(led);
        QCOMPARE(bench.runtime.state(led), wb::NodeState::Error);
        QCOMPARE(bench.runtime.errorString(led),
            QStringLiteral("port %1 on 127.0.0.1 is already in use").arg(taken.serverPort()));
        QVERIFY(!bench.runtime.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestComponents)
#include "tst_components.moc"
