#include "runtime/components/buzzercomponent.h"

namespace wb {

void BuzzerComponent::setup(const QVariantMap &params)
{
    m_sound = params.value(QStringLiteral("sound"), QStringLiteral("buzz buzz buzz")).toString();
}

void BuzzerComponent::loop(const QString &, const QString &message, Reply reply)
{
    const bool buzzing = message == QLatin1String("1");
    const QString behavior = buzzing ? m_sound : QStringLiteral("...");
    if (logging())
        log(u"signal " + message + u" received -> " + behavior);
    if (reportingLive())
        Q_EMIT liveState({ { QStringLiteral("buzzing"), buzzing } });
    reply(behavior);
}

} // namespace wb
