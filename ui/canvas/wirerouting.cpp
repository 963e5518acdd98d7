#include "wirerouting.h"

#include <QLineF>
#include <algorithm>
#include <cmath>
#include <limits>
#include <queue>
#include <vector>

namespace wb::wirerouting {

namespace {

// The straight bit out of a port before a wire may turn, beyond the margin.
constexpr qreal kStub = 6;
// A turn costs as much as this much length: a way with fewer turns is easier to follow.
constexpr qreal kBendCost = 40;
// The first search looks this far around the ports; only a wire with no way there searches
// among every card.
constexpr qreal kWindow = 240;
constexpr qreal kEpsilon = 1e-6;

bool strictlyInside(QPointF p, const QRectF &r)
{
    return p.x() > r.left() + kEpsilon && p.x() < r.right() - kEpsilon && p.y() > r.top() + kEpsilon
        && p.y() < r.bottom() - kEpsilon;
}

QList<QRectF> grown(const QList<QRectF> &rects, qreal margin)
{
    QList<QRectF> out;
    out.reserve(rects.size());
    for (const QRectF &r : rects)
        out << r.normalized().adjusted(-margin, -margin, margin, margin);
    return out;
}

bool insideAny(QPointF p, const QList<QRectF> &rects)
{
    return std::any_of(
        rects.cbegin(), rects.cend(), [p](const QRectF &r) { return strictlyInside(p, r); });
}

bool clear(const QList<QPointF> &points, const QList<QRectF> &rects)
{
    for (qsizetype i = 0; i + 1 < points.size(); ++i) {
        for (const QRectF &r : rects) {
            if (crosses(points.at(i), points.at(i + 1), r))
                return false;
        }
    }
    return true;
}

// Drops repeated points and the middle one of three in a line.
QList<QPointF> simplified(const QList<QPointF> &points)
{
    QList<QPointF> out;
    for (const QPointF &p : points) {
        if (!out.isEmpty() && QLineF(out.last(), p).length() < kEpsilon)
            continue;
        if (out.size() >= 2) {
            const QPointF a = out.at(out.size() - 2);
            const QPointF b = out.last();
            const bool sameX
                = std::abs(a.x() - b.x()) < kEpsilon && std::abs(b.x() - p.x()) < kEpsilon;
            const bool sameY
                = std::abs(a.y() - b.y()) < kEpsilon && std::abs(b.y() - p.y()) < kEpsilon;
            if (sameX || sameY)
                out.removeLast();
        }
        out << p;
    }
    return out;
}

QList<qreal> sortedUnique(QList<qreal> values)
{
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end(),
                     [](qreal a, qreal b) { return std::abs(a - b) < kEpsilon; }),
        values.end());
    return values;
}

qsizetype indexOf(const QList<qreal> &values, qreal v)
{
    const auto it = std::lower_bound(values.cbegin(), values.cend(), v - kEpsilon);
    return it - values.cbegin();
}

// The shortest way between two points along the lines through the obstacles' edges (the
// Hanan grid: among rectangles a shortest axis-parallel way runs on it), with a cost per turn.
// Only the part of the plane inside `window` is searched; `rects` are the grown obstacles.
class GridSearch
{
public:
    GridSearch(QPointF from, QPointF to, const QRectF &window, const QList<QRectF> &rects)
        : m_window(window)
    {
        QList<qreal> xs { from.x(), to.x(), (from.x() + to.x()) / 2, window.left(),
            window.right() };
        QList<qreal> ys { from.y(), to.y(), (from.y() + to.y()) / 2, window.top(),
            window.bottom() };
        for (const QRectF &r : rects) {
            if (!r.intersects(window))
                continue;
            const QRectF c = r.intersected(window);
            m_rects << c;
            xs << c.left() << c.right();
            ys << c.top() << c.bottom();
        }
        m_xs = sortedUnique(xs);
        m_ys = sortedUnique(ys);
        m_nx = int(m_xs.size());
        m_ny = int(m_ys.size());
        m_cells.fill(false, qsizetype(m_nx - 1) * (m_ny - 1));
        for (const QRectF &r : std::as_const(m_rects)) {
            const qsizetype i0 = indexOf(m_xs, r.left());
            const qsizetype i1 = indexOf(m_xs, r.right());
            const qsizetype j0 = indexOf(m_ys, r.top());
            const qsizetype j1 = indexOf(m_ys, r.bottom());
            for (qsizetype j = j0; j < j1; ++j) {
                for (qsizetype i = i0; i < i1; ++i)
                    m_cells[j * (m_nx - 1) + i] = true;
            }
        }
        m_from = { int(indexOf(m_xs, from.x())), int(indexOf(m_ys, from.y())) };
        m_to = { int(indexOf(m_xs, to.x())), int(indexOf(m_ys, to.y())) };
    }

