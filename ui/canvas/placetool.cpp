#include "placetool.h"

#include "circuiteditor.h"
#include "circuitscene.h"
#include "circuitview.h"
#include "nodeitem.h"

#include <QMouseEvent>

namespace wb {

void PlaceTool::arm(NodeKind kind)
{
    m_kind = kind;
    view()->viewport()->setCursor(Qt::CrossCursor);
    view()->showStatus(QObject::tr("Click on the canvas to place a %1; Escape cancels.")
                           .arg(kinds::name(kind)));
}

void PlaceTool::disarm()
{
    if (!m_kind)
        return;
    m_kind.reset();
    view()->viewport()->unsetCursor();
}

NodeId PlaceTool::placeAt(NodeKind kind, QPointF scenePos)
{
    const QPointF topLeft =
        CircuitScene::snap(scenePos - QPointF(NodeItem::kWidth / 2, NodeItem::kHeight / 2));
    const NodeId id = view()->editor()->addNode(kind, topLeft);
    if (id != 0) {
        view()->circuitScene()->selectNodes({ id });
        view()->showStatus(QObject::tr("Placed %1.").arg(view()->editor()->circuit()->node(id)->name));
    }
    return id;
}

bool PlaceTool::press(QMouseEvent *event, QPointF scenePos)
{
    if (!m_kind || event->button() != Qt::LeftButton)
        return false;
    const NodeKind kind = *m_kind;
    // Shift keeps the tool armed for placing several.
    if (!(event->modifiers() & Qt::ShiftModifier))
        disarm();
    placeAt(kind, scenePos);
    return true;
}

} // namespace wb
