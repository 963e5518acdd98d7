#pragma once

#include "runtime/component.h"
#include "runtime/ring/hangtimers.h"
#include "runtime/timesource.h"

#include <QQueue>
#include <QRandomGenerator>

namespace wb {

// The seed's "something slow": serves one message at a time (later ones wait in arrival
// order, one per sender connection at most), taking its service time in run time: `serviceMs`,
// or with service "random" an exponential time of mean `serviceMs` drawn from `seed` (else from
// the run's seed and the node's name, so that a seeded run repeats). Then it sends the message
// on to its targets, if any, on the channel it came in on, and acks "done (N ms)" once they
// have answered, or "error: " + the failure when sending on failed.
//
// Live state: {"busy": bool, "current": text, "serviceMs": int (this one's), "done": int,
// "waiting": int}. Log: "working on: item", "done: item (N ms)". Counts: received, done,
// failed.
class WorkerComponent final : public Component
{
    Q_OBJECT
public:
    explicit WorkerComponent(NodeContext *context, QObject *parent = nullptr);

    void setup(const QVariantMap &params) override;
    void loop(const QString &channel, const QString &message, Reply reply) override;
    void start() override;
    void stop() override;
    void setFrozen(bool frozen) override { m_hang.setFrozen(frozen); }
    QList<QPair<QString, qint64>> counts() const override;
    bool isBusy() const override { return m_serving || !m_waiting.isEmpty(); }

private:
    struct Job
    {
        QString channel;
        QString text;
        Reply reply;
    };

    void serveNext();
    void onServed();
    void finish(const QString &ack, bool ok);
    qint64 drawServiceMs();
    void report();

    qint64 m_serviceMs = 1000;
    bool m_random = false;
    std::optional<quint32> m_seed; // the parameter
    bool m_seeded = false; // m_generator drawn from since the seed last changed
    QRandomGenerator m_generator;
    QQueue<Job> m_waiting;
    Job m_current;
    qint64 m_currentMs = 0;
    bool m_serving = false;
    bool m_running = false;
    quint64 m_generation = 0; // ignores answers to jobs of a stopped run
    qint64 m_received = 0;
    qint64 m_done = 0;
    qint64 m_failed = 0;
    RunTimer m_timer; // the service time, in run time
    ring::HangTimers m_hang;
};

} // namespace wb
