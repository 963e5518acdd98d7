#pragma once

// Peers for the liveness tests that a Qt WebSocket server cannot play: a server that completes
// the WebSocket handshake and then answers nothing, not even pings (a frozen process whose
// socket is still open), and one that never finishes the handshake.

#include "wstestkit.h"

#include <QCryptographicHash>
#include <QTcpServer>
#include <QTcpSocket>

namespace wbtest {

class MuteServer final : public QObject
{
public:
    // handshake: answer the upgrade request (then say nothing more) or not even that.
    explicit MuteServer(bool handshake, QObject *parent = nullptr)
        : QObject(parent), m_handshake(handshake)
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++connections;
                sockets << socket;
                QObject::connect(
                    socket, &QTcpSocket::readyRead, socket, [this, socket] { onData(socket); });
            }
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server.serverPort(); }
    QUrl url() const { return QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(port())); }

    int connections = 0;
    QList<QTcpSocket *> sockets;

private:
    void onData(QTcpSocket *socket)
    {
        const QByteArray data = socket->readAll();
        QByteArray &buffer = m_requests[socket];
        if (buffer.endsWith("\r\n\r\n"))
            return; // handshake done: whatever comes now (frames, pings) goes unanswered
        buffer += data;
        if (!m_handshake || !buffer.endsWith("\r\n\r\n"))
            return;
        QByteArray key;
        for (const QByteArray &line : buffer.split('\n')) {
            if (line.toLower().startsWith("sec-websocket-key:"))
                key = line.mid(line.indexOf(':') + 1).trimmed();
        }
        const QByteArray accept = QCryptographicHash::hash(
            QByteArray(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"), QCryptographicHash::Sha1)
                                      .toBase64();
        socket->write("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                      "Connection: Upgrade\r\nSec-WebSocket-Accept: "
            + accept + QByteArray("\r\n\r\n"));
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_requests;
    bool m_handshake;
};

} // namespace wbtest
