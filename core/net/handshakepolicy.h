#pragma once

#include <QByteArray>
#include <QHash>
#include <QStringList>
#include <optional>

namespace wb::handshake {

// The head of an HTTP upgrade request: request line and headers (names lower-cased). Pure
// parsing, so that the rules below can be tested and fuzzed without a socket.
struct RequestHead
{
    QByteArray method;
    QByteArray target; // path and query, as sent
    QHash<QByteArray, QByteArray> headers;
};

// The head ends at the first empty line; nullopt while it has not come yet.
std::optional<qsizetype> headLength(const QByteArray &received);
// nullopt for anything that is not a request line followed by "Name: value" lines.
std::optional<RequestHead> parseHead(const QByteArray &head);

struct Rules
{
    bool loopback = true; // the server listens on a loopback address only
    QStringList allowedOrigins;
    QByteArray token; // required beyond loopback when not empty
};

struct Verdict
{
    int status = 0; // 0: hand the connection to the WebSocket server; else the HTTP status
    QByteArray reason; // for the response and the log; never holds the token
};

// Browsers always send Origin, other clients (the seed's Python nodes, Qt, curl) do not: a page
// may only connect when its origin is allowed. On loopback the Host must name loopback, so that
// a page whose name rebinds to 127.0.0.1 (DNS rebinding) is refused. Beyond loopback a
// configured token must come as "Authorization: Bearer TOKEN" or "?token=TOKEN".
Verdict check(const RequestHead &head, const Rules &rules);
bool isLoopbackHost(const QByteArray &hostHeader);

// The whole HTTP response that refuses a handshake.
QByteArray refusal(const Verdict &verdict);

// Compares in time that depends on the lengths only, not on where the first difference is.
bool equalTokens(const QByteArray &a, const QByteArray &b);
// A token is at least 32 characters of A-Z a-z 0-9 - . _ ~ + / (32 hex digits: 128 bits).
// Returns why not, or empty; the message never holds the token.
QString tokenProblem(const QByteArray &token);
inline constexpr int kMinTokenLength = 32;

} // namespace wb::handshake
