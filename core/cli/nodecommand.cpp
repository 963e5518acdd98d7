#include "cli/nodecommand.h"

#include "cli/deliveryoptions.h"
#include "cli/queuecommand.h"
#include "cli/scriptcommand.h"
#include "discovery/registryclient.h"
#include "net/socketcredentials.h"
#include "net/socketpolicy.h"
#include "net/wireprotocol.h"
#include "recording/recordingfile.h"

#include <QCommandLineParser>
#include <QHash>

namespace wb {

namespace {

NodeCommand failure(int code, const QString &message)
{
    NodeCommand command;
    command.mode = NodeCommand::Mode::Fail;
    command.exitCode = code;
    command.message = message;
    return command;
}

// Sets a parameter from an option, checked like a circuit file's; returns an error or empty.
QString applyParam(NodeSpec &spec, const QString &key, const QString &text)
{
    QVariant value = key == QLatin1String("sound") ? QVariant(text) : QVariant(text.toDouble());
    bool numeric = true;
    if (key != QLatin1String("sound"))
        text.toDouble(&numeric);
    QString problem = numeric ? kinds::validateParam(spec.kind, key, value)
                              : QStringLiteral("must be a number");
    if (!problem.isEmpty())
        return QStringLiteral("--%1 %2: %3").arg(key, text, problem);
    spec.params.insert(key, value);
    return {};
}

// Adds (or finds) a node for a target given by name (looked up in the grid) or by ws:// URL.
// With a registry, a name the grid does not know is an external node without an address yet:
// the registry's record of that name gives it one.
NodeId addTarget(QList<NodeSpec> &nodes, const QList<NodeSpec> &grid, const QString &target,
    bool registry, QString *error)
{
    QString host;
    quint16 port = 0;
    QString name;
    if (const auto url = wire::parseTargetUrl(target)) {
        host = url->host;
        port = url->port;
        for (const NodeSpec &g : grid) {
            if (kinds::hasServer(g.kind) && g.port == port && wire::connectHost(g.host) == host)
                name = g.name;
        }
        if (name.isEmpty())
            name = host + u':' + QString::number(port);
    } else if (target.startsWith(QLatin1String("ws:")) || target.contains(u'/')) {
        *error = QStringLiteral("--target %1: expected a node name or ws://HOST:PORT").arg(target);
        return 0;
    } else {
        const auto it = std::find_if(
            grid.begin(), grid.end(), [&](const NodeSpec &g) { return g.name == target; });
        if (it == grid.end() && registry) {
            if (!isValidNodeName(target)) {
                *error = QStringLiteral("--target %1: not a node name").arg(target);
                return 0;
            }
            name = target;
        } else if (it == grid.end()) {
            QStringList names;
            for (const NodeSpec &g : grid)
                names << g.name;
            *error = QStringLiteral("--target %1: no node of that name in the mesh (%2)")
                         .arg(target, names.join(QStringLiteral(", ")));
            return 0;
        } else if (!kinds::acceptsInput(it->kind)) {
            *error = QStringLiteral("--target %1: a %2 receives nothing")
                         .arg(target, kinds::name(it->kind));
            return 0;
        } else {
            name = it->name;
            host = it->host;
            port = it->port;
        }
    }
    for (const NodeSpec &n : nodes) {
        if (n.name == name)
            return n.id;
    }
    NodeSpec spec;
    spec.id = NodeId(nodes.size() + 1);
    spec.name = name;
    spec.kind = NodeKind::External;
    if (!host.isEmpty()) // a registry name has no address yet: port 0 says so
        spec.host = host;
    spec.port = port;
    nodes << spec;
    return spec.id;
}

QString helpText(const QCommandLineParser &parser)
{
    return QStringLiteral(
               "Usage: wirebench-node SKETCH [options]\n"
               "       wirebench-node run [CIRCUIT] [--type KEYBOARD] [options]\n"
               "       wirebench-node keyboard|queue|worker|console [options] (SKETCH --help)\n"
               "       wirebench-node mesh [--registry URL | --mesh FILE] [--watch]\n"
               "       wirebench-node ring [--port P] [--join ws://HOST:PORT | --registry URL]\n"
               "       wirebench-node chart RECORDING [--format plantuml|mermaid|svg]\n"
               "       wirebench-node lesson FOLDER [--seconds N] [--speed X] [--seed N]\n"
               "       wirebench-node export-python CIRCUIT NODE [-o FILE]\n\n"
               "A headless Wirebench node, wire-compatible with the seed's Python nodes.\n\n"
               "Sketches:\n"
               "  clock    sends ticks 0..tacks-1 to its target (ws://SOCKET:PORT by default)\n"
               "  iopin    serves on LISTEN:PORT; streams random bits to its targets\n"
               "           (the mesh's \"buzzer\" by default)\n"
               "  buzzer   serves on LISTEN:PORT; acks its sound for 1, ... otherwise\n"
               "  led      serves on LISTEN:PORT; acks on for 1, off otherwise\n"
               "  proxy    serves on LISTEN:PORT; relays every message to its --target (at\n"
               "           least one) and the target's ack back, through the delivery gate\n"
               "  keyboard sends every line of standard input to its --target, stop-and-wait\n"
               "  queue    serves on LISTEN:PORT; a bounded FIFO (--capacity, --when-full)\n"
               "           that delivers to its targets one item at a time\n"
               "  worker   serves on LISTEN:PORT; takes --service-ms per message, passes it on\n"
               "  console  serves on LISTEN:PORT; prints every line it receives\n"
               "           (keyboard, queue, worker, console: SKETCH --help, docs/queues.md)\n"
               "  script   serves on LISTEN:PORT; runs FILE.js, a JavaScript sketch\n"
               "           (script FILE.js --help, docs/scripts.md)\n"
               "  run      runs every local node of a circuit file (the seed circuit when none);\n"
               "           standard input types into its keyboard (--type NAME)\n"
               "  ring     one member of a ring chat: says every line of its input round the\n"
               "           ring, prints what passes by (ring --help, docs/ring.md)\n"
               "  mesh     prints the mesh (name, kind, host:port, state) of a registry or a\n"
               "           circuit file; with --watch, every change as it happens\n"
               "  chart    prints a recording's message sequence chart as PlantUML, Mermaid\n"
               "           or SVG (chart --help, docs/chart.md)\n"
               "  lesson   runs a lesson's circuit and prints each of its checks as passed or\n"
               "           failed (lesson --help, docs/lessons.md)\n"
               "  export-python  writes a node of a circuit as a seed-style Python sketch\n"
               "           that runs in its place (docs/python-export.md)\n\n")
        + parser.helpText().section(u'\n', 2)
        + QStringLiteral("\nServers listen on 127.0.0.1 unless told otherwise (--listen). Beyond "
                         "loopback, --token-file (or WIREBENCH_TOKEN) makes every client send "
                         "the token (Authorization: Bearer TOKEN, or ?token=TOKEN); this "
                         "process's own connections send it too. docs/security.md.\n")
        + QStringLiteral(
            "\nMessages are in English; --lang de|fr|es (or WIREBENCH_LANG) translates "
            "those about circuit and lesson files (docs/translations.md).\n")
        + QStringLiteral(
            "\nExit codes: 0 done, 1 bad command line, 2 cannot listen, "
            "3 ticks or lines not acknowledged, 4 bad circuit file, 5 name taken in the "
            "registry, 6 registry unreachable (mesh), 7 recording not saved, "
            "8 recording not read or chart not written (chart).\n");
}

} // namespace

QString readConnectionOptions(
    const QCommandLineParser &parser, NodeCommand *command, bool advertiseAlone)
{
    const auto [tokenFile, tlsCert, tlsKey, tlsPin] = credentialOptions();
    if (QString problem = readToken(parser.value(tokenFile), &command->token); !problem.isEmpty())
        return problem;
    command->allowedOrigins = parser.values(QStringLiteral("allow-origin"));
    if (QString problem = readTlsFiles(parser.value(tlsCert), parser.value(tlsKey),
            &command->certificate, &command->privateKey);
        !problem.isEmpty()) {
        return problem;
    }
    if (parser.isSet(tlsPin)) {
        if (QString problem = readTlsPin(parser.value(tlsPin), &command->pinnedSha256);
            !problem.isEmpty()) {
            return problem;
        }
    }
    const QString listen = QStringLiteral("listen");
    if (parser.isSet(listen) && !wire::listenAddress(parser.value(listen))) {
        return QStringLiteral("--listen %1: give an IP address, localhost, 0.0.0.0 or ::")
            .arg(parser.value(listen));
    }
    const QString registry = QStringLiteral("registry");
    if (parser.isSet(registry)) {
        QString why;
        const auto url = RegistryClient::parseEndpoint(parser.value(registry), &why);
        if (!url)
            return QStringLiteral("--registry %1: %2").arg(parser.value(registry), why);
        command->registry = url->toString();
    }
    const QString advertise = QStringLiteral("advertise");
    const QString ttl = QStringLiteral("ttl");
    for (const QString &option : { advertise, ttl }) {
        if (parser.isSet(option) && command->registry.isEmpty()
            && !(advertiseAlone && option == advertise))
            return QStringLiteral("--%1 needs --registry").arg(option);
    }
    if (parser.isSet(advertise)) {
        QUrl check;
        check.setHost(parser.value(advertise), QUrl::StrictMode);
        if (parser.value(advertise).isEmpty() || !check.isValid() || check.host().isEmpty())
            return QStringLiteral("--advertise %1: not a host name or address")
                .arg(parser.value(advertise));
        command->advertise = parser.value(advertise);
    }
    if (parser.isSet(ttl)) {
        bool ok = false;
        command->ttlSeconds = parser.value(ttl).toInt(&ok);
        if (!ok || command->ttlSeconds < 2 || command->ttlSeconds > 3600)
            return QStringLiteral("--ttl %1: must be a whole number of seconds from 2 to 3600")
                .arg(parser.value(ttl));
    }
    return {};
}

NodeCommand parseNodeCommand(const QStringList &arguments)
{
    // The queue seed's sketches take options of their own.
    if (queuecommand::isQueueSketch(arguments))
        return queuecommand::parse(arguments);
    if (scriptcommand::isScriptSketch(arguments))
        return scriptcommand::parse(arguments);
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help(
        { QStringLiteral("h"), QStringLiteral("help") }, QStringLiteral("Show this help."));
    const QCommandLineOption version(
        { QStringLiteral("v"), QStringLiteral("version") }, QStringLiteral("Show the version."));
    const QCommandLineOption socket({ QStringLiteral("s"), QStringLiteral("socket") },
        QStringLiteral("The clock's target host; for a server "
                       "sketch the same as --listen (default "
                       "127.0.0.1)."),
        QStringLiteral("HOST"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption listen(QStringLiteral("listen"),
        QStringLiteral("Address the server sketch, or every server "
                       "node of run, listens on (default 127.0.0.1; "
                       "0.0.0.0 or a LAN address opens it to the "
                       "network: use --token-file)."),
        QStringLiteral("ADDRESS"));
    const QCommandLineOption port({ QStringLiteral("p"), QStringLiteral("port") },
        QStringLiteral("Port to serve on, 0 for any free one (the log "
                       "names it), or the clock's target port "
                       "(default 8765)."),
        QStringLiteral("N"), QStringLiteral("8765"));
    const QCommandLineOption allowOrigin(QStringLiteral("allow-origin"),
        QStringLiteral("Let web pages of this origin (e.g. "
                       "http://localhost:3000) connect; "
                       "browsers are refused otherwise. "
                       "Repeatable."),
        QStringLiteral("ORIGIN"));
    const QCommandLineOption tacks({ QStringLiteral("t"), QStringLiteral("tacks") },
        QStringLiteral("Clock ticks, -1 for ever (default 5)."), QStringLiteral("N"));
    const QCommandLineOption delay({ QStringLiteral("d"), QStringLiteral("delay") },
        QStringLiteral("Seconds between ticks (default 1)."), QStringLiteral("SECONDS"));
    const QCommandLineOption chance(QStringLiteral("chance"),
        QStringLiteral("Probability of a 0 bit (default 0.6)."), QStringLiteral("P"));
    const QCommandLineOption sequence(QStringLiteral("sequence"),
        QStringLiteral("Bits per tick (default 3)."), QStringLiteral("N"));
    const QCommandLineOption sound(QStringLiteral("sound"),
        QStringLiteral("The buzzer's sound (default \"buzz buzz buzz\")."), QStringLiteral("TEXT"));
    const QCommandLineOption seed(QStringLiteral("seed"),
        QStringLiteral("Seed of the run, to repeat it: the pins' random "
                       "bits and every fault decision."),
        QStringLiteral("N"));
    const QCommandLineOption target(QStringLiteral("target"),
        QStringLiteral("Send to this node (a mesh name or "
                       "ws://HOST:PORT); repeatable."),
        QStringLiteral("NAME|URL"));
    const QCommandLineOption mesh(QStringLiteral("mesh"),
        QStringLiteral("Circuit file used as the grid that resolves "
                       "target names (default: the seed circuit)."),
        QStringLiteral("FILE"));
    const QCommandLineOption name(QStringLiteral("name"),
        QStringLiteral("This node's name (default: the sketch)."), QStringLiteral("NAME"));
    const QCommandLineOption record(QStringLiteral("record"),
        QStringLiteral("When the run ends, save every event of it to "
                       "FILE: .vcd (the signals) or .csv (every "
                       "message, docs/recording.md)."),
        QStringLiteral("FILE"));
    const QCommandLineOption untilDone(QStringLiteral("until-done"),
        QStringLiteral("run: exit once every finite clock's ticks "
                       "are acknowledged."));
    const QCommandLineOption registry(QStringLiteral("registry"),
        QStringLiteral("Register this node's servers in the etcd "
                       "registry at URL, and resolve --target "
                       "names there (docs/discovery.md)."),
        QStringLiteral("URL"));
    const QCommandLineOption advertise(QStringLiteral("advertise"),
        QStringLiteral("Host that other machines reach this node "
                       "at (default: the --socket host; "
                       "127.0.0.1 is reachable from this machine "
                       "only)."),
        QStringLiteral("HOST"));
    const QCommandLineOption ttl(QStringLiteral("ttl"),
        QStringLiteral("Seconds the registry keeps this node's record "
                       "after its last sign of life (default 5)."),
        QStringLiteral("SECONDS"));
    const QCommandLineOption watch(
        QStringLiteral("watch"), QStringLiteral("mesh: print every change until interrupted."));
    const QCommandLineOption type(QStringLiteral("type"),
        QStringLiteral("run: the keyboard that standard input types into (default: the "
                       "circuit's only keyboard)."),
        QStringLiteral("NAME"));
    const auto [tokenFile, tlsCert, tlsKey, tlsPin] = credentialOptions();
    parser.addOptions(deliveryoptions::options());
    parser.addOptions({ help, version, socket, listen, port, tokenFile, allowOrigin, tlsCert,
        tlsKey, tlsPin, tacks, delay, chance, sequence, sound, seed, target, mesh, name, untilDone,
        record, registry, advertise, ttl, watch, type });
    parser.addPositionalArgument(QStringLiteral("SKETCH"),
        QStringLiteral("clock, iopin, buzzer, led, proxy, keyboard, queue, worker, console, "
                       "run or mesh."));

    if (!parser.parse(arguments))
        return failure(exitcode::kUsage, parser.errorText());
    if (parser.isSet(help)) {
        NodeCommand command;
        command.mode = NodeCommand::Mode::Help;
        command.message = helpText(parser);
        return command;
    }
    if (parser.isSet(version)) {
        NodeCommand command;
        command.mode = NodeCommand::Mode::Version;
        command.message = QStringLiteral("wirebench-node " WIREBENCH_VERSION);
        return command;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return failure(exitcode::kUsage, QStringLiteral("missing SKETCH (see --help)"));
    const QString sketch = positional.first();
    for (const QString &option :
        { QStringLiteral("record"), QStringLiteral("fault"), QStringLiteral("speed") }) {
        if (parser.isSet(option) && sketch == QLatin1String("mesh")) {
            return failure(exitcode::kUsage,
                QStringLiteral("--%1: only for run and the sketches").arg(option));
        }
    }
    if (parser.isSet(record) && !recordingfile::formatFor(parser.value(record))) {
        return failure(exitcode::kUsage,
            QStringLiteral("--record %1: the file name must end in "
                           ".vcd or .csv")
                .arg(parser.value(record)));
    }

    NodeCommand command;
    command.mode = NodeCommand::Mode::Run;
    command.recordPath = parser.value(record);
    if (const QString problem = readConnectionOptions(parser, &command); !problem.isEmpty())
        return failure(exitcode::kUsage, problem);
    if (parser.isSet(listen) && sketch == QLatin1String("mesh"))
        return failure(exitcode::kUsage, QStringLiteral("--listen: mesh does not listen"));
    if (parser.isSet(name) && !isValidNodeName(parser.value(name)))
        return failure(exitcode::kUsage,
            QStringLiteral("--name %1: use 1 to 64 of A-Z a-z 0-9 _ . -").arg(parser.value(name)));
    if (parser.isSet(watch) && sketch != QLatin1String("mesh"))
        return failure(exitcode::kUsage, QStringLiteral("--watch: only for mesh"));
    if (parser.isSet(type) && sketch != QLatin1String("run"))
        return failure(exitcode::kUsage, QStringLiteral("--type: only for run"));

    if (sketch == QLatin1String("mesh")) {
        if (positional.size() > 1)
            return failure(
                exitcode::kUsage, QStringLiteral("unexpected argument: ") + positional.at(1));
        if (parser.isSet(mesh) && parser.isSet(registry))
            return failure(
                exitcode::kUsage, QStringLiteral("mesh: --registry or --mesh, not both"));
        command.mode = NodeCommand::Mode::Mesh;
        command.watch = parser.isSet(watch);
        if (command.registry.isEmpty()) {
            const auto loaded = circuitformat::load(
                parser.isSet(mesh) ? parser.value(mesh) : circuitformat::seedCircuitPath());
            if (!loaded.ok())
                return failure(exitcode::kCircuit, loaded.error);
            command.circuit = loaded.document;
        }
        return command;
    }

    // Options every clock and pin takes, in a sketch or a whole circuit.
    const auto applyOverrides = [&](NodeSpec &spec) -> QString {
        QString problem;
        if (spec.kind == NodeKind::Clock) {
            if (parser.isSet(tacks)
                && (problem = applyParam(spec, QStringLiteral("tacks"), parser.value(tacks)))
                       .size())
                return problem;
            if (parser.isSet(delay)
                && (problem = applyParam(spec, QStringLiteral("delay"), parser.value(delay)))
                       .size())
                return problem;
        }
        if (spec.kind == NodeKind::IoPin) {
            if (parser.isSet(seed)
                && (problem = applyParam(spec, QStringLiteral("seed"), parser.value(seed))).size())
                return problem;
            if (parser.isSet(chance)
                && (problem = applyParam(spec, QStringLiteral("chance"), parser.value(chance)))
                       .size())
                return problem;
            if (parser.isSet(sequence)
                && (problem = applyParam(spec, QStringLiteral("sequence"), parser.value(sequence)))
                       .size())
                return problem;
        }
        if (spec.kind == NodeKind::Buzzer && parser.isSet(sound))
            return applyParam(spec, QStringLiteral("sound"), parser.value(sound));
        return {};
    };

    if (sketch == QLatin1String("run")) {
        if (positional.size() > 2)
            return failure(exitcode::kUsage, QStringLiteral("run takes one circuit file"));
        const QString path
            = positional.size() == 2 ? positional.at(1) : circuitformat::seedCircuitPath();
        const auto loaded = circuitformat::load(path);
        if (!loaded.ok())
            return failure(exitcode::kCircuit, loaded.error);
        command.circuit = loaded.document;
        for (NodeSpec &spec : command.circuit.nodes) {
            if (const QString problem = applyOverrides(spec); !problem.isEmpty())
                return failure(exitcode::kUsage, problem);
            if (parser.isSet(listen) && kinds::isLocal(spec.kind) && kinds::hasServer(spec.kind))
                spec.host = parser.value(listen);
        }
        command.untilDone = parser.isSet(untilDone);
        if (const QString problem = queuecommand::chooseKeyboard(parser.value(type), &command);
            !problem.isEmpty())
            return failure(exitcode::kUsage, problem);
        if (const QString problem = deliveryoptions::apply(parser, &command); !problem.isEmpty())
            return failure(exitcode::kUsage, problem);
        return command;
    }

    const auto kind = kinds::fromName(sketch);
    if (kind == NodeKind::Ring) {
        return failure(exitcode::kUsage,
            QStringLiteral("ring takes its own options: wirebench-node ring [options] "
                           "(ring first; ring --help)"));
    }
    if (!kind || *kind == NodeKind::External) {
        return failure(exitcode::kUsage,
            QStringLiteral("unknown sketch, please choose clock, iopin, buzzer, led, "
                           "proxy, keyboard, queue, worker or console"));
    }
    if (positional.size() > 1)
        return failure(
            exitcode::kUsage, QStringLiteral("unexpected argument: ") + positional.at(1));

    QList<NodeSpec> grid;
    // With a registry and no --mesh, the registry is the grid.
    if (parser.isSet(mesh) || command.registry.isEmpty()) {
        const auto loaded = circuitformat::load(
            parser.isSet(mesh) ? parser.value(mesh) : circuitformat::seedCircuitPath());
        if (!loaded.ok())
            return failure(exitcode::kCircuit, loaded.error);
        grid = loaded.document.nodes;
    }
    bool portOk = false;
    const uint portNumber = parser.value(port).toUInt(&portOk);
    // A server may take any free port (0); a clock must name its target's.
    const uint lowest = *kind == NodeKind::Clock ? 1 : 0;
    if (!portOk || portNumber < lowest || portNumber > 65535)
        return failure(exitcode::kUsage,
            QStringLiteral("--port %1: must be from %2 to 65535")
                .arg(parser.value(port))
                .arg(lowest));
    if (parser.isSet(listen) && *kind == NodeKind::Clock)
        return failure(exitcode::kUsage,
            QStringLiteral("--listen: a clock does not listen "
                           "(--socket names its target)"));
    if (parser.isSet(listen) && parser.isSet(socket)
        && parser.value(listen) != parser.value(socket)) {
        return failure(
            exitcode::kUsage, QStringLiteral("--listen and --socket name two addresses: give one"));
    }

    NodeSpec self;
    self.id = 1;
    self.kind = *kind;
    self.name = parser.isSet(name) ? parser.value(name) : kinds::name(*kind);
    self.params = kinds::defaultParams(*kind);
    if (*kind != NodeKind::Clock) {
        self.host = parser.isSet(listen) ? parser.value(listen) : parser.value(socket);
        self.port = quint16(portNumber);
    }
    if (const QString problem = applyOverrides(self); !problem.isEmpty())
        return failure(exitcode::kUsage, problem);
    QList<NodeSpec> nodes { self };
    QList<Wire> wires;

    QStringList targets = parser.values(target);
    if (!targets.isEmpty() && !kinds::hasOutput(*kind))
        return failure(
            exitcode::kUsage, QStringLiteral("--target: a %1 sends nothing").arg(sketch));
    if (targets.isEmpty() && *kind == NodeKind::Clock) {
        // As in the seed, the clock's --socket/--port name its target.
        QString host = parser.value(socket);
        if (host.contains(u':'))
            host = u'[' + host + u']';
        targets << QStringLiteral("ws://%1:%2").arg(host).arg(portNumber);
    }
    if (targets.isEmpty() && *kind == NodeKind::IoPin)
        targets << QStringLiteral("buzzer");
    // A proxy stands between two nodes: without a target it would answer every message with
    // an error, so say so now rather than on the first message.
    if (targets.isEmpty() && *kind == NodeKind::Proxy)
        return failure(exitcode::kUsage,
            QStringLiteral("proxy: give the node to relay to with "
                           "--target NAME|ws://HOST:PORT"));
    for (const QString &t : std::as_const(targets)) {
        QString error;
        const NodeId id = addTarget(nodes, grid, t, !command.registry.isEmpty(), &error);
        if (id == 0)
            return failure(exitcode::kUsage, error);
        if (id == self.id)
            return failure(
                exitcode::kUsage, QStringLiteral("--target %1: that is this node").arg(t));
        if (std::none_of(wires.cbegin(), wires.cend(), [id](const Wire &w) { return w.to == id; }))
            wires.append({ WireId(wires.size() + 1), self.id, id, {}, {} });
    }
    command.circuit.title = sketch;
    command.circuit.nodes = nodes;
    command.circuit.wires = wires;
    command.exitWhenClockDone = *kind == NodeKind::Clock;
    if (const QString problem = deliveryoptions::apply(parser, &command); !problem.isEmpty())
        return failure(exitcode::kUsage, problem);
    return command;
}

} // namespace wb
