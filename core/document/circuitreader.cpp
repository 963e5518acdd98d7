#include "document/circuitreader.h"

#include "document/faultsjson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <cmath>
#include <optional>

namespace wb::circuitformat {

namespace {

// The rules of a wire between two nodes of the file: the ends' kinds, and once per direction.
class WireChecker
{
public:
    explicit WireChecker(const QList<NodeSpec> &nodes) : m_nodes(nodes) { }

    // `v1`: the words of version 1's errors, which speak of targets.
    QString check(NodeId from, NodeId to, bool v1)
    {
        const NodeSpec &source = m_nodes.at(from - 1);
        const NodeSpec &target = m_nodes.at(to - 1);
        if (!kinds::hasOutput(source.kind))
            return QCoreApplication::translate("wb::CircuitFormat", "%1 sends nothing")
                .arg(kinds::nameWithArticle(source.kind));
        if (!kinds::acceptsInput(target.kind) || from == to) {
            return QCoreApplication::translate(
                "wb::CircuitFormat", "\"%1\" cannot receive from \"%2\"")
                .arg(target.name, source.name);
        }
        // A node may name thousands of targets: no quadratic search.
        const auto ends = qMakePair(from, to);
        if (m_seen.contains(ends)) {
            return v1 ? QCoreApplication::translate("wb::CircuitFormat", "\"%1\" is listed twice")
                            .arg(target.name)
                      : QCoreApplication::translate(
                          "wb::CircuitFormat", "\"%1\" is already wired to \"%2\"")
                            .arg(source.name, target.name);
        }
        m_seen.insert(ends);
        return {};
    }

private:
    const QList<NodeSpec> &m_nodes;
    QSet<QPair<NodeId, NodeId>> m_seen;
};

// A whole number in [min, max], or nullopt when the value is not one.
std::optional<qint64> wholeNumber(const QJsonValue &value, qint64 min, qint64 max)
{
    const double d = value.toDouble(-1);
    if (!value.isDouble() || std::floor(d) != d || d < double(min) || d > double(max))
        return std::nullopt;
    return qint64(d);
}

} // namespace

bool CircuitReader::fail(const QString &where, const QString &what)
{
    if (error.isEmpty())
        error = where + QStringLiteral(": ") + what;
    return false;
}

bool CircuitReader::readNode(const QJsonValue &value, const QString &where, int version,
    NodeSpec &spec, QStringList &targetNames)
{
    if (!value.isObject())
        return fail(
            where, QCoreApplication::translate("wb::CircuitFormat", "a node must be an object"));
    const QJsonObject o = value.toObject();
    static const QStringList known { QStringLiteral("name"), QStringLiteral("kind"),
        QStringLiteral("host"), QStringLiteral("port"), QStringLiteral("params"),
        QStringLiteral("targets"), QStringLiteral("position") };
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!known.contains(it.key()))
            return fail(where + u'.' + it.key(),
                QCoreApplication::translate("wb::CircuitFormat", "unknown field"));
    }
    if (!o.value(QLatin1String("name")).isString())
        return fail(where + QStringLiteral(".name"),
            QCoreApplication::translate("wb::CircuitFormat", "missing or not a text"));
    spec.name = o.value(QLatin1String("name")).toString();
    if (!isValidNodeName(spec.name)) {
        return fail(where + QStringLiteral(".name"),
            QCoreApplication::translate(
                "wb::CircuitFormat", "\"%1\" is not a name: use 1 to 64 of A-Z a-z 0-9 _ . -")
                .arg(spec.name.left(80)));
    }
    if (!o.value(QLatin1String("kind")).isString())
        return fail(where + QStringLiteral(".kind"),
            QCoreApplication::translate("wb::CircuitFormat", "missing or not a text"));
    const auto kind = kinds::fromName(o.value(QLatin1String("kind")).toString());
    if (!kind) {
        return fail(where + QStringLiteral(".kind"),
            QCoreApplication::translate(
                "wb::CircuitFormat", "unknown kind \"%1\" (expected one of %2)")
                .arg(o.value(QLatin1String("kind")).toString(),
                    kinds::names().join(QStringLiteral(", "))));
    }
    spec.kind = *kind;
    if (o.contains(QLatin1String("host"))) {
        const QJsonValue host = o.value(QLatin1String("host"));
        if (!host.isString() || host.toString().isEmpty() || host.toString().size() > 253)
            return fail(where + QStringLiteral(".host"),
                QCoreApplication::translate("wb::CircuitFormat", "must be a host name"));
        spec.host = host.toString();
    }
    const QJsonValue port = o.value(QLatin1String("port"));
    if (kinds::hasServer(spec.kind)) {
        const double p = port.toDouble(-1);
        if (!port.isDouble() || std::floor(p) != p || p < 1 || p > 65535) {
            return fail(where + QStringLiteral(".port"),
                QCoreApplication::translate(
                    "wb::CircuitFormat", "this %1 needs a port from 1 to 65535")
                    .arg(kinds::name(spec.kind)));
        }
        spec.port = quint16(p);
    } else if (!port.isUndefined() && !port.isNull()) {
        return fail(where + QStringLiteral(".port"),
            QCoreApplication::translate("wb::CircuitFormat", "%1 has no server, so no port")
                .arg(kinds::nameWithArticle(spec.kind)));
    }
    spec.params = kinds::defaultParams(spec.kind);
    const QJsonValue params = o.value(QLatin1String("params"));
    if (!params.isUndefined()) {
        if (!params.isObject())
            return fail(where + QStringLiteral(".params"),
                QCoreApplication::translate("wb::CircuitFormat", "must be an object"));
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
    if (!targets.isUndefined() && version >= 2) {
        return fail(where + QStringLiteral(".targets"),
            QCoreApplication::translate("wb::CircuitFormat",
                "a version 2 file lists its wires in \"wires\", not in the nodes"));
    }
    if (!targets.isUndefined()) {
        if (!targets.isArray())
            return fail(where + QStringLiteral(".targets"),
                QCoreApplication::translate("wb::CircuitFormat", "must be a list"));
        const QJsonArray list = targets.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (!list.at(i).isString()) {
                return fail(where + QStringLiteral(".targets[%1]").arg(i),
                    QCoreApplication::translate("wb::CircuitFormat", "must be a node name"));
            }
            targetNames << list.at(i).toString();
        }
    }
    const QJsonValue position = o.value(QLatin1String("position"));
    if (!position.isUndefined()) {
        const QJsonObject p = position.toObject();
        const QJsonValue x = p.value(QLatin1String("x"));
        const QJsonValue y = p.value(QLatin1String("y"));
        if (!position.isObject() || !x.isDouble() || !y.isDouble() || std::abs(x.toDouble()) > 1e7
            || std::abs(y.toDouble()) > 1e7) {
            return fail(where + QStringLiteral(".position"),
                QCoreApplication::translate(
                    "wb::CircuitFormat", "must be {\"x\": number, \"y\": number} within ±1e7"));
        }
        spec.position = QPointF(x.toDouble(), y.toDouble());
    }
    return true;
}

