// A Link against peers that break the protocol or are flooded: binary or unasked acks close the
// connection with a documented code, and what a link holds stays bounded.
#include "net/socketpolicy.h"
#include "runtime/link.h"
#include "wstestkit.h"

#include <QTest>

using namespace wb;
using namespace wbtest;

class TestLinkLimits final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void protocolErrorsClose_data()
    {
        QTest::addColumn<bool>("binary");
        QTest::addColumn<int>("code");
        QTest::newRow("binary ack") << true << closecode::kBinaryFrame;
        QTest::newRow("unasked ack") << false << closecode::kUnexpectedAck;
    }
    void protocolErrorsClose()
    {
        QFETCH(bool, binary);
        QFETCH(int, code);
        Peer peer;
        QVERIFY(peer.listen());
        peer.answer = [binary](QWebSocket *socket, const QString &) -> std::optional<QString> {
            if (binary) {
                socket->sendBinaryMessage("\x01");
                return std::nullopt;
            }
            socket->sendTextMessage(QStringLiteral("first"));
            return QStringLiteral("second"); // one ack too many
        };
        Link link(peer.url(QStringLiteral("x")));
        QList<Link::Delivery> done;
        link.send(QStringLiteral("1"), [&](const Link::Delivery &d) { done << d; });
        if (binary) {
            QVERIFY(waitFor([&] { return !done.isEmpty(); }));
            QVERIFY(!done.first().ok);
            QVERIFY(done.first().error.contains(QString::number(code)));
        }
        QVERIFY(waitFor([&] { return peer.disconnections == 1; }));
        QCOMPARE(peer.lastCloseCode, code);
    }

    void queueIsBounded()
    {
        Peer peer;
        QVERIFY(peer.listen());
        peer.answer = [](QWebSocket *, const QString &) {
            return std::nullopt;
        }; // never acks
        Link link(peer.url());
        int failed = 0;
        QString error;
        for (int i = 0; i <= limits::kMaxLinkQueue; ++i) { // one too many
            link.send(QString::number(i), [&](const Link::Delivery &d) {
                if (!d.ok) {
                    ++failed;
                    error = d.error;
                }
            });
        }
        QVERIFY(waitFor([&] { return failed >= 1; }));
        QCOMPARE(failed, 1);
        QVERIFY(error.contains(QStringLiteral("already wait")));
    }

    void messageOverTheLimitFails()
    {
        Peer peer;
        QVERIFY(peer.listen());
        Link link(peer.url());
        std::optional<Link::Delivery> done;
        link.send(QString(limits::kMaxMessageBytes + 1, u'x'),
            [&](const Link::Delivery &d) { done = d; });
        QVERIFY(waitFor([&] { return done.has_value(); }));
        QVERIFY(!done->ok);
        QVERIFY(done->error.contains(QStringLiteral("over")));
        QCOMPARE(peer.frames.size(), 0);
        // One just under it goes through, as one frame.
        done.reset();
        link.send(QString(limits::kMaxMessageBytes - 16, u'y'),
            [&](const Link::Delivery &d) { done = d; });
        QVERIFY(waitFor([&] { return done.has_value(); }));
        QVERIFY(done->ok);
    }
};

QTEST_GUILESS_MAIN(TestLinkLimits)
#include "tst_linklimits.moc"
