// Wires route around cards, not under them (issue 14): the route is a pure function of the two
// ports and the cards' rectangles. Every row and every random layout checks that no segment
// passes through a card, that the wire keeps its margin from the cards it passes, that it leaves
// and enters its ports rightwards, and (against a brute-force search on a fine grid) that it
// finds a way whenever one exists and is not much longer than the shortest.
#include "canvas/wirerouting.h"

#include <QLineF>
#include <QRandomGenerator>
#include <QTest>
#include <cmath>
#include <deque>

namespace routing = wb::wirerouting;

namespace {

constexpr qreal kW = 160; // a card, as on the canvas
constexpr qreal kH = 100;

QRectF card(qreal x, qreal y)
{
    return QRectF(x, y, kW, kH);
}
QPointF out(const QRectF &c)
{
    return QPointF(c.right(), c.center().y());
}
QPointF in(const QRectF &c)
{
    return QPointF(c.left(), c.center().y());
}

qreal length(const QList<QPointF> &points)
{
    qreal sum = 0;
    for (qsizetype i = 0; i + 1 < points.size(); ++i)
        sum += QLineF(points.at(i), points.at(i + 1)).length();
    return sum;
}

// What every route must be; `others` are the cards that are neither end.
QString defects(const QList<QPointF> &points, QPointF start, QPointF end, const QRectF &source,
    const QRectF &target, const QList<QRectF> &others, bool keepsMargin)
{
    if (points.size() < 2 || points.first() != start || points.last() != end)
        return QStringLiteral("does not run from port to port");
    if (points.at(1).y() != start.y() || points.at(1).x() <= start.x())
        return QStringLiteral("does not leave the output port rightwards");
    const QPointF beforeEnd = points.at(points.size() - 2);
    if (beforeEnd.y() != end.y() || beforeEnd.x() >= end.x())
        return QStringLiteral("does not enter the input port from the left");
    for (qsizetype i = 0; i + 1 < points.size(); ++i) {
        const QPointF a = points.at(i);
        const QPointF b = points.at(i + 1);
        if (a.x() != b.x() && a.y() != b.y())
            return QStringLiteral("segment %1 is not axis-parallel").arg(i);
        QList<QRectF> cards = others;
        cards << source << target;
        for (const QRectF &r : std::as_const(cards)) {
            if (routing::crosses(a, b, r))
                return QStringLiteral("segment %1 runs under a card").arg(i);
        }
        if (!keepsMargin)
            continue;
        const qreal m = routing::kMargin - 0.5;
        for (const QRectF &r : others) {
            if (routing::crosses(a, b, r.adjusted(-m, -m, m, m)))
                return QStringLiteral("segment %1 passes a card closer than the margin").arg(i);
        }
    }
    return {};
}

// The shortest axis-parallel way from `from` to `to` on a grid of `step`, outside the cards
// grown by the margin; -1 when there is none. Slow and obviously right.
qreal bruteForce(QPointF from, QPointF to, const QList<QRectF> &cards, qreal step)
{
    QRectF region = QRectF(from, to).normalized();
    for (const QRectF &c : cards)
        region |= c;
    region.adjust(-120, -120, 120, 120);
    const int nx = int(region.width() / step) + 1;
    const int ny = int(region.height() / step) + 1;
    const qreal m = routing::kMargin;
    const auto freeAt = [&](int i, int j) {
        const QPointF p = region.topLeft() + QPointF(i * step, j * step);
        for (const QRectF &c : cards) {
            const QRectF g = c.adjusted(-m, -m, m, m);
            if (p.x() > g.left() && p.x() < g.right() && p.y() > g.top() && p.y() < g.bottom())
                return false;
        }
        return true;
    };
    const auto cell = [&](QPointF p) {
        return std::pair<int, int>(int(std::lround((p.x() - region.left()) / step)),
            int(std::lround((p.y() - region.top()) / step)));
    };
    const auto [si, sj] = cell(from);
    const auto [ti, tj] = cell(to);
    std::vector<int> dist(size_t(nx * ny), -1);
    std::deque<std::pair<int, int>> queue { { si, sj } };
    dist[size_t(sj * nx + si)] = 0;
    while (!queue.empty()) {
        const auto [i, j] = queue.front();
        queue.pop_front();
        if (i == ti && j == tj)
            return dist[size_t(j * nx + i)] * step;
        for (const auto &[di, dj] :
            { std::pair(1, 0), std::pair(-1, 0), std::pair(0, 1), std::pair(0, -1) }) {
            const int a = i + di;
            const int b = j + dj;
            if (a < 0 || b < 0 || a >= nx || b >= ny || dist[size_t(b * nx + a)] >= 0
                || !freeAt(a, b)) {
                continue;
            }
            dist[size_t(b * nx + a)] = dist[size_t(j * nx + i)] + 1;
            queue.push_back({ a, b });
        }
    }
    return -1;
}

} // namespace

