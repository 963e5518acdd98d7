#pragma once

#include <QPointF>

class QKeyEvent;
class QMouseEvent;

namespace wb {

class CircuitView;

// One way of handling a mouse gesture on the canvas (select and move, wire, place, pan). The
// view offers each press to its tools in order; the first that takes it gets the moves and
// the release of that gesture. So no mouse handler switches over modes.
class CanvasTool
{
public:
    explicit CanvasTool(CircuitView *view)
        : m_view(view)
    {
    }
    virtual ~CanvasTool() = default;
    CanvasTool(const CanvasTool &) = delete;
    CanvasTool &operator=(const CanvasTool &) = delete;

    // Whether this tool takes the gesture that starts with this press.
    virtual bool press(QMouseEvent *event, QPointF scenePos) = 0;
    virtual void move(QMouseEvent *event, QPointF scenePos) = 0;
    virtual void release(QMouseEvent *event, QPointF scenePos) = 0;
    // The gesture ends early (Escape, lost focus): undo its traces on screen, edit nothing.
    virtual void cancel() = 0;
    // Whether this tool takes this key press (the keyboard's tool: ui/canvas/keyboardtool.h).
    virtual bool keyPress(QKeyEvent *) { return false; }

protected:
    CircuitView *view() const { return m_view; }

private:
    CircuitView *m_view;
};

} // namespace wb
