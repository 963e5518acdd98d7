#pragma once

class QPainter;
class QWidget;

// A visible keyboard focus for the plots that paint themselves (the logic analyzer, the sequence
// chart): a frame in the highlight colour while the widget has the focus.
namespace wb::focusframe {

// Repaints `widget` when it gains or loses the focus (an event filter it owns).
void install(QWidget *widget);
// Draws the frame if `widget` has the focus; call at the end of its paintEvent.
void paint(QPainter *painter, const QWidget *widget);

} // namespace wb::focusframe
