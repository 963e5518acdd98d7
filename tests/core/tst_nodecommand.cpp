// wirebench-node's command line, parsed into the circuit it runs: every rule, data-driven. The
// resulting circuit is compared as one line per node, "name kind host:port {params} -> targets".
#include "certificatekit.h"
#include "cli/nodecommand.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using wb::NodeCommand;

namespace {

QString describe(const wb::circuitformat::Document &document)
{
    QStringList lines;
    for (const wb::NodeSpec &spec : document.nodes) {
        QStringList params;
        for (auto it = spec.params.cbegin(); it != spec.params.cend(); ++it)
            params << it.key() + u'=' + it.value().toString();
        QStringList targets;
        for (const wb::Wire &wire : document.wires) {
            if (wire.from == spec.id)
                targets << document.nodes.value(wire.to - 1).name;
        }
        QString line = spec.name + u' ' + wb::kinds::name(spec.kind);
        if (wb::kinds::hasServer(spec.kind))
            line += u' ' + spec.host + u':' + QString::number(spec.port);
        if (!params.isEmpty())
            line += QStringLiteral(" {") + params.join(u',') + u'}';
        if (!targets.isEmpty())
            line += QStringLiteral(" -> ") + targets.join(u',');
        lines << line;
    }
    return lines.join(QStringLiteral("; "));
}

const QString kSeedPin = QStringLiteral("iopin iopin 127.0.0.1:8765 {chance=0.6,sequence=3}");
const QString kSeedBuzzer = QStringLiteral("buzzer buzzer 127.0.0.1:8766 {sound=buzz buzz buzz}");

} // namespace

