#include "spritecache.h"

#include <QPainter>

#include <cmath>

namespace wb {

bool SpriteCache::begin(QPainter *painter)
{
    m_world = painter->worldTransform();
    m_dpr = painter->device() ? painter->device()->devicePixelRatio() : 1.0;
    const qreal scale = m_world.m11() * m_dpr;
    if (m_world.type() > QTransform::TxScale || m_world.m11() != m_world.m22() || scale <= 0
        || scale > kMaxScale) {
        return false;
    }
    if (!qFuzzyCompare(scale, m_scale)) {
        m_sprites.clear();
        m_scale = scale;
    }
    return true;
}

QHash<quint64, SpriteCache::Sprite>::const_iterator
SpriteCache::add(QPainter *painter, quint64 key, const Picture &picture)
{
    if (m_sprites.size() >= kMaxSprites)
        m_sprites.clear();
    const QSize size = (picture.rect.size() * m_scale).toSize() + QSize(2, 2);
    QPixmap pixmap(size);
    pixmap.setDevicePixelRatio(m_dpr);
    pixmap.fill(Qt::transparent);
    QPainter sprite(&pixmap);
    sprite.setRenderHints(painter->renderHints());
    sprite.setFont(painter->font());
    sprite.scale(m_world.m11(), m_world.m11());
    sprite.translate(-picture.rect.topLeft());
    picture.render(&sprite);
    sprite.end();
    ++m_renders;
    return m_sprites.insert(key, { pixmap, picture.rect.topLeft() });
}

void SpriteCache::blit(QPainter *painter, const Sprite &sprite, QPointF at)
{
    // The sprite's top left at a whole device pixel: a plain copy, no resampling.
    const QPointF exact = m_world.map(at + sprite.offset) * m_dpr;
    painter->setWorldTransform(QTransform::fromTranslate(std::round(exact.x()) / m_dpr,
                                                         std::round(exact.y()) / m_dpr));
    painter->drawPixmap(QPointF(0, 0), sprite.pixmap);
}

SpriteCache::Picture SpriteCache::glyph(QChar ch, qreal width, qreal height, const QFont &font,
                                        const QColor &color)
{
    return { QRectF(-2, -height / 2, width + 4, height), [=](QPainter *p) {
                p->setFont(font);
                p->setPen(color);
                // Twice the advance: a glyph's ink may reach past it (italic, kerning).
                p->drawText(QRectF(0, -height / 2, width * 2, height),
                            Qt::AlignLeft | Qt::AlignVCenter, ch);
            } };
}

void SpriteCache::end(QPainter *painter)
{
    painter->setWorldTransform(m_world);
}

} // namespace wb
