#include "discovery/registryclient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace wb {

namespace {

// The gateway maps int64 to JSON strings; accept numbers too.
qint64 toInt64(const QJsonValue &value)
{
    return value.isString() ? value.toString().toLongLong() : qint64(value.toDouble());
}

QString toBase64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

QString toBase64(const QString &text)
{
    return toBase64(text.toUtf8());
}

} // namespace

RegistryClient::RegistryClient(const QUrl &endpoint, QObject *parent)
    : QObject(parent), m_network(new QNetworkAccessManager(this)), m_endpoint(endpoint)
{
    m_network->setAutoDeleteReplies(true);
}

std::optional<QUrl> RegistryClient::parseEndpoint(const QString &text, QString *error)
{
    const QUrl url(text, QUrl::StrictMode);
    const bool pathOk = url.path().isEmpty() || url.path() == QLatin1String("/");
    if (!url.isValid() || url.scheme() != QLatin1String("http") || url.host().isEmpty() || !pathOk
        || url.hasQuery() || url.hasFragment() || !url.userInfo().isEmpty()) {
        if (error)
            *error = QStringLiteral("expected http://HOST:PORT (etcd's client URL)");
        return std::nullopt;
    }
    QUrl clean;
    clean.setScheme(url.scheme());
    clean.setHost(url.host());
    clean.setPort(url.port(2379));
    return clean;
}

QByteArray RegistryClient::prefixEnd(const QByteArray &prefix)
{
    QByteArray end = prefix;
    while (!end.isEmpty()) {
        if (static_cast<unsigned char>(end.back()) < 0xff) {
            end.back() = char(static_cast<unsigned char>(end.back()) + 1);
            return end;
        }
        end.chop(1);
    }
    return QByteArray(1, '\0'); // every key
}

std::optional<RegistryClient::KeyValue> RegistryClient::keyValueFromJson(const QJsonObject &kv)
{
    const QJsonValue key = kv.value(QLatin1String("key"));
    if (!key.isString())
        return std::nullopt;
    KeyValue result;
    result.key = QString::fromUtf8(QByteArray::fromBase64(key.toString().toLatin1()));
    result.value = QByteArray::fromBase64(kv.value(QLatin1String("value")).toString().toLatin1());
    result.createRevision = toInt64(kv.value(QLatin1String("create_revision")));
    result.modRevision = toInt64(kv.value(QLatin1String("mod_revision")));
    result.lease = toInt64(kv.value(QLatin1String("lease")));
    return result;
}

void RegistryClient::grantLease(
    const QObject *context, int ttlSeconds, std::function<void(const LeaseResult &)> done)
{
    post(context, QStringLiteral("/v3/lease/grant"), { { QLatin1String("TTL"), ttlSeconds } },
        [done](const QString &error, const QJsonObject &reply) {
            LeaseResult result { error, 0, 0 };
            if (error.isEmpty()) {
                result.id = toInt64(reply.value(QLatin1String("ID")));
                result.ttl = toInt64(reply.value(QLatin1String("TTL")));
                if (result.id == 0)
                    result.error = reply.value(QLatin1String("error"))
                                       .toString(QCoreApplication::translate(
                                           "wb::Discovery", "the registry granted no lease"));
            }
            done(result);
        });
}

void RegistryClient::keepAlive(
    const QObject *context, qint64 lease, std::function<void(const LeaseResult &)> done)
{
    post(context, QStringLiteral("/v3/lease/keepalive"),
        { { QLatin1String("ID"), QString::number(lease) } },
        [done, lease](const QString &error, const QJsonObject &reply) {
            // A stream in gRPC: the gateway answers one {"result": ...} per request.
            const QJsonObject result = reply.value(QLatin1String("result")).toObject();
            done(LeaseResult { error, lease, toInt64(result.value(QLatin1String("TTL"))) });
        });
}

void RegistryClient::revokeLease(const QObject *context, qint64 lease, ErrorDone done)
{
    post(context, QStringLiteral("/v3/lease/revoke"),
        { { QLatin1String("ID"), QString::number(lease) } },
        [done](const QString &error, const QJsonObject &) { done(error); });
}

