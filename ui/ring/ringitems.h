#pragma once

#include "canvas/canvasitem.h"
#include "document/nodespec.h"
#include "document/wire.h"
#include "ringpicture.h"

#include <QPainterPath>

namespace wb {

// Where a ring member's successor really is when its wire goes elsewhere (a bypass after a
// failure, docs/ring.md): a dashed curve with an arrow from the member's output port to its
// successor's input port, labelled "bypass". Not a wire of the document: it cannot be selected
// or edited, and it goes when the ring is back. Its geometry changes only in setEnds().
class BypassItem final : public CanvasItem
{
public:
    enum { Type = UserType + 8 };

    // `connector`: its id for the token layer, below 0 (never a wire's).
    BypassItem(NodeId from, NodeId to, WireId connector, const CanvasTheme *theme);

    int type() const override { return Type; }
    NodeId from() const { return m_from; }
    NodeId to() const { return m_to; }
    WireId connectorId() const { return m_connector; }
    // The member it goes round: where its member's wire goes (0: none).
    NodeId around() const { return m_around; }
    void setAround(NodeId id) { m_around = id; }
    // Scene coordinates of the member's output port and its successor's input port, and the
    // card of the member it goes round (its wire's end; null: none).
    void setEnds(QPointF start, QPointF end, const QRectF &around = {});
    QPointF start() const { return m_start; }
    QPointF end() const { return m_end; }
    // The way it runs, in scene coordinates (the item sits at 0,0): the token layer moves
    // what travels on it along this.
    const QPainterPath &path() const { return m_path; }
    bool step(qint64) override { return false; }

    QRectF boundingRect() const override { return m_bounds; }
    QPainterPath shape() const override { return m_shape; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    NodeId m_from;
    NodeId m_to;
    WireId m_connector;
    NodeId m_around = 0;
    QPointF m_start;
    QPointF m_end;
    QPainterPath m_path;
    QPainterPath m_arrow;
    QPainterPath m_shape;
    QRectF m_label;
    QRectF m_bounds;
};

// A ring member that another member suspects (amber, dashed outline, "?") or believes dead
// (red outline, the card crossed out), with a chip under the card saying so and a tooltip
// naming who thinks so. It lies over the card but only its outline and chip take the mouse:
// the card underneath is still clicked, dragged and wired as ever.
class RingMarkItem final : public CanvasItem
{
public:
    enum { Type = UserType + 9 };

    RingMarkItem(NodeId node, const CanvasTheme *theme);

    int type() const override { return Type; }
    NodeId node() const { return m_node; }
    void setMark(const RingPicture::Mark &mark, const QString &name);
    RingPicture::Opinion opinion() const { return m_mark.opinion; }
    QString chipText() const { return m_chip; }
    bool step(qint64) override { return false; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override { return m_shape; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    NodeId m_node;
    RingPicture::Mark m_mark;
    QString m_chip;
    QRectF m_chipRect;
    QPainterPath m_shape;
};

} // namespace wb
