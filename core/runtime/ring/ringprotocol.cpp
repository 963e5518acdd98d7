#include "runtime/ring/ringprotocol.h"

#include "document/nodespec.h"
#include "net/wireprotocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

namespace wb::ring {

namespace {

constexpr qint64 kMaxKey = 4294967295LL;
constexpr qint64 kMaxSeq = 9007199254740991LL; // 2^53 - 1: exact in a JSON number
constexpr qint64 kMaxCount = 2147483647LL;

const char *const kTypeNames[]
    = { "chat", "ping", "probe", "join", "stabilise", "notify", "leave", "status" };
const char *const kAckNames[] = { "ok", "pong", "probed", "successor", "redirect", "state" };

// What a hostile peer wrote, quoted short enough for a close frame's reason.
QString quoted(const QString &text)
{
    return u'"' + (text.size() > 24 ? text.left(24) + QStringLiteral("...") : text) + u'"';
}

// Reads the fields of one JSON object; the first problem is kept, named by its path.
class Reader
{
public:
    Reader(const QJsonObject &object, QString path, QString *error)
        : m_object(object), m_path(std::move(path)), m_error(error)
    { }

    bool ok() const { return m_error->isEmpty(); }
    bool has(const char *key) const
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        return !value.isUndefined() && !value.isNull();
    }
    bool fail(const QString &where, const QString &what) const
    {
        if (m_error->isEmpty()) {
            *m_error = where.isEmpty() ? QStringLiteral("ring: %1").arg(what)
                                       : QStringLiteral("ring: %1: %2").arg(where, what);
        }
        return false;
    }
    QString where(const char *key) const
    {
        return m_path.isEmpty() ? QString::fromLatin1(key)
                                : QString(m_path + u'.' + QLatin1String(key));
    }

    std::optional<QJsonValue> value(const char *key) const
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull()) {
            fail(where(key), QStringLiteral("missing"));
            return std::nullopt;
        }
        return value;
    }

    QString text(const char *key, int maxChars) const
    {
        const auto v = value(key);
        if (!v)
            return {};
        if (!v->isString()) {
            fail(where(key), QStringLiteral("not a text"));
            return {};
        }
        const QString s = v->toString();
        if (s.size() > maxChars) {
            fail(where(key), QStringLiteral("more than %1 characters").arg(maxChars));
            return {};
        }
        return s;
    }

    qint64 whole(const char *key, qint64 min, qint64 max) const
    {
        const auto v = value(key);
        if (!v)
            return 0;
        const double d = v->toDouble(-1.0);
        if (!v->isDouble() || d != std::floor(d) || d < double(min) || d > double(max)) {
            fail(where(key), QStringLiteral("not a whole number from %1 to %2").arg(min).arg(max));
            return 0;
        }
        return qint64(d);
    }

    bool boolean(const char *key) const
    {
        const auto v = value(key);
        if (v && !v->isBool())
            fail(where(key), QStringLiteral("not true or false"));
        return v && v->toBool();
    }

    QString address(const char *key) const
    {
        const QString s = text(key, kMaxAddressChars);
        if (!ok())
            return {};
        const QString canonical = wire::canonicalAddress(s);
        if (canonical.isEmpty())
            fail(where(key), QStringLiteral("%1 is not ws://HOST:PORT").arg(quoted(s)));
        return canonical;
    }

    Member member(const char *key) const
    {
        const auto v = value(key);
        if (!v)
            return {};
        return memberOf(*v, where(key));
    }

    std::optional<Member> optionalMember(const char *key) const
    {
        if (!has(key))
            return std::nullopt;
        return member(key);
    }

    QList<Member> members(const char *key) const
    {
        const auto v = value(key);
        if (!v)
            return {};
        if (!v->isArray()) {
            fail(where(key), QStringLiteral("not a list"));
            return {};
        }
        const QJsonArray array = v->toArray();
        if (array.size() > kMaxMembers) {
            fail(where(key), QStringLiteral("at most %1 members").arg(kMaxMembers));
            return {};
        }
        QList<Member> list;
        for (qsizetype i = 0; i < array.size() && ok(); ++i)
            list << memberOf(array.at(i), where(key) + QStringLiteral("[%1]").arg(i));
        return list;
    }

