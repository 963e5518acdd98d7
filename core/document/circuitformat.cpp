#include "document/circuitformat.h"

#include "document/circuit.h"
#include "document/circuitreader.h"
#include "document/faultsjson.h"
#include "document/regularfile.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>
#include <cmath>
#include <limits>
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
    return QCoreApplication::translate("wb::CircuitFormat", "line %1, column %2")
        .arg(line)
        .arg(column);
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

} // namespace

Result parse(const QByteArray &json)
{
    Result result;
    if (json.size() > kMaxFileBytes) {
        result.error = QCoreApplication::translate("wb::CircuitFormat", "file: larger than %1 MiB")
                           .arg(kMaxFileBytes >> 20);
        return result;
    }
    if (const auto at = tooDeep(json)) {
        result.error = lineColumn(json, *at)
            + QCoreApplication::translate("wb::CircuitFormat", ": nested deeper than %1 levels")
                  .arg(kMaxNesting);
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
        result.error = QCoreApplication::translate("wb::CircuitFormat", "root: must be an object");
        return result;
    }
    const QJsonObject root = doc.object();
    CircuitReader reader;
    const auto fail = [&](const QString &where, const QString &what) {
        reader.fail(where, what);
        result.error = reader.error;
        return result;
    };
    if (root.value(QLatin1String("format")).toString() != kFormatTag)
        return fail(QStringLiteral("format"),
            QCoreApplication::translate("wb::CircuitFormat", "expected \"%1\"").arg(kFormatTag));
    const QJsonValue version = root.value(QLatin1String("version"));
    if (!version.isDouble() || version.toDouble() != std::floor(version.toDouble()))
        return fail(QStringLiteral("version"),
            QCoreApplication::translate("wb::CircuitFormat", "missing or not a whole number"));
    if (version.toDouble() < 1 || version.toDouble() > kVersion) {
        return fail(QStringLiteral("version"),
            QCoreApplication::translate(
                "wb::CircuitFormat", "version %1 is not supported (this Wirebench reads up to %2)")
                .arg(version.toDouble())
                .arg(kVersion));
    }
    const QJsonValue title = root.value(QLatin1String("title"));
    if (!title.isUndefined() && !title.isString())
        return fail(QStringLiteral("title"),
            QCoreApplication::translate("wb::CircuitFormat", "must be a text"));
    result.document.title = title.toString();
    const QJsonValue nodesValue = root.value(QLatin1String("nodes"));
    if (!nodesValue.isArray())
        return fail(QStringLiteral("nodes"),
            QCoreApplication::translate("wb::CircuitFormat", "missing or not a list"));
    const QJsonArray nodes = nodesValue.toArray();
    if (nodes.size() > kMaxNodes) {
        return fail(QStringLiteral("nodes"),
            QCoreApplication::translate("wb::CircuitFormat", "%1 nodes; at most %2 are allowed")
                .arg(nodes.size())
                .arg(kMaxNodes));
    }

    const int fileVersion = int(version.toDouble());
    QHash<QString, NodeId> ids;
    QList<QStringList> targetNames;
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        const QString where = QStringLiteral("nodes[%1]").arg(i);
        NodeSpec spec;
        QStringList names;
        if (!reader.readNode(nodes.at(i), where, fileVersion, spec, names)) {
            result.error = reader.error;
            return result;
        }
        if (ids.contains(spec.name)) {
            return fail(where + QStringLiteral(".name"),
                QCoreApplication::translate("wb::CircuitFormat", "the name \"%1\" is used twice")
                    .arg(spec.name));
        }
        spec.id = NodeId(i + 1);
        ids.insert(spec.name, spec.id);
        result.document.nodes << spec;
        targetNames << names;
    }
    if (fileVersion == 1) {
        // Before wires had ids the root had none of these: a file that names them is not the
        // version it says, and would lose them silently.
        for (const char *field : { "wires", "seed", "schedule" }) {
            if (root.contains(QLatin1String(field))) {
                return fail(QLatin1String(field),
                    QCoreApplication::translate(
                        "wb::CircuitFormat", "a version 1 file has none (use version 2)"));
            }
        }
        // The migration: each node's targets in order become wires, in node order.
        if (!reader.migrateTargets(targetNames, ids, result.document)) {
            result.error = reader.error;
            result.document = {};
        }
        return result;
    }
    if (!reader.readWires(root.value(QLatin1String("wires")), ids, result.document)
        || !reader.readSeed(root.value(QLatin1String("seed")), result.document)
        || !reader.readSchedule(root.value(QLatin1String("schedule")), ids, result.document)) {
        result.error = reader.error;
        result.document = {};
    }
    return result;
}

