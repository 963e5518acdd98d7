#pragma once

#include <QPointF>

class QMenu;

namespace wb {
class CircuitView;
}

// The canvas's context menu for what is under `scenePos`: a node (start/stop, rename,
// properties, show in plot, delete), a wire (delete) or the empty canvas (add a node, paste,
// fit). The menu is parented to the view and acts through its slots and the editor.
namespace wb::canvasmenu {

QMenu *create(CircuitView *view, QPointF scenePos);

} // namespace wb::canvasmenu
