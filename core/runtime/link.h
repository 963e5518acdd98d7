#pragma once

#include "document/wire.h"
#include "net/socketpolicy.h"
#include "runtime/liveness/pingmonitor.h"
#include "runtime/timesource.h"

#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QTimer>
#include <QUrl>
#include <functional>

class QWebSocket;

namespace wb {

class DeliveryController;

// The sending end of one wire: a client connection to ws://host:port/channel that sends text
// messages one at a time and waits for each ack before the next (the seed's stream()). With a
// route through a DeliveryController (a node of a runtime), every message passes the gate
// before its frame is written and every ack before it is taken, the ack timeout runs on the
// run's time source from when the frame actually left, a message whose ack does not come is
// sent again up to `retries` times, and the connection stays open through drops: the ledger
// tells a late or extra ack from the next message's. Without a route (a bare link) a missing
// ack closes the connection, as the seed's peers would have it.
// The connection opens on the first message and is reused; when it cannot be opened or drops,
// the waiting messages fail and the next message tries again. While connected it pings the
// peer (liveness): a peer that stops answering fails what waits within the pong timeout.
class Link final : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Connecting, Connected };
    // Why a message failed, for a sender that acts on the difference (a ring member marks a
    // peer dead at once when its connection is refused or lost, but only suspects one that
    // is silent).
    enum class Failure {
        None,
        Connection, // refused, reset, closed, or known to be down: the peer is gone
        Silence, // no ack (after the retries), no pong, or no handshake in time
        Refused, // never sent: too big, or too many waiting
    };

    struct Delivery
    {
        quint64 id = 0;
        bool ok = false;
        QString ack; // when ok
        QString error; // when not ok
        qint64 rttNs = -1;
        Failure failure = Failure::None;
    };
    using Done = std::function<void(const Delivery &)>;

    // Where this link's messages go through the gate, and as what.
    struct Route
    {
        DeliveryController *gate = nullptr;
        WireId wire = 0;
        NodeId from = 0;
        NodeId to = 0;
        QString channel; // as events name it
    };

    explicit Link(const QUrl &url, QObject *parent = nullptr);
    Link(const QUrl &url, const Route &route, QObject *parent = nullptr);
    ~Link() override;

    QUrl url() const { return m_url; }
    State state() const { return m_state; }
    int pending() const { return int(m_queue.size()) + (m_inFlight ? 1 : 0); }

    void setConnectTimeout(int ms) { m_connectTimeoutMs = ms; }
    void setAckTimeout(int ms) { m_ackTimeoutMs = ms > 0 ? ms : limits::kDefaultAckTimeoutMs; }
    // Sends again when the ack does not come within the ack timeout (routed links only).
    void setRetries(int retries) { m_retries = std::max(0, retries); }
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
    // Returns the message's id (the run's, from the gate, when routed).
    quint64 send(const QString &text, Done done);
    // The same with this message's own ack timeout and retries (a ring member awaits a ping
    // and a leave differently on one connection).
    struct Timing
    {
        int ackTimeoutMs = 0; // 0: the link's
        int retries = -1; // -1: the link's
    };
    quint64 send(const QString &text, const Timing &timing, Done done);
    // Fails whatever waits and closes the connection with a close frame.
    void close();
    // A crash of the sending node: the connection cut without a close frame.
    void abort();
    // A hang of the sending node (SIGSTOP): nothing read, no pings, no timeouts, until thawed;
    // then overdue timeouts fire at once, as a stopped process finds them on waking.
    void setFrozen(bool frozen);

Q_SIGNALS:
    void stateChanged(wb::Link::State state);
    // attempt: 2 and up when the message goes again because its ack did not come.
    void sent(quint64 id, const QString &text, qint64 timeNs, int attempt);
    // extra: an ack of a copy already answered (a duplicate, a retry, or late after the
    // message failed): expected, and not the answer of anything that waits.
    void acked(quint64 id, const QString &ack, qint64 timeNs, qint64 rttNs, bool extra);
    // wasSent: the message was in flight (sent, no ack yet) rather than still queued.
    void failed(quint64 id, const QString &error, qint64 timeNs, bool wasSent);

private:
    struct Outgoing
    {
        quint64 id = 0;
        QString text;
        Done done;
        qint64 sentNs = 0; // monotonic, when the frame left (for the round trip)
        // Run time from which its ack timeout counts: when the frame left (at teaching pace,
        // plus the ack's transit back); -1 while at the gate.
        qint64 leftRunNs = -1;
        int attempt = 1;
        int ackTimeoutMs = 0; // 0: the link's
        int retries = -1; // -1: the link's
    };
    int ackTimeoutOf(const Outgoing &message) const
    {
        return message.ackTimeoutMs > 0 ? message.ackTimeoutMs : m_ackTimeoutMs;
    }
    int retriesOf(const Outgoing &message) const
    {
        return message.retries >= 0 ? message.retries : m_retries;
    }

    void open();
    void pump();
    void transmit();
    void writeFrames(int copies);
    void onAck(QWebSocket *socket, const QString &ack);
    void takeAck(quint64 id, const QString &ack, bool extra);
    // Runs `deliver` now, or when the link thaws if it is frozen then.
    std::function<void(int copies)> unlessFrozen(std::function<void(int copies)> deliver);
    void onAckTimer();
    void giveUp(const QString &reason);
    // The peer broke the protocol: close with `code` (docs/protocol.md, "Errors").
    void protocolError(QWebSocket *socket, int code, const QString &reason);
    void onLost(QWebSocket *socket, const QString &reason, Failure failure = Failure::Connection);
    void failAll(
        const QString &reason, bool inFlightToo = true, Failure failure = Failure::Connection);
    void rejectWhileDown();
    void resume();
    void setState(State state);
    void dropSocket();
    void forgetConnection();

    QUrl m_url;
    State m_state = State::Idle;
    QPointer<QWebSocket> m_socket;
    QQueue<Outgoing> m_queue;
    std::optional<Outgoing> m_inFlight;
    Route m_route;
    QString m_connectionKey; // this end's address:port, as the ledger knows the connection
    QTimer m_timer; // connect timeout (wall clock)
    RunTimer m_ackTimer; // ack timeout (run time)
    quint64 m_transmission = 0; // tells a gate's late answer from the current one
    PingMonitor m_ping;
    QString m_down;
    bool m_rejectPosted = false;
    bool m_frozen = false;
    // Passages the gate let go (after a delay, or by hand) while this node hung: a stopped
    // process does nothing with them until it goes on.
    QList<std::function<void()>> m_whileFrozen;
    quint64 m_nextId = 1;
    int m_connectTimeoutMs = 5000;
    int m_ackTimeoutMs = limits::kDefaultAckTimeoutMs;
    int m_retries = 0;
};

} // namespace wb
