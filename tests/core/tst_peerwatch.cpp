// PeerWatch against real sockets: a live peer is alive with a round trip, a vanished one dead
// and tried again after the backoff, a mute one (handshake, then no pongs: a frozen process)
// suspect then dead, a silent one (no handshake) dead within the pong timeout.
#include "livenesskit.h"
#include "runtime/liveness/peerwatch.h"

#include <QSignalSpy>
#include <QTest>

using wb::LivenessSettings;
using wb::PeerHealth;
using wb::PeerWatch;

namespace {

// Short times so that each case takes a fraction of a second; the defaults are 1 s and 3 s.
LivenessSettings quick()
{
    LivenessSettings settings;
    settings.pingIntervalMs = 100;
    settings.pongTimeoutMs = 400;
    settings.backoff = { 50, 100, 1.6, 1000 };
    return settings;
}

QList<PeerHealth> healths(const QSignalSpy &spy)
{
    QList<PeerHealth> list;
    for (const QList<QVariant> &args : spy)
        list << args.at(0).value<PeerHealth>();
    return list;
}

} // namespace

class TestPeerWatch final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<PeerHealth>(); }

    void livePeerIsAliveWithARoundTrip()
    {
        wbtest::Peer peer;
        QVERIFY(peer.listen());
        PeerWatch watch(peer.url(), quick());
        QSignalSpy rtts(&watch, &PeerWatch::rttMeasured);
        QCOMPARE(watch.health(), PeerHealth::Unknown);
        watch.start();
        QTRY_COMPARE_WITH_TIMEOUT(watch.health(), PeerHealth::Alive, 5000);
        // Pings keep coming while nothing else is sent: several round trips, each measured.
        QTRY_VERIFY_WITH_TIMEOUT(rtts.count() >= 3, 5000);
        QVERIFY(watch.status().rttNs >= 0);
        QVERIFY(watch.status().error.isEmpty());
        QCOMPARE(peer.connections, 1);
        QCOMPARE(peer.frames.size(), 0); // the watch sends no message
        QCOMPARE(peer.sockets.first()->requestUrl().path(), PeerWatch::channel());

        // Stopping says goodbye with a close frame (going away).
        watch.stop();
        QCOMPARE(watch.health(), PeerHealth::Unknown);
        QTRY_COMPARE_WITH_TIMEOUT(peer.disconnections, 1, 5000);
        QCOMPARE(peer.lastCloseCode, int(QWebSocketProtocol::CloseCodeGoingAway));
    }

    void vanishedPeerIsDeadThenAliveAgain()
    {
        auto peer = std::make_unique<wbtest::Peer>();
        QVERIFY(peer->listen());
        const quint16 port = peer->port();
        PeerWatch watch(peer->url(), quick());
        QSignalSpy changes(&watch, &PeerWatch::healthChanged);
        watch.start();
        QTRY_COMPARE_WITH_TIMEOUT(watch.health(), PeerHealth::Alive, 5000);

        // The peer dies: its connections drop without a close frame, nobody listens.
        peer->close();
        peer->abortAll();
        peer.reset();
        QTRY_VERIFY_WITH_TIMEOUT(healths(changes).contains(PeerHealth::Dead), 5000);
        QVERIFY2(watch.health() == PeerHealth::Dead || watch.health() == PeerHealth::Reconnecting,
            qPrintable(wb::peerHealthName(watch.health())));
        // Attempts go on while it is away; each after a loss shows as reconnecting.
        QTRY_VERIFY_WITH_TIMEOUT(healths(changes).contains(PeerHealth::Reconnecting), 5000);

        wbtest::Peer back;
        QVERIFY(back.listen(port));
        QTRY_COMPARE_WITH_TIMEOUT(watch.health(), PeerHealth::Alive, 5000);
        QVERIFY(watch.status().error.isEmpty());
    }

    void retriesFollowTheBackoff()
    {
        const quint16 port = wbtest::freePort();
        PeerWatch watch(QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(port)), quick());
        QSignalSpy retries(&watch, &PeerWatch::retryScheduled);
        watch.start();
        QTRY_VERIFY_WITH_TIMEOUT(retries.count() >= 5, 10000);
        const wb::BackoffPolicy policy = quick().backoff;
        for (int i = 0; i < 5; ++i) {
            const int failures = retries.at(i).at(0).toInt();
            const int delay = retries.at(i).at(1).toInt();
            QCOMPARE(failures, i); // one more failure in a row each time
            QVERIFY2(delay >= wb::backoffDelayMs(policy, failures, 0.0)
                    && delay <= wb::backoffDelayMs(policy, failures, 1.0),
                qPrintable(QStringLiteral("retry %1 after %2 ms").arg(i).arg(delay)));
        }
        QCOMPARE(watch.health(), PeerHealth::Dead); // never reached: dead, not reconnecting
        QCOMPARE(watch.status().error, QStringLiteral("Connection refused"));

        // Reached at last, the count starts over.
        wbtest::Peer peer;
        QVERIFY(peer.listen(port));
        watch.retryNow();
        QTRY_COMPARE_WITH_TIMEOUT(watch.health(), PeerHealth::Alive, 5000);
        peer.abortAll();
        QTRY_VERIFY_WITH_TIMEOUT(retries.count() >= 6, 5000);
        QCOMPARE(retries.last().at(0).toInt(), 0);
    }

    void mutePeerIsSuspectThenDead()
    {
        wbtest::MuteServer mute(true);
        QVERIFY(mute.listen());
        PeerWatch watch(mute.url(), quick());
        QSignalSpy changes(&watch, &PeerWatch::healthChanged);
        watch.start();
        QTRY_VERIFY_WITH_TIMEOUT(healths(changes).contains(PeerHealth::Dead), 5000);
        const QList<PeerHealth> seen = healths(changes);
        // The handshake made it alive; the unanswered ping made it suspect, then dead.
        QCOMPARE(seen.mid(0, 3),
            (QList<PeerHealth> { PeerHealth::Alive, PeerHealth::Suspect, PeerHealth::Dead }));
        QCOMPARE(watch.status().error, QStringLiteral("no pong within 0.4 s"));
    }

    void silentPeerIsDeadWithinThePongTimeout()
    {
        wbtest::MuteServer silent(false);
        QVERIFY(silent.listen());
        PeerWatch watch(silent.url(), quick());
        watch.start();
        QTRY_COMPARE_WITH_TIMEOUT(watch.health(), PeerHealth::Dead, 5000);
        QCOMPARE(watch.status().error, QStringLiteral("no handshake within 0.4 s"));
        QVERIFY(silent.connections >= 1);
    }

    void newAddressStartsOver()
    {
        wbtest::Peer first, second;
        QVERIFY(first.listen());
        QVERIFY(second.listen());
        PeerWatch watch(first.url(), quick());
        watch.start();
        QTRY_COMPARE_WITH_TIMEOUT(watch.health(), PeerHealth::Alive, 5000);
        watch.setUrl(second.url());
        QTRY_COMPARE_WITH_TIMEOUT(second.connections, 1, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(first.disconnections, 1, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(watch.health(), PeerHealth::Alive, 5000);
    }
};

QTEST_GUILESS_MAIN(TestPeerWatch)
#include "tst_peerwatch.moc"