NodeId CircuitReader::nodeField(const QJsonObject &o, const char *field, const QString &where,
    const QHash<QString, NodeId> &ids)
{
    const QJsonValue v = o.value(QLatin1String(field));
    const QString at = where + u'.' + QLatin1String(field);
    if (!v.isString()) {
        fail(at, QCoreApplication::translate("wb::CircuitFormat", "missing or not a node name"));
        return 0;
    }
    const NodeId id = ids.value(v.toString());
    if (id == 0)
        fail(at,
            QCoreApplication::translate("wb::CircuitFormat", "no node is named \"%1\"")
                .arg(v.toString().left(80)));
    return id;
}

bool CircuitReader::knownFields(
    const QJsonObject &o, const QStringList &known, const QString &where)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!known.contains(it.key()))
            return fail(where + u'.' + it.key(),
                QCoreApplication::translate("wb::CircuitFormat", "unknown field"));
    }
    return true;
}

bool CircuitReader::readWires(
    const QJsonValue &value, const QHash<QString, NodeId> &ids, Document &document)
{
    if (value.isUndefined())
        return true;
    if (!value.isArray())
        return fail(QStringLiteral("wires"),
            QCoreApplication::translate("wb::CircuitFormat", "must be a list"));
    const QJsonArray list = value.toArray();
    if (list.size() > kMaxWires) {
        return fail(QStringLiteral("wires"),
            QCoreApplication::translate("wb::CircuitFormat", "%1 wires; at most %2 are allowed")
                .arg(list.size())
                .arg(kMaxWires));
    }
    static const QStringList known { QStringLiteral("id"), QStringLiteral("from"),
        QStringLiteral("to"), QStringLiteral("channel"), QStringLiteral("faults") };
    WireChecker checker(document.nodes);
    QSet<WireId> given;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString where = QStringLiteral("wires[%1]").arg(i);
        if (!list.at(i).isObject())
            return fail(where,
                QCoreApplication::translate("wb::CircuitFormat", "a wire must be an object"));
        const QJsonObject o = list.at(i).toObject();
        if (!knownFields(o, known, where))
            return false;
        Wire wire;
        if (o.contains(QLatin1String("id"))) {
            const auto id
                = wholeNumber(o.value(QLatin1String("id")), 1, std::numeric_limits<WireId>::max());
            if (!id) {
                return fail(where + QStringLiteral(".id"),
                    QCoreApplication::translate(
                        "wb::CircuitFormat", "must be a whole number from 1 to %1")
                        .arg(std::numeric_limits<WireId>::max()));
            }
            wire.id = WireId(*id);
            if (given.contains(wire.id)) {
                return fail(where + QStringLiteral(".id"),
                    QCoreApplication::translate("wb::CircuitFormat", "%1 is used twice")
                        .arg(wire.id));
            }
            given.insert(wire.id);
        }
        wire.from = nodeField(o, "from", where, ids);
        if (wire.from == 0)
            return false;
        wire.to = nodeField(o, "to", where, ids);
        if (wire.to == 0)
            return false;
        if (const QString problem = checker.check(wire.from, wire.to, false); !problem.isEmpty()) {
            return fail(where, problem);
        }
        const QJsonValue channel = o.value(QLatin1String("channel"));
        if (!channel.isUndefined()) {
            wire.channel = channel.toString();
            const QString problem = channel.isString()
                ? wires::channelError(wire.channel)
                : QCoreApplication::translate("wb::CircuitFormat", "must be a text");
            if (!problem.isEmpty())
                return fail(where + QStringLiteral(".channel"), problem);
        }
        const QJsonValue rules = o.value(QLatin1String("faults"));
        QString problem;
        if (!rules.isUndefined()
            && !faultsjson::read(
                rules, where + QStringLiteral(".faults"), &wire.faults, &problem)) {
            if (error.isEmpty())
                error = problem;
            return false;
        }
        document.wires << wire;
    }
    // Wires without an id get fresh ones above every given id, in file order.
    WireId next = 1;
    for (WireId id : std::as_const(given))
        next = std::max(next, id + 1);
    for (Wire &wire : document.wires) {
        if (wire.id == 0)
            wire.id = next++;
    }
    return true;
}

