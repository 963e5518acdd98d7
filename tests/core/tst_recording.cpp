// The recording store: the digital signals it derives from traffic, message pairing, packed
// texts and round trips, the cap with its drop marker, and the Recorder on a real seeded run.
// The delivery gate's events in a recording are in tst_recordinggate.cpp.
#include "recording/decimation.h"
#include "recording/recorder.h"
#include "recordingtestkit.h"

#include <QSignalSpy>
#include <QTest>

using wb::NodeId;
using wb::Recording;
using wb::TrafficEvent;
using Edges = QList<QPair<qint64, bool>>;

namespace {

const QList<QList<int>> kBits { { 1, 0, 0 }, { 0, 1, 1 }, { 0, 0, 0 } };
constexpr qint64 kMs = 1'000'000;
constexpr qint64 kUs = 1'000;

int streamOf(const Recording &r, NodeId node, bool outgoing)
{
    for (int s = 0; s < r.streamCount(); ++s) {
        if (r.stream(s).node == node && r.stream(s).outgoing == outgoing && !r.stream(s).levels)
            return s;
    }
    return -1;
}

QStringList textsOf(const Recording &r, int s, Recording::EventType type)
{
    QStringList result;
    for (const Recording::Record &record : r.stream(s).records) {
        if (record.type == type)
            result << r.text(record);
    }
    return result;
}

} // namespace

class TestRecording final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void seedSignals();
    void pairsAnswers();
    void cap_data();
    void cap();
    void smallerCapDrops();
    void clockLevels();
    void texts_data();
    void texts();
    void textPoolIsBounded();
    void rtt_data();
    void rtt();
    void recorderFollowsRun();
};