    // The corner points from `from` to `to`, leaving and arriving rightwards where it can;
    // empty when there is no way inside the window.
    QList<QPointF> find() const
    {
        enum Dir { Right, Left, Down, Up };
        static constexpr int kDx[] = { 1, -1, 0, 0 };
        static constexpr int kDy[] = { 0, 0, 1, -1 };
        const int states = m_nx * m_ny * 4;
        std::vector<qreal> dist(size_t(states), std::numeric_limits<qreal>::infinity());
        std::vector<int> prev(size_t(states), -1);
        using Entry = std::pair<qreal, int>;
        std::priority_queue<Entry, std::vector<Entry>, std::greater<>> queue;
        const int start = (m_from.second * m_nx + m_from.first) * 4 + Right;
        dist[size_t(start)] = 0;
        queue.push({ 0, start });
        int best = -1;
        qreal bestCost = std::numeric_limits<qreal>::infinity();
        while (!queue.empty()) {
            const auto [cost, state] = queue.top();
            queue.pop();
            if (cost > dist[size_t(state)] || cost >= bestCost)
                continue;
            const int dir = state % 4;
            const int cell = state / 4;
            const int i = cell % m_nx;
            const int j = cell / m_nx;
            if (i == m_to.first && j == m_to.second) {
                const qreal total = cost + (dir == Right ? 0 : kBendCost);
                if (total < bestCost) {
                    bestCost = total;
                    best = state;
                }
                continue;
            }
            for (int d = 0; d < 4; ++d) {
                if ((d ^ 1) == dir) // never straight back
                    continue;
                const int ni = i + kDx[d];
                const int nj = j + kDy[d];
                if (ni < 0 || nj < 0 || ni >= m_nx || nj >= m_ny || !edgeFree(i, j, ni, nj))
                    continue;
                const qreal length
                    = std::abs(m_xs.at(ni) - m_xs.at(i)) + std::abs(m_ys.at(nj) - m_ys.at(j));
                const qreal next = cost + length + (d == dir ? 0 : kBendCost);
                const int to = (nj * m_nx + ni) * 4 + d;
                if (next < dist[size_t(to)]) {
                    dist[size_t(to)] = next;
                    prev[size_t(to)] = state;
                    queue.push({ next, to });
                }
            }
        }
        QList<QPointF> points;
        for (int s = best; s >= 0; s = prev[size_t(s)]) {
            const int cell = s / 4;
            points.prepend(QPointF(m_xs.at(cell % m_nx), m_ys.at(cell / m_nx)));
        }
        return points;
    }

private:
    bool blocked(int i, int j) const
    {
        if (i < 0 || j < 0 || i >= m_nx - 1 || j >= m_ny - 1)
            return false;
        return m_cells.at(qsizetype(j) * (m_nx - 1) + i);
    }
    // A grid edge lies inside an obstacle when the cells on both its sides do (its ends are
    // neighbours: no obstacle edge between them).
    bool edgeFree(int i, int j, int ni, int nj) const
    {
        if (nj == j) {
            const int x = std::min(i, ni);
            return !(blocked(x, j - 1) && blocked(x, j));
        }
        const int y = std::min(j, nj);
        return !(blocked(i - 1, y) && blocked(i, y));
    }

