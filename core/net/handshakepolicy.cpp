#include "net/handshakepolicy.h"

#include <QHostAddress>
#include <QUrlQuery>

namespace wb::handshake {

std::optional<qsizetype> headLength(const QByteArray &received)
{
    const qsizetype end = received.indexOf("\r\n\r\n");
    if (end < 0)
        return std::nullopt;
    return end + 4;
}

std::optional<RequestHead> parseHead(const QByteArray &head)
{
    const QList<QByteArray> lines = head.split('\n');
    if (lines.isEmpty())
        return std::nullopt;
    const QList<QByteArray> request = lines.first().trimmed().split(' ');
    if (request.size() != 3 || request.at(0).isEmpty() || !request.at(1).startsWith('/')
        || !request.at(2).startsWith("HTTP/")) {
        return std::nullopt;
    }
    RequestHead parsed;
    parsed.method = request.at(0);
    parsed.target = request.at(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return std::nullopt;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        // A repeated header is suspicious in any of the fields we judge by: refuse them both.
        if (parsed.headers.contains(name))
            parsed.headers[name] += ", " + value;
        else
            parsed.headers.insert(name, value);
    }
    return parsed;
}

bool isLoopbackHost(const QByteArray &hostHeader)
{
    QByteArray host = hostHeader.trimmed().toLower();
    if (host.startsWith('[')) {
        const qsizetype close = host.indexOf(']');
        if (close < 0)
            return false;
        const QByteArray rest = host.mid(close + 1);
        if (!rest.isEmpty() && !rest.startsWith(':'))
            return false;
        host = host.mid(1, close - 1);
        return host == "::1";
    }
    if (const qsizetype colon = host.indexOf(':'); colon >= 0) {
        bool ok = false;
        host.mid(colon + 1).toUShort(&ok);
        if (!ok)
            return false;
        host.truncate(colon);
    }
    return host == "localhost" || host == "127.0.0.1";
}

namespace {

QByteArray bearerToken(const RequestHead &head)
{
    const QByteArray authorization = head.headers.value("authorization");
    if (authorization.size() > 7 && authorization.left(7).toLower() == "bearer ")
        return authorization.mid(7).trimmed();
    const qsizetype query = head.target.indexOf('?');
    if (query < 0)
        return {};
    const QUrlQuery items(QString::fromLatin1(head.target.mid(query + 1)));
    return items.queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded).toLatin1();
}

} // namespace

Verdict check(const RequestHead &head, const Rules &rules)
{
    if (head.method != "GET")
        return { 405, "only GET upgrades to a WebSocket" };
    if (const auto origin = head.headers.constFind("origin"); origin != head.headers.cend()) {
        const QString text = QString::fromLatin1(*origin);
        if (!rules.allowedOrigins.contains(text, Qt::CaseInsensitive))
            return { 403, "origin not allowed: " + origin->left(200) };
    }
    if (rules.loopback) {
        // Absent is fine: only browsers matter here, and they always send Host.
        if (const auto host = head.headers.constFind("host");
            host != head.headers.cend() && !isLoopbackHost(*host)) {
            return { 403, "host not allowed on a loopback node: " + host->left(200) };
        }
        return {};
    }
    if (!rules.token.isEmpty() && !equalTokens(bearerToken(head), rules.token))
        return { 401, "missing or wrong token" };
    return {};
}

QByteArray refusal(const Verdict &verdict)
{
    QByteArray phrase = "Forbidden";
    if (verdict.status == 401)
        phrase = "Unauthorized";
    else if (verdict.status == 400)
        phrase = "Bad Request";
    else if (verdict.status == 405)
        phrase = "Method Not Allowed";
    else if (verdict.status == 408)
        phrase = "Request Timeout";
    else if (verdict.status == 431)
        phrase = "Request Header Fields Too Large";
    QByteArray body = verdict.reason;
    body.replace('\r', ' ').replace('\n', ' ');
    body += '\n';
    return "HTTP/1.1 " + QByteArray::number(verdict.status) + ' ' + phrase
        + "\r\nContent-Type: text/plain\r\nConnection: close\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

bool equalTokens(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

QString tokenProblem(const QByteArray &token)
{
    if (token.size() < kMinTokenLength)
        return QStringLiteral("a token needs at least %1 characters (e.g. 32 hex digits: "
                              "openssl rand -hex 16)")
            .arg(kMinTokenLength);
    for (const char c : token) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
            || c == '-' || c == '.' || c == '_' || c == '~' || c == '+' || c == '/';
        if (!ok)
            return QStringLiteral("a token may hold only A-Z a-z 0-9 - . _ ~ + /");
    }
    return {};
}

} // namespace wb::handshake
