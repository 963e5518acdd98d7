#pragma once

#include <QByteArray>
#include <QSslCertificate>
#include <QSslKey>
#include <QStringList>

class QObject;
class QUrl;
class QWebSocket;

namespace wb {

// The limits every socket of the process runs with (docs/security.md, "Sockets"). Qt 6.4's own
// defaults buffer frames of up to 2 GiB, accept any browser origin and queue without bound
// for a peer that never reads; these keep one bad peer from costing more than a few MiB.
namespace limits {
// Incoming frame and message size; a frame header announcing more is closed with 1009 before
// its payload is read.
inline constexpr qint64 kMaxMessageBytes = 1 << 20;
// Bytes waiting to be written to one peer (acks and pongs it does not read); over it the
// connection is closed with kCloseNotReading.
inline constexpr qint64 kMaxQueuedBytes = 4 << 20;
// Messages (and their bytes) a client may send ahead of its acks on one connection.
inline constexpr int kMaxWaitingMessages = 1024;
inline constexpr qint64 kMaxWaitingBytes = 4 << 20;
// Messages one link holds for sending (one in flight, the rest waiting for its ack).
inline constexpr int kMaxLinkQueue = 1024;
// Open connections of one node (handshakes under way included); at the cap the node stops
// accepting until one ends.
inline constexpr int kMaxConnectionsPerNode = 1024;
// Handshakes under way per node: a new connection beyond it drops the oldest of them, so that
// idle or slow clients cannot keep a real one out.
inline constexpr int kMaxPendingHandshakes = 64;
// Connections the kernel holds for the node before it accepts them (Qt's default is 50): a
// burst beyond it, a classroom pressing Run at once, would have its connection requests dropped
// and retried by the clients' kernels only a second later (3 s, 7 s... for the unlucky ones).
inline constexpr int kListenBacklog = 512;
// Time for a client to complete its handshake request.
inline constexpr int kHandshakeTimeoutMs = 5000;
// Size of a handshake request's head (request line and headers).
inline constexpr int kMaxRequestHeadBytes = 8192;
// File descriptors kept for everything but connections (files, timers, the display).
inline constexpr int kReservedDescriptors = 128;
// How long a closing connection may take to say goodbye before it is cut.
inline constexpr int kCloseGraceMs = 1000;
// How long a sender waits for an ack before the message fails (or goes again).
inline constexpr int kDefaultAckTimeoutMs = 30000;
} // namespace limits

// Close codes of docs/protocol.md ("Errors"), 4000–4999 as RFC 6455 leaves them to
// applications.
namespace closecode {
inline constexpr int kBinaryFrame = 4001; // a client connection received a binary frame
inline constexpr int kUnexpectedAck = 4002; // a text frame answered no message
inline constexpr int kNotReading = 4008; // kMaxQueuedBytes waiting for a peer that never reads
inline constexpr int kTooManyWaiting = 4009; // more than kMaxWaitingMessages/Bytes sent ahead
inline constexpr int kProtocolError = 4010; // a message its component refuses (a bad ring frame)
} // namespace closecode

struct SocketPolicy
{
    qint64 maxMessageBytes = limits::kMaxMessageBytes;
    qint64 maxQueuedBytes = limits::kMaxQueuedBytes;
    int maxWaitingMessages = limits::kMaxWaitingMessages;
    qint64 maxWaitingBytes = limits::kMaxWaitingBytes;
    int maxConnections = limits::kMaxConnectionsPerNode;
    int maxPendingHandshakes = limits::kMaxPendingHandshakes;
    int handshakeTimeoutMs = limits::kHandshakeTimeoutMs;
    // Browser origins (e.g. "http://localhost:3000") whose pages may connect; empty: none.
    QStringList allowedOrigins;
    // Required by servers that listen beyond loopback when set; sent by every client
    // connection this process opens. Never logged.
    QByteArray token;
    // wss (TLS). With a certificate and its key, servers speak TLS only. With a pin (the
    // SHA-256 digest of a certificate, 32 bytes), every connection this process opens speaks
    // TLS and accepts exactly that certificate, whoever signed it.
    QSslCertificate certificate;
    QSslKey privateKey;
    QByteArray pinnedSha256;

    bool isSecureServer() const { return !certificate.isNull() && !privateKey.isNull(); }

    // What new endpoints and links of this process use (set once at start).
    static const SocketPolicy &processDefaults();
    static void setProcessDefaults(const SocketPolicy &policy);
};

// Incoming size limits and the outgoing frame size (every message one frame) of a socket.
void applySocketLimits(QWebSocket *socket, const SocketPolicy &policy);
// Opens a client connection with the process's limits and, when there is one, its token; with
// a pinned certificate over TLS (wss), whatever the URL's scheme.
void openClientSocket(QWebSocket *socket, const QUrl &url);
// Lets go of a client socket that its owner no longer uses: disconnected from the owner and
// deleted once control is back in the event loop (the caller may be inside one of its
// signals). Graceful: a connected socket first says goodbye (1001) and gets a second for it.
void releaseClientSocket(QWebSocket *socket, QObject *owner, bool graceful = false);
// "AB:CD:..." or "abcd..." (64 hex digits) as 32 bytes; empty when it is not a SHA-256 digest.
QByteArray parseFingerprint(const QString &text);

} // namespace wb