class TestWireRouting final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void avoidsCards_data()
    {
        QTest::addColumn<QRectF>("source");
        QTest::addColumn<QRectF>("target");
        QTest::addColumn<QList<QRectF>>("others");
        QTest::addColumn<int>("maxCorners"); // points between the ports

        QTest::newRow("neighbours in a row: straight")
            << card(0, 0) << card(240, 0) << QList<QRectF>() << 0;
        QTest::newRow("one row down: one step")
            << card(0, 0) << card(240, 140) << QList<QRectF>() << 2;
        // The case: a clock wired to a node behind two others ran under both.
        QTest::newRow("behind two cards in a row")
            << card(0, 0) << card(720, 0) << QList<QRectF> { card(240, 0), card(480, 0) } << 4;
        QTest::newRow("behind a column of three")
            << card(0, 120) << card(480, 120)
            << QList<QRectF> { card(240, 0), card(240, 120), card(240, 240) } << 4;
        QTest::newRow("backwards: target left of the source")
            << card(480, 0) << card(0, 0) << QList<QRectF>() << 4;
        QTest::newRow("backwards past a card")
            << card(480, 0) << card(0, 0) << QList<QRectF> { card(240, 0) } << 4;
        QTest::newRow("target right below the source")
            << card(0, 0) << card(0, 160) << QList<QRectF>() << 4;
        QTest::newRow("a card in the way of the step")
            << card(0, 0) << card(480, 240) << QList<QRectF> { card(240, 100) } << 4;
        QTest::newRow("target in a pocket open to the left")
            << card(0, 200) << card(480, 200)
            << QList<QRectF> { card(440, 60), card(440, 340), card(680, 200) } << 4;
        QTest::newRow("cards close together (gap 40)")
            << card(0, 0) << card(600, 0)
            << QList<QRectF> { card(200, 0), card(400, -60), card(400, 60) } << 6;
    }

    void avoidsCards()
    {
        QFETCH(QRectF, source);
        QFETCH(QRectF, target);
        QFETCH(QList<QRectF>, others);
        QFETCH(int, maxCorners);
        QList<QRectF> obstacles = others;
        obstacles << source << target;
        const QList<QPointF> points = routing::route(out(source), in(target), obstacles);
        const QString problem
            = defects(points, out(source), in(target), source, target, others, true);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY2(points.size() - 2 <= maxCorners, qPrintable(QString::number(points.size())));
        // The drawn curve rounds the corners inside the margin: still off every card.
        const QPainterPath path = routing::smoothPath(points, routing::kMargin - 2);
        for (const QRectF &r : std::as_const(obstacles)) {
            for (int k = 0; k <= 400; ++k) {
                const QPointF p = path.pointAtPercent(k / 400.0);
                QVERIFY2(!r.adjusted(1, 1, -1, -1).contains(p),
                    qPrintable(QStringLiteral("curve at %1,%2").arg(p.x()).arg(p.y())));
            }
        }
    }

    void cardsOnTopOfEachOtherStillGiveAWire()
    {
        // No way keeps off every card: a wire from port to port all the same, never a hang.
        const QRectF a = card(0, 0);
        const QRectF b = card(40, 20);
        const QList<QPointF> points = routing::route(out(a), in(b), { a, b, card(20, 10) });
        QVERIFY(points.size() >= 2);
        QCOMPARE(points.first(), out(a));
        QCOMPARE(points.last(), in(b));
    }

    void crossesMeansThroughTheInside_data()
    {
        QTest::addColumn<QPointF>("a");
        QTest::addColumn<QPointF>("b");
        QTest::addColumn<bool>("crosses");
        // The rect is 0,0 100×50.
        QTest::newRow("through") << QPointF(-10, 25) << QPointF(110, 25) << true;
        QTest::newRow("along the top edge") << QPointF(-10, 0) << QPointF(110, 0) << false;
        QTest::newRow("along the left edge") << QPointF(0, -10) << QPointF(0, 60) << false;
        QTest::newRow("ends inside") << QPointF(-10, 25) << QPointF(50, 25) << true;
        QTest::newRow("starts on the edge, goes out")
            << QPointF(100, 25) << QPointF(200, 25) << false;
        QTest::newRow("starts on the edge, goes in") << QPointF(100, 25) << QPointF(90, 25) << true;
        QTest::newRow("above") << QPointF(-10, -1) << QPointF(110, -1) << false;
        QTest::newRow("touches a corner") << QPointF(-10, 10) << QPointF(10, -10) << false;
        QTest::newRow("diagonal through") << QPointF(-10, -10) << QPointF(110, 60) << true;
        QTest::newRow("a point inside") << QPointF(50, 25) << QPointF(50, 25) << true;
    }

    void crossesMeansThroughTheInside()
    {
        QFETCH(QPointF, a);
        QFETCH(QPointF, b);
        QFETCH(bool, crosses);
        QCOMPARE(routing::crosses(a, b, QRectF(0, 0, 100, 50)), crosses);
        QCOMPARE(routing::crosses(b, a, QRectF(0, 0, 100, 50)), crosses);
    }

    void randomLayoutsAgainstBruteForce()
    {
        // Cards on the canvas's 20 px grid, with gaps; the brute force walks a 5 px grid.
        QRandomGenerator random(14);
        int detours = 0;
        for (int layout = 0; layout < 60; ++layout) {
            QList<QRectF> cards;
            const int count = 3 + int(random.bounded(6));
            for (int attempt = 0; cards.size() < count && attempt < 200; ++attempt) {
                const QRectF c = card(20.0 * random.bounded(45), 20.0 * random.bounded(30));
                const QRectF spaced = c.adjusted(-40, -40, 40, 40);
                if (std::none_of(cards.cbegin(), cards.cend(),
                        [&](const QRectF &o) { return o.intersects(spaced); })) {
                    cards << c;
                }
            }
            const int s = int(random.bounded(int(cards.size())));
            int t = int(random.bounded(int(cards.size()) - 1));
            if (t >= s)
                ++t;
            const QRectF source = cards.at(s);
            const QRectF target = cards.at(t);
            QList<QRectF> others = cards;
            others.removeAt(std::max(s, t));
            others.removeAt(std::min(s, t));

            const QList<QPointF> points = routing::route(out(source), in(target), cards);
            const QString where = QStringLiteral("layout %1").arg(layout);
            // The stubs' ends: where the brute force starts and stops.
            const qreal stub = routing::kMargin + 6;
            const qreal shortest
                = bruteForce(out(source) + QPointF(stub, 0), in(target)-QPointF(stub, 0), cards, 5);
            const QString problem
                = defects(points, out(source), in(target), source, target, others, shortest >= 0);
            QVERIFY2(problem.isEmpty(), qPrintable(where + u": " + problem));
            if (shortest < 0)
                continue;
            const qreal mine = length(points) - 2 * stub;
            QVERIFY2(mine <= shortest * 1.25 + 120,
                qPrintable(QStringLiteral("%1: %2 long, the shortest %3")
                               .arg(where)
                               .arg(mine)
                               .arg(shortest)));
            if (points.size() > 4)
                ++detours;
        }
        QVERIFY(detours > 0); // the layouts did put cards in the way
    }

    void tagsGoBesideAFreeSegment_data()
    {
        QTest::addColumn<QList<QPointF>>("points");
        QTest::addColumn<QList<QRectF>>("obstacles");
        QTest::addColumn<int>("segment"); // that the label sits beside

        const QList<QPointF> step { { 0, 0 }, { 100, 0 }, { 100, 200 }, { 300, 200 } };
        QTest::newRow("straight: above and below the middle")
            << QList<QPointF> { { 0, 0 }, { 200, 0 } } << QList<QRectF>() << 0;
        QTest::newRow("the longer horizontal segment") << step << QList<QRectF>() << 2;
        // Wires out of one port share their first segment: their counts go on later ones.
        QTest::newRow("not the first segment, shared by a fan-out")
            << QList<QPointF> { { 0, 0 }, { 100, 0 }, { 100, 100 }, { 160, 100 } }
            << QList<QRectF>() << 2;
        QTest::newRow("a card over the longer one: the other")
            << step << QList<QRectF> { QRectF(150, 150, 100, 40) } << 0;
        QTest::newRow("cards over both: the vertical one")
            << step << QList<QRectF> { QRectF(150, 150, 100, 40), QRectF(20, -40, 60, 30) } << 1;
    }

    void tagsBetweenCloseCardsGoPastThem()
    {
        // Cards 60 apart and a badge wider than the gap: below the cards, not under them.
        const QList<QRectF> cards { QRectF(0, 0, 160, 100), QRectF(220, 0, 160, 100) };
        const QList<QPointF> points { { 160, 50 }, { 220, 50 } };
        const routing::Tags tags
            = routing::placeTags(points, QSizeF(30, 15), QSizeF(110, 15), cards);
        for (const QRectF &c : cards) {
            QVERIFY(!c.intersects(tags.label));
            QVERIFY(!c.intersects(tags.badge));
        }
        QVERIFY(tags.label.bottom() <= 50); // the small one fits above the wire, in the gap
        QVERIFY(tags.badge.top() >= 100);
        QVERIFY(tags.badge.top() < 140);
    }

    void tagsGoBesideAFreeSegment()
    {
        QFETCH(QList<QPointF>, points);
        QFETCH(QList<QRectF>, obstacles);
        QFETCH(int, segment);
        const QSizeF label(40, 15);
        const QSizeF badge(70, 15);
        const routing::Tags tags = routing::placeTags(points, label, badge, obstacles);
        QCOMPARE(tags.label.size(), label);
        QCOMPARE(tags.badge.size(), badge);
        for (const QRectF &r : { tags.label, tags.badge }) {
            for (const QRectF &o : std::as_const(obstacles))
                QVERIFY(!o.intersects(r));
            for (qsizetype i = 0; i + 1 < points.size(); ++i)
                QVERIFY(!routing::crosses(points.at(i), points.at(i + 1), r));
            // Right beside a segment's middle.
            bool beside = false;
            for (qsizetype i = 0; i + 1 < points.size(); ++i) {
                const QPointF mid = (points.at(i) + points.at(i + 1)) / 2;
                beside = beside || QLineF(r.center(), mid).length() < 50;
            }
            QVERIFY2(beside,
                qPrintable(QStringLiteral("%1,%2").arg(r.center().x()).arg(r.center().y())));
        }
        const QPointF mid = (points.at(segment) + points.at(segment + 1)) / 2;
        QVERIFY(QLineF(tags.label.center(), mid).length() < 30);
        // On either side of it, not on top of each other.
        QVERIFY(!tags.label.intersects(tags.badge));
        // No badge: no rect.
        QVERIFY(routing::placeTags(points, label, QSizeF(), obstacles).badge.isNull());
    }
};

QTEST_MAIN(TestWireRouting)
#include "tst_wirerouting.moc"
