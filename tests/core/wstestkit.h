#pragma once

// Test doubles that are real sockets: a WebSocket server that records what it receives and
// answers as a test says, and a client that collects what it receives. Header-only, shared by
// the core and app tests.

#include <QAbstractEventDispatcher>
#include <QEventLoop>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTest>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>
#include <functional>
#include <memory>
#include <optional>

namespace wbtest {

inline constexpr int kWaitMs = 10000; // every wait is bounded; a healthy run needs far less

// Runs the event loop until `done()` holds or `timeoutMs` pass; returns done(). Unlike
// QTest::qWaitFor, which sleeps 10 ms between looks, this looks whenever the loop is about to
// sleep, so a round trip costs what it costs and the suite stays fast.
template<typename Predicate> [[nodiscard]] bool waitFor(Predicate done, int timeoutMs = kWaitMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(
        QAbstractEventDispatcher::instance(), &QAbstractEventDispatcher::aboutToBlock, &loop, [&] {
            if (done())
                loop.quit();
        });
    deadline.start(timeoutMs);
    loop.exec();
    return done();
}

// waitFor() for what no event of this process announces (another process's state, the
// kernel's): looks at least every 5 ms.
template<typename Predicate> [[nodiscard]] bool pollFor(Predicate done, int timeoutMs = kWaitMs)
{
    QTimer tick;
    tick.start(5);
    return waitFor(done, timeoutMs);
}

// A port that was free a moment ago (bound on port 0, then released), for servers that cannot
// bind port 0 themselves.
inline quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

struct Frame
{
    QString channel;
    QString text;
};

// A WebSocket server on 127.0.0.1. By default it answers "ack:<message>" at once; a test can
// answer otherwise, later (delayMs), or never (the answer function returns nullopt).
class Peer final : public QObject
{
public:
    using Answer = std::function<std::optional<QString>(QWebSocket *socket, const QString &text)>;

    explicit Peer(QObject *parent = nullptr)
        : QObject(parent), m_server(QStringLiteral("wbtest peer"), QWebSocketServer::NonSecureMode)
    {
        QObject::connect(&m_server, &QWebSocketServer::newConnection, this, [this] {
            while (QWebSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                sockets << socket;
                ++connections;
                const QString channel = socket->requestUrl().path();
                QObject::connect(socket, &QWebSocket::textMessageReceived, this,
                    [this, socket, channel](
                        const QString &text) { onMessage(socket, channel, text); });
                QObject::connect(socket, &QWebSocket::disconnected, this, [this, socket] {
                    ++disconnections;
                    lastCloseCode = int(socket->closeCode());
                    sockets.removeOne(socket);
                    socket->deleteLater();
                });
            }
        });
    }

    bool listen(quint16 port = 0) { return m_server.listen(QHostAddress::LocalHost, port); }
    void close() { m_server.close(); }
    quint16 port() const { return m_server.serverPort(); }
    QUrl url(const QString &path = QString()) const
    {
        return QUrl(QStringLiteral("ws://127.0.0.1:%1/%2").arg(port()).arg(path));
    }
    QStringList texts() const
    {
        QStringList list;
        for (const Frame &frame : frames)
            list << frame.text;
        return list;
    }
    // Drops every connection without a close frame, as a crashing peer would.
    void abortAll()
    {
        for (QWebSocket *socket : std::as_const(sockets))
            socket->abort();
    }

    Answer answer;
    int delayMs = -1; // >= 0: answer from the event loop after that long
    QList<Frame> frames;
    QList<QWebSocket *> sockets;
    int connections = 0;
    int disconnections = 0;
    int unanswered = 0; // received, not answered yet
    int receivedWhileBusy = 0; // messages that arrived before the previous one was answered
    int lastCloseCode = -1; // the close code of the last connection that ended

private:
    void onMessage(QWebSocket *socket, const QString &channel, const QString &text)
    {
        frames << Frame { channel, text };
        if (unanswered > 0)
            ++receivedWhileBusy;
        const std::optional<QString> reply
            = answer ? answer(socket, text) : std::optional<QString>(QStringLiteral("ack:") + text);
        if (!reply)
            return;
        ++unanswered;
        QPointer<QWebSocket> guard(socket);
        const auto send = [this, guard, reply] {
            --unanswered;
            if (guard)
                guard->sendTextMessage(*reply);
        };
        if (delayMs >= 0)
            QTimer::singleShot(delayMs, this, send);
        else
            send();
    }

    QWebSocketServer m_server;
};

// A WebSocket client that collects what it receives.
class Client final : public QObject
{
public:
    explicit Client(QObject *parent = nullptr) : QObject(parent)
    {
        QObject::connect(&socket, &QWebSocket::textMessageReceived, this,
            [this](const QString &text) { received << text; });
        QObject::connect(&socket, &QWebSocket::disconnected, this, [this] {
            disconnected = true;
            closeCode = int(socket.closeCode());
            closeReason = socket.closeReason();
        });
    }

    // True once connected; false as soon as the connection fails or is closed on the way (a
    // refused port, a handshake turned down), not only when the wait runs out.
    [[nodiscard]] bool open(const QUrl &url)
    {
        disconnected = false;
        socket.open(url);
        [[maybe_unused]] const bool ended = waitFor(
            [this] { return socket.state() == QAbstractSocket::ConnectedState || disconnected; });
        return socket.state() == QAbstractSocket::ConnectedState;
    }

    // Sends one message and waits for its answer; nullopt when none came.
    std::optional<QString> ask(const QString &text)
    {
        const qsizetype before = received.size();
        socket.sendTextMessage(text);
        if (!waitFor([&] { return received.size() > before; }))
            return std::nullopt;
        return received.at(before);
    }

    [[nodiscard]] bool waitForDisconnect()
    {
        return waitFor([this] { return disconnected; });
    }

    QWebSocket socket;
    QStringList received;
    bool disconnected = false;
    // An int: a close code of an application (4010) is no value of Qt's enum, and UBSan
    // rightly objects to reading one from an enum variable.
    int closeCode = QWebSocketProtocol::CloseCodeNormal;
    QString closeReason;
};

} // namespace wbtest
