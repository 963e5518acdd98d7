#pragma once

#include "net/admission.h"
#include "net/socketpolicy.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QString>
#include <QTimer>
#include <functional>
#include <memory>

class QTcpSocket;
class QWebSocket;
class QWebSocketServer;

namespace wb {

// The server end of a node: one QWebSocketServer on host:port. Every text frame received on a
// connection is handed to the handler with the connection's channel (its path); the handler's
// reply goes back as one text frame. Messages of one connection are handled one at a time, in
// order, like the seed's recv/loop/send cycle; connections are independent of each other.
//
// Its Admission accepts TCP and judges each handshake request before the WebSocket server sees
// it (docs/security.md); the Endpoint dispatches what the admitted connections send, within the
// caps on what one peer may make it hold.
class Endpoint final : public QObject
{
    Q_OBJECT
public:
    enum class State { Stopped, Listening, Error };
    // The answer to one message: `copies` ack frames (1; 0 when the gate dropped the ack, 2
    // when it duplicated it). Empty text answers 'n/a', as the seed does.
    using Reply = std::function<void(const QString &ack, int copies)>;
    struct Incoming
    {
        QString channel;
        QString text;
        QString peer; // address:port of the sender's end of the connection
        // Both ends, "sender address:port>our address:port": what names this connection for
        // the frame ledger (a sender's port alone is reused towards other servers).
        QString connectionKey;
    };
    using Handler = std::function<void(const Incoming &message, Reply)>;

    explicit Endpoint(const QString &serverName, QObject *parent = nullptr);
    ~Endpoint() override;

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    // The process's policy unless told otherwise; takes effect at the next listen().
    void setPolicy(const SocketPolicy &policy) { m_policy = policy; }
    const SocketPolicy &policy() const { return m_policy; }

    // Starts listening; port 0 picks a free one. On failure the state is Error and
    // errorString() says why; nothing is thrown or shown.
    bool listen(const QString &host, quint16 port);
    // Closes every connection with a close frame and stops listening.
    void close();
    // The message being handled on the connection `connectionKey` (Incoming::connectionKey)
    // broke its component's protocol: the connection is closed with code 4010 and `reason`,
    // and whatever it sent after that message is dropped unanswered.
    void refuse(const QString &connectionKey, const QString &reason);
    // A crash: every connection cut without a close frame, and no more listening.
    void abortAll();
    // A hang, as SIGSTOP makes one: nothing is accepted, read or answered (not even pings),
    // while every connection stays open; thawing picks up what waited in the meantime.
    void setFrozen(bool frozen);
    bool isFrozen() const { return m_frozen; }

    State state() const { return m_state; }
    QString errorString() const { return m_error; }
    quint16 port() const;
    bool isLoopback() const { return m_loopback; }
    int connectionCount() const { return int(m_connections.size()); }
    // Every open TCP connection, handshakes under way included.
    int openCount() const { return m_admission.openCount(); }
    bool isAccepting() const { return m_admission.isAccepting(); }

Q_SIGNALS:
    void stateChanged(wb::Endpoint::State state);
    void clientConnected(const QString &peer, const QString &channel);
    void clientDisconnected(const QString &peer, const QString &channel, const QString &reason);
    void messageReceived(
        const QString &peer, const QString &channel, const QString &text, qint64 timeNs);
    void ackSent(const QString &peer, const QString &channel, const QString &ack, qint64 timeNs);
    // A handshake refused, a connection closed for breaking a rule, or the node at its cap:
    // one line for the log. At most a few per second; the rest are counted in a summary.
    void rejected(const QString &peer, const QString &reason);

private:
    struct Waiting
    {
        QString text;
        bool binary = false;
    };
    struct Connection
    {
        QString peer;
        QString key; // peer>local, see Incoming::connectionKey
        QString channel;
        QPointer<QTcpSocket> tcp;
        QQueue<Waiting> waiting;
        qint64 waitingBytes = 0;
        bool busy = false;
        quint64 answers = 0; // counts replies sent, so that each Reply answers at most once
        QString closing; // why we are closing it
        int binaryFrames = 0;
    };

    void accept();
    void onMessage(QWebSocket *socket, const Waiting &message);
    void handleNext(QWebSocket *socket);
    void handle(
        QWebSocket *socket, const std::shared_ptr<Connection> &connection, const Waiting &message);
    bool checkQueued(QWebSocket *socket, const std::shared_ptr<Connection> &connection);
    void closeConnection(QWebSocket *socket, int code, const QString &reason);
    void report(const QString &peer, const QString &reason);
    void setState(State state, const QString &error = {});

    QString m_name;
    SocketPolicy m_policy;
    QWebSocketServer *m_server = nullptr;
    QHash<QWebSocket *, std::shared_ptr<Connection>> m_connections;
    Handler m_handler;
    State m_state = State::Stopped;
    QString m_error;
    bool m_loopback = true;
    Admission m_admission;
    QTimer m_reports; // one summary per second of what was not reported
    int m_reported = 0;
    int m_unreported = 0;
    bool m_frozen = false;
};

} // namespace wb
