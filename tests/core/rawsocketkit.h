#pragma once

// A WebSocket client at the byte level, for what a well-behaved library never sends: frames
// with lying headers, binary or malformed frames, handshakes byte by byte, a client that stops
// reading. POSIX sockets on 127.0.0.1, non-blocking, woken by a QSocketNotifier, so that the
// event loop (and an in-process server) runs while a test waits. Header-only.

#include "wstestkit.h"

#include <QSocketNotifier>
#include <QtEndian>
#include <arpa/inet.h>
#include <cerrno>
#include <fcntl.h>
#include <netinet/in.h>
#include <optional>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace wbtest {

namespace ws {
inline constexpr int kText = 0x1;
inline constexpr int kBinary = 0x2;
inline constexpr int kClose = 0x8;
inline constexpr int kPing = 0x9;

// A client frame: masked (as RFC 6455 wants from clients) unless told otherwise. `length`
// overrides the announced payload length (a header that lies).
inline QByteArray frame(int opcode, const QByteArray &payload, bool masked = true,
    std::optional<quint64> length = std::nullopt, bool fin = true)
{
    QByteArray out;
    out.append(char((fin ? 0x80 : 0) | opcode));
    const quint64 n = length.value_or(quint64(payload.size()));
    const char mask = masked ? char(0x80) : char(0);
    if (n < 126) {
        out.append(char(mask | char(n)));
    } else if (n <= 0xffff) {
        out.append(char(mask | 126));
        quint16 be = qToBigEndian(quint16(n));
        out.append(reinterpret_cast<const char *>(&be), 2);
    } else {
        out.append(char(mask | 127));
        quint64 be = qToBigEndian(n);
        out.append(reinterpret_cast<const char *>(&be), 8);
    }
    const char key[4] = { 0x12, 0x34, 0x56, 0x78 };
    if (masked)
        out.append(key, 4);
    for (qsizetype i = 0; i < payload.size(); ++i)
        out.append(masked ? char(payload.at(i) ^ key[i % 4]) : payload.at(i));
    return out;
}

inline QByteArray request(quint16 port, const QByteArray &path = "/",
    const QByteArray &extraHeaders = {}, const QByteArray &host = QByteArray())
{
    return "GET " + path
        + " HTTP/1.1\r\nHost: " + (host.isEmpty() ? "127.0.0.1:" + QByteArray::number(port) : host)
        + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
          "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
        + extraHeaders + "\r\n";
}

struct ServerFrame
{
    int opcode = 0;
    QByteArray payload;
};

// Server frames (unmasked) at the start of `data`; removes what it parsed.
inline QList<ServerFrame> takeFrames(QByteArray &data)
{
    QList<ServerFrame> frames;
    for (;;) {
        if (data.size() < 2)
            return frames;
        const int opcode = data.at(0) & 0x0f;
        quint64 n = quint8(data.at(1)) & 0x7f;
        qsizetype at = 2;
        if (n == 126) {
            if (data.size() < 4)
                return frames;
            n = qFromBigEndian<quint16>(data.constData() + 2);
            at = 4;
        } else if (n == 127) {
            if (data.size() < 10)
                return frames;
            n = qFromBigEndian<quint64>(data.constData() + 2);
            at = 10;
        }
        if (quint64(data.size() - at) < n)
            return frames;
        frames << ServerFrame { opcode, data.mid(at, qsizetype(n)) };
        data.remove(0, at + qsizetype(n));
    }
}
} // namespace ws

