#pragma once

#include "document/nodespec.h"

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>

class QPainter;

namespace wb {
struct CanvasTheme;
}

// The static part of a node's card: shadow, fill, border, icon tile, name, address, state badge,
// ports and edge tags. A frame blits it from a cache and paints only the live widget over it, so
// this is drawn once per change of the card, never per message. Pure painting and layout.
namespace wb::nodecard {

inline constexpr qreal kWidth = 160;
inline constexpr qreal kHeight = 100;
inline constexpr qreal kRadius = 12;
inline constexpr qreal kPortRadius = 6;
inline constexpr qreal kHeaderHeight = 52;

QRectF nameRect();
QRectF addressRect();
// Where the live widget and the detail text go.
QRectF liveRect();
QRectF detailRect(qreal liveWidth);
// Where the state badge goes: right-aligned at the top of the live area, as wide as `badge`.
QRectF badgeRect(const QString &badge);
const QFont &nameFont();
const QFont &smallFont();

// What the card shows; texts already elided to their rects.
struct Face
{
    NodeKind kind = NodeKind::Clock;
    NodeKind tileKind = NodeKind::Clock; // a discovered node shows what it says it is
    bool selected = false;
    QString name;
    QString address;
    QString badge;
    QColor badgeColor;
    bool faulted = false; // crashed or hung: greyed, bordered in the badge's colour
    QString lanTag; // empty: not on the LAN
    bool lanOpen = false;
    bool discovered = false;
    bool input = false;
    bool inputHot = false;
    QColor inputRing;
    bool output = false;
    bool outputHot = false;
};

void paint(QPainter *painter, const Face &face, const CanvasTheme &theme);

} // namespace wb::nodecard
