#include "wireitem.h"

#include "canvastheme.h"
#include "wirerouting.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPathStroker>
#include <algorithm>
#include <cmath>

namespace wb {

namespace {

constexpr qreal kArrow = 7;
// Points along the curve at equal lengths: tokens interpolate between them, because
// QPainterPath::pointAtPercent measures the Bézier's length on every call (issue 6).
constexpr int kSamples = 32;
// Sprite keys: tokens use their kind and count (below 2^34); the label's pill its width in
// quarter units, its characters their code and colour.
constexpr quint64 kPillKeys = quint64(1) << 40;
constexpr quint64 kGlyphKeys = quint64(2) << 40;
constexpr quint64 kFailedGlyph = quint64(1) << 20;
constexpr quint64 kBadgeKey = quint64(3) << 40;
constexpr qreal kTagHeight = 15;
// Corners round off inside the route's margin, so the curve keeps off the cards too.
constexpr qreal kCornerRadius = wirerouting::kMargin - 2;
// The cards this far from a route are the ones its tags may meet.
constexpr qreal kNearby = 60;

QFont labelFont()
{
    QFont f;
    f.setPixelSize(10);
    f.setWeight(QFont::DemiBold);
    return f;
}

QString countText(quint64 n)
{
    if (n < 10000)
        return QString::number(n);
    if (n < 1000000)
        return QStringLiteral("%L1k").arg(double(n) / 1000, 0, 'f', n < 100000 ? 1 : 0);
    return QStringLiteral("%L1M").arg(double(n) / 1e6, 0, 'f', 1);
}

} // namespace

WireItem::WireItem(WireId id, NodeId from, NodeId to, const CanvasTheme *theme)
    : CanvasItem(theme), m_id(id), m_from(from), m_to(to)
{
    setFlags(ItemIsSelectable);
    setAcceptHoverEvents(true);
    setZValue(0);
}

void WireItem::setEnds(QPointF start, QPointF end, const QList<QRectF> &cards)
{
    prepareGeometryChange();
    // The route ends at the arrow's base; the arrowhead points into the input port.
    m_corners = wirerouting::route(start, end - QPointF(kArrow, 0), cards);
    m_path = wirerouting::smoothPath(m_corners, kCornerRadius);
    m_samples.clear();
    for (int i = 0; i <= kSamples; ++i)
        m_samples << m_path.pointAtPercent(qreal(i) / kSamples);
    const QRectF reach = m_path.controlPointRect().adjusted(-kNearby, -kNearby, kNearby, kNearby);
    m_nearbyCards.clear();
    for (const QRectF &card : cards) {
        if (card.intersects(reach))
            m_nearbyCards << card;
    }
    m_tagsStale = true;
    updateLabel();
}

void WireItem::setFaults(const WireFaults &faults)
{
    if (faults == m_faults)
        return;
    m_faults = faults;
    m_badge = faults::summary(faults);
    // The badge's sprite shows the old rules (a rare edit: every sprite may go).
    m_sprites.clear();
    updateLabel();
    update();
}

void WireItem::setCounters(quint64 sent, quint64 acked, quint64 failed)
{
    if (sent == m_sent && acked == m_acked && failed == m_failed)
        return;
    m_sent = sent;
    m_acked = acked;
    m_failed = failed;
    updateLabel();
    update();
}

void WireItem::setColor(const QColor &color)
{
    m_color = color;
    update();
}

void WireItem::updateLabel()
{
    prepareGeometryChange();
    m_label = m_sent == 0 ? QString() : countText(m_sent);
    if (m_failed > 0)
        m_label += QStringLiteral(" · %1 ✕").arg(countText(m_failed));
    const QFontMetricsF metrics(labelFont());
    QSizeF label;
    if (!m_label.isEmpty()) {
        m_labelWidth = 0;
        for (const QChar ch : std::as_const(m_label))
            m_labelWidth += metrics.horizontalAdvance(ch);
        label = QSizeF(metrics.horizontalAdvance(m_label) + 12, kTagHeight);
    }
    const QSizeF badge = m_badge.isEmpty()
        ? QSizeF()
        : QSizeF(metrics.horizontalAdvance(m_badge) + 12, kTagHeight);
    // Counts change many times a second, their width seldom: the tags move only when the route
    // or a tag's size changed.
    if (label != m_labelRect.size() || badge != m_badgeRect.size() || m_tagsStale) {
        // Beside a segment no card covers: the count left of the direction of travel (above a
        // wire going right), the badge on the other side, so that the wire never crosses either.
        const wirerouting::Tags tags
            = wirerouting::placeTags(m_corners, label, badge, m_nearbyCards);
        m_labelRect = tags.label;
        m_badgeRect = tags.badge;
        m_tagsStale = false;
    }
    m_bounds = m_path.controlPointRect()
                   .adjusted(-12, -12, 12, 12)
                   .united(m_labelRect)
                   .united(m_badgeRect);
}

void WireItem::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    update();
}

QPointF WireItem::pointAt(qreal percent) const
{
    if (m_samples.size() < 2)
        return m_path.pointAtPercent(percent);
    const qreal at = std::clamp(percent, 0.0, 1.0) * (m_samples.size() - 1);
    const auto i = std::min(qsizetype(at), m_samples.size() - 2);
    const qreal f = at - qreal(i);
    return m_samples.at(i) * (1 - f) + m_samples.at(i + 1) * f;
}

