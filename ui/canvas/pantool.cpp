#include "pantool.h"

#include "circuitview.h"

#include <QMouseEvent>
#include <QScrollBar>

namespace wb {

bool PanTool::press(QMouseEvent *event, QPointF)
{
    const bool pan = event->button() == Qt::MiddleButton
        || (event->button() == Qt::LeftButton && view()->isSpacePanning());
    if (!pan)
        return false;
    m_last = event->position().toPoint();
    view()->setAutoFit(false);
    view()->viewport()->setCursor(Qt::ClosedHandCursor);
    return true;
}

void PanTool::move(QMouseEvent *event, QPointF)
{
    const QPoint at = event->position().toPoint();
    const QPoint delta = at - m_last;
    m_last = at;
    view()->horizontalScrollBar()->setValue(view()->horizontalScrollBar()->value() - delta.x());
    view()->verticalScrollBar()->setValue(view()->verticalScrollBar()->value() - delta.y());
}

void PanTool::release(QMouseEvent *, QPointF)
{
    cancel();
}

void PanTool::cancel()
{
    if (view()->isSpacePanning())
        view()->viewport()->setCursor(Qt::OpenHandCursor);
    else
        view()->viewport()->unsetCursor();
}

} // namespace wb
