#pragma once

class QKeyEvent;

// The canvas's key bindings, in one table: which command a key press means.
namespace wb::canvaskeys {

enum class Command {
    None,
    Copy,
    Paste,
    Duplicate,
    SelectAll,
    Delete,
    Rename,
    ZoomIn,
    ZoomOut,
    FitAll,
    ResetZoom,
    NudgeLeft,
    NudgeRight,
    NudgeUp,
    NudgeDown,
    Cancel,
};

Command commandFor(const QKeyEvent *event);

} // namespace wb::canvaskeys
