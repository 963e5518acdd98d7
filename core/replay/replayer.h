#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace wb {

// The clock of a replay: a position in a finished recording's time, moved by hand (a slider)
// or played at a speed. It is a view of what was recorded, not a run, so it paces itself by a
// wall-clock view timer of at most 30 frames a second (not the runtime's time source): each
// frame moves the position by the wall time since Play × the speed. Playing stops at the end.
class Replayer final : public QObject
{
    Q_OBJECT
public:
    static constexpr int kFrameMs = 34; // ≤ 30 Hz
    static constexpr double kMinSpeed = 0.05;
    static constexpr double kMaxSpeed = 4.0;
    static constexpr double kRealTime = 1.0;

    explicit Replayer(QObject *parent = nullptr);

    // The recording's span (ns); the position is kept inside it.
    void setRange(qint64 fromNs, qint64 toNs);
    qint64 fromNs() const { return m_fromNs; }
    qint64 toNs() const { return m_toNs; }
    qint64 position() const { return m_positionNs; }
    bool isPlaying() const { return m_timer.isActive(); }
    double speed() const { return m_speed; }

public Q_SLOTS:
    void setPosition(qint64 ns);
    // Play from the end starts again from the beginning.
    void play();
    void pause();
    void setPlaying(bool playing);
    void setSpeed(double speed); // clamped to [kMinSpeed, kMaxSpeed]

Q_SIGNALS:
    void positionChanged(qint64 ns);
    void playingChanged(bool playing);
    void speedChanged(double speed);

private:
    void frame();
    void restartClock();
    void moveTo(qint64 ns);

    QTimer m_timer;
    QElapsedTimer m_wall;
    qint64 m_fromNs = 0;
    qint64 m_toNs = 0;
    qint64 m_positionNs = 0;
    qint64 m_anchorNs = 0; // the position when the wall clock last started
    double m_speed = kRealTime;
};

} // namespace wb