private:
    Member memberOf(const QJsonValue &v, const QString &path) const
    {
        if (!v.isObject()) {
            fail(path, QStringLiteral("not a member object"));
            return {};
        }
        const Reader r(v.toObject(), path, m_error);
        Member m;
        m.addr = r.address("addr");
        m.key = quint32(r.whole("key", 0, kMaxKey));
        m.name = r.text("name", 64);
        if (r.ok() && !isValidNodeName(m.name))
            r.fail(r.where("name"), QStringLiteral("not 1 to 64 of A-Z a-z 0-9 _ . -"));
        return ok() ? m : Member {};
    }

    QJsonObject m_object;
    QString m_path;
    QString *m_error;
};

QJsonObject toJson(const Member &m)
{
    return { { QStringLiteral("addr"), m.addr }, { QStringLiteral("key"), qint64(m.key) },
        { QStringLiteral("name"), m.name } };
}

QJsonValue toJson(const std::optional<Member> &m)
{
    return m ? QJsonValue(toJson(*m)) : QJsonValue(QJsonValue::Null);
}

QJsonArray toJson(const QList<Member> &list)
{
    QJsonArray array;
    for (const Member &m : list)
        array.append(toJson(m));
    return array;
}

// The object of a frame, or nullopt with the error.
std::optional<QJsonObject> objectOf(const QString &text, QString *error)
{
    QJsonParseError parse;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &parse);
    if (parse.error != QJsonParseError::NoError) {
        *error = QStringLiteral("ring: not JSON: %1 at offset %2")
                     .arg(parse.errorString())
                     .arg(parse.offset);
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error = QStringLiteral("ring: not a JSON object");
        return std::nullopt;
    }
    return document.object();
}

// The object of a frame and which of `names` its "ring" is; nullopt with the error.
template<size_t N>
std::optional<std::pair<QJsonObject, int>> typedObject(
    const QString &text, const char *const (&names)[N], const char *kind, QString *error)
{
    error->clear();
    const auto object = objectOf(text, error);
    if (!object)
        return std::nullopt;
    const Reader r(*object, QString(), error);
    const QString type = r.text("ring", 32);
    if (!r.ok())
        return std::nullopt;
    for (size_t i = 0; i < N; ++i) {
        if (type == QLatin1String(names[i]))
            return std::pair(*object, int(i));
    }
    r.fail({}, QStringLiteral("unknown %1 %2").arg(QLatin1String(kind), quoted(type)));
    return std::nullopt;
}

} // namespace

QString chatChannel()
{
    return QStringLiteral("/ring");
}

QString pingChannel()
{
    return QStringLiteral("/ring/ping");
}

QString typeName(MessageType type)
{
    return QLatin1String(kTypeNames[int(type)]);
}

