#include "wireitem.h"

#include "canvastheme.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPathStroker>
#include <QtMath>

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
        return QStringLiteral("%1k").arg(double(n) / 1000, 0, 'f', n < 100000 ? 1 : 0);
    return QStringLiteral("%1M").arg(double(n) / 1e6, 0, 'f', 1);
}

} // namespace

WireItem::WireItem(WireId id, NodeId from, NodeId to, const CanvasTheme *theme)
    : CanvasItem(theme), m_id(id), m_from(from), m_to(to)
{
    setFlags(ItemIsSelectable);
    setAcceptHoverEvents(true);
    setZValue(0);
}

void WireItem::setEnds(QPointF start, QPointF end)
{
    prepareGeometryChange();
    // Horizontal tangents at both ports; a wire going backwards loops round instead of cutting
    // through the nodes.
    const qreal dx = std::max(50.0, std::abs(end.x() - start.x()) * 0.5);
    m_path = QPainterPath(start);
    m_path.cubicTo(start + QPointF(dx, 0), end - QPointF(dx + kArrow, 0), end - QPointF(kArrow, 0));
    m_samples.clear();
    for (int i = 0; i <= kSamples; ++i)
        m_samples << m_path.pointAtPercent(qreal(i) / kSamples);
    // The label sits by the middle; counters move it with every update of the statistics.
    m_midPoint = m_path.pointAtPercent(0.5);
    m_midAngle = m_path.angleAtPercent(0.5);
    updateLabel();
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
    if (m_label.isEmpty()) {
        m_labelRect = QRectF();
    } else {
        const QFontMetricsF metrics(labelFont());
        m_labelWidth = 0;
        for (const QChar ch : std::as_const(m_label))
            m_labelWidth += metrics.horizontalAdvance(ch);
        const qreal w = metrics.horizontalAdvance(m_label) + 12;
        // Beside the curve's middle, on the side left of the direction of travel (above a
        // wire going right, right of a wire going down), so that the wire never crosses it.
        const qreal angle = qDegreesToRadians(m_midAngle);
        const QPointF normal(-std::sin(angle), -std::cos(angle));
        const QPointF centre = m_midPoint + QPointF(normal.x() * (w / 2 + 6), normal.y() * 14);
        m_labelRect = QRectF(centre.x() - w / 2, centre.y() - 7.5, w, 15);
    }
    m_bounds = m_path.controlPointRect().adjusted(-20, -20, 20, 20).united(m_labelRect);
}

void WireItem::messageSent(qint64 nowMs)
{
    launch(TokenKind::Message, nowMs);
}

void WireItem::ackReceived(qint64 nowMs)
{
    launch(TokenKind::Ack, nowMs);
}

void WireItem::messageFailed(qint64 nowMs)
{
    launch(TokenKind::Failure, nowMs);
}

void WireItem::launch(TokenKind kind, qint64 nowMs)
{
    // The youngest token of this kind takes the message when it is young enough, or when the
    // wire is full: a burst never builds a queue.
    Token *youngest = nullptr;
    int ofKind = 0;
    for (Token &token : m_tokens) {
        if (token.kind != kind)
            continue;
        ++ofKind;
        if (!youngest || token.startMs > youngest->startMs)
            youngest = &token;
    }
    if (youngest && (nowMs - youngest->startMs < kMergeWindowMs || ofKind >= kMaxTokens)) {
        ++youngest->count;
        return;
    }
    m_tokens.append({ kind, nowMs, 1 });
}

int WireItem::messagesInTokens() const
{
    int n = 0;
    for (const Token &token : m_tokens)
        n += token.count;
    return n;
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

bool WireItem::step(qint64 nowMs)
{
    for (Token &token : m_tokens)
        token.progress = std::clamp(qreal(nowMs - token.startMs) / kTravelMs, 0.0, 1.0);
    m_tokens.removeIf([](const Token &token) { return token.progress >= 1.0; });
    return !m_tokens.isEmpty();
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
    return hit;
}

void WireItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const CanvasTheme &t = theme();
    painter->setRenderHint(QPainter::Antialiasing);
    const bool busy = !m_tokens.isEmpty();
    QColor color = isSelected() ? t.selection : (busy && m_color.isValid() ? m_color : t.wire);
    const qreal width = isSelected() || m_hovered ? 3.0 : 2.0;

    if (isSelected() || m_hovered) {
        QColor halo = color;
        halo.setAlphaF(0.2f);
        painter->setPen(QPen(halo, 8, Qt::SolidLine, Qt::RoundCap));
        painter->drawPath(m_path);
    }
    painter->setPen(QPen(color, width, Qt::SolidLine, Qt::RoundCap));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_path);

    // The arrowhead points into the input port.
    const QPointF tip = m_path.currentPosition() + QPointF(kArrow, 0);
    QPolygonF arrow { tip, tip + QPointF(-kArrow - 2, -kArrow * 0.65),
                      tip + QPointF(-kArrow - 2, kArrow * 0.65) };
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawPolygon(arrow);

    // Tokens and the label are the same few pictures frame after frame: blitted from sprites.
    painter->setFont(labelFont());
    const bool sprites = m_sprites.begin(painter);
    for (const Token &token : std::as_const(m_tokens)) {
        const bool back = token.kind == TokenKind::Ack;
        const qreal along =
            token.kind == TokenKind::Failure ? token.progress * 0.5 : token.progress;
        const QPointF at = pointAt(back ? 1.0 - along : along);
        if (!sprites) {
            paintToken(painter, token.kind, token.count, at);
            continue;
        }
        const quint64 key = (quint64(token.kind) << 32) | quint32(token.count);
        m_sprites.draw(painter, key, at, [&] {
            const QRectF rect = tokenRect(token.kind, token.count, painter->fontMetrics());
            return SpriteCache::Picture { rect, [this, token](QPainter *p) {
                                             paintToken(p, token.kind, token.count, QPointF());
                                         } };
        });
    }
    if (!m_labelRect.isNull()) {
        if (sprites)
            paintLabelSprites(painter);
        else
            paintLabel(painter, m_labelRect);
    }
    if (sprites)
        m_sprites.end(painter);
}

QRectF WireItem::tokenRect(TokenKind kind, int count, const QFontMetrics &metrics)
{
    if (count == 1) {
        const qreal r = (kind == TokenKind::Ack ? 3.5 : 5.0) + 1;
        return QRectF(-r, -r, 2 * r, 2 * r);
    }
    const qreal w = std::max(14.0, metrics.horizontalAdvance(countText(quint64(count))) + 8.0);
    return QRectF(-w / 2 - 1, -8, w + 2, 16);
}

void WireItem::paintToken(QPainter *painter, TokenKind kind, int count, QPointF at) const
{
    const CanvasTheme &t = theme();
    const QColor fill = kind == TokenKind::Message ? t.token
        : kind == TokenKind::Ack                   ? t.ack
                                                   : t.failure;
    painter->setPen(QPen(t.nodeFill, 1.5));
    painter->setBrush(fill);
    if (count == 1) {
        const qreal r = kind == TokenKind::Ack ? 3.5 : 5.0;
        painter->drawEllipse(at, r, r);
        return;
    }
    // An aggregated token carries how many messages it stands for.
    const QString text = countText(quint64(count));
    const qreal w = std::max(14.0, painter->fontMetrics().horizontalAdvance(text) + 8.0);
    const QRectF pill(at.x() - w / 2, at.y() - 7, w, 14);
    painter->drawRoundedRect(pill, 7, 7);
    painter->setPen(Qt::white);
    painter->drawText(pill, Qt::AlignCenter, text);
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
