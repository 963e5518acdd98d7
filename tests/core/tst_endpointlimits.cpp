// The socket rules of docs/security.md on a real Endpoint in this process, driven by raw TCP
// clients that break them: refused handshakes, lying frame headers, binary frames, peers that
// pipeline or stop reading, idle connections, the connection caps.
#include "certificatekit.h"
#include "rawsocketkit.h"
#include "runtime/endpoint.h"

#include <QFile>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>

using namespace wb;
using namespace wbtest;

namespace {

// An endpoint on 127.0.0.1 that acks "ack:<message>" unless the test hands it another handler.
struct Server
{
    explicit Server(const SocketPolicy &policy = SocketPolicy(),
        const QString &host = QStringLiteral("127.0.0.1"))
    {
        endpoint.setPolicy(policy);
        endpoint.setHandler([this](const Endpoint::Incoming &in, Endpoint::Reply reply) {
            if (handler)
                handler(in.text, std::move(reply));
            else
                reply(QStringLiteral("ack:") + in.text, 1);
        });
        QObject::connect(&endpoint, &Endpoint::rejected, &endpoint,
            [this](const QString &, const QString &why) { rejections << why; });
        QObject::connect(&endpoint, &Endpoint::clientDisconnected, &endpoint,
            [this](
                const QString &, const QString &, const QString &why) { disconnections << why; });
        listening = endpoint.listen(host, 0);
    }
    bool rejected(const QString &text) const { return !rejections.filter(text).isEmpty(); }

    Endpoint endpoint { QStringLiteral("limits") };
    std::function<void(const QString &, Endpoint::Reply)> handler;
    QStringList rejections;
    QStringList disconnections;
    bool listening = false;
};

// Qt 6.4 leaks the close reason of a QWebSocket destroyed while connected: clients go first.
auto abortAtExit(Client &client)
{
    return qScopeGuard([&client] { client.socket.abort(); });
}

// A self-signed certificate and its EC key in `policy`, made in `dir`.
bool makeCertificate(const QTemporaryDir &dir, SocketPolicy *policy)
{
    const QString base = dir.filePath(QStringLiteral("node"));
    if (!wbtest::makeCertificate(base))
        return false;
    const auto certificates = QSslCertificate::fromPath(base + QStringLiteral(".pem"));
    QFile key(base + QStringLiteral(".key"));
    if (certificates.isEmpty() || !key.open(QIODevice::ReadOnly))
        return false;
    policy->certificate = certificates.first();
    policy->privateKey = QSslKey(key.readAll(), QSsl::Ec);
    return policy->isSecureServer();
}

} // namespace