class TestNodeCommand final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QStringList expand(QStringList args) const
    {
        for (QString &arg : args) {
            arg.replace(QStringLiteral("$DIR"), m_dir.path());
        }
        return QStringList { QStringLiteral("wirebench-node") } + args;
    }

    void write(const QString &name, const QByteArray &content)
    {
        QFile file(m_dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // A grid where the pin's buzzer is elsewhere, plus a blink (the seed grid's LED).
        write(
            QStringLiteral("mesh.json"), R"({"format": "wirebench-circuit", "version": 1, "nodes": [
            {"name": "blink", "kind": "blink", "host": "127.0.0.1", "port": 9101},
            {"name": "buzzer", "kind": "buzzer", "host": "10.0.0.2", "port": 9102},
            {"name": "tick", "kind": "clock"}]})");
        write(QStringLiteral("short.token"), "0123456789abcdef\n");
        write(QStringLiteral("good.token"), "0123456789abcdef0123456789ABCDEF\nignored\n");
        // Two certificates, each with its own key: a.pem with b.key is a pair that does not fit.
        QVERIFY(wbtest::makeCertificate(m_dir.filePath(QStringLiteral("a"))));
        QVERIFY(wbtest::makeCertificate(m_dir.filePath(QStringLiteral("b"))));
        // A pipe nobody writes to: opening it for reading would wait for ever.
        QCOMPARE(
            ::mkfifo(QFile::encodeName(m_dir.filePath(QStringLiteral("pipe"))).constData(), 0600),
            0);
        // The same with RSA keys (r, s), which the key check reads differently.
        QVERIFY(wbtest::makeCertificate(m_dir.filePath(QStringLiteral("r")), wbtest::KeyType::Rsa));
        QVERIFY(wbtest::makeCertificate(m_dir.filePath(QStringLiteral("s")), wbtest::KeyType::Rsa));
        write(QStringLiteral("bad.json"),
            R"({"format": "wirebench-circuit", "version": 1, "nodes": [{"name": "x"}]})");
        write(QStringLiteral("two.json"), R"({"format": "wirebench-circuit", "version": 1,
            "title": "two", "nodes": [
            {"name": "c", "kind": "clock", "params": {"tacks": -1, "delay": 2}, "targets": ["p"]},
            {"name": "p", "kind": "iopin", "port": 9201, "targets": ["l"]},
            {"name": "l", "kind": "led", "port": 9202}]})");
    }

    void parse_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode"); // -1: runs
        QTest::addColumn<QString>("expected"); // the circuit when it runs, else the message

        const auto row
            = [](const char *name, const QStringList &args, int code, const QString &expected) {
                  QTest::newRow(name) << args << code << expected;
              };
        using L = QStringList;
        const QString clockDefaults = QStringLiteral("clock clock {delay=1,tacks=5}");

        // Sketches with the seed's defaults.
        row("iopin", L { "iopin" }, -1,
            kSeedPin + QStringLiteral(" -> buzzer; buzzer external 127.0.0.1:8766"));
        row("buzzer", L { "buzzer" }, -1,
            QStringLiteral("buzzer buzzer 127.0.0.1:8765 {sound=buzz buzz buzz}"));
        row("led", L { "led" }, -1, QStringLiteral("led led 127.0.0.1:8765"));
        row("blink is a led", L { "blink", "-p", "9000" }, -1,
            QStringLiteral("led led 127.0.0.1:9000"));
        // The clock's --socket/--port name its target, found in the grid when it is there.
        row("clock", L { "clock" }, -1,
            clockDefaults + QStringLiteral(" -> iopin; iopin external 127.0.0.1:8765"));
        row("clock -s -p -t -d",
            L { "clock", "-s", "127.0.0.2", "-p", "9000", "-t", "3", "-d", "0.5" }, -1,
            QStringLiteral("clock clock {delay=0.5,tacks=3} -> 127.0.0.2:9000; "
                           "127.0.0.2:9000 external 127.0.0.2:9000"));
        row("long options",
            L { "clock", "--socket", "127.0.0.1", "--port", "8766", "--tacks", "-1", "--delay",
                "0" },
            -1,
            QStringLiteral(
                "clock clock {delay=0,tacks=-1} -> buzzer; buzzer external 127.0.0.1:8766"));
        row("buzzer -s -p --sound",
            L { "buzzer", "-s", "0.0.0.0", "-p", "9001", "--sound", "beep" }, -1,
            QStringLiteral("buzzer buzzer 0.0.0.0:9001 {sound=beep}"));
        row("iopin --chance --sequence --seed",
            L { "iopin", "--chance", "0.25", "--sequence", "8", "--seed", "42" }, -1,
            QStringLiteral("iopin iopin 127.0.0.1:8765 {chance=0.25,seed=42,sequence=8} -> buzzer; "
                           "buzzer external 127.0.0.1:8766"));
        row("--name", L { "led", "--name", "red" }, -1, QStringLiteral("red led 127.0.0.1:8765"));
        // Options that do not concern a sketch are ignored, as a circuit would.
        row("clock ignores --sound", L { "clock", "--sound", "x", "--seed", "1" }, -1,
            clockDefaults + QStringLiteral(" -> iopin; iopin external 127.0.0.1:8765"));

        // --target by name (in the grid) or URL, repeatable.
        row("--target name", L { "clock", "--target", "buzzer" }, -1,
            clockDefaults + QStringLiteral(" -> buzzer; buzzer external 127.0.0.1:8766"));
        row("--target twice",
            L { "clock", "--target", "buzzer", "--target", "ws://127.0.0.1:7000/" }, -1,
            clockDefaults
                + QStringLiteral(" -> buzzer,127.0.0.1:7000; buzzer external 127.0.0.1:8766; "
                                 "127.0.0.1:7000 external 127.0.0.1:7000"));
        row("--target same twice",
            L { "clock", "--target", "buzzer", "--target", "ws://127.0.0.1:8766" }, -1,
            clockDefaults + QStringLiteral(" -> buzzer; buzzer external 127.0.0.1:8766"));
        row("--target URL for iopin", L { "iopin", "--target", "ws://127.0.0.1:7001" }, -1,
            kSeedPin
                + QStringLiteral(" -> 127.0.0.1:7001; 127.0.0.1:7001 external 127.0.0.1:7001"));
        row("--mesh moves the pin's buzzer", L { "iopin", "--mesh", "$DIR/mesh.json" }, -1,
            kSeedPin + QStringLiteral(" -> buzzer; buzzer external 10.0.0.2:9102"));
        row("--mesh names the blink",
            L { "clock", "--mesh", "$DIR/mesh.json", "--target", "blink" }, -1,
            clockDefaults + QStringLiteral(" -> blink; blink external 127.0.0.1:9101"));
        row("--target unknown name", L { "clock", "--target", "ghost" }, 1,
            QStringLiteral(
                "--target ghost: no node of that name in the mesh (clock, iopin, buzzer)"));
        row("--target a clock", L { "iopin", "--mesh", "$DIR/mesh.json", "--target", "tick" }, 1,
            QStringLiteral("--target tick: a clock receives nothing"));
        row("--target URL without port", L { "clock", "--target", "ws://127.0.0.1" }, 1,
            QStringLiteral("--target ws://127.0.0.1: expected a node name or ws://HOST:PORT"));
        row("--target URL with a path", L { "clock", "--target", "ws://127.0.0.1:80/x" }, 1,
            QStringLiteral("--target ws://127.0.0.1:80/x: expected a node name or ws://HOST:PORT"));
        row("--target http URL", L { "clock", "--target", "http://a:1" }, 1,
            QStringLiteral("--target http://a:1: expected a node name or ws://HOST:PORT"));
        row("--target from a buzzer", L { "buzzer", "--target", "iopin" }, 1,
            QStringLiteral("--target: a buzzer sends nothing"));
        row("--target itself", L { "iopin", "--target", "iopin" }, 1,
            QStringLiteral("--target iopin: that is this node"));

        // A proxy relays to its --targets (a name of the grid or a URL), and needs one.
        row("proxy --target URL", L { "proxy", "-p", "9300", "--target", "ws://127.0.0.1:7002" },
            -1,
            QStringLiteral("proxy proxy 127.0.0.1:9300 -> 127.0.0.1:7002; "
                           "127.0.0.1:7002 external 127.0.0.1:7002"));
        row("proxy --target name --listen --name",
            L { "proxy", "-p", "0", "--listen", "0.0.0.0", "--name", "tap", "--target", "iopin" },
            -1, QStringLiteral("tap proxy 0.0.0.0:0 -> iopin; iopin external 127.0.0.1:8765"));
        row("proxy --target twice",
            L { "proxy", "-p", "9300", "--target", "iopin", "--target", "buzzer" }, -1,
            QStringLiteral("proxy proxy 127.0.0.1:9300 -> iopin,buzzer; "
                           "iopin external 127.0.0.1:8765; buzzer external 127.0.0.1:8766"));
        row("proxy without --target", L { "proxy", "-p", "9300" }, 1,
            QStringLiteral("proxy: give the node to relay to with --target NAME|ws://HOST:PORT"));
        row("proxy --target a clock", L { "proxy", "--mesh", "$DIR/mesh.json", "--target", "tick" },
            1, QStringLiteral("--target tick: a clock receives nothing"));
        row("proxy --target itself", L { "proxy", "--name", "iopin", "--target", "iopin" }, 1,
            QStringLiteral("--target iopin: that is this node"));

        // Usage errors.
        row("unknown sketch", L { "toaster" }, 1,
            QStringLiteral("unknown sketch, please choose clock, iopin, buzzer, led, proxy, "
                           "keyboard, queue, worker or console"));
        row("external is no sketch", L { "external" }, 1,
            QStringLiteral("unknown sketch, please choose clock, iopin, buzzer, led, proxy, "
                           "keyboard, queue, worker or console"));
        row("no sketch", L {}, 1, QStringLiteral("missing SKETCH (see --help)"));
        row("two sketches", L { "clock", "buzzer" }, 1,
            QStringLiteral("unexpected argument: buzzer"));
        row("unknown option", L { "clock", "--bogus" }, 1,
            QStringLiteral("Unknown option 'bogus'."));
        row("option without value", L { "clock", "-p" }, 1,
            QStringLiteral("Missing value after '-p'."));
        row("port 0 for a clock", L { "clock", "-p", "0" }, 1,
            QStringLiteral("--port 0: must be from 1 to 65535"));
        row("port too high", L { "clock", "-p", "65536" }, 1,
            QStringLiteral("--port 65536: must be from 1 to 65535"));
        row("port not a number", L { "led", "-p", "http" }, 1,
            QStringLiteral("--port http: must be from 0 to 65535"));
        row("--listen not an address", L { "led", "--listen", "lan.example" }, 1,
            QStringLiteral("--listen lan.example: give an IP address, localhost, 0.0.0.0 or ::"));
        row("--listen for a clock", L { "clock", "--listen", "0.0.0.0" }, 1,
            QStringLiteral("--listen: a clock does not listen (--socket names its target)"));
        row("--listen and -s differ", L { "led", "--listen", "0.0.0.0", "-s", "127.0.0.1" }, 1,
            QStringLiteral("--listen and --socket name two addresses: give one"));
        row("--listen for mesh", L { "mesh", "--listen", "0.0.0.0" }, 1,
            QStringLiteral("--listen: mesh does not listen"));
        row("--token-file missing", L { "led", "--token-file", "$DIR/missing.token" }, 1,
            QStringLiteral("--token-file $DIR/missing.token: No such file or directory"));
        row("--token-file short", L { "led", "--token-file", "$DIR/short.token" }, 1,
            QStringLiteral("--token-file $DIR/short.token: a token needs at least 32 characters "
                           "(e.g. 32 hex digits: openssl rand -hex 16)"));
        row("--tls-cert with its key",
            L { "led", "--tls-cert", "$DIR/a.pem", "--tls-key", "$DIR/a.key" }, -1,
            QStringLiteral("led led 127.0.0.1:8765"));
        row("--tls-key of another certificate",
            L { "led", "--tls-cert", "$DIR/a.pem", "--tls-key", "$DIR/b.key" }, 1,
            QStringLiteral("--tls-key $DIR/b.key: not the key of the certificate $DIR/a.pem"));
        row("--tls-cert of another key",
            L { "run", "--tls-cert", "$DIR/b.pem", "--tls-key", "$DIR/a.key" }, 1,
            QStringLiteral("--tls-key $DIR/a.key: not the key of the certificate $DIR/b.pem"));
        row("RSA --tls-cert with its key",
            L { "led", "--tls-cert", "$DIR/r.pem", "--tls-key", "$DIR/r.key" }, -1,
            QStringLiteral("led led 127.0.0.1:8765"));
        row("RSA --tls-key of another certificate",
            L { "led", "--tls-cert", "$DIR/r.pem", "--tls-key", "$DIR/s.key" }, 1,
            QStringLiteral("--tls-key $DIR/s.key: not the key of the certificate $DIR/r.pem"));
        row("EC --tls-key of an RSA certificate",
            L { "led", "--tls-cert", "$DIR/r.pem", "--tls-key", "$DIR/a.key" }, 1,
            QStringLiteral("--tls-key $DIR/a.key: not the key of the certificate $DIR/r.pem"));
        row("RSA --tls-key of an EC certificate",
            L { "led", "--tls-cert", "$DIR/a.pem", "--tls-key", "$DIR/r.key" }, 1,
            QStringLiteral("--tls-key $DIR/r.key: not the key of the certificate $DIR/a.pem"));
        // Files named by mistake: read as they are, they would never end (or never open).
        row("--tls-cert a device",
            L { "led", "--tls-cert", "/dev/zero", "--tls-key", "$DIR/a.key" }, 1,
            QStringLiteral("--tls-cert /dev/zero: not a regular file"));
        row("--tls-key a pipe", L { "led", "--tls-cert", "$DIR/a.pem", "--tls-key", "$DIR/pipe" },
            1, QStringLiteral("--tls-key $DIR/pipe: not a regular file"));
        row("--token-file a pipe", L { "led", "--token-file", "$DIR/pipe" }, 1,
            QStringLiteral("--token-file $DIR/pipe: not a regular file"));
        row("--token-file a folder", L { "led", "--token-file", "$DIR" }, 1,
            QStringLiteral("--token-file $DIR: a folder, not a file"));
        row("--tls-cert without --tls-key", L { "led", "--tls-cert", "$DIR/a.pem" }, 1,
            QStringLiteral("--tls-cert and --tls-key go together"));
        row("tacks -2", L { "clock", "-t", "-2" }, 1,
            QStringLiteral("--tacks -2: must be between -1 and 1000000000"));
        row("tacks fractional", L { "clock", "-t", "1.5" }, 1,
            QStringLiteral("--tacks 1.5: must be a whole number"));
        row("delay not a number", L { "clock", "-d", "soon" }, 1,
            QStringLiteral("--delay soon: must be a number"));
        row("chance above 1", L { "iopin", "--chance", "2" }, 1,
            QStringLiteral("--chance 2: must be between 0 and 1"));
        row("sequence 0", L { "iopin", "--sequence", "0" }, 1,
            QStringLiteral("--sequence 0: must be between 1 and 10000"));
        row("negative seed", L { "iopin", "--seed", "-1" }, 1,
            QStringLiteral("--seed -1: must be between 0 and 4294967295"));
        row("--mesh missing", L { "iopin", "--mesh", "$DIR/missing.json" }, 4,
            QStringLiteral("$DIR/missing.json: cannot read: No such file or directory"));
        row("--mesh invalid", L { "clock", "--mesh", "$DIR/bad.json" }, 4,
            QStringLiteral("$DIR/bad.json: nodes[0].kind: missing or not a text"));

        // run: a whole circuit, the seed's by default; -t, -d, --seed override every clock/pin.
        row("run", L { "run" }, -1,
            clockDefaults + QStringLiteral(" -> iopin; ") + kSeedPin
                + QStringLiteral(" -> buzzer; ") + kSeedBuzzer);
        row("run overrides", L { "run", "-t", "2", "-d", "0", "--seed", "7", "--sound", "bip" }, -1,
            QStringLiteral("clock clock {delay=0,tacks=2} -> iopin; "
                           "iopin iopin 127.0.0.1:8765 {chance=0.6,seed=7,sequence=3} -> buzzer; "
                           "buzzer buzzer 127.0.0.1:8766 {sound=bip}"));
        row("run FILE", L { "run", "$DIR/two.json", "--chance", "0.1" }, -1,
            QStringLiteral("c clock {delay=2,tacks=-1} -> p; p iopin 127.0.0.1:9201 "
                           "{chance=0.1,sequence=3} -> l; l led 127.0.0.1:9202"));
        row("run --listen", L { "run", "--listen", "0.0.0.0" }, -1,
            clockDefaults
                + QStringLiteral(" -> iopin; iopin iopin 0.0.0.0:8765 {chance=0.6,"
                                 "sequence=3} -> buzzer; buzzer buzzer 0.0.0.0:8766 "
                                 "{sound=buzz buzz buzz}"));
        row("server on any free port", L { "led", "-p", "0" }, -1,
            QStringLiteral("led led 127.0.0.1:0"));
        row("server on the LAN", L { "led", "--listen", "0.0.0.0", "-p", "9000" }, -1,
            QStringLiteral("led led 0.0.0.0:9000"));
        row("run bad override", L { "run", "-t", "x" }, 1,
            QStringLiteral("--tacks x: must be a number"));
        row("run two files", L { "run", "a.json", "b.json" }, 1,
            QStringLiteral("run takes one circuit file"));
        row("run missing file", L { "run", "$DIR/missing.json" }, 4,
            QStringLiteral("$DIR/missing.json: cannot read: No such file or directory"));
        row("run invalid file", L { "run", "$DIR/bad.json" }, 4,
            QStringLiteral("$DIR/bad.json: nodes[0].kind: missing or not a text"));
    }
    void parse()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, expected);
        expected.replace(QStringLiteral("$DIR"), m_dir.path());
        const NodeCommand command = wb::parseNodeCommand(expand(args));
        if (exitCode < 0) {
            QVERIFY2(command.mode == NodeCommand::Mode::Run, qPrintable(command.message));
            QCOMPARE(describe(command.circuit), expected);
            // The sketch's clock exits after its ticks; a run exits only with --until-done.
            const bool sketchClock = args.value(0) == QLatin1String("clock");
            QCOMPARE(command.exitWhenClockDone, sketchClock);
            QVERIFY(!command.untilDone);
        } else {
            QVERIFY(command.mode == NodeCommand::Mode::Fail);
            QCOMPARE(command.message, expected);
            QCOMPARE(command.exitCode, exitCode);
        }
    }

    void token()
    {
        const NodeCommand fromFile = wb::parseNodeCommand(expand({ QStringLiteral("led"),
            QStringLiteral("--token-file"), QStringLiteral("$DIR/good.token") }));
        QVERIFY2(fromFile.mode == NodeCommand::Mode::Run, qPrintable(fromFile.message));
        QCOMPARE(fromFile.token, QByteArray("0123456789abcdef0123456789ABCDEF"));
        qputenv("WIREBENCH_TOKEN", "fedcba9876543210fedcba9876543210");
        const NodeCommand fromEnvironment = wb::parseNodeCommand(expand({ QStringLiteral("led") }));
        qunsetenv("WIREBENCH_TOKEN");
        QCOMPARE(fromEnvironment.token, QByteArray("fedcba9876543210fedcba9876543210"));
        qputenv("WIREBENCH_TOKEN", "too-short-secret");
        const NodeCommand weak = wb::parseNodeCommand(expand({ QStringLiteral("led") }));
        qunsetenv("WIREBENCH_TOKEN");
        QVERIFY(weak.mode == NodeCommand::Mode::Fail);
        QVERIFY(!weak.message.contains(QStringLiteral("too-short-secret"))); // never printed
        const NodeCommand origins = wb::parseNodeCommand(expand({ QStringLiteral("led"),
            QStringLiteral("--allow-origin"), QStringLiteral("http://localhost:3000") }));
        QCOMPARE(origins.allowedOrigins, QStringList { QStringLiteral("http://localhost:3000") });
    }

    // --fault, --speed and --seed of a run (docs/delivery.md): what they set, and the errors
    // that name the rule. The seed circuit has the wires clock->iopin and iopin->buzzer.
    void deliveryOptions_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode"); // -1: runs
        QTest::addColumn<QString>(
            "expected"); // "FROM->TO summary" of the changed wire, or the error
        using L = QStringList;
        QTest::newRow("drop") << L { "run", "--fault", "iopin->buzzer:drop=0.3" } << -1
                              << QStringLiteral("iopin->buzzer drop=0.3 ackdrop=0 retries=0");
        QTest::newRow("two rules, in order")
            << L { "run", "--fault", "iopin->buzzer:drop=0.3,retries=2", "--fault",
                   "iopin->buzzer:ack.drop=0.1,drop=0.2" }
            << -1 << QStringLiteral("iopin->buzzer drop=0.2 ackdrop=0.1 retries=2");
        QTest::newRow("another wire")
            << L { "run", "--fault", "clock->iopin:cut" } << -1
            << QStringLiteral("clock->iopin drop=0 ackdrop=0 retries=0 cut");
        QTest::newRow("bad probability")
            << L { "run", "--fault", "iopin->buzzer:drop=1.5" } << 1
            << QStringLiteral("--fault 'iopin->buzzer:drop=1.5': drop: 1.5 is not a probability "
                              "from 0 to 1");
        QTest::newRow("negative delay")
            << L { "run", "--fault", "iopin->buzzer:delay=-5ms" } << 1 << QStringLiteral("delay");
        QTest::newRow("no such node")
            << L { "run", "--fault", "iopin->bell:drop=0.1" } << 1
            << QStringLiteral("--fault 'iopin->bell:drop=0.1': the circuit has no node named "
                              "\"bell\"");
        QTest::newRow("no such wire")
            << L { "run", "--fault", "buzzer->clock:drop=0.1" } << 1
            << QStringLiteral("--fault 'buzzer->clock:drop=0.1': the circuit has no wire from "
                              "buzzer to clock");
        QTest::newRow("malformed")
            << L { "run", "--fault", "iopin:drop=0.1" } << 1 << QStringLiteral("no '->'");
        QTest::newRow("not for mesh") << L { "mesh", "--fault", "a->b:cut" } << 1
                                      << QStringLiteral("--fault: only for run and the sketches");
        QTest::newRow("speed too fast") << L { "run", "--speed",
            "5" } << 1 << QStringLiteral("--speed 5: must be a number from 0.05 to 4");
        QTest::newRow("speed not a number")
            << L { "run", "--speed", "fast" } << 1 << QStringLiteral("--speed fast");
    }

    void deliveryOptions()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, expected);
        const NodeCommand command = wb::parseNodeCommand(expand(args));
        if (exitCode >= 0) {
            QVERIFY(command.mode == NodeCommand::Mode::Fail);
            QVERIFY2(command.message.contains(expected), qPrintable(command.message));
            QCOMPARE(command.exitCode, exitCode);
            return;
        }
        QVERIFY2(command.mode == NodeCommand::Mode::Run, qPrintable(command.message));
        const auto name = [&](wb::NodeId id) {
            for (const wb::NodeSpec &spec : command.circuit.nodes) {
                if (spec.id == id)
                    return spec.name;
            }
            return QString();
        };
        QStringList changed;
        for (const wb::Wire &wire : command.circuit.wires) {
            if (wire.faults.isNone())
                continue;
            changed << QStringLiteral("%1->%2 drop=%3 ackdrop=%4 retries=%5%6")
                           .arg(name(wire.from), name(wire.to))
                           .arg(wire.faults.message.drop)
                           .arg(wire.faults.ack.drop)
                           .arg(wire.faults.retries)
                           .arg(wire.faults.cut ? QStringLiteral(" cut") : QString());
        }
        QCOMPARE(changed, QStringList { expected });
        QVERIFY(!command.speed);
    }

    void speedAndSeed()
    {
        const NodeCommand command
            = wb::parseNodeCommand(expand({ QStringLiteral("run"), QStringLiteral("--speed"),
                QStringLiteral("0.5"), QStringLiteral("--seed"), QStringLiteral("42") }));
        QVERIFY2(command.mode == NodeCommand::Mode::Run, qPrintable(command.message));
        QCOMPARE(command.speed, std::optional<double>(0.5));
        QCOMPARE(command.circuit.seed, std::optional<quint64>(42));
    }

    void untilDone()
    {
        const NodeCommand command = wb::parseNodeCommand(
            expand({ QStringLiteral("run"), QStringLiteral("--until-done") }));
        QVERIFY(command.mode == NodeCommand::Mode::Run);
        QVERIFY(command.untilDone);
        QVERIFY(!command.exitWhenClockDone);
    }

    void helpAndVersion_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<bool>("help");
        QTest::newRow("--help") << "--help" << true;
        QTest::newRow("-h") << "-h" << true;
        QTest::newRow("--version") << "--version" << false;
        QTest::newRow("-v") << "-v" << false;
    }
    void helpAndVersion()
    {
        QFETCH(QString, option);
        QFETCH(bool, help);
        const NodeCommand command
            = wb::parseNodeCommand(expand({ QStringLiteral("toaster"), option }));
        QCOMPARE(command.mode, help ? NodeCommand::Mode::Help : NodeCommand::Mode::Version);
        if (help) {
            QVERIFY(command.message.startsWith(QStringLiteral("Usage: wirebench-node SKETCH")));
            for (const char *word : { "--socket", "--port", "--tacks", "--delay", "--target",
                     "--mesh", "--seed", "--until-done", "Exit codes" })
                QVERIFY2(command.message.contains(QLatin1String(word)), word);
        } else {
            QCOMPARE(command.message, QStringLiteral("wirebench-node " WIREBENCH_VERSION));
        }
    }
};

QTEST_GUILESS_MAIN(TestNodeCommand)
#include "tst_nodecommand.moc"
