// The delivery gate's events in a recording: which stream each joins, how messages pair with
// their answers past held, dropped, duplicated and retried passages, and a clock's level
// through retries and extra acks (docs/recording.md, "Message rows").
#include "recordingtestkit.h"

#include <QTest>

using wb::NodeId;
using wb::Recording;
using wb::TrafficEvent;
using Edges = QList<QPair<qint64, bool>>;

class TestRecordingGate final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void gateEvents_data();
    void gateEvents();
    void pairing_data();
    void pairing();
    void clockRetries();
};

void TestRecordingGate::gateEvents_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<bool>("ack");
    QTest::addColumn<NodeId>("node");
    QTest::addColumn<bool>("atSender");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<qint64>("delay");
    using Type = TrafficEvent::Type;
    const NodeId pin = wbtest::kPin;
    const NodeId buzzer = wbtest::kBuzzer;
    QTest::newRow("held message at the sender")
        << int(Type::Held) << false << pin << true << "paused" << -1LL;
    QTest::newRow("released ack at the sender")
        << int(Type::Released) << true << pin << true << "stepped" << -1LL;
    QTest::newRow("delayed message at the sender")
        << int(Type::Delayed) << false << pin << true << "fault rule" << 52'300'000LL;
    QTest::newRow("delayed for seconds")
        << int(Type::Delayed) << false << pin << true << "teaching pace" << 3'000'000'000LL;
    QTest::newRow("dropped message at the sender")
        << int(Type::Dropped) << false << pin << true << "drop 30 %: dropped" << -1LL;
    QTest::newRow("duplicated message at the sender")
        << int(Type::Duplicated) << false << pin << true << "duplicate 10 %" << -1LL;
    QTest::newRow("held message at the receiver")
        << int(Type::Held) << false << buzzer << false << "paused" << -1LL;
    QTest::newRow("dropped ack at the receiver")
        << int(Type::Dropped) << true << buzzer << false << "drop 5 % (ack)" << -1LL;
    QTest::newRow("duplicated ack by hand")
        << int(Type::Duplicated) << true << buzzer << false << "duplicated by hand" << -1LL;
}

// Each decision of the gate is a record of its own in the right stream, with what decided.
void TestRecordingGate::gateEvents()
{
    QFETCH(int, type);
    QFETCH(bool, ack);
    QFETCH(NodeId, node);
    QFETCH(bool, atSender);
    QFETCH(QString, rule);
    QFETCH(qint64, delay);
    using T = TrafficEvent::Type;
    const QString ch = QStringLiteral("/iopin");
    Recording r;
    wbtest::nameSeedNodes(&r);
    TrafficEvent sent
        = wbtest::trafficEvent(T::Sent, 10, wbtest::kPin, wbtest::kBuzzer, ch, "1", 42);
    sent.wire = 7;
    r.append(sent);
    const NodeId peer = node == wbtest::kPin ? wbtest::kBuzzer : wbtest::kPin;
    TrafficEvent e = wbtest::gateEvent(T(type), 20, node, peer, ch, 42, ack, rule, delay);
    e.wire = 7;
    r.append(e);
    int s = -1;
    for (int i = 0; i < r.streamCount(); ++i) {
        if (r.stream(i).node == node && r.stream(i).outgoing == atSender)
            s = i;
    }
    QVERIFY(s >= 0);
    const Recording::Record &record = r.stream(s).records.back();
    QCOMPARE(int(record.type), type);
    QVERIFY(Recording::isGate(record.type));
    QCOMPARE(bool(record.flags & Recording::kAck), ack);
    QCOMPARE(record.messageId, 42u);
    QCOMPARE(r.stream(s).wireOf(record), 7);
    QCOMPARE(r.text(record), rule);
    QCOMPARE(Recording::rttNs(record), delay);
    // Gate events move no signal and answer nothing.
    QCOMPARE(wbtest::edgesOf(r, wbtest::kPin).size(), 1);
    QCOMPARE(r.answerOf(s, qsizetype(r.stream(s).records.size()) - 1), -1);
    QCOMPARE(Recording::kRecordBytes, 24);
}

void TestRecordingGate::pairing_data()
{
    // Events of one stream, one word each: S sent, R sent again (attempt 2), A ack, X extra ack,
    // F failed in flight; V received, C a copy received again, K ack sent; gate events H held,
    // E released, Y delayed, D dropped, U duplicated (a trailing `a`: of the ack). The digits
    // are the message id. `answers`: answerOf() of every event, `losses`: lossOf().
    QTest::addColumn<QString>("events");
    QTest::addColumn<QString>("answers");
    QTest::addColumn<QString>("losses");
    QTest::newRow("plain") << "S1 A1 S2 A2"
                           << "1 -1 3 -1"
                           << "-1 -1 -1 -1";
    QTest::newRow("gate events between") << "S1 H1 E1 Y1 E1 A1"
                                         << "5 -1 -1 -1 -1 -1"
                                         << "-1 -1 -1 -1 -1 -1";
    QTest::newRow("retry after a drop") << "S1 D1 R1 A1 S2 A2"
                                        << "3 -1 -1 -1 5 -1"
                                        << "-1 -1 -1 -1 -1 -1";
    QTest::newRow("retry after a lost ack") << "S1 Da1 R1 A1"
                                            << "3 -1 -1 -1"
                                            << "-1 -1 -1 -1";
    QTest::newRow("extra ack is not the next answer") << "S1 U1 A1 S2 X1 A2"
                                                      << "2 -1 -1 5 -1 -1"
                                                      << "-1 -1 -1 -1 -1 -1";
    QTest::newRow("extra ack before the real one") << "S1 X1 A1"
                                                   << "2 -1 -1"
                                                   << "-1 -1 -1";
    QTest::newRow("retries, then failed") << "S1 D1 R1 D1 R1 F1"
                                          << "5 -1 -1 -1 -1 -1"
                                          << "-1 -1 -1 -1 -1 -1";
    QTest::newRow("dropped, no answer yet") << "S1 D1"
                                            << "-1 -1"
                                            << "1 -1";
    QTest::newRow("received, a copy, one ack") << "V1 C1 K1"
                                               << "2 -1 -1"
                                               << "-1 -1 -1";
    QTest::newRow("received, ack held and stepped") << "V1 Ha1 Ea1 K1"
                                                    << "3 -1 -1 -1"
                                                    << "-1 -1 -1 -1";
    QTest::newRow("ack dropped, the repeat answered") << "V1 Da1 C1 K1 V2 K2"
                                                      << "-1 -1 -1 -1 5 -1"
                                                      << "1 -1 -1 -1 -1 -1";
    QTest::newRow("receiver without ids (older file)") << "V0 K0 V0 K0"
                                                       << "1 -1 3 -1"
                                                       << "-1 -1 -1 -1";
}

