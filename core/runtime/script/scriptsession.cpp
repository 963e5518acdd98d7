#include "runtime/script/scriptsession.h"

#include "net/wireprotocol.h"
#include "runtime/script/scriptengine.h"
#include "runtime/timesource.h"
#include "runtime/traffic.h"

#include <QThread>

namespace wb {

namespace {

constexpr int kWatchdogMs = 100;
// How long a thread gets to end after its sketch was interrupted (an interrupted call
// unwinds in microseconds; this only bounds a wait that should never be long).
constexpr int kJoinMs = 3000;
// Interrupted and not back yet: an interrupted sketch returns within moments (then the thread
// is joined and the engine freed now), a native call no interrupt reaches may take long (then
// the window does not wait for it).
constexpr int kStuckJoinMs = 250;

} // namespace

ScriptSession::ScriptSession(
    NodeContext *context, const QString &source, const QVariantMap &params, QObject *parent)
    : QObject(parent), m_context(context), m_thread(new QThread), m_engine(new ScriptEngine)
{
    m_thread->setObjectName(QStringLiteral("script ") + context->nodeName());
    m_engine->moveToThread(m_thread);
    connect(m_engine, &ScriptEngine::loaded, this, [this] {
        m_loaded = true;
        Q_EMIT loaded();
    });
    connect(m_engine, &ScriptEngine::loadFailed, this, &ScriptSession::fail);
    connect(m_engine, &ScriptEngine::interrupted, this, [this](const QString &in, int line) {
        ScriptError error;
        error.phase = ScriptError::Phase::Runaway;
        error.runawayIn = in;
        error.line = line;
        fail(error);
    });
    connect(m_engine, &ScriptEngine::logLines, this, [this](const QStringList &lines) {
        for (const QString &line : lines)
            Q_EMIT logLine(line);
    });
    connect(m_engine, &ScriptEngine::acked, this, &ScriptSession::onAcked);
    connect(m_engine, &ScriptEngine::errorReported, this, &ScriptSession::errorReported);
    connect(m_engine, &ScriptEngine::streamRequested, this, &ScriptSession::onStreamRequested);
    connect(m_engine, &ScriptEngine::timerRequested, this, &ScriptSession::onTimerRequested);
    connect(m_engine, &ScriptEngine::timerCleared, this, &ScriptSession::onTimerCleared);
    m_thread->start();
    m_watchdog.setInterval(kWatchdogMs);
    connect(&m_watchdog, &QTimer::timeout, this, &ScriptSession::watch);
    m_watchdog.start();
    m_engine->setRunSeed(context->runSeed());
    const QString name = context->nodeName();
    QMetaObject::invokeMethod(
        m_engine, [engine = m_engine, source, params, name] { engine->load(source, params, name); },
        Qt::QueuedConnection);
}

ScriptSession::~ScriptSession()
{
    m_watchdog.stop();
    qDeleteAll(m_timers);
    m_engine->interrupt(); // whatever JavaScript it runs now ends: the thread can be joined
    // Stuck in one native call that no interrupt reaches (a huge regular expression): the
    // window does not wait for it; the thread ends and goes when that call returns.
    const bool stuck = m_interruptedAtNs != 0 && m_engine->busySinceNs() != 0;
    // Deleted by its own thread as that thread ends: a deleteLater() queued to a thread that
    // is quitting may never be called, and the engine (with everything JavaScript held) leaked.
    connect(m_thread, &QThread::finished, m_engine, &QObject::deleteLater);
    m_thread->quit();
    if (m_thread->wait(stuck ? kStuckJoinMs : kJoinMs)) {
        delete m_thread;
        return;
    }
    // Never destroyed while running (which aborts): deleted once it has finished.
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    if (m_thread->isFinished())
        m_thread->deleteLater();
}

void ScriptSession::dispatch(const QString &channel, const QString &message, Component::Reply reply)
{
    if (m_failed) {
        reply(wire::errorPrefix() + QStringLiteral("the sketch is not running"));
        return;
    }
    const quint64 id = m_nextId++;
    m_pending.insert(id, std::move(reply));
    m_engine->setRunSeed(m_context->runSeed());
    QMetaObject::invokeMethod(
        m_engine,
        [engine = m_engine, id, channel, message] { engine->dispatch(id, channel, message); },
        Qt::QueuedConnection);
}

void ScriptSession::retire()
{
    m_retired = true;
    qDeleteAll(m_timers);
    m_timers.clear();
    m_dueWhileFrozen.clear();
    if (m_pending.isEmpty()) {
        Q_EMIT drained();
        return;
    }
    // What waits for a stream's acks still comes; what waited for one of its timers never
    // will: after a grace it is answered with an error, so that no sender waits for ever.
    QTimer::singleShot(kRetireGraceMs, this, [this] {
        const auto pending = std::exchange(m_pending, {});
        for (const Component::Reply &reply : pending) {
            reply(
                wire::errorPrefix() + QStringLiteral("the sketch was reloaded before it answered"));
            Q_EMIT replied(true);
        }
        if (!pending.isEmpty())
            Q_EMIT drained();
    });
}

void ScriptSession::setFrozen(bool frozen)
{
    m_frozen = frozen;
    if (frozen)
        return;
    // A hung node's timers that came due fire once it wakes, as a clock's overdue tick.
    const QSet<int> due = std::exchange(m_dueWhileFrozen, {});
    for (int id : due)
        fire(id);
}

void ScriptSession::onAcked(quint64 id, const QString &ack, bool error)
{
    auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    const Component::Reply reply = std::move(it.value());
    m_pending.erase(it);
    reply(ack);
    Q_EMIT replied(error);
    if (m_retired && m_pending.isEmpty())
        Q_EMIT drained();
}

void ScriptSession::onStreamRequested(
    int id, const QString &target, const QStringList &items, const QString &channel)
{
    if (m_failed)
        return;
    if (target == QLatin1String("*")) {
        if (m_context->targetCount() == 0 || items.isEmpty()) {
            settle(id, true, {}, {});
            return;
        }
        QPointer<ScriptSession> alive(this);
        m_context->streamToTargets(
            items, channel, [this, alive, id](const NodeContext::StreamResult &result) {
                if (alive)
                    settle(id, result.ok, result.acks, result.error);
            });
        return;
    }
    QString address;
    if (target.startsWith(QLatin1String("ws://"))) {
        address = target;
    } else {
        address = m_context->targetAddress(target);
        if (address.isEmpty()) {
            settle(id, false, {},
                QStringLiteral("stream: no wire from %1 to a node named %2")
                    .arg(m_context->nodeName(), target));
            return;
        }
    }
    sendItems(id, address, items, 0, channel, {});
}

// One item after the other, each waiting for its ack, as the seed's stream() does.
void ScriptSession::sendItems(int id, const QString &address, const QStringList &items, int next,
    const QString &channel, QStringList acks)
{
    if (next >= items.size()) {
        settle(id, true, acks, {});
        return;
    }
    QPointer<ScriptSession> alive(this);
    m_context->sendTo(address, channel, items.at(next), {},
        [this, alive, id, address, items, next, channel, acks = std::move(acks)](
            const NodeContext::SendResult &result) mutable {
            if (!alive || m_failed)
                return;
            if (!result.ok) {
                settle(id, false, acks, result.error);
                return;
            }
            acks << result.ack;
            sendItems(id, address, items, next + 1, channel, std::move(acks));
        });
}

void ScriptSession::settle(int id, bool ok, const QStringList &acks, const QString &error)
{
    QMetaObject::invokeMethod(
        m_engine, [engine = m_engine, id, ok, acks, error] { engine->settle(id, ok, acks, error); },
        Qt::QueuedConnection);
}

void ScriptSession::onTimerRequested(int id, qint64 ms, bool repeat)
{
    if (m_failed || m_retired)
        return;
    auto *timer = new RunTimer(m_context->timeSource(), this);
    timer->setSingleShot(!repeat);
    // An interval of 0 would be a busy loop of the node's thread: 1 ms at least.
    timer->setInterval(repeat ? std::max<qint64>(1, ms) : ms);
    connect(timer, &RunTimer::timeout, this, [this, id] { fire(id); });
    m_timers.insert(id, timer);
    timer->start();
}

void ScriptSession::onTimerCleared(int id)
{
    delete m_timers.take(id);
    m_dueWhileFrozen.remove(id);
}

void ScriptSession::fire(int id)
{
    RunTimer *timer = m_timers.value(id);
    if (!timer)
        return;
    if (m_frozen) {
        m_dueWhileFrozen.insert(id);
        return;
    }
    if (timer->isSingleShot()) {
        m_timers.remove(id);
        timer->deleteLater();
    }
    QMetaObject::invokeMethod(
        m_engine, [engine = m_engine, id] { engine->fire(id); }, Qt::QueuedConnection);
}

void ScriptSession::watch()
{
    if (m_failed)
        return;
    const qint64 now = monotonicNs();
    if (m_interruptedAtNs) {
        // Interrupted, and the engine has not said where within another second: it is stuck
        // outside JavaScript; the node fails all the same.
        if (now - m_interruptedAtNs > qint64(kRunawayMs) * 1'000'000) {
            ScriptError error;
            error.phase = ScriptError::Phase::Runaway;
            error.runawayIn = QStringLiteral("the sketch");
            fail(error);
        }
        return;
    }
    const qint64 since = m_engine->busySinceNs();
    if (since != 0 && now - since > qint64(kWatchdogMs) * 1'000'000) {
        // A long call: what it has logged so far shows now, not after its end.
        for (const QString &line : m_engine->takeLog())
            Q_EMIT logLine(line);
    }
    if (since == 0 || now - since <= qint64(kRunawayMs) * 1'000'000)
        return;
    m_interruptedAtNs = now;
    m_engine->interrupt();
    QMetaObject::invokeMethod(m_engine, &ScriptEngine::reportInterrupt, Qt::QueuedConnection);
}

void ScriptSession::fail(const ScriptError &error)
{
    if (m_failed)
        return;
    m_failed = true;
    m_watchdog.stop();
    qDeleteAll(m_timers);
    m_timers.clear();
    // What the sketch still owed is answered now: nobody waits for a dead sketch.
    const auto pending = std::exchange(m_pending, {});
    for (const Component::Reply &reply : pending)
        reply(wire::errorPrefix() + error.text());
    if (m_retired)
        Q_EMIT drained();
    Q_EMIT failed(error); // last: the owner may delete this session in answer
}

} // namespace wb
