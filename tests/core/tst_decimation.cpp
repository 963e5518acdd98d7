// The pure decimation of edges to pixel columns, against a brute-force reference that applies
// the definition edge by edge, column by column: empty signals, one edge, glitches narrower
// than a pixel, edges on column boundaries, drops, and ranges near the ends of qint64.
#include "recording/decimation.h"

#include <QRandomGenerator>
#include <QTest>
#include <deque>
#include <limits>

namespace dec = wb::decimation;

namespace {

constexpr qint64 kMax = std::numeric_limits<qint64>::max();
constexpr qint64 kMin = std::numeric_limits<qint64>::min();

struct Case
{
    std::vector<qint64> times;
    dec::Levels levels;
    dec::Window window;
};

// Straight from the definition, with no assumption about alternation or sorting tricks.
std::vector<dec::Pixel> reference(const Case &k)
{
    std::vector<dec::Pixel> pixels(std::size_t(k.window.width));
    const auto value = [&](std::size_t i) {
        return k.levels.firstValue != (i % 2 == 1);
    };
    for (int c = 0; c < k.window.width; ++c) {
        const qint64 a = k.window.columnStart(c);
        if (a >= k.levels.endNs)
            continue;
        const qint64 b = std::min(k.window.columnStart(c + 1), k.levels.endNs);
        bool low = false;
        bool high = false;
        const auto add = [&](bool v) {
            (v ? high : low) = true;
        };
        int last = -1;
        for (std::size_t i = 0; i < k.times.size(); ++i) {
            if (k.times[i] <= a)
                last = int(i);
        }
        if (last >= 0)
            add(value(std::size_t(last)));
        else if (k.levels.before && a >= k.levels.knownFromNs)
            add(*k.levels.before);
        if (k.levels.before && a < k.levels.knownFromNs && k.levels.knownFromNs < b)
            add(*k.levels.before);
        int inside = 0;
        for (std::size_t i = 0; i < k.times.size(); ++i) {
            if (k.times[i] >= a && k.times[i] < b)
                add(value(i));
            if (k.times[i] > a && k.times[i] < b)
                ++inside;
        }
        dec::Pixel &p = pixels[std::size_t(c)];
        p.known = low || high;
        p.min = p.known && !low;
        p.max = high;
        p.edges = quint8(std::min(inside, int(dec::kSeveral)));
    }
    return pixels;
}

std::vector<quint32> referenceCounts(const std::vector<qint64> &times, const dec::Window &w)
{
    std::vector<quint32> result(std::size_t(w.width));
    for (int c = 0; c < w.width; ++c) {
        for (qint64 t : times) {
            if (t >= w.columnStart(c) && t < w.columnStart(c + 1))
                ++result[std::size_t(c)];
        }
    }
    return result;
}

QString describe(const std::vector<dec::Pixel> &pixels)
{
    QString text;
    for (const dec::Pixel &p : pixels)
        text += !p.known     ? u'.'
            : p.min != p.max ? (p.edges >= dec::kSeveral ? u'#' : u'|')
            : p.max          ? u'1'
                             : u'0';
    return text;
}

} // namespace

class TestDecimation final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void digital_data();
    void digital();
    void dequeMatchesVector();
    void counts_data();
    void counts();
    void runs();
};

