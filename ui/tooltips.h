#pragma once

#include <QString>
#include <functional>

class QEvent;
class QPoint;
class QWidget;

namespace wb {

// For a view's event(): on a QEvent::ToolTip shows textAt(the mouse's position) next to the
// mouse, or hides the tip where it is empty, and returns true; false for any other event.
bool showToolTip(
    QWidget *widget, QEvent *event, const std::function<QString(const QPoint &)> &textAt);

} // namespace wb
