// wirebench-node ring's command line, parsed into its one-node circuit: every rule,
// data-driven; and the ring example circuit, read as the workbench reads it.
#include "cli/ringcommand.h"
#include "document/circuitformat.h"

#include <QTest>

using wb::NodeCommand;
using wb::RingCommand;

namespace {

// "name host:port {params} say=TEXT until-done timeout=MS" for a command that runs.
QString describe(const RingCommand &command)
{
    const wb::NodeSpec &spec = command.node.circuit.nodes.constFirst();
    QStringList params;
    for (auto it = spec.params.cbegin(); it != spec.params.cend(); ++it)
        params << it.key() + u'=' + it.value().toString();
    QString line = spec.name + u' ' + wb::kinds::name(spec.kind) + u' ' + spec.host + u':'
        + QString::number(spec.port) + QStringLiteral(" {") + params.join(u',') + u'}';
    if (!command.say.isEmpty())
        line += QStringLiteral(" say=") + command.say;
    if (command.untilDone)
        line += QStringLiteral(" until-done timeout=%1").arg(command.timeoutMs);
    if (!command.node.registry.isEmpty())
        line += QStringLiteral(" registry=") + command.node.registry;
    if (!command.node.advertise.isEmpty())
        line += QStringLiteral(" advertise=") + command.node.advertise;
    return line;
}

const QString kDefaults = QStringLiteral("heartbeat=0.5,probeTimeout=1,probes=3,resendWindow=10,"
                                         "stabilise=0.5,successors=3,suspect=1.5");

} // namespace

