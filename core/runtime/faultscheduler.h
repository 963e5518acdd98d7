#pragma once

#include "document/faults.h"

#include <QList>
#include <QObject>
#include <functional>

namespace wb {

class RunTimer;
class TimeSource;

// Plays a circuit's fault schedule during a run, on the run's time source (so a pause delays
// it too): "at 5 s hang iopin for 3 s" hangs it at 5 s and wakes it at 8 s, as Jepsen's
// start/stop pairs. The runtime says how an action is done.
class FaultScheduler final : public QObject
{
    Q_OBJECT
public:
    // recover: the end of a fault with a duration (a crashed node starts again, a hung one
    // wakes up).
    using Apply = std::function<void(const ScheduledFault &fault, bool recover)>;

    FaultScheduler(TimeSource *time, Apply apply, QObject *parent = nullptr);

    void start(const QList<ScheduledFault> &schedule);
    void stop();
    int pending() const { return int(m_timers.size()); }

private:
    void add(qint64 atMs, const ScheduledFault &fault, bool recover);

    TimeSource *m_time;
    Apply m_apply;
    QList<RunTimer *> m_timers;
};

} // namespace wb
