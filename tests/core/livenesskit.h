#pragma once

// Peers for the liveness tests that a Qt WebSocket server cannot play: a server that completes
// the WebSocket handshake and then answers nothing, not even pings (a frozen process whose
// socket is still open), and one that never finishes the handshake. And the circuit those tests
// run: a clock ticking into an external node, with every failure's reason collected.

#include "circuittestkit.h"
#include "document/circuit.h"
#include "runtime/meshruntime.h"
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

// A clock wired to the external node "far" at 127.0.0.1:port, and its runtime.
struct ClockIntoPeer
{
    ClockIntoPeer(quint16 port, qint64 tacks, double delay) : runtime(&circuit)
    {
        wb::NodeSpec spec = nodeSpec(QStringLiteral("clock"), wb::NodeKind::Clock);
        spec.params.insert(QStringLiteral("tacks"), tacks);
        spec.params.insert(QStringLiteral("delay"), delay);
        clock = circuit.addNode(spec);
        far = circuit.addNode(nodeSpec(QStringLiteral("far"), wb::NodeKind::External, port));
        circuit.addWire(clock, far);
        QObject::connect(
            &runtime, &wb::MeshRuntime::traffic, &runtime, [this](const wb::TrafficEvent &e) {
                if (e.type == wb::TrafficEvent::Type::Failed)
                    failures << e.text;
            });
    }

    wb::Circuit circuit;
    wb::MeshRuntime runtime;
    wb::NodeId clock = 0;
    wb::NodeId far = 0;
    QStringList failures; // why each failed message failed, in order
};

} // namespace wbtest
