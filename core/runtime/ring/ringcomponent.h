#pragma once

#include "runtime/component.h"
#include "runtime/ring/hangtimers.h"
#include "runtime/ring/ringchat.h"
#include "runtime/ring/ringdetector.h"
#include "runtime/ring/ringview.h"
#include "runtime/timesource.h"

#include <QSet>
#include <QTimer>

namespace wb {

// A member of a ring chat (docs/ring.md): a server its predecessor talks to and a client of
// its successor. It joins through its contacts, keeps its successor list and predecessor
// right by Chord's stabilisation (its RingView), finds a dead successor with SWIM's heartbeats
// and indirect probes (RingDetector) and closes the ring past it, and passes chat messages on
// until they come back to whoever said them (RingChat). Every timer runs on the run's time
// source.
//
// Reports (liveState): {"ring": {...}} when its view of the ring changes (at most ~30 a
// second), {"chat": {...}} for every chat event; every chat event and every change of the
// ring is also a log line. Commands: "say" {"text"}, "leave" {}.
class RingComponent final : public Component
{
    Q_OBJECT
public:
    explicit RingComponent(NodeContext *context, QObject *parent = nullptr);

    void setup(const QVariantMap &params) override;
    void start() override;
    void stop() override;
    void loop(const QString &channel, const QString &message, Reply reply) override;
    bool command(const QString &name, const QVariantMap &args) override;
    void setFrozen(bool frozen) override;
    bool farewell(std::function<void()> done) override;

    // The member's view now (what its "ring" report says).
    const ring::RingView &view() const { return *m_view; }

private:
    struct Params
    {
        std::optional<quint32> key;
        int successors = 3;
        int heartbeatMs = 500;
        int suspectMs = 1500;
        int probeTimeoutMs = 1000;
        int probes = 3;
        int stabiliseMs = 500;
        int resendWindowMs = 10000;
    };
    using Done = std::function<void(const NodeContext::SendResult &)>;

    // The messages of docs/protocol.md, "The ring", that change the ring.
    void onJoin(const ring::Message &message, const Reply &reply);
    void onNotify(const ring::Message &message);
    void onLeave(const ring::Message &message);
    void onProbe(const ring::Message &message, const Reply &reply);

    // The ring's upkeep.
    void tick();
    void tryJoin();
    void joinVia(const QStringList &contacts, int index, const QString &addr, int steps);
    void stabilise();
    void onState(const ring::Member &successor, const ring::Ack &state);
    void notify(const ring::Member &to);
    void onSuccessorChanged(bool afterFailure);
    void onDead(const QString &addr, const QString &why);
    bool leave(std::function<void()> done);

    // Sends on /ring; `done` only while this run of the member goes on.
    void send(const QString &addr, const ring::Message &message,
        const NodeContext::SendOptions &options, Done done);
    qint64 nowNs() const;
    // How long a neighbour's ack may take: a heartbeat.
    int answerMs() const;
    void note(const QString &line);
    void chatEvent(const QString &event, const ring::Message &message, double ms);
    void changed();
    void report();

    Params m_params;
    ring::RingView *m_view;
    ring::RingDetector *m_detector;
    ring::RingChat *m_chat;
    RunTimer m_tick; // stabilisation, and joining while not joined
    ring::HangTimers m_timers;
    QTimer m_report; // coalesces ring reports (wall clock: a paused run still shows its state)
    quint64 m_generation = 0; // answers to what an earlier run sent are ignored
    bool m_running = false;
    bool m_joined = false; // a contact answered
    bool m_joining = false;
    bool m_left = false;
    bool m_stabilising = false; // a stabilise is on its way
    QSet<QString> m_notifying; // notifies on their way, by address
};

} // namespace wb
