#include "document/nodespec.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <array>
#include <cmath>
#include <utility>

namespace wb {

bool isValidNodeName(const QString &name)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9_.-]{1,64}$"));
    return valid.match(name).hasMatch();
}

} // namespace wb

namespace wb::kinds {

namespace {

constexpr std::array<std::pair<NodeKind, const char *>, 12> kKindNames { {
    { NodeKind::Clock, "clock" },
    { NodeKind::IoPin, "iopin" },
    { NodeKind::Buzzer, "buzzer" },
    { NodeKind::Led, "led" },
    { NodeKind::Proxy, "proxy" },
    { NodeKind::Ring, "ring" },
    { NodeKind::Keyboard, "keyboard" },
    { NodeKind::Queue, "queue" },
    { NodeKind::Worker, "worker" },
    { NodeKind::Console, "console" },
    { NodeKind::Script, "script" },
    { NodeKind::External, "external" },
} };

QString checkInt(QVariant &value, qint64 min, qint64 max)
{
    bool ok = false;
    const double d = value.toDouble(&ok);
    if (!ok || std::floor(d) != d)
        return QCoreApplication::translate("wb::CircuitFormat", "must be a whole number");
    if (d < double(min) || d > double(max))
        return QCoreApplication::translate("wb::CircuitFormat", "must be between %1 and %2")
            .arg(min)
            .arg(max);
    value = QVariant(qint64(d));
    return {};
}

QString checkDouble(QVariant &value, double min, double max)
{
    bool ok = false;
    const double d = value.toDouble(&ok);
    if (!ok || !std::isfinite(d))
        return QCoreApplication::translate("wb::CircuitFormat", "must be a number");
    if (d < min || d > max)
        return QCoreApplication::translate("wb::CircuitFormat", "must be between %1 and %2")
            .arg(min)
            .arg(max);
    value = QVariant(d);
    return {};
}

QString checkText(QVariant &value, int maxLength)
{
    if (value.typeId() != QMetaType::QString)
        return QCoreApplication::translate("wb::CircuitFormat", "must be a text");
    if (value.toString().size() > maxLength)
        return QCoreApplication::translate("wb::CircuitFormat", "must be at most %1 characters")
            .arg(maxLength);
    return {};
}

QString checkChoice(QVariant &value, const QStringList &choices)
{
    if (value.typeId() != QMetaType::QString || !choices.contains(value.toString()))
        return QCoreApplication::translate("wb::CircuitFormat", "must be one of %1")
            .arg(choices.join(QStringLiteral(", ")));
    return {};
}

// A ring's contacts: ws://HOST:PORT addresses, comma-separated (docs/ring.md).
QString checkJoin(QVariant &value)
{
    if (value.typeId() != QMetaType::QString)
        return QCoreApplication::translate("wb::CircuitFormat", "must be a text");
    static const QRegularExpression address(QStringLiteral("^wss?://[^/\\s,]+:[0-9]{1,5}$"));
    const QStringList parts = value.toString().split(u',', Qt::SkipEmptyParts);
    if (parts.size() > 16)
        return QCoreApplication::translate("wb::CircuitFormat", "must name at most 16 contacts");
    QStringList trimmed;
    for (const QString &part : parts) {
        const QString contact = part.trimmed();
        if (!address.match(contact).hasMatch())
            return QStringLiteral("%1 is not ws://HOST:PORT").arg(contact);
        trimmed << contact;
    }
    value = QVariant(trimmed.join(u','));
    return {};
}

// A script's `script` is its source; any other identifier is the sketch's own parameter, handed
// to its setup(params) as a string, number or boolean.
QString checkScriptParam(const QString &key, QVariant &value)
{
    if (key == QLatin1String("script"))
        return checkText(value, kMaxScriptLength);
    static const QRegularExpression identifier(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]{0,63}$"));
    if (!identifier.match(key).hasMatch() || key == QLatin1String("name"))
        return QCoreApplication::translate("wb::CircuitFormat",
            "is not a parameter of a script: its own parameters are "
            "identifiers other than name");
    switch (value.typeId()) {
    case QMetaType::Bool:
        return {};
    case QMetaType::QString:
        return checkText(value, 1024);
    default:
        break;
    }
    bool ok = false;
    const double d = value.toDouble(&ok);
    if (!ok || !std::isfinite(d))
        return QCoreApplication::translate(
            "wb::CircuitFormat", "must be a text, a number or true/false");
    value = std::floor(d) == d && std::abs(d) < 9e15 ? QVariant(qint64(d)) : QVariant(d);
    return {};
}

} // namespace

QString name(NodeKind kind)
{
    for (const auto &[k, n] : kKindNames) {
        if (k == kind)
            return QLatin1String(n);
    }
    return {};
}

QString nameWithArticle(NodeKind kind)
{
    const QString text = name(kind);
    const bool vowel = !text.isEmpty() && QStringLiteral("aeiou").contains(text.front());
    return (vowel ? QStringLiteral("an ") : QStringLiteral("a ")) + text;
}

std::optional<NodeKind> fromName(const QString &text)
{
    for (const auto &[k, n] : kKindNames) {
        if (text == QLatin1String(n))
            return k;
    }
    // The seed's grid calls the LED "blink".
    if (text == QLatin1String("blink"))
        return NodeKind::Led;
    return std::nullopt;
}

QStringList names()
{
    QStringList list;
    for (const auto &[k, n] : kKindNames)
        list << QLatin1String(n);
    return list;
}

bool hasServer(NodeKind kind)
{
    return kind != NodeKind::Clock && kind != NodeKind::Keyboard;
}

bool acceptsInput(NodeKind kind)
{
    return hasServer(kind);
}

bool hasOutput(NodeKind kind)
{
    return kind == NodeKind::Clock || kind == NodeKind::IoPin || kind == NodeKind::Proxy
        || kind == NodeKind::Ring || kind == NodeKind::Keyboard || kind == NodeKind::Queue
        || kind == NodeKind::Worker || kind == NodeKind::Script;
}

bool isLocal(NodeKind kind)
{
    return kind != NodeKind::External;
}

QVariantMap defaultParams(NodeKind kind)
{
    switch (kind) {
    case NodeKind::Clock:
        return { { QStringLiteral("tacks"), qint64(5) }, { QStringLiteral("delay"), 1.0 } };
    case NodeKind::IoPin:
        return { { QStringLiteral("chance"), 0.6 }, { QStringLiteral("sequence"), qint64(3) } };
    case NodeKind::Buzzer:
        return { { QStringLiteral("sound"), QStringLiteral("buzz buzz buzz") } };
    case NodeKind::Ring:
        // No key: it comes from the name (docs/ring.md); no contact: a ring of one.
        return { { QStringLiteral("successors"), qint64(3) }, { QStringLiteral("heartbeat"), 0.5 },
            { QStringLiteral("suspect"), 1.5 }, { QStringLiteral("probeTimeout"), 1.0 },
            { QStringLiteral("probes"), qint64(3) }, { QStringLiteral("stabilise"), 0.5 },
            { QStringLiteral("resendWindow"), 10.0 } };
    case NodeKind::Queue:
        return { { QStringLiteral("capacity"), qint64(5) },
            { QStringLiteral("whenFull"), QStringLiteral("block") } };
    case NodeKind::Worker:
        return { { QStringLiteral("serviceMs"), qint64(1000) },
            { QStringLiteral("service"), QStringLiteral("fixed") } };
    case NodeKind::Console:
        return { { QStringLiteral("history"), qint64(1000) } };
    case NodeKind::Script:
        return { { QStringLiteral("script"), defaultScript() } };
    case NodeKind::Led:
    case NodeKind::External:
    case NodeKind::Proxy:
    case NodeKind::Keyboard:
        return {};
    }
    return {};
}

QString defaultScript()
{
    return QStringLiteral(
        "// setup(params) runs once when the node starts; loop(channel, message)\n"
        "// runs for every message and returns its ack (docs/scripts.md).\n"
        "function setup(params) {\n"
        "    out(\"ready\");\n"
        "}\n"
        "\n"
        "function loop(channel, message) {\n"
        "    out(\"got \" + message + \" on \" + channel);\n"
        "    return \"ok\";\n"
        "}\n");
}

QString validateParam(NodeKind kind, const QString &key, QVariant &value)
{
    if (kind == NodeKind::Script)
        return checkScriptParam(key, value);
    if (key == QLatin1String("seed")) {
        if (kind != NodeKind::IoPin && kind != NodeKind::Worker)
            return QCoreApplication::translate(
                "wb::CircuitFormat", "only an iopin or a worker takes a seed");
        return checkInt(value, 0, 4294967295LL);
    }
    switch (kind) {
    case NodeKind::Clock:
        if (key == QLatin1String("tacks"))
            return checkInt(value, -1, 1000000000LL);
        if (key == QLatin1String("delay") || key == QLatin1String("start"))
            return checkDouble(value, 0.0, 86400.0);
        if (key == QLatin1String("message"))
            return checkText(value, 1024);
        break;
    case NodeKind::IoPin:
        if (key == QLatin1String("chance"))
            return checkDouble(value, 0.0, 1.0);
        if (key == QLatin1String("sequence"))
            return checkInt(value, 1, 10000);
        break;
    case NodeKind::Buzzer:
        if (key == QLatin1String("sound"))
            return checkText(value, 1024);
        break;
    case NodeKind::Ring:
        if (key == QLatin1String("key"))
            return checkInt(value, 0, 4294967295LL);
        if (key == QLatin1String("successors"))
            return checkInt(value, 1, 16);
        if (key == QLatin1String("probes"))
            return checkInt(value, 0, 8);
        if (key == QLatin1String("heartbeat") || key == QLatin1String("suspect")
            || key == QLatin1String("probeTimeout") || key == QLatin1String("stabilise"))
            return checkDouble(value, 0.01, 3600.0);
        if (key == QLatin1String("resendWindow"))
            return checkDouble(value, 0.0, 3600.0);
        if (key == QLatin1String("join"))
            return checkJoin(value);
        break;
    case NodeKind::Queue:
        if (key == QLatin1String("capacity"))
            return checkInt(value, 1, kMaxQueueCapacity);
        if (key == QLatin1String("whenFull"))
            return checkChoice(value,
                { QStringLiteral("block"), QStringLiteral("drop-newest"),
                    QStringLiteral("drop-oldest") });
        break;
    case NodeKind::Worker:
        if (key == QLatin1String("serviceMs"))
            return checkInt(value, 0, 3600000);
        if (key == QLatin1String("service"))
            return checkChoice(value, { QStringLiteral("fixed"), QStringLiteral("random") });
        break;
    case NodeKind::Console:
        if (key == QLatin1String("history"))
            return checkInt(value, 1, 100000);
        break;
    case NodeKind::Led:
    case NodeKind::External:
    case NodeKind::Proxy:
    case NodeKind::Keyboard:
    case NodeKind::Script:
        break;
    }
    return QCoreApplication::translate("wb::CircuitFormat", "is not a parameter of %1")
        .arg(nameWithArticle(kind));
}

} // namespace wb::kinds