QByteArray serialize(const Document &document)
{
    // Discovered nodes belong to the registry, not to the file: they, the wires into them and
    // their scheduled faults are left out.
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
        if (spec.position) {
            o.insert(QLatin1String("position"),
                QJsonObject { { QLatin1String("x"), spec.position->x() },
                    { QLatin1String("y"), spec.position->y() } });
        }
        nodes << o;
    }
    QJsonArray wires;
    for (const Wire &wire : document.wires) {
        if (!names.contains(wire.from) || !names.contains(wire.to))
            continue;
        QJsonObject o;
        o.insert(QLatin1String("id"), wire.id);
        o.insert(QLatin1String("from"), names.value(wire.from));
        o.insert(QLatin1String("to"), names.value(wire.to));
        if (!wire.channel.isEmpty())
            o.insert(QLatin1String("channel"), wire.channel);
        if (const QJsonObject rules = faultsjson::write(wire.faults); !rules.isEmpty())
            o.insert(QLatin1String("faults"), rules);
        wires << o;
    }
    QJsonArray schedule;
    for (const ScheduledFault &fault : document.schedule) {
        if (!names.contains(fault.node))
            continue;
        QJsonObject o;
        o.insert(QLatin1String("at_ms"), double(fault.atMs));
        o.insert(QLatin1String("node"), names.value(fault.node));
        o.insert(QLatin1String("action"), faults::actionName(fault.action));
        if (fault.forMs != 0)
            o.insert(QLatin1String("for_ms"), double(fault.forMs));
        schedule << o;
    }
    QJsonObject root;
    root.insert(QLatin1String("format"), kFormatTag);
    root.insert(QLatin1String("version"), kVersion);
    if (!document.title.isEmpty())
        root.insert(QLatin1String("title"), document.title);
    if (document.seed)
        root.insert(QLatin1String("seed"), double(*document.seed)); // exact up to 2^53
    root.insert(QLatin1String("nodes"), nodes);
    if (!wires.isEmpty())
        root.insert(QLatin1String("wires"), wires);
    if (!schedule.isEmpty())
        root.insert(QLatin1String("schedule"), schedule);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Document documentOf(const Circuit &circuit)
{
    Document document;
    document.title = circuit.title();
    document.nodes = circuit.nodes();
    document.wires = circuit.wires();
    document.seed = circuit.seed();
    document.schedule = circuit.schedule();
    return document;
}

void setDocument(Circuit *circuit, const Document &document)
{
    circuit->setTitle(document.title);
    circuit->setContents(document.nodes, document.wires, document.seed, document.schedule);
}

Result load(const QString &path)
{
    Result result;
    QString why;
    const auto json = readRegularFile(path, kMaxFileBytes + 1, &why);
    if (!json) {
        result.error
            = path + QCoreApplication::translate("wb::CircuitFormat", ": cannot read: ") + why;
        return result;
    }
    if (json->size() > kMaxFileBytes) {
        result.error = path
            + QCoreApplication::translate("wb::CircuitFormat", ": larger than %1 MiB")
                  .arg(kMaxFileBytes >> 20);
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
        return path + QCoreApplication::translate("wb::CircuitFormat", ": cannot write: ")
            + file.errorString();
    file.write(serialize(document));
    if (!file.commit())
        return path + QCoreApplication::translate("wb::CircuitFormat", ": cannot write: ")
            + file.errorString();
    return {};
}

QString seedCircuitPath()
{
    return QStringLiteral(":/wirebench/circuits/seed.json");
}

} // namespace wb::circuitformat
