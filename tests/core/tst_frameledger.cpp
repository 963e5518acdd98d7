// The frame ledger pairs frames and acks across the two ends of a connection in one process.
// Each row is a script of what the two ends do, in order, with what the ledger must answer:
//
//   "w ID N"   the link wrote N frames of message ID
//   "a ID"     a frame arrived at the endpoint: the ledger names message ID, seen for the first
//              time; "a ID r": a repeat (a duplicate or a retry); "a -": the ledger owes nothing
//   "d N"      the endpoint decided N acks for the oldest arrived frame it has not answered
//   "k ID d"   an ack arrived at the link: it answers ID, whose ack rules were applied already;
//              "k ID u": one whose ack rules were not applied; "k 0": the ledger owes no ack
#include "runtime/frameledger.h"

#include <QTest>

using wb::FrameLedger;

namespace {

const QString kKey = QStringLiteral("127.0.0.1:40000");

FrameLedger::Frame frame(quint64 id)
{
    FrameLedger::Frame f;
    f.messageId = id;
    f.wire = 3;
    f.from = 1;
    f.to = 2;
    return f;
}

} // namespace

class TestFrameLedger final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void script_data()
    {
        QTest::addColumn<QStringList>("steps");
        QTest::newRow("plain") << QStringList { "w 1 1", "a 1", "d 1", "k 1 d", "k 0" };
        QTest::newRow("two in a row") << QStringList { "w 1 1", "a 1", "d 1", "k 1 d", "w 2 1",
            "a 2", "d 1", "k 2 d", "k 0" };
        QTest::newRow("two written before either arrives") << QStringList { "w 1 1", "w 2 1", "a 1",
            "d 1", "a 2", "d 1", "k 1 d", "k 2 d", "k 0" };
        // Two frames of one message: two acks come back, the second an extra one.
        QTest::newRow("duplicated message")
            << QStringList { "w 1 2", "a 1", "d 1", "a 1 r", "d 1", "k 1 d", "k 1 d", "k 0" };
        QTest::newRow("duplicated message, acks after both arrived")
            << QStringList { "w 1 2", "a 1", "a 1 r", "d 1", "d 1", "k 1 d", "k 1 d", "k 0" };
        // A dropped ack never comes: the frame is skipped when the next ack arrives.
        QTest::newRow("dropped ack")
            << QStringList { "w 1 1", "a 1", "d 0", "w 2 1", "a 2", "d 1", "k 2 d", "k 0" };
        QTest::newRow("dropped ack, nothing after") << QStringList { "w 1 1", "a 1", "d 0", "k 0" };
        QTest::newRow("several dropped acks in a row") << QStringList { "w 1 1", "a 1", "d 0",
            "w 2 1", "a 2", "d 0", "w 3 1", "a 3", "d 1", "k 3 d", "k 0" };
        QTest::newRow("first copy's ack dropped")
            << QStringList { "w 1 2", "a 1", "d 0", "a 1 r", "d 1", "k 1 d", "k 0" };
        QTest::newRow("second copy's ack dropped")
            << QStringList { "w 1 2", "a 1", "d 1", "a 1 r", "d 0", "k 1 d", "k 0" };
        QTest::newRow("duplicated ack")
            << QStringList { "w 1 1", "a 1", "d 2", "k 1 d", "k 1 d", "k 0" };
        QTest::newRow("duplicated ack, then the next message") << QStringList { "w 1 1", "a 1",
            "d 2", "w 2 1", "a 2", "d 1", "k 1 d", "k 1 d", "k 2 d", "k 0" };
        // The sender timed out and sent the same message again: the ledger knows it is a repeat.
        QTest::newRow("retry after a dropped ack")
            << QStringList { "w 1 1", "a 1", "d 0", "w 1 1", "a 1 r", "d 1", "k 1 d", "k 0" };
        QTest::newRow("retry while the first ack is late") << QStringList { "w 1 1", "a 1", "w 1 1",
            "a 1 r", "d 1", "d 1", "k 1 d", "k 1 d", "k 0" };
        // A retry of a message the sender's gate dropped (no frame written): the receiver sees
        // it for the first time.
        QTest::newRow("retry of a message dropped before the wire") << QStringList { "w 1 1", "a 1",
            "d 1", "k 1 d", "w 2 0", "a -", "w 2 1", "a 2", "d 1", "k 2 d" };
        // The ack came before the endpoint's decision was recorded (an endpoint whose ack rules
        // the ledger does not know about): the link applies them itself.
        QTest::newRow("ack not decided") << QStringList { "w 1 1", "a 1", "k 1 u", "k 0" };
        QTest::newRow("ack before the frame arrived") << QStringList { "w 1 1", "k 1 u", "a -" };
        QTest::newRow("nothing written") << QStringList { "a -", "k 0", "d 1", "k 0" };
        QTest::newRow("more arrivals than frames") << QStringList { "w 1 1", "a 1", "a -" };
        QTest::newRow("more decisions than arrivals") << QStringList { "w 1 1", "w 2 1", "a 1",
            "d 1", "d 1", "k 1 d", "a 2", "d 2", "k 2 d", "k 2 d", "k 0" };
        QTest::newRow("zero copies written") << QStringList { "w 1 0", "a -", "k 0" };
    }
    void script()
    {
        QFETCH(QStringList, steps);
        FrameLedger ledger;
        ledger.open(kKey);
        for (const QString &step : std::as_const(steps)) {
            const QStringList t = step.split(QLatin1Char(' '));
            const QByteArray where = step.toUtf8();
            if (t.at(0) == QLatin1String("w")) {
                ledger.written(kKey, frame(t.at(1).toULongLong()), t.at(2).toInt());
            } else if (t.at(0) == QLatin1String("a")) {
                const auto arrival = ledger.arrived(kKey);
                if (t.at(1) == QLatin1String("-")) {
                    QVERIFY2(!arrival, where.constData());
                    continue;
                }
                QVERIFY2(arrival, where.constData());
                QCOMPARE(arrival->frame.messageId, t.at(1).toULongLong());
                QCOMPARE(arrival->repeat, t.size() > 2 && t.at(2) == QLatin1String("r"));
                // The frame as the link described it.
                QCOMPARE(arrival->frame.wire, 3);
                QCOMPARE(arrival->frame.from, 1);
                QCOMPARE(arrival->frame.to, 2);
            } else if (t.at(0) == QLatin1String("d")) {
                ledger.ackDecided(kKey, t.at(1).toInt());
            } else if (t.at(0) == QLatin1String("k")) {
                const FrameLedger::Answer answer = ledger.ackArrived(kKey);
                QVERIFY2(answer.messageId == t.at(1).toULongLong(),
                    qPrintable(QStringLiteral("%1: answered %2").arg(step).arg(answer.messageId)));
                if (answer.messageId != 0)
                    QCOMPARE(answer.decided, t.at(2) == QLatin1String("d"));
                else
                    QVERIFY(!answer.decided);
            } else {
                QFAIL(where.constData());
            }
        }
    }

    // Connections are independent: frames and acks of one never pair with the other's.
    void connectionsApart()
    {
        FrameLedger ledger;
        const QString a = QStringLiteral("127.0.0.1:40001");
        const QString b = QStringLiteral("127.0.0.1:40002");
        ledger.open(a);
        ledger.open(b);
        QCOMPARE(ledger.connectionCount(), 2);
        ledger.written(a, frame(10), 1);
        ledger.written(b, frame(20), 1);
        QCOMPARE(ledger.arrived(b)->frame.messageId, 20);
        ledger.ackDecided(b, 2);
        QCOMPARE(ledger.arrived(a)->frame.messageId, 10);
        ledger.ackDecided(a, 1);
        QCOMPARE(ledger.ackArrived(a).messageId, 10);
        QCOMPARE(ledger.ackArrived(a).messageId, 0);
        QCOMPARE(ledger.ackArrived(b).messageId, 20);
        QCOMPARE(ledger.ackArrived(b).messageId, 20);
        QCOMPARE(ledger.ackArrived(b).messageId, 0);
        // The repeat flag is per connection too: the same id on another connection is new.
        ledger.written(a, frame(30), 1);
        ledger.written(b, frame(30), 1);
        QVERIFY(!ledger.arrived(a)->repeat);
        QVERIFY(!ledger.arrived(b)->repeat);
    }

    // A connection the ledger does not know (an external sender, or one closed already) owes
    // nothing and records nothing.
    void unknownConnection()
    {
        FrameLedger ledger;
        const QString unknown = QStringLiteral("10.0.0.9:5555");
        QVERIFY(!ledger.isOpen(unknown));
        ledger.written(unknown, frame(1), 1);
        ledger.ackDecided(unknown, 1);
        QVERIFY(!ledger.arrived(unknown));
        const FrameLedger::Answer answer = ledger.ackArrived(unknown);
        QCOMPARE(answer.messageId, 0);
        QVERIFY(!answer.decided);
        QVERIFY(!ledger.isOpen(unknown));
        QCOMPARE(ledger.connectionCount(), 0);
        // Writing to it did not open it.
        ledger.open(unknown);
        QVERIFY(!ledger.arrived(unknown));
    }

    void closeForgets()
    {
        FrameLedger ledger;
        ledger.open(kKey);
        QVERIFY(ledger.isOpen(kKey));
        QCOMPARE(ledger.connectionCount(), 1);
        ledger.written(kKey, frame(1), 2);
        QCOMPARE(ledger.arrived(kKey)->frame.messageId, 1);
        ledger.ackDecided(kKey, 1);
        ledger.close(kKey);
        QVERIFY(!ledger.isOpen(kKey));
        QCOMPARE(ledger.connectionCount(), 0);
        QVERIFY(!ledger.arrived(kKey));
        QCOMPARE(ledger.ackArrived(kKey).messageId, 0);
        ledger.close(kKey); // twice is harmless

        // Opened again (the same address and port reused), it starts empty: nothing owed, and
        // the first message is no repeat of one from before.
        ledger.open(kKey);
        QVERIFY(!ledger.arrived(kKey));
        QCOMPARE(ledger.ackArrived(kKey).messageId, 0);
        ledger.written(kKey, frame(1), 1);
        const auto arrival = ledger.arrived(kKey);
        QVERIFY(arrival);
        QVERIFY(!arrival->repeat);
    }

    // A long stream keeps nothing once every frame is answered.
    void longStream()
    {
        FrameLedger ledger;
        ledger.open(kKey);
        for (quint64 id = 1; id <= 10'000; ++id) {
            const int copies = id % 7 == 0 ? 2 : 1;
            ledger.written(kKey, frame(id), copies);
            for (int c = 0; c < copies; ++c) {
                const auto arrival = ledger.arrived(kKey);
                QVERIFY(arrival);
                QCOMPARE(arrival->frame.messageId, id);
                QCOMPARE(arrival->repeat, c > 0);
                ledger.ackDecided(kKey, id % 5 == 0 ? 0 : 1);
            }
            for (int c = 0; c < copies && id % 5 != 0; ++c)
                QCOMPARE(ledger.ackArrived(kKey).messageId, id);
        }
        QCOMPARE(ledger.ackArrived(kKey).messageId, 0);
        QVERIFY(!ledger.arrived(kKey));
    }
};

QTEST_GUILESS_MAIN(TestFrameLedger)
#include "tst_frameledger.moc"
