// The pure decimation of a numeric level (a queue's fill) to pixel columns, against a
// brute-force reference that applies the definition change by change, column by column: empty
// signals, changes on boundaries and inside a column, bursts, the value kept across a drop, the
// end of the signal; and the recording's block summary gives what a scan gives.
#include "recording/decimation.h"
#include "recording/recording.h"

#include <QRandomGenerator>
#include <QTest>
#include <deque>
#include <limits>
#include <ranges>

namespace dec = wb::decimation;

namespace {

constexpr qint64 kMax = std::numeric_limits<qint64>::max();

using Times = std::vector<qint64>;
using Values = std::vector<quint32>;

struct Case
{
    Times times;
    Values values;
    dec::Steps steps;
    dec::Window window;
};

// Straight from the definition: the value at the column's start (the last change at or before
// it, or `before` once known), every change strictly inside it, its last value.
std::vector<dec::Step> reference(const Case &k)
{
    std::vector<dec::Step> result(std::size_t(k.window.width));
    for (int c = 0; c < k.window.width; ++c) {
        const qint64 a = k.window.columnStart(c);
        if (a >= k.steps.endNs)
            continue;
        const qint64 b = std::min(k.window.columnStart(c + 1), k.steps.endNs);
        std::vector<quint32> seen;
        int last = -1;
        for (std::size_t i = 0; i < k.times.size(); ++i) {
            if (k.times[i] <= a)
                last = int(i);
        }
        if (last >= 0)
            seen.push_back(k.values[std::size_t(last)]);
        else if (k.steps.before && k.steps.knownFromNs < b)
            seen.push_back(*k.steps.before);
        int inside = 0;
        for (std::size_t i = 0; i < k.times.size(); ++i) {
            if (k.times[i] > a && k.times[i] < b) {
                seen.push_back(k.values[i]);
                ++inside;
            }
        }
        dec::Step &s = result[std::size_t(c)];
        if (seen.empty())
            continue;
        s.known = true;
        s.first = seen.front();
        s.last = seen.back();
        s.min = *std::ranges::min_element(seen);
        s.max = *std::ranges::max_element(seen);
        s.changes = quint8(std::min(inside, int(dec::kSeveral)));
    }
    return result;
}

// "." unknown, "3" flat at 3, "1-3" from 1 to 3 inside the column ("#": several changes).
QString describe(const std::vector<dec::Step> &steps)
{
    QStringList columns;
    for (const dec::Step &s : steps) {
        if (!s.known)
            columns << QStringLiteral(".");
        else if (s.min == s.max && s.changes == 0)
            columns << QString::number(s.min);
        else
            columns << QStringLiteral("%1-%2%3").arg(s.min).arg(s.max).arg(
                s.changes >= dec::kSeveral ? QStringLiteral("#") : QString());
    }
    return columns.join(u' ');
}

} // namespace

class TestDecimationSteps final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void numeric_data();
    void numeric();
    void summaryMatchesScan();
    void runs();
};

void TestDecimationSteps::numeric_data()
{
    QTest::addColumn<Times>("times");
    QTest::addColumn<Values>("values");
    QTest::addColumn<int>("before"); // -1 none
    QTest::addColumn<qint64>("knownFrom");
    QTest::addColumn<qint64>("end");
    QTest::addColumn<qint64>("start");
    QTest::addColumn<qint64>("nsPerPixel");
    QTest::addColumn<int>("width");
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty") << Times {} << Values {} << -1 << 0LL << kMax << 0LL << 10LL << 3
                           << ". . .";
    QTest::newRow("filling up on boundaries") << Times { 0, 10, 20 } << Values { 1, 2, 3 } << -1
                                              << 0LL << kMax << 0LL << 10LL << 4 << "1 2 3 3";
    QTest::newRow("one change inside a column")
        << Times { 0, 15 } << Values { 0, 4 } << -1 << 0LL << kMax << 0LL << 10LL << 3 << "0 0-4 4";
    QTest::newRow("a burst: the extremes, not the last")
        << Times { 0, 11, 12, 13, 14 } << Values { 2, 5, 0, 3, 1 } << -1 << 0LL << kMax << 0LL
        << 10LL << 3 << "2 0-5# 1";
    QTest::newRow("two at the same time on a boundary: the later")
        << Times { 10, 10 } << Values { 7, 2 } << -1 << 0LL << kMax << 0LL << 10LL << 3 << ". 2 2";
    QTest::newRow("value kept across a drop")
        << Times { 45 } << Values { 5 } << 3 << 20LL << kMax << 0LL << 10LL << 6 << ". . 3 3 3-5 5";
    QTest::newRow("known from inside a column")
        << Times {} << Values {} << 2 << 25LL << kMax << 0LL << 10LL << 4 << ". . 2 2";
    QTest::newRow("now ends the signal")
        << Times { 0, 25 } << Values { 1, 2 } << -1 << 0LL << 25LL << 0LL << 10LL << 4 << "1 1 1 .";
    QTest::newRow("before the window")
        << Times { -100, -50 } << Values { 9, 4 } << -1 << 0LL << kMax << 0LL << 10LL << 2 << "4 4";

    for (quint32 seed = 1; seed <= 40; ++seed) {
        QRandomGenerator random(seed);
        Times times;
        Values values;
        qint64 t = random.bounded(-500, 500);
        quint32 v = random.bounded(0, 10);
        const int n = random.bounded(0, 300);
        for (int i = 0; i < n; ++i) {
            t += random.bounded(0, 40); // equal times too
            v = quint32(std::max(0, int(v) + random.bounded(-3, 4)));
            times.push_back(t);
            values.push_back(v);
        }
        const int before = random.bounded(0, 2) ? int(random.bounded(0, 10)) : -1;
        const qint64 knownFrom = times.empty() ? 0 : times.front() - random.bounded(0, 50);
        const qint64 end = random.bounded(0, 2) ? kMax : t - random.bounded(0, 200);
        QTest::addRow("random %u", seed)
            << times << values << before << knownFrom << end << qint64(random.bounded(-700, 300))
            << qint64(random.bounded(1, 60)) << int(random.bounded(1, 200)) << QString();
    }
}

