#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QWebSocket;

namespace wb {

// Watches one open WebSocket with ping/pong: a ping every interval (one outstanding at a
// time), late() when one is unanswered at the next tick, timedOut() when one is unanswered for
// the timeout. Every WebSocket peer answers pings by itself (RFC 6455 5.5.2), so this works
// with any node, the seed's Python ones included, without a message of the protocol.
class PingMonitor final : public QObject
{
    Q_OBJECT
public:
    explicit PingMonitor(QObject *parent = nullptr);

    // intervalMs <= 0 turns pinging off.
    void setTiming(int intervalMs, int timeoutMs);
    int intervalMs() const { return m_intervalMs; }
    int timeoutMs() const { return m_timeoutMs; }

    // Starts on a connected socket with a ping at once; stop() before the socket goes.
    void start(QWebSocket *socket);
    void stop();
    bool isActive() const { return !m_socket.isNull(); }
    qint64 lastRttNs() const { return m_lastRttNs; }

Q_SIGNALS:
    void pongReceived(qint64 rttNs);
    void late();
    void timedOut();

private:
    void onTick();
    void onPong(const QByteArray &payload);

    QPointer<QWebSocket> m_socket;
    QMetaObject::Connection m_pongConnection;
    QTimer m_interval;
    QTimer m_deadline;
    int m_intervalMs = 1000;
    int m_timeoutMs = 3000;
    quint64 m_counter = 0;
    QByteArray m_outstanding; // payload of the unanswered ping, empty when none
    qint64 m_sentNs = 0;
    bool m_lateReported = false;
    qint64 m_lastRttNs = -1;
};

} // namespace wb
