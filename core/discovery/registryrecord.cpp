#include "discovery/registryrecord.h"

#include "document/nodespec.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

namespace wb::registry {

QString nameFromKey(const QString &key)
{
    if (!key.startsWith(keyPrefix()))
        return {};
    return key.mid(keyPrefix().size());
}

QByteArray toJson(const NodeRecord &record)
{
    const QJsonObject o { { QLatin1String("name"), record.name },
        { QLatin1String("kind"), record.kind }, { QLatin1String("host"), record.host },
        { QLatin1String("port"), int(record.port) }, { QLatin1String("version"), record.version } };
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<NodeRecord> fromJson(const QByteArray &json, QString *error)
{
    const auto fail = [error](const QString &why) -> std::optional<NodeRecord> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return fail(QCoreApplication::translate("wb::Discovery", "not a JSON object"));
    const QJsonObject o = doc.object();
    NodeRecord record;
    record.name = o.value(QLatin1String("name")).toString();
    if (!isValidNodeName(record.name))
        return fail(
            QCoreApplication::translate("wb::Discovery", "name: missing or not a node name"));
    record.kind = o.value(QLatin1String("kind")).toString();
    record.host = o.value(QLatin1String("host")).toString();
    if (record.host.isEmpty() || record.host.size() > 253)
        return fail(
            QCoreApplication::translate("wb::Discovery", "host: missing or not a host name"));
    const double port = o.value(QLatin1String("port")).toDouble(-1);
    if (std::floor(port) != port || port < 1 || port > 65535)
        return fail(QCoreApplication::translate("wb::Discovery", "port: must be from 1 to 65535"));
    record.port = quint16(port);
    record.version = o.value(QLatin1String("version")).toString();
    return record;
}

QString describe(const NodeRecord &record)
{
    QString host = record.host;
    if (host.contains(u':'))
        host = u'[' + host + u']';
    const QString kind = record.kind.isEmpty() ? QStringLiteral("node") : record.kind;
    return QCoreApplication::translate("wb::Discovery", "%1 at %2:%3")
        .arg(kind, host)
        .arg(record.port);
}

} // namespace wb::registry
