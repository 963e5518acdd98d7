#include "cli/queuecommand.h"

#include "net/socketcredentials.h"
#include "net/wireprotocol.h"

#include <QCommandLineParser>
#include <QUrl>

namespace wb::queuecommand {

namespace {

constexpr NodeId kSelf = 1; // the sketch's own node
const QString kKeyboardChannel = QStringLiteral("/keyboard"); // where a keyboard sends

NodeCommand failure(int code, const QString &message)
{
    NodeCommand command;
    command.mode = NodeCommand::Mode::Fail;
    command.exitCode = code;
    command.message = message;
    return command;
}

QString usageLine(NodeKind kind)
{
    switch (kind) {
    case NodeKind::Keyboard:
        return QStringLiteral("wirebench-node keyboard --target ws://HOST:PORT[/keyboard] "
                              "[--target ...] [options]");
    case NodeKind::Queue:
        return QStringLiteral("wirebench-node queue [--port P] [--capacity N] "
                              "[--when-full block|drop-newest|drop-oldest] "
                              "[--target ws://HOST:PORT ...] [options]");
    case NodeKind::Worker:
        return QStringLiteral("wirebench-node worker [--port P] [--service-ms M] [--random "
                              "[--seed S]] [--target ws://HOST:PORT ...] [options]");
    default:
        return QStringLiteral("wirebench-node console [--port P] [options]");
    }
}

QString description(NodeKind kind)
{
    switch (kind) {
    case NodeKind::Keyboard:
        return QStringLiteral(
            "The seed's reader: every line of standard input (empty ones skipped) is a message "
            "to every --target on channel /keyboard, stop-and-wait: the next line leaves once "
            "every target has answered the one before. Prints \"> line\" and \"< ack\", and "
            "exits once standard input has ended and every line is answered (0), or some were "
            "not (3).");
    case NodeKind::Queue:
        return QStringLiteral(
            "A bounded FIFO between producers and consumers. Its ack says \"queued F/C\" (its "
            "fill after the item went in); when full it blocks (the ack waits until the item "
            "is in: a stop-and-wait producer is held back), drops the newest (\"error: "
            "dropped, queue full (C/C)\") or drops the oldest (\"queued C/C, dropped "
            "oldest\"). It delivers to its targets one item at a time, in order; without a "
            "target it only fills. Runs until interrupted, then prints its counts.");
    case NodeKind::Worker:
        return QStringLiteral(
            "A slow consumer: it serves one message at a time for its service time, passes it "
            "on to its targets, then acks \"done (N ms)\". Runs until interrupted, then prints "
            "its counts.");
    default:
        return QStringLiteral("Prints every line it receives as \"[ console ] SENDER: text\" "
                              "and acks \"printed\". Runs until interrupted, then prints its "
                              "count.");
    }
}

QString helpText(NodeKind kind, const QCommandLineParser &parser)
{
    return QStringLiteral("Usage: ") + usageLine(kind) + QStringLiteral("\n\n") + description(kind)
        + QStringLiteral("\n\n") + parser.helpText().section(u'\n', 2)
        + QStringLiteral("\nSee docs/queues.md. Exit codes: 0 done, 1 bad command line, 2 "
                         "cannot listen, 3 lines not acknowledged (keyboard).\n");
}

// Sets a parameter from an option's text, checked as a circuit file's would be.
QString setParam(NodeSpec &spec, const QString &option, const QString &key, const QString &text)
{
    QVariant value(text);
    if (const QString problem = kinds::validateParam(spec.kind, key, value); !problem.isEmpty())
        return QStringLiteral("--%1 %2: %3").arg(option, text, problem);
    spec.params.insert(key, value);
    return {};
}

// Adds an external node and a wire to it for each --target URL. A keyboard's target may name
// the channel it sends on (/keyboard, as the seed's client does); a queue and a worker pass
// each message on on the channel it came in on, so their targets name none.
QString addTargets(
    const QStringList &targets, NodeSpec &self, QList<NodeSpec> &nodes, QList<Wire> &wires)
{
    for (const QString &text : targets) {
        QUrl url(text, QUrl::StrictMode);
        const QString path = url.path();
        if (url.isValid() && url.scheme() == QLatin1String("ws") && !url.host().isEmpty()
            && !path.isEmpty() && path != QLatin1String("/")) {
            if (self.kind != NodeKind::Keyboard || path != kKeyboardChannel) {
                return self.kind == NodeKind::Keyboard
                    ? QStringLiteral("--target %1: a keyboard sends on %2: give "
                                     "ws://HOST:PORT or ws://HOST:PORT%2")
                          .arg(text, kKeyboardChannel)
                    : QStringLiteral("--target %1: a %2 passes each message on on the "
                                     "channel it came in on: give ws://HOST:PORT")
                          .arg(text, kinds::name(self.kind));
            }
            url.setPath(QString());
        }
        const auto target = wire::parseTargetUrl(url.toString());
        if (!target)
            return QStringLiteral("--target %1: expected ws://HOST:PORT").arg(text);
        if (self.port != 0 && target->port == self.port
            && wire::connectHost(self.host) == wire::connectHost(target->host)) {
            return QStringLiteral("--target %1: that is this node").arg(text);
        }
        const QString name = target->host + u':' + QString::number(target->port);
        const auto known = std::find_if(
            nodes.cbegin(), nodes.cend(), [&](const NodeSpec &n) { return n.name == name; });
        if (known != nodes.cend())
            continue; // named twice: one wire
        NodeSpec spec;
        spec.id = NodeId(nodes.size() + 1);
        spec.name = name;
        spec.kind = NodeKind::External;
        spec.host = target->host;
        spec.port = target->port;
        nodes << spec;
        wires.append({ WireId(wires.size() + 1), self.id, spec.id, {}, {} });
    }
    return {};
}

} // namespace

bool isQueueSketch(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const auto kind = kinds::fromName(arguments.at(1));
    return kind
        && (*kind == NodeKind::Keyboard || *kind == NodeKind::Queue || *kind == NodeKind::Worker
            || *kind == NodeKind::Console);
}

NodeCommand parse(const QStringList &arguments)
{
    const NodeKind kind
        = isQueueSketch(arguments) ? *kinds::fromName(arguments.at(1)) : NodeKind::Console;
    const QString sketch = kinds::name(kind);
    const bool server = kinds::hasServer(kind);
    const bool sends = kinds::hasOutput(kind);

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help(
        { QStringLiteral("h"), QStringLiteral("help") }, QStringLiteral("Show this help."));
    QCommandLineOption port({ QStringLiteral("p"), QStringLiteral("port") },
        QStringLiteral("Port to listen on, 0 for any free one (the default; the line "
                       "\"serving on HOST:PORT\" names it)."),
        QStringLiteral("N"), QStringLiteral("0"));
    QCommandLineOption listen(QStringLiteral("listen"),
        QStringLiteral("Address to listen on (default 127.0.0.1; 0.0.0.0 or a LAN address "
                       "opens it to the network: use --token-file)."),
        QStringLiteral("ADDRESS"));
    const QCommandLineOption name(QStringLiteral("name"),
        QStringLiteral("This node's name, the prefix of its lines (default: %1).").arg(sketch),
        QStringLiteral("NAME"));
    const QCommandLineOption target(QStringLiteral("target"),
        kind == NodeKind::Keyboard
            ? QStringLiteral("Send every line to this node (ws://HOST:PORT, or "
                             "ws://HOST:PORT/keyboard); repeatable, at least one.")
            : QStringLiteral("Pass every message on to this node (ws://HOST:PORT); "
                             "repeatable."),
        QStringLiteral("URL"));
    const QCommandLineOption capacity(QStringLiteral("capacity"),
        QStringLiteral("Items the queue holds, 1 to %1 (default 5).").arg(kinds::kMaxQueueCapacity),
        QStringLiteral("N"));
    const QCommandLineOption whenFull(QStringLiteral("when-full"),
        QStringLiteral("What a full queue does with one more item: block (its ack waits until "
                       "there is room; the default), drop-newest or drop-oldest."),
        QStringLiteral("POLICY"));
    const QCommandLineOption serviceMs(QStringLiteral("service-ms"),
        QStringLiteral("Milliseconds the worker takes per message, 0 to 3600000 (default "
                       "1000); with --random, the mean."),
        QStringLiteral("M"));
    const QCommandLineOption random(QStringLiteral("random"),
        QStringLiteral("Random service times: exponential, mean --service-ms."));
    const QCommandLineOption seed(QStringLiteral("seed"),
        QStringLiteral("With --random: seed of the service times, 0 to 4294967295, to repeat "
                       "a run (default: drawn)."),
        QStringLiteral("S"));
    QCommandLineOption allowOrigin(QStringLiteral("allow-origin"),
        QStringLiteral("Let web pages of this origin connect; repeatable."),
        QStringLiteral("ORIGIN"));
    QCommandLineOption registry(QStringLiteral("registry"),
        QStringLiteral("Register this node in the etcd registry at URL (docs/discovery.md)."),
        QStringLiteral("URL"));
    QCommandLineOption advertise(QStringLiteral("advertise"),
        QStringLiteral("With --registry: the host other machines reach this node at."),
        QStringLiteral("HOST"));
    QCommandLineOption ttl(QStringLiteral("ttl"),
        QStringLiteral("With --registry: seconds the registry keeps this node's record after "
                       "its last sign of life (default 5)."),
        QStringLiteral("SECONDS"));
    auto [tokenFile, tlsCert, tlsKey, tlsPin] = credentialOptions();
    // Every sketch knows the options readConnectionOptions() reads; a keyboard refuses those
    // of a server below, and its help leaves them out.
    if (!server) {
        for (QCommandLineOption *option :
            { &port, &listen, &allowOrigin, &tlsCert, &tlsKey, &registry, &advertise, &ttl })
            option->setFlags(QCommandLineOption::HiddenFromHelp);
    }
    parser.addOptions({ help, name, port, listen, allowOrigin, tokenFile, tlsCert, tlsKey, tlsPin,
        registry, advertise, ttl });
    if (sends)
        parser.addOption(target);
    if (kind == NodeKind::Queue)
        parser.addOptions({ capacity, whenFull });
    if (kind == NodeKind::Worker)
        parser.addOptions({ serviceMs, random, seed });

    if (!parser.parse(arguments))
        return failure(exitcode::kUsage, sketch + QStringLiteral(": ") + parser.errorText());
    if (parser.isSet(help)) {
        NodeCommand command;
        command.mode = NodeCommand::Mode::Help;
        command.message = helpText(kind, parser);
        return command;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        return failure(exitcode::kUsage,
            QStringLiteral("%1: unexpected argument %2 (see %1 --help)")
                .arg(sketch, positional.value(1)));
    }

    if (!server) {
        for (const QCommandLineOption *option :
            { &port, &listen, &allowOrigin, &tlsCert, &tlsKey, &registry, &advertise, &ttl }) {
            if (parser.isSet(option->names().constLast())) {
                return failure(exitcode::kUsage,
                    QStringLiteral("--%1: a %2 does not listen (it only sends)")
                        .arg(option->names().constLast(), sketch));
            }
        }
    }

    NodeCommand command;
    command.mode = NodeCommand::Mode::Run;
    if (const QString problem = readConnectionOptions(parser, &command); !problem.isEmpty())
        return failure(exitcode::kUsage, problem);

    NodeSpec self;
    self.id = kSelf;
    self.kind = kind;
    self.name = sketch;
    self.params = kinds::defaultParams(kind);
    if (parser.isSet(name)) {
        if (!isValidNodeName(parser.value(name))) {
            return failure(exitcode::kUsage,
                QStringLiteral("--name %1: use 1 to 64 of A-Z a-z 0-9 _ . -")
                    .arg(parser.value(name)));
        }
        self.name = parser.value(name);
    }
    if (server) {
        bool ok = false;
        const uint number = parser.value(port).toUInt(&ok);
        if (!ok || number > 65535) {
            return failure(exitcode::kUsage,
                QStringLiteral("--port %1: must be from 0 to 65535").arg(parser.value(port)));
        }
        self.port = quint16(number);
        self.host = parser.isSet(listen) ? parser.value(listen) : QStringLiteral("127.0.0.1");
    }

    // Parameters, each as a circuit file's (the message names the option and the range).
    struct Param
    {
        const QCommandLineOption *option;
        const char *key;
    };
    for (const Param &p : { Param { &capacity, "capacity" }, Param { &whenFull, "whenFull" },
             Param { &serviceMs, "serviceMs" }, Param { &seed, "seed" } }) {
        const QString option = p.option->names().constFirst();
        if (!parser.optionNames().contains(option)) // not given (or not this sketch's)
            continue;
        if (const QString problem
            = setParam(self, option, QLatin1String(p.key), parser.value(option));
            !problem.isEmpty()) {
            return failure(exitcode::kUsage, problem);
        }
    }
    if (kind == NodeKind::Worker) {
        if (parser.isSet(seed) && !parser.isSet(random)) {
            return failure(exitcode::kUsage,
                QStringLiteral("--seed needs --random (a fixed service time draws nothing)"));
        }
        if (parser.isSet(random))
            self.params.insert(QStringLiteral("service"), QStringLiteral("random"));
    }

    QList<NodeSpec> nodes { self };
    QList<Wire> wires;
    if (sends) {
        const QStringList targets = parser.values(target);
        if (targets.isEmpty() && kind == NodeKind::Keyboard) {
            return failure(exitcode::kUsage,
                QStringLiteral("keyboard: give the node the lines go to with --target "
                               "ws://HOST:PORT"));
        }
        if (const QString problem = addTargets(targets, self, nodes, wires); !problem.isEmpty())
            return failure(exitcode::kUsage, problem);
    }
    command.circuit.title = sketch;
    command.circuit.nodes = nodes;
    command.circuit.wires = wires;
    if (kind == NodeKind::Keyboard) {
        command.typeInto = kSelf;
        command.untilInputDone = true;
    }
    return command;
}

QString chooseKeyboard(const QString &name, NodeCommand *command)
{
    QStringList keyboards;
    for (const NodeSpec &spec : std::as_const(command->circuit.nodes)) {
        if (spec.kind == NodeKind::Keyboard)
            keyboards << spec.name;
        if (!name.isEmpty() && spec.name == name) {
            if (spec.kind != NodeKind::Keyboard) {
                return QStringLiteral("--type %1: that is %2, not a keyboard")
                    .arg(name, kinds::nameWithArticle(spec.kind));
            }
            command->typeInto = spec.id;
        }
    }
    if (!name.isEmpty() && command->typeInto == 0) {
        return keyboards.isEmpty()
            ? QStringLiteral("--type %1: the circuit has no keyboard").arg(name)
            : QStringLiteral("--type %1: no node of that name (keyboards: %2)")
                  .arg(name, keyboards.join(QStringLiteral(", ")));
    }
    if (name.isEmpty() && keyboards.size() > 1) {
        return QStringLiteral("the circuit has %1 keyboards (%2): say which one standard input "
                              "types into with --type NAME")
            .arg(keyboards.size())
            .arg(keyboards.join(QStringLiteral(", ")));
    }
    if (name.isEmpty() && keyboards.size() == 1) {
        for (const NodeSpec &spec : std::as_const(command->circuit.nodes)) {
            if (spec.kind == NodeKind::Keyboard)
                command->typeInto = spec.id;
        }
    }
    command->untilInputDone = !keyboards.isEmpty();
    return {};
}

} // namespace wb::queuecommand
