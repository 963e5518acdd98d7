#include "runtime/components/keyboardcomponent.h"

#include "net/wireprotocol.h"

namespace wb {

KeyboardComponent::KeyboardComponent(NodeContext *context, QObject *parent)
    : Component(context, parent)
{ }

void KeyboardComponent::start()
{
    stop();
    m_running = true;
    m_ended = false;
    m_finished = false;
    m_typed = m_sent = m_acked = m_failed = 0;
    m_last.clear();
    m_lastAck.clear();
    report();
}

void KeyboardComponent::stop()
{
    // What was typed and not sent is gone with the process, as a reader's buffer would be.
    m_running = false;
    ++m_generation;
    m_waiting.clear();
    m_inFlight = false;
    updateBusy();
}

bool KeyboardComponent::command(const QString &name, const QVariantMap &args)
{
    if (!m_running)
        return false;
    if (name == QLatin1String("end")) {
        m_ended = true;
        finishIfDone();
        return true;
    }
    if (name != QLatin1String("type") || m_ended)
        return false;
    QStringList lines;
    const QStringList parts = args.value(QStringLiteral("text")).toString().split(u'\n');
    for (QString line : parts) {
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (!line.isEmpty())
            lines << line;
    }
    if (m_waiting.size() + lines.size() > kMaxWaiting)
        return false;
    m_typed += lines.size();
    for (const QString &line : std::as_const(lines))
        m_waiting.enqueue(line);
    sendNext();
    report();
    return true;
}

QList<QPair<QString, qint64>> KeyboardComponent::counts() const
{
    return { { QStringLiteral("typed"), m_typed }, { QStringLiteral("sent"), m_sent },
        { QStringLiteral("acked"), m_acked }, { QStringLiteral("failed"), m_failed } };
}

void KeyboardComponent::sendNext()
{
    // A line answered at once (no target, or none reachable) is answered inside
    // streamToTargets(): the loop below sends the next one rather than recursing.
    if (m_sending)
        return;
    while (m_running && !m_inFlight && !m_waiting.isEmpty()) {
        m_last = m_waiting.dequeue();
        m_inFlight = true;
        ++m_sent;
        if (logging())
            log(QStringLiteral("> ") + m_last);
        report();
        const quint64 generation = m_generation;
        m_sending = true;
        context()->streamToTargets(
            { m_last }, channel(), [this, generation](const NodeContext::StreamResult &result) {
                if (generation == m_generation)
                    onAnswered(result);
            });
        m_sending = false;
    }
    updateBusy();
    finishIfDone();
}

void KeyboardComponent::onAnswered(const NodeContext::StreamResult &result)
{
    m_inFlight = false;
    bool refused = false;
    for (const QString &ack : result.acks) {
        if (logging())
            log(QStringLiteral("< ") + ack);
        refused = refused || ack.startsWith(wire::errorPrefix());
    }
    if (!result.ok && logging())
        log(result.error);
    if (!result.ok || refused)
        ++m_failed;
    else
        ++m_acked;
    m_lastAck = result.ok ? result.acks.value(0) : wire::errorPrefix() + result.error;
    report();
    sendNext();
}

void KeyboardComponent::finishIfDone()
{
    if (!m_running || !m_ended || m_finished || isBusy())
        return;
    m_finished = true;
    Q_EMIT finished(m_failed == 0, int(std::min<qint64>(m_failed, INT_MAX)));
}

void KeyboardComponent::report()
{
    if (!reportingLive())
        return;
    Q_EMIT liveState(
        { { QStringLiteral("waiting"), int(m_waiting.size()) }, { QStringLiteral("sent"), m_sent },
            { QStringLiteral("last"), m_last }, { QStringLiteral("lastAck"), m_lastAck } });
}

} // namespace wb
