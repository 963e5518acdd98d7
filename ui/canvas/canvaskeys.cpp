#include "canvaskeys.h"

#include <QKeyEvent>

namespace wb::canvaskeys {

Command commandFor(const QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy))
        return Command::Copy;
    if (event->matches(QKeySequence::Paste))
        return Command::Paste;
    if (event->matches(QKeySequence::SelectAll))
        return Command::SelectAll;
    if (event->matches(QKeySequence::ZoomIn))
        return Command::ZoomIn;
    if (event->matches(QKeySequence::ZoomOut))
        return Command::ZoomOut;
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    const bool plain = mods == Qt::NoModifier || mods == Qt::ShiftModifier;
    if (mods == Qt::ControlModifier) {
        switch (event->key()) {
        case Qt::Key_D:
            return Command::Duplicate;
        case Qt::Key_0:
            return Command::FitAll;
        case Qt::Key_1:
            return Command::ResetZoom;
        case Qt::Key_Equal: // Ctrl+= is Ctrl++ without shift on most layouts
        case Qt::Key_Plus:
            return Command::ZoomIn;
        case Qt::Key_Minus:
            return Command::ZoomOut;
        default:
            return Command::None;
        }
    }
    if (!plain)
        return Command::None;
    switch (event->key()) {
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        return Command::Delete;
    case Qt::Key_F2:
        return Command::Rename;
    case Qt::Key_Escape:
        return Command::Cancel;
    case Qt::Key_Left:
        return Command::NudgeLeft;
    case Qt::Key_Right:
        return Command::NudgeRight;
    case Qt::Key_Up:
        return Command::NudgeUp;
    case Qt::Key_Down:
        return Command::NudgeDown;
    default:
        return Command::None;
    }
}

} // namespace wb::canvaskeys
