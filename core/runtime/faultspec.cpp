#include "runtime/faultspec.h"

#include "document/nodespec.h"

#include <QHash>
#include <QRegularExpression>
#include <cmath>

namespace wb::faultspec {

namespace {

QString usage()
{
    return QStringLiteral("write FROM->TO:KEY=VALUE[,KEY=VALUE...]");
}

// What a key sets, before the direction is known.
enum class Kind { Drop, Duplicate, Delay, Jitter, JitterDist, Cut, AckTimeout, Retries };

struct Key
{
    Kind kind = Kind::Drop;
    bool ack = false; // the ack direction (only for the per-direction kinds)
};

bool isDirectionKind(Kind kind)
{
    return kind == Kind::Drop || kind == Kind::Duplicate || kind == Kind::Delay
        || kind == Kind::Jitter || kind == Kind::JitterDist;
}

std::optional<Kind> kindFromName(const QString &name)
{
    static const QHash<QString, Kind> kinds {
        { QStringLiteral("drop"), Kind::Drop },
        { QStringLiteral("duplicate"), Kind::Duplicate },
        { QStringLiteral("dup"), Kind::Duplicate },
        { QStringLiteral("delay"), Kind::Delay },
        { QStringLiteral("jitter"), Kind::Jitter },
        { QStringLiteral("jitter-dist"), Kind::JitterDist },
        { QStringLiteral("cut"), Kind::Cut },
        { QStringLiteral("timeout"), Kind::AckTimeout },
        { QStringLiteral("retries"), Kind::Retries },
    };
    const auto it = kinds.constFind(name);
    if (it == kinds.constEnd())
        return std::nullopt;
    return *it;
}

Field fieldOf(Kind kind, bool ack)
{
    switch (kind) {
    case Kind::Drop:
        return ack ? Field::AckDrop : Field::MessageDrop;
    case Kind::Duplicate:
        return ack ? Field::AckDuplicate : Field::MessageDuplicate;
    case Kind::Delay:
        return ack ? Field::AckDelay : Field::MessageDelay;
    case Kind::Jitter:
        return ack ? Field::AckJitter : Field::MessageJitter;
    case Kind::JitterDist:
        return ack ? Field::AckJitterDist : Field::MessageJitterDist;
    case Kind::Cut:
        return Field::Cut;
    case Kind::AckTimeout:
        return Field::AckTimeout;
    case Kind::Retries:
        return Field::Retries;
    }
    return Field::Cut;
}

// The field as faults::validate names it, for "given twice" errors whatever the spelling.
QString fieldName(Field field)
{
    switch (field) {
    case Field::MessageDrop:
        return QStringLiteral("message.drop");
    case Field::MessageDuplicate:
        return QStringLiteral("message.duplicate");
    case Field::MessageDelay:
        return QStringLiteral("message.delay");
    case Field::MessageJitter:
        return QStringLiteral("message.jitter");
    case Field::MessageJitterDist:
        return QStringLiteral("message.jitter-dist");
    case Field::AckDrop:
        return QStringLiteral("ack.drop");
    case Field::AckDuplicate:
        return QStringLiteral("ack.duplicate");
    case Field::AckDelay:
        return QStringLiteral("ack.delay");
    case Field::AckJitter:
        return QStringLiteral("ack.jitter");
    case Field::AckJitterDist:
        return QStringLiteral("ack.jitter-dist");
    case Field::Cut:
        return QStringLiteral("cut");
    case Field::AckTimeout:
        return QStringLiteral("timeout");
    case Field::Retries:
        return QStringLiteral("retries");
    }
    return {};
}

// "ack.delay" -> { Delay, ack }. The error names the key as written.
std::optional<Key> parseKey(const QString &text, QString *error)
{
    QString name = text;
    std::optional<bool> ack;
    for (const auto &[prefix, isAck] :
        { std::pair { QStringLiteral("ack."), true }, std::pair { QStringLiteral("msg."), false },
            std::pair { QStringLiteral("message."), false } }) {
        if (name.startsWith(prefix)) {
            name = name.mid(prefix.size());
            ack = isAck;
            break;
        }
    }
    const std::optional<Kind> kind = kindFromName(name);
    if (!kind) {
        *error = QStringLiteral("unknown key '%1': the keys are %2").arg(text, knownKeys());
        return std::nullopt;
    }
    if (ack && !isDirectionKind(*kind)) {
        // The timeout and the retries are what the sender does; a cut stops both directions.
        *error = QStringLiteral("%1: %2 is a rule of the whole wire, not of one direction: "
                                "write it without ack., msg. or message.")
                     .arg(text, name);
        return std::nullopt;
    }
    return Key { *kind, ack.value_or(false) };
}

// A plain decimal: no exponent, no "inf" or "nan", no hex, which QString::toDouble would take.
std::optional<double> parseNumber(const QString &text)
{
    static const QRegularExpression decimal(
        QStringLiteral("^[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)$"));
    if (!decimal.match(text).hasMatch())
        return std::nullopt;
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value + 0.0; // no -0
}

bool parseProbability(const QString &key, const QString &text, double *value, QString *error)
{
    const std::optional<double> number = parseNumber(text);
    if (!number) {
        *error = QStringLiteral("%1: '%2' is not a number (a probability from 0 to 1, such as 0.3)")
                     .arg(key, text);
        return false;
    }
    if (*number < 0 || *number > 1) {
        *error = QStringLiteral("%1: %2 is not a probability from 0 to 1").arg(key, text);
        return false;
    }
    *value = *number;
    return true;
}

// A duration's number and unit, before the unit is settled: in "50±10ms" the 50 has none yet.
struct Quantity
{
    QString text; // as written, for errors
    QString number;
    QString unit; // "", "ms" or "s"
};

Quantity splitUnit(const QString &text)
{
    Quantity quantity { text, text, {} };
    for (const QString &unit : { QStringLiteral("ms"), QStringLiteral("s") }) {
        if (text.endsWith(unit)) {
            quantity.number = text.chopped(unit.size()).trimmed();
            quantity.unit = unit;
            break;
        }
    }
    return quantity;
}

// A duration in milliseconds from 0 to maxMs; `unit` is used when the quantity has none.
bool parseDuration(const QString &key, const Quantity &quantity, const QString &defaultUnit,
    double maxMs, double *ms, QString *error)
{
    const std::optional<double> number = parseNumber(quantity.number);
    if (!number) {
        *error = QStringLiteral("%1: '%2' is not a duration (a number of ms, or with a unit: 50, "
                                "50ms, 1.5s)")
                     .arg(key, quantity.text);
        return false;
    }
    const QString unit = quantity.unit.isEmpty() ? defaultUnit : quantity.unit;
    const double value = unit == QLatin1String("s") ? *number * 1000 : *number;
    if (value < 0) {
        *error = QStringLiteral("%1: %2 is negative: a duration is from 0 to %3 s")
                     .arg(key, quantity.text)
                     .arg(maxMs / 1000);
        return false;
    }
    if (value > maxMs) {
        *error = QStringLiteral("%1: %2 is more than the longest, %3 s")
                     .arg(key, quantity.text)
                     .arg(maxMs / 1000);
        return false;
    }
    *ms = value;
    return true;
}

bool parseDuration(
    const QString &key, const QString &text, double maxMs, double *ms, QString *error)
{
    return parseDuration(key, splitUnit(text), QStringLiteral("ms"), maxMs, ms, error);
}

// "50", "50ms±10", "1.5±0.5s", "50+-10ms": the delay and, when there is a "±", the jitter.
bool parseDelay(const QString &key, const QString &text, double *delayMs,
    std::optional<double> *jitterMs, QString *error)
{
    qsizetype sign = text.indexOf(QChar(0x00B1));
    qsizetype signSize = 1;
    if (sign < 0) {
        sign = text.indexOf(QLatin1String("+-"));
        signSize = 2;
    }
    if (sign < 0) {
        jitterMs->reset();
        return parseDuration(key, text, faults::kMaxDelayMs, delayMs, error);
    }
    const Quantity delay = splitUnit(text.left(sign).trimmed());
    const Quantity jitter = splitUnit(text.mid(sign + signSize).trimmed());
    // The unit written once at the end is the unit of both, as in "50±10 ms".
    const QString delayUnit = delay.unit.isEmpty() ? jitter.unit : delay.unit;
    const QString jitterUnit = jitter.unit.isEmpty() ? delay.unit : jitter.unit;
    if (!parseDuration(key, delay, delayUnit, faults::kMaxDelayMs, delayMs, error))
        return false;
    double jitterValue = 0;
    if (!parseDuration(key + QStringLiteral(" (jitter)"), jitter, jitterUnit, faults::kMaxDelayMs,
            &jitterValue, error))
        return false;
    *jitterMs = jitterValue;
    return true;
}

bool parseJitterDist(
    const QString &key, const QString &text, DirectionFaults::Jitter *jitter, QString *error)
{
    // The names of faults::jitterName, spelled here so that this module stands alone.
    if (text == QLatin1String("uniform")) {
        *jitter = DirectionFaults::Jitter::Uniform;
        return true;
    }
    if (text == QLatin1String("normal")) {
        *jitter = DirectionFaults::Jitter::Normal;
        return true;
    }
    *error = QStringLiteral("%1: '%2' is not a distribution: uniform or normal").arg(key, text);
    return false;
}

bool parseTimeout(const QString &key, const QString &text, int *ms, QString *error)
{
    if (text.contains(QChar(0x00B1)) || text.contains(QLatin1String("+-"))) {
        *error = QStringLiteral("%1: '%2': an ack timeout has no jitter").arg(key, text);
        return false;
    }
    double value = 0;
    if (!parseDuration(key, text, faults::kMaxAckTimeoutMs, &value, error))
        return false;
    // "1.1s" is 1100.0000000000002 ms in binary: whole within a rounding error is whole.
    const double whole = std::round(value);
    if (std::abs(value - whole) > 1e-6) {
        *error = QStringLiteral("%1: %2 is not a whole number of milliseconds").arg(key, text);
        return false;
    }
    *ms = int(whole);
    return true;
}

bool parseRetries(const QString &key, const QString &text, int *retries, QString *error)
{
    const std::optional<double> number = parseNumber(text);
    if (!number || std::floor(*number) != *number) {
        *error = QStringLiteral("%1: '%2' is not a whole number").arg(key, text);
        return false;
    }
    if (*number < 0 || *number > faults::kMaxRetries) {
        *error = QStringLiteral("%1: %2 is not a count from 0 to %3")
                     .arg(key, text)
                     .arg(faults::kMaxRetries);
        return false;
    }
    *retries = int(*number);
    return true;
}

bool parseBool(const QString &key, const QString &text, bool *value, QString *error)
{
    if (text == QLatin1String("true") || text == QLatin1String("false")) {
        *value = text == QLatin1String("true");
        return true;
    }
    *error = QStringLiteral("%1: '%2' is not true or false").arg(key, text);
    return false;
}

QString checkNodeName(const QString &name, const QString &which)
{
    if (name.isEmpty())
        return QStringLiteral("the %1 node's name is empty; %2").arg(which, usage());
    if (!isValidNodeName(name))
        return QStringLiteral("'%1' is not a node name (1 to 64 of A-Z a-z 0-9 _ . -)").arg(name);
    return {};
}

// The rule after the ':'; the error has no "--fault" head, parse() adds it.
std::optional<Override> parseRule(const QString &spec, QString *error)
{
    const qsizetype arrow = spec.indexOf(QLatin1String("->"));
    if (arrow < 0) {
        *error = QStringLiteral("no '->' between the two node names; %1").arg(usage());
        return std::nullopt;
    }
    // Node names hold no ':', so the first one after the arrow ends the receiving node's name.
    const qsizetype colon = spec.indexOf(QLatin1Char(':'), arrow + 2);
    if (colon < 0) {
        *error = QStringLiteral("no ':' after the receiving node's name; %1").arg(usage());
        return std::nullopt;
    }
    Override rule;
    rule.from = spec.left(arrow).trimmed();
    rule.to = spec.mid(arrow + 2, colon - arrow - 2).trimmed();
    if (QString problem = checkNodeName(rule.from, QStringLiteral("sending")); !problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }
    if (QString problem = checkNodeName(rule.to, QStringLiteral("receiving")); !problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }

    const QString items = spec.mid(colon + 1);
    if (items.trimmed().isEmpty()) {
        *error = QStringLiteral("no rule after ':'; %1").arg(usage());
        return std::nullopt;
    }
    // Which item set each field, to name both when one is given twice.
    QHash<quint32, QString> setBy;
    const auto claim = [&](Field field, const QString &key, const QString &item) {
        const quint32 bit = quint32(field);
        if (const auto it = setBy.constFind(bit); it != setBy.constEnd()) {
            *error = QStringLiteral("%1: %2 is given twice in one rule (first in '%3')")
                         .arg(key, fieldName(field), *it);
            return false;
        }
        setBy.insert(bit, item);
        rule.given |= field;
        return true;
    };

    for (const QString &rawItem : items.split(QLatin1Char(','))) {
        const QString item = rawItem.trimmed();
        if (item.isEmpty()) {
            *error = QStringLiteral(
                "an empty rule (two commas in a row, or a comma at the start or the end)");
            return std::nullopt;
        }
        const qsizetype equals = item.indexOf(QLatin1Char('='));
        const QString keyText = (equals < 0 ? item : item.left(equals)).trimmed();
        const std::optional<QString> value
            = equals < 0 ? std::nullopt : std::optional<QString>(item.mid(equals + 1).trimmed());
        if (keyText.isEmpty()) {
            *error = QStringLiteral("'%1' has no key; the keys are %2").arg(item, knownKeys());
            return std::nullopt;
        }
        const std::optional<Key> key = parseKey(keyText, error);
        if (!key)
            return std::nullopt;
        const Field field = fieldOf(key->kind, key->ack);
        if (!claim(field, keyText, item))
            return std::nullopt;
        if (!value) {
            if (key->kind == Kind::Cut) {
                rule.values.cut = true;
                continue;
            }
            *error = QStringLiteral("%1: needs a value (%1=VALUE)").arg(keyText);
            return std::nullopt;
        }
        if (value->isEmpty()) {
            *error = QStringLiteral("%1: the value after '=' is empty").arg(keyText);
            return std::nullopt;
        }
        DirectionFaults &direction = key->ack ? rule.values.ack : rule.values.message;
        bool ok = false;
        switch (key->kind) {
        case Kind::Drop:
            ok = parseProbability(keyText, *value, &direction.drop, error);
            break;
        case Kind::Duplicate:
            ok = parseProbability(keyText, *value, &direction.duplicate, error);
            break;
        case Kind::Delay: {
            std::optional<double> jitter;
            ok = parseDelay(keyText, *value, &direction.delayMs, &jitter, error);
            if (ok && jitter) {
                ok = claim(fieldOf(Kind::Jitter, key->ack), keyText, item);
                direction.jitterMs = *jitter;
            }
            break;
        }
        case Kind::Jitter:
            ok = parseDuration(keyText, *value, faults::kMaxDelayMs, &direction.jitterMs, error);
            break;
        case Kind::JitterDist:
            ok = parseJitterDist(keyText, *value, &direction.jitter, error);
            break;
        case Kind::Cut:
            ok = parseBool(keyText, *value, &rule.values.cut, error);
            break;
        case Kind::AckTimeout:
            ok = parseTimeout(keyText, *value, &rule.values.ackTimeoutMs, error);
            break;
        case Kind::Retries:
            ok = parseRetries(keyText, *value, &rule.values.retries, error);
            break;
        }
        if (!ok)
            return std::nullopt;
    }
    return rule;
}

void applyDirection(DirectionFaults &target, const DirectionFaults &source, Fields given, bool ack)
{
    if (given.testFlag(fieldOf(Kind::Drop, ack)))
        target.drop = source.drop;
    if (given.testFlag(fieldOf(Kind::Duplicate, ack)))
        target.duplicate = source.duplicate;
    if (given.testFlag(fieldOf(Kind::Delay, ack)))
        target.delayMs = source.delayMs;
    if (given.testFlag(fieldOf(Kind::Jitter, ack)))
        target.jitterMs = source.jitterMs;
    if (given.testFlag(fieldOf(Kind::JitterDist, ack)))
        target.jitter = source.jitter;
}

} // namespace

Parsed parse(const QString &spec)
{
    Parsed parsed;
    QString error;
    parsed.override = parseRule(spec, &error);
    if (!parsed.override)
        parsed.error = QStringLiteral("--fault '%1': %2").arg(spec, error);
    return parsed;
}

WireFaults apply(const WireFaults &base, const Override &rule)
{
    WireFaults result = base;
    applyDirection(result.message, rule.values.message, rule.given, false);
    applyDirection(result.ack, rule.values.ack, rule.given, true);
    if (rule.given.testFlag(Field::Cut))
        result.cut = rule.values.cut;
    if (rule.given.testFlag(Field::AckTimeout))
        result.ackTimeoutMs = rule.values.ackTimeoutMs;
    if (rule.given.testFlag(Field::Retries))
        result.retries = rule.values.retries;
    return result;
}

QString knownKeys()
{
    return QStringLiteral("drop, duplicate (dup), delay, jitter, jitter-dist (each may start with "
                          "ack., msg. or message.), cut, timeout, retries");
}

} // namespace wb::faultspec