void TestDecimation::digital_data()
{
    QTest::addColumn<std::vector<qint64>>("times");
    QTest::addColumn<bool>("first");
    QTest::addColumn<int>("before"); // -1 none, 0 or 1
    QTest::addColumn<qint64>("knownFrom");
    QTest::addColumn<qint64>("end");
    QTest::addColumn<qint64>("start");
    QTest::addColumn<qint64>("nsPerPixel");
    QTest::addColumn<int>("width");
    QTest::addColumn<QString>("expected"); // '.' unknown, 0/1 level, | one edge inside, # several

    using V = std::vector<qint64>;
    QTest::newRow("empty") << V {} << false << -1 << 0LL << kMax << 0LL << 10LL << 5 << ".....";
    QTest::newRow("no columns") << V { 5 } << true << -1 << 0LL << kMax << 0LL << 10LL << 0 << "";
    QTest::newRow("one edge mid-column")
        << V { 25 } << true << -1 << 0LL << kMax << 0LL << 10LL << 5 << "..111";
    QTest::newRow("one edge on a boundary")
        << V { 20 } << true << -1 << 0LL << kMax << 0LL << 10LL << 5 << "..111";
    QTest::newRow("edge before the window")
        << V { -100 } << false << -1 << 0LL << kMax << 0LL << 10LL << 3 << "000";
    QTest::newRow("edge after the window")
        << V { 1000 } << true << -1 << 0LL << kMax << 0LL << 10LL << 3 << "...";
    QTest::newRow("rise and fall on boundaries")
        << V { 10, 30 } << true << -1 << 0LL << kMax << 0LL << 10LL << 5 << ".1100";
    QTest::newRow("fall inside a column")
        << V { 0, 15 } << true << -1 << 0LL << kMax << 0LL << 10LL << 3 << "1|0";
    QTest::newRow("glitch narrower than a pixel")
        << V { 0, 42, 43 } << false << -1 << 0LL << kMax << 0LL << 10LL << 6 << "0000#0";
    QTest::newRow("zero-width glitch")
        << V { 0, 42, 42 } << false << -1 << 0LL << kMax << 0LL << 10LL << 6 << "0000#0";
    QTest::newRow("glitch on a boundary")
        << V { 0, 40, 40 } << false << -1 << 0LL << kMax << 0LL << 10LL << 6 << "0000|0";
    QTest::newRow("burst in one pixel")
        << V { 0, 11, 12, 13, 14, 15 } << false << -1 << 0LL << kMax << 0LL << 10LL << 3 << "0#1";
    QTest::newRow("now ends the signal")
        << V { 0 } << true << -1 << 0LL << 25LL << 0LL << 10LL << 5 << "111..";
    QTest::newRow("edge at now is not seen")
        << V { 0, 25 } << true << -1 << 0LL << 25LL << 0LL << 10LL << 5 << "111..";
    QTest::newRow("level kept across a drop")
        << V { 50 } << true << 0 << 20LL << kMax << 0LL << 10LL << 7 << "..00011";
    QTest::newRow("drop inside a column")
        << V {} << true << 1 << 25LL << kMax << 0LL << 10LL << 4 << "..11";
    QTest::newRow("one pixel per ns")
        << V { 3, 4, 6 } << true << -1 << 0LL << kMax << 0LL << 1LL << 8 << "...10011";
    QTest::newRow("huge range") << V { kMin + 10, -5, 5, kMax - 10 } << true << -1 << 0LL << kMax
                                << kMin << 10'000'000'000'000'000LL << 2000 << QString();
    QTest::newRow("huge range, window past the end of time")
        << V { kMax - 3 } << true << -1 << 0LL << kMax << kMax - 100 << kMax / 4 << 8 << "1.......";
    QTest::newRow("negative times")
        << V { -30, -25, -5 } << true << -1 << 0LL << kMax << -40LL << 10LL << 5 << ".|0|1";

    // Random signals against the reference, reproducible from the row's seed.
    for (quint32 seed = 1; seed <= 40; ++seed) {
        QRandomGenerator random(seed);
        V times;
        qint64 t = random.bounded(-500, 500);
        const int n = random.bounded(0, 300);
        for (int i = 0; i < n; ++i) {
            t += random.bounded(0, 40); // equal times too
            times.push_back(t);
        }
        const int before = random.bounded(0, 3) - 1;
        const qint64 knownFrom = times.empty() ? 0 : times.front() - random.bounded(0, 50);
        const qint64 end = random.bounded(0, 2) ? kMax : t - random.bounded(0, 200);
        QTest::addRow("random %u", seed)
            << times << bool(random.bounded(0, 2)) << before << knownFrom << end
            << qint64(random.bounded(-700, 300)) << qint64(random.bounded(1, 60))
            << int(random.bounded(1, 200)) << QString();
    }
}

void TestDecimation::digital()
{
    QFETCH(std::vector<qint64>, times);
    QFETCH(bool, first);
    QFETCH(int, before);
    QFETCH(qint64, knownFrom);
    QFETCH(qint64, end);
    QFETCH(qint64, start);
    QFETCH(qint64, nsPerPixel);
    QFETCH(int, width);
    QFETCH(QString, expected);

    Case k;
    k.times = times;
    k.levels.firstValue = first;
    if (before >= 0)
        k.levels.before = before == 1;
    k.levels.knownFromNs = knownFrom;
    k.levels.endNs = end;
    k.window = { start, nsPerPixel, width };
    const std::vector<dec::Pixel> pixels = dec::digital(k.times, k.levels, k.window);
    QCOMPARE(describe(pixels), describe(reference(k)));
    QVERIFY(pixels == reference(k));
    if (!expected.isNull())
        QCOMPARE(describe(pixels), expected);
}

void TestDecimation::dequeMatchesVector()
{
    // The recording keeps edges in deques: the same function over them.
    const std::vector<qint64> v { 1, 5, 9, 9, 30, 31, 32, 80 };
    const std::deque<qint64> d(v.begin(), v.end());
    const dec::Levels levels { true, false, 0, 70 };
    const dec::Window window { 0, 4, 25 };
    QVERIFY(dec::digital(v, levels, window) == dec::digital(d, levels, window));
    QCOMPARE(describe(dec::digital(d, levels, window)), describe(reference({ v, levels, window })));
}

void TestDecimation::counts_data()
{
    QTest::addColumn<std::vector<qint64>>("times");
    QTest::addColumn<qint64>("start");
    QTest::addColumn<qint64>("nsPerPixel");
    QTest::addColumn<int>("width");
    using V = std::vector<qint64>;
    QTest::newRow("empty") << V {} << 0LL << 10LL << 4;
    QTest::newRow("boundaries") << V { 0, 9, 10, 10, 39, 40 } << 0LL << 10LL << 4;
    QTest::newRow("before and after") << V { -5, 3, 100 } << 0LL << 10LL << 4;
    QTest::newRow("huge") << V { kMin, 0, kMax - 1 } << kMin << kMax / 3 << 6;
}

void TestDecimation::counts()
{
    QFETCH(std::vector<qint64>, times);
    QFETCH(qint64, start);
    QFETCH(qint64, nsPerPixel);
    QFETCH(int, width);
    const dec::Window window { start, nsPerPixel, width };
    QVERIFY(dec::counts(times, window) == referenceCounts(times, window));
}

void TestDecimation::runs()
{
    const dec::Pixel unknown;
    const dec::Pixel low { true, false, false, 0 };
    const dec::Pixel mixed { true, false, true, 1 };
    const std::vector<dec::Run> runs = dec::runs({ unknown, low, low, mixed, low });
    const std::vector<dec::Run> expected { { 0, 1, unknown }, { 1, 3, low }, { 3, 4, mixed },
        { 4, 5, low } };
    QVERIFY(runs == expected);
    QVERIFY(dec::runs({}).empty());
}

QTEST_GUILESS_MAIN(TestDecimation)
#include "tst_decimation.moc"
