#pragma once

#include <QHostAddress>
#include <QString>
#include <QUrl>
#include <optional>

// The wire rules of docs/protocol.md as pure functions, shared by both ends of a wire.
namespace wb::wire {

// The ack a server sends when its loop gives nothing (the seed's `ack or 'n/a'`).
inline QString noAck()
{
    return QStringLiteral("n/a");
}
// Error acks start with this, so that a sender can tell a refusal from an answer.
inline QString errorPrefix()
{
    return QStringLiteral("error: ");
}
// The channel the seed's clock uses.
inline QString clockChannel()
{
    return QStringLiteral("datafeed");
}

// The channel of a connection is its request path, leading slash included ("/datafeed"),
// exactly what the seed's handlers receive as `path`.
QString channelFromPath(const QString &path);

// ws://host:port/channel; host may be a name, an IPv4 or an IPv6 address.
QUrl nodeUrl(const QString &host, quint16 port, const QString &channel);

// Where to connect for a node listening on `host`: a wildcard listen address is reached
// through loopback.
QString connectHost(const QString &listenHost);

// The address to listen on for a host text; nullopt when it is not an address we can bind
// without a blocking name lookup ("localhost" maps to 127.0.0.1).
std::optional<QHostAddress> listenAddress(const QString &host);

struct Target
{
    QString host;
    quint16 port = 0;
};
// Parses "ws://HOST:PORT" (a trailing "/" allowed); nullopt when it is not such a URL.
std::optional<Target> parseTargetUrl(const QString &text);

// A node's address, "ws://HOST:PORT" with no path (an IPv6 host in brackets): how ring
// members name each other (docs/protocol.md, "The ring").
QString nodeAddress(const QString &host, quint16 port);
// The address in that one spelling (a lower-case host, "localhost" as 127.0.0.1), so that two
// spellings of one node compare equal; empty when `text` is not ws://HOST:PORT.
QString canonicalAddress(const QString &text);

// "[1, 0, 1]", as the seed prints a Python list of bits.
QString bitsText(const QList<int> &bits);

} // namespace wb::wire
