#pragma once

#include <QHash>
#include <QObject>
#include <QQueue>
#include <QString>

#include <functional>
#include <memory>

class QTcpServer;
class QWebSocket;
class QWebSocketServer;

namespace wb {

// The server end of a node: one QWebSocketServer on host:port. Every text frame received on a
// connection is handed to the handler with the connection's channel (its path); the handler's
// reply goes back as one text frame. Messages of one connection are handled one at a time, in
// order, like the seed's recv/loop/send cycle; connections are independent of each other.
class Endpoint final : public QObject
{
    Q_OBJECT
public:
    enum class State { Stopped, Listening, Error };
    using Reply = std::function<void(const QString &ack)>;
    using Handler = std::function<void(const QString &channel, const QString &message, Reply)>;

    explicit Endpoint(const QString &serverName, QObject *parent = nullptr);
    ~Endpoint() override;

    void setHandler(Handler handler) { m_handler = std::move(handler); }

    // Starts listening; port 0 picks a free one. On failure the state is Error and
    // errorString() says why; nothing is thrown or shown.
    bool listen(const QString &host, quint16 port);
    // Closes every connection with a close frame and stops listening.
    void close();

    State state() const { return m_state; }
    QString errorString() const { return m_error; }
    quint16 port() const;
    int connectionCount() const { return int(m_connections.size()); }

Q_SIGNALS:
    void stateChanged(wb::Endpoint::State state);
    void clientConnected(const QString &peer, const QString &channel);
    void clientDisconnected(const QString &peer, const QString &channel, const QString &reason);
    void messageReceived(const QString &peer, const QString &channel, const QString &text,
                         qint64 timeNs);
    void ackSent(const QString &peer, const QString &channel, const QString &ack, qint64 timeNs);

private:
    struct Connection
    {
        QString peer;
        QString channel;
        QQueue<QString> waiting;
        bool busy = false;
        quint64 answers = 0; // counts replies sent, so that each Reply answers at most once
    };

    void accept();
    void onMessage(QWebSocket *socket, const QString &text);
    void handleNext(QWebSocket *socket);
    void handle(QWebSocket *socket, const std::shared_ptr<Connection> &connection,
                const QString &text);
    void setState(State state, const QString &error = {});

    QString m_name;
    QTcpServer *m_tcp = nullptr;
    QWebSocketServer *m_server = nullptr;
    QHash<QWebSocket *, std::shared_ptr<Connection>> m_connections;
    Handler m_handler;
    State m_state = State::Stopped;
    QString m_error;
};

} // namespace wb