QString encode(const Message &m)
{
    QJsonObject o { { QStringLiteral("ring"), typeName(m.type) } };
    if (!m.from.isNull())
        o.insert(QStringLiteral("from"), toJson(m.from));
    switch (m.type) {
    case MessageType::Chat:
        o.insert(QStringLiteral("id"), m.id);
        o.insert(QStringLiteral("origin"), toJson(m.origin));
        o.insert(QStringLiteral("text"), m.text);
        o.insert(QStringLiteral("hops"), m.hops);
        o.insert(QStringLiteral("attempt"), m.attempt);
        break;
    case MessageType::Probe:
        o.insert(QStringLiteral("target"), m.target);
        Q_FALLTHROUGH();
    case MessageType::Ping:
        o.insert(QStringLiteral("seq"), m.seq);
        break;
    case MessageType::Join:
        o.insert(QStringLiteral("key"), qint64(m.key));
        break;
    case MessageType::Leave:
        o.insert(QStringLiteral("predecessor"), toJson(m.predecessor));
        o.insert(QStringLiteral("successors"), toJson(m.successors));
        break;
    case MessageType::Notify:
        if (!m.gone.isEmpty())
            o.insert(QStringLiteral("gone"), m.gone);
        break;
    case MessageType::Stabilise:
    case MessageType::Status:
        break;
    }
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString encode(const Ack &a)
{
    QJsonObject o { { QStringLiteral("ring"), QLatin1String(kAckNames[int(a.type)]) } };
    switch (a.type) {
    case AckType::Ok:
        if (a.duplicate)
            o.insert(QStringLiteral("duplicate"), true);
        break;
    case AckType::Pong:
        o.insert(QStringLiteral("from"), toJson(a.from));
        o.insert(QStringLiteral("seq"), a.seq);
        break;
    case AckType::Probed:
        o.insert(QStringLiteral("target"), a.target);
        o.insert(QStringLiteral("alive"), a.alive);
        break;
    case AckType::Successor:
    case AckType::Redirect:
        o.insert(QStringLiteral("member"), toJson(a.member));
        break;
    case AckType::State:
        o.insert(QStringLiteral("self"), toJson(a.self));
        o.insert(QStringLiteral("predecessor"), toJson(a.predecessor));
        o.insert(QStringLiteral("successors"), toJson(a.successors));
        if (a.members) {
            QJsonObject members;
            for (auto it = a.members->cbegin(); it != a.members->cend(); ++it)
                members.insert(it.key(), it.value());
            o.insert(QStringLiteral("members"), members);
            o.insert(QStringLiteral("seen"), a.seen);
        }
        break;
    }
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

std::optional<Message> parseMessage(const QString &text, const QString &self, QString *error)
{
    const auto typed = typedObject(text, kTypeNames, "message", error);
    if (!typed)
        return std::nullopt;
    const Reader r(typed->first, QString(), error);
    Message m;
    m.type = MessageType(typed->second);
    if (m.type != MessageType::Status || r.has("from"))
        m.from = r.member("from");
    if (r.ok() && !self.isEmpty() && m.from.addr == self)
        r.fail(QStringLiteral("from"), QStringLiteral("this member's own address"));
    switch (m.type) {
    case MessageType::Chat:
        m.id = r.text("id", kMaxIdChars);
        if (r.ok() && m.id.isEmpty())
            r.fail(QStringLiteral("id"), QStringLiteral("empty"));
        m.origin = r.member("origin");
        m.text = r.text("text", kMaxTextChars);
        m.hops = int(r.whole("hops", 1, kMaxCount));
        m.attempt = int(r.whole("attempt", 1, kMaxCount));
        break;
    case MessageType::Probe:
        m.target = r.address("target");
        Q_FALLTHROUGH();
    case MessageType::Ping:
        m.seq = r.whole("seq", 0, kMaxSeq);
        break;
    case MessageType::Join:
        m.key = quint32(r.whole("key", 0, kMaxKey));
        break;
    case MessageType::Leave:
        m.predecessor = r.optionalMember("predecessor");
        m.successors = r.members("successors");
        break;
    case MessageType::Notify:
        if (r.has("gone"))
            m.gone = r.address("gone");
        break;
    case MessageType::Stabilise:
    case MessageType::Status:
        break;
    }
    if (!r.ok())
        return std::nullopt;
    return m;
}

std::optional<Ack> parseAck(const QString &text, QString *error)
{
    const auto typed = typedObject(text, kAckNames, "answer", error);
    if (!typed)
        return std::nullopt;
    const QJsonObject &object = typed->first;
    const Reader r(object, QString(), error);
    Ack a;
    a.type = AckType(typed->second);
    switch (a.type) {
    case AckType::Ok:
        a.duplicate = r.has("duplicate") && r.boolean("duplicate");
        break;
    case AckType::Pong:
        a.from = r.member("from");
        a.seq = r.whole("seq", 0, kMaxSeq);
        break;
    case AckType::Probed:
        a.target = r.address("target");
        a.alive = r.boolean("alive");
        break;
    case AckType::Successor:
    case AckType::Redirect:
        a.member = r.member("member");
        break;
    case AckType::State: {
        a.self = r.member("self");
        a.predecessor = r.optionalMember("predecessor");
        a.successors = r.members("successors");
        if (!r.has("members"))
            break;
        const QJsonValue members = object.value(QStringLiteral("members"));
        if (!members.isObject()) {
            r.fail(QStringLiteral("members"), QStringLiteral("not an object"));
            break;
        }
        const QJsonObject map = members.toObject();
        if (map.size() > kMaxStatusMembers) {
            r.fail(QStringLiteral("members"),
                QStringLiteral("at most %1 members").arg(kMaxStatusMembers));
            break;
        }
        QMap<QString, QString> statuses;
        for (auto it = map.constBegin(); it != map.constEnd(); ++it)
            statuses.insert(it.key(), it.value().toString());
        a.members = statuses;
        a.seen = int(r.whole("seen", 0, kMaxCount));
        break;
    }
    }
    if (!r.ok())
        return std::nullopt;
    return a;
}

} // namespace wb::ring
