#pragma once

#include "runtime/script/scripterror.h"

#include <QJSValue>
#include <QMutex>
#include <QObject>
#include <QRandomGenerator>
#include <QStringList>
#include <QVariantMap>
#include <atomic>
#include <optional>

class QJSEngine;

namespace wb {

// One sketch's JavaScript engine, living in a thread of its own (ScriptSession makes the
// thread and talks to it only through queued calls and signals): a sketch that never returns
// blocks this thread, never the node's. Its slots run in that thread; what the sketch asks of
// the node (a log line, a stream, a timer, an ack) leaves as a signal. The watchdog reads
// busySinceNs() from the node's thread and calls interrupt().
class ScriptEngine final : public QObject
{
    Q_OBJECT
public:
    explicit ScriptEngine(QObject *parent = nullptr);
    ~ScriptEngine() override;

    // Thread-safe, for the watchdog: since when (monotonic ns) the engine runs the sketch's
    // code without a pause, 0 while it waits; and to stop it.
    qint64 busySinceNs() const { return m_busySinceNs.load(std::memory_order_relaxed); }
    void interrupt();
    bool wasInterrupted() const { return m_interrupted.load(); }
    // Thread-safe: the run's seed (known from the run's first message on), read when the
    // sketch first calls Math.random().
    void setRunSeed(quint64 seed) { m_runSeed.store(seed, std::memory_order_relaxed); }
    // Thread-safe, for the watchdog: the out() lines of a call that has not ended yet (a sketch
    // that logs, then spins, is seen logging before it is interrupted).
    QStringList takeLog();

    // Called by the sketch (through the prelude's closures, never by the sketch directly).
    Q_INVOKABLE void out(const QString &text);
    Q_INVOKABLE int stream(const QString &target, const QStringList &items, const QString &channel);
    Q_INVOKABLE int addTimer(double ms, bool repeat);
    Q_INVOKABLE void clearTimer(int id);
    Q_INVOKABLE double random();
    Q_INVOKABLE void ack(double id, const QString &text);
    Q_INVOKABLE void loopError(double id, int line, const QString &message);
    Q_INVOKABLE void timerError(int line, const QString &message);
    Q_INVOKABLE void begin();
    Q_INVOKABLE void end();

public Q_SLOTS:
    // Evaluates the sketch and runs its setup(params): loaded() or loadFailed().
    void load(const QString &source, const QVariantMap &params, const QString &nodeName);
    void dispatch(quint64 id, const QString &channel, const QString &message);
    void fire(int timerId);
    void settle(int streamId, bool ok, const QStringList &acks, const QString &error);
    // Posted by the watchdog after interrupt(): runs once the stopped code has unwound, and
    // says where it was (interrupted()) when no watched call has said it already.
    void reportInterrupt();

Q_SIGNALS:
    void loaded();
    void loadFailed(const wb::ScriptError &error);
    void logLines(const QStringList &lines);
    void acked(quint64 id, const QString &ack, bool error);
    void errorReported(const wb::ScriptError &error);
    void streamRequested(
        int id, const QString &target, const QStringList &items, const QString &channel);
    void timerRequested(int id, qint64 ms, bool repeat);
    void timerCleared(int id);
    // The watchdog stopped a call: where it was (the line the running function starts at).
    // `in`: "loop()", "setup()", "a timer", "a then() callback" or "the sketch" (its top level).
    void interrupted(const QString &in, int line);

private:
    // Calls one of the prelude's entry points as a watched call; false when it was
    // interrupted (interrupted() has been emitted).
    bool call(const QJSValue &entry, const QJSValueList &args, const QString &in,
        QJSValue *result = nullptr);
    bool checkInterrupted();
    void flushLog();

    QJSEngine *m_js = nullptr;
    std::atomic<QJSEngine *> m_jsForInterrupt { nullptr };
    QJSValue m_entries;
    QJSValue m_dispatch;
    QJSValue m_fire;
    QJSValue m_settle;
    QString m_name;
    std::atomic<qint64> m_busySinceNs { 0 };
    std::atomic<bool> m_interrupted { false };
    std::atomic<quint64> m_runSeed { 0 };
    bool m_loaded = false;
    QMutex m_logMutex; // m_log: the engine's thread writes, the watchdog may take
    QStringList m_log; // out() lines not yet sent
    int m_depth = 0;
    bool m_hostCall = false; // in a call of the host's, not a reaction from the event loop
    QString m_in; // what runs now, for a runaway report
    int m_nextStream = 1;
    int m_nextTimer = 1;
    std::optional<QRandomGenerator> m_random;
};

} // namespace wb
