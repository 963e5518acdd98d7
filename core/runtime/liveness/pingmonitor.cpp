#include "runtime/liveness/pingmonitor.h"

#include "runtime/traffic.h"

#include <QWebSocket>

namespace wb {

PingMonitor::PingMonitor(QObject *parent) : QObject(parent)
{
    m_deadline.setSingleShot(true);
    connect(&m_interval, &QTimer::timeout, this, &PingMonitor::onTick);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        if (!m_outstanding.isEmpty())
            Q_EMIT timedOut();
    });
}

void PingMonitor::setTiming(int intervalMs, int timeoutMs)
{
    m_intervalMs = intervalMs;
    m_timeoutMs = std::max(1, timeoutMs);
    if (m_socket) {
        QWebSocket *socket = m_socket;
        stop();
        start(socket);
    }
}

void PingMonitor::start(QWebSocket *socket)
{
    stop();
    if (m_intervalMs <= 0 || !socket)
        return;
    m_socket = socket;
    m_pongConnection = connect(socket, &QWebSocket::pong, this,
        [this](quint64, const QByteArray &payload) { onPong(payload); });
    m_interval.start(m_intervalMs);
    onTick();
}

void PingMonitor::stop()
{
    disconnect(m_pongConnection);
    m_socket = nullptr;
    m_interval.stop();
    m_deadline.stop();
    m_outstanding.clear();
    m_lateReported = false;
}

void PingMonitor::onTick()
{
    if (!m_socket)
        return;
    if (!m_outstanding.isEmpty()) {
        // One ping at a time: a peer that is slow to answer is not flooded with more.
        if (!m_lateReported) {
            m_lateReported = true;
            Q_EMIT late();
        }
        return;
    }
    m_outstanding = QByteArray::number(++m_counter);
    m_sentNs = monotonicNs();
    m_lateReported = false;
    m_deadline.start(m_timeoutMs);
    m_socket->ping(m_outstanding);
}

void PingMonitor::onPong(const QByteArray &payload)
{
    if (m_outstanding.isEmpty() || payload != m_outstanding)
        return; // unsolicited, or the answer to a ping we no longer wait for
    m_outstanding.clear();
    m_deadline.stop();
    m_lastRttNs = monotonicNs() - m_sentNs;
    Q_EMIT pongReceived(m_lastRttNs);
}

} // namespace wb
