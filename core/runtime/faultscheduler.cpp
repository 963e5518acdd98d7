#include "runtime/faultscheduler.h"

#include "runtime/timesource.h"

namespace wb {

FaultScheduler::FaultScheduler(TimeSource *time, Apply apply, QObject *parent)
    : QObject(parent), m_time(time), m_apply(std::move(apply))
{ }

void FaultScheduler::start(const QList<ScheduledFault> &schedule)
{
    stop();
    for (const ScheduledFault &fault : schedule) {
        add(fault.atMs, fault, false);
        if (fault.forMs > 0 && fault.action != ScheduledFault::Action::Restart)
            add(fault.atMs + fault.forMs, fault, true);
    }
}

void FaultScheduler::stop()
{
    qDeleteAll(m_timers);
    m_timers.clear();
}

void FaultScheduler::add(qint64 atMs, const ScheduledFault &fault, bool recover)
{
    auto *timer = new RunTimer(m_time, this);
    timer->setSingleShot(true);
    connect(timer, &RunTimer::timeout, this, [this, timer, fault, recover] {
        m_timers.removeOne(timer);
        timer->deleteLater();
        m_apply(fault, recover);
    });
    m_timers << timer;
    timer->start(atMs);
}

} // namespace wb
