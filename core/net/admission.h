#pragma once

#include "net/connectioncaps.h"
#include "net/handshakequeue.h"
#include "net/socketpolicy.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class QHostAddress;
class QTcpServer;
class QTcpSocket;
class QWebSocket;

namespace wb {

// The accepting side of one node's server (docs/security.md, "Sockets"): it accepts TCP (or TLS)
// itself, counts every connection against the node's and the process's caps, and reads each
// handshake request before any WebSocket code sees it: browsers' origins, loopback Host names,
// the LAN token, the handshake timeout, the cap on handshakes under way. A request that passes
// is handed over (handedOver()); what happens to the connection after that is the Endpoint's.
class Admission final : public QObject
{
    Q_OBJECT
public:
    explicit Admission(QObject *parent = nullptr);
    ~Admission() override;

    // Starts accepting on `address` (`host` as the user gave it, for messages) with `policy`
    // (TLS when it is a secure server). On failure returns false and `error` says why.
    bool listen(const QString &host, const QHostAddress &address, quint16 port,
        const SocketPolicy &policy, QString *error);
    // Stops accepting; handshakes under way go with the server.
    void close();
    bool isListening() const { return m_tcp != nullptr; }
    quint16 port() const;

    // The TCP socket a WebSocket was made from, once: it belongs to the WebSocket from then on
    // (closing the server must not delete it under a goodbye). nullptr when it is not known.
    QTcpSocket *takeHandedOver(const QWebSocket *socket);
    // The server and every socket not yet a WebSocket: what a hang freezes.
    QList<QObject *> objects() const;

    int openCount() const { return m_caps.open(); }
    bool isAccepting() const { return !m_caps.isPaused(); }

Q_SIGNALS:
    // A request that passed: the WebSocket server answers it from the socket's buffer.
    void handedOver(QTcpSocket *socket);
    // Something turned away or dropped, for the node's log (the Endpoint limits the rate).
    void refused(const QString &peer, const QString &reason);

private:
    void acceptTcp();
    // Counts a new connection among the handshakes under way, or turns it away at a cap.
    bool admit(QTcpSocket *socket);
    void startHandshake(QTcpSocket *socket);
    // Drops the oldest handshake that has nothing waiting to be read; false if there is none.
    bool dropIdleHandshake(const QString &why);
    void readHead(QTcpSocket *socket);
    void refuse(QTcpSocket *socket, int status, const QByteArray &reason);
    void pauseIfFull();

    SocketPolicy m_policy;
    bool m_loopback = true;
    QTcpServer *m_tcp = nullptr;
    HandshakeQueue m_handshaking;
    QList<QPointer<QTcpSocket>> m_handedOver; // head checked, with the WebSocket server
    ConnectionCaps m_caps;
};

} // namespace wb
