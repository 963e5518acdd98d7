// The bit plot: decimation to pixels against a brute-force reference, and the plot's memory
// bound and live recording from a running circuit.
#include "circuit.h"
#include "meshruntime.h"
#include "panels/bitdecimation.h"
#include "panels/bitplot.h"

#include <QRandomGenerator>
#include <QTest>

using wb::bitplot::Edge;
using wb::bitplot::Level;

Q_DECLARE_METATYPE(std::vector<Edge>)

namespace {

// The signal sampled at every integer instant of each column: independent of the fast
// algorithm's bookkeeping, and exact because the test times are integers.
std::vector<Level> bruteForce(const std::vector<Edge> &edges, qint64 start, qint64 nsPerPixel,
                              int width, qint64 end)
{
    std::vector<Level> levels(std::size_t(std::max(0, width)), Level::None);
    if (nsPerPixel <= 0)
        return levels;
    for (int c = 0; c < width; ++c) {
        bool low = false;
        bool high = false;
        for (qint64 t = start + c * nsPerPixel; t < start + (c + 1) * nsPerPixel && t < end; ++t) {
            int value = -1;
            for (const Edge &e : edges) {
                if (e.timeNs <= t)
                    value = int(e.value);
            }
            low = low || value == 0;
            high = high || value == 1;
        }
        levels[std::size_t(c)] = low && high ? Level::Mixed
            : high                           ? Level::High
            : low                            ? Level::Low
                                             : Level::None;
    }
    return levels;
}

std::vector<Edge> randomEdges(quint32 seed, int count, qint64 maxGap, bool allowEqualTimes)
{
    QRandomGenerator random(seed);
    std::vector<Edge> edges;
    qint64 t = qint64(random.bounded(20));
    for (int i = 0; i < count; ++i) {
        t += allowEqualTimes ? qint64(random.bounded(int(maxGap) + 1))
                             : 1 + qint64(random.bounded(int(maxGap)));
        edges.push_back({ t, random.bounded(2) == 1 });
    }
    return edges;
}

QString describe(const std::vector<Level> &levels)
{
    QString text;
    for (Level l : levels)
        text += QLatin1Char("_LHM"[int(l)]);
    return text;
}

} // namespace

