#include "circuitformat.h"

#include "regularfile.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>
#include <cmath>
#include <optional>

namespace wb::circuitformat {

namespace {

const QLatin1String kFormatTag("wirebench-circuit");

QString lineColumn(const QByteArray &json, qsizetype offset)
{
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < offset && i < json.size(); ++i) {
        const auto byte = static_cast<unsigned char>(json.at(i));
        if (byte == '\n') {
            ++line;
            column = 1;
        } else if ((byte & 0xC0) != 0x80) { // columns count characters, not UTF-8 bytes
            ++column;
        }
    }
    return QStringLiteral("line %1, column %2").arg(line).arg(column);
}

// Qt's parser recurses up to 1024 levels; a circuit needs 4. Counted before parsing, outside
// strings, so that a hostile file costs one linear pass.
std::optional<qsizetype> tooDeep(const QByteArray &json)
{
    int depth = 0;
    bool inString = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            if (++depth > kMaxNesting)
                return i;
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return std::nullopt;
}

struct Reader
{
    QString error;

    bool fail(const QString &where, const QString &what)
    {
        if (error.isEmpty())
            error = where + QStringLiteral(": ") + what;
        return false;
    }

    bool readNode(
        const QJsonValue &value, const QString &where, NodeSpec &spec, QStringList &targetNames)
    {
        if (!value.isObject())
            return fail(where, QStringLiteral("a node must be an object"));
        const QJsonObject o = value.toObject();
        static const QStringList known { QStringLiteral("name"), QStringLiteral("kind"),
            QStringLiteral("host"), QStringLiteral("port"), QStringLiteral("params"),
            QStringLiteral("targets"), QStringLiteral("position") };
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!known.contains(it.key()))
                return fail(where + u'.' + it.key(), QStringLiteral("unknown field"));
        }
        if (!o.value(QLatin1String("name")).isString())
            return fail(where + QStringLiteral(".name"), QStringLiteral("missing or not a text"));
        spec.name = o.value(QLatin1String("name")).toString();
        if (!isValidNodeName(spec.name)) {
            return fail(where + QStringLiteral(".name"),
                QStringLiteral("\"%1\" is not a name: use 1 to 64 of A-Z a-z 0-9 _ . -")
                    .arg(spec.name.left(80)));
        }
        if (!o.value(QLatin1String("kind")).isString())
            return fail(where + QStringLiteral(".kind"), QStringLiteral("missing or not a text"));
        const auto kind = kinds::fromName(o.value(QLatin1String("kind")).toString());
        if (!kind) {
            return fail(where + QStringLiteral(".kind"),
                QStringLiteral("unknown kind \"%1\" (expected one of %2)")
                    .arg(o.value(QLatin1String("kind")).toString(),
                        kinds::names().join(QStringLiteral(", "))));
        }
        spec.kind = *kind;
        if (o.contains(QLatin1String("host"))) {
            const QJsonValue host = o.value(QLatin1String("host"));
            if (!host.isString() || host.toString().isEmpty() || host.toString().size() > 253)
                return fail(where + QStringLiteral(".host"), QStringLiteral("must be a host name"));
            spec.host = host.toString();
        }
        const QJsonValue port = o.value(QLatin1String("port"));
        if (kinds::hasServer(spec.kind)) {
            const double p = port.toDouble(-1);
            if (!port.isDouble() || std::floor(p) != p || p < 1 || p > 65535) {
                return fail(where + QStringLiteral(".port"),
                    QStringLiteral("this %1 needs a port from 1 to 65535")
                        .arg(kinds::name(spec.kind)));
            }
            spec.port = quint16(p);
        } else if (!port.isUndefined() && !port.isNull()) {
            return fail(where + QStringLiteral(".port"),
                QStringLiteral("a clock has no server, so no port"));
        }
        spec.params = kinds::defaultParams(spec.kind);
        const QJsonValue params = o.value(QLatin1String("params"));
        if (!params.isUndefined()) {
            if (!params.isObject())
                return fail(where + QStringLiteral(".params"), QStringLiteral("must be an object"));
            const QJsonObject p = params.toObject();
            for (auto it = p.begin(); it != p.end(); ++it) {
                QVariant v = it.value().toVariant();
                const QString problem = kinds::validateParam(spec.kind, it.key(), v);
                if (!problem.isEmpty())
                    return fail(where + QStringLiteral(".params.") + it.key(), problem);
                spec.params.insert(it.key(), v);
            }
        }
        const QJsonValue targets = o.value(QLatin1String("targets"));
        if (!targets.isUndefined()) {
            if (!targets.isArray())
                return fail(where + QStringLiteral(".targets"), QStringLiteral("must be a list"));
            const QJsonArray list = targets.toArray();
            for (qsizetype i = 0; i < list.size(); ++i) {
                if (!list.at(i).isString()) {
                    return fail(where + QStringLiteral(".targets[%1]").arg(i),
                        QStringLiteral("must be a node name"));
                }
                targetNames << list.at(i).toString();
            }
        }
        const QJsonValue position = o.value(QLatin1String("position"));
        if (!position.isUndefined()) {
            const QJsonObject p = position.toObject();
            const QJsonValue x = p.value(QLatin1String("x"));
            const QJsonValue y = p.value(QLatin1String("y"));
            if (!position.isObject() || !x.isDouble() || !y.isDouble()
                || std::abs(x.toDouble()) > 1e7 || std::abs(y.toDouble()) > 1e7) {
                return fail(where + QStringLiteral(".position"),
                    QStringLiteral("must be {\"x\": number, \"y\": number} within ±1e7"));
            }
            spec.position = QPointF(x.toDouble(), y.toDouble());
        }
        return true;
    }
};

} // namespace

