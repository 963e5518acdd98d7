#include "nodecard.h"

#include "canvastheme.h"
#include "componenticons.h"
#include "nodebadges.h"
#include "theme.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

namespace wb::nodecard {

namespace {

const QRectF kTileRect(12, 12, 28, 28);

QFont font(int pixelSize, QFont::Weight weight = QFont::Normal)
{
    QFont f;
    f.setPixelSize(pixelSize);
    f.setWeight(weight);
    return f;
}

const QFont &badgeFont()
{
    static const QFont f = font(10, QFont::DemiBold);
    return f;
}

void paintBody(QPainter *painter, const Face &face, const CanvasTheme &t)
{
    const QRectF card(0, 0, kWidth, kHeight);
    const bool external = face.kind == NodeKind::External;

    // A soft shadow in two passes is enough at this size and costs no offscreen blur.
    painter->setPen(Qt::NoPen);
    QColor shadow = t.nodeShadow;
    painter->setBrush(shadow);
    painter->drawRoundedRect(card.translated(0, 3), kRadius, kRadius);
    shadow.setAlphaF(shadow.alphaF() * 0.5f);
    painter->setBrush(shadow);
    painter->drawRoundedRect(card.adjusted(-2, 0, 2, 7), kRadius + 2, kRadius + 2);

    if (face.selected) {
        QColor halo = t.selection;
        halo.setAlphaF(0.25f);
        painter->setBrush(halo);
        painter->drawRoundedRect(card.adjusted(-4, -4, 4, 4), kRadius + 4, kRadius + 4);
    }

    QPainterPath cardPath;
    cardPath.addRoundedRect(card, kRadius, kRadius);
    painter->setBrush(external ? t.chipFill : t.nodeFill);
    painter->drawPath(cardPath);

    // The lower part holds the live widget on a faint tint of the kind's colour.
    painter->save();
    painter->setClipPath(cardPath);
    QColor tint = t.accent(face.kind);
    tint.setAlphaF(t.dark ? 0.07f : 0.05f);
    painter->fillRect(QRectF(0, kHeaderHeight, kWidth, kHeight - kHeaderHeight), tint);
    painter->fillRect(QRectF(0, kHeaderHeight, kWidth, 1), t.divider);
    painter->restore();

    QPen border(face.selected ? t.selection : t.nodeBorder, face.selected ? 2.0 : 1.0);
    if (external)
        border.setStyle(Qt::DashLine);
    painter->setPen(border);
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(card.adjusted(0.5, 0.5, -0.5, -0.5), kRadius, kRadius);

    componenticons::paint(painter, kTileRect, face.tileKind, t.dark);

    painter->setFont(nameFont());
    painter->setPen(t.text);
    painter->drawText(nameRect(), Qt::AlignLeft | Qt::AlignVCenter, face.name);
    painter->setFont(smallFont());
    painter->setPen(t.mutedText);
    painter->drawText(addressRect(), Qt::AlignLeft | Qt::AlignVCenter, face.address);
}

// Greys the card under a veil of its own fill and outlines it, dashed, in the fault's colour.
void paintFaultVeil(QPainter *painter, const Face &face, const CanvasTheme &t)
{
    const QRectF card(0, 0, kWidth, kHeight);
    QColor veil = t.nodeFill;
    veil.setAlphaF(0.6f);
    painter->setPen(Qt::NoPen);
    painter->setBrush(veil);
    painter->drawRoundedRect(card, kRadius, kRadius);
    QPen border(face.badgeColor, 1.5, Qt::DashLine);
    painter->setPen(border);
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(card.adjusted(0.75, 0.75, -0.75, -0.75), kRadius, kRadius);
}

void paintTags(QPainter *painter, const Face &face, const CanvasTheme &t)
{
    painter->setFont(font(9, QFont::Bold));
    qreal right = kWidth - 14;
    // Right to left: LAN, when there, is the rightmost.
    if (!face.lanTag.isEmpty()) {
        right -= nodebadges::paintTag(painter, right, 0, face.lanTag,
                     face.lanOpen ? theme::colors().warning : theme::colors().running, t)
            + 4;
    }
    if (face.discovered)
        nodebadges::paintTag(
            painter, right, 0, QObject::tr("discovered"), theme::colors().accent, t);
}

void paintPorts(QPainter *painter, const Face &face, const CanvasTheme &t)
{
    const auto port = [&](QPointF at, bool hot, const QColor &ring) {
        painter->setPen(QPen(ring, 2));
        painter->setBrush(hot ? ring : t.nodeFill);
        painter->drawEllipse(at, kPortRadius, kPortRadius);
    };
    if (face.input)
        port(QPointF(0, kHeight / 2), face.inputHot, face.inputRing);
    if (face.output)
        port(QPointF(kWidth, kHeight / 2), face.outputHot, t.accent(face.kind));
}

} // namespace

QRectF nameRect()
{
    return QRectF(48, 9, kWidth - 48 - 10, 17);
}

QRectF addressRect()
{
    return QRectF(48, 27, kWidth - 48 - 10, 14);
}

QRectF liveRect()
{
    return QRectF(12, kHeaderHeight + 4, 84, kHeight - kHeaderHeight - 8);
}

QRectF detailRect(qreal liveWidth)
{
    const qreal left = liveRect().left() + liveWidth + 6;
    return QRectF(left, kHeaderHeight + 27, kWidth - 12 - left, 16);
}

QRectF badgeRect(const QString &badge)
{
    // As wide as nodebadges::paintPill draws it.
    const qreal w = QFontMetricsF(badgeFont()).horizontalAdvance(badge) + 22;
    return QRectF(kWidth - 12 - w, kHeaderHeight + 9, w, 18);
}

const QFont &nameFont()
{
    static const QFont f = font(13, QFont::DemiBold);
    return f;
}

const QFont &smallFont()
{
    static const QFont f = font(11);
    return f;
}

void paint(QPainter *painter, const Face &face, const CanvasTheme &theme)
{
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    paintBody(painter, face, theme);
    if (face.faulted)
        paintFaultVeil(painter, face, theme);
    painter->setFont(badgeFont());
    const QRectF badge = badgeRect(face.badge);
    nodebadges::paintPill(painter, badge.right(), badge.top(), face.badge, face.badgeColor, theme);
    paintPorts(painter, face, theme);
    paintTags(painter, face, theme);
}

} // namespace wb::nodecard
