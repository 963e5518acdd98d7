#include "cli/ringcommand.h"

#include "net/socketcredentials.h"

#include <QCommandLineParser>

namespace wb::ringcommand {

namespace {

// The longest text a member says (docs/protocol.md, "The ring").
constexpr qsizetype kMaxTextLength = 4096;

RingCommand failure(int code, const QString &message)
{
    RingCommand command;
    command.node.mode = NodeCommand::Mode::Fail;
    command.node.exitCode = code;
    command.node.message = message;
    return command;
}

QString helpText(const QCommandLineParser &parser)
{
    return QStringLiteral(
               "Usage: wirebench-node ring [--port P] [--name N] [--join ws://HOST:PORT | "
               "--registry URL] [options]\n\n"
               "One member of a ring chat (docs/ring.md): it joins the ring through a member "
               "(--join) or through the registry (--registry), or starts a ring of its own. "
               "Every line of standard input is said: it goes round the ring, successor to "
               "successor, until it comes back. Every chat message that passes by, every one "
               "that comes back and what the member notices of its neighbours (suspect, dead, "
               "a new successor) is printed as a line \"[ NAME ] ...\". Ctrl-C (SIGINT) or "
               "SIGTERM leaves the ring: the neighbours are told and close it at once.\n\n")
        + parser.helpText().section(u'\n', 2)
        + QStringLiteral("\nA classroom: one member listens on its LAN address "
                         "(--listen 10.0.0.5 --port 9001), the others --join "
                         "ws://10.0.0.5:9001 (or all use --registry); beyond loopback give "
                         "everyone the same --token-file. docs/ring.md, \"Running a ring\".\n")
        + QStringLiteral("\nExit codes: 0 done (left the ring, or --say came back), 1 bad "
                         "command line, 2 cannot listen, 3 --say did not come back within "
                         "--timeout, 5 name taken in the registry.\n");
}

} // namespace

bool isRing(const QStringList &arguments)
{
    return arguments.size() > 1 && arguments.at(1) == QLatin1String("ring");
}

RingCommand parse(const QStringList &arguments)
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
        QStringLiteral("Address to listen on (default 127.0.0.1). The member's address "
                       "is ws://ADDRESS:PORT: give the LAN address others reach this "
                       "machine at to open it to the network (use --token-file)."),
        QStringLiteral("ADDRESS"));
    const QCommandLineOption name(QStringLiteral("name"),
        QStringLiteral("This member's name, shown in every chat line (default ring-PORT)."),
        QStringLiteral("NAME"));
    const QCommandLineOption key(QStringLiteral("key"),
        QStringLiteral("Place on the ring, 0 to 4294967295 (default: from the SHA-1 of the "
                       "name)."),
        QStringLiteral("K"));
    const QCommandLineOption join(QStringLiteral("join"),
        QStringLiteral("Join the ring through this member; repeatable (each is tried)."),
        QStringLiteral("ws://HOST:PORT"));
    const QCommandLineOption registry(QStringLiteral("registry"),
        QStringLiteral("Register this member in the etcd registry at URL and join the "
                       "ring through the other ring members found there "
                       "(docs/discovery.md)."),
        QStringLiteral("URL"));
    const QCommandLineOption advertise(QStringLiteral("advertise"),
        QStringLiteral("Host that other machines reach this member at: its address "
                       "in the ring (ws://HOST:PORT) and in the registry (default: the "
                       "--listen address; give it with --listen 0.0.0.0)."),
        QStringLiteral("HOST"));
    const QCommandLineOption ttl(QStringLiteral("ttl"),
        QStringLiteral("Seconds the registry keeps this member's record after its last sign "
                       "of life (default 5)."),
        QStringLiteral("SECONDS"));
    const QCommandLineOption successors(QStringLiteral("successors"),
        QStringLiteral("Length of the successor list, 1 to 16 (default 3)."), QStringLiteral("N"));
    const QCommandLineOption heartbeat(QStringLiteral("heartbeat"),
        QStringLiteral("Seconds between pings of the successor (default 0.5)."),
        QStringLiteral("S"));
    const QCommandLineOption suspect(QStringLiteral("suspect"),
        QStringLiteral("Seconds without a pong before the successor is suspect (default "
                       "1.5)."),
        QStringLiteral("S"));
    const QCommandLineOption probeTimeout(QStringLiteral("probe-timeout"),
        QStringLiteral("Seconds an indirect probe waits for its pong (default 1)."),
        QStringLiteral("S"));
    const QCommandLineOption probes(QStringLiteral("probes"),
        QStringLiteral("Members asked to probe a suspect, 0 to 8 (default 3)."),
        QStringLiteral("N"));
    const QCommandLineOption stabilise(QStringLiteral("stabilise"),
        QStringLiteral("Seconds between stabilisations with the successor (default 0.5)."),
        QStringLiteral("S"));
    const QCommandLineOption resendWindow(QStringLiteral("resend-window"),
        QStringLiteral("Seconds back a member resends to a new successor (default 10)."),
        QStringLiteral("S"));
    const QCommandLineOption say(QStringLiteral("say"),
        QStringLiteral("Say TEXT once this member has joined the ring."), QStringLiteral("TEXT"));
    const QCommandLineOption untilDone(QStringLiteral("until-done"),
        QStringLiteral("With --say: exit 0 once TEXT came back round the ring, 3 when it "
                       "did not within --timeout; standard input is not read."));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
        QStringLiteral("With --until-done: seconds from the start, joining included "
                       "(default 10)."),
        QStringLiteral("S"));
    const QCommandLineOption allowOrigin(QStringLiteral("allow-origin"),
        QStringLiteral("Let web pages of this origin connect; repeatable."),
        QStringLiteral("ORIGIN"));
    const auto [tokenFile, tlsCert, tlsKey, tlsPin] = credentialOptions();
    parser.addOptions({ help, port, listen, name, key, join, registry, advertise, ttl, successors,
        heartbeat, suspect, probeTimeout, probes, stabilise, resendWindow, say, untilDone, timeout,
        tokenFile, allowOrigin, tlsCert, tlsKey, tlsPin });

    if (!parser.parse(arguments))
        return failure(exitcode::kUsage, QStringLiteral("ring: ") + parser.errorText());
    if (parser.isSet(help)) {
        RingCommand command;
        command.node.mode = NodeCommand::Mode::Help;
        command.node.message = helpText(parser);
        return command;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 || positional.first() != QLatin1String("ring")) {
        return failure(exitcode::kUsage,
            QStringLiteral("ring: unexpected argument %1 (see ring --help)")
                .arg(positional.value(1, positional.value(0))));
    }

    RingCommand command;
    command.node.mode = NodeCommand::Mode::Run;
    if (const QString problem = readConnectionOptions(parser, &command.node, true);
        !problem.isEmpty())
        return failure(exitcode::kUsage, problem);
    if (parser.isSet(join) && parser.isSet(registry)) {
        return failure(exitcode::kUsage,
            QStringLiteral("--join and --registry: give one (the registry finds the members "
                           "to join through)"));
    }

    bool portOk = false;
    const uint portNumber = parser.value(port).toUInt(&portOk);
    if (!portOk || portNumber > 65535) {
        return failure(exitcode::kUsage,
            QStringLiteral("--port %1: must be from 0 to 65535").arg(parser.value(port)));
    }
    NodeSpec self;
    self.id = 1;
    self.kind = NodeKind::Ring;
    self.host = parser.isSet(listen) ? parser.value(listen) : QStringLiteral("127.0.0.1");
    self.port = quint16(portNumber);
    self.name
        = portNumber == 0 ? QStringLiteral("ring") : QStringLiteral("ring-%1").arg(portNumber);
    if (parser.isSet(name)) {
        if (!isValidNodeName(parser.value(name))) {
            return failure(exitcode::kUsage,
                QStringLiteral("--name %1: use 1 to 64 of A-Z a-z 0-9 _ . -")
                    .arg(parser.value(name)));
        }
        self.name = parser.value(name);
    }
    self.params = kinds::defaultParams(NodeKind::Ring);
    for (const ParamOption &option : kParamOptions) {
        const QString optionName = QLatin1String(option.option);
        if (!parser.isSet(optionName))
            continue;
        const QString text = parser.value(optionName);
        QVariant value(text);
        if (const QString problem
            = kinds::validateParam(NodeKind::Ring, QLatin1String(option.param), value);
            !problem.isEmpty()) {
            return failure(
                exitcode::kUsage, QStringLiteral("--%1 %2: %3").arg(optionName, text, problem));
        }
        self.params.insert(QLatin1String(option.param), value);
    }
    if (parser.isSet(join)) {
        QVariant value(parser.values(join).join(u','));
        if (const QString problem
            = kinds::validateParam(NodeKind::Ring, QStringLiteral("join"), value);
            !problem.isEmpty()) {
            return failure(exitcode::kUsage, QStringLiteral("--join: %1").arg(problem));
        }
        self.params.insert(QStringLiteral("join"), value);
    }

    if (parser.isSet(say)) {
        command.say = parser.value(say);
        if (command.say.trimmed().isEmpty())
            return failure(exitcode::kUsage, QStringLiteral("--say: give a text to say"));
        if (command.say.size() > kMaxTextLength) {
            return failure(exitcode::kUsage,
                QStringLiteral("--say: at most %1 characters, not %2")
                    .arg(kMaxTextLength)
                    .arg(command.say.size()));
        }
    }
    command.untilDone = parser.isSet(untilDone);
    if (command.untilDone && command.say.isEmpty())
        return failure(exitcode::kUsage, QStringLiteral("--until-done needs --say TEXT"));
    if (parser.isSet(timeout)) {
        if (!command.untilDone)
            return failure(exitcode::kUsage, QStringLiteral("--timeout needs --until-done"));
        bool ok = false;
        const double seconds = parser.value(timeout).toDouble(&ok);
        if (!ok || !(seconds >= 0.1 && seconds <= 86400)) {
            return failure(exitcode::kUsage,
                QStringLiteral("--timeout %1: must be a number of seconds from 0.1 to 86400")
                    .arg(parser.value(timeout)));
        }
        command.timeoutMs = int(seconds * 1000);
    }

    command.node.circuit.title = QStringLiteral("ring");
    command.node.circuit.nodes = { self };
    return command;
}

} // namespace wb::ringcommand
