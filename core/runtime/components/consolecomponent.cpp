#include "runtime/components/consolecomponent.h"

namespace wb {

void ConsoleComponent::setup(const QVariantMap &params)
{
    m_history = int(
        std::clamp<qint64>(params.value(QStringLiteral("history"), 1000).toLongLong(), 1, 100000));
    while (m_lines.size() > m_history)
        m_lines.dequeue();
}

void ConsoleComponent::start()
{
    m_lines.clear();
    m_received = 0;
}

void ConsoleComponent::loop(const QString &channel, const QString &message, Reply reply)
{
    ++m_received;
    const QString from = context()->currentSender();
    m_lines.enqueue({ from, message, channel });
    if (m_lines.size() > m_history)
        m_lines.dequeue();
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
    m_lines.clear();
    if (reportingLive())
        Q_EMIT liveState(
            { { QStringLiteral("cleared"), true }, { QStringLiteral("count"), m_received } });
    return true;
}

QList<QPair<QString, qint64>> ConsoleComponent::counts() const
{
    return { { QStringLiteral("received"), m_received } };
}

} // namespace wb
