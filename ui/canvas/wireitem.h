#pragma once

#include "canvasitem.h"
#include "document/faults.h"
#include "document/wire.h"
#include "spritecache.h"

#include <QPainterPath>

class QFontMetrics;

namespace wb {

// A wire from a node's output port to another node's input port, routed around the cards
// (wirerouting) with rounded corners, its message count beside it and its fault rules as a
// badge on the other side (both cached: computed when they change, not in paint()). What travels
// on it is drawn by the token layer (tokenlayer.h), which marks it busy meanwhile.
class WireItem final : public CanvasItem
{
public:
    enum { Type = UserType + 2 };
    WireItem(WireId id, NodeId from, NodeId to, const CanvasTheme *theme);

    int type() const override { return Type; }
    WireId id() const { return m_id; }
    NodeId from() const { return m_from; }
    NodeId to() const { return m_to; }

    // Scene coordinates of the output and input ports, and the cards' rectangles to keep off
    // (its own two among them); recomputes the route, and where the count and badge go.
    void setEnds(QPointF start, QPointF end, const QList<QRectF> &cards = {});
    // The way the wire runs, in scene coordinates (item coordinates too: the item sits at 0,0);
    // from the output port to the arrow's base.
    const QPainterPath &path() const { return m_path; }
    // The route's corner points, from port to arrow.
    const QList<QPointF> &corners() const { return m_corners; }
    // Where a token `percent` of the way along is (cheap: from samples at equal lengths).
    QPointF pointAt(qreal percent) const;

    void setFaults(const WireFaults &faults);
    const WireFaults &faults() const { return m_faults; }
    // The fault rules as drawn on the badge (faults::summary()); empty: no badge.
    QString badgeText() const { return m_badge; }
    QRectF badgeRect() const { return m_badgeRect; }
    QRectF labelRect() const { return m_labelRect; }
    void setCounters(quint64 sent, quint64 acked, quint64 failed);
    quint64 sentCount() const { return m_sent; }
    // While the source's accent marks who drives the wire.
    void setColor(const QColor &color);

    // Something travels on it (the token layer says): drawn in its source's accent.
    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }
    // Nothing of its own moves: what travels is the token layer's.
    bool step(qint64) override { return false; }

    // The theme's colours changed: the label's and the badge's sprites are stale.
    void themeChanged();
    // Sprites rendered so far (tests: frames blit them, a change of the label renders anew).
    int spriteRenders() const { return m_sprites.renderCount(); }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget) override;

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    void updateLabel();
    void paintBadge(QPainter *painter, const QRectF &rect) const;
    void paintLabel(QPainter *painter, const QRectF &rect) const;
    void paintLabelSprites(QPainter *painter);

    WireId m_id;
    NodeId m_from;
    NodeId m_to;
    QPainterPath m_path;
    QList<QPointF> m_corners;
    QList<QRectF> m_nearbyCards; // the cards near the route: the tags keep off them
    QList<QPointF> m_samples;
    QRectF m_bounds;
    QRectF m_labelRect;
    WireFaults m_faults;
    QString m_badge;
    QRectF m_badgeRect;
    bool m_tagsStale = true; // the route changed since the tags were placed
    QString m_label;
    qreal m_labelWidth = 0; // its characters' advances
    QColor m_color;
    quint64 m_sent = 0;
    quint64 m_acked = 0;
    quint64 m_failed = 0;
    bool m_busy = false;
    bool m_hovered = false;
    SpriteCache m_sprites;
};

} // namespace wb