bool CircuitReader::readSeed(const QJsonValue &value, Document &document)
{
    if (value.isUndefined())
        return true;
    const auto seed = wholeNumber(value, 0, qint64(kMaxSeed));
    if (!seed) {
        return fail(QStringLiteral("seed"),
            QCoreApplication::translate("wb::CircuitFormat", "must be a whole number from 0 to %1")
                .arg(kMaxSeed));
    }
    document.seed = quint64(*seed);
    return true;
}

bool CircuitReader::readSchedule(
    const QJsonValue &value, const QHash<QString, NodeId> &ids, Document &document)
{
    if (value.isUndefined())
        return true;
    if (!value.isArray())
        return fail(QStringLiteral("schedule"),
            QCoreApplication::translate("wb::CircuitFormat", "must be a list"));
    const QJsonArray list = value.toArray();
    if (list.size() > kMaxScheduledFaults) {
        return fail(QStringLiteral("schedule"),
            QCoreApplication::translate("wb::CircuitFormat", "%1 faults; at most %2 are allowed")
                .arg(list.size())
                .arg(kMaxScheduledFaults));
    }
    static const QStringList known { QStringLiteral("at_ms"), QStringLiteral("node"),
        QStringLiteral("action"), QStringLiteral("for_ms") };
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString where = QStringLiteral("schedule[%1]").arg(i);
        if (!list.at(i).isObject())
            return fail(where,
                QCoreApplication::translate(
                    "wb::CircuitFormat", "a scheduled fault must be an object"));
        const QJsonObject o = list.at(i).toObject();
        if (!knownFields(o, known, where))
            return false;
        ScheduledFault fault;
        const auto at = wholeNumber(o.value(QLatin1String("at_ms")), 0, faults::kMaxScheduleMs);
        if (!at) {
            return fail(where + QStringLiteral(".at_ms"),
                QCoreApplication::translate(
                    "wb::CircuitFormat", "must be a whole number of ms from 0 to %1")
                    .arg(faults::kMaxScheduleMs));
        }
        fault.atMs = *at;
        fault.node = nodeField(o, "node", where, ids);
        if (fault.node == 0)
            return false;
        const NodeSpec &spec = document.nodes.at(fault.node - 1);
        const QJsonValue action = o.value(QLatin1String("action"));
        if (!faults::actionFromName(action.toString(), &fault.action)) {
            return fail(where + QStringLiteral(".action"),
                QCoreApplication::translate(
                    "wb::CircuitFormat", "unknown action \"%1\" (expected crash, hang or restart)")
                    .arg(action.toString().left(80)));
        }
        if (!kinds::isLocal(spec.kind)) {
            return fail(where + QStringLiteral(".node"),
                QCoreApplication::translate(
                    "wb::CircuitFormat", "\"%1\" is %2: it does not run here, so it cannot %3")
                    .arg(spec.name, kinds::nameWithArticle(spec.kind), action.toString()));
        }
        if (o.contains(QLatin1String("for_ms"))) {
            const auto span
                = wholeNumber(o.value(QLatin1String("for_ms")), 0, faults::kMaxScheduleMs);
            if (!span) {
                return fail(where + QStringLiteral(".for_ms"),
                    QCoreApplication::translate(
                        "wb::CircuitFormat", "must be a whole number of ms from 0 to %1")
                        .arg(faults::kMaxScheduleMs));
            }
            fault.forMs = *span;
        }
        if (const QString problem = faults::validate(fault); !problem.isEmpty()) {
            if (error.isEmpty())
                error = where + u'.' + problem;
            return false;
        }
        document.schedule << fault;
    }
    return true;
}

bool CircuitReader::migrateTargets(
    const QList<QStringList> &targetNames, const QHash<QString, NodeId> &ids, Document &document)
{
    WireChecker checker(document.nodes);
    for (qsizetype i = 0; i < document.nodes.size(); ++i) {
        const NodeSpec &spec = document.nodes.at(i);
        for (qsizetype t = 0; t < targetNames.at(i).size(); ++t) {
            const QString &name = targetNames.at(i).at(t);
            const QString where = QStringLiteral("nodes[%1].targets[%2]").arg(i).arg(t);
            const NodeId target = ids.value(name);
            if (target == 0)
                return fail(where,
                    QCoreApplication::translate("wb::CircuitFormat", "no node is named \"%1\"")
                        .arg(name));
            if (const QString problem = checker.check(spec.id, target, true); !problem.isEmpty()) {
                return fail(where, problem);
            }
            Wire wire;
            wire.id = WireId(document.wires.size() + 1);
            wire.from = spec.id;
            wire.to = target;
            document.wires << wire;
        }
    }
    return true;
}

} // namespace wb::circuitformat
