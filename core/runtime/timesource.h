#pragma once

#include <QObject>
#include <QSet>
#include <QTimer>
#include <functional>

namespace wb {

class RunTimer;

// The runtime's clock: run time that can be paused and run at a speed factor (teaching pace).
// Every timer of the delivery path and of components is a RunTimer on it, so that a pause
// stops them all where they are and slow motion stretches them alike. Events keep their
// monotonic wall-clock timestamps as well (monotonicNs()); run time is what decides.
class TimeSource final : public QObject
{
    Q_OBJECT
public:
    static constexpr double kMinSpeed = 0.05;
    static constexpr double kMaxSpeed = 4.0;

    explicit TimeSource(QObject *parent = nullptr);
    ~TimeSource() override;

    // Run time in nanoseconds since this source was made: it stands still while paused.
    qint64 nowNs() const;
    bool isPaused() const { return m_paused; }
    double speed() const { return m_speed; }

    void setPaused(bool paused);
    // Clamped to kMinSpeed..kMaxSpeed (NaN is ignored); every running timer keeps the run time
    // it has left.
    void setSpeed(double speed);

    // A run-time interval in wall-clock milliseconds at the current speed (rounded up).
    qint64 toWallMs(qint64 runMs) const;

Q_SIGNALS:
    void pausedChanged(bool paused);
    void speedChanged(double speed);

private:
    friend class RunTimer;
    void attach(RunTimer *timer) { m_timers.insert(timer); }
    void detach(RunTimer *timer) { m_timers.remove(timer); }
    void rebase();

    bool m_paused = false;
    double m_speed = 1.0;
    qint64 m_baseRunNs = 0; // run time at m_baseWallNs
    qint64 m_baseWallNs = 0; // monotonicNs() when the speed or pause last changed
    QSet<RunTimer *> m_timers;
};

// A timer in run time: QTimer's interface, but it stops while its source is paused and runs
// at the source's speed. Without a source it is a plain wall-clock timer.
class RunTimer final : public QObject
{
    Q_OBJECT
public:
    explicit RunTimer(TimeSource *source, QObject *parent = nullptr);
    ~RunTimer() override;

    void setSingleShot(bool singleShot) { m_singleShot = singleShot; }
    bool isSingleShot() const { return m_singleShot; }
    void setInterval(qint64 ms) { m_intervalMs = std::max<qint64>(0, ms); }
    qint64 interval() const { return m_intervalMs; }
    bool isActive() const { return m_active; }
    // Run time left before it fires, in ms; -1 when inactive.
    qint64 remainingMs() const;

    void start(qint64 ms);
    void start() { start(m_intervalMs); }
    void stop();

    // Calls `f` once after `ms` of run time, unless `context` is destroyed first.
    static void singleShot(
        TimeSource *source, qint64 ms, QObject *context, std::function<void()> f);

Q_SIGNALS:
    void timeout();

private:
    friend class TimeSource;
    // The source paused, resumed or changed speed: carry the run time left over.
    void freeze();
    void thaw();
    void fire();
    void arm();

    TimeSource *m_source;
    QTimer m_wall;
    bool m_singleShot = false;
    bool m_active = false;
    qint64 m_intervalMs = 0;
    qint64 m_deadlineRunNs = 0; // while active: the run time at which it fires
    qint64 m_frozenLeftNs = -1; // while the source is paused: what was left
};

} // namespace wb