class TestRingCommandLine final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isRing()
    {
        QVERIFY(
            wb::ringcommand::isRing({ QStringLiteral("wirebench-node"), QStringLiteral("ring") }));
        QVERIFY(
            !wb::ringcommand::isRing({ QStringLiteral("wirebench-node"), QStringLiteral("run") }));
        QVERIFY(!wb::ringcommand::isRing({ QStringLiteral("wirebench-node") }));
        // Anywhere else, the node's own command line says where ring goes.
        const NodeCommand other = wb::parseNodeCommand({ QStringLiteral("wirebench-node"),
            QStringLiteral("-p"), QStringLiteral("9"), QStringLiteral("ring") });
        QCOMPARE(other.mode, NodeCommand::Mode::Fail);
        QVERIFY2(other.message.contains(QStringLiteral("ring --help")), qPrintable(other.message));
    }

    void parse_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode"); // -1: runs
        QTest::addColumn<QString>("expected"); // the member when it runs, else the message

        const auto row
            = [](const char *name, const QStringList &args, int code, const QString &expected) {
                  QTest::newRow(name) << args << code << expected;
              };
        using L = QStringList;
        row("defaults", L {}, -1, QStringLiteral("ring ring 127.0.0.1:0 {%1}").arg(kDefaults));
        row("port names it", L { "--port", "9001" }, -1,
            QStringLiteral("ring-9001 ring 127.0.0.1:9001 {%1}").arg(kDefaults));
        row("-p --name --listen", L { "-p", "9002", "--name", "bob", "--listen", "0.0.0.0" }, -1,
            QStringLiteral("bob ring 0.0.0.0:9002 {%1}").arg(kDefaults));
        row("every timing",
            L { "--name", "x", "--key", "4294967295", "--successors", "5", "--heartbeat", "0.2",
                "--suspect", "0.6", "--probe-timeout", "0.4", "--probes", "2", "--stabilise",
                "0.25", "--resend-window", "3" },
            -1,
            QStringLiteral("x ring 127.0.0.1:0 {heartbeat=0.2,key=4294967295,probeTimeout=0.4,"
                           "probes=2,resendWindow=3,stabilise=0.25,successors=5,suspect=0.6}"));
        row("join, repeated",
            L { "--name", "x", "--join", "ws://127.0.0.1:9001", "--join", "ws://10.0.0.5:9002" },
            -1,
            QStringLiteral("x ring 127.0.0.1:0 {heartbeat=0.5,join=ws://127.0.0.1:9001,"
                           "ws://10.0.0.5:9002,probeTimeout=1,probes=3,resendWindow=10,"
                           "stabilise=0.5,successors=3,suspect=1.5}"));
        row("say until done", L { "--name", "x", "--say", "hello ring", "--until-done" }, -1,
            QStringLiteral("x ring 127.0.0.1:0 {%1} say=hello ring until-done timeout=10000")
                .arg(kDefaults));
        row("say with timeout",
            L { "--name", "x", "--say", "hi", "--until-done", "--timeout", "2.5" }, -1,
            QStringLiteral("x ring 127.0.0.1:0 {%1} say=hi until-done timeout=2500")
                .arg(kDefaults));
        row("say and stay", L { "--name", "x", "--say", "hi" }, -1,
            QStringLiteral("x ring 127.0.0.1:0 {%1} say=hi").arg(kDefaults));
        row("listen everywhere, advertise",
            L { "--name", "x", "--listen", "0.0.0.0", "--advertise", "10.0.0.5" }, -1,
            QStringLiteral("x ring 0.0.0.0:0 {%1} advertise=10.0.0.5").arg(kDefaults));
        row("registry", L { "--name", "x", "--registry", "http://127.0.0.1:2379" }, -1,
            QStringLiteral("x ring 127.0.0.1:0 {%1} registry=http://127.0.0.1:2379")
                .arg(kDefaults));

        // Errors: what and where.
        row("bad port", L { "--port", "70000" }, 1,
            QStringLiteral("--port 70000: must be from 0 to 65535"));
        row("bad name", L { "--name", "a b" }, 1,
            QStringLiteral("--name a b: use 1 to 64 of A-Z a-z 0-9 _ . -"));
        row("key too large", L { "--key", "4294967296" }, 1,
            QStringLiteral("--key 4294967296: must be between 0 and 4294967295"));
        row("key not a number", L { "--key", "north" }, 1,
            QStringLiteral("--key north: must be a whole number"));
        row("heartbeat zero", L { "--heartbeat", "0" }, 1,
            QStringLiteral("--heartbeat 0: must be between 0.01 and 3600"));
        row("successors 17", L { "--successors", "17" }, 1,
            QStringLiteral("--successors 17: must be between 1 and 16"));
        row("probes 9", L { "--probes", "9" }, 1,
            QStringLiteral("--probes 9: must be between 0 and 8"));
        row("join not an address", L { "--join", "10.0.0.5:9001" }, 1,
            QStringLiteral("--join: 10.0.0.5:9001 is not ws://HOST:PORT"));
        row("join and registry",
            L { "--join", "ws://127.0.0.1:9001", "--registry", "http://127.0.0.1:2379" }, 1,
            QStringLiteral("--join and --registry: give one (the registry finds the members to "
                           "join through)"));
        row("bad registry", L { "--registry", "etcd" }, 1, QStringLiteral("--registry etcd:"));
        row("ttl without registry", L { "--ttl", "3" }, 1,
            QStringLiteral("--ttl needs --registry"));
        row("bad listen", L { "--listen", "nowhere" }, 1,
            QStringLiteral("--listen nowhere: give an IP address, localhost, 0.0.0.0 or ::"));
        row("until-done without say", L { "--until-done" }, 1,
            QStringLiteral("--until-done needs --say TEXT"));
        row("empty say", L { "--say", "  " }, 1, QStringLiteral("--say: give a text to say"));
        row("say too long", L { "--say", QString(4097, u'x') }, 1,
            QStringLiteral("--say: at most 4096 characters, not 4097"));
        row("timeout without until-done", L { "--say", "x", "--timeout", "3" }, 1,
            QStringLiteral("--timeout needs --until-done"));
        row("timeout zero", L { "--say", "x", "--until-done", "--timeout", "0" }, 1,
            QStringLiteral("--timeout 0: must be a number of seconds from 0.1 to 86400"));
        row("unknown option", L { "--tacks", "3" }, 1,
            QStringLiteral("ring: Unknown option 'tacks'."));
        row("extra argument", L { "alice" }, 1,
            QStringLiteral("ring: unexpected argument alice (see ring --help)"));
    }

    void parse()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, expected);
        const RingCommand command = wb::ringcommand::parse(
            QStringList { QStringLiteral("wirebench-node"), QStringLiteral("ring") } + args);
        if (exitCode < 0) {
            QVERIFY2(command.node.mode == NodeCommand::Mode::Run, qPrintable(command.node.message));
            QCOMPARE(describe(command), expected);
            return;
        }
        QCOMPARE(command.node.mode, NodeCommand::Mode::Fail);
        QCOMPARE(command.node.exitCode, exitCode);
        QVERIFY2(command.node.message.startsWith(expected), qPrintable(command.node.message));
    }

    void help()
    {
        const RingCommand command = wb::ringcommand::parse(
            { QStringLiteral("wirebench-node"), QStringLiteral("ring"), QStringLiteral("--help") });
        QCOMPARE(command.node.mode, NodeCommand::Mode::Help);
        for (const char *option : { "--join", "--registry", "--say", "--until-done", "--timeout",
                 "--probe-timeout", "--resend-window", "Exit codes" })
            QVERIFY2(command.node.message.contains(QLatin1String(option)), option);
    }

    // The example of docs/ring.md: five members, keys spread evenly, each wired to the next.
    void exampleCircuit()
    {
        const auto loaded = wb::circuitformat::load(
            QStringLiteral(WIREBENCH_PEERS_DIR "/../../resources/circuits/examples/ring.json"));
        QVERIFY2(loaded.ok(), qPrintable(loaded.error));
        const auto &nodes = loaded.document.nodes;
        QCOMPARE(nodes.size(), 5);
        QCOMPARE(loaded.document.wires.size(), 5);
        for (int i = 0; i < nodes.size(); ++i) {
            QCOMPARE(nodes.at(i).kind, wb::NodeKind::Ring);
            QCOMPARE(nodes.at(i).params.value(QStringLiteral("key")).toLongLong(),
                qint64(i) * (qint64(1) << 32) / 5);
            const wb::Wire &wire = loaded.document.wires.at(i);
            QCOMPARE(wire.from, nodes.at(i).id);
            QCOMPARE(wire.to, nodes.at((i + 1) % nodes.size()).id);
        }
    }
};

QTEST_GUILESS_MAIN(TestRingCommandLine)
#include "tst_ringcommandline.moc"
