#include "cli/pythonexport.h"

#include "cli/jstopython.h"
#include "document/circuit.h"
#include "net/wireprotocol.h"

#include <QFile>
#include <QLocale>
#include <cmath>

namespace wb::pythonexport {

namespace {

QString resource(const QString &name)
{
    QFile file(QStringLiteral(":/wirebench/python/") + name);
    // The files are compiled in: failing to open one is a broken build, not bad input.
    if (!file.open(QIODevice::ReadOnly))
        qFatal("pythonexport: resource %s missing", qPrintable(name));
    return QString::fromUtf8(file.readAll());
}

QString pyString(const QString &text)
{
    QString out = QStringLiteral("'");
    for (const QChar c : text) {
        if (c == u'\\' || c == u'\'')
            out += u'\\' + QString(c);
        else if (c == u'\n')
            out += QStringLiteral("\\n");
        else if (c.unicode() < 0x20 || c.unicode() == 0x7f || c.isSurrogate())
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out + u'\'';
}

// A parameter value as a Python literal (parameters are strings, numbers or booleans).
QString pyValue(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("True") : QStringLiteral("False");
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return QString::number(value.toLongLong());
    case QMetaType::Double: {
        const double d = value.toDouble();
        if (d == std::floor(d) && std::abs(d) < 1e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', QLocale::FloatingPointShortest);
    }
    default:
        return pyString(value.toString());
    }
}

// A docstring line may not hold three quotes or a backslash sequence.
QString docText(const QString &text)
{
    return QString(text)
        .replace(u'\\', u'/')
        .replace(QStringLiteral("\"\"\""), QStringLiteral("'''"));
}

struct Kind
{
    QString className;
    QString classSource;
    bool serves = true;
};

} // namespace

QString className(const QString &nodeName)
{
    QString name;
    bool upper = true;
    for (const QChar c : nodeName) {
        if (!c.isLetterOrNumber() || c.unicode() > 127) {
            upper = true;
            continue;
        }
        name += upper ? c.toUpper() : c;
        upper = false;
    }
    if (name.isEmpty() || name.front().isDigit())
        name.prepend(QStringLiteral("Node"));
    return name;
}

Result exportNode(const Circuit &circuit, NodeId id)
{
    Result result;
    const NodeSpec *spec = circuit.node(id);
    if (!spec) {
        result.error = QStringLiteral("no node with id %1 in the circuit").arg(id);
        return result;
    }
    const QString kindName = kinds::name(spec->kind);
    Kind kind;
    QVariantMap params = spec->params;
    switch (spec->kind) {
    case NodeKind::Clock:
        kind = { QStringLiteral("Clock"), resource(QStringLiteral("kinds/clock.py")), false };
        break;
    case NodeKind::IoPin:
        kind = { QStringLiteral("IOPin"), resource(QStringLiteral("kinds/iopin.py")) };
        break;
    case NodeKind::Buzzer:
        kind = { QStringLiteral("Buzzer"), resource(QStringLiteral("kinds/buzzer.py")) };
        break;
    case NodeKind::Led:
        kind = { QStringLiteral("Led"), resource(QStringLiteral("kinds/led.py")) };
        break;
    default:
        if (kindName == QLatin1String("script")) {
            const QString sketchClass = className(spec->name);
            const auto translated = jstopython::translate(
                params.take(QStringLiteral("script")).toString(), sketchClass);
            if (!translated.ok) {
                result.error = QStringLiteral("%1 (script): %2").arg(spec->name, translated.error);
                return result;
            }
            kind = { sketchClass,
                resource(QStringLiteral("jsrules.py")).trimmed() + QStringLiteral("\n\n\n")
                    + QStringLiteral("# ---- The sketch "
                                     "-------------------------------------------------------------"
                                     "---------------\n\n\n")
                    + translated.python };
            break;
        }
        result.error = QStringLiteral("%1: %2 has no Python export (clock, iopin, buzzer, led "
                                      "and script nodes have)")
                           .arg(spec->name, kinds::nameWithArticle(spec->kind));
        return result;
    }

    // Targets in the circuit's wire order: the order the node streams to them.
    QStringList targets;
    QStringList targetNames;
    for (const NodeId target : circuit.targets(id)) {
        const NodeSpec *to = circuit.node(target);
        if (!to)
            continue;
        if (to->port == 0) {
            result.error = QStringLiteral("%1: its target %2 has no port yet (0: chosen when the "
                                          "run starts); give %2 a port to export %1")
                               .arg(spec->name, to->name);
            return result;
        }
        const QString address = wire::nodeAddress(wire::connectHost(to->host), to->port);
        targets << QStringLiteral("    %1: %2,").arg(pyString(to->name), pyString(address));
        targetNames << QStringLiteral("%1 (%2)").arg(to->name, address);
    }
    QStringList paramLines;
    for (auto it = params.cbegin(); it != params.cend(); ++it)
        paramLines << QStringLiteral("    %1: %2,").arg(pyString(it.key()), pyValue(it.value()));

    const QString title = circuit.title().isEmpty() ? QStringLiteral("untitled") : circuit.title();
    const QString file = spec->name + QStringLiteral(".py");
    const QString where = kind.serves
        ? QStringLiteral("serves on %1:%2").arg(spec->host).arg(spec->port)
        : QStringLiteral("a client only: it has no port");
    QString header = QStringLiteral(
        "#! /usr/bin/env python3\n"
        "# -*- coding: utf-8 -*-\n"
        "\"\"\"%1, the %2 node of the circuit \"%3\",\n"
        "as a seed-style sketch (asyncio + websockets).\n"
        "\n"
        "Exported by Wirebench (wirebench-node export-python). It speaks the workbench's wire\n"
        "(docs/protocol.md): %4; it sends to %5.\n"
        "Run it in place of the workbench's own node %1 (stop that node first, or give this one\n"
        "another --port and point the senders at it):\n"
        "\n"
        "    python3 %6\n"
        "    python3 %6 --help%7\n"
        "\n"
        "Needs Python 3.7 or later and the websockets package, version 10 (Debian bookworm:\n"
        "apt install python3-websockets; elsewhere: pip install 'websockets>=10,<11').\n"
        "\"\"\"\n\n");
    header = header.arg(docText(spec->name), kindName, docText(title), where,
        targetNames.isEmpty() ? QStringLiteral("no target")
                              : docText(targetNames.join(QStringLiteral(", "))),
        docText(file),
        kind.serves ? QStringLiteral("   # --port, --target NAME=ws://HOST:PORT, --param, --seed")
                    : QStringLiteral("   # --target NAME=ws://HOST:PORT, --param, --seed"));

    QString constants = QStringLiteral(
        "\n\n# ---- The node, as the circuit has it "
        "------------------------------------------------------\n\n"
        "NAME = %1\n"
        "HOST = %2\n"
        "PORT = %3\n"
        "SERVES = %4\n"
        "# name -> ws://HOST:PORT, in the order of the circuit's wires (the order it streams in)\n"
        "TARGETS = {%5}\n"
        "PARAMS = {%6}\n");
    constants = constants.arg(pyString(spec->name), pyString(spec->host))
                    .arg(spec->port)
                    .arg(kind.serves ? QStringLiteral("True") : QStringLiteral("False"),
                        targets.isEmpty() ? QString() : u'\n' + targets.join(u'\n') + u'\n',
                        paramLines.isEmpty() ? QString() : u'\n' + paramLines.join(u'\n') + u'\n');

    result.source = header + resource(QStringLiteral("prelude.py")).trimmed() + u'\n' + constants
        + QStringLiteral("\n\n") + kind.classSource.trimmed() + QStringLiteral("\n\n\nSKETCH = ")
        + kind.className + u'\n' + resource(QStringLiteral("main.py")).trimmed() + u'\n';
    // main.py starts with its own blank lines and section comment.
    result.source.replace(
        QStringLiteral("SKETCH = ") + kind.className + u'\n' + QStringLiteral("# ----"),
        QStringLiteral("SKETCH = ") + kind.className + QStringLiteral("\n\n\n# ----"));
    result.ok = true;
    return result;
}

} // namespace wb::pythonexport
