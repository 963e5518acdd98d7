// wirebench-node's discovery options, parsed: --registry, --advertise, --ttl, target names
// resolved through the registry, and the mesh command. Data-driven, no process.
#include "cli/nodecommand.h"

#include <QTest>

using wb::NodeCommand;

namespace {

// "name kind host:port -> targets" per node.
QString describe(const wb::circuitformat::Document &document)
{
    QStringList lines;
    for (const wb::NodeSpec &spec : document.nodes) {
        QStringList targets;
        for (const wb::Wire &wire : document.wires) {
            if (wire.from == spec.id)
                targets << document.nodes.value(wire.to - 1).name;
        }
        QString line = spec.name + u' ' + wb::kinds::name(spec.kind);
        if (wb::kinds::hasServer(spec.kind))
            line += u' ' + spec.host + u':' + QString::number(spec.port);
        if (!targets.isEmpty())
            line += QStringLiteral(" -> ") + targets.join(u',');
        lines << line;
    }
    return lines.join(QStringLiteral("; "));
}

} // namespace

class TestDiscoveryCommand final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accepted_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("registry");
        QTest::addColumn<QString>("advertise");
        QTest::addColumn<int>("ttl");
        QTest::addColumn<QString>("circuit");
        const QString url = QStringLiteral("http://127.0.0.1:2379");
        QTest::newRow("registered buzzer") << QStringList { "buzzer", "-p", "9000", "--registry",
            url } << url << QString() << 5 << "buzzer buzzer 127.0.0.1:9000";
        QTest::newRow("default etcd port")
            << QStringList { "led", "--registry", "http://teacher.local" }
            << "http://teacher.local:2379" << QString() << 5 << "led led 127.0.0.1:8765";
        QTest::newRow("trailing slash")
            << QStringList { "led", "--registry", "http://10.0.0.1:2379/" }
            << "http://10.0.0.1:2379" << QString() << 5 << "led led 127.0.0.1:8765";
        QTest::newRow("advertise and ttl") << QStringList {
            "buzzer", "-s", "0.0.0.0", "--registry", url, "--advertise", "10.0.0.5", "--ttl", "10"
        } << url << "10.0.0.5" << 10 << "buzzer buzzer 0.0.0.0:8765";
        // With a registry and no --mesh, names are the registry's: a node without an address
        // until the registry gives it one.
        QTest::newRow("clock to a registry name")
            << QStringList { "clock", "--target", "far", "--registry", url } << url << QString()
            << 5 << "clock clock -> far; far external 127.0.0.1:0";
        QTest::newRow("iopin's default buzzer from the registry")
            << QStringList { "iopin", "-p", "9001", "--registry", url } << url << QString() << 5
            << "iopin iopin 127.0.0.1:9001 -> buzzer; buzzer external 127.0.0.1:0";
        QTest::newRow("URL targets stay URLs")
            << QStringList { "clock", "--target", "ws://10.0.0.9:8766", "--registry", url } << url
            << QString() << 5
            << "clock clock -> 10.0.0.9:8766; 10.0.0.9:8766 external 10.0.0.9:8766";
        QTest::newRow("no registry") << QStringList { "led", "-p", "9002" } << QString()
                                     << QString() << 5 << "led led 127.0.0.1:9002";
    }
    void accepted()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, registry);
        QFETCH(QString, advertise);
        QFETCH(int, ttl);
        QFETCH(QString, circuit);
        const NodeCommand command = wb::parseNodeCommand(QStringList { "wirebench-node" } + args);
        QVERIFY2(command.mode == NodeCommand::Mode::Run, qPrintable(command.message));
        QCOMPARE(command.registry, registry);
        QCOMPARE(command.advertise, advertise);
        QCOMPARE(command.ttlSeconds, ttl);
        QCOMPARE(describe(command.circuit), circuit);
    }

    void refused_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString url = QStringLiteral("http://127.0.0.1:2379");
        QTest::newRow("not http") << QStringList { "led", "--registry", "etcd://h:2379" }
                                  << "--registry etcd://h:2379: expected http://HOST:PORT (etcd's "
                                     "client URL)";
        QTest::newRow("https") << QStringList { "led", "--registry", "https://h:2379" }
                               << "--registry https://h:2379: expected http://HOST:PORT (etcd's "
                                  "client URL)";
        QTest::newRow("a path") << QStringList { "led", "--registry", "http://h:2379/v3" }
                                << "--registry http://h:2379/v3: expected http://HOST:PORT "
                                   "(etcd's client URL)";
        QTest::newRow("advertise alone")
            << QStringList { "led", "--advertise", "h" } << "--advertise needs --registry";
        QTest::newRow("ttl alone")
            << QStringList { "led", "--ttl", "5" } << "--ttl needs --registry";
        QTest::newRow("ttl too short") << QStringList { "led", "--registry", url, "--ttl",
            "1" } << "--ttl 1: must be a whole number of seconds from 2 to 3600";
        QTest::newRow("ttl not a number") << QStringList { "led", "--registry", url, "--ttl",
            "soon" } << "--ttl soon: must be a whole number of seconds from 2 to 3600";
        QTest::newRow("advertise not a host") << QStringList { "led", "--registry", url,
            "--advertise", "a b" } << "--advertise a b: not a host name or address";
        QTest::newRow("name with a slash") << QStringList { "led", "--name", "a/b" }
                                           << "--name a/b: use 1 to 64 of A-Z a-z 0-9 _ . -";
        QTest::newRow("target not a name") << QStringList { "clock", "--registry", url, "--target",
            "a b" } << "--target a b: not a node name";
        QTest::newRow("unknown target without a registry") << QStringList { "clock", "--target",
            "far" } << "--target far: no node of that name in the mesh (clock, iopin, buzzer)";
        QTest::newRow("watch outside mesh")
            << QStringList { "led", "--watch" } << "--watch: only for mesh";
        QTest::newRow("mesh from both") << QStringList { "mesh", "--registry", url, "--mesh",
            "f.json" } << "mesh: --registry or --mesh, not both";
        QTest::newRow("mesh with an argument")
            << QStringList { "mesh", "more" } << "unexpected argument: more";
    }
    void refused()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const NodeCommand command = wb::parseNodeCommand(QStringList { "wirebench-node" } + args);
        QCOMPARE(command.mode, NodeCommand::Mode::Fail);
        QCOMPARE(command.exitCode, wb::exitcode::kUsage);
        QCOMPARE(command.message, message);
    }

    void meshCommand()
    {
        const NodeCommand fromSeed = wb::parseNodeCommand({ "wirebench-node", "mesh" });
        QCOMPARE(fromSeed.mode, NodeCommand::Mode::Mesh);
        QVERIFY(!fromSeed.watch);
        QVERIFY(fromSeed.registry.isEmpty());
        QCOMPARE(fromSeed.circuit.nodes.size(), 3); // the seed circuit is the default mesh

        const NodeCommand watching = wb::parseNodeCommand(
            { "wirebench-node", "mesh", "--registry", "http://127.0.0.1:2379", "--watch" });
        QCOMPARE(watching.mode, NodeCommand::Mode::Mesh);
        QVERIFY(watching.watch);
        QCOMPARE(watching.registry, QStringLiteral("http://127.0.0.1:2379"));
        QVERIFY(watching.circuit.nodes.isEmpty());

        const NodeCommand missing
            = wb::parseNodeCommand({ "wirebench-node", "mesh", "--mesh", "/nonexistent.json" });
        QCOMPARE(missing.mode, NodeCommand::Mode::Fail);
        QCOMPARE(missing.exitCode, wb::exitcode::kCircuit);
    }
};

QTEST_GUILESS_MAIN(TestDiscoveryCommand)
#include "tst_discoverycommand.moc"
