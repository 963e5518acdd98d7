// The queue seed headless (docs/queues.md): wirebench-node keyboard, queue, worker and console
// as real processes on 127.0.0.1. A chain of four processes carries 10,000 lines of standard
// input to the console in order and each prints its counts; `run` of a circuit file types
// standard input into its keyboard and ends by itself once everything is through; a keyboard
// whose queue holds it back stops reading its input instead of refusing lines; bad
// parameters are usage errors that name the option and what it allows.
#include "queuekit.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using wbtest::countsOf;
using wbtest::Process;
using wbtest::target;

namespace {

constexpr int kLongWaitMs = 120000; // 10,000 lines through four processes on a busy machine

// A circuit file of the queue seed: keyboard `keys` -> queue -> worker -> console, ports
// free a moment ago; `extra` nodes and wires are added (a clock into the queue).
QString writeCircuit(const QTemporaryDir &dir, const QJsonObject &queueParams,
    const QJsonArray &extraNodes = {}, const QJsonArray &extraWires = {})
{
    const auto server = [](const QString &name, const QString &kind, const QJsonObject &params) {
        return QJsonObject { { u"name"_s, name }, { u"kind"_s, kind },
            { u"host"_s, u"127.0.0.1"_s }, { u"port"_s, wbtest::freePort() },
            { u"params"_s, params } };
    };
    QJsonArray nodes { QJsonObject { { u"name"_s, u"keys"_s }, { u"kind"_s, u"keyboard"_s } },
        server(u"queue"_s, u"queue"_s, queueParams),
        server(u"worker"_s, u"worker"_s, { { u"serviceMs"_s, 0 } }),
        server(u"console"_s, u"console"_s, {}) };
    QJsonArray wires;
    const QList<std::pair<QString, QString>> chain { { u"keys"_s, u"queue"_s },
        { u"queue"_s, u"worker"_s }, { u"worker"_s, u"console"_s } };
    for (const auto &[from, to] : chain)
        wires.append(
            QJsonObject { { u"id"_s, wires.size() + 1 }, { u"from"_s, from }, { u"to"_s, to } });
    for (const QJsonValue &node : extraNodes)
        nodes.append(node);
    for (const QJsonValue &wire : extraWires) {
        QJsonObject w = wire.toObject();
        w.insert(u"id"_s, wires.size() + 1);
        wires.append(w);
    }
    const QJsonObject circuit { { u"format"_s, u"wirebench-circuit"_s }, { u"version"_s, 2 },
        { u"title"_s, u"queue seed"_s }, { u"nodes"_s, nodes }, { u"wires"_s, wires } };
    const QString path = dir.filePath(u"queues.json"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(QJsonDocument(circuit).toJson());
    return path;
}

} // namespace

class TestQueueProcesses final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // keyboard -> queue (5, block) -> worker (0 ms) -> console, four processes: 10,000 lines
    // of standard input arrive at the console in order, none lost, and each process prints
    // its counts at the end.
    void chainOfProcessesKeepsOrder()
    {
        Process console;
        const quint16 consolePort = console.serveNode(u"console"_s);
        QVERIFY2(consolePort != 0, qPrintable(console.report()));
        Process worker;
        const quint16 workerPort = worker.serveNode(
            u"worker"_s, { u"--service-ms"_s, u"0"_s, u"--target"_s, target(consolePort) });
        QVERIFY2(workerPort != 0, qPrintable(worker.report()));
        Process queue;
        const quint16 queuePort = queue.serveNode(u"queue"_s,
            { u"--capacity"_s, u"5"_s, u"--when-full"_s, u"block"_s, u"--target"_s,
                target(workerPort) });
        QVERIFY2(queuePort != 0, qPrintable(queue.report()));

        constexpr int kLines = 10000;
        Process keyboard;
        keyboard.startNode({ u"keyboard"_s, u"--target"_s, target(queuePort, u"/keyboard"_s) });
        keyboard.process.write(wbtest::numberedLines(kLines));
        keyboard.process.closeWriteChannel();
        // The keyboard ends by itself once every line has its ack from the queue.
        QVERIFY2(keyboard.waitForExit(kLongWaitMs), qPrintable(keyboard.report()));
        QVERIFY2(keyboard.process.exitCode() == 0, qPrintable(keyboard.report()));
        const QMap<QString, qint64> typed { { u"typed"_s, kLines }, { u"sent"_s, kLines },
            { u"acked"_s, kLines }, { u"failed"_s, 0 } };
        QCOMPARE(countsOf(keyboard, u"keyboard"_s, u"typed"_s), typed);
        // Every ack the queue gave says it took the line in, within its capacity.
        const QStringList acks
            = keyboard.linesOf(u"keyboard"_s).filter(QRegularExpression(u"^< "_s));
        QCOMPARE(acks.size(), kLines);
        QCOMPARE(acks.filter(QRegularExpression(u"^< queued [1-5]/5$"_s)).size(), kLines);

        const QString last = u": line %1\n"_s.arg(kLines - 1);
        QVERIFY2(wbtest::waitFor([&] { return console.out.contains(last); }, kLongWaitMs),
            qPrintable(console.out.right(2000)));
        QCOMPARE(wbtest::consoleTexts(console, wbtest::kPeerSender), wbtest::numberedTexts(kLines));

        // Interrupted, each prints its counts.
        QVERIFY2(wbtest::terminate(queue), qPrintable(queue.report()));
        QVERIFY2(wbtest::terminate(worker), qPrintable(worker.report()));
        QVERIFY2(wbtest::terminate(console), qPrintable(console.report()));
        const auto queueCounts = countsOf(queue, u"queue"_s, u"received"_s);
        QCOMPARE(queueCounts.value(u"received"_s), kLines);
        QCOMPARE(queueCounts.value(u"delivered"_s), kLines);
        QCOMPARE(queueCounts.value(u"dropped"_s), 0);
        QVERIFY2(
            queueCounts.value(u"highest fill"_s) >= 1 && queueCounts.value(u"highest fill"_s) <= 5,
            qPrintable(queue.linesOf(u"queue"_s).constLast()));
        const QMap<QString, qint64> served { { u"received"_s, kLines }, { u"done"_s, kLines },
            { u"failed"_s, 0 } };
        QCOMPARE(countsOf(worker, u"worker"_s, u"received"_s), served);
        const QMap<QString, qint64> printed { { u"received"_s, kLines } };
        QCOMPARE(countsOf(console, u"console"_s, u"received"_s), printed);
    }