class TestEndpointLimits final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void qtClientWithoutOriginIsServed()
    {
        Server server;
        QVERIFY(server.listening);
        Client client;
        const auto abortClient = abortAtExit(client);
        QVERIFY(client.open(
            QUrl(QStringLiteral("ws://127.0.0.1:%1/datafeed").arg(server.endpoint.port()))));
        QCOMPARE(client.ask(QStringLiteral("1")), QStringLiteral("ack:1"));
    }

    void handshakeRules_data()
    {
        QTest::addColumn<QByteArray>("headers");
        QTest::addColumn<QByteArray>("host");
        QTest::addColumn<int>("status");
        QTest::newRow("seed-style") << QByteArray() << QByteArray() << 101;
        QTest::newRow("localhost") << QByteArray() << QByteArray("localhost:1") << 101;
        QTest::newRow("browser page")
            << QByteArray("Origin: http://evil.example\r\n") << QByteArray() << 403;
        QTest::newRow("allowed page")
            << QByteArray("Origin: http://localhost:3000\r\n") << QByteArray() << 101;
        QTest::newRow("DNS rebinding") << QByteArray() << QByteArray("evil.example:80") << 403;
    }
    void handshakeRules()
    {
        QFETCH(QByteArray, headers);
        QFETCH(QByteArray, host);
        QFETCH(int, status);
        SocketPolicy policy;
        policy.allowedOrigins = QStringList { QStringLiteral("http://localhost:3000") };
        Server server(policy);
        RawSocket raw;
        QCOMPARE(raw.handshake(server.endpoint.port(), "/", headers, host), status);
        if (status != 101) {
            QVERIFY(waitFor([&] { return raw.closed; }));
            QVERIFY(server.rejected(QStringLiteral("HTTP %1").arg(status)));
            QCOMPARE(server.endpoint.connectionCount(), 0);
        } else {
            QVERIFY(raw.send(ws::frame(ws::kText, "hi")));
            QVERIFY(
                waitFor([&] { return raw.texts() == QStringList { QStringLiteral("ack:hi") }; }));
        }
    }

    // Beyond loopback a configured token is required (bound to every interface, reached
    // through loopback: no traffic leaves the machine).
    void tokenBeyondLoopback_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QByteArray>("headers");
        QTest::addColumn<int>("status");
        const QByteArray token = "0123456789abcdef0123456789abcdef";
        QTest::newRow("none") << QByteArray("/") << QByteArray() << 401;
        QTest::newRow("bearer") << QByteArray("/") << "Authorization: Bearer " + token + "\r\n"
                                << 101;
        QTest::newRow("query") << "/datafeed?token=" + token << QByteArray() << 101;
        QTest::newRow("wrong") << QByteArray("/")
                               << "Authorization: Bearer " + QByteArray(32, 'f') + "\r\n"
                               << 401;
    }
    void tokenBeyondLoopback()
    {
        QFETCH(QByteArray, path);
        QFETCH(QByteArray, headers);
        QFETCH(int, status);
        SocketPolicy policy;
        policy.token = "0123456789abcdef0123456789abcdef";
        Server server(policy, QStringLiteral("0.0.0.0"));
        QVERIFY(server.listening);
        QVERIFY(!server.endpoint.isLoopback());
        RawSocket raw;
        QCOMPARE(raw.handshake(server.endpoint.port(), path, headers), status);
        for (const QString &line : std::as_const(server.rejections))
            QVERIFY(!line.contains(QString::fromLatin1(policy.token)));
    }

    // The header announces 100 MiB and nothing follows: closed with 1009 on the header alone.
    void oversizedFrameClosedAtTheHeader()
    {
        Server server;
        RawSocket raw;
        QCOMPARE(raw.handshake(server.endpoint.port()), 101);
        QVERIFY(raw.send(ws::frame(ws::kText, {}, true, quint64(100) << 20)));
        QCOMPARE(raw.waitForClose(), 1009);
        QVERIFY(waitFor([&] { return server.endpoint.connectionCount() == 0; }));
    }

    void binaryFrameGetsAnErrorAck()
    {
        Server server;
        RawSocket raw;
        QCOMPARE(raw.handshake(server.endpoint.port()), 101);
        QVERIFY(raw.send(ws::frame(ws::kBinary, "\x01\x02") + ws::frame(ws::kText, "1")));
        QVERIFY(waitFor([&] { return raw.texts().size() == 2; }));
        QVERIFY(raw.texts().at(0).startsWith(QStringLiteral("error: binary frames")));
        QCOMPARE(raw.texts().at(1), QStringLiteral("ack:1"));
        QVERIFY(server.rejected(QStringLiteral("binary frame")));
    }

    void invalidUtf8IsClosedWith1007()
    {
        Server server;
        RawSocket raw;
        QCOMPARE(raw.handshake(server.endpoint.port()), 101);
        QVERIFY(raw.send(ws::frame(ws::kText, "\xff\xfe")));
        QCOMPARE(raw.waitForClose(), 1007);
        QVERIFY(waitFor([&] { return !server.disconnections.isEmpty(); }));
        QVERIFY(server.disconnections.first().contains(QStringLiteral("1007")));
    }

    void pipeliningBeyondTheCapIsClosed()
    {
        SocketPolicy policy;
        policy.maxWaitingMessages = 5;
        Server server(policy);
        server.handler = [](const QString &, Endpoint::Reply) {
        }; // never answers
        RawSocket raw;
        QCOMPARE(raw.handshake(server.endpoint.port()), 101);
        QByteArray burst;
        for (int i = 0; i < 10; ++i)
            burst += ws::frame(ws::kText, QByteArray::number(i));
        QVERIFY(raw.send(burst));
        QCOMPARE(raw.waitForClose(), closecode::kTooManyWaiting);
    }

    // A client that sends and never reads: the acks pile up until the cap, then it is closed.
    void peerThatDoesNotReadIsClosed()
    {
        SocketPolicy policy;
        policy.maxQueuedBytes = 256 * 1024;
        Server server(policy);
        const QString big(16 * 1024, u'x');
        server.handler = [big](const QString &, Endpoint::Reply reply) {
            reply(big, 1);
        };
        RawSocket raw(4096);
        QCOMPARE(raw.handshake(server.endpoint.port()), 101);
        raw.setReading(false);
        QByteArray burst;
        for (int i = 0; i < 2000; ++i)
            burst += ws::frame(ws::kText, "1");
        QVERIFY(raw.send(burst));
        QVERIFY(waitFor([&] { return server.rejected(QStringLiteral("does not read")); }));
        QVERIFY(waitFor([&] { return server.endpoint.connectionCount() == 0; }));
        QVERIFY(server.disconnections.first().contains(QString::number(closecode::kNotReading)));
    }

    void silentAndSlowHandshakesTimeOut_data()
    {
        QTest::addColumn<QByteArray>("sent");
        QTest::newRow("silent") << QByteArray();
        QTest::newRow("half a request") << QByteArray("GET / HTTP/1.1\r\nHost: 127");
    }
    void silentAndSlowHandshakesTimeOut()
    {
        QFETCH(QByteArray, sent);
        SocketPolicy policy;
        policy.handshakeTimeoutMs = 300;
        Server server(policy);
        RawSocket raw;
        QVERIFY(raw.connectTo(server.endpoint.port()));
        if (!sent.isEmpty())
            QVERIFY(raw.send(sent));
        QVERIFY(waitFor([&] { return raw.closed; }));
        QVERIFY(server.rejected(QStringLiteral("HTTP 408")));
        QVERIFY(waitFor([&] { return server.endpoint.openCount() == 0; }));
    }

    void oversizedHeadIsRefused()
    {
        Server server;
        RawSocket raw;
        QVERIFY(raw.connectTo(server.endpoint.port()));
        QVERIFY(raw.send("GET / HTTP/1.1\r\nX: " + QByteArray(20000, 'a')));
        QVERIFY(waitFor([&] { return raw.closed; }));
        QVERIFY(raw.received.startsWith("HTTP/1.1 431"));
    }

    // At its cap a node stops accepting; a connection that ends makes room for a waiting one.
    void connectionCapPausesAccepting()
    {
        SocketPolicy policy;
        policy.maxConnections = 3;
        Server server(policy);
        const QUrl url(QStringLiteral("ws://127.0.0.1:%1/").arg(server.endpoint.port()));
        std::vector<std::unique_ptr<Client>> clients;
        for (int i = 0; i < 3; ++i) {
            clients.push_back(std::make_unique<Client>());
            QVERIFY(clients.back()->open(url));
        }
        const auto abortAll = qScopeGuard([&clients] {
            for (auto &c : clients)
                c->socket.abort();
        });
        QVERIFY(!server.endpoint.isAccepting());
        Client waiting;
        const auto abortWaiting = abortAtExit(waiting);
        waiting.socket.open(url);
        QTest::qWait(300); // the kernel holds it; the node must not take it
        QCOMPARE(server.endpoint.openCount(), 3);
        QVERIFY(waiting.socket.state() != QAbstractSocket::ConnectedState);
        clients.front()->socket.close();
        QVERIFY(clients.front()->waitForDisconnect());
        QVERIFY(waitFor([&] { return waiting.socket.state() == QAbstractSocket::ConnectedState; }));
        QCOMPARE(waiting.ask(QStringLiteral("x")), QStringLiteral("ack:x"));
    }

    // Idle connections cannot keep a real client out: when handshakes under way, or all
    // connections, reach their cap, the oldest handshake makes room for a newcomer.
    void idleConnectionsMakeRoom_data()
    {
        QTest::addColumn<int>("maxPendingHandshakes");
        QTest::addColumn<int>("maxConnections");
        QTest::addColumn<QString>("reason");
        QTest::newRow("handshake cap") << 2 << 100 << QStringLiteral("2 handshakes under way");
        QTest::newRow("connection cap") << 100 << 2 << QStringLiteral("at the connection cap");
    }
    void idleConnectionsMakeRoom()
    {
        QFETCH(int, maxPendingHandshakes);
        QFETCH(int, maxConnections);
        QFETCH(QString, reason);
        SocketPolicy policy;
        policy.maxPendingHandshakes = maxPendingHandshakes;
        policy.maxConnections = maxConnections;
        Server server(policy);
        RawSocket first;
        RawSocket second;
        QVERIFY(first.connectTo(server.endpoint.port()));
        QVERIFY(waitFor([&] { return server.endpoint.openCount() == 1; }));
        QVERIFY(second.connectTo(server.endpoint.port()));
        QVERIFY(waitFor([&] { return server.endpoint.openCount() == 2; }));
        Client client;
        const auto abortClient = abortAtExit(client);
        QVERIFY(
            client.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(server.endpoint.port()))));
        QVERIFY(waitFor([&] { return first.closed; }));
        QVERIFY(!second.closed);
        QVERIFY(server.rejected(reason));
        QCOMPARE(client.ask(QStringLiteral("y")), QStringLiteral("ack:y"));
    }

    // A TLS handshake counts from the moment its connection is accepted, not from when it is
    // encrypted: idle TLS connections are dropped at the cap like any other, and a wss client
    // that comes through is counted once.
    void tlsHandshakesCount()
    {
        const QTemporaryDir dir;
        SocketPolicy policy;
        QVERIFY(makeCertificate(dir, &policy));
        policy.maxConnections = 2;
        Server server(policy);
        QVERIFY(server.listening);
        const quint16 port = server.endpoint.port();
        RawSocket first;
        RawSocket second;
        QVERIFY(first.connectTo(port));
        QVERIFY(waitFor([&] { return server.endpoint.openCount() == 1; }));
        QVERIFY(second.connectTo(port));
        QVERIFY(waitFor([&] { return server.endpoint.openCount() == 2; }));
        Client client;
        const auto abortClient = abortAtExit(client);
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        client.socket.setSslConfiguration(tls);
        QVERIFY(client.open(QUrl(QStringLiteral("wss://127.0.0.1:%1/").arg(port))));
        QVERIFY(waitFor([&] { return first.closed; }));
        QVERIFY(!second.closed);
        QVERIFY(server.rejected(QStringLiteral("at the connection cap")));
        QCOMPARE(client.ask(QStringLiteral("z")), QStringLiteral("ack:z"));
        QCOMPARE(server.endpoint.openCount(), 2);
        second.close();
        QVERIFY(waitFor([&] { return server.endpoint.openCount() == 1; }));
    }

    // Every message leaves as one frame (QTBUG-136216), even one well over Qt's 512 KiB frames.
    void largeAckIsOneFrame()
    {
        Server server;
        const QString ack = QString(300 * 1024, QChar(0x00e9)); // 600 KiB of UTF-8
        server.handler = [ack](const QString &, Endpoint::Reply reply) {
            reply(ack, 1);
        };
        RawSocket raw;
        QCOMPARE(raw.handshake(server.endpoint.port()), 101);
        QVERIFY(raw.send(ws::frame(ws::kText, "1")));
        QVERIFY(waitFor([&] { return !raw.frames().isEmpty(); }));
        QCOMPARE(raw.frames().first().opcode, ws::kText); // not a continuation of a first part
        QCOMPARE(raw.frames().first().payload.size(), ack.toUtf8().size());
    }
};

QTEST_GUILESS_MAIN(TestEndpointLimits)
#include "tst_endpointlimits.moc"
