#pragma once

#include <QList>
#include <QPainterPath>
#include <QPointF>
#include <QRectF>
#include <QSizeF>

// Where a wire runs on the canvas: around the cards, never under them, so that a wire that
// passes a card does not read as part of that card's chain (issue 14). Pure functions of the
// ports and the cards' rectangles, so that routes can be checked without a scene.
namespace wb::wirerouting {

// How far a wire keeps from a card it passes.
inline constexpr qreal kMargin = 14;

// The corner points of a wire from an output port `start` (leaving rightwards) to an input port
// `end` (entered from the left): axis-parallel segments that keep `margin` away from every
// rectangle of `obstacles` (the cards, the wire's own two among them; the ports lie on their
// edges). First point `start`, last `end`, no two consecutive segments in one line. When no
// such way exists (cards on top of each other), a way with the least crossing: the plain one.
QList<QPointF> route(
    QPointF start, QPointF end, const QList<QRectF> &obstacles, qreal margin = kMargin);

// True when the segment a–b passes through the inside of `rect` (running along or touching its
// border does not count).
bool crosses(QPointF a, QPointF b, const QRectF &rect);

// The polyline with rounded corners (radius at most `radius`, less where segments are short).
// A radius not above the route's margin keeps the curve off the cards too.
QPainterPath smoothPath(const QList<QPointF> &points, qreal radius);

// Where a wire's two tags go: the count `label` beside a segment, on the left of the direction
// of travel, and the fault `badge` on the right (either size may be empty: no rect). Each goes
// beside the longest segment where it meets no obstacle, no segment of the wire and not the
// other tag, horizontal segments first and the first one (which the wires out of one port
// share) last; where none is free right beside the wire (cards
// closer together than the tag is wide), the nearest free place farther out.
struct Tags
{
    QRectF label;
    QRectF badge;
};
Tags placeTags(
    const QList<QPointF> &points, QSizeF label, QSizeF badge, const QList<QRectF> &obstacles);

} // namespace wb::wirerouting
