// NodeItem's live part: the widget and the detail text a frame paints over the cached card
// (nodeitem.cpp has the rest); the queue seed's kinds paint their QueueCard instead.
#include "canvastheme.h"
#include "componenticons.h"
#include "livewidgets.h"
#include "nodecard.h"
#include "nodeitem.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace wb {

namespace {

// Below this level of detail the detail text is a few pixels high: not drawn.
constexpr qreal kDetailTextLod = 0.5;

} // namespace

void NodeItem::paintDynamic(QPainter *painter, qreal levelOfDetail)
{
    if (m_queueCard) {
        m_queueCard->prepare();
        m_queueCard->paint(painter, theme(), levelOfDetail >= kDetailTextLod);
        return;
    }
    if (m_detailDirty)
        updateDetail();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    const bool sprites = m_sprites.begin(painter);
    paintLive(painter, nodecard::liveRect(), sprites ? &m_sprites : nullptr);
    if (levelOfDetail >= kDetailTextLod)
        paintDetail(painter, sprites);
    if (sprites)
        m_sprites.end(painter);
}

void NodeItem::paintDetail(QPainter *painter, bool sprites)
{
    painter->setFont(nodecard::smallFont());
    const QRectF rect = nodecard::detailRect(liveWidth());
    if (!sprites) {
        painter->setPen(theme().mutedText);
        painter->drawText(rect, Qt::AlignRight | Qt::AlignVCenter, m_elidedDetail);
        return;
    }
    // Right-aligned: the text's right end stays put while the clock's count grows.
    const QPointF anchor(rect.right(), rect.center().y());
    m_sprites.draw(painter, kDetailSprite, anchor, [&] {
        const QRectF local = rect.translated(-anchor);
        return SpriteCache::Picture { local.adjusted(-2, -2, 2, 2), [this, local](QPainter *p) {
                                         p->setPen(theme().mutedText);
                                         p->drawText(local, Qt::AlignRight | Qt::AlignVCenter,
                                             m_elidedDetail);
                                     } };
    });
}

qint64 NodeItem::clockCount() const
{
    // The clock reports the index of the tick it sent.
    return m_live.contains(QStringLiteral("tick"))
        ? m_live.value(QStringLiteral("tick")).toLongLong() + 1
        : 0;
}

qreal NodeItem::liveWidth() const
{
    switch (m_spec.kind) {
    case NodeKind::Led:
    case NodeKind::External:
    case NodeKind::Proxy:
    case NodeKind::Ring:
    case NodeKind::Script:
        return 30;
    case NodeKind::Keyboard:
    case NodeKind::Queue:
    case NodeKind::Worker:
    case NodeKind::Console:
        return 0; // their QueueCard lays the whole lower part out
    case NodeKind::Buzzer:
        return 44;
    case NodeKind::Clock:
        return livewidgets::clockWidth(clockCount());
    case NodeKind::IoPin:
        return livewidgets::bitsWidth(m_bits);
    }
    return 0;
}

void NodeItem::paintLive(QPainter *painter, const QRectF &rect, SpriteCache *sprites) const
{
    const CanvasTheme &t = theme();
    const QColor accent = t.accent(m_spec.kind);
    switch (m_spec.kind) {
    case NodeKind::Led:
        if (sprites)
            livewidgets::paintLed(painter, *sprites, rect, m_ledLevel, accent, t);
        else
            livewidgets::paintLed(painter, rect, m_ledLevel, accent, t);
        break;
    case NodeKind::Buzzer:
        livewidgets::paintBuzzer(painter, rect,
            isActive() && m_live.value(QStringLiteral("buzzing")).toBool(), m_phase, accent, t);
        break;
    case NodeKind::Clock: {
        if (sprites)
            livewidgets::paintClock(painter, *sprites, rect, clockCount(), m_pulse, accent, t);
        else
            livewidgets::paintClock(painter, rect, clockCount(), m_pulse, accent, t);
        break;
    }
    case NodeKind::IoPin:
        livewidgets::paintBits(painter, rect, m_bits, m_currentBit, accent, t);
        break;
    case NodeKind::External:
    case NodeKind::Proxy:
    case NodeKind::Ring:
    case NodeKind::Script:
        componenticons::paintGlyph(painter, QRectF(rect.left() + 4, rect.center().y() - 11, 22, 22),
            m_spec.kind, t.mutedText);
        break;
    case NodeKind::Keyboard:
    case NodeKind::Queue:
    case NodeKind::Worker:
    case NodeKind::Console:
        break; // their QueueCard paints instead (paintDynamic)
    }
}

} // namespace wb
