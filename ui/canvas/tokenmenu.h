#pragma once

#include <QPointF>

class QMenu;

namespace wb {
class CircuitView;
}

// What a click and the context menu do to a held or delayed token on the canvas: deliver it
// now, drop it or duplicate it, through the run's gate (DeliveryController), by its ticket.
namespace wb::tokenmenu {

// The hit radius in scene units at the view's zoom: a few pixels around the disc.
qreal hitRadius(const CircuitView *view);
// Delivers the held token under `scenePos` now; false when there is none there.
bool deliverAt(CircuitView *view, QPointF scenePos);
// The menu for the held token under `scenePos` (parented to the view), or null when there is
// none there.
QMenu *create(CircuitView *view, QPointF scenePos);

} // namespace wb::tokenmenu
