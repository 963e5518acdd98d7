#include "tokentool.h"

#include "tokenmenu.h"

#include <QMouseEvent>

namespace wb {

bool TokenTool::press(QMouseEvent *event, QPointF scenePos)
{
    return event->button() == Qt::LeftButton && event->modifiers() == Qt::NoModifier
        && tokenmenu::deliverAt(view(), scenePos);
}

} // namespace wb
