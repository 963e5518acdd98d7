#include "livewidgets.h"

#include "canvastheme.h"
#include "spritecache.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QRadialGradient>

#include <algorithm>
#include <array>
#include <cmath>

namespace wb::livewidgets {

namespace {

QColor withAlpha(QColor color, qreal alpha)
{
    color.setAlphaF(float(std::clamp(alpha, 0.0, 1.0)));
    return color;
}

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

constexpr qreal kClockRadius = 7;
constexpr int kMaxCells = 5;
constexpr qreal kCell = 13;
constexpr qreal kGap = 3;

// Sprite keys of the live widgets (a node's sprites; the detail text uses its own).
enum SpriteKey : quint64 {
    LedGlow = 1,
    LedDark,
    LedLit,
    ClockIdle,
    ClockPulseFrom,
    ClockPulseTo,
    ClockDigits = 1 << 16, // | a digit's code
};

qreal ledRadius(const QRectF &rect)
{
    return std::min(rect.height(), rect.width()) * 0.34;
}

QPointF ledCentre(const QRectF &rect)
{
    return QPointF(rect.left() + ledRadius(rect) + 6, rect.center().y());
}

void paintLedGlow(QPainter *painter, QPointF c, qreal r, qreal level, const QColor &color)
{
    QRadialGradient glow(c, r * 2.6);
    glow.setColorAt(0, withAlpha(color, 0.55 * level));
    glow.setColorAt(1, withAlpha(color, 0));
    painter->setPen(Qt::NoPen);
    painter->setBrush(glow);
    painter->drawEllipse(c, r * 2.6, r * 2.6);
}

void paintLedBody(QPainter *painter, QPointF c, qreal r, qreal level, const QColor &color,
                  const CanvasTheme &theme)
{
    const QColor off = mix(theme.chipFill, color, theme.dark ? 0.22 : 0.18);
    const QColor lit = color.lighter(115);
    QRadialGradient body(c - QPointF(r * 0.35, r * 0.4), r * 1.4);
    body.setColorAt(0, mix(off.lighter(120), QColor(255, 255, 255), level * 0.85));
    body.setColorAt(1, mix(off, lit, level));
    painter->setBrush(body);
    painter->setPen(QPen(mix(off.darker(125), color.darker(115), level), 1.2));
    painter->drawEllipse(c, r, r);
}

void paintClockFace(QPainter *painter, QPointF c, qreal pulse, bool pulsing, const QColor &color,
                    const CanvasTheme &theme)
{
    painter->setPen(QPen(pulsing ? color.darker(110) : theme.mutedText, 1.4));
    painter->setBrush(mix(theme.chipFill, color, pulse));
    painter->drawEllipse(c, kClockRadius, kClockRadius);
}

QRectF circleSprite(qreal r)
{
    return QRectF(-r - 1, -r - 1, 2 * r + 2, 2 * r + 2);
}

// Draws `key` with `opacity`, rendered by `render` centred on (0, 0) within `rect`.
template <typename Render>
void layer(QPainter *painter, SpriteCache &sprites, quint64 key, QPointF at, qreal opacity,
           const QRectF &rect, Render render)
{
    painter->setOpacity(opacity);
    sprites.draw(painter, key, at, [&] { return SpriteCache::Picture { rect, render }; });
    painter->setOpacity(1);
}

} // namespace

qreal bitsWidth(const QList<int> &bits)
{
    const auto cells = std::clamp(int(bits.size()), 3, kMaxCells);
    return 4 + cells * (kCell + kGap);
}

void paintLed(QPainter *painter, const QRectF &rect, qreal level, const QColor &color,
              const CanvasTheme &theme)
{
    const qreal r = ledRadius(rect);
    const QPointF c = ledCentre(rect);
    if (level > 0.01)
        paintLedGlow(painter, c, r, level, color);
    paintLedBody(painter, c, r, level, color, theme);
}

void paintLed(QPainter *painter, SpriteCache &sprites, const QRectF &rect, qreal level,
              const QColor &color, const CanvasTheme &theme)
{
    const qreal r = ledRadius(rect);
    const QPointF c = ledCentre(rect);
    if (level > 0.01) {
        layer(painter, sprites, LedGlow, c, level, circleSprite(r * 2.6), [=](QPainter *p) {
            paintLedGlow(p, QPointF(), r, 1.0, color);
        });
    }
    layer(painter, sprites, LedDark, c, 1.0, circleSprite(r + 0.6), [=, &theme](QPainter *p) {
        paintLedBody(p, QPointF(), r, 0.0, color, theme);
    });
    if (level > 0) {
        layer(painter, sprites, LedLit, c, level, circleSprite(r + 0.6), [=, &theme](QPainter *p) {
            paintLedBody(p, QPointF(), r, 1.0, color, theme);
        });
    }
}

void paintBuzzer(QPainter *painter, const QRectF &rect, bool buzzing, qreal phase,
                 const QColor &color, const CanvasTheme &theme)
{
    const qreal h = std::min(rect.height(), 30.0);
    const QRectF box(rect.left() + 4, rect.center().y() - h / 2, h * 0.55, h);
    QPainterPath speaker;
    speaker.moveTo(box.left(), box.top() + h * 0.33);
    speaker.lineTo(box.left() + box.width() * 0.45, box.top() + h * 0.33);
    speaker.lineTo(box.right(), box.top());
    speaker.lineTo(box.right(), box.bottom());
    speaker.lineTo(box.left() + box.width() * 0.45, box.bottom() - h * 0.33);
    speaker.lineTo(box.left(), box.bottom() - h * 0.33);
    speaker.closeSubpath();
    painter->setPen(QPen(buzzing ? color.darker(110) : theme.mutedText, 1.4, Qt::SolidLine,
                         Qt::RoundCap, Qt::RoundJoin));
    painter->setBrush(buzzing ? color : theme.chipFill);
    painter->drawPath(speaker);

    const QPointF origin(box.right() - 2, box.center().y());
    painter->setBrush(Qt::NoBrush);
    for (int i = 0; i < 3; ++i) {
        // Waves travel outwards and fade; a silent buzzer shows them faint and still.
        const qreal t = buzzing ? std::fmod(phase + i / 3.0, 1.0) : (i + 1) / 4.0;
        const qreal radius = 6 + t * 22;
        const qreal alpha = buzzing ? (1.0 - t) : 0.25;
        painter->setPen(QPen(withAlpha(buzzing ? color : theme.mutedText, alpha), 2.0,
                             Qt::SolidLine, Qt::RoundCap));
        painter->drawArc(QRectF(origin.x() - radius, origin.y() - radius, 2 * radius, 2 * radius),
                         -40 * 16, 80 * 16);
    }
}

QFont countFont()
{
    QFont font;
    font.setPixelSize(16);
    font.setWeight(QFont::DemiBold);
    return font;
}

namespace {

// The count's digits' advances, measured once: a count is laid out from them, never shaped.
const std::array<qreal, 10> &digitAdvances()
{
    static const std::array<qreal, 10> advances = [] {
        std::array<qreal, 10> a {};
        const QFontMetricsF metrics(countFont());
        for (int d = 0; d < 10; ++d)
            a[std::size_t(d)] = metrics.horizontalAdvance(QChar(u'0' + d));
        return a;
    }();
    return advances;
}

qreal countWidth(const QString &digits)
{
    qreal w = 0;
    for (QChar ch : digits)
        w += ch.isDigit() ? digitAdvances()[std::size_t(ch.digitValue())] : 0;
    return w;
}

QRectF countRect(const QRectF &rect, QPointF c)
{
    return QRectF(c.x() + kClockRadius + 8, rect.top(), rect.right() - c.x() - kClockRadius - 8,
                  rect.height());
}

QPointF clockCentre(const QRectF &rect)
{
    return QPointF(rect.left() + kClockRadius + 4, rect.center().y());
}

void paintPulseRing(QPainter *painter, QPointF c, qreal pulse, const QColor &color)
{
    const qreal ring = kClockRadius + 2 + (1.0 - pulse) * 10;
    painter->setPen(QPen(withAlpha(color, pulse), 2.0));
    painter->setBrush(Qt::NoBrush);
    painter->drawEllipse(c, ring, ring);
}

} // namespace

qreal clockWidth(qint64 count)
{
    return 2 * kClockRadius + 12 + countWidth(QString::number(count));
}

void paintClock(QPainter *painter, const QRectF &rect, qint64 count, qreal pulse,
                const QColor &color, const CanvasTheme &theme)
{
    const QPointF c = clockCentre(rect);
    if (pulse > 0.01)
        paintPulseRing(painter, c, pulse, color);
    paintClockFace(painter, c, pulse, pulse > 0.01, color, theme);

    painter->setFont(countFont());
    painter->setPen(theme.text);
    painter->drawText(countRect(rect, c), Qt::AlignLeft | Qt::AlignVCenter, QString::number(count));
}

void paintClock(QPainter *painter, SpriteCache &sprites, const QRectF &rect, qint64 count,
                qreal pulse, const QColor &color, const CanvasTheme &theme)
{
    const QPointF c = clockCentre(rect);
    // The ring grows as it fades: a new picture every frame, drawn directly.
    if (pulse > 0.01)
        paintPulseRing(painter, c, pulse, color);
    const QRectF face = circleSprite(kClockRadius + 0.7);
    if (pulse > 0.01) {
        layer(painter, sprites, ClockPulseFrom, c, 1.0, face, [=, &theme](QPainter *p) {
            paintClockFace(p, QPointF(), 0.0, true, color, theme);
        });
        layer(painter, sprites, ClockPulseTo, c, pulse, face, [=, &theme](QPainter *p) {
            paintClockFace(p, QPointF(), 1.0, true, color, theme);
        });
    } else {
        layer(painter, sprites, ClockIdle, c, 1.0, face, [=, &theme](QPainter *p) {
            paintClockFace(p, QPointF(), 0.0, false, color, theme);
        });
    }

    const QRectF text = countRect(rect, c);
    const QString digits = QString::number(count);
    painter->setFont(countFont());
    if (countWidth(digits) > text.width()) {
        // Too long for the widget: drawText clips the last digit, as the direct painting does.
        sprites.end(painter);
        painter->setPen(theme.text);
        painter->drawText(text, Qt::AlignLeft | Qt::AlignVCenter, digits);
        return;
    }
    sprites.drawGlyphs(painter, ClockDigits, QPointF(text.left(), text.center().y()),
                       text.height(), digits, countFont(), theme.text,
                       [](QChar ch) { return digitAdvances()[std::size_t(ch.digitValue())]; });
}

void paintBits(QPainter *painter, const QRectF &rect, const QList<int> &bits, int current,
               const QColor &color, const CanvasTheme &theme)
{
    const qreal h = 18;
    const qreal top = rect.center().y() - h / 2;
    // Long streams show their tail, where the current bit is most of the time.
    const int first = std::max(0, int(bits.size()) - kMaxCells);
    QFont font = painter->font();
    font.setPixelSize(11);
    font.setWeight(QFont::DemiBold);
    painter->setFont(font);
    if (bits.isEmpty()) {
        for (int i = 0; i < 3; ++i) {
            const QRectF cell(rect.left() + 4 + i * (kCell + kGap), top, kCell, h);
            painter->setPen(QPen(theme.nodeBorder, 1.2, Qt::DashLine));
            painter->setBrush(Qt::NoBrush);
            painter->drawRoundedRect(cell, 3, 3);
        }
        return;
    }
    for (int i = first; i < bits.size(); ++i) {
        const QRectF cell(rect.left() + 4 + (i - first) * (kCell + kGap), top, kCell, h);
        const bool one = bits.at(i) != 0;
        painter->setPen(QPen(one ? color.darker(110) : theme.nodeBorder, 1.2));
        painter->setBrush(one ? color : theme.chipFill);
        painter->drawRoundedRect(cell, 3, 3);
        painter->setPen(one ? QColor(Qt::white) : theme.mutedText);
        painter->drawText(cell, Qt::AlignCenter, one ? QStringLiteral("1") : QStringLiteral("0"));
        if (i == current) {
            painter->setPen(QPen(theme.text, 1.6));
            painter->setBrush(Qt::NoBrush);
            painter->drawRoundedRect(cell.adjusted(-2.5, -2.5, 2.5, 2.5), 4.5, 4.5);
        }
    }
}

} // namespace wb::livewidgets