QRectF WireItem::boundingRect() const
{
    return m_bounds;
}

QPainterPath WireItem::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(12);
    stroker.setCapStyle(Qt::RoundCap);
    QPainterPath hit = stroker.createStroke(m_path);
    if (!m_labelRect.isNull())
        hit.addRect(m_labelRect);
    if (!m_badgeRect.isNull())
        hit.addRect(m_badgeRect);
    return hit;
}

void WireItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const CanvasTheme &t = theme();
    painter->setRenderHint(QPainter::Antialiasing);
    QColor color = isSelected() ? t.selection : (m_busy && m_color.isValid() ? m_color : t.wire);
    const qreal width = isSelected() || m_hovered ? 3.0 : 2.0;

    if (isSelected() || m_hovered) {
        QColor halo = color;
        halo.setAlphaF(0.2f);
        painter->setPen(QPen(halo, 8, Qt::SolidLine, Qt::RoundCap));
        painter->drawPath(m_path);
    }
    // A cut wire passes nothing: drawn broken.
    painter->setPen(QPen(color, width, m_faults.cut ? Qt::DashLine : Qt::SolidLine, Qt::RoundCap));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_path);

    // The arrowhead points into the input port.
    const QPointF tip = m_path.currentPosition() + QPointF(kArrow, 0);
    QPolygonF arrow { tip, tip + QPointF(-kArrow - 2, -kArrow * 0.65),
                      tip + QPointF(-kArrow - 2, kArrow * 0.65) };
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawPolygon(arrow);

    // The label and the badge are the same few pictures frame after frame: blitted from sprites.
    painter->setFont(labelFont());
    const bool sprites = m_sprites.begin(painter);
    if (!m_labelRect.isNull()) {
        if (sprites)
            paintLabelSprites(painter);
        else
            paintLabel(painter, m_labelRect);
    }
    if (!m_badgeRect.isNull()) {
        if (sprites) {
            const QSizeF size = m_badgeRect.size();
            m_sprites.draw(painter, kBadgeKey, m_badgeRect.center(), [this, size] {
                const QRectF rect(QPointF(-size.width() / 2, -size.height() / 2), size);
                return SpriteCache::Picture { rect.adjusted(-1, -1, 1, 1),
                    [this, rect](QPainter *p) {
                        paintBadge(p, rect);
                    } };
            });
        } else {
            paintBadge(painter, m_badgeRect);
        }
    }
    if (sprites)
        m_sprites.end(painter);
}

void WireItem::paintLabel(QPainter *painter, const QRectF &rect) const
{
    const CanvasTheme &t = theme();
    painter->setPen(QPen(t.nodeBorder, 1));
    painter->setBrush(t.nodeFill);
    painter->drawRoundedRect(rect, 7.5, 7.5);
    painter->setFont(labelFont());
    painter->setPen(m_failed > 0 ? t.failure : t.mutedText);
    painter->drawText(rect, Qt::AlignCenter, m_label);
}

void WireItem::paintBadge(QPainter *painter, const QRectF &rect) const
{
    // The fault rules in the colour of what they cause.
    const CanvasTheme &t = theme();
    QColor border = t.failure;
    border.setAlphaF(0.6f);
    painter->setPen(QPen(border, 1));
    painter->setBrush(t.nodeFill);
    painter->drawRoundedRect(rect, 3, 3);
    painter->setFont(labelFont());
    painter->setPen(t.failure);
    painter->drawText(rect, Qt::AlignCenter, m_badge);
}

void WireItem::paintLabelSprites(QPainter *painter)
{
    // The counts change with every update of the statistics, on every wire at once: the label
    // is put together from a pill and one sprite per character, so a new count renders nothing.
    const QPointF centre = m_labelRect.center();
    const qreal w = m_labelRect.width();
    m_sprites.draw(painter, kPillKeys | quint64(std::lround(w * 4)), centre, [&] {
        const QRectF pill(-w / 2, -m_labelRect.height() / 2, w, m_labelRect.height());
        return SpriteCache::Picture { pill.adjusted(-1, -1, 1, 1), [this, pill](QPainter *p) {
                                         p->setPen(QPen(theme().nodeBorder, 1));
                                         p->setBrush(theme().nodeFill);
                                         p->drawRoundedRect(pill, 7.5, 7.5);
                                     } };
    });
    const QFontMetricsF metrics(labelFont());
    const bool failed = m_failed > 0;
    m_sprites.drawGlyphs(painter, kGlyphKeys | (failed ? kFailedGlyph : 0),
                         QPointF(centre.x() - m_labelWidth / 2, centre.y()),
                         m_labelRect.height(), m_label, labelFont(),
                         failed ? theme().failure : theme().mutedText,
                         [&metrics](QChar ch) { return metrics.horizontalAdvance(ch); });
}

void WireItem::themeChanged()
{
    m_sprites.clear();
    update();
}

void WireItem::hoverEnterEvent(QGraphicsSceneHoverEvent *)
{
    m_hovered = true;
    update();
}

void WireItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *)
{
    m_hovered = false;
    update();
}

} // namespace wb
