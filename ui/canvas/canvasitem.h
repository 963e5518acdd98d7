#pragma once

#include <QGraphicsItem>

namespace wb {

struct CanvasTheme;

// What the scene's items share: the theme they paint with (owned by the scene) and one
// animation step per frame. Items never repaint on their own: the scene calls step() and
// update() on the items that asked for a frame, at most 30 times a second.
class CanvasItem : public QGraphicsItem
{
public:
    explicit CanvasItem(const CanvasTheme *theme, QGraphicsItem *parent = nullptr)
        : QGraphicsItem(parent)
        , m_theme(theme)
    {
    }

    // Advances animations to `nowMs`; returns whether the item wants another frame.
    virtual bool step(qint64 nowMs) = 0;

protected:
    const CanvasTheme &theme() const { return *m_theme; }

private:
    const CanvasTheme *m_theme;
};

} // namespace wb
