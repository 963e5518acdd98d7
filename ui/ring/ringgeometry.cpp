#include "ringgeometry.h"

#include <QLineF>
#include <algorithm>
#include <cmath>
#include <numbers>

namespace wb::ringgeometry {

namespace {

// Cards wider than tall sit on an ellipse this much wider than tall.
constexpr qreal kAspect = 1.5;
constexpr qreal kMinRadius = 150;
constexpr qreal kRadiusStep = 10;
// How far a bypass keeps off the card of the member it goes round.
constexpr qreal kBypassMargin = 26;

QList<QPointF> corners(int n, QPointF centre, QSizeF card, qreal radius)
{
    QList<QPointF> list;
    list.reserve(n);
    for (int i = 0; i < n; ++i) {
        // From the top (-90°), clockwise on the screen (y grows downwards).
        const qreal angle = -std::numbers::pi / 2 + 2 * std::numbers::pi * i / n;
        const QPointF at(
            centre.x() + kAspect * radius * std::cos(angle), centre.y() + radius * std::sin(angle));
        // On the canvas's grid of 20, as a placed card is.
        const QPointF corner = at - QPointF(card.width() / 2, card.height() / 2);
        list << QPointF(std::round(corner.x() / 20) * 20, std::round(corner.y() / 20) * 20);
    }
    return list;
}

bool apart(const QList<QPointF> &list, QSizeF card, qreal gap)
{
    const qreal m = gap / 2;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QRectF a = QRectF(list.at(i), card).adjusted(-m, -m, m, m);
        for (qsizetype j = i + 1; j < list.size(); ++j) {
            if (a.intersects(QRectF(list.at(j), card).adjusted(-m, -m, m, m)))
                return false;
        }
    }
    return true;
}

} // namespace

QList<QPointF> circle(int n, QPointF centre, QSizeF card, qreal gap)
{
    n = std::clamp(n, 0, kMaxMembers);
    if (n == 0)
        return {};
    if (n == 1)
        return corners(1, centre, card, 0);
    qreal radius = kMinRadius;
    QList<QPointF> list = corners(n, centre, card, radius);
    while (!apart(list, card, gap)) {
        radius += kRadiusStep;
        list = corners(n, centre, card, radius);
    }
    return list;
}

QRectF bounds(const QList<QPointF> &corners, QSizeF card)
{
    QRectF rect;
    for (const QPointF corner : corners)
        rect = rect.united(QRectF(corner, card));
    return rect;
}

QList<qint64> keys(int n)
{
    QList<qint64> list;
    if (n <= 0)
        return list;
    constexpr qint64 kSpace = qint64(1) << 32;
    for (int i = 0; i < n; ++i)
        list << kSpace * i / n;
    return list;
}

QPainterPath bypass(QPointF start, QPointF end, const QRectF &around)
{
    // Out of the output port to the right, into the input port from the left; the longer the
    // way, the further the curve swings out, so that it clears the cards it passes.
    const qreal reach = std::clamp(QLineF(start, end).length() / 2, 60.0, 260.0);
    QPainterPath path(start);
    if (around.isNull()) {
        path.cubicTo(start + QPointF(reach, 0), end - QPointF(reach, 0), end);
        return path;
    }
    // Through a point beyond the bypassed card, on the side away from the line between the
    // ends, a margin clear of it; the curve passes it parallel to that line.
    const QPointF centre = around.center();
    QPointF away = centre - (start + end) / 2;
    qreal length = std::hypot(away.x(), away.y());
    if (length < 1) { // the card sits on the line: go round below it
        away = QPointF(0, 1);
        length = 1;
    }
    away /= length;
    const qreal toEdge = std::min(away.x() != 0 ? around.width() / 2 / std::abs(away.x()) : 1e9,
        away.y() != 0 ? around.height() / 2 / std::abs(away.y()) : 1e9);
    const QPointF via = centre + away * (toEdge + kBypassMargin);
    QPointF along = end - start;
    const qreal span = std::hypot(along.x(), along.y());
    along = span > 0 ? along / span : QPointF(1, 0);
    const qreal bend = std::clamp(span / 4, 40.0, 160.0);
    path.cubicTo(start + QPointF(reach / 2, 0), via - along * bend, via);
    path.cubicTo(via + along * bend, end - QPointF(reach / 2, 0), end);
    return path;
}

} // namespace wb::ringgeometry
