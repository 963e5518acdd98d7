#pragma once

#include <QList>
#include <QColor>
#include <QRectF>

class QPainter;

namespace wb {
struct CanvasTheme;
class SpriteCache;
}

// The live widgets drawn inside a node: what the component is doing right now. Pure painting;
// the node item keeps the state and the animation clock.
namespace wb::livewidgets {

// `level` 0 (dark) to 1 (lit).
void paintLed(QPainter *painter, const QRectF &rect, qreal level, const QColor &color,
              const CanvasTheme &theme);
// The same LED from `sprites` (begun on `painter`): the glow and the lit body at full level
// drawn with opacity `level` over the dark body, which is what the gradients blend to.
void paintLed(QPainter *painter, SpriteCache &sprites, const QRectF &rect, qreal level,
              const QColor &color, const CanvasTheme &theme);
// `phase` 0..1 moves the sound waves outwards while buzzing.
void paintBuzzer(QPainter *painter, const QRectF &rect, bool buzzing, qreal phase,
                 const QColor &color, const CanvasTheme &theme);
// `pulse` 1 right after a tick, fading to 0; `count` ticks sent so far.
qreal clockWidth(qint64 count);
void paintClock(QPainter *painter, const QRectF &rect, qint64 count, qreal pulse,
                const QColor &color, const CanvasTheme &theme);
// The same clock from `sprites` (begun on `painter`, which it leaves in the sprites' transform):
// the face blended like the LED, the count digit by digit (the font's digits are not kerned).
void paintClock(QPainter *painter, SpriteCache &sprites, const QRectF &rect, qint64 count,
                qreal pulse, const QColor &color, const CanvasTheme &theme);
// The last stream of bits, the one being sent (`current`, -1 for none) ringed.
qreal bitsWidth(const QList<int> &bits);
void paintBits(QPainter *painter, const QRectF &rect, const QList<int> &bits, int current,
               const QColor &color, const CanvasTheme &theme);

} // namespace wb::livewidgets