    // `run` of the queue seed's circuit: standard input goes to the keyboard, a one-shot clock
    // with a start pushes "something slow is done" into the same queue, and the run ends by
    // itself (exit 0) once everything is through; then every node prints its counts, after
    // every line it logged.
    void runTypesStandardInputIntoTheKeyboard()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QJsonObject slow { { u"name"_s, u"slow"_s }, { u"kind"_s, u"clock"_s },
            { u"params"_s,
                QJsonObject { { u"tacks"_s, 1 }, { u"delay"_s, 0 }, { u"start"_s, 0.2 },
                    { u"message"_s, u"something slow is done"_s } } } };
        const QString circuit
            = writeCircuit(dir, { { u"capacity"_s, 3 }, { u"whenFull"_s, u"block"_s } }, { slow },
                { QJsonObject { { u"from"_s, u"slow"_s }, { u"to"_s, u"queue"_s } } });
        QVERIFY(!circuit.isEmpty());

        constexpr int kLines = 300;
        Process run;
        run.startNode({ u"run"_s, circuit });
        run.process.write(wbtest::numberedLines(kLines));
        run.process.closeWriteChannel();
        QVERIFY2(run.waitForExit(kLongWaitMs), qPrintable(run.report()));
        QVERIFY2(run.process.exitCode() == 0, qPrintable(run.report()));

