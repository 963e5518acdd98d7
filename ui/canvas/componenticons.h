#pragma once

#include "document/nodespec.h"

#include <QIcon>
#include <QPixmap>

class QPainter;
class QPalette;
class QRectF;

// The components' icons, drawn in code: a rounded tile in the kind's colour with a white glyph.
namespace wb::componenticons {

// Paints the icon into `rect` (square is best).
void paint(QPainter *painter, const QRectF &rect, NodeKind kind, bool dark);
// Only the glyph, in `color`, for places that draw their own background.
void paintGlyph(QPainter *painter, const QRectF &rect, NodeKind kind, const QColor &color);

QPixmap pixmap(NodeKind kind, int size, const QPalette &palette, qreal devicePixelRatio = 1.0);
QIcon icon(NodeKind kind, const QPalette &palette);

} // namespace wb::componenticons
