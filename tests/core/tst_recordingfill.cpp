// A queue's fill as a numeric level of a recording: its value at any time, a record per change
// only, what the cap's drops leave, the block summary's extremes against a scan, the memory it
// takes, and a real run of clock → queue (no consumer) recorded: the fill rises to capacity.
#include "circuittestkit.h"
#include "recording/recorder.h"
#include "recordingtestkit.h"

#include <QRandomGenerator>
#include <QTest>

using wb::NodeId;
using wb::Recording;
using Value = Recording::Value;

namespace {

constexpr NodeId kQueue = 1;

// Fills 1, 2, 3 (full), 2, 2 (again), 3 of capacity 3, from 1000 ns on; two at 5000 ns.
const QList<QPair<qint64, quint32>> kFills { { 1000, 1 }, { 2000, 2 }, { 3000, 3 }, { 5000, 2 },
    { 5000, 1 }, { 6000, 1 }, { 7000, 3 } };

void queueRun(Recording *recording)
{
    recording->setNode(kQueue, QStringLiteral("queue"), wb::NodeKind::Queue);
    recording->setStartNs(0);
    wbtest::appendFills(recording, kQueue, kFills, 3);
    recording->setEndNs(9000);
}

// The value at t by looking at every change: the reference for numericAt().
std::optional<Value> scanAt(const QList<QPair<qint64, quint32>> &fills, qint64 t)
{
    std::optional<Value> value;
    for (const auto &[time, fill] : fills) {
        if (time <= t)
            value = Value { fill, 3 };
    }
    return value;
}

} // namespace

class TestRecordingFill final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void valueAt_data();
    void valueAt();
    void onlyChangesAreRecords();
    void dropsKeepTheValueBefore_data();
    void dropsKeepTheValueBefore();
    void blockExtremesAgainstScan();
    void memoryPerChange();
    void realRun();
};

void TestRecordingFill::valueAt_data()
{
    QTest::addColumn<qint64>("time");
    QTest::addColumn<int>("fill"); // -1: unknown
    QTest::newRow("before the first") << 999LL << -1;
    QTest::newRow("at the first change") << 1000LL << 1;
    QTest::newRow("between") << 2500LL << 2;
    QTest::newRow("full") << 4999LL << 3;
    QTest::newRow("two changes at once: the later") << 5000LL << 1;
    QTest::newRow("the last, until the end") << 8999LL << 3;
}

void TestRecordingFill::valueAt()
{
    QFETCH(qint64, time);
    QFETCH(int, fill);
    Recording recording;
    queueRun(&recording);
    const int n = recording.numericOf(kQueue);
    QVERIFY(n >= 0);
    QCOMPARE(recording.numericCount(), 1);
    QCOMPARE(recording.digitalOf(kQueue), -1); // a fill is no high/low signal
    const auto value = recording.numericAt(n, time);
    QCOMPARE(value.has_value(), fill >= 0);
    if (value)
        QCOMPARE(*value, (Value { quint32(fill), 3 }));
    QCOMPARE(value, scanAt(kFills, time));
}

void TestRecordingFill::onlyChangesAreRecords()
{
    Recording recording;
    queueRun(&recording);
    // 1, 2, 3, 2, 1 and 3: the second 1 (at 6000) repeats the value before it.
    QCOMPARE(recording.size(), 6);
    QCOMPARE(wbtest::fillsOf(recording, kQueue),
        (QList<QPair<qint64, quint32>> {
            { 1000, 1 }, { 2000, 2 }, { 3000, 3 }, { 5000, 2 }, { 5000, 1 }, { 7000, 3 } }));
    // Another capacity is a change of its own, though the fill is the same.
    recording.appendNumeric(kQueue, 8000, { 3, 5 });
    QCOMPARE(recording.size(), 7);
    const Recording::Numeric &n = recording.numeric(recording.numericOf(kQueue));
    QCOMPARE(n.range, 5u);
    QCOMPARE(recording.numericAt(0, 8000), (Value { 3, 5 }));
    // Each record is a level of the numeric kind; its text is the fill.
    const Recording::Record &r = recording.stream(n.stream).records.back();
    QCOMPARE(int(r.type), int(Recording::EventType::Level));
    QVERIFY(r.flags & Recording::kNumeric);
    QCOMPARE(recording.text(r), QStringLiteral("3"));
    QVERIFY(recording.stream(n.stream).levels);
}

void TestRecordingFill::dropsKeepTheValueBefore_data()
{
    QTest::addColumn<int>("cap");
    QTest::newRow("nothing dropped") << 100;
    QTest::newRow("two dropped") << 4;
    QTest::newRow("all but the last") << 1;
}

// What the cap leaves answers as the whole did, from the last dropped change on.
void TestRecordingFill::dropsKeepTheValueBefore()
{
    QFETCH(int, cap);
    Recording whole;
    queueRun(&whole);
    Recording capped(cap);
    queueRun(&capped);
    QCOMPARE(capped.size(), std::min<qsizetype>(cap, whole.size()));
    const Recording::Numeric &n = capped.numeric(0);
    QCOMPARE(n.before.has_value(), capped.droppedCount() > 0);
    const qint64 from = capped.droppedCount() > 0 ? capped.droppedUntilNs() : 0;
    for (qint64 t = 0; t < 9000; t += 250) {
        if (t >= from)
            QCOMPARE(capped.numericAt(0, t), whole.numericAt(0, t));
        else
            QVERIFY(!capped.numericAt(0, t));
    }
}

