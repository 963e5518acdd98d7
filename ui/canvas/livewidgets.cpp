#include "livewidgets.h"

#include "canvastheme.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QRadialGradient>

#include <algorithm>
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

} // namespace

qreal bitsWidth(const QList<int> &bits)
{
    const auto cells = std::clamp(int(bits.size()), 3, kMaxCells);
    return 4 + cells * (kCell + kGap);
}

void paintLed(QPainter *painter, const QRectF &rect, qreal level, const QColor &color,
              const CanvasTheme &theme)
{
    const qreal r = std::min(rect.height(), rect.width()) * 0.34;
    const QPointF c(rect.left() + r + 6, rect.center().y());
    if (level > 0.01) {
        QRadialGradient glow(c, r * 2.6);
        glow.setColorAt(0, withAlpha(color, 0.55 * level));
        glow.setColorAt(1, withAlpha(color, 0));
        painter->setPen(Qt::NoPen);
        painter->setBrush(glow);
        painter->drawEllipse(c, r * 2.6, r * 2.6);
    }
    const QColor off = mix(theme.chipFill, color, theme.dark ? 0.22 : 0.18);
    const QColor lit = color.lighter(115);
    QRadialGradient body(c - QPointF(r * 0.35, r * 0.4), r * 1.4);
    body.setColorAt(0, mix(off.lighter(120), QColor(255, 255, 255), level * 0.85));
    body.setColorAt(1, mix(off, lit, level));
    painter->setBrush(body);
    painter->setPen(QPen(mix(off.darker(125), color.darker(115), level), 1.2));
    painter->drawEllipse(c, r, r);
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

qreal clockWidth(qint64 count)
{
    return 2 * kClockRadius + 12 + QFontMetricsF(countFont()).horizontalAdvance(QString::number(count));
}

void paintClock(QPainter *painter, const QRectF &rect, qint64 count, qreal pulse,
                const QColor &color, const CanvasTheme &theme)
{
    constexpr qreal r = kClockRadius;
    const QPointF c(rect.left() + r + 4, rect.center().y());
    if (pulse > 0.01) {
        const qreal ring = r + 2 + (1.0 - pulse) * 10;
        painter->setPen(QPen(withAlpha(color, pulse), 2.0));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(c, ring, ring);
    }
    painter->setPen(QPen(pulse > 0.01 ? color.darker(110) : theme.mutedText, 1.4));
    painter->setBrush(mix(theme.chipFill, color, pulse));
    painter->drawEllipse(c, r, r);

    painter->setFont(countFont());
    painter->setPen(theme.text);
    const QRectF text(c.x() + r + 8, rect.top(), rect.right() - c.x() - r - 8, rect.height());
    painter->drawText(text, Qt::AlignLeft | Qt::AlignVCenter, QString::number(count));
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