        // The console names the node each line came from: the worker, the wire's start.
        QStringList texts = wbtest::consoleTexts(run, u"worker"_s);
        QCOMPARE(texts.count(u"something slow is done"_s), 1);
        texts.removeAll(u"something slow is done"_s);
        QCOMPARE(texts, wbtest::numberedTexts(kLines));

        const QMap<QString, qint64> typed { { u"typed"_s, kLines }, { u"sent"_s, kLines },
            { u"acked"_s, kLines }, { u"failed"_s, 0 } };
        QCOMPARE(countsOf(run, u"keys"_s, u"typed"_s), typed);
        const auto queue = countsOf(run, u"queue"_s, u"received"_s);
        QCOMPARE(queue.value(u"received"_s), kLines + 1);
        QCOMPARE(queue.value(u"delivered"_s), kLines + 1);
        QCOMPARE(queue.value(u"dropped"_s), 0);
        QVERIFY(queue.value(u"highest fill"_s) >= 1 && queue.value(u"highest fill"_s) <= 3);
        QCOMPARE(countsOf(run, u"worker"_s, u"received"_s).value(u"done"_s), kLines + 1);
        QCOMPARE(countsOf(run, u"console"_s, u"received"_s).value(u"received"_s), kLines + 1);
        // The counts come last: after the console's last line.
        const QStringList all = run.out.split(u'\n', Qt::SkipEmptyParts);
        const qsizetype lastLine
            = all.lastIndexOf(QRegularExpression(u"\\[ console \\] worker: .*"_s));
        const qsizetype countsLine
            = all.indexOf(QRegularExpression(u"\\[ console \\] received \\d+"_s));
        QVERIFY2(lastLine >= 0 && countsLine > lastLine, qPrintable(run.out.right(2000)));
    }

    // Which keyboard standard input types into: --type NAME, else the only one.
    void runChoosesTheKeyboard_data()
    {
        QTest::addColumn<bool>("second");
        QTest::addColumn<QStringList>("type");
        QTest::addColumn<QString>("error");
        QTest::newRow("two keyboards, none chosen")
            << true << QStringList {}
            << u"wirebench-node: the circuit has 2 keyboards (keys, other): say which one "
               "standard input types into with --type NAME\n"_s;
        QTest::newRow("not a keyboard")
            << false << QStringList { u"--type"_s, u"console"_s }
            << u"wirebench-node: --type console: that is a console, not a keyboard\n"_s;
        QTest::newRow("no such node")
            << false << QStringList { u"--type"_s, u"piano"_s }
            << u"wirebench-node: --type piano: no node of that name (keyboards: keys)\n"_s;
    }
    void runChoosesTheKeyboard()
    {
        QFETCH(bool, second);
        QFETCH(QStringList, type);
        QFETCH(QString, error);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QJsonArray extraNodes;
        QJsonArray extraWires;
        if (second) {
            extraNodes.append(
                QJsonObject { { u"name"_s, u"other"_s }, { u"kind"_s, u"keyboard"_s } });
            extraWires.append(QJsonObject { { u"from"_s, u"other"_s }, { u"to"_s, u"queue"_s } });
        }
        const QString circuit = writeCircuit(dir, {}, extraNodes, extraWires);
        Process run;
        run.startNode(QStringList { u"run"_s, circuit } + type);
        QVERIFY(run.waitForExit());
        QCOMPARE(run.process.exitCode(), 1);
        QCOMPARE(run.err, error);
    }

    // With two keyboards, --type picks the one that reads standard input; the other has
    // none, and the run still ends.
    void runTypesIntoTheChosenKeyboard()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString circuit = writeCircuit(dir, {},
            { QJsonObject { { u"name"_s, u"other"_s }, { u"kind"_s, u"keyboard"_s } } },
            { QJsonObject { { u"from"_s, u"other"_s }, { u"to"_s, u"queue"_s } } });
        Process run;
        run.startNode({ u"run"_s, circuit, u"--type"_s, u"other"_s });
        run.process.write("one\n\ntwo\n");
        run.process.closeWriteChannel();
        QVERIFY2(run.waitForExit(), qPrintable(run.report()));
        QVERIFY2(run.process.exitCode() == 0, qPrintable(run.report()));
        QCOMPARE(wbtest::consoleTexts(run, u"worker"_s), QStringList({ u"one"_s, u"two"_s }));
        QCOMPARE(countsOf(run, u"other"_s, u"typed"_s).value(u"acked"_s), 2);
        QCOMPARE(countsOf(run, u"keys"_s, u"typed"_s).value(u"typed"_s), 0);
    }

    // A keyboard whose queue is full and blocks for good (nobody to deliver to) is held back,
    // and so is its standard input: it stops reading instead of taking in more lines than it
    // may hold (100,000) and refusing the rest.
    void keyboardHoldsBackItsInput()
    {
        Process queue;
        const quint16 queuePort = queue.serveNode(
            u"queue"_s, { u"--capacity"_s, u"1"_s, u"--when-full"_s, u"block"_s });
        QVERIFY2(queuePort != 0, qPrintable(queue.report()));
        Process keyboard;
        keyboard.startNode({ u"keyboard"_s, u"--target"_s, target(queuePort) });
        QVERIFY(keyboard.process.waitForStarted());
        constexpr int kLines = 150000;
        keyboard.process.write(wbtest::numberedLines(kLines));
        QVERIFY2(queue.waitForOutput(u"^\\[ queue \\] > line 0 \\(1/1\\)$"_s).hasMatch(),
            qPrintable(queue.report()));
        // The second line waits for room that never comes; the input is not read to its end.
        QVERIFY2(keyboard.waitForOutput(u"^\\[ keyboard \\] > line 1$"_s).hasMatch(),
            qPrintable(keyboard.report()));
        QTest::qWait(500); // time for a reader that does not stop to run past the limit
        QVERIFY2(keyboard.process.bytesToWrite() > 0, qPrintable(keyboard.report()));
        QVERIFY2(wbtest::terminate(keyboard), qPrintable(keyboard.report()));
        QVERIFY2(!keyboard.err.contains(u"took no more input"_s), qPrintable(keyboard.err));
        const auto counts = countsOf(keyboard, u"keyboard"_s, u"typed"_s);
        QVERIFY2(counts.value(u"typed"_s) >= 2 && counts.value(u"typed"_s) < kLines,
            qPrintable(keyboard.linesOf(u"keyboard"_s).constLast()));
        QCOMPARE(counts.value(u"acked"_s), 1);
        QVERIFY(wbtest::terminate(queue));
    }

    // Bad parameters: exit 1 and a message naming the option and what it allows.
    void badParameters_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("error");
        const auto row = [](const char *name, const QStringList &args, const QString &error) {
            QTest::newRow(name) << args << u"wirebench-node: "_s + error + u'\n';
        };
        row("capacity 0", { u"queue"_s, u"--capacity"_s, u"0"_s },
            u"--capacity 0: must be between 1 and 100000"_s);
        row("capacity 10^9", { u"queue"_s, u"--capacity"_s, u"1000000000"_s },
            u"--capacity 1000000000: must be between 1 and 100000"_s);
        row("capacity not a number", { u"queue"_s, u"--capacity"_s, u"many"_s },
            u"--capacity many: must be a whole number"_s);
        row("unknown policy", { u"queue"_s, u"--when-full"_s, u"sideways"_s },
            u"--when-full sideways: must be one of block, drop-newest, drop-oldest"_s);
        row("service-ms negative", { u"worker"_s, u"--service-ms"_s, u"-5"_s },
            u"--service-ms -5: must be between 0 and 3600000"_s);
        row("service-ms fractional", { u"worker"_s, u"--service-ms=2.5"_s },
            u"--service-ms 2.5: must be a whole number"_s);
        row("seed too large", { u"worker"_s, u"--random"_s, u"--seed"_s, u"4294967296"_s },
            u"--seed 4294967296: must be between 0 and 4294967295"_s);
        row("seed without random", { u"worker"_s, u"--seed"_s, u"7"_s },
            u"--seed needs --random (a fixed service time draws nothing)"_s);
        row("port out of range", { u"console"_s, u"--port"_s, u"70000"_s },
            u"--port 70000: must be from 0 to 65535"_s);
        row("keyboard without target", { u"keyboard"_s },
            u"keyboard: give the node the lines go to with --target ws://HOST:PORT"_s);
        row("keyboard target on another channel",
            { u"keyboard"_s, u"--target"_s, u"ws://127.0.0.1:9000/chat"_s },
            u"--target ws://127.0.0.1:9000/chat: a keyboard sends on /keyboard: give "
            "ws://HOST:PORT or ws://HOST:PORT/keyboard"_s);
        row("keyboard does not listen",
            { u"keyboard"_s, u"--port"_s, u"9000"_s, u"--target"_s, u"ws://127.0.0.1:9000"_s },
            u"--port: a keyboard does not listen (it only sends)"_s);
        row("queue target with a path", { u"queue"_s, u"--target"_s, u"ws://127.0.0.1:9000/x"_s },
            u"--target ws://127.0.0.1:9000/x: a queue passes each message on on the channel "
            "it came in on: give ws://HOST:PORT"_s);
        row("target not a URL", { u"worker"_s, u"--target"_s, u"console"_s },
            u"--target console: expected ws://HOST:PORT"_s);
        row("console sends nothing", { u"console"_s, u"--target"_s, u"ws://127.0.0.1:9000"_s },
            u"console: Unknown option 'target'."_s);
        row("capacity is the queue's", { u"worker"_s, u"--capacity"_s, u"5"_s },
            u"worker: Unknown option 'capacity'."_s);
        row("--type only for run", { u"clock"_s, u"--type"_s, u"keys"_s },
            u"--type: only for run"_s);
    }
    void badParameters()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, error);
        Process node;
        node.startNode(args);
        QVERIFY(node.waitForExit());
        QCOMPARE(node.process.exitCode(), 1);
        QCOMPARE(node.err, error);
        QVERIFY(node.out.isEmpty());
    }

    // The help lists the sketches, and each sketch's help its options.
    void help_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QStringList>("mentions");
        QTest::newRow("wirebench-node --help")
            << QStringList { u"--help"_s }
            << QStringList { u"keyboard"_s, u"queue"_s, u"worker"_s, u"console"_s, u"--type"_s };
        QTest::newRow("queue --help")
            << QStringList { u"queue"_s, u"--help"_s }
            << QStringList { u"--capacity"_s, u"--when-full"_s, u"drop-newest"_s, u"--target"_s };
        QTest::newRow("worker --help") << QStringList { u"worker"_s,
            u"--help"_s } << QStringList { u"--service-ms"_s, u"--random"_s, u"--seed"_s };
        QTest::newRow("keyboard --help") << QStringList { u"keyboard"_s, u"--help"_s }
                                         << QStringList { u"--target"_s, u"standard input"_s };
        QTest::newRow("console --help")
            << QStringList { u"console"_s, u"--help"_s } << QStringList { u"--port"_s };
    }
    void help()
    {
        QFETCH(QStringList, args);
        QFETCH(QStringList, mentions);
        Process node;
        node.startNode(args);
        QVERIFY(node.waitForExit());
        QCOMPARE(node.process.exitCode(), 0);
        for (const QString &text : mentions)
            QVERIFY2(node.out.contains(text), qPrintable(text + u" in:\n"_s + node.out));
    }
};

QTEST_GUILESS_MAIN(TestQueueProcesses)
#include "tst_queueprocesses.moc"
