// "Export as Python" run for real: nodes of a circuit exported with `wirebench-node
// export-python` run under /usr/bin/python3 (python3-websockets) in place of the workbench's
// own nodes, while `wirebench-node run` drives the rest of the circuit. The printed lines of
// each side are the evidence: ticks acknowledged, bits streamed and heard, acks back.
#include "document/circuitformat.h"
#include "processkit.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using wb::NodeKind;
using wb::NodeSpec;
using wbtest::Process;

namespace {

const QString kSound = u"buzz buzz buzz"_s;

// The seed circuit (resources/circuits/seed.json) on free ports, its clock ticking `tacks`
// times without delay and its pin seeded, so that the bits are known: seed 42 draws 0 1 1,
// 1 0 1, 0 0 0 (tst_interop).
wb::circuitformat::Document seedOnFreePorts(int tacks)
{
    auto loaded = wb::circuitformat::load(wb::circuitformat::seedCircuitPath());
    Q_ASSERT(loaded.ok());
    wb::circuitformat::Document document = loaded.document;
    for (NodeSpec &spec : document.nodes) {
        if (spec.kind == NodeKind::Clock) {
            spec.params.insert(u"tacks"_s, tacks);
            spec.params.insert(u"delay"_s, 0);
        } else {
            spec.port = wbtest::freePort();
        }
        if (spec.kind == NodeKind::IoPin)
            spec.params.insert(u"seed"_s, 42);
    }
    return document;
}

// The same circuit with the named nodes only addresses: what runs elsewhere (in Python). An
// external node sends nothing the workbench knows of: its wires out go (the exported sketch
// has its targets in it).
wb::circuitformat::Document withExternal(
    wb::circuitformat::Document document, const QStringList &external)
{
    QList<wb::NodeId> gone;
    for (NodeSpec &spec : document.nodes) {
        if (external.contains(spec.name)) {
            spec.kind = NodeKind::External;
            spec.params.clear();
            gone << spec.id;
        }
    }
    document.wires.removeIf([&](const wb::Wire &wire) { return gone.contains(wire.from); });
    // A client (the clock) has no address: the workbench need not know it at all.
    document.nodes.removeIf(
        [&](const NodeSpec &spec) { return gone.contains(spec.id) && spec.port == 0; });
    return document;
}

QString bitsOf(const QStringList &lines)
{
    QString bits;
    for (const QString &line : lines) {
        if (line.startsWith(u"toggling pin state: "_s))
            bits += line.mid(20).remove(QRegularExpression(u"[^01]"_s));
    }
    return bits;
}

QString heardBits(const QStringList &lines, const QString &sound = kSound)
{
    QString bits;
    static const QRegularExpression re(u"^signal (.*) received -> (.*)$"_s);
    for (const QString &line : lines) {
        const auto match = re.match(line);
        if (!match.hasMatch())
            continue;
        if (match.captured(2) != (match.captured(1) == u"1"_s ? sound : u"..."_s))
            return u"wrong behaviour: "_s + line;
        bits += match.captured(1);
    }
    return bits;
}

} // namespace

