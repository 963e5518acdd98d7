#include "document/faultsjson.h"

#include <QCoreApplication>
#include <QStringList>
#include <cmath>

namespace wb::faultsjson {

namespace {

bool unknownFields(
    const QJsonObject &o, const QStringList &known, const QString &where, QString *error)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!known.contains(it.key())) {
            *error = where + u'.' + it.key()
                + QCoreApplication::translate("wb::CircuitFormat", ": unknown field");
            return true;
        }
    }
    return false;
}

// A number field, left alone when absent.
bool readNumber(
    const QJsonObject &o, const char *field, const QString &where, double *out, QString *error)
{
    const QJsonValue v = o.value(QLatin1String(field));
    if (v.isUndefined())
        return true;
    if (!v.isDouble()) {
        *error = where + u'.' + QLatin1String(field)
            + QCoreApplication::translate("wb::CircuitFormat", ": must be a number");
        return false;
    }
    *out = v.toDouble();
    return true;
}

bool readWhole(
    const QJsonObject &o, const char *field, const QString &where, int *out, QString *error)
{
    const QJsonValue v = o.value(QLatin1String(field));
    if (v.isUndefined())
        return true;
    const double d = v.toDouble();
    // Out of int's range: a value the range check below reports as such.
    if (!v.isDouble() || std::floor(d) != d) {
        *error = where + u'.' + QLatin1String(field)
            + QCoreApplication::translate("wb::CircuitFormat", ": must be a whole number");
        return false;
    }
    *out = d < -1e9 ? -1'000'000'000 : d > 1e9 ? 1'000'000'000 : int(d);
    return true;
}

bool readDirection(
    const QJsonValue &value, const QString &where, DirectionFaults *rule, QString *error)
{
    if (!value.isObject()) {
        *error = where + QCoreApplication::translate("wb::CircuitFormat", ": must be an object");
        return false;
    }
    const QJsonObject o = value.toObject();
    static const QStringList known { QStringLiteral("drop"), QStringLiteral("duplicate"),
        QStringLiteral("delay_ms"), QStringLiteral("jitter_ms"), QStringLiteral("jitter") };
    if (unknownFields(o, known, where, error))
        return false;
    if (!readNumber(o, "drop", where, &rule->drop, error)
        || !readNumber(o, "duplicate", where, &rule->duplicate, error)
        || !readNumber(o, "delay_ms", where, &rule->delayMs, error)
        || !readNumber(o, "jitter_ms", where, &rule->jitterMs, error)) {
        return false;
    }
    const QJsonValue jitter = o.value(QLatin1String("jitter"));
    if (!jitter.isUndefined() && !faults::jitterFromName(jitter.toString(), &rule->jitter)) {
        *error = where
            + QCoreApplication::translate(
                "wb::CircuitFormat", ".jitter: unknown jitter \"%1\" (expected uniform or normal)")
                  .arg(jitter.toString().left(80));
        return false;
    }
    return true;
}

void writeDirection(QJsonObject &parent, const char *field, const DirectionFaults &rule)
{
    QJsonObject o;
    if (rule.drop != 0)
        o.insert(QLatin1String("drop"), rule.drop);
    if (rule.duplicate != 0)
        o.insert(QLatin1String("duplicate"), rule.duplicate);
    if (rule.delayMs != 0)
        o.insert(QLatin1String("delay_ms"), rule.delayMs);
    if (rule.jitterMs != 0)
        o.insert(QLatin1String("jitter_ms"), rule.jitterMs);
    if (rule.jitter != DirectionFaults::Jitter::Uniform)
        o.insert(QLatin1String("jitter"), faults::jitterName(rule.jitter));
    if (!o.isEmpty())
        parent.insert(QLatin1String(field), o);
}

} // namespace

bool read(const QJsonValue &value, const QString &where, WireFaults *rules, QString *error)
{
    if (!value.isObject()) {
        *error = where + QCoreApplication::translate("wb::CircuitFormat", ": must be an object");
        return false;
    }
    const QJsonObject o = value.toObject();
    static const QStringList known { QStringLiteral("message"), QStringLiteral("ack"),
        QStringLiteral("cut"), QStringLiteral("ack_timeout_ms"), QStringLiteral("retries") };
    if (unknownFields(o, known, where, error))
        return false;
    WireFaults read;
    if (o.contains(QLatin1String("message"))
        && !readDirection(o.value(QLatin1String("message")), where + QStringLiteral(".message"),
            &read.message, error)) {
        return false;
    }
    if (o.contains(QLatin1String("ack"))
        && !readDirection(
            o.value(QLatin1String("ack")), where + QStringLiteral(".ack"), &read.ack, error)) {
        return false;
    }
    const QJsonValue cut = o.value(QLatin1String("cut"));
    if (!cut.isUndefined() && !cut.isBool()) {
        *error = where
            + QCoreApplication::translate("wb::CircuitFormat", ".cut: must be true or false");
        return false;
    }
    read.cut = cut.toBool();
    if (!readWhole(o, "ack_timeout_ms", where, &read.ackTimeoutMs, error)
        || !readWhole(o, "retries", where, &read.retries, error)) {
        return false;
    }
    if (const QString problem = faults::validate(read); !problem.isEmpty()) {
        *error = where + u'.' + problem;
        return false;
    }
    *rules = read;
    return true;
}

QJsonObject write(const WireFaults &rules)
{
    QJsonObject o;
    writeDirection(o, "message", rules.message);
    writeDirection(o, "ack", rules.ack);
    if (rules.cut)
        o.insert(QLatin1String("cut"), true);
    if (rules.ackTimeoutMs != 0)
        o.insert(QLatin1String("ack_timeout_ms"), rules.ackTimeoutMs);
    if (rules.retries != 0)
        o.insert(QLatin1String("retries"), rules.retries);
    return o;
}

} // namespace wb::faultsjson