class TestBitPlot final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decimateMatchesBruteForce_data()
    {
        QTest::addColumn<std::vector<Edge>>("edges");
        QTest::addColumn<qint64>("start");
        QTest::addColumn<qint64>("nsPerPixel");
        QTest::addColumn<int>("width");
        QTest::addColumn<qint64>("end");

        const std::vector<Edge> square { { 10, true }, { 20, false }, { 30, true }, { 40, false } };
        QTest::newRow("empty") << std::vector<Edge> {} << qint64(0) << qint64(5) << 20 << qint64(100);
        QTest::newRow("single edge") << std::vector<Edge> { { 7, true } } << qint64(0) << qint64(3)
                                     << 10 << qint64(100);
        QTest::newRow("square, one pixel per ns")
            << square << qint64(0) << qint64(1) << 50 << qint64(60);
        QTest::newRow("square, edges on column starts")
            << square << qint64(0) << qint64(10) << 6 << qint64(60);
        QTest::newRow("square, coarse: mixed")
            << square << qint64(0) << qint64(25) << 3 << qint64(75);
        QTest::newRow("square, view starts mid-high")
            << square << qint64(33) << qint64(2) << 10 << qint64(60);
        QTest::newRow("view before any edge")
            << square << qint64(-50) << qint64(7) << 10 << qint64(60);
        QTest::newRow("end cuts the view")
            << square << qint64(0) << qint64(4) << 20 << qint64(33);
        QTest::newRow("end inside a column")
            << square << qint64(0) << qint64(6) << 10 << qint64(31);
        QTest::newRow("repeated values are not changes")
            << std::vector<Edge> { { 5, true }, { 9, true }, { 14, true }, { 20, false }, { 22, false } }
            << qint64(0) << qint64(4) << 8 << qint64(40);
        QTest::newRow("equal times: the last wins")
            << std::vector<Edge> { { 5, true }, { 12, false }, { 12, true }, { 18, false } }
            << qint64(0) << qint64(4) << 8 << qint64(40);
        QTest::newRow("zero width") << square << qint64(0) << qint64(4) << 0 << qint64(40);
        for (quint32 seed = 1; seed <= 12; ++seed) {
            const bool equal = seed % 3 == 0;
            const int count = 5 + int(seed * 7 % 60);
            const qint64 gap = 1 + seed % 9;
            const qint64 npp = 1 + (seed * 5) % 13;
            const qint64 start = qint64(seed % 4) * 17 - 10;
            const int width = 20 + int(seed * 11 % 40);
            const qint64 end = start + npp * width - qint64(seed % 2) * npp * 3 - 1;
            QTest::addRow("random %u", seed) << randomEdges(seed, count, gap, equal) << start
                                             << npp << width << end;
        }
    }

    void decimateMatchesBruteForce()
    {
        QFETCH(std::vector<Edge>, edges);
        QFETCH(qint64, start);
        QFETCH(qint64, nsPerPixel);
        QFETCH(int, width);
        QFETCH(qint64, end);
        const std::vector<Level> fast = wb::bitplot::decimate(edges, start, nsPerPixel, width, end);
        const std::vector<Level> reference = bruteForce(edges, start, nsPerPixel, width, end);
        QCOMPARE(describe(fast), describe(reference));
    }

    void decimateKnownPicture()
    {
        // Low until 10, high until 20, ...; 5 ns per pixel.
        const std::vector<Edge> square { { 0, false }, { 10, true }, { 20, false }, { 22, true } };
        QCOMPARE(describe(wb::bitplot::decimate(square, 0, 5, 8, 30)), QStringLiteral("LLHHMH__"));
    }

    void runsMergeEqualColumns()
    {
        const std::vector<Level> levels { Level::None, Level::Low, Level::Low, Level::Mixed,
                                          Level::High, Level::High, Level::High };
        const std::vector<wb::bitplot::Run> expected { { 0, 1, Level::None }, { 1, 3, Level::Low },
                                                       { 3, 4, Level::Mixed }, { 4, 7, Level::High } };
        QVERIFY(wb::bitplot::runs(levels) == expected);
        QVERIFY(wb::bitplot::runs({}).empty());
    }

    void plotStoresOnlyChangesWithinItsBound()
    {
        wb::Circuit circuit;
        wb::MeshRuntime runtime(&circuit);
        wb::NodeSpec led;
        led.name = QStringLiteral("led");
        led.kind = wb::NodeKind::Led;
        const wb::NodeId id = circuit.addNode(led);
        wb::BitPlot plot(&circuit, &runtime);
        QCOMPARE(plot.rows(), QList<wb::NodeId> { id });

        plot.record(id, true, 100);
        plot.record(id, true, 200); // no change: no edge
        plot.record(id, false, 300);
        QCOMPARE(plot.edges(id).size(), std::size_t(2));

        for (int i = 0; i < 3 * wb::BitPlot::kMaxEdgesPerRow; ++i)
            plot.record(id, i % 2 == 0, 1000 + i);
        const std::vector<Edge> edges = plot.edges(id);
        QVERIFY(edges.size() <= std::size_t(wb::BitPlot::kMaxEdgesPerRow));
        QVERIFY(edges.size() >= std::size_t(wb::BitPlot::kMaxEdgesPerRow / 2));
        // The newest edges are the ones kept.
        QCOMPARE(edges.back().timeNs, qint64(1000 + 3 * wb::BitPlot::kMaxEdgesPerRow - 1));
        QVERIFY(std::is_sorted(edges.begin(), edges.end(),
                               [](const Edge &a, const Edge &b) { return a.timeNs < b.timeNs; }));

        circuit.removeNode(id);
        QVERIFY(plot.rows().isEmpty());
        QVERIFY(plot.edges(id).empty());
    }

    void plotFollowsALiveLed()
    {
        wb::Circuit circuit;
        wb::MeshRuntime runtime(&circuit);
        wb::BitPlot plot(&circuit, &runtime);
        plot.resize(600, 200);
        wb::NodeSpec clock;
        clock.name = QStringLiteral("clock");
        clock.kind = wb::NodeKind::Clock;
        clock.params = { { QStringLiteral("tacks"), qint64(3) }, { QStringLiteral("delay"), 0.01 } };
        wb::NodeSpec led;
        led.name = QStringLiteral("led");
        led.kind = wb::NodeKind::Led;
        const wb::NodeId c = circuit.addNode(clock);
        const wb::NodeId l = circuit.addNode(led); // port 0: the kernel picks one
        QVERIFY(circuit.addWire(c, l));
        runtime.startAll();
        QTRY_VERIFY_WITH_TIMEOUT(runtime.clocksDone(), 10000);
        // Ticks "0", "1", "2": the LED went on at "1" and off again at "2".
        const std::vector<Edge> edges = plot.edges(l);
        QCOMPARE(edges.size(), std::size_t(3));
        QCOMPARE(edges.at(0).value, false);
        QCOMPARE(edges.at(1).value, true);
        QCOMPARE(edges.at(2).value, false);
        plot.grab(); // paints without trouble
        runtime.stopAll();
    }
};

QTEST_MAIN(TestBitPlot)
#include "tst_bitplot.moc"
