#include "nodebadges.h"

#include "canvastheme.h"

#include <QPainter>

namespace wb::nodebadges {

namespace {

// The word in the kind's colour, readable on the faint fill in either theme.
QColor textColor(const QColor &color, bool dark)
{
    return dark ? color.lighter(128) : color.darker(138);
}

QColor faint(QColor color, bool dark, float light, float darkAlpha)
{
    color.setAlphaF(dark ? darkAlpha : light);
    return color;
}

} // namespace

void paintPill(QPainter *painter, qreal right, qreal top, const QString &text, const QColor &color,
    const CanvasTheme &theme)
{
    const qreal w = painter->fontMetrics().horizontalAdvance(text) + 22;
    const QRectF pill(right - w, top, w, 18);
    painter->setPen(Qt::NoPen);
    painter->setBrush(faint(color, theme.dark, 0.14f, 0.22f));
    painter->drawRoundedRect(pill, 9, 9);
    painter->setBrush(color);
    painter->drawEllipse(QPointF(pill.left() + 9, pill.center().y()), 3.5, 3.5);
    painter->setPen(textColor(color, theme.dark));
    painter->drawText(pill.adjusted(16, 0, -6, 0), Qt::AlignCenter, text);
}

qreal paintTag(QPainter *painter, qreal right, qreal centerY, const QString &text,
    const QColor &color, const CanvasTheme &theme)
{
    const QString upper = text.toUpper();
    const qreal w = painter->fontMetrics().horizontalAdvance(upper) + 12;
    const QRectF chip(right - w, centerY - 8, w, 16);
    // Opaque first: the tag sits on the card's border and the grid.
    painter->setPen(QPen(color, 1));
    painter->setBrush(theme.nodeFill);
    painter->drawRoundedRect(chip, 8, 8);
    painter->setBrush(faint(color, theme.dark, 0.16f, 0.3f));
    painter->drawRoundedRect(chip, 8, 8);
    painter->setPen(textColor(color, theme.dark));
    painter->drawText(chip, Qt::AlignCenter, upper);
    return w;
}

} // namespace wb::nodebadges
