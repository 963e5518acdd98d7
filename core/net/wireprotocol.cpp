#include "net/wireprotocol.h"

#include <QStringList>

namespace wb::wire {

QString channelFromPath(const QString &path)
{
    if (path.isEmpty())
        return QStringLiteral("/");
    return path.startsWith(u'/') ? path : u'/' + path;
}

QUrl nodeUrl(const QString &host, quint16 port, const QString &channel)
{
    QUrl url;
    url.setScheme(QStringLiteral("ws"));
    url.setHost(host);
    url.setPort(port);
    url.setPath(channelFromPath(channel));
    return url;
}

QString connectHost(const QString &listenHost)
{
    if (listenHost == QLatin1String("0.0.0.0") || listenHost.isEmpty())
        return QStringLiteral("127.0.0.1");
    if (listenHost == QLatin1String("::") || listenHost == QLatin1String("[::]"))
        return QStringLiteral("::1");
    return listenHost;
}

std::optional<QHostAddress> listenAddress(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return QHostAddress(QHostAddress::LocalHost);
    QString text = host;
    if (text.startsWith(u'[') && text.endsWith(u']'))
        text = text.mid(1, text.size() - 2);
    QHostAddress address;
    if (!address.setAddress(text))
        return std::nullopt;
    return address;
}

std::optional<Target> parseTargetUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("ws") || url.host().isEmpty()
        || url.port() <= 0 || (!url.path().isEmpty() && url.path() != QLatin1String("/"))
        || url.hasQuery() || url.hasFragment() || !url.userInfo().isEmpty()) {
        return std::nullopt;
    }
    return Target { url.host(), quint16(url.port()) };
}

QString nodeAddress(const QString &host, quint16 port)
{
    QUrl url;
    url.setScheme(QStringLiteral("ws"));
    url.setHost(host);
    url.setPort(port);
    return url.toString();
}

QString canonicalAddress(const QString &text)
{
    const auto target = parseTargetUrl(text);
    if (!target)
        return {};
    const bool local = target->host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0;
    return nodeAddress(local ? QStringLiteral("127.0.0.1") : target->host.toLower(), target->port);
}

QString bitsText(const QList<int> &bits)
{
    // Once per tick on a pin's hot path: one allocation, no list of strings.
    QString text;
    text.reserve(2 + bits.size() * 3);
    text += u'[';
    for (qsizetype i = 0; i < bits.size(); ++i) {
        if (i > 0)
            text += QLatin1String(", ");
        text += QString::number(bits.at(i));
    }
    text += u']';
    return text;
}

} // namespace wb::wire
