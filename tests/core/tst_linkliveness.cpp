// Liveness of a Link: it pings while connected, so that a peer that stops answering (a frozen
// process) fails the message in flight within the pong timeout rather than the ack timeout;
// and a target known to be down fails messages at once, counted, without a connection attempt.
#include "livenesskit.h"
#include "runtime/link.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using wb::Link;

namespace {

struct Outcomes
{
    QList<Link::Delivery> list;
    Link::Done callback()
    {
        return [this](const Link::Delivery &delivery) {
            list << delivery;
        };
    }
};

} // namespace

class TestLinkLiveness final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pingsWhileConnected()
    {
        wbtest::Peer peer;
        QVERIFY(peer.listen());
        Link link(peer.url(QStringLiteral("x")));
        link.setLiveness(50, 1000);
        Outcomes outcomes;
        link.send(QStringLiteral("hello"), outcomes.callback());
        QTRY_COMPARE_WITH_TIMEOUT(outcomes.list.size(), 1, 5000);
        QVERIFY(outcomes.list.first().ok);
        // The peer answers our pings by itself: a round trip is known, the link stays up.
        QTRY_VERIFY_WITH_TIMEOUT(link.lastRttNs() >= 0, 5000);
        QTest::qWait(300);
        QCOMPARE(link.state(), Link::State::Connected);
        QCOMPARE(peer.connections, 1);
        QCOMPARE(peer.texts(), QStringList { QStringLiteral("hello") });
    }

    void frozenPeerFailsTheMessageInFlightByPongTimeout()
    {
        wbtest::MuteServer frozen(true);
        QVERIFY(frozen.listen());
        Link link(frozen.url());
        link.setAckTimeout(600000); // only the pong timeout can end this wait
        link.setLiveness(100, 300);
        QSignalSpy failed(&link, &Link::failed);
        Outcomes outcomes;
        link.send(QStringLiteral("tick"), outcomes.callback());
        link.send(QStringLiteral("queued"), outcomes.callback());
        QTRY_COMPARE_WITH_TIMEOUT(outcomes.list.size(), 2, 5000);
        const QString expected
            = QStringLiteral("cannot reach %1: no pong within 0.3 s").arg(frozen.url().toString());
        QCOMPARE(outcomes.list.at(0).error, expected);
        QCOMPARE(outcomes.list.at(1).error, expected);
        QCOMPARE(failed.count(), 2);
        QCOMPARE(failed.at(0).at(3).toBool(), true); // "tick" had left
        QCOMPARE(link.state(), Link::State::Idle);
    }

    void downTargetFailsAtOnceWithoutTrying()
    {
        wbtest::Peer peer;
        QVERIFY(peer.listen());
        Link link(peer.url(QStringLiteral("x")));
        QSignalSpy failed(&link, &Link::failed);
        link.setDown(QStringLiteral("the node is down (Connection refused)"));
        Outcomes outcomes;
        for (int i = 0; i < 3; ++i)
            link.send(QString::number(i), outcomes.callback());
        QCOMPARE(outcomes.list.size(), 0); // never inside send()
        QTRY_COMPARE_WITH_TIMEOUT(outcomes.list.size(), 3, 5000);
        for (const Link::Delivery &d : std::as_const(outcomes.list)) {
            QVERIFY(!d.ok);
            QCOMPARE(d.error,
                QStringLiteral("cannot reach %1: the node is down (Connection refused)")
                    .arg(peer.url(QStringLiteral("x")).toString()));
        }
        QCOMPARE(failed.count(), 3); // counted like any failure
        QCOMPARE(link.pending(), 0); // nothing piles up while it is down
        QCOMPARE(peer.connections, 0);

        // Up again: messages go through.
        link.setDown(QString());
        link.send(QStringLiteral("back"), outcomes.callback());
        QTRY_COMPARE_WITH_TIMEOUT(outcomes.list.size(), 4, 5000);
        QVERIFY2(outcomes.list.at(3).ok, qPrintable(outcomes.list.at(3).error));
        QCOMPARE(peer.texts(), QStringList { QStringLiteral("back") });
    }

    void upAgainBeforeTheFailureSendsWhatWaits()
    {
        wbtest::Peer peer;
        QVERIFY(peer.listen());
        Link link(peer.url());
        link.setDown(QStringLiteral("down"));
        Outcomes outcomes;
        link.send(QStringLiteral("late"), outcomes.callback());
        link.setDown(QString()); // before the event loop failed it
        QTRY_COMPARE_WITH_TIMEOUT(outcomes.list.size(), 1, 5000);
        QVERIFY2(outcomes.list.first().ok, qPrintable(outcomes.list.first().error));
        QCOMPARE(outcomes.list.first().ack, QStringLiteral("ack:late"));
    }
};

QTEST_GUILESS_MAIN(TestLinkLiveness)
#include "tst_linkliveness.moc"
