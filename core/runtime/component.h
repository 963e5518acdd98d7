#pragma once

#include "document/nodespec.h"

#include <QList>
#include <QObject>
#include <QPair>
#include <QStringList>
#include <QVariantMap>
#include <functional>
#include <type_traits>

namespace wb {

class TimeSource;

// What a component may ask of the node that hosts it.
class NodeContext
{
public:
    struct StreamResult
    {
        bool ok = true;
        QStringList acks; // in target (wire) order, item order within a target
        QString error; // the first failure, when !ok
    };
    using StreamDone = std::function<void(const StreamResult &)>;

    // A message to an address rather than to a wire's target (a ring member's successor).
    struct SendOptions
    {
        int ackTimeoutMs = 0; // 0: the wire's, when there is one, else the default
        int retries = 0; // sent again this many times when its ack does not come in time
    };
    enum class SendFailure {
        None,
        Connection, // refused, reset or closed (or known to be down): a failure at once
        Silence, // no ack after the retries, no pong, no handshake in time
        Refused, // never sent: over the size limit, or too many already waiting
    };
    struct SendResult
    {
        bool ok = false;
        QString ack; // when ok
        QString error; // when not ok
        SendFailure failure = SendFailure::None;
    };
    using SendDone = std::function<void(const SendResult &)>;

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

    // Sends `text` to ws://HOST:PORT (`address`) at path `channel`, on one connection per
    // address and channel, through the gate as every message: its wire is the circuit's wire
    // from this node to the node at that address when there is one (so that its rules,
    // tokens and counts apply), and it names that node when the address is one of the
    // circuit's. `done` is called exactly once, never inside this call.
    virtual void sendTo(const QString &address, const QString &channel, const QString &text,
        const SendOptions &options, SendDone done)
        = 0;
    // ws://HOST:PORT where others reach this node (the port it really listens on, its
    // advertised host when it has one); empty while it does not listen.
    virtual QString selfAddress() const = 0;
    // Run time a message or an ack takes on its way at teaching pace (0 in real time): what a
    // component that waits for an answer by its own timer adds per passage, as links do.
    virtual int transitMs() const { return 0; }
    // Addresses to join through, nearest first: the targets of this node's wires, then its
    // `join` parameter, then the other ring nodes of the circuit. Never its own.
    virtual QStringList contacts() const = 0;
    // While loop() runs: the name of the circuit node the message came from (the node at the
    // start of its wire), else the sender's host:port; empty outside loop().
    virtual QString currentSender() const { return {}; }
    // The run's seed (delivery decisions draw from it): what a component that draws random
    // numbers without a seed of its own derives its own from, so that a seeded run repeats.
    // Known from the run's first message on, not yet in start().
    virtual quint64 runSeed() const { return 0; }
    // ws://HOST:PORT of the target this node has a wire to and that is named `name` (what a
    // script's stream("buzzer", ...) reaches); empty when there is no such wire.
    virtual QString targetAddress(const QString &name) const
    {
        Q_UNUSED(name);
        return {};
    }
};

// How a component answers one message: with its ack (call it, exactly once), or by refusing
// it as a protocol error (docs/protocol.md, "Errors"): the connection is closed with code 4010
// and the reason, and nothing else is affected.
class ComponentReply
{
public:
    using Ack = std::function<void(const QString &ack)>;
    using Refuse = std::function<void(const QString &reason)>;

    ComponentReply() = default;
    template<typename F,
        typename
        = std::enable_if_t<!std::is_same_v<std::decay_t<F>,
                               ComponentReply> && std::is_invocable_v<F &, const QString &>>>
    ComponentReply(F ack) : m_ack(std::move(ack))
    { }
    ComponentReply(Ack ack, Refuse refuse) : m_ack(std::move(ack)), m_refuse(std::move(refuse)) { }

    void operator()(const QString &ack) const
    {
        if (m_ack)
            m_ack(ack);
    }
    // Without a connection to close (a reply made by a test or a relay), an error ack instead.
    void refuse(const QString &reason) const;

private:
    Ack m_ack;
    Refuse m_refuse;
};

// The Arduino-like life of a component: setup(params) once (and again when a parameter is
// edited live), then loop(channel, message) for every incoming message. The reply carries the
// ack; it may come later (after streaming), but it must come exactly once.
class Component : public QObject
{
    Q_OBJECT
public:
    using Reply = ComponentReply;

    explicit Component(NodeContext *context, QObject *parent = nullptr);

    virtual void setup(const QVariantMap &params) = 0;
    virtual void loop(const QString &channel, const QString &message, Reply reply);
    // Active components (the clock) start sending here; stop() ends that.
    virtual void start() { }
    virtual void stop() { }
    // The node is about to stop (not crash): a component that has something to say first
    // (a ring member tells its neighbours it leaves) says it, keeps its connections until it
    // calls `done`, and returns true; the node waits for `done` at most kFarewellMs. False:
    // nothing to say, the node stops at once.
    static constexpr int kFarewellMs = 1000;
    virtual bool farewell(std::function<void()> done)
    {
        Q_UNUSED(done);
        return false;
    }
    virtual bool isFinite() const { return false; }
    // Named counts in print order ("received", "delivered", ...), for the end of a headless
    // run and for tests; empty for a component that counts nothing.
    virtual QList<QPair<QString, qint64>> counts() const { return {}; }
    // Has work in hand (lines waiting, items queued, a message being served): a run is not
    // over while any node is busy. busyChanged() tells every change.
    virtual bool isBusy() const { return false; }
    // Something a person asks of the running component from outside the circuit (a ring
    // member says a text: "say" {"text": ...}); false when it does not know `name` or cannot
    // do it now.
    virtual bool command(const QString &name, const QVariantMap &args)
    {
        Q_UNUSED(name);
        Q_UNUSED(args);
        return false;
    }
    // A wire from this node was added during the run: a component that waits for a target
    // (a queue that holds its items) looks again.
    virtual void targetsChanged() { }
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
    // {"tick": n} for a clock, {"bits": [...]} for a pin; the queue seed's components say
    // theirs in their headers (docs/protocol.md, "Queues").
    void liveState(const QVariantMap &state);
    // A finite clock has sent all its ticks, or a keyboard told "end" has had every line
    // answered; ok when every one was acknowledged.
    void finished(bool ok, int failures);
    void busyChanged(bool busy);
    // The component cannot go on (a script that does not load or ran away): the node goes to
    // its error state with `reason` and stops.
    void failed(const QString &reason);

protected:
    NodeContext *context() const { return m_context; }
    bool logging() const { return m_log; }
    void log(const QString &text) const { m_context->log(text); }
    bool reportingLive() const { return m_live; }
    // Emits busyChanged() when isBusy() differs from what it last said: call after any
    // change of the work in hand.
    void updateBusy();
    // Run time now (ns): the run's time source, else the monotonic clock.
    qint64 runNowNs() const;

private:
    NodeContext *m_context;
    bool m_busy = false;
    bool m_log = true;
    bool m_live = true;
};

} // namespace wb
