// The sequence chart's geometry, pure functions row by row: time -> y with idle-time
// compression and its inverse, lanes, clipping, hit testing, and decimation checked against
// a brute-force reference (every message's arrow, merged by rows) on random recordings.
#include "chart/chartgeometry.h"
#include "chart/sequencemodel.h"
#include "chartkit.h"

#include <QTest>
#include <map>

using namespace wb;
using namespace wb::chartgeometry;
using Gaps = std::vector<SequenceModel::Gap>;

Q_DECLARE_METATYPE(Gaps)

namespace {

// Every visible message's arrow and ack, merged by (kind, end, lanes, rows): what arrows()
// must return, however it gets there.
std::vector<Arrow> bruteForce(const SequenceModel &model, const View &view)
{
    std::map<std::tuple<int, int, int, int, int, int>, Arrow> merged;
    for (qint64 i = 0; i < model.size(); ++i) {
        for (const Arrow::Kind kind : { Arrow::Kind::Message, Arrow::Kind::Ack }) {
            const auto a = arrowOf(model, i, kind, view);
            if (!a)
                continue;
            const auto key
                = std::tuple(int(a->kind), int(a->end), a->fromLane, a->toLane, a->y0, a->y1);
            const auto [it, inserted] = merged.try_emplace(key, *a);
            if (!inserted) {
                it->second.count += a->count;
                it->second.flags |= a->flags;
                it->second.first = std::min(it->second.first, a->first);
            }
        }
    }
    std::vector<Arrow> result;
    for (const auto &[key, arrow] : merged)
        result.push_back(arrow);
    std::ranges::sort(result);
    return result;
}

} // namespace

class TestChartGeometry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void timeToY_data();
    void timeToY();
    void inverse_data();
    void inverse();
    void breaks();
    void lanes_data();
    void lanes();
    void clipping_data();
    void clipping();
    void decimation_data();
    void decimation();
    void decimationBound();
    void hitTest();
};

void TestChartGeometry::timeToY_data()
{
    QTest::addColumn<Gaps>("gaps");
    QTest::addColumn<qint64>("origin");
    QTest::addColumn<double>("nsPerPixel");
    QTest::addColumn<qint64>("threshold");
    QTest::addColumn<qint64>("time");
    QTest::addColumn<double>("y");
    // Scale 10 ns per pixel, breaks 16 px tall.
    const Gaps one { { 100, 1100 } };
    const Gaps two { { 100, 1100 }, { 1200, 5200 } };
    QTest::newRow("linear: origin")
        << Gaps() << qint64(1000) << 10.0 << qint64(50) << qint64(1000) << 0.0;
    QTest::newRow("linear: after")
        << Gaps() << qint64(1000) << 10.0 << qint64(50) << qint64(1100) << 10.0;
    QTest::newRow("linear: before")
        << Gaps() << qint64(1000) << 10.0 << qint64(50) << qint64(900) << -10.0;
    QTest::newRow("gap: its start")
        << one << qint64(0) << 10.0 << qint64(50) << qint64(100) << 10.0;
    QTest::newRow("gap: half-way") << one << qint64(0) << 10.0 << qint64(50) << qint64(600) << 18.0;
    QTest::newRow("gap: its end") << one << qint64(0) << 10.0 << qint64(50) << qint64(1100) << 26.0;
    QTest::newRow("gap: after") << one << qint64(0) << 10.0 << qint64(50) << qint64(1200) << 36.0;
    QTest::newRow("gap below the threshold")
        << one << qint64(0) << 10.0 << qint64(1000) << qint64(1200) << 120.0;
    QTest::newRow("gap shorter than its break")
        << Gaps { { 100, 200 } } << qint64(0) << 10.0 << qint64(50) << qint64(300) << 30.0;
    QTest::newRow("compression off")
        << one << qint64(0) << 10.0 << qint64(-1) << qint64(1200) << 120.0;
    QTest::newRow("origin inside a gap: end")
        << one << qint64(600) << 10.0 << qint64(50) << qint64(1100) << 8.0;
    QTest::newRow("origin inside a gap: start")
        << one << qint64(600) << 10.0 << qint64(50) << qint64(100) << -8.0;
    QTest::newRow("origin inside a gap: before")
        << one << qint64(600) << 10.0 << qint64(50) << qint64(0) << -18.0;
    QTest::newRow("two gaps") << two << qint64(0) << 10.0 << qint64(50) << qint64(5300) << 62.0;
    QTest::newRow("two gaps: between")
        << two << qint64(0) << 10.0 << qint64(50) << qint64(1150) << 31.0;
    QTest::newRow("zoomed out: the second gap only")
        << two << qint64(0) << 100.0 << qint64(50) << qint64(5300) << 13.0 + 16.0;
}