// numericMinMax() from the blocks' summary equals a scan, for ranges of every kind, also after
// the cap dropped whole blocks and parts of one.
void TestRecordingFill::blockExtremesAgainstScan()
{
    QRandomGenerator random(16);
    for (const int cap : { 100000, 1000, 333 }) {
        Recording recording(cap);
        recording.setNode(kQueue, QStringLiteral("queue"), wb::NodeKind::Queue);
        quint32 fill = 0;
        for (int i = 0; i < 2000; ++i) {
            // A queue's walk: mostly one up or down, now and then a jump (a drop of the oldest).
            const int step = random.bounded(10) == 0 ? int(random.bounded(200)) - 100
                                                     : (random.bounded(2) ? 1 : -1);
            fill = quint32(std::clamp(int(fill) + step, 0, 1000));
            recording.appendNumeric(kQueue, i * 10, { fill, 1000 });
        }
        const auto &records = recording.stream(recording.numeric(0).stream).records;
        const auto size = qsizetype(records.size());
        QVERIFY(size > 1);
        for (int k = 0; k < 500; ++k) {
            const auto from = qsizetype(random.bounded(int(size)));
            const auto to = from + 1 + qsizetype(random.bounded(int(size - from)));
            quint32 lo = records[std::size_t(from)].value;
            quint32 hi = lo;
            for (qsizetype i = from; i < to; ++i) {
                lo = std::min(lo, records[std::size_t(i)].value);
                hi = std::max(hi, records[std::size_t(i)].value);
            }
            QCOMPARE(recording.numericMinMax(0, from, to), std::make_pair(lo, hi));
        }
    }
}

// A change costs a record and an order entry (no edge), and its share of a 64-change block.
void TestRecordingFill::memoryPerChange()
{
    Recording recording;
    recording.setNode(kQueue, QStringLiteral("queue"), wb::NodeKind::Queue);
    for (int i = 0; i < 6400; ++i)
        recording.appendNumeric(kQueue, i, { quint32(i % 2), 1 });
    QCOMPARE(recording.size(), 6400);
    QCOMPARE(recording.approximateBytes(),
        6400 * (Recording::kRecordBytes + Recording::kOrderBytes) + 100 * 8);
}

// clock → queue without a consumer: every tick stays in the queue until it is full, and the
// recording shows the fill go up one by one to its capacity, and no further.
void TestRecordingFill::realRun()
{
    wb::Circuit circuit;
    const NodeId clock = circuit.addNode(wbtest::nodeSpec("clock", wb::NodeKind::Clock));
    auto queueSpec = wbtest::nodeSpec("queue", wb::NodeKind::Queue);
    queueSpec.params.insert(QStringLiteral("capacity"), 3);
    const NodeId queue = circuit.addNode(queueSpec);
    QVERIFY(clock && queue);
    circuit.setParam(clock, QStringLiteral("tacks"), 10);
    circuit.setParam(clock, QStringLiteral("delay"), 0.01);
    QVERIFY(circuit.addWire(clock, queue));
    wb::MeshRuntime runtime(&circuit);
    Recording recording;
    wb::Recorder recorder(&runtime, &recording);
    runtime.startAll();
    const auto last = [&]() -> qint64 {
        const int n = recording.numericOf(queue);
        const auto v = n < 0 ? std::nullopt : recording.numericAt(n, recording.lastNs());
        return v ? qint64(v->value) : -1;
    };
    QTRY_COMPARE_WITH_TIMEOUT(last(), 3, 10000);
    // A fourth tick waits for room that does not come: still 3.
    QTest::qWait(100);
    runtime.stopAll();
    const QList<QPair<qint64, quint32>> fills = wbtest::fillsOf(recording, queue);
    QList<quint32> values;
    for (const auto &[t, v] : fills)
        values << v;
    // Empty when it started (it says so before the mesh counts as running: the capture begins
    // with it), then one more per tick.
    QCOMPARE(values, (QList<quint32> { 0, 1, 2, 3 }));
    QCOMPARE(fills.first().first, 0);
    const Recording::Numeric &n = recording.numeric(recording.numericOf(queue));
    QCOMPARE(n.range, 3u);
    QCOMPARE(recording.node(queue)->kind, wb::NodeKind::Queue);
    QCOMPARE(recording.nodeName(queue), QStringLiteral("queue"));
    // Each fill came after the tick that made it.
    const int ticks = [&] {
        for (int s = 0; s < recording.streamCount(); ++s) {
            if (recording.stream(s).node == clock && recording.stream(s).outgoing)
                return s;
        }
        return -1;
    }();
    QVERIFY(ticks >= 0);
    QList<qint64> sent;
    for (const Recording::Record &r : recording.stream(ticks).records) {
        if (r.type == Recording::EventType::Sent && r.attempt == 1)
            sent << r.timeNs - recording.startNs();
    }
    QVERIFY(sent.size() >= 3);
    qsizetype k = 0;
    for (const auto &[t, v] : fills) {
        if (v > 0)
            QVERIFY(t >= sent.at(k++));
    }
}

QTEST_GUILESS_MAIN(TestRecordingFill)
#include "tst_recordingfill.moc"
