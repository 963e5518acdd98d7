#pragma once

#include "runtime/component.h"
#include "runtime/script/scripterror.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

class QThread;

namespace wb {

class RunTimer;
class ScriptEngine;

// One loaded sketch, seen from the node's thread: its engine in a thread of its own, the
// sketch's timers (RunTimers on the run's time source, so that pause and slow motion reach
// them), its streams through the node (NodeContext, so that every message passes the gate),
// the acks it owes, and the watchdog that interrupts a call running longer than 1 s of wall
// time. A hot reload makes a new session and retires the old one.
class ScriptSession final : public QObject
{
    Q_OBJECT
public:
    static constexpr int kRunawayMs = 1000;
    // How long a retired sketch may still answer what it owes (wall time).
    static constexpr int kRetireGraceMs = 2000;

    ScriptSession(NodeContext *context, const QString &source, const QVariantMap &params,
        QObject *parent = nullptr);
    ~ScriptSession() override;

    bool isLoaded() const { return m_loaded; }
    int pendingCount() const { return int(m_pending.size()); }
    void dispatch(const QString &channel, const QString &message, Component::Reply reply);
    // Replaced by a new sketch: its timers stop at once; it answers what it still owes (within
    // kRetireGraceMs, else with an error ack), then says drained().
    void retire();
    bool isRetired() const { return m_retired; }
    void setFrozen(bool frozen);

Q_SIGNALS:
    void loaded();
    // Did not load (a syntax error, an exception at the top level or in setup()), or ran away.
    void failed(const wb::ScriptError &error);
    // An exception in loop() (the message's ack says it) or in a timer: the sketch runs on.
    void errorReported(const wb::ScriptError &error);
    void logLine(const QString &text);
    void replied(bool error);
    void drained();

private:
    void onStreamRequested(
        int id, const QString &target, const QStringList &items, const QString &channel);
    void sendItems(int id, const QString &address, const QStringList &items, int next,
        const QString &channel, QStringList acks);
    void settle(int id, bool ok, const QStringList &acks, const QString &error);
    void onTimerRequested(int id, qint64 ms, bool repeat);
    void onTimerCleared(int id);
    void fire(int id);
    void onAcked(quint64 id, const QString &ack, bool error);
    void watch();
    void fail(const ScriptError &error);

    NodeContext *m_context;
    QThread *m_thread;
    ScriptEngine *m_engine;
    QTimer m_watchdog; // wall time: a runaway is measured in real seconds, not run time
    qint64 m_interruptedAtNs = 0;
    QHash<quint64, Component::Reply> m_pending;
    quint64 m_nextId = 1;
    QHash<int, RunTimer *> m_timers;
    QSet<int> m_dueWhileFrozen;
    bool m_frozen = false;
    bool m_loaded = false;
    bool m_failed = false;
    bool m_retired = false;
};

} // namespace wb