void TestRecordingGate::pairing()
{
    QFETCH(QString, events);
    QFETCH(QString, answers);
    QFETCH(QString, losses);
    using T = TrafficEvent::Type;
    const QString ch = QStringLiteral("/c");
    const NodeId sender = 1;
    const NodeId receiver = 2;
    Recording r;
    r.setNode(sender, QStringLiteral("a"), wb::NodeKind::IoPin);
    r.setNode(receiver, QStringLiteral("b"), wb::NodeKind::Led);
    const QStringList words = events.split(u' ');
    const bool outgoing = !QStringLiteral("VCK").contains(words.first().front());
    qint64 t = 0;
    for (const QString &word : words) {
        const QChar c = word.front();
        const bool ackOf = word.size() > 1 && word.at(1) == u'a';
        const quint64 id = word.mid(ackOf ? 2 : 1).toULongLong();
        t += 10;
        const NodeId at = outgoing ? sender : receiver;
        const NodeId peer = outgoing ? receiver : 0;
        static const QHash<QChar, T> gates { { u'H', T::Held }, { u'E', T::Released },
            { u'Y', T::Delayed }, { u'D', T::Dropped }, { u'U', T::Duplicated } };
        TrafficEvent e;
        if (gates.contains(c)) {
            e = wbtest::gateEvent(gates.value(c), t, at, outgoing ? receiver : sender, ch, id,
                ackOf, QStringLiteral("rule"));
        } else {
            static const QHash<QChar, T> types { { u'S', T::Sent }, { u'R', T::Sent },
                { u'A', T::AckReceived }, { u'X', T::AckReceived }, { u'F', T::Failed },
                { u'V', T::Received }, { u'C', T::Received }, { u'K', T::AckSent } };
            QVERIFY2(types.contains(c), qPrintable(word));
            e = wbtest::trafficEvent(types.value(c), t, at, peer, ch, QStringLiteral("1"), id, 5);
            e.attempt = c == u'R' ? 2 : 1;
            e.duplicate = c == u'X' || c == u'C';
            e.wasSent = c == u'F';
        }
        r.append(e);
    }
    QCOMPARE(r.streamCount(), 1); // gate events join the stream of their end
    QCOMPARE(r.stream(0).outgoing, outgoing);
    QStringList gotAnswers;
    QStringList gotLosses;
    for (qsizetype i = 0; i < words.size(); ++i) {
        gotAnswers << QString::number(r.answerOf(0, i));
        gotLosses << QString::number(r.lossOf(0, i));
    }
    QCOMPARE(gotAnswers.join(u' '), answers);
    QCOMPARE(gotLosses.join(u' '), losses);
}

// A clock's line is high while its tick waits: a retry is the same tick, an extra ack no answer.
void TestRecordingGate::clockRetries()
{
    using T = TrafficEvent::Type;
    Recording r;
    wbtest::nameSeedNodes(&r);
    r.setStartNs(0);
    const QString ch = QStringLiteral("/datafeed");
    const auto event = [&](T type, qint64 t, quint64 id, int attempt, bool duplicate) {
        TrafficEvent e = wbtest::trafficEvent(type, t, wbtest::kClock, wbtest::kPin, ch, "0", id);
        e.attempt = attempt;
        e.duplicate = duplicate;
        return e;
    };
    r.append(event(T::Sent, 100, 1, 1, false));
    r.append(wbtest::gateEvent(T::Dropped, 101, wbtest::kClock, wbtest::kPin, ch, 1, false, "x"));
    r.append(event(T::Sent, 200, 1, 2, false));
    r.append(event(T::AckReceived, 250, 1, 1, false));
    r.append(event(T::AckReceived, 260, 1, 1, true));
    r.append(event(T::Sent, 300, 2, 1, false));
    r.append(event(T::AckReceived, 350, 2, 1, false));
    QCOMPARE(wbtest::edgesOf(r, wbtest::kClock),
        (Edges { { 100, true }, { 250, false }, { 300, true }, { 350, false } }));
}

QTEST_GUILESS_MAIN(TestRecordingGate)
#include "tst_recordinggate.moc"
