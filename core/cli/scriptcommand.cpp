#include "cli/scriptcommand.h"

#include "net/socketcredentials.h"
#include "net/wireprotocol.h"

#include <QCommandLineParser>
#include <QFile>

namespace wb::scriptcommand {

namespace {

constexpr NodeId kSelf = 1;

NodeCommand failure(int code, const QString &message)
{
    NodeCommand command;
    command.mode = NodeCommand::Mode::Fail;
    command.exitCode = code;
    command.message = message;
    return command;
}

// "3" → 3, "0.5" → 0.5, "true" → true, anything else its text.
QVariant paramValue(const QString &text)
{
    if (text == QLatin1String("true") || text == QLatin1String("false"))
        return text == QLatin1String("true");
    bool ok = false;
    const qlonglong whole = text.toLongLong(&ok);
    if (ok)
        return whole;
    const double number = text.toDouble(&ok);
    if (ok)
        return number;
    return text;
}

const char kDescription[]
    = "Runs a JavaScript sketch as a node: setup(params) once, loop(channel, message) for every "
      "message, its return value the ack; out(), stream(), setTimeout()/setInterval() and a "
      "seeded Math.random() (docs/scripts.md). Runs until interrupted, then prints its counts; "
      "a sketch that does not load or runs away puts the node in its error state: the "
      "process exits with code 2, as a node that cannot listen.";

} // namespace

bool isScriptSketch(const QStringList &arguments)
{
    return arguments.size() >= 2 && arguments.at(1) == QLatin1String("script");
}

NodeCommand parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help(
        { QStringLiteral("h"), QStringLiteral("help") }, QStringLiteral("Show this help."));
    const QCommandLineOption port({ QStringLiteral("p"), QStringLiteral("port") },
        QStringLiteral("Port to listen on, 0 for any free one (the default; the line "
                       "\"serving on HOST:PORT\" names it)."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption listen(QStringLiteral("listen"),
        QStringLiteral("Address to listen on (default 127.0.0.1)."), QStringLiteral("ADDRESS"));
    const QCommandLineOption name(QStringLiteral("name"),
        QStringLiteral("This node's name, the prefix of its lines and params.name (default: "
                       "script)."),
        QStringLiteral("NAME"));
    const QCommandLineOption target(QStringLiteral("target"),
        QStringLiteral("A node the sketch streams to (ws://HOST:PORT); repeatable. "
                       "stream(\"*\", ...) reaches every one, stream(\"HOST:PORT\", ...) one."),
        QStringLiteral("URL"));
    const QCommandLineOption param(QStringLiteral("param"),
        QStringLiteral("A parameter for setup(params), KEY=VALUE; repeatable."),
        QStringLiteral("KEY=VALUE"));
    const QCommandLineOption seed(QStringLiteral("seed"),
        QStringLiteral("The run's seed (Math.random() and the delivery gate), to repeat a run."),
        QStringLiteral("N"));
    const QCommandLineOption allowOrigin(QStringLiteral("allow-origin"),
        QStringLiteral("Let web pages of this origin connect; repeatable."),
        QStringLiteral("ORIGIN"));
    const QCommandLineOption registry(QStringLiteral("registry"),
        QStringLiteral("Register this node in the etcd registry at URL (docs/discovery.md)."),
        QStringLiteral("URL"));
    const QCommandLineOption advertise(QStringLiteral("advertise"),
        QStringLiteral("With --registry: the host other machines reach this node at."),
        QStringLiteral("HOST"));
    const QCommandLineOption ttl(QStringLiteral("ttl"),
        QStringLiteral("With --registry: seconds the registry keeps this node's record after "
                       "its last sign of life (default 5)."),
        QStringLiteral("SECONDS"));
    auto [tokenFile, tlsCert, tlsKey, tlsPin] = credentialOptions();
    parser.addOptions({ help, port, listen, name, target, param, seed, allowOrigin, tokenFile,
        tlsCert, tlsKey, tlsPin, registry, advertise, ttl });

    if (!parser.parse(arguments))
        return failure(exitcode::kUsage, QStringLiteral("script: ") + parser.errorText());
    if (parser.isSet(help)) {
        NodeCommand command;
        command.mode = NodeCommand::Mode::Help;
        command.message = QStringLiteral("Usage: wirebench-node script FILE.js [--port P] "
                                         "[--target ws://HOST:PORT]... [--param KEY=VALUE]... "
                                         "[--seed N] [--name NAME]\n\n")
            + QString::fromLatin1(kDescription) + QStringLiteral("\n\n")
            + parser.helpText().section(u'\n', 2);
        return command;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        return failure(exitcode::kUsage,
            positional.size() < 2
                ? QStringLiteral("script: give the sketch's file (wirebench-node script FILE.js)")
                : QStringLiteral("script: unexpected argument %1").arg(positional.at(2)));
    }
    NodeCommand command;
    command.mode = NodeCommand::Mode::Run;
    if (const QString problem = readConnectionOptions(parser, &command); !problem.isEmpty())
        return failure(exitcode::kUsage, problem);

    NodeSpec self;
    self.id = kSelf;
    self.kind = NodeKind::Script;
    self.name = QStringLiteral("script");
    if (parser.isSet(name)) {
        if (!isValidNodeName(parser.value(name))) {
            return failure(exitcode::kUsage,
                QStringLiteral("--name %1: use 1 to 64 of A-Z a-z 0-9 _ . -")
                    .arg(parser.value(name)));
        }
        self.name = parser.value(name);
    }
    QFile file(positional.at(1));
    if (!file.open(QIODevice::ReadOnly)) {
        return failure(exitcode::kUsage,
            QStringLiteral("script: cannot read %1: %2").arg(file.fileName(), file.errorString()));
    }
    QVariant source(QString::fromUtf8(file.readAll()));
    if (const QString problem
        = kinds::validateParam(NodeKind::Script, QStringLiteral("script"), source);
        !problem.isEmpty()) {
        return failure(exitcode::kUsage, file.fileName() + QStringLiteral(": ") + problem);
    }
    self.params.insert(QStringLiteral("script"), source);
    for (const QString &text : parser.values(param)) {
        const qsizetype equals = text.indexOf(u'=');
        if (equals <= 0)
            return failure(
                exitcode::kUsage, QStringLiteral("--param %1: give KEY=VALUE").arg(text));
        const QString key = text.left(equals);
        QVariant value = paramValue(text.mid(equals + 1));
        if (key == QLatin1String("script"))
            return failure(
                exitcode::kUsage, QStringLiteral("--param script: the sketch is FILE.js"));
        if (const QString problem = kinds::validateParam(NodeKind::Script, key, value);
            !problem.isEmpty()) {
            return failure(exitcode::kUsage, QStringLiteral("--param %1: %2").arg(text, problem));
        }
        self.params.insert(key, value);
    }
    bool ok = false;
    const uint number = parser.value(port).toUInt(&ok);
    if (!ok || number > 65535) {
        return failure(exitcode::kUsage,
            QStringLiteral("--port %1: must be from 0 to 65535").arg(parser.value(port)));
    }
    self.port = quint16(number);
    self.host = parser.isSet(listen) ? parser.value(listen) : QStringLiteral("127.0.0.1");
    if (parser.isSet(seed)) {
        const quint64 value = parser.value(seed).toULongLong(&ok);
        if (!ok || value > (quint64(1) << 53)) {
            return failure(exitcode::kUsage,
                QStringLiteral("--seed %1: must be a whole number from 0 to 2^53")
                    .arg(parser.value(seed)));
        }
        command.circuit.seed = value;
    }

    QList<NodeSpec> nodes { self };
    QList<Wire> wires;
    for (const QString &text : parser.values(target)) {
        const auto to = wire::parseTargetUrl(text);
        if (!to)
            return failure(
                exitcode::kUsage, QStringLiteral("--target %1: expected ws://HOST:PORT").arg(text));
        if (self.port != 0 && to->port == self.port
            && wire::connectHost(self.host) == wire::connectHost(to->host))
            return failure(
                exitcode::kUsage, QStringLiteral("--target %1: that is this node").arg(text));
        const QString targetName = to->host + u':' + QString::number(to->port);
        if (std::any_of(nodes.cbegin(), nodes.cend(),
                [&](const NodeSpec &n) { return n.name == targetName; }))
            continue;
        NodeSpec spec;
        spec.id = NodeId(nodes.size() + 1);
        spec.name = targetName;
        spec.kind = NodeKind::External;
        spec.host = to->host;
        spec.port = to->port;
        nodes << spec;
        wires.append({ WireId(wires.size() + 1), self.id, spec.id, {}, {} });
    }
    command.circuit.title = self.name;
    command.circuit.nodes = nodes;
    command.circuit.wires = wires;
    return command;
}

} // namespace wb::scriptcommand
