#pragma once

#include <QColor>
#include <QFont>
#include <QHash>
#include <QPixmap>
#include <QRectF>
#include <QString>
#include <QTransform>

#include <functional>

class QPainter;

namespace wb {

// Small pictures a frame draws again and again (a wire's tokens and its counter label, a live
// widget's parts), rendered once at the view's device scale and blitted 1:1 at a whole device
// pixel: a blit costs a fraction of antialiased shapes and shaped text (issue 6: the tokens'
// pills and numbers were a third of the window's time with 200 nodes running). The cache holds
// one scale: a zoom re-renders what is drawn next. The owner clears it when what a key stands
// for changes (the theme).
class SpriteCache
{
public:
    using Render = std::function<void(QPainter *)>;
    // Beyond this many device pixels per unit sprites would be large: paint directly.
    static constexpr qreal kMaxScale = 4;
    // More keys than this means counts run high: start over rather than grow.
    static constexpr int kMaxSprites = 256;

    // Starts drawing sprites with `painter`; false when its transform does not allow a 1:1
    // blit (rotation, shear, unequal or too large scale): the caller paints directly. While
    // sprites are drawn the painter's world transform is a translation; end() restores it.
    bool begin(QPainter *painter);
    // What a sprite shows: the area it covers and how to paint it, in item coordinates
    // relative to the point it is drawn at.
    struct Picture
    {
        QRectF rect;
        Render render;
    };
    // Draws sprite `key` at item point `at`; `make()` (returning a Picture) is called only when
    // the sprite is not cached yet.
    template <typename Make>
    void draw(QPainter *painter, quint64 key, QPointF at, Make &&make)
    {
        auto it = m_sprites.constFind(key);
        if (it == m_sprites.cend())
            it = add(painter, key, make());
        blit(painter, *it, at);
    }
    // Draws `text` from one sprite per character, so that a count or a label that changes with
    // every update renders nothing new: left end at `left.x()`, centred on `left.y()` in a box
    // `height` high, in `font` and `color`. A character's key is `keyBase | its code`, so
    // `keyBase` stands for the font and colour. `advance(QChar)` gives each character's width.
    template <typename Advance>
    void drawGlyphs(QPainter *painter, quint64 keyBase, QPointF left, qreal height,
                    const QString &text, const QFont &font, const QColor &color, Advance advance)
    {
        qreal x = left.x();
        for (const QChar ch : text) {
            const qreal width = advance(ch);
            draw(painter, keyBase | ch.unicode(), QPointF(x, left.y()),
                 [&] { return glyph(ch, width, height, font, color); });
            x += width;
        }
    }
    void end(QPainter *painter);

    void remove(quint64 key) { m_sprites.remove(key); }
    void clear() { m_sprites.clear(); }
    qsizetype size() const { return m_sprites.size(); }
    // How many sprites were rendered so far (tests: a cached sprite is not rendered again).
    int renderCount() const { return m_renders; }

private:
    struct Sprite
    {
        QPixmap pixmap;
        QPointF offset;
    };

    QHash<quint64, Sprite>::const_iterator add(QPainter *painter, quint64 key,
                                               const Picture &picture);
    void blit(QPainter *painter, const Sprite &sprite, QPointF at);
    static Picture glyph(QChar ch, qreal width, qreal height, const QFont &font,
                         const QColor &color);

    QHash<quint64, Sprite> m_sprites;
    QTransform m_world;
    qreal m_dpr = 1;
    qreal m_scale = 0;
    int m_renders = 0;
};

} // namespace wb
