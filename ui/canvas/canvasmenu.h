#pragma once

#include <QPointF>

class QMenu;

namespace wb {
class CircuitView;
}

// The canvas's context menu for what is under `scenePos`: a node (start/stop; crash, hang,
// wake and restart while the circuit runs; rename, properties, show in plot, delete), a wire
// (fault presets, edit faults, delete) or the empty canvas (add a node, paste, fit). The menu is
// parented to the view and acts through its slots, the editor and the runtime.
namespace wb::canvasmenu {

QMenu *create(CircuitView *view, QPointF scenePos);

} // namespace wb::canvasmenu
