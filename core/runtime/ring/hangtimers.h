#pragma once

#include "runtime/timesource.h"
#include "runtime/traffic.h"

#include <QHash>
#include <QList>

namespace wb::ring {

// The single-shot timers of a component whose node hangs (SIGSTOP): stopped where they are,
// and on waking started with what they had left less the time the hang took, so that overdue
// ones fire at once, as a stopped process finds its timers when it goes on.
class HangTimers
{
public:
    explicit HangTimers(TimeSource *source) : m_source(source) { }

    void add(RunTimer *timer) { m_timers << timer; }
    bool isFrozen() const { return m_frozen; }

    void setFrozen(bool frozen)
    {
        if (frozen == m_frozen)
            return;
        m_frozen = frozen;
        const qint64 now = nowNs();
        if (frozen) {
            for (RunTimer *timer : std::as_const(m_timers)) {
                if (timer->isActive()) {
                    m_due.insert(
                        timer, now + std::max<qint64>(0, timer->remainingMs()) * 1'000'000);
                    timer->stop();
                }
            }
            return;
        }
        const auto due = std::exchange(m_due, {});
        for (auto it = due.cbegin(); it != due.cend(); ++it)
            it.key()->start(std::max<qint64>(0, (it.value() - now) / 1'000'000));
    }

private:
    qint64 nowNs() const { return m_source ? m_source->nowNs() : monotonicNs(); }

    TimeSource *m_source;
    QList<RunTimer *> m_timers;
    QHash<RunTimer *, qint64> m_due; // while frozen: when each active timer was due (run time)
    bool m_frozen = false;
};

} // namespace wb::ring
