#include "wiretool.h"

#include "canvastheme.h"
#include "circuiteditor.h"
#include "circuitscene.h"
#include "circuitview.h"
#include "nodeitem.h"

#include <QGraphicsPathItem>
#include <QMouseEvent>

namespace wb {

WireTool::~WireTool()
{
    cancel();
}

bool WireTool::press(QMouseEvent *event, QPointF scenePos)
{
    if (event->button() != Qt::LeftButton)
        return false;
    NodeItem *item = view()->circuitScene()->nodeAt(scenePos);
    const NodeItem::Port port = item ? item->portAt(scenePos) : NodeItem::Port::None;
    if (port == NodeItem::Port::None)
        return false;
    m_anchor = item->id();
    m_fromOutput = port == NodeItem::Port::Output;
    m_anchorPos = m_fromOutput ? item->outputPortPos() : item->inputPortPos();
    m_preview = new QGraphicsPathItem;
    QPen pen(view()->circuitScene()->theme().accent(item->kind()), 2, Qt::DashLine, Qt::RoundCap);
    m_preview->setPen(pen);
    m_preview->setZValue(10);
    view()->circuitScene()->addItem(m_preview);
    move(event, scenePos);
    return true;
}

QPair<NodeId, NodeId> WireTool::wireTo(const NodeItem *other) const
{
    return m_fromOutput ? qMakePair(m_anchor, other->id()) : qMakePair(other->id(), m_anchor);
}

void WireTool::move(QMouseEvent *, QPointF scenePos)
{
    CircuitScene *scene = view()->circuitScene();
    NodeItem *over = scene->nodeAt(scenePos);
    if (over && over->id() == m_anchor)
        over = nullptr;
    QPointF end = scenePos;
    if (over) {
        const auto [from, to] = wireTo(over);
        setHighlighted(over, scene->circuit()->wireError(from, to).isEmpty());
        // Snap the preview onto the port it would end at.
        end = m_fromOutput ? over->inputPortPos() : over->outputPortPos();
    } else {
        setHighlighted(nullptr, false);
    }
    const QPointF start = m_fromOutput ? m_anchorPos : end;
    const QPointF stop = m_fromOutput ? end : m_anchorPos;
    const qreal dx = std::max(40.0, std::abs(stop.x() - start.x()) * 0.5);
    QPainterPath path(start);
    path.cubicTo(start + QPointF(dx, 0), stop - QPointF(dx, 0), stop);
    m_preview->setPath(path);
}

void WireTool::release(QMouseEvent *, QPointF scenePos)
{
    CircuitScene *scene = view()->circuitScene();
    NodeItem *over = scene->nodeAt(scenePos);
    const NodeId anchor = m_anchor;
    cancel();
    if (!over) {
        view()->showStatus(QObject::tr("Drop the wire on a node to connect it."));
        return;
    }
    const auto [from, to] = m_fromOutput ? qMakePair(anchor, over->id())
                                         : qMakePair(over->id(), anchor);
    if (const QString error = scene->circuit()->wireError(from, to); !error.isEmpty()) {
        view()->showStatus(error);
        return;
    }
    if (view()->editor()->addWire(from, to)) {
        view()->showStatus(QObject::tr("Wired %1 to %2.")
                               .arg(scene->circuit()->node(from)->name,
                                    scene->circuit()->node(to)->name));
    }
}

void WireTool::cancel()
{
    setHighlighted(nullptr, false);
    delete m_preview;
    m_preview = nullptr;
    m_anchor = 0;
}

void WireTool::setHighlighted(NodeItem *item, bool valid)
{
    CircuitScene *scene = view()->circuitScene();
    if (NodeItem *old = scene->nodeItem(m_highlighted); old && old != item)
        old->setDropHighlight(false, false);
    m_highlighted = item ? item->id() : 0;
    if (item)
        item->setDropHighlight(true, valid);
}

} // namespace wb
