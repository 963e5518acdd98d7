#pragma once

#include "document/nodespec.h"

#include <QObject>
#include <QStringList>
#include <QVariantMap>
#include <functional>

namespace wb {

class TimeSource;

// What a component may ask of the node that hosts it.
class NodeContext
{
public:
    struct StreamResult
    {
        bool ok = true;
        QStringList acks;
        QString error; // the first failure, when !ok
    };
    using StreamDone = std::function<void(const StreamResult &)>;

    virtual ~NodeContext() = default;
    virtual QString nodeName() const = 0;
    virtual int targetCount() const = 0;
    // Sends each item to every target on `channel`, each target waiting for an ack before its
    // next item (the seed's stream()); `done` once every target has answered or failed.
    virtual void streamToTargets(const QStringList &items, const QString &channel, StreamDone done)
        = 0;
    // One line of the seed's "[ Name ] text" log; the node adds the name. A call, not a
    // signal: a flat-out pipeline logs a dozen lines per tick.
    virtual void log(const QString &text) = 0;
    // The run's clock: every timer of a component runs on it (RunTimer), so that pause and
    // slow motion reach it. nullptr: wall-clock time.
    virtual TimeSource *timeSource() const = 0;
};

// The Arduino-like life of a component: setup(params) once (and again when a parameter is
// edited live), then loop(channel, message) for every incoming message. The reply carries the
// ack; it may come later (after streaming), but it must come exactly once.
class Component : public QObject
{
    Q_OBJECT
public:
    using Reply = std::function<void(const QString &ack)>;

    explicit Component(NodeContext *context, QObject *parent = nullptr);

    virtual void setup(const QVariantMap &params) = 0;
    virtual void loop(const QString &channel, const QString &message, Reply reply);
    // Active components (the clock) start sending here; stop() ends that.
    virtual void start() { }
    virtual void stop() { }
    virtual bool isFinite() const { return false; }
    // The node hangs (or wakes up): a component with timers of its own stops them, and on
    // waking finds them overdue.
    virtual void setFrozen(bool) { }

    static Component *create(NodeKind kind, NodeContext *context, QObject *parent = nullptr);

    // Whether anyone reads the log and liveState(): when nobody does, the component does not
    // build log lines and state maps at all (they are most of a flat-out node's work).
    void setReporting(bool log, bool live)
    {
        m_log = log;
        m_live = live;
    }

Q_SIGNALS:
    // Live state for views: {"on": bool} for an LED, {"buzzing": bool} for a buzzer,
    // {"tick": n} for a clock, {"bits": [...]} for a pin.
    void liveState(const QVariantMap &state);
    // A finite clock has sent all its ticks; ok when every one was acknowledged.
    void finished(bool ok, int failures);

protected:
    NodeContext *context() const { return m_context; }
    bool logging() const { return m_log; }
    void log(const QString &text) const { m_context->log(text); }
    bool reportingLive() const { return m_live; }

private:
    NodeContext *m_context;
    bool m_log = true;
    bool m_live = true;
};

} // namespace wb
