#pragma once

#include <QColor>
#include <QRectF>
#include <QString>

class QPainter;

namespace wb {

struct CanvasTheme;

// The small labels a node card carries, painted with the painter's current font.
namespace nodebadges {

// A state pill: a dot and a word on a faint fill of `color`, its right edge at `right`.
void paintPill(QPainter *painter, qreal right, qreal top, const QString &text, const QColor &color,
    const CanvasTheme &theme);
// A tag on the card's edge (upper case, outlined in `color`), its right edge at `right`;
// returns its width.
qreal paintTag(QPainter *painter, qreal right, qreal centerY, const QString &text,
    const QColor &color, const CanvasTheme &theme);

} // namespace nodebadges
} // namespace wb
