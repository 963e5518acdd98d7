#include "runtime/components/workercomponent.h"

#include "net/wireprotocol.h"

#include <cmath>

namespace wb {

namespace {

// SplitMix64's finaliser: spreads a run's seed and a name over every bit.
quint64 mix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

// FNV-1a over the name's UTF-16: the same on every run and platform (qHash is not promised to
// be).
quint64 nameHash(const QString &name)
{
    quint64 h = 0xcbf29ce484222325ULL;
    for (const QChar c : name) {
        h ^= c.unicode();
        h *= 0x100000001b3ULL;
    }
    return h;
}

} // namespace

WorkerComponent::WorkerComponent(NodeContext *context, QObject *parent)
    : Component(context, parent)
    , m_timer(context->timeSource(), this)
    , m_hang(context->timeSource())
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &RunTimer::timeout, this, &WorkerComponent::onServed);
    m_hang.add(&m_timer);
}

void WorkerComponent::setup(const QVariantMap &params)
{
    m_serviceMs = std::max<qint64>(0, params.value(QStringLiteral("serviceMs"), 1000).toLongLong());
    m_random = params.value(QStringLiteral("service")).toString() == QLatin1String("random");
    std::optional<quint32> seed;
    if (params.contains(QStringLiteral("seed")))
        seed = quint32(params.value(QStringLiteral("seed")).toLongLong());
    // Reseeded only when the seed itself changes, so that editing the mean mid-run does not
    // restart the sequence.
    if (seed != m_seed) {
        m_seed = seed;
        m_seeded = false;
    }
}

void WorkerComponent::start()
{
    stop();
    m_running = true;
    m_seeded = false; // a new run draws its sequence again
    m_received = m_done = m_failed = 0;
    report();
}

void WorkerComponent::stop()
{
    m_running = false;
    ++m_generation;
    m_timer.stop();
    m_waiting.clear();
    m_current = {};
    m_serving = false;
    updateBusy();
}

QList<QPair<QString, qint64>> WorkerComponent::counts() const
{
    return { { QStringLiteral("received"), m_received }, { QStringLiteral("done"), m_done },
        { QStringLiteral("failed"), m_failed } };
}

void WorkerComponent::loop(const QString &channel, const QString &message, Reply reply)
{
    ++m_received;
    m_waiting.enqueue({ channel, message, std::move(reply) });
    if (!m_serving)
        serveNext();
    else
        report();
    updateBusy();
}

qint64 WorkerComponent::drawServiceMs()
{
    if (!m_random || m_serviceMs == 0)
        return m_serviceMs;
    if (!m_seeded) {
        // Drawn from the first message on: the run's seed is known by then.
        const quint64 seed = m_seed ? quint64(*m_seed)
                                    : mix(context()->runSeed() ^ nameHash(context()->nodeName()));
        const quint32 words[2] = { quint32(seed), quint32(seed >> 32) };
        m_generator = m_seed ? QRandomGenerator(*m_seed) : QRandomGenerator(words, 2);
        m_seeded = true;
    }
    const double u = m_generator.generateDouble(); // [0, 1)
    const double ms = -double(m_serviceMs) * std::log1p(-u);
    // A draw far out in the tail is cut at a hundred means: a class waits, not a day.
    return std::min<qint64>(std::llround(ms), m_serviceMs * 100);
}

void WorkerComponent::serveNext()
{
    if (!m_running || m_serving || m_waiting.isEmpty())
        return;
    m_current = m_waiting.dequeue();
    m_serving = true;
    m_currentMs = drawServiceMs();
    if (logging())
        log(QStringLiteral("working on: ") + m_current.text);
    report();
    m_timer.start(m_currentMs);
}

void WorkerComponent::onServed()
{
    if (!m_running || !m_serving)
        return;
    if (context()->targetCount() == 0) {
        finish(QStringLiteral("done (%1 ms)").arg(m_currentMs), true);
        return;
    }
    const quint64 generation = m_generation;
    context()->streamToTargets({ m_current.text }, m_current.channel,
        [this, generation](const NodeContext::StreamResult &result) {
            if (generation != m_generation)
                return;
            if (result.ok)
                finish(QStringLiteral("done (%1 ms)").arg(m_currentMs), true);
            else
                finish(wire::errorPrefix() + result.error, false);
        });
}

void WorkerComponent::finish(const QString &ack, bool ok)
{
    const Job job = std::exchange(m_current, {});
    m_serving = false;
    if (ok) {
        ++m_done;
        if (logging())
            log(QStringLiteral("done: %1 (%2 ms)").arg(job.text).arg(m_currentMs));
    } else {
        ++m_failed;
        if (logging())
            log(job.text + QStringLiteral(": ") + ack);
    }
    job.reply(ack);
    // The next one from the event loop: a target that fails at once would otherwise recurse
    // through every message that waits.
    if (!m_waiting.isEmpty()) {
        const quint64 generation = m_generation;
        QMetaObject::invokeMethod(
            this,
            [this, generation] {
                if (generation == m_generation)
                    serveNext();
            },
            Qt::QueuedConnection);
    }
    report();
    updateBusy(); // still busy while one waits
}

void WorkerComponent::report()
{
    if (!reportingLive())
        return;
    Q_EMIT liveState({ { QStringLiteral("busy"), m_serving },
        { QStringLiteral("current"), m_current.text },
        { QStringLiteral("serviceMs"), m_serving ? m_currentMs : 0 },
        { QStringLiteral("done"), m_done }, { QStringLiteral("waiting"), int(m_waiting.size()) } });
}

} // namespace wb