void RegistryClient::putIf(const QObject *context, const QString &key, const QByteArray &value,
    qint64 lease, qint64 expectedModRevision, std::function<void(const PutResult &)> done)
{
    const QString key64 = toBase64(key);
    const QJsonObject compare = expectedModRevision == 0
        ? QJsonObject { { QLatin1String("key"), key64 },
              { QLatin1String("target"), QLatin1String("CREATE") },
              { QLatin1String("result"), QLatin1String("EQUAL") },
              { QLatin1String("create_revision"), QLatin1String("0") } }
        : QJsonObject { { QLatin1String("key"), key64 },
              { QLatin1String("target"), QLatin1String("MOD") },
              { QLatin1String("result"), QLatin1String("EQUAL") },
              { QLatin1String("mod_revision"), QString::number(expectedModRevision) } };
    QJsonObject put { { QLatin1String("key"), key64 },
        { QLatin1String("value"), toBase64(value) } };
    if (lease != 0)
        put.insert(QLatin1String("lease"), QString::number(lease));
    const QJsonObject body {
        { QLatin1String("compare"), QJsonArray { compare } },
        { QLatin1String("success"),
            QJsonArray { QJsonObject { { QLatin1String("request_put"), put } } } },
        { QLatin1String("failure"),
            QJsonArray { QJsonObject { { QLatin1String("request_range"),
                QJsonObject { { QLatin1String("key"), key64 } } } } } },
    };
    post(context, QStringLiteral("/v3/kv/txn"), body,
        [done](const QString &error, const QJsonObject &reply) {
            PutResult result { error, false, std::nullopt };
            if (error.isEmpty()) {
                result.written = reply.value(QLatin1String("succeeded")).toBool();
                if (!result.written) {
                    const QJsonArray responses = reply.value(QLatin1String("responses")).toArray();
                    const QJsonArray kvs = responses.first()
                                               .toObject()
                                               .value(QLatin1String("response_range"))
                                               .toObject()
                                               .value(QLatin1String("kvs"))
                                               .toArray();
                    if (!kvs.isEmpty())
                        result.holder = keyValueFromJson(kvs.first().toObject());
                }
            }
            done(result);
        });
}

void RegistryClient::range(
    const QObject *context, const QString &prefix, std::function<void(const RangeResult &)> done)
{
    const QByteArray bytes = prefix.toUtf8();
    const QJsonObject body { { QLatin1String("key"), toBase64(bytes) },
        { QLatin1String("range_end"), toBase64(prefixEnd(bytes)) } };
    post(context, QStringLiteral("/v3/kv/range"), body,
        [done](const QString &error, const QJsonObject &reply) {
            RangeResult result { error, {}, 0 };
            if (error.isEmpty()) {
                result.revision = toInt64(reply.value(QLatin1String("header"))
                                              .toObject()
                                              .value(QLatin1String("revision")));
                const QJsonArray kvs = reply.value(QLatin1String("kvs")).toArray();
                for (const QJsonValue &kv : kvs) {
                    if (const auto value = keyValueFromJson(kv.toObject()))
                        result.values << *value;
                }
            }
            done(result);
        });
}

void RegistryClient::remove(const QObject *context, const QString &key, ErrorDone done)
{
    post(context, QStringLiteral("/v3/kv/deleterange"), { { QLatin1String("key"), toBase64(key) } },
        [done](const QString &error, const QJsonObject &) { done(error); });
}

RegistryWatch *RegistryClient::watch(const QString &prefix, qint64 fromRevision, QObject *parent)
{
    const QByteArray bytes = prefix.toUtf8();
    QJsonObject create { { QLatin1String("key"), toBase64(bytes) },
        { QLatin1String("range_end"), toBase64(prefixEnd(bytes)) } };
    if (fromRevision > 0)
        create.insert(QLatin1String("start_revision"), QString::number(fromRevision));
    QUrl url = m_endpoint;
    url.setPath(QStringLiteral("/v3/watch"));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    // A watch is silent while nothing changes: no transfer timeout.
    request.setTransferTimeout(0);
    const QByteArray body = QJsonDocument(
        QJsonObject { { QLatin1String("create_request"),
            create } }).toJson(QJsonDocument::Compact);
    return new RegistryWatch(this, m_network->post(request, body), parent);
}