class TestPythonExport final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString save(const wb::circuitformat::Document &document, const QString &name)
    {
        const QString path = m_dir.filePath(name);
        const QString error = wb::circuitformat::save(path, document);
        return error.isEmpty() ? path : QString();
    }
    // `wirebench-node export-python CIRCUIT NODE -o NODE.py`; the file's path, empty on failure.
    QString exportNode(const QString &circuit, const QString &node)
    {
        Process exporter;
        const QString file = m_dir.filePath(node + u".py"_s);
        exporter.startNode({ u"export-python"_s, circuit, node, u"-o"_s, file });
        if (!exporter.waitForExit() || exporter.process.exitCode() != 0) {
            qWarning("%s", qPrintable(exporter.report()));
            return {};
        }
        return file;
    }
    static void startPython(Process &process, const QString &file, const QStringList &args = {})
    {
        process.process.start(QStringLiteral(WIREBENCH_PYTHON), QStringList { file } + args);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Process check;
        check.process.start(QStringLiteral(WIREBENCH_PYTHON), { u"-c"_s, u"import websockets"_s });
        QVERIFY(check.waitForExit());
        QVERIFY2(check.process.exitCode() == 0,
            "the tests' Python needs the websockets package (Debian: python3-websockets)");
    }

    // The seed circuit with some of its servers exported and run by Python, the rest by
    // wirebench-node run: every tick acknowledged, the bits the Python pin (or ours) drew heard
    // by the buzzer in order, the pin's bits those of the workbench's pin with the same seed.
    void seedServers_data()
    {
        QTest::addColumn<QStringList>("python");
        QTest::newRow("python iopin and buzzer") << QStringList { u"iopin"_s, u"buzzer"_s };
        QTest::newRow("python iopin, workbench buzzer") << QStringList { u"iopin"_s };
        QTest::newRow("workbench iopin, python buzzer") << QStringList { u"buzzer"_s };
    }
    void seedServers()
    {
        QFETCH(QStringList, python);
        const auto document = seedOnFreePorts(3);
        const QString circuit
            = save(document, u"seed-%1.json"_s.arg(QTest::currentDataTag()).replace(u' ', u'-'));
        QVERIFY(!circuit.isEmpty());
        QList<Process *> nodes;
        std::vector<std::unique_ptr<Process>> owned;
        for (const QString &name : python) {
            const QString file = exportNode(circuit, name);
            QVERIFY(!file.isEmpty());
            owned.push_back(std::make_unique<Process>());
            startPython(*owned.back(), file);
            const quint16 port = owned.back()->waitForServing();
            QVERIFY2(port != 0, qPrintable(owned.back()->report()));
            const auto spec = std::find_if(document.nodes.cbegin(), document.nodes.cend(),
                [&](const NodeSpec &s) { return s.name == name; });
            QCOMPARE(port, spec->port); // the circuit's port, from the exported file alone
        }
        const QString rest = save(withExternal(document, python), u"rest.json"_s);
        Process run;
        run.startNode({ u"run"_s, rest, u"--until-done"_s });
        QVERIFY(run.waitForExit());
        QVERIFY2(run.process.exitCode() == 0, qPrintable(run.report()));
        QCOMPARE(run.linesOf(u"clock"_s),
            (QStringList {
                "> 0", "< acknowledged", "> 1", "< acknowledged", "> 2", "< acknowledged" }));

        const auto output = [&](const QString &name) -> Process & {
            const qsizetype i = python.indexOf(name);
            return i >= 0 ? *owned.at(size_t(i)) : run;
        };
        Process &pin = output(u"iopin"_s);
        Process &buzzer = output(u"buzzer"_s);
        QVERIFY(pin.waitForLines(u"iopin"_s, u"< "_s, 9));
        QVERIFY(buzzer.waitForLines(u"buzzer"_s, u"signal"_s, 9));
        QCOMPARE(bitsOf(pin.linesOf(u"iopin"_s)), u"011101000"_s);
        QCOMPARE(heardBits(buzzer.linesOf(u"buzzer"_s)), u"011101000"_s);
        QCOMPARE(pin.linesOf(u"iopin"_s).filter(u"new tick triggered on /datafeed: "_s).size(), 3);
        // The pin's acks from the buzzer, in the order of its bits.
        QStringList acks;
        for (const QString &line : pin.linesOf(u"iopin"_s)) {
            if (line.startsWith(u"< "_s))
                acks << line.mid(2);
        }
        QCOMPARE(acks.join(u'|'),
            u"...|buzz buzz buzz|buzz buzz buzz|buzz buzz buzz|...|buzz buzz buzz|...|...|..."_s);
        // The buzzer heard the pin on its channel, /iopin, over one connection.
        QCOMPARE(buzzer.linesOf(u"buzzer"_s).filter(u"new client connected"_s),
            QStringList { u"** new client connected, path=/iopin"_s });
        for (const auto &node : owned) {
            node->signal(SIGTERM);
            QVERIFY(node->waitForExit());
            QCOMPARE(node->process.exitCode(), 0);
        }
    }

    // The seed's clock exported and run by Python against the workbench's pin and buzzer: it
    // exits 0 once its ticks are acknowledged, 3 when they are not (nobody listens).
    void pythonClock()
    {
        const auto document = seedOnFreePorts(4);
        const QString circuit = save(document, u"clock.json"_s);
        const QString file = exportNode(circuit, u"clock"_s);
        QVERIFY(!file.isEmpty());
        Process run;
        run.startNode(
            { u"run"_s, save(withExternal(document, { u"clock"_s }), u"servers.json"_s) });
        QVERIFY(run.waitForLines(u"iopin"_s, u"serving on"_s, 1));
        QVERIFY(run.waitForLines(u"buzzer"_s, u"serving on"_s, 1));
        Process clock;
        startPython(clock, file);
        QVERIFY(clock.waitForExit());
        QVERIFY2(clock.process.exitCode() == 0, qPrintable(clock.report() + run.report()));
        QCOMPARE(clock.linesOf(u"clock"_s),
            (QStringList { "> 0", "< acknowledged", "> 1", "< acknowledged", "> 2",
                "< acknowledged", "> 3", "< acknowledged" }));
        QVERIFY(run.waitForLines(u"buzzer"_s, u"signal"_s, 12));
        QCOMPARE(heardBits(run.linesOf(u"buzzer"_s)).size(), 12);
        run.signal(SIGINT);
        QVERIFY(run.waitForExit());

        // With its target gone, every tick fails: exit 3, and the reason names the address.
        Process lonely;
        startPython(lonely, file, { u"--param"_s, u"tacks=2"_s });
        QVERIFY(lonely.waitForExit());
        QCOMPARE(lonely.process.exitCode(), 3);
        QCOMPARE(lonely.linesOf(u"clock"_s).filter(u"cannot reach ws://127.0.0.1:"_s).size(), 2);
    }

    // The command line: the sketch on standard output, and a clear error and exit code for
    // what cannot be exported.
    void commandLine_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("expected"); // in stdout (exit 0) or stderr

        const QString seed = wb::circuitformat::seedCircuitPath();
        QTest::newRow("buzzer to stdout") << QStringList { u"export-python"_s, seed, u"buzzer"_s }
                                          << 0 << u"PORT = 8766\nSERVES = True\n"_s;
        QTest::newRow("iopin's target") << QStringList { u"export-python"_s, seed,
            u"iopin"_s } << 0 << u"TARGETS = {\n    'buzzer': 'ws://127.0.0.1:8766',\n}"_s;
        QTest::newRow("unknown node") << QStringList { u"export-python"_s, seed, u"led"_s } << 2
                                      << u"no node named led (nodes: clock, iopin, buzzer)"_s;
        QTest::newRow("no node") << QStringList { u"export-python"_s, seed } << 1
                                 << u"export-python takes a circuit file and a node name"_s;
        QTest::newRow("no file") << QStringList { u"export-python"_s, u"/nonexistent/c.json"_s,
            u"iopin"_s } << 4 << u"/nonexistent/c.json"_s;
    }
    void commandLine()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, expected);
        Process exporter;
        exporter.startNode(args);
        QVERIFY(exporter.waitForExit());
        QCOMPARE(exporter.process.exitCode(), exitCode);
        QVERIFY2((exitCode == 0 ? exporter.out : exporter.err).contains(expected),
            qPrintable(exporter.report()));
        if (exitCode != 0)
            QVERIFY(exporter.out.isEmpty());
    }

    // A kind without a Python export is named, with the kinds that have one.
    void proxyIsRefused()
    {
        auto document = seedOnFreePorts(1);
        NodeSpec proxy;
        proxy.id = 4;
        proxy.name = u"relay"_s;
        proxy.kind = NodeKind::Proxy;
        proxy.port = wbtest::freePort();
        document.nodes << proxy;
        Process exporter;
        exporter.startNode({ u"export-python"_s, save(document, u"proxy.json"_s), u"relay"_s });
        QVERIFY(exporter.waitForExit());
        QCOMPARE(exporter.process.exitCode(), 2);
        QVERIFY2(exporter.err.contains(u"relay: a proxy has no Python export (clock, iopin, "
                                       "buzzer, led and script nodes have)"_s),
            qPrintable(exporter.err));
    }
};

QTEST_GUILESS_MAIN(TestPythonExport)
#include "tst_pythonexport.moc"
