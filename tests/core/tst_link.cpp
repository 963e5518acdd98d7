// Link, the delivery path of a wire, against real servers: one message in flight, one reused
// connection, clear failures, and a fresh connection after a failure.
#include "runtime/link.h"
#include "wstestkit.h"

#include <QSignalSpy>
#include <QTest>

using wb::Link;
using wbtest::kWaitMs;

namespace {

// Records every Delivery handed to a send's callback.
struct Outcomes
{
    QList<Link::Delivery> list;
    Link::Done callback()
    {
        return [this](const Link::Delivery &delivery) {
            list << delivery;
        };
    }
    bool waitFor(qsizetype count)
    {
        return wbtest::waitFor([&] { return list.size() >= count; });
    }
};

} // namespace

class TestLink final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<wb::Link::State>(); }

    void deliversAndReusesOneConnection()
    {
        wbtest::Peer peer;
        QVERIFY(peer.listen());
        peer.delayMs = 1; // answers from the event loop, so pipelining would show
        Link link(peer.url(QStringLiteral("chan")));
        QSignalSpy sent(&link, &Link::sent);
        QSignalSpy acked(&link, &Link::acked);
        Outcomes outcomes;
        QList<quint64> ids;
        for (int i = 0; i < 20; ++i)
            ids << link.send(QString::number(i), outcomes.callback());
        QCOMPARE(link.pending(), 20);
        QVERIFY(outcomes.waitFor(20));
        QCOMPARE(link.pending(), 0);
        QCOMPARE(link.state(), Link::State::Connected);
        QCOMPARE(peer.connections, 1);
        QCOMPARE(peer.receivedWhileBusy, 0); // each waited for the ack of the one before
        for (int i = 0; i < 20; ++i) {
            const Link::Delivery &d = outcomes.list.at(i);
            QVERIFY(d.ok);
            QCOMPARE(d.id, ids.at(i));
            QCOMPARE(d.ack, QStringLiteral("ack:%1").arg(i));
            QVERIFY(d.error.isEmpty());
            QVERIFY(d.rttNs >= 0);
            QCOMPARE(peer.frames.at(i).text, QString::number(i));
            QCOMPARE(peer.frames.at(i).channel, QStringLiteral("/chan"));
            QCOMPARE(sent.at(i).at(0).value<quint64>(), ids.at(i));
            QCOMPARE(sent.at(i).at(1).toString(), QString::number(i));
            QCOMPARE(acked.at(i).at(1).toString(), QStringLiteral("ack:%1").arg(i));
        }
        // Later messages still use the same connection.
        link.send(QStringLiteral("again"), outcomes.callback());
        QVERIFY(outcomes.waitFor(21));
        QCOMPARE(peer.connections, 1);
    }

    void unreachableFailsThenReconnects()
    {
        const quint16 port = wbtest::freePort();
        QVERIFY(port != 0);
        const QString url = QStringLiteral("ws://127.0.0.1:%1/x").arg(port);
        Link link { QUrl(url) };
        QSignalSpy failed(&link, &Link::failed);
        QSignalSpy states(&link, &Link::stateChanged);
        Outcomes outcomes;
        link.send(QStringLiteral("first"), outcomes.callback());
        link.send(QStringLiteral("second"), outcomes.callback());
        QVERIFY(outcomes.waitFor(2));
        for (const Link::Delivery &d : std::as_const(outcomes.list)) {
            QVERIFY(!d.ok);
            QCOMPARE(d.error, QStringLiteral("cannot reach %1: Connection refused").arg(url));
        }
        QCOMPARE(failed.count(), 2);
        QCOMPARE(failed.at(0).at(3).toBool(), false); // never left: it was still queued
        QCOMPARE(link.state(), Link::State::Idle);
        QCOMPARE(states.first().at(0).value<Link::State>(), Link::State::Connecting);
        QCOMPARE(states.last().at(0).value<Link::State>(), Link::State::Idle);

        // The server appears: the next message connects again.
        wbtest::Peer peer;
        QVERIFY(peer.listen(port));
        link.send(QStringLiteral("third"), outcomes.callback());
        QVERIFY(outcomes.waitFor(3));
        QVERIFY2(outcomes.list.at(2).ok, qPrintable(outcomes.list.at(2).error));
        QCOMPARE(outcomes.list.at(2).ack, QStringLiteral("ack:third"));
        QCOMPARE(peer.texts(), QStringList { QStringLiteral("third") });
    }

    void dropMidMessageFailsTheMessageInFlight()
    {
        wbtest::Peer peer;
        QVERIFY(peer.listen());
        peer.answer = [&peer](QWebSocket *, const QString &text) -> std::optional<QString> {
            if (text == QLatin1String("drop")) {
                QTimer::singleShot(0, &peer, [&peer] { peer.abortAll(); });
                return std::nullopt;
            }
            return QStringLiteral("ack:") + text;
        };
        Link link(peer.url());
        QSignalSpy failed(&link, &Link::failed);
        Outcomes outcomes;
        link.send(QStringLiteral("a"), outcomes.callback());
        link.send(QStringLiteral("drop"), outcomes.callback());
        link.send(QStringLiteral("queued"), outcomes.callback());
        QVERIFY(outcomes.waitFor(3));
        QVERIFY(outcomes.list.at(0).ok);
        QVERIFY(!outcomes.list.at(1).ok);
        QVERIFY(!outcomes.list.at(2).ok);
        const QString prefix = QStringLiteral("cannot reach %1: ").arg(peer.url().toString());
        QVERIFY2(
            outcomes.list.at(1).error.startsWith(prefix), qPrintable(outcomes.list.at(1).error));
        QCOMPARE(failed.count(), 2);
        QCOMPARE(failed.at(0).at(0).value<quint64>(), outcomes.list.at(1).id);
        QCOMPARE(failed.at(0).at(3).toBool(), true); // "drop" had left
        QCOMPARE(failed.at(1).at(3).toBool(), false); // "queued" had not
        QCOMPARE(peer.texts(), (QStringList { QStringLiteral("a"), QStringLiteral("drop") }));

        // The next message opens a new connection.
        link.send(QStringLiteral("b"), outcomes.callback());
        QVERIFY(outcomes.waitFor(4));
        QVERIFY(outcomes.list.at(3).ok);
        QCOMPARE(peer.connections, 2);
    }

    void noAckTimesOut()
    {
        wbtest::Peer peer;
        QVERIFY(peer.listen());
        peer.answer = [](QWebSocket *, const QString &) {
            return std::optional<QString>();
        };
        Link link(peer.url());
        link.setAckTimeout(200);
        Outcomes outcomes;
        link.send(QStringLiteral("hello?"), outcomes.callback());
        QVERIFY(outcomes.waitFor(1));
        QCOMPARE(outcomes.list.at(0).error,
            QStringLiteral("cannot reach %1: no ack within 0.2 s").arg(peer.url().toString()));
        QCOMPARE(peer.texts(), QStringList { QStringLiteral("hello?") });
    }

    void noHandshakeTimesOut()
    {
        QTcpServer silent; // accepts TCP, never answers the WebSocket handshake
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        const QUrl url(QStringLiteral("ws://127.0.0.1:%1/").arg(silent.serverPort()));
        Link link(url);
        link.setConnectTimeout(200);
        Outcomes outcomes;
        link.send(QStringLiteral("x"), outcomes.callback());
        QVERIFY(outcomes.waitFor(1));
        QCOMPARE(outcomes.list.at(0).error,
            QStringLiteral("cannot reach %1: no answer within 0.2 s").arg(url.toString()));
        QCOMPARE(link.state(), Link::State::Idle);
    }

    void closeFailsWaitingMessagesAndSendsACloseFrame()
    {
        wbtest::Peer peer;
        QVERIFY(peer.listen());
        peer.answer = [](QWebSocket *, const QString &) {
            return std::optional<QString>();
        };
        Link link(peer.url());
        Outcomes outcomes;
        link.send(QStringLiteral("1"), outcomes.callback());
        link.send(QStringLiteral("2"), outcomes.callback());
        QTRY_COMPARE_WITH_TIMEOUT(peer.frames.size(), 1, kWaitMs);
        link.close();
        QCOMPARE(outcomes.list.size(), 2);
        QCOMPARE(outcomes.list.at(0).error, QStringLiteral("closed"));
        QCOMPARE(outcomes.list.at(1).error, QStringLiteral("closed"));
        QCOMPARE(link.state(), Link::State::Idle);
        QTRY_COMPARE_WITH_TIMEOUT(peer.disconnections, 1, kWaitMs);
        QCOMPARE(peer.lastCloseCode, int(QWebSocketProtocol::CloseCodeNormal));
    }

    void destroyedLinkCallsNobody()
    {
        wbtest::Peer peer;
        QVERIFY(peer.listen());
        peer.answer = [](QWebSocket *, const QString &) {
            return std::optional<QString>();
        };
        Outcomes outcomes;
        {
            Link link(peer.url());
            link.send(QStringLiteral("1"), outcomes.callback());
            link.send(QStringLiteral("2"), outcomes.callback());
            QTRY_COMPARE_WITH_TIMEOUT(peer.frames.size(), 1, kWaitMs);
        }
        QTRY_COMPARE_WITH_TIMEOUT(peer.disconnections, 1, kWaitMs);
        QVERIFY(outcomes.list.isEmpty());
    }

    void callbackMayDestroyTheLink()
    {
        wbtest::Peer peer;
        QVERIFY(peer.listen());
        auto *link = new Link(peer.url());
        bool called = false;
        link->send(QStringLiteral("1"), [&](const Link::Delivery &) {
            called = true;
            delete link;
        });
        link->send(QStringLiteral("2"), [](const Link::Delivery &) { QFAIL("must not run"); });
        QTRY_VERIFY_WITH_TIMEOUT(called, kWaitMs);
        QTest::qWait(20); // nothing may touch the deleted link
    }
};

QTEST_GUILESS_MAIN(TestLink)
#include "tst_link.moc"
