#pragma once

#include "liveness/pingmonitor.h"

#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QTimer>
#include <QUrl>
#include <functional>

class QWebSocket;

namespace wb {

// The delivery path of one wire: a client connection to ws://host:port/channel that sends
// text messages one at a time and waits for each ack before the next (the seed's stream()).
// Every message between nodes passes through here, which is where recording, pacing and fault
// injection attach. The connection opens on the first message and is reused; when it cannot
// be opened or drops, the waiting messages fail and the next message tries again. While
// connected it pings the peer (liveness): a peer that stops answering fails what waits within
// the pong timeout instead of the much longer ack timeout.
class Link final : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Connecting, Connected };

    struct Delivery
    {
        quint64 id = 0;
        bool ok = false;
        QString ack; // when ok
        QString error; // when not ok
        qint64 rttNs = -1;
    };
    using Done = std::function<void(const Delivery &)>;

    explicit Link(const QUrl &url, QObject *parent = nullptr);
    ~Link() override;

    QUrl url() const { return m_url; }
    State state() const { return m_state; }
    int pending() const { return int(m_queue.size()) + (m_inFlight ? 1 : 0); }

    void setConnectTimeout(int ms) { m_connectTimeoutMs = ms; }
    void setAckTimeout(int ms) { m_ackTimeoutMs = ms; }
    // Ping interval and pong timeout; intervalMs <= 0 turns pinging off.
    void setLiveness(int intervalMs, int timeoutMs) { m_ping.setTiming(intervalMs, timeoutMs); }
    qint64 lastRttNs() const { return m_ping.lastRttNs(); }

    // The target is known to be down (its watch says so): messages fail at once with this
    // reason instead of waiting for a connection that will not come. Empty: try again.
    void setDown(const QString &reason);
    QString downReason() const { return m_down; }

    // Why a connection ended, in words: the peer's close reason, the socket error, or the
    // close code.
    static QString lostReason(const QWebSocket *socket);

    // Queues a message; `done` is called exactly once, unless the link is destroyed first.
    quint64 send(const QString &text, Done done);
    // Fails whatever waits and closes the connection with a close frame.
    void close();

Q_SIGNALS:
    void stateChanged(wb::Link::State state);
    void sent(quint64 id, const QString &text, qint64 timeNs);
    void acked(quint64 id, const QString &ack, qint64 timeNs, qint64 rttNs);
    // wasSent: the message was in flight (sent, no ack yet) rather than still queued.
    void failed(quint64 id, const QString &error, qint64 timeNs, bool wasSent);

private:
    struct Outgoing
    {
        quint64 id = 0;
        QString text;
        Done done;
        qint64 sentNs = 0;
    };

    void open();
    void pump();
    void onAck(QWebSocket *socket, const QString &ack);
    void onAckTimer();
    // The peer broke the protocol: close with `code` (docs/protocol.md, "Errors").
    void protocolError(QWebSocket *socket, int code, const QString &reason);
    void onLost(QWebSocket *socket, const QString &reason);
    void failAll(const QString &reason, bool inFlightToo = true);
    void rejectWhileDown();
    void resume();
    void setState(State state);
    void dropSocket();

    QUrl m_url;
    State m_state = State::Idle;
    QPointer<QWebSocket> m_socket;
    QQueue<Outgoing> m_queue;
    std::optional<Outgoing> m_inFlight;
    QTimer m_timer; // connect timeout, then ack timeout
    PingMonitor m_ping;
    QString m_down;
    bool m_rejectPosted = false;
    quint64 m_nextId = 1;
    int m_connectTimeoutMs = 5000;
    int m_ackTimeoutMs = 30000;
};

} // namespace wb