Result parse(const QByteArray &json)
{
    Result result;
    if (json.size() > kMaxFileBytes) {
        result.error = QStringLiteral("file: larger than %1 MiB").arg(kMaxFileBytes >> 20);
        return result;
    }
    if (const auto at = tooDeep(json)) {
        result.error = lineColumn(json, *at)
            + QStringLiteral(": nested deeper than %1 levels").arg(kMaxNesting);
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.error
            = lineColumn(json, parseError.offset) + QStringLiteral(": ") + parseError.errorString();
        return result;
    }
    if (!doc.isObject()) {
        result.error = QStringLiteral("root: must be an object");
        return result;
    }
    const QJsonObject root = doc.object();
    Reader reader;
    const auto fail = [&](const QString &where, const QString &what) {
        reader.fail(where, what);
        result.error = reader.error;
        return result;
    };
    if (root.value(QLatin1String("format")).toString() != kFormatTag)
        return fail(QStringLiteral("format"), QStringLiteral("expected \"%1\"").arg(kFormatTag));
    const QJsonValue version = root.value(QLatin1String("version"));
    if (!version.isDouble() || version.toDouble() != std::floor(version.toDouble()))
        return fail(QStringLiteral("version"), QStringLiteral("missing or not a whole number"));
    if (version.toDouble() < 1 || version.toDouble() > kVersion) {
        return fail(QStringLiteral("version"),
            QStringLiteral("version %1 is not supported (this Wirebench reads up to %2)")
                .arg(version.toDouble())
                .arg(kVersion));
    }
    const QJsonValue title = root.value(QLatin1String("title"));
    if (!title.isUndefined() && !title.isString())
        return fail(QStringLiteral("title"), QStringLiteral("must be a text"));
    result.document.title = title.toString();
    const QJsonValue nodesValue = root.value(QLatin1String("nodes"));
    if (!nodesValue.isArray())
        return fail(QStringLiteral("nodes"), QStringLiteral("missing or not a list"));
    const QJsonArray nodes = nodesValue.toArray();
    if (nodes.size() > kMaxNodes) {
        return fail(QStringLiteral("nodes"),
            QStringLiteral("%1 nodes; at most %2 are allowed").arg(nodes.size()).arg(kMaxNodes));
    }

    QHash<QString, NodeId> ids;
    QList<QStringList> targetNames;
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        const QString where = QStringLiteral("nodes[%1]").arg(i);
        NodeSpec spec;
        QStringList names;
        if (!reader.readNode(nodes.at(i), where, spec, names)) {
            result.error = reader.error;
            return result;
        }
        if (ids.contains(spec.name)) {
            return fail(where + QStringLiteral(".name"),
                QStringLiteral("the name \"%1\" is used twice").arg(spec.name));
        }
        spec.id = NodeId(i + 1);
        ids.insert(spec.name, spec.id);
        result.document.nodes << spec;
        targetNames << names;
    }
    for (qsizetype i = 0; i < result.document.nodes.size(); ++i) {
        NodeSpec &spec = result.document.nodes[i];
        QSet<NodeId> seen; // a node may name thousands of targets: no quadratic search
        for (qsizetype t = 0; t < targetNames.at(i).size(); ++t) {
            const QString &name = targetNames.at(i).at(t);
            const QString where = QStringLiteral("nodes[%1].targets[%2]").arg(i).arg(t);
            const NodeId target = ids.value(name);
            if (target == 0)
                return fail(where, QStringLiteral("no node is named \"%1\"").arg(name));
            const NodeSpec &to = result.document.nodes.at(target - 1);
            if (!kinds::hasOutput(spec.kind)) {
                return fail(where,
                    QStringLiteral("%1 sends nothing").arg(kinds::nameWithArticle(spec.kind)));
            }
            if (!kinds::acceptsInput(to.kind) || target == spec.id) {
                return fail(where,
                    QStringLiteral("\"%1\" cannot receive from \"%2\"").arg(name, spec.name));
            }
            if (seen.contains(target))
                return fail(where, QStringLiteral("\"%1\" is listed twice").arg(name));
            seen.insert(target);
            spec.targets << target;
        }
    }
    return result;
}

