#pragma once

#include "runtime/liveness/peerhealth.h"

#include <QColor>
#include <QIcon>
#include <QString>

namespace wb::healthvisuals {

// One colour and one word per peer health, the same on the canvas, in the mesh table and in
// the inspector (statevisuals does the same for local nodes' states).
QColor color(PeerHealth health);
QString text(PeerHealth health);
// The health's colour in a shape of its own (a dot, a ring, a triangle, a cross, an open
// ring), so that a cell that shows only the icon does not tell the healths apart by colour
// alone.
QIcon icon(PeerHealth health);
// "alive · 0.81 ms", "dead"; the round trip only while the peer answers.
QString summary(const PeerStatus &status);
// Health, last round trip, and why it is dead and when it is tried again, as plain lines.
QString details(const PeerStatus &status);

} // namespace wb::healthvisuals