void RegistryClient::post(
    const QObject *context, const QString &path, const QJsonObject &body, JsonDone done)
{
    QUrl url = m_endpoint;
    url.setPath(path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setTransferTimeout(m_timeoutMs);
    QNetworkReply *reply
        = m_network->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    // The context guards the callback; the client's own life guards `this`.
    connect(reply, &QNetworkReply::finished, context,
        [guard = QPointer<const RegistryClient>(this), this, reply, done] {
            if (!guard)
                return;
            const QByteArray data = reply->readAll();
            if (reply->error() != QNetworkReply::NoError) {
                done(describeError(reply, data), {});
                return;
            }
            QJsonParseError parseError;
            const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
            if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
                done(tr("registry %1: not an etcd answer (%2)")
                         .arg(m_endpoint.toString(), QString::fromUtf8(data.left(80))),
                    {});
                return;
            }
            done({}, doc.object());
        });
}

QString RegistryClient::describeError(QNetworkReply *reply, const QByteArray &body) const
{
    // The gateway explains refusals in its body: {"error": ..., "message": ..., "code": ...}.
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    QString why = o.value(QLatin1String("message")).toString();
    if (why.isEmpty())
        why = o.value(QLatin1String("error")).toString();
    if (why.isEmpty())
        why = reply->error() == QNetworkReply::OperationCanceledError
            ? tr("no answer within %1 s").arg(m_timeoutMs / 1000.0)
            : reply->errorString();
    return tr("registry %1: %2").arg(m_endpoint.toString(), why);
}

RegistryWatch::RegistryWatch(const RegistryClient *client, QNetworkReply *reply, QObject *parent)
    : QObject(parent), m_client(client), m_reply(reply)
{
    connect(reply, &QNetworkReply::readyRead, this, &RegistryWatch::onData);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        onData();
        end(reply->error() == QNetworkReply::NoError
                ? tr("registry %1: the watch ended").arg(m_client->endpoint().toString())
                : m_client->describeError(reply, m_buffer));
    });
}

RegistryWatch::~RegistryWatch()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

void RegistryWatch::onData()
{
    if (!m_reply)
        return;
    m_buffer += m_reply->readAll();
    qsizetype newline;
    while ((newline = m_buffer.indexOf('\n')) >= 0) {
        const QByteArray line = m_buffer.left(newline).trimmed();
        m_buffer.remove(0, newline + 1);
        if (!line.isEmpty())
            onLine(line);
        if (m_ended)
            return;
    }
}

void RegistryWatch::onLine(const QByteArray &line)
{
    const QJsonObject o = QJsonDocument::fromJson(line).object();
    if (o.contains(QLatin1String("error"))) {
        const QJsonObject error = o.value(QLatin1String("error")).toObject();
        end(QCoreApplication::translate("wb::Discovery", "registry %1: %2")
                .arg(m_client->endpoint().toString(),
                    error.value(QLatin1String("message")).toString()));
        return;
    }
    const QJsonObject result = o.value(QLatin1String("result")).toObject();
    if (result.value(QLatin1String("canceled")).toBool()) {
        QString why = result.value(QLatin1String("cancel_reason")).toString();
        if (why.isEmpty() && result.contains(QLatin1String("compact_revision")))
            why = QCoreApplication::translate("wb::Discovery", "history compacted");
        end(QCoreApplication::translate("wb::Discovery", "registry %1: watch cancelled (%2)")
                .arg(m_client->endpoint().toString(), why));
        return;
    }
    if (result.value(QLatin1String("created")).toBool())
        Q_EMIT started();
    const QJsonArray events = result.value(QLatin1String("events")).toArray();
    for (const QJsonValue &value : events) {
        const QJsonObject event = value.toObject();
        const auto kv
            = RegistryClient::keyValueFromJson(event.value(QLatin1String("kv")).toObject());
        if (!kv)
            continue;
        if (event.value(QLatin1String("type")).toString() == QLatin1String("DELETE"))
            Q_EMIT removed(kv->key);
        else
            Q_EMIT put(*kv);
        if (m_ended)
            return;
    }
}

void RegistryWatch::end(const QString &error)
{
    if (m_ended)
        return;
    m_ended = true;
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply = nullptr;
    }
    Q_EMIT ended(error);
}

} // namespace wb
