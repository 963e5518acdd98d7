#include "runtime/components/consolecomponent.h"

namespace wb {

void ConsoleComponent::loop(const QString &channel, const QString &message, Reply reply)
{
    ++m_received;
    const QString from = context()->currentSender();
    const QString line = from + QStringLiteral(": ") + message;
    if (logging())
        log(line);
    if (reportingLive()) {
        Q_EMIT liveState({ { QStringLiteral("line"), line }, { QStringLiteral("from"), from },
            { QStringLiteral("text"), message }, { QStringLiteral("channel"), channel },
            { QStringLiteral("count"), m_received } });
    }
    reply(QStringLiteral("printed"));
}

bool ConsoleComponent::command(const QString &name, const QVariantMap &)
{
    if (name != QLatin1String("clear"))
        return false;
    if (reportingLive()) {
        Q_EMIT liveState(
            { { QStringLiteral("cleared"), true }, { QStringLiteral("count"), m_received } });
    }
    return true;
}

QList<QPair<QString, qint64>> ConsoleComponent::counts() const
{
    return { { QStringLiteral("received"), m_received } };
}

} // namespace wb
