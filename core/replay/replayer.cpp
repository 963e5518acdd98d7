#include "replayer.h"

#include <algorithm>
#include <cmath>

namespace wb {

Replayer::Replayer(QObject *parent) : QObject(parent)
{
    m_timer.setInterval(kFrameMs);
    connect(&m_timer, &QTimer::timeout, this, &Replayer::frame);
}

void Replayer::setRange(qint64 fromNs, qint64 toNs)
{
    m_fromNs = fromNs;
    m_toNs = std::max(fromNs, toNs);
    moveTo(std::clamp(m_positionNs, m_fromNs, m_toNs));
    restartClock();
}

void Replayer::setPosition(qint64 ns)
{
    moveTo(std::clamp(ns, m_fromNs, m_toNs));
    restartClock();
}

void Replayer::play()
{
    if (isPlaying())
        return;
    if (m_positionNs >= m_toNs)
        moveTo(m_fromNs);
    restartClock();
    m_timer.start();
    Q_EMIT playingChanged(true);
}

void Replayer::pause()
{
    if (!isPlaying())
        return;
    frame(); // where it got to; at the end it has stopped already
    if (!isPlaying())
        return;
    m_timer.stop();
    Q_EMIT playingChanged(false);
}

void Replayer::setPlaying(bool playing)
{
    if (playing)
        play();
    else
        pause();
}

void Replayer::setSpeed(double speed)
{
    speed = std::clamp(std::isfinite(speed) ? speed : kRealTime, kMinSpeed, kMaxSpeed);
    if (speed == m_speed)
        return;
    if (isPlaying())
        frame(); // the time so far at the old speed
    m_speed = speed;
    restartClock();
    Q_EMIT speedChanged(speed);
}

void Replayer::restartClock()
{
    m_anchorNs = m_positionNs;
    m_wall.start();
}

void Replayer::frame()
{
    const double advanced = double(m_wall.nsecsElapsed()) * m_speed;
    const qint64 room = m_toNs - m_anchorNs;
    const qint64 next = advanced >= double(room) ? m_toNs : m_anchorNs + qint64(advanced);
    moveTo(next);
    if (next >= m_toNs && m_timer.isActive()) {
        m_timer.stop();
        Q_EMIT playingChanged(false);
    }
}

void Replayer::moveTo(qint64 ns)
{
    if (ns == m_positionNs)
        return;
    m_positionNs = ns;
    Q_EMIT positionChanged(ns);
}

} // namespace wb
