// The handshake rules of docs/security.md as pure functions: which upgrade requests a node
// hands to its WebSocket server and which it refuses, with what status.
#include "net/handshakepolicy.h"

#include <QTest>

using namespace wb;

class TestHandshakePolicy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void check_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<bool>("loopback");
        QTest::addColumn<QStringList>("origins");
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<int>("status");

        const QByteArray token(32, 'a');
        const QByteArray python = "GET /datafeed HTTP/1.1\r\nHost: 127.0.0.1:8765\r\n"
                                  "Upgrade: websocket\r\nConnection: Upgrade\r\n\r\n";
        QTest::newRow("python seed client") << python << true << QStringList() << QByteArray() << 0;
        QTest::newRow("localhost without port")
            << QByteArray("GET / HTTP/1.1\r\nHost: localhost\r\n\r\n") << true << QStringList()
            << QByteArray() << 0;
        QTest::newRow("LOCALHOST:80") << QByteArray("GET / HTTP/1.1\r\nHost: LOCALHOST:80\r\n\r\n")
                                      << true << QStringList() << QByteArray() << 0;
        QTest::newRow("[::1]:8765") << QByteArray("GET / HTTP/1.1\r\nHost: [::1]:8765\r\n\r\n")
                                    << true << QStringList() << QByteArray() << 0;
        QTest::newRow("no host") << QByteArray("GET / HTTP/1.1\r\n\r\n") << true << QStringList()
                                 << QByteArray() << 0;
        QTest::newRow("rebound name on loopback")
            << QByteArray("GET / HTTP/1.1\r\nHost: evil.example:8765\r\n\r\n") << true
            << QStringList() << QByteArray() << 403;
        QTest::newRow("127.0.0.2 is not named")
            << QByteArray("GET / HTTP/1.1\r\nHost: 127.0.0.2\r\n\r\n") << true << QStringList()
            << QByteArray() << 403;
        QTest::newRow("a name beyond loopback is fine")
            << QByteArray("GET / HTTP/1.1\r\nHost: bench.lan:8765\r\n\r\n") << false
            << QStringList() << QByteArray() << 0;
        QTest::newRow("browser origin") << QByteArray(
            "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nOrigin: http://evil.example\r\n\r\n")
                                        << true << QStringList() << QByteArray() << 403;
        QTest::newRow("null origin")
            << QByteArray("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nOrigin: null\r\n\r\n") << true
            << QStringList() << QByteArray() << 403;
        QTest::newRow("allowed origin")
            << QByteArray(
                   "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nOrigin: http://localhost:3000\r\n\r\n")
            << true << QStringList { QStringLiteral("http://localhost:3000") } << QByteArray() << 0;
        QTest::newRow("POST") << QByteArray("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n") << true
                              << QStringList() << QByteArray() << 405;
        QTest::newRow("token missing")
            << QByteArray("GET / HTTP/1.1\r\nHost: 10.0.0.5:8765\r\n\r\n") << false << QStringList()
            << token << 401;
        QTest::newRow("bearer token") << QByteArray(
            "GET / HTTP/1.1\r\nHost: 10.0.0.5\r\nAuthorization: Bearer " + token + "\r\n\r\n")
                                      << false << QStringList() << token << 0;
        QTest::newRow("query token")
            << QByteArray("GET /datafeed?token=" + token + " HTTP/1.1\r\nHost: 10.0.0.5\r\n\r\n")
            << false << QStringList() << token << 0;
        QTest::newRow("wrong token")
            << QByteArray("GET / HTTP/1.1\r\nHost: 10.0.0.5\r\nAuthorization: Bearer "
                   + QByteArray(32, 'b') + "\r\n\r\n")
            << false << QStringList() << token << 401;
        QTest::newRow("token prefix")
            << QByteArray("GET / HTTP/1.1\r\nHost: 10.0.0.5\r\nAuthorization: Bearer "
                   + token.left(31) + "\r\n\r\n")
            << false << QStringList() << token << 401;
        QTest::newRow("loopback needs no token") << python << true << QStringList() << token << 0;
    }
    void check()
    {
        QFETCH(QByteArray, head);
        QFETCH(bool, loopback);
        QFETCH(QStringList, origins);
        QFETCH(QByteArray, token);
        QFETCH(int, status);
        const auto length = handshake::headLength(head);
        QVERIFY(length);
        const auto parsed = handshake::parseHead(head.left(*length));
        QVERIFY(parsed);
        const handshake::Verdict verdict = handshake::check(*parsed, { loopback, origins, token });
        QCOMPARE(verdict.status, status);
        QVERIFY(!verdict.reason.contains(token.isEmpty() ? QByteArray("\x01") : token));
    }

    void incompleteAndMalformed()
    {
        QVERIFY(!handshake::headLength("GET / HTTP/1.1\r\nHost: x\r\n"));
        QVERIFY(!handshake::parseHead("\x16\x03\x01 binary\r\n\r\n"));
        QVERIFY(!handshake::parseHead("GET / HTTP/1.1\r\nno colon here\r\n\r\n"));
        QVERIFY(!handshake::parseHead("GET relative HTTP/1.1\r\n\r\n"));
    }

    void refusalIsHttp()
    {
        const QByteArray answer = handshake::refusal({ 403, "origin not allowed\r\nX: y" });
        QVERIFY(answer.startsWith("HTTP/1.1 403 Forbidden\r\n"));
        QVERIFY(!answer.contains("\r\nX: y")); // the reason cannot inject a header
    }

    void tokens()
    {
        QVERIFY(handshake::equalTokens("abc", "abc"));
        QVERIFY(!handshake::equalTokens("abc", "abd"));
        QVERIFY(!handshake::equalTokens("abc", "abcd"));
        QVERIFY(!handshake::tokenProblem("short").isEmpty());
        QVERIFY(!handshake::tokenProblem(QByteArray(32, ' ')).isEmpty());
        QVERIFY(handshake::tokenProblem("0123456789abcdef0123456789abcdef").isEmpty());
        QVERIFY(!handshake::tokenProblem("short").contains(QStringLiteral("short")));
    }
};

QTEST_GUILESS_MAIN(TestHandshakePolicy)
#include "tst_handshakepolicy.moc"
