#include "healthvisuals.h"

#include "statevisuals.h"
#include "theme.h"

#include <QCoreApplication>

namespace wb::healthvisuals {

QColor color(PeerHealth health)
{
    const theme::Colors c = theme::colors();
    switch (health) {
    case PeerHealth::Unknown:
        return c.idle;
    case PeerHealth::Alive:
        return c.running;
    case PeerHealth::Suspect:
        return c.warning;
    case PeerHealth::Dead:
        return c.error;
    case PeerHealth::Reconnecting:
        return c.accent;
    }
    return c.idle;
}

QString text(PeerHealth health)
{
    return peerHealthName(health);
}

QString summary(const PeerStatus &status)
{
    if (isReachable(status.health) && status.rttNs >= 0)
        return QStringLiteral("%1 · %2").arg(
            text(status.health), statevisuals::durationText(status.rttNs));
    return text(status.health);
}

QString details(const PeerStatus &status)
{
    QStringList lines;
    lines << (status.health == PeerHealth::Unknown
            ? QCoreApplication::translate("healthvisuals",
                "health unknown: not watched (nothing runs), "
                "or the first attempt is under way")
            : QCoreApplication::translate("healthvisuals", "health: %1").arg(text(status.health)));
    if (status.rttNs >= 0)
        lines << QCoreApplication::translate("healthvisuals", "last ping round trip: %1")
                     .arg(statevisuals::durationText(status.rttNs));
    if (!status.error.isEmpty())
        lines << status.error;
    if (status.retryInMs >= 0)
        lines << QCoreApplication::translate("healthvisuals", "next attempt in %1 s")
                     .arg(double(status.retryInMs) / 1000, 0, 'f', 1);
    return lines.join(u'\n');
}

} // namespace wb::healthvisuals
