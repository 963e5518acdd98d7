#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace wb {

class RegistryWatch;

// The registry as etcd's v3 JSON gateway (etcd 3.4, plain HTTP): leases, a put that refuses to
// overwrite (a transaction), ranges, deletes and watches, every one asynchronous through
// QNetworkAccessManager. Keys and values are base64 on the wire (the gateway's JSON mapping of
// bytes); here they are plain. A callback is called exactly once, unless the client or the
// callback's context object is destroyed first; every request but a watch is bounded by the
// request timeout.
class RegistryClient final : public QObject
{
    Q_OBJECT
public:
    struct KeyValue
    {
        QString key;
        QByteArray value;
        qint64 createRevision = 0;
        qint64 modRevision = 0;
        qint64 lease = 0;
    };
    struct LeaseResult
    {
        QString error; // empty on success
        qint64 id = 0;
        qint64 ttl = 0; // keepAlive(): 0 when the lease is gone (expired, revoked)
    };
    struct PutResult
    {
        QString error;
        bool written = false;
        std::optional<KeyValue> holder; // not written: what holds the key
    };
    struct RangeResult
    {
        QString error;
        QList<KeyValue> values;
        qint64 revision = 0; // the store's revision the values are from
    };
    using ErrorDone = std::function<void(const QString &error)>;

    explicit RegistryClient(const QUrl &endpoint, QObject *parent = nullptr);

    // "http://HOST:PORT" (the etcd client URL); nullopt and why for anything else.
    static std::optional<QUrl> parseEndpoint(const QString &text, QString *error = nullptr);

    QUrl endpoint() const { return m_endpoint; }
    void setRequestTimeout(int ms) { m_timeoutMs = ms; }

    void grantLease(
        const QObject *context, int ttlSeconds, std::function<void(const LeaseResult &)> done);
    void keepAlive(
        const QObject *context, qint64 lease, std::function<void(const LeaseResult &)> done);
    // Revoking a lease deletes every key written under it.
    void revokeLease(const QObject *context, qint64 lease, ErrorDone done);
    // Writes key = value under `lease` only if the key's last modification is
    // `expectedModRevision`, 0 meaning: only if there is no such key.
    void putIf(const QObject *context, const QString &key, const QByteArray &value, qint64 lease,
        qint64 expectedModRevision, std::function<void(const PutResult &)> done);
    // Every key that starts with `prefix`.
    void range(const QObject *context, const QString &prefix,
        std::function<void(const RangeResult &)> done);
    void remove(const QObject *context, const QString &key, ErrorDone done);
    // Streams every change under `prefix` from revision `fromRevision` on. The caller owns the
    // watch; destroying it ends the stream.
    RegistryWatch *watch(const QString &prefix, qint64 fromRevision, QObject *parent);

    // The end of the key range of a prefix: the prefix with its last byte increased.
    static QByteArray prefixEnd(const QByteArray &prefix);
    static std::optional<KeyValue> keyValueFromJson(const QJsonObject &kv);

private:
    using JsonDone = std::function<void(const QString &error, const QJsonObject &reply)>;
    void post(const QObject *context, const QString &path, const QJsonObject &body, JsonDone done);
    QString describeError(QNetworkReply *reply, const QByteArray &body) const;

    QNetworkAccessManager *m_network;
    QUrl m_endpoint;
    int m_timeoutMs = 3000;

    friend class RegistryWatch;
};

// One watch stream: the gateway sends a JSON object per line as changes happen.
class RegistryWatch final : public QObject
{
    Q_OBJECT
public:
    ~RegistryWatch() override;

Q_SIGNALS:
    // The registry accepted the watch: changes flow from now on.
    void started();
    void put(const wb::RegistryClient::KeyValue &kv);
    void removed(const QString &key);
    // The stream is over (the registry went away, or the revision was compacted): sync again.
    void ended(const QString &error);

private:
    friend class RegistryClient;
    RegistryWatch(const RegistryClient *client, QNetworkReply *reply, QObject *parent);
    void onData();
    void onLine(const QByteArray &line);
    void end(const QString &error);

    const RegistryClient *m_client;
    QPointer<QNetworkReply> m_reply;
    QByteArray m_buffer;
    bool m_ended = false;
};

} // namespace wb
Q_DECLARE_METATYPE(wb::RegistryClient::KeyValue)
