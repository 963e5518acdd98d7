#include "ringitems.h"

#include "canvas/canvastheme.h"
#include "canvas/nodecard.h"
#include "healthvisuals.h"
#include "ringgeometry.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPathStroker>

namespace wb {

namespace {

constexpr qreal kArrow = 7;
constexpr qreal kChipHeight = 16;
constexpr qreal kHalo = 5; // the mark's outline, this far outside the card

QFont chipFont()
{
    QFont f;
    f.setPixelSize(10);
    f.setWeight(QFont::DemiBold);
    return f;
}

QRectF chipAround(QPointF centre, const QString &text)
{
    const qreal width = QFontMetricsF(chipFont()).horizontalAdvance(text) + 12;
    return QRectF(centre.x() - width / 2, centre.y() - kChipHeight / 2, width, kChipHeight);
}

void paintChip(QPainter *painter, const QRectF &rect, const QString &text, const QColor &fill,
    const QColor &border, const QColor &ink)
{
    painter->setPen(QPen(border, 1));
    painter->setBrush(fill);
    painter->drawRoundedRect(rect, kChipHeight / 2, kChipHeight / 2);
    painter->setPen(ink);
    painter->setFont(chipFont());
    painter->drawText(rect, Qt::AlignCenter, text);
}

QString names(const QStringList &list)
{
    if (list.size() <= 1)
        return list.value(0);
    return QObject::tr("%1 and %2")
        .arg(list.mid(0, list.size() - 1).join(QStringLiteral(", ")), list.last());
}

} // namespace

BypassItem::BypassItem(NodeId from, NodeId to, WireId connector, const CanvasTheme *theme)
    : CanvasItem(theme), m_from(from), m_to(to), m_connector(connector)
{
    // Over the wires, under the cards and the tokens.
    setZValue(0.5);
    setAcceptedMouseButtons(Qt::NoButton);
}

void BypassItem::setEnds(QPointF start, QPointF end, const QRectF &around)
{
    prepareGeometryChange();
    m_start = start;
    m_end = end;
    // The curve ends at the arrow's base; the arrowhead points into the input port.
    m_path = ringgeometry::bypass(start, end - QPointF(kArrow, 0), around);
    m_arrow = QPainterPath();
    m_arrow.moveTo(end);
    m_arrow.lineTo(end + QPointF(-kArrow - 2, -kArrow / 1.6));
    m_arrow.lineTo(end + QPointF(-kArrow - 2, kArrow / 1.6));
    m_arrow.closeSubpath();
    // A third of the way: the middle of a bypass is beside the dead member's card and its mark.
    m_label = chipAround(m_path.pointAtPercent(0.3), QObject::tr("bypass"));
    QPainterPathStroker stroker;
    stroker.setWidth(8);
    m_shape = stroker.createStroke(m_path);
    m_shape.addPath(m_arrow);
    m_shape.addRect(m_label);
    m_bounds = m_shape.boundingRect().adjusted(-2, -2, 2, 2);
}

void BypassItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const CanvasTheme &t = theme();
    const QColor colour = t.accent(NodeKind::Ring);
    painter->setRenderHint(QPainter::Antialiasing);
    QPen pen(colour, 2.4, Qt::DashLine, Qt::RoundCap);
    pen.setDashPattern({ 3, 2.5 });
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_path);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    painter->drawPath(m_arrow);
    paintChip(painter, m_label, QObject::tr("bypass"), t.chipFill, colour, colour);
}

RingMarkItem::RingMarkItem(NodeId node, const CanvasTheme *theme) : CanvasItem(theme), m_node(node)
{
    // Over the cards, under the tokens; the card below still gets the clicks.
    setZValue(3);
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(false);
}

void RingMarkItem::setMark(const RingPicture::Mark &mark, const QString &name)
{
    const bool dead = mark.opinion == RingPicture::Opinion::Dead;
    const QString chip = dead ? QObject::tr("✕ dead to %1").arg(mark.deadTo.value(0))
                              : QObject::tr("? suspected by %1").arg(mark.suspectTo.value(0));
    const int others = int(dead ? mark.deadTo.size() : mark.suspectTo.size()) - 1;
    const QString shown = others > 0 ? QObject::tr("%1 +%2").arg(chip).arg(others) : chip;
    if (mark == m_mark && shown == m_chip)
        return;
    prepareGeometryChange();
    m_mark = mark;
    m_chip = shown;
    m_chipRect = chipAround(
        QPointF(nodecard::kWidth / 2, nodecard::kHeight + 4 + kChipHeight / 2), m_chip);
    QStringList lines;
    if (!mark.deadTo.isEmpty())
        lines << QObject::tr("%1 believes %2 dead", nullptr, int(mark.deadTo.size()))
                     .arg(names(mark.deadTo), name);
    if (!mark.suspectTo.isEmpty())
        lines << QObject::tr("%1 suspects %2: no pong in time, asking other members to probe it",
            nullptr, int(mark.suspectTo.size()))
                     .arg(names(mark.suspectTo), name);
    setToolTip(lines.join(u'\n'));
    QPainterPath outline;
    outline.addRoundedRect(
        QRectF(0, 0, nodecard::kWidth, nodecard::kHeight).adjusted(-kHalo, -kHalo, kHalo, kHalo),
        nodecard::kRadius + kHalo, nodecard::kRadius + kHalo);
    QPainterPathStroker stroker;
    stroker.setWidth(6);
    m_shape = stroker.createStroke(outline);
    m_shape.addRect(m_chipRect);
    update();
}

QRectF RingMarkItem::boundingRect() const
{
    return QRectF(0, 0, nodecard::kWidth, nodecard::kHeight)
        .adjusted(-kHalo - 3, -kHalo - 3, kHalo + 3, kHalo + 3)
        .united(m_chipRect.adjusted(-1, -1, 1, 1));
}

void RingMarkItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const bool dead = m_mark.opinion == RingPicture::Opinion::Dead;
    const QColor colour = healthvisuals::color(dead ? PeerHealth::Dead : PeerHealth::Suspect);
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF card(0, 0, nodecard::kWidth, nodecard::kHeight);
    QPen pen(colour, 2.5, dead ? Qt::SolidLine : Qt::DashLine, Qt::RoundCap);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(card.adjusted(-kHalo, -kHalo, kHalo, kHalo), nodecard::kRadius + kHalo,
        nodecard::kRadius + kHalo);
    if (dead) {
        QColor cross = colour;
        cross.setAlpha(150);
        painter->setPen(QPen(cross, 3, Qt::SolidLine, Qt::RoundCap));
        const QRectF inner = card.adjusted(10, 10, -10, -10);
        painter->drawLine(inner.topLeft(), inner.bottomRight());
        painter->drawLine(inner.topRight(), inner.bottomLeft());
    }
    const QColor ink = dead ? QColor(Qt::white) : QColor(0x3a, 0x2a, 0x00);
    paintChip(painter, m_chipRect, m_chip, colour, colour.darker(115), ink);
}

} // namespace wb