void TestDecimationSteps::numeric()
{
    QFETCH(Times, times);
    QFETCH(Values, values);
    QFETCH(int, before);
    QFETCH(qint64, knownFrom);
    QFETCH(qint64, end);
    QFETCH(qint64, start);
    QFETCH(qint64, nsPerPixel);
    QFETCH(int, width);
    QFETCH(QString, expected);

    Case k { times, values, {}, { start, nsPerPixel, width } };
    if (before >= 0)
        k.steps.before = quint32(before);
    k.steps.knownFromNs = knownFrom;
    k.steps.endNs = end;
    const std::vector<dec::Step> steps = dec::numeric(k.times, k.values, k.steps, k.window);
    QCOMPARE(describe(steps), describe(reference(k)));
    QVERIFY(steps == reference(k));
    if (!expected.isNull())
        QCOMPARE(describe(steps), expected);
    // Deques, as the recording keeps them: the same.
    const std::deque<qint64> dt(times.begin(), times.end());
    const std::deque<quint32> dv(values.begin(), values.end());
    QVERIFY(dec::numeric(dt, dv, k.steps, k.window) == steps);
}

// The plot's way: over a recording's records, extremes from its block summary; after the cap
// dropped whole blocks and part of one, the columns are those of a scan.
void TestDecimationSteps::summaryMatchesScan()
{
    QRandomGenerator random(7);
    wb::Recording recording(5000);
    recording.setNode(1, QStringLiteral("queue"), wb::NodeKind::Queue);
    quint32 fill = 0;
    for (int i = 0; i < 8000; ++i) {
        fill = quint32(std::clamp(int(fill) + random.bounded(-2, 3), 0, 50));
        recording.appendNumeric(1, qint64(i) * 7, { fill, 50 });
    }
    QVERIFY(recording.droppedCount() > 0);
    const wb::Recording::Numeric &n = recording.numeric(0);
    const auto &records = recording.stream(n.stream).records;
    const auto times = records | std::views::transform(&wb::Recording::Record::timeNs);
    const auto values = records | std::views::transform(&wb::Recording::Record::value);
    const dec::Steps steps { n.before, n.knownFromNs, kMax };
    for (const qint64 nsPerPixel : { 1LL, 13LL, 400LL, 9000LL }) {
        const dec::Window window { 20000, nsPerPixel, 300 };
        const auto summary = dec::numeric(times, values, steps, window,
            [&](qsizetype from, qsizetype to) { return recording.numericMinMax(0, from, to); });
        QVERIFY(summary == dec::numeric(times, values, steps, window));
    }
}

void TestDecimationSteps::runs()
{
    const dec::Step unknown;
    const dec::Step three { true, 3, 3, 3, 3, 0 };
    const dec::Step rising { true, 3, 3, 5, 5, 1 };
    const std::vector<dec::StepRun> runs = dec::stepRuns({ unknown, three, three, rising, three });
    const std::vector<dec::StepRun> expected { { 0, 1, unknown }, { 1, 3, three }, { 3, 4, rising },
        { 4, 5, three } };
    QVERIFY(runs == expected);
    QVERIFY(dec::stepRuns({}).empty());
}

QTEST_GUILESS_MAIN(TestDecimationSteps)
#include "tst_decimationsteps.moc"
