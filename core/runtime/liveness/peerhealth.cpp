#include "runtime/liveness/peerhealth.h"

namespace wb {

QString peerHealthName(PeerHealth health)
{
    switch (health) {
    case PeerHealth::Unknown:
        return QStringLiteral("unknown");
    case PeerHealth::Alive:
        return QStringLiteral("alive");
    case PeerHealth::Suspect:
        return QStringLiteral("suspect");
    case PeerHealth::Dead:
        return QStringLiteral("dead");
    case PeerHealth::Reconnecting:
        return QStringLiteral("reconnecting");
    }
    return {};
}

} // namespace wb