void TestRecording::seedSignals()
{
    Recording r;
    wbtest::appendSeedRun(&r, kBits);
    QCOMPARE(r.size(), 3 * (4 + 4 * 3));
    QCOMPARE(r.streamCount(), 4); // clock out, pin in, pin out, buzzer in
    QCOMPARE(r.digitalCount(), 3);
    QCOMPARE(r.droppedCount(), 0u);
    QCOMPARE(r.startNs(), 1'000'000'000);
    const Edges clock { { 1 * kMs, true }, { 1 * kMs + 210 * kUs, false }, { 2 * kMs, true },
        { 2 * kMs + 210 * kUs, false }, { 3 * kMs, true }, { 3 * kMs + 210 * kUs, false } };
    QCOMPARE(wbtest::edgesOf(r, wbtest::kClock), clock);
    // Bits 100 011 000: a level per change, not per bit.
    const Edges pin { { 1 * kMs + 20 * kUs, true }, { 1 * kMs + 50 * kUs, false },
        { 2 * kMs + 50 * kUs, true }, { 3 * kMs + 20 * kUs, false } };
    QCOMPARE(wbtest::edgesOf(r, wbtest::kPin), pin);
    Edges buzzer;
    for (const auto &[t, v] : pin)
        buzzer.append({ t + 5 * kUs, v });
    QCOMPARE(wbtest::edgesOf(r, wbtest::kBuzzer), buzzer);
    QCOMPARE(r.endNs(), r.startNs() + 4 * kMs);
}

void TestRecording::pairsAnswers()
{
    Recording r;
    wbtest::appendSeedRun(&r, kBits);
    const int out = streamOf(r, wbtest::kPin, true);
    QCOMPARE(r.peerName(r.stream(out)), QStringLiteral("buzzer"));
    QCOMPARE(r.stream(out).channel, QStringLiteral("/iopin"));
    QCOMPARE(
        textsOf(r, out, Recording::EventType::Sent).join(QString()), QStringLiteral("100011000"));
    const qsizetype answer = r.answerOf(out, 0);
    QCOMPARE(answer, 1);
    const Recording::Record &ack = r.stream(out).records[1];
    QCOMPARE(r.text(ack), QStringLiteral("buzz buzz buzz"));
    QCOMPARE(Recording::rttNs(ack), 12 * kUs);
    QCOMPARE(r.answerOf(out, 1), -1); // an ack answers nothing

    const int in = streamOf(r, wbtest::kBuzzer, false);
    QCOMPARE(r.stream(in).records.size(), std::size_t(18));
    QCOMPARE(r.text(r.stream(in).records[std::size_t(r.answerOf(in, 2))]), QStringLiteral("..."));
    QCOMPARE(r.lowerBound(out, r.startNs() + 2 * kMs), 6);
}

void TestRecording::cap_data()
{
    QTest::addColumn<int>("cap");
    for (int cap : { 1, 2, 5, 15, 16, 17, 40, 47, 48, 1000 })
        QTest::addRow("cap %d", cap) << cap;
}

void TestRecording::cap()
{
    QFETCH(int, cap);
    Recording full;
    wbtest::appendSeedRun(&full, kBits);
    Recording capped(cap);
    wbtest::appendSeedRun(&capped, kBits);

    const qsizetype held = std::min<qsizetype>(cap, full.size());
    QCOMPARE(capped.size(), held);
    QCOMPARE(capped.droppedCount(), quint64(full.size() - held));
    // The held events are the newest: every stream ends like the full one.
    qint64 firstHeld = std::numeric_limits<qint64>::max();
    for (int s = 0; s < capped.streamCount(); ++s) {
        const auto &records = capped.stream(s).records;
        const auto &all = full.stream(s).records;
        QVERIFY(records.size() <= all.size());
        for (std::size_t i = 0; i < records.size(); ++i)
            QCOMPARE(records[i].timeNs, all[all.size() - records.size() + i].timeNs);
        if (!records.empty())
            firstHeld = std::min(firstHeld, records.front().timeNs);
    }
    if (capped.droppedCount() > 0)
        QVERIFY(capped.droppedUntilNs() < firstHeld);

    // Each signal keeps the edges of the events it holds, and knows its level since the last
    // dropped edge: decimated, it matches the full signal from there on.
    for (const NodeId node : { wbtest::kClock, wbtest::kPin, wbtest::kBuzzer }) {
        const Edges all = wbtest::edgesOf(full, node);
        Edges kept;
        for (const auto &e : all) {
            if (e.first + full.startNs() >= firstHeld)
                kept << e;
        }
        QCOMPARE(wbtest::edgesOf(capped, node), kept);
        const Recording::Digital &d = capped.digital(capped.digitalOf(node));
        const Recording::Digital &f = full.digital(full.digitalOf(node));
        const qsizetype lost = qsizetype(all.size() - kept.size());
        QCOMPARE(d.before.has_value(), lost > 0);
        if (lost == 0)
            continue;
        QCOMPARE(*d.before, all.at(lost - 1).second);
        QCOMPARE(d.knownFromNs, all.at(lost - 1).first + full.startNs());
        namespace dec = wb::decimation;
        const dec::Window window { d.knownFromNs, 7'000, 600 };
        const dec::Levels levels { d.frontValue, d.before, d.knownFromNs, capped.endNs() };
        const dec::Levels fullLevels { f.frontValue, std::nullopt, 0, full.endNs() };
        QVERIFY(dec::digital(d.edges, levels, window) == dec::digital(f.edges, fullLevels, window));
    }
}

void TestRecording::smallerCapDrops()
{
    Recording r;
    wbtest::appendSeedRun(&r, kBits);
    r.setCap(10);
    Recording fresh(10);
    wbtest::appendSeedRun(&fresh, kBits);
    QCOMPARE(r.size(), 10);
    QCOMPARE(r.droppedCount(), fresh.droppedCount());
    QCOMPARE(r.droppedUntilNs(), fresh.droppedUntilNs());
    for (const NodeId node : { wbtest::kClock, wbtest::kPin, wbtest::kBuzzer })
        QCOMPARE(wbtest::edgesOf(r, node), wbtest::edgesOf(fresh, node));
    QVERIFY(r.approximateBytes() >= 10 * (Recording::kRecordBytes + Recording::kOrderBytes));
    QCOMPARE(Recording::kRecordBytes, 24);
}

void TestRecording::clockLevels()
{
    using Type = TrafficEvent::Type;
    Recording r;
    wbtest::nameSeedNodes(&r);
    r.setNode(4, QStringLiteral("led"), wb::NodeKind::Led);
    const QString ch = QStringLiteral("/datafeed");
    // Two targets: the line stays high until both answered.
    r.append(wbtest::trafficEvent(Type::Sent, 100, wbtest::kClock, wbtest::kPin, ch, "0", 0));
    r.append(wbtest::trafficEvent(Type::Sent, 110, wbtest::kClock, 4, ch, "0", 1));
    r.append(
        wbtest::trafficEvent(Type::AckReceived, 150, wbtest::kClock, wbtest::kPin, ch, "a", 0, 50));
    r.append(wbtest::trafficEvent(Type::AckReceived, 170, wbtest::kClock, 4, ch, "on", 1, 60));
    // A message that never left fails without an answer to wait for: no edge.
    TrafficEvent unsent = wbtest::trafficEvent(Type::Failed, 200, wbtest::kClock, 4, ch, "down", 2);
    r.append(unsent);
    r.append(wbtest::trafficEvent(Type::Sent, 300, wbtest::kClock, wbtest::kPin, ch, "1", 3));
    TrafficEvent lost
        = wbtest::trafficEvent(Type::Failed, 400, wbtest::kClock, wbtest::kPin, ch, "timeout", 3);
    lost.wasSent = true;
    r.append(lost);
    r.setStartNs(0);
    QCOMPARE(wbtest::edgesOf(r, wbtest::kClock),
        (Edges { { 100, true }, { 170, false }, { 300, true }, { 400, false } }));
    // An LED's level is what it receives; its acks move nothing.
    r.append(wbtest::trafficEvent(Type::Received, 500, 4, 0, ch, "1"));
    r.append(wbtest::trafficEvent(Type::AckSent, 510, 4, 0, ch, "on"));
    r.append(wbtest::trafficEvent(Type::Received, 520, 4, 0, ch, "1"));
    r.append(wbtest::trafficEvent(Type::Received, 530, 4, 0, ch, "0"));
    QCOMPARE(wbtest::edgesOf(r, 4), (Edges { { 500, true }, { 530, false } }));
    // Times never run backwards within a stream.
    r.append(wbtest::trafficEvent(Type::Received, 520, 4, 0, ch, "1"));
    QCOMPARE(wbtest::edgesOf(r, 4).last(), (QPair<qint64, bool>(530, true)));
}

void TestRecording::texts_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("tick") << QStringLiteral("12");
    QTest::newRow("zero") << QStringLiteral("0");
    QTest::newRow("leading zero") << QStringLiteral("007");
    QTest::newRow("32 bits") << QStringLiteral("4294967295");
    QTest::newRow("past 32 bits") << QStringLiteral("4294967296");
    QTest::newRow("negative") << QStringLiteral("-1");
    QTest::newRow("empty") << QString();
    QTest::newRow("words") << QStringLiteral("buzz buzz buzz");
    QTest::newRow("unicode") << QStringLiteral("Δt ≈ 3 µs");
}

void TestRecording::texts()
{
    QFETCH(QString, text);
    Recording r;
    r.append(wbtest::trafficEvent(TrafficEvent::Type::Received, 1, 9, 0, "/x", text));
    r.append(wbtest::trafficEvent(TrafficEvent::Type::Received, 2, 9, 0, "/x", text));
    QCOMPARE(r.text(r.stream(0).records[0]), text);
    QCOMPARE(r.text(r.stream(0).records[1]), text);
}

void TestRecording::textPoolIsBounded()
{
    Recording r(4);
    for (int i = 0; i < Recording::kMaxTexts + 5; ++i)
        r.append(wbtest::trafficEvent(
            TrafficEvent::Type::Received, i, 9, 0, "/x", QStringLiteral("t%1").arg(i)));
    QCOMPARE(r.text(r.stream(0).records.back()), QStringLiteral("…"));
    r.append(wbtest::trafficEvent(TrafficEvent::Type::Received, 0, 9, 0, "/x", "t7"));
    QCOMPARE(r.text(r.stream(0).records.back()), QStringLiteral("t7"));
}

void TestRecording::rtt_data()
{
    QTest::addColumn<qint64>("rtt");
    QTest::addColumn<qint64>("stored");
    QTest::newRow("none") << -1LL << -1LL;
    QTest::newRow("zero") << 0LL << 0LL;
    QTest::newRow("loopback") << 81'234LL << 81'234LL;
    QTest::newRow("largest in ns") << 2'147'483'647LL << 2'147'483'647LL;
    QTest::newRow("seconds, to the µs") << 5'000'000'999LL << 5'000'000'000LL;
    QTest::newRow("half an hour") << 1'800'000'000'000LL << 1'800'000'000'000LL;
}

void TestRecording::rtt()
{
    QFETCH(qint64, rtt);
    QFETCH(qint64, stored);
    Recording::Record record;
    record.rtt = Recording::encodeRtt(rtt);
    QCOMPARE(Recording::rttNs(record), stored);
}

void TestRecording::recorderFollowsRun()
{
    wb::Circuit circuit;
    QVERIFY(wbtest::loadSeedCircuit(&circuit, 4, 0.0, 42));
    const NodeId clock = circuit.idByName(QStringLiteral("clock"));
    const NodeId pin = circuit.idByName(QStringLiteral("iopin"));
    const NodeId buzzer = circuit.idByName(QStringLiteral("buzzer"));

    wb::MeshRuntime runtime(&circuit);
    Recording recording;
    wb::Recorder recorder(&runtime, &recording);
    QString bits; // what the pin says it toggled, from its live state
    connect(&runtime, &wb::MeshRuntime::liveState, this, [&](NodeId id, const QVariantMap &state) {
        if (id == pin) {
            for (const QVariant &bit : state.value(QStringLiteral("bits")).toList())
                bits += QString::number(bit.toInt());
        }
    });
    QSignalSpy captures(&recorder, &wb::Recorder::captureStarted);
    QSignalSpy finished(&runtime, &wb::MeshRuntime::clockFinished);
    const qint64 before = wb::monotonicNs();
    runtime.startAll();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    runtime.stopAll();
    QCOMPARE(captures.size(), 1);
    QVERIFY(recording.startNs() >= before);

    QCOMPARE(recording.nodeName(pin), QStringLiteral("iopin"));
    const int ticks = streamOf(recording, clock, true);
    QVERIFY(ticks >= 0);
    QCOMPARE(textsOf(recording, ticks, Recording::EventType::Sent),
        (QStringList { "0", "1", "2", "3" }));
    QCOMPARE(textsOf(recording, ticks, Recording::EventType::AckReceived).size(), 4);
    const int out = streamOf(recording, pin, true);
    QCOMPARE(textsOf(recording, out, Recording::EventType::Sent).join(QString()), bits);
    QCOMPARE(bits.size(), 12);
    for (qsizetype i = 0; i < qsizetype(recording.stream(out).records.size()); ++i) {
        if (recording.stream(out).records[std::size_t(i)].type == Recording::EventType::Sent)
            QVERIFY(recording.answerOf(out, i) > i);
    }
    QCOMPARE(wbtest::edgesOf(recording, clock).size(), 8);
    // The buzzer's level follows the bits it was sent.
    QString levels;
    QChar last;
    for (const QChar b : std::as_const(bits)) {
        if (b != last)
            levels += b;
        last = b;
    }
    QString buzzerLevels;
    for (const auto &e : wbtest::edgesOf(recording, buzzer))
        buzzerLevels += e.second ? u'1' : u'0';
    QCOMPARE(buzzerLevels, levels);

    // The next start is a new capture.
    runtime.startAll();
    QCOMPARE(captures.size(), 2);
    QVERIFY(recording.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 10000);
    runtime.stopAll();
}

QTEST_GUILESS_MAIN(TestRecording)
#include "tst_recording.moc"