class RawSocket final : public QObject
{
public:
    // receiveBuffer > 0: SO_RCVBUF before connecting (a peer that reads slowly or never).
    explicit RawSocket(int receiveBuffer = 0, QObject *parent = nullptr) : QObject(parent)
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        if (receiveBuffer > 0)
            ::setsockopt(m_fd, SOL_SOCKET, SO_RCVBUF, &receiveBuffer, sizeof receiveBuffer);
    }
    ~RawSocket() override { close(); }

    bool isValid() const { return m_fd >= 0; }

    // Starts connecting to 127.0.0.1:port (non-blocking); false on an immediate failure.
    bool connectTo(quint16 port)
    {
        sockaddr_in address {};
        address.sin_family = AF_INET;
        address.sin_port = htons(port);
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        const int rc = ::connect(m_fd, reinterpret_cast<sockaddr *>(&address), sizeof address);
        if (rc != 0 && errno != EINPROGRESS)
            return false;
        m_notifier = new QSocketNotifier(qintptr(m_fd), QSocketNotifier::Read, this);
        QObject::connect(m_notifier, &QSocketNotifier::activated, this, [this] { readSome(); });
        return true;
    }

    // Sends everything, waiting (with the event loop running) while the kernel is full.
    bool send(const QByteArray &data, int timeoutMs = kWaitMs)
    {
        qsizetype sent = 0;
        return waitFor(
                   [&] {
                       while (sent < data.size() && m_fd >= 0) {
                           const ssize_t n = ::send(m_fd, data.constData() + sent,
                               size_t(data.size() - sent), MSG_NOSIGNAL);
                           if (n > 0) {
                               sent += n;
                               continue;
                           }
                           if (n < 0
                               && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINPROGRESS
                                   || errno == ENOTCONN)) {
                               QTimer::singleShot(1, this, [] {}); // look again soon
                               return false;
                           }
                           failed = true;
                           return true;
                       }
                       return true;
                   },
                   timeoutMs)
            && !failed;
    }

    // Stops (or restarts) reading: what the server sends piles up in the kernel, then in it.
    void setReading(bool reading)
    {
        if (m_notifier)
            m_notifier->setEnabled(reading);
    }

    // The HTTP status of the server's answer to a handshake request; 0 when none came.
    int handshake(quint16 port, const QByteArray &path = "/", const QByteArray &headers = {},
        const QByteArray &host = QByteArray())
    {
        if (!connectTo(port) || !send(ws::request(port, path, headers, host)))
            return 0;
        return answerStatus();
    }

    // The HTTP status of the server's answer to the request sent; 0 when none came.
    int answerStatus()
    {
        if (!waitFor([this] { return received.contains("\r\n\r\n") || closed; }))
            return 0;
        const qsizetype end = received.indexOf("\r\n\r\n");
        if (end < 0)
            return 0;
        const QByteArray head = received.left(end);
        const bool upgraded = head.startsWith("HTTP/1.1 101");
        if (upgraded)
            received.remove(0, end + 4);
        return head.mid(9, 3).toInt();
    }

    // The TCP handshake is done: the server's kernel holds the connection, whether or not the
    // server has accepted it yet.
    bool isConnected() const
    {
        pollfd writable { m_fd, POLLOUT, 0 };
        if (::poll(&writable, 1, 0) != 1 || !(writable.revents & POLLOUT))
            return false;
        int error = 0;
        socklen_t size = sizeof error;
        return ::getsockopt(m_fd, SOL_SOCKET, SO_ERROR, &error, &size) == 0 && error == 0;
    }

    // Frames received so far (after the handshake).
    QList<ws::ServerFrame> frames()
    {
        m_frames << ws::takeFrames(received);
        return m_frames;
    }
    // The code of the server's close frame; nullopt when none came in time.
    std::optional<int> waitForClose(int timeoutMs = kWaitMs)
    {
        std::optional<int> code;
        [[maybe_unused]] const bool seen = waitFor(
            [&] {
                for (const ws::ServerFrame &f : frames()) {
                    if (f.opcode == ws::kClose && f.payload.size() >= 2)
                        code = qFromBigEndian<quint16>(f.payload.constData());
                }
                return code.has_value() || closed;
            },
            timeoutMs);
        return code;
    }
    QStringList texts()
    {
        QStringList list;
        for (const ws::ServerFrame &f : frames()) {
            if (f.opcode == ws::kText)
                list << QString::fromUtf8(f.payload);
        }
        return list;
    }

    void close()
    {
        delete m_notifier;
        m_notifier = nullptr;
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
    }

    QByteArray received;
    bool closed = false; // the server closed the TCP connection (or reset it)
    bool failed = false;

private:
    void readSome()
    {
        char buffer[65536];
        for (;;) {
            const ssize_t n = ::recv(m_fd, buffer, sizeof buffer, 0);
            if (n > 0) {
                received.append(buffer, n);
                continue;
            }
            if (n == 0 || (errno != EAGAIN && errno != EWOULDBLOCK)) {
                closed = true;
                m_notifier->setEnabled(false);
            }
            return;
        }
    }

    int m_fd = -1;
    QSocketNotifier *m_notifier = nullptr;
    QList<ws::ServerFrame> m_frames;
};

} // namespace wbtest
