#include "runtime/timesource.h"

#include "runtime/traffic.h"

#include <cmath>

namespace wb {

TimeSource::TimeSource(QObject *parent) : QObject(parent), m_baseWallNs(monotonicNs())
{ }

TimeSource::~TimeSource()
{
    for (RunTimer *timer : std::as_const(m_timers))
        timer->m_source = nullptr;
}

qint64 TimeSource::nowNs() const
{
    if (m_paused)
        return m_baseRunNs;
    const qint64 wall = monotonicNs() - m_baseWallNs;
    return m_baseRunNs + (m_speed == 1.0 ? wall : qint64(double(wall) * m_speed));
}

void TimeSource::rebase()
{
    m_baseRunNs = nowNs();
    m_baseWallNs = monotonicNs();
}

void TimeSource::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    if (paused) {
        rebase();
        m_paused = true;
        for (RunTimer *timer : std::as_const(m_timers))
            timer->freeze();
    } else {
        m_baseWallNs = monotonicNs();
        m_paused = false;
        // A copy: a timer that fires at once may start or delete others.
        const QSet<RunTimer *> timers = m_timers;
        for (RunTimer *timer : timers) {
            if (m_timers.contains(timer))
                timer->thaw();
        }
    }
    Q_EMIT pausedChanged(m_paused);
}

void TimeSource::setSpeed(double speed)
{
    // std::clamp passes NaN through, and a NaN speed would make every later nowNs() garbage.
    if (std::isnan(speed))
        return;
    speed = std::clamp(speed, kMinSpeed, kMaxSpeed);
    if (speed == m_speed)
        return;
    if (!m_paused) {
        for (RunTimer *timer : std::as_const(m_timers))
            timer->freeze();
    }
    rebase();
    m_speed = speed;
    if (!m_paused) {
        for (RunTimer *timer : std::as_const(m_timers))
            timer->thaw();
    }
    Q_EMIT speedChanged(m_speed);
}

qint64 TimeSource::toWallMs(qint64 runMs) const
{
    if (m_speed == 1.0)
        return runMs;
    return qint64(std::ceil(double(runMs) / m_speed));
}

RunTimer::RunTimer(TimeSource *source, QObject *parent) : QObject(parent), m_source(source)
{
    m_wall.setSingleShot(true);
    m_wall.setTimerType(Qt::PreciseTimer);
    connect(&m_wall, &QTimer::timeout, this, &RunTimer::fire);
    if (m_source)
        m_source->attach(this);
}

RunTimer::~RunTimer()
{
    if (m_source)
        m_source->detach(this);
}

qint64 RunTimer::remainingMs() const
{
    if (!m_active)
        return -1;
    if (!m_source)
        return m_wall.remainingTime();
    if (m_frozenLeftNs >= 0)
        return m_frozenLeftNs / 1'000'000;
    return std::max<qint64>(0, (m_deadlineRunNs - m_source->nowNs()) / 1'000'000);
}

void RunTimer::start(qint64 ms)
{
    m_intervalMs = std::max<qint64>(0, ms);
    m_active = true;
    m_frozenLeftNs = -1;
    if (!m_source) {
        m_wall.start(int(std::min<qint64>(m_intervalMs, std::numeric_limits<int>::max())));
        return;
    }
    m_deadlineRunNs = m_source->nowNs() + m_intervalMs * 1'000'000;
    if (m_source->isPaused()) {
        m_frozenLeftNs = m_intervalMs * 1'000'000;
        m_wall.stop();
        return;
    }
    arm();
}

void RunTimer::stop()
{
    m_active = false;
    m_frozenLeftNs = -1;
    m_wall.stop();
}

void RunTimer::arm()
{
    const qint64 leftNs = std::max<qint64>(0, m_deadlineRunNs - m_source->nowNs());
    const qint64 leftMs = (leftNs + 999'999) / 1'000'000;
    m_wall.start(
        int(std::min<qint64>(m_source->toWallMs(leftMs), std::numeric_limits<int>::max())));
}

void RunTimer::freeze()
{
    if (!m_active || m_frozenLeftNs >= 0)
        return;
    m_frozenLeftNs = std::max<qint64>(0, m_deadlineRunNs - m_source->nowNs());
    m_wall.stop();
}

void RunTimer::thaw()
{
    if (!m_active || m_frozenLeftNs < 0)
        return;
    m_deadlineRunNs = m_source->nowNs() + m_frozenLeftNs;
    m_frozenLeftNs = -1;
    arm();
}

void RunTimer::fire()
{
    if (!m_active)
        return;
    if (m_source) {
        if (m_source->isPaused())
            return; // frozen meanwhile: thaw() arms again
        // The wall clock may fire a hair early after a speed change: wait out the rest.
        if (m_source->nowNs() < m_deadlineRunNs - 500'000) {
            arm();
            return;
        }
    }
    if (m_singleShot)
        m_active = false;
    else
        start(m_intervalMs);
    Q_EMIT timeout();
}

void RunTimer::singleShot(TimeSource *source, qint64 ms, QObject *context, std::function<void()> f)
{
    auto *timer = new RunTimer(source, context);
    timer->setSingleShot(true);
    QObject::connect(timer, &RunTimer::timeout, context, [timer, f = std::move(f)] {
        timer->deleteLater();
        f();
    });
    timer->start(ms);
}

} // namespace wb