void TestChartGeometry::timeToY()
{
    QFETCH(Gaps, gaps);
    QFETCH(qint64, origin);
    QFETCH(double, nsPerPixel);
    QFETCH(qint64, threshold);
    QFETCH(qint64, time);
    QFETCH(double, y);
    const TimeAxis axis(gaps, { origin, nsPerPixel, threshold, 16 });
    QCOMPARE(axis.y(time), y);
    std::size_t hint = gaps.size(); // a wrong hint still finds it
    QCOMPARE(axis.y(time, hint), y);
    hint = 0;
    QCOMPARE(axis.y(time, hint), y);
    QCOMPARE(axis.time(y), time);
}

void TestChartGeometry::inverse_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed = 1; seed <= 40; ++seed)
        QTest::addRow("random %u", seed) << seed;
}

// Monotonic, and y -> time gives the time back, on random gaps and scales.
void TestChartGeometry::inverse()
{
    QFETCH(quint32, seed);
    QRandomGenerator random(seed);
    Gaps gaps;
    qint64 t = random.bounded(1'000'000);
    for (int i = 0; i < int(random.bounded(200)); ++i) {
        t += 1 + random.bounded(10'000'000);
        const qint64 end = t + 1 + random.bounded(5'000'000'000LL);
        gaps.push_back({ t, end });
        t = end;
    }
    TimeAxis::Options options;
    options.originNs = random.bounded(t + 1);
    options.nsPerPixel = std::pow(10.0, random.bounded(7.0)) * 0.5;
    options.idleThresholdNs = random.bounded(2) ? random.bounded(100'000'000) : -1;
    options.breakHeight = 1 + random.bounded(30);
    const TimeAxis axis(gaps, options);
    std::vector<qint64> times;
    for (int i = 0; i < 2000; ++i)
        times.push_back(random.bounded(t + 1'000'000'000));
    for (const auto &g : gaps) // the edges of every gap
        times.insert(times.end(), { g.fromNs - 1, g.fromNs, g.fromNs + 1, g.toNs, g.toNs + 1 });
    std::ranges::sort(times);
    double previous = -std::numeric_limits<double>::infinity();
    std::size_t hint = 0;
    for (const qint64 time : times) {
        const double y = axis.y(time);
        QCOMPARE(axis.y(time, hint), y);
        QVERIFY2(y >= previous, qPrintable(QString::number(time)));
        previous = y;
        const qint64 back = axis.time(y);
        // A double's precision of y, in the ns a pixel holds there (a long gap's break: many).
        const double tolerance
            = 2 + std::abs(y) * 1e-12 * std::max(options.nsPerPixel, 5e9 / options.breakHeight);
        QVERIFY2(double(std::abs(back - time)) <= tolerance,
            qPrintable(QStringLiteral("%1 -> %2 -> %3").arg(time).arg(y).arg(back)));
    }
}

void TestChartGeometry::breaks()
{
    const Gaps gaps { { 100, 1100 }, { 1200, 5200 }, { 6000, 6010 } };
    const TimeAxis axis(gaps, { 0, 10.0, 50, 16 });
    const auto all = axis.breaksIn(-100, 1000);
    QCOMPARE(all.size(), std::size_t(2)); // the third is shorter than a break
    QCOMPARE(all[0].y0, 10.0);
    QCOMPARE(all[0].y1, 26.0);
    QCOMPARE(all[1].fromNs, 1200);
    QCOMPARE(all[1].y0, 36.0);
    QCOMPARE(axis.breaksIn(27, 35).size(), std::size_t(0));
    QCOMPARE(axis.breaksIn(20, 30).size(), std::size_t(1)); // meets the first
}

void TestChartGeometry::lanes_data()
{
    QTest::addColumn<double>("x");
    QTest::addColumn<int>("lane");
    QTest::newRow("left of the lanes") << 9.0 << -1;
    QTest::newRow("first column's edge") << 10.0 << 0;
    QTest::newRow("first lifeline") << 60.0 << 0;
    QTest::newRow("second") << 110.0 << 1;
    QTest::newRow("last") << 309.9 << 2;
    QTest::newRow("right of the lanes") << 310.0 << -1;
}

void TestChartGeometry::lanes()
{
    QFETCH(double, x);
    QFETCH(int, lane);
    const LaneLayout layout { 10, 100 };
    QCOMPARE(laneAt(x, layout, 3), lane);
    if (lane >= 0)
        QCOMPARE(laneAt(laneX(lane, layout), layout, 3), lane);
    QCOMPARE(laneX(0, layout), 60.0);
    QCOMPARE(laneX(2, layout), 260.0);
    QCOMPARE(dropX(0, 2, layout), 160.0);
    QCOMPARE(dropX(2, 0, layout), 160.0);
}

void TestChartGeometry::clipping_data()
{
    QTest::addColumn<QLineF>("line");
    QTest::addColumn<bool>("visible");
    QTest::addColumn<QLineF>("clipped");
    QTest::addColumn<bool>("startClipped");
    QTest::addColumn<bool>("endClipped");
    // The rectangle is (0, 0) to (20, 20).
    QTest::newRow("inside") << QLineF(1, 2, 19, 18) << true << QLineF(1, 2, 19, 18) << false
                            << false;
    QTest::newRow("in from the left")
        << QLineF(-10, 5, 10, 5) << true << QLineF(0, 5, 10, 5) << true << false;
    QTest::newRow("out to the bottom")
        << QLineF(10, 10, 10, 30) << true << QLineF(10, 10, 10, 20) << false << true;
    QTest::newRow("upwards, in from below")
        << QLineF(10, 30, 10, 10) << true << QLineF(10, 20, 10, 10) << true << false;
    QTest::newRow("through") << QLineF(5, -10, 5, 30) << true << QLineF(5, 0, 5, 20) << true
                             << true;
    QTest::newRow("corner to corner")
        << QLineF(-10, -10, 30, 30) << true << QLineF(0, 0, 20, 20) << true << true;
    QTest::newRow("outside") << QLineF(-10, -10, -5, -5) << false << QLineF() << false << false;
    QTest::newRow("passes a corner")
        << QLineF(-10, 5, 5, -10) << false << QLineF() << false << false;
    QTest::newRow("on the edge") << QLineF(0, -5, 0, 25) << true << QLineF(0, 0, 0, 20) << true
                                 << true;
    QTest::newRow("a point inside")
        << QLineF(5, 5, 5, 5) << true << QLineF(5, 5, 5, 5) << false << false;
    QTest::newRow("a point outside") << QLineF(25, 5, 25, 5) << false << QLineF() << false << false;
}

void TestChartGeometry::clipping()
{
    QFETCH(QLineF, line);
    QFETCH(bool, visible);
    QFETCH(QLineF, clipped);
    QFETCH(bool, startClipped);
    QFETCH(bool, endClipped);
    const auto result = clip(line, QRectF(0, 0, 20, 20));
    QCOMPARE(result.has_value(), visible);
    if (!result)
        return;
    QCOMPARE(result->line, clipped);
    QCOMPARE(result->startClipped, startClipped);
    QCOMPARE(result->endClipped, endClipped);
}

void TestChartGeometry::decimation_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("messages");
    QTest::addColumn<int>("zoom"); // 0: the whole recording; k: 1/10^k of it
    QTest::addColumn<bool>("compress");
    QTest::addColumn<bool>("hideOne");
    for (quint32 seed = 1; seed <= 24; ++seed) {
        QTest::addRow("seed %u", seed)
            << seed << int(50 + seed * 150) << int(seed % 5) << (seed % 3 != 0) << (seed % 4 == 0);
    }
    QTest::newRow("empty") << 99u << 0 << 0 << true << false;
}

// arrows() against the brute-force reference: the same arrows, counts, flags and first indices.
void TestChartGeometry::decimation()
{
    QFETCH(quint32, seed);
    QFETCH(int, messages);
    QFETCH(int, zoom);
    QFETCH(bool, compress);
    QFETCH(bool, hideOne);
    Recording recording;
    const auto run = wbtest::randomChartRun(seed, messages);
    wbtest::appendChartRun(&recording, run);
    SequenceModel model(&recording);
    model.update();
    QRandomGenerator random(seed);
    QList<NodeId> order { 3, 1 };
    std::vector<int> lanes = model.lanes(order);
    if (hideOne)
        lanes[std::size_t(model.participantOf(2))] = -1;
    const qint64 first = model.firstNs();
    const qint64 span = std::max<qint64>(1, model.nowNs() - first);
    for (int frame = 0; frame < 6; ++frame) {
        const double height = 50 + random.bounded(700);
        TimeAxis::Options options;
        options.nsPerPixel = double(span) / height / std::pow(10.0, zoom + frame % 2);
        options.originNs = first + random.bounded(span) - (zoom ? 0 : span / 10);
        options.idleThresholdNs = compress ? 1'000'000 : -1;
        const TimeAxis axis(model.gaps(), options);
        const View view { &axis, height, &lanes };
        const auto fast = arrows(model, view);
        const auto slow = bruteForce(model, view);
        QCOMPARE(fast.size(), slow.size());
        for (std::size_t i = 0; i < fast.size(); ++i)
            QCOMPARE(fast[i], slow[i]);
    }
}

// Zoomed out, the arrows are bounded by rows and lane pairs, not by messages.
void TestChartGeometry::decimationBound()
{
    Recording recording;
    wbtest::appendChartRun(&recording, wbtest::randomChartRun(7, 20'000));
    SequenceModel model(&recording);
    model.update();
    const std::vector<int> lanes = model.lanes({});
    const int pairs = SequenceModel::laneCount(lanes) * SequenceModel::laneCount(lanes);
    const double height = 300;
    const TimeAxis axis(model.gaps(),
        { model.firstNs(), double(model.nowNs() - model.firstNs()) / height, 1'000'000, 16 });
    const auto result = arrows(model, { &axis, height, &lanes });
    qint64 count = 0;
    for (const Arrow &a : result)
        count += a.count;
    QVERIFY(count > 20'000); // every message and most acks ...
    // ... in at most one arrow per kind, end, lane pair and (start, end) rows; the latencies
    // here are within 2 of rows but for a few long ones.
    QVERIFY2(result.size() <= std::size_t(2 * 3 * pairs * (height + 2) * 3),
        qPrintable(QString::number(result.size())));
    QVERIFY2(result.size() < 20'000, qPrintable(QString::number(result.size())));
}

void TestChartGeometry::hitTest()
{
    Recording recording;
    recording.setNode(1, QStringLiteral("a"), NodeKind::Proxy);
    recording.setNode(2, QStringLiteral("b"), NodeKind::Proxy);
    using Type = TrafficEvent::Type;
    const auto add = [&](Type type, qint64 t, NodeId node, NodeId peer) {
        TrafficEvent e;
        e.type = type;
        e.timeNs = t;
        e.node = node;
        e.peer = peer;
        e.channel = QStringLiteral("/c");
        e.messageId = 5;
        e.text = QStringLiteral("x");
        recording.append(e);
    };
    add(Type::Sent, 1000, 1, 2);
    add(Type::Received, 2000, 2, 0);
    add(Type::AckSent, 3000, 2, 0);
    add(Type::AckReceived, 4000, 1, 2);
    SequenceModel model(&recording);
    model.update();
    QCOMPARE(model.size(), 1);
    const std::vector<int> lanes = model.lanes({ 1, 2 });
    const TimeAxis axis(model.gaps(), { 0, 10.0, -1, 16 }); // y = t / 10
    const View view { &axis, 600, &lanes };
    const LaneLayout layout { 0, 100 }; // lifelines at 50 and 150
    QCOMPARE(hit(model, view, layout, { 100, 150 }).index, 0); // the message, half-way
    QCOMPARE(int(hit(model, view, layout, { 100, 150 }).kind), int(Arrow::Kind::Message));
    const Hit ack = hit(model, view, layout, { 101, 351 });
    QCOMPARE(ack.index, 0);
    QCOMPARE(int(ack.kind), int(Arrow::Kind::Ack));
    QCOMPARE(hit(model, view, layout, { 100, 250 }).index, -1); // between the two
    QCOMPARE(hit(model, view, layout, { 10, 100 }).index, -1); // left of the sender
}

QTEST_GUILESS_MAIN(TestChartGeometry)
#include "tst_chartgeometry.moc"
