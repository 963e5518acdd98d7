#pragma once

#include "runtime/liveness/backoff.h"

#include <QMetaType>
#include <QString>

namespace wb {

// How a peer node looks from here, judged by WebSocket ping/pong on a connection to it.
// Unknown: not asked yet (or the first attempt is under way). Alive: connected, pongs come
// back. Suspect: a ping is late (more than one interval). Dead: no pong within the timeout, or
// the connection dropped or could not be made. Reconnecting: a new attempt after a loss.
enum class PeerHealth { Unknown, Alive, Suspect, Dead, Reconnecting };

QString peerHealthName(PeerHealth health);

// Reachable as far as we know: a message to it is worth trying.
inline bool isReachable(PeerHealth health)
{
    return health == PeerHealth::Alive || health == PeerHealth::Suspect;
}

// The liveness settings every watched connection uses (docs/protocol.md, "Liveness").
struct LivenessSettings
{
    int pingIntervalMs = 1000;
    int pongTimeoutMs = 3000; // also the limit for a WebSocket handshake
    BackoffPolicy backoff;

    bool operator==(const LivenessSettings &) const = default;
};

// What a view shows of a peer: its health, the last round trip and why it is not alive.
struct PeerStatus
{
    PeerHealth health = PeerHealth::Unknown;
    qint64 rttNs = -1; // last ping round trip; -1 before the first pong
    QString error; // why it is dead, when it is
    int retryInMs = -1; // Dead: delay until the next attempt

    bool operator==(const PeerStatus &) const = default;
};

} // namespace wb

Q_DECLARE_METATYPE(wb::PeerHealth)
