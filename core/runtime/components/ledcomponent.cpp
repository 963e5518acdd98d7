#include "runtime/components/ledcomponent.h"

namespace wb {

void LedComponent::loop(const QString &, const QString &message, Reply reply)
{
    const bool on = message == QLatin1String("1");
    const QString ack = on ? QStringLiteral("on") : QStringLiteral("off");
    if (logging())
        log(u"signal " + message + u" received -> " + ack);
    if (reportingLive())
        Q_EMIT liveState({ { QStringLiteral("on"), on } });
    reply(ack);
}

} // namespace wb
