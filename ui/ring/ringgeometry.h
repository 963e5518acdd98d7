#pragma once

#include <QList>
#include <QPainterPath>
#include <QPointF>
#include <QRectF>
#include <QSizeF>

// Where Insert ▸ Ring of N puts its members, and the way a bypass runs: pure functions.
namespace wb::ringgeometry {

inline constexpr int kMinMembers = 2;
inline constexpr int kMaxMembers = 64;
inline constexpr int kDefaultMembers = 5;

// The top-left corners of `n` cards of `card` size on an ellipse round `centre`, the first at
// the top, then clockwise, so that wiring each to the next goes round the ring in placement
// order. The ellipse is wide enough that neighbouring cards keep `gap` apart.
QList<QPointF> circle(int n, QPointF centre, QSizeF card, qreal gap = 60);
// The rectangle the cards of circle() cover.
QRectF bounds(const QList<QPointF> &corners, QSizeF card);

// Ring keys spread evenly round 0 .. 2^32 - 1 in the order given: i * 2^32 / n
// (docs/ring.md): the ring's order is the placement order.
QList<qint64> keys(int n);

// A bypass from a member's output port to its real successor's input port: a curve that
// leaves rightwards and arrives from the left, bowed away from the wires (which run
// axis-parallel), so that it reads as something other than a wire. Given the card of the
// member it bypasses (`around`, not null), it runs round that card's far side from the line
// between the ends: where the dead member was.
QPainterPath bypass(QPointF start, QPointF end, const QRectF &around = {});

} // namespace wb::ringgeometry