    QRectF m_window;
    QList<QRectF> m_rects;
    QList<qreal> m_xs;
    QList<qreal> m_ys;
    int m_nx = 0;
    int m_ny = 0;
    QList<bool> m_cells;
    std::pair<int, int> m_from;
    std::pair<int, int> m_to;
};

QList<QPointF> plain(QPointF start, QPointF end, qreal stub)
{
    if (end.x() - start.x() >= 2 * stub) {
        const qreal mx = (start.x() + end.x()) / 2;
        return simplified({ start, QPointF(mx, start.y()), QPointF(mx, end.y()), end });
    }
    const qreal my = (start.y() + end.y()) / 2;
    return simplified({ start, start + QPointF(stub, 0), QPointF(start.x() + stub, my),
        QPointF(end.x() - stub, my), end - QPointF(stub, 0), end });
}

} // namespace

bool crosses(QPointF a, QPointF b, const QRectF &rect)
{
    // Liang–Barsky: the part of a–b inside the closed rectangle, then whether its middle is
    // inside the open one (a chord along an edge has its middle on the edge).
    const QRectF r = rect.normalized();
    const qreal dx = b.x() - a.x();
    const qreal dy = b.y() - a.y();
    qreal t0 = 0;
    qreal t1 = 1;
    const qreal p[] = { -dx, dx, -dy, dy };
    const qreal q[] = { a.x() - r.left(), r.right() - a.x(), a.y() - r.top(), r.bottom() - a.y() };
    for (int k = 0; k < 4; ++k) {
        if (std::abs(p[k]) < kEpsilon) {
            if (q[k] < 0)
                return false;
            continue;
        }
        const qreal t = q[k] / p[k];
        if (p[k] < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
    }
    if (t0 > t1)
        return false;
    const qreal mid = (t0 + t1) / 2;
    return strictlyInside(QPointF(a.x() + mid * dx, a.y() + mid * dy), r);
}

QList<QPointF> route(QPointF start, QPointF end, const QList<QRectF> &obstacles, qreal margin)
{
    for (const qreal m : { margin, margin / 2, 0.0 }) {
        const qreal stub = m + kStub;
        const QPointF from = start + QPointF(stub, 0);
        const QPointF to = end - QPointF(stub, 0);
        const QList<QRectF> rects = grown(obstacles, m);
        if (insideAny(from, rects) || insideAny(to, rects))
            continue;
        // Most wires run straight, or with one step halfway between their cards.
        if (to.x() >= from.x()) {
            const qreal mx = (start.x() + end.x()) / 2;
            const QList<QPointF> direct { from, QPointF(mx, from.y()), QPointF(mx, to.y()), to };
            if (clear(direct, rects))
                return simplified({ start, direct.at(1), direct.at(2), end });
        }
        const QRectF near
            = QRectF(from, to).normalized().adjusted(-kWindow, -kWindow, kWindow, kWindow);
        QRectF all = near;
        for (const QRectF &r : rects)
            all |= r;
        all.adjust(-3 * m - kStub, -3 * m - kStub, 3 * m + kStub, 3 * m + kStub);
        for (const QRectF &window : { near, all }) {
            QList<QPointF> way = GridSearch(from, to, window, rects).find();
            if (!way.isEmpty()) {
                way.prepend(start);
                way.append(end);
                return simplified(way);
            }
            if (window == all)
                break;
        }
    }
    return plain(start, end, margin + kStub);
}

QPainterPath smoothPath(const QList<QPointF> &points, qreal radius)
{
    if (points.isEmpty())
        return {};
    QPainterPath path(points.first());
    for (qsizetype k = 1; k + 1 < points.size(); ++k) {
        const QPointF corner = points.at(k);
        const QLineF in(corner, points.at(k - 1));
        const QLineF out(corner, points.at(k + 1));
        const qreal r = std::min({ radius, in.length() / 2, out.length() / 2 });
        if (r <= kEpsilon) {
            path.lineTo(corner);
            continue;
        }
        // Inside the corner's r × r square, on the inner side of the turn: never nearer a card
        // than the margin when r is at most the margin.
        path.lineTo(in.pointAt(r / in.length()));
        path.quadTo(corner, out.pointAt(r / out.length()));
    }
    if (points.size() > 1)
        path.lineTo(points.last());
    return path;
}

Tags placeTags(
    const QList<QPointF> &points, QSizeF label, QSizeF badge, const QList<QRectF> &obstacles)
{
    constexpr qreal kGap = 5;
    constexpr qreal kStep = 8;
    constexpr int kSteps = 20;
    struct Candidate
    {
        qsizetype segment;
        bool horizontal;
        qreal length;
    };
    QList<Candidate> candidates;
    for (qsizetype k = 0; k + 1 < points.size(); ++k) {
        const QLineF line(points.at(k), points.at(k + 1));
        const bool horizontal = std::abs(line.dy()) <= std::abs(line.dx());
        candidates.append({ k, horizontal, line.length() });
    }
    // Wires out of one port share their first segment: the tags of each go on a later one
    // where there is one, so that they do not land on top of each other.
    const qsizetype horizontals = std::count_if(
        candidates.cbegin(), candidates.cend(), [](const Candidate &c) { return c.horizontal; });
    const auto shared = [horizontals](const Candidate &c) {
        return c.segment == 0 && horizontals > 1;
    };
    std::stable_sort(
        candidates.begin(), candidates.end(), [&shared](const Candidate &a, const Candidate &b) {
            if (a.horizontal != b.horizontal)
                return a.horizontal;
            if (shared(a) != shared(b))
                return shared(b);
            return a.length > b.length;
        });

    const auto beside = [&](const Candidate &c, QSizeF size, qreal side, qreal extra) {
        const QPointF a = points.at(c.segment);
        const QPointF b = points.at(c.segment + 1);
        const QPointF mid = (a + b) / 2;
        // Left of the direction of travel: above a wire going right, right of one going down.
        const QLineF line(a, b);
        const qreal len = std::max(line.length(), kEpsilon);
        const QPointF normal(line.dy() / len, -line.dx() / len);
        const qreal reach = (c.horizontal ? size.height() / 2 : size.width() / 2) + kGap + extra;
        const QPointF centre = mid + normal * (reach * side);
        return QRectF(centre.x() - size.width() / 2, centre.y() - size.height() / 2, size.width(),
            size.height());
    };
    const auto free = [&](const QRectF &rect, const QRectF &other) {
        if (rect.intersects(other))
            return false;
        for (const QRectF &o : obstacles) {
            if (o.intersects(rect))
                return false;
        }
        for (qsizetype k = 0; k + 1 < points.size(); ++k) {
            if (crosses(points.at(k), points.at(k + 1), rect))
                return false;
        }
        return true;
    };
    // The nearest free place: beside a segment, else a little farther out (between cards
    // closer than the tag is wide it goes past them, never under them).
    const auto find = [&](QSizeF size, qreal side, const QRectF &other) {
        if (size.isEmpty() || candidates.isEmpty())
            return QRectF();
        for (int step = 0; step <= kSteps; ++step) {
            for (const Candidate &c : std::as_const(candidates)) {
                const QRectF rect = beside(c, size, side, step * kStep);
                if (free(rect, other))
                    return rect;
            }
        }
        return beside(candidates.first(), size, side, 0);
    };
    Tags tags;
    tags.label = find(label, 1, QRectF());
    tags.badge = find(badge, -1, tags.label);
    return tags;
}

} // namespace wb::wirerouting
