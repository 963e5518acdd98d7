#include "tokenitem.h"

#include "canvastheme.h"

#include <QPainter>

namespace wb {

namespace {

constexpr qreal kRing = 3.5; // the held ring's distance from the disc

QFont countFont()
{
    QFont f;
    f.setPixelSize(10);
    f.setWeight(QFont::DemiBold);
    return f;
}

} // namespace

TokenItem::TokenItem(const CanvasTheme *theme) : m_theme(theme), m_metrics(countFont())
{
    // Above the cards (z 1) and the wires, below the wire tool's preview and the rubber band.
    setZValue(5);
    setAcceptedMouseButtons(Qt::NoButton);
}

qreal TokenItem::radius(const TokenModel::Shown &token)
{
    const qreal r = token.ack ? 4.5 : 6.0;
    return token.state == TokenModel::State::Held ? r + 1 : r;
}

QString TokenItem::countText(int count)
{
    return QStringLiteral("×%1").arg(count);
}

QRectF TokenItem::rectOf(const TokenModel::Shown &token) const
{
    qreal r = radius(token) + kRing + 1.5;
    QRectF rect(-r, -r, 2 * r, 2 * r);
    if (token.count > 1) {
        const qreal w = m_metrics.horizontalAdvance(countText(token.count)) + 10;
        rect |= QRectF(-w / 2, -8, w, 16).adjusted(-2, -2, 2, 2);
    }
    return rect;
}

void TokenItem::setTokens(const QList<Drawn> &tokens)
{
    prepareGeometryChange();
    m_tokens = tokens;
    m_bounds = QRectF();
    for (const Drawn &d : std::as_const(m_tokens))
        m_bounds |= rectOf(d.token).translated(d.at);
    update();
}

void TokenItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const CanvasTheme &t = *m_theme;
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setFont(countFont());
    for (const Drawn &d : std::as_const(m_tokens)) {
        const TokenModel::Shown &token = d.token;
        const QColor fill = token.ack ? t.ack : t.token;
        if (token.state == TokenModel::State::Dropped) {
            const qreal r = radius(token);
            painter->setPen(QPen(t.failure, 2.5, Qt::SolidLine, Qt::RoundCap));
            painter->drawLine(d.at + QPointF(-r, -r), d.at + QPointF(r, r));
            painter->drawLine(d.at + QPointF(-r, r), d.at + QPointF(r, -r));
            continue;
        }
        if (token.state == TokenModel::State::Held) {
            // Held: a ring in the text colour says it waits for a click (or the run).
            const qreal ring = radius(token) + kRing;
            painter->setPen(QPen(t.text, 1.6));
            painter->setBrush(Qt::NoBrush);
            painter->drawEllipse(d.at, ring, ring);
        }
        painter->setPen(QPen(t.nodeFill, 1.5));
        painter->setBrush(fill);
        if (token.count == 1) {
            const qreal r = radius(token);
            if (token.ack) {
                // An ack is a diamond, a message a disc: not told apart by colour alone.
                const qreal k = r * 1.3;
                painter->drawPolygon(QPolygonF({ d.at + QPointF(0, -k), d.at + QPointF(k, 0),
                    d.at + QPointF(0, k), d.at + QPointF(-k, 0) }));
            } else {
                painter->drawEllipse(d.at, r, r);
            }
            continue;
        }
        const QString text = countText(token.count);
        const qreal w = painter->fontMetrics().horizontalAdvance(text) + 10;
        const QRectF pill(d.at.x() - w / 2, d.at.y() - 8, w, 16);
        painter->drawRoundedRect(pill, 8, 8);
        painter->setPen(Qt::white);
        painter->drawText(pill, Qt::AlignCenter, text);
    }
}

} // namespace wb
