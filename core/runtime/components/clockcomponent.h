#pragma once

#include "runtime/component.h"
#include "runtime/timesource.h"

namespace wb {

// Sends "0", "1", ... to every target, waits for every ack, then `delay` seconds, then the
// next tick; `tacks` ticks in all (-1: forever). A tick that cannot be delivered, or that is
// answered with an error ack, counts as failed and the clock goes on: its next tick tries the
// target again. `start` delays the first tick by that many seconds (the seed's slow task that
// sleeps ten seconds), and `message` is sent instead of the tick number.
class ClockComponent final : public Component
{
    Q_OBJECT
public:
    explicit ClockComponent(NodeContext *context, QObject *parent = nullptr);

    void setup(const QVariantMap &params) override;
    void start() override;
    void stop() override;
    bool isFinite() const override { return m_tacks >= 0; }
    void setFrozen(bool frozen) override;

private:
    void tick();
    void onTicked(const NodeContext::StreamResult &result);

    qint64 m_tacks = 5;
    double m_delay = 1.0;
    double m_start = 0.0;
    QString m_message;
    bool m_hasMessage = false;
    qint64 m_next = 0;
    int m_failures = 0;
    bool m_running = false;
    bool m_frozen = false;
    bool m_dueWhileFrozen = false; // the timer was running when the node hung
    qint64 m_dueNs = 0; // then: when it was due (run time)
    bool m_sending = false; // inside streamToTargets(): answers arriving now are synchronous
    quint64 m_generation = 0; // ignores answers to ticks sent before a stop
    RunTimer m_timer; // on the run's time source: a pause stops the ticks
};

} // namespace wb