QByteArray serialize(const Document &document)
{
    // Discovered nodes belong to the registry, not to the file: they and the wires into them
    // are left out.
    QHash<NodeId, QString> names;
    for (const NodeSpec &spec : document.nodes) {
        if (!spec.discovered)
            names.insert(spec.id, spec.name);
    }
    QJsonArray nodes;
    for (const NodeSpec &spec : document.nodes) {
        if (spec.discovered)
            continue;
        QJsonObject o;
        o.insert(QLatin1String("name"), spec.name);
        o.insert(QLatin1String("kind"), kinds::name(spec.kind));
        if (kinds::hasServer(spec.kind)) {
            o.insert(QLatin1String("host"), spec.host);
            o.insert(QLatin1String("port"), int(spec.port));
        }
        if (!spec.params.isEmpty())
            o.insert(QLatin1String("params"), QJsonObject::fromVariantMap(spec.params));
        QJsonArray targets;
        for (NodeId t : spec.targets) {
            if (names.contains(t))
                targets << names.value(t);
        }
        if (!targets.isEmpty())
            o.insert(QLatin1String("targets"), targets);
        if (spec.position) {
            o.insert(QLatin1String("position"),
                QJsonObject { { QLatin1String("x"), spec.position->x() },
                    { QLatin1String("y"), spec.position->y() } });
        }
        nodes << o;
    }
    QJsonObject root;
    root.insert(QLatin1String("format"), kFormatTag);
    root.insert(QLatin1String("version"), kVersion);
    if (!document.title.isEmpty())
        root.insert(QLatin1String("title"), document.title);
    root.insert(QLatin1String("nodes"), nodes);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result load(const QString &path)
{
    Result result;
    QString why;
    const auto json = readRegularFile(path, kMaxFileBytes + 1, &why);
    if (!json) {
        result.error = path + QStringLiteral(": cannot read: ") + why;
        return result;
    }
    if (json->size() > kMaxFileBytes) {
        result.error = path + QStringLiteral(": larger than %1 MiB").arg(kMaxFileBytes >> 20);
        return result;
    }
    result = parse(*json);
    if (!result.ok())
        result.error = path + QStringLiteral(": ") + result.error;
    return result;
}

QString save(const QString &path, const Document &document)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return path + QStringLiteral(": cannot write: ") + file.errorString();
    file.write(serialize(document));
    if (!file.commit())
        return path + QStringLiteral(": cannot write: ") + file.errorString();
    return {};
}

QString seedCircuitPath()
{
    return QStringLiteral(":/wirebench/circuits/seed.json");
}

} // namespace wb::circuitformat
