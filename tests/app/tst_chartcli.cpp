// wirebench-node chart: a recording's sequence chart on standard output or in a file, the same
// text as the export functions give for the recording read back; a real seeded run's chart
// holds every tick and bit it printed, and Debian's plantuml reads it; bad command lines and bad
// files say what and where, with their exit codes.
#include "../core/recordingtestkit.h"
#include "chart/chartexport.h"
#include "chart/sequencemodel.h"
#include "processkit.h"
#include "recording/csvformat.h"
#include "recording/recording.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using wbtest::Process;
using namespace wb;

class TestChartCli final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_known; // the known run of tst_chartexport as CSV

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // Runs wirebench-node with `args` to its end.
    static bool run(Process &node, const QStringList &args)
    {
        node.startNode(args);
        return node.waitForExit();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Recording recording;
        wbtest::appendSeedRun(&recording, { { 1, 0 }, { 1 } });
        wbtest::appendGateEvents(&recording);
        m_known = path(QStringLiteral("known.csv"));
        QFile file(m_known);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(csv::write(recording, &file).isEmpty());
    }

    void formats_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QStringList>("range");
        QTest::addColumn<qint64>("fromNs");
        QTest::addColumn<qint64>("toNs");
        const qint64 all = std::numeric_limits<qint64>::max();
        const qint64 none = std::numeric_limits<qint64>::min();
        QTest::newRow("plantuml") << "plantuml" << QStringList() << none << all;
        QTest::newRow("mermaid") << "mermaid" << QStringList() << none << all;
        QTest::newRow("svg") << "svg" << QStringList() << none << all;
        QTest::newRow("plantuml 2 ms to 5.05 ms")
            << "plantuml" << QStringList { "--from", "2ms", "--to", "5050us" } << 2'000'000LL
            << 5'050'000LL;
        QTest::newRow("mermaid from 0.005 s")
            << "mermaid" << QStringList { "--from", "0.005" } << 5'000'000LL << all;
        QTest::newRow("svg to 1e-3 s")
            << "svg" << QStringList { "--to", "1.5e-3s" } << none << 1'500'000LL;
    }
    // What the command prints is what the export gives for the file read back.
    void formats()
    {
        QFETCH(QString, format);
        QFETCH(QStringList, range);
        QFETCH(qint64, fromNs);
        QFETCH(qint64, toNs);
        Process node;
        QVERIFY(run(node,
            QStringList { QStringLiteral("chart"), m_known, QStringLiteral("--format"), format }
                + range));
        QVERIFY2(node.process.exitCode() == 0, qPrintable(node.err));
        Recording recording;
        QFile file(m_known);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(csv::read(&file, &recording).isEmpty());
        SequenceModel model(&recording);
        model.update();
        chartexport::Options options;
        if (fromNs != std::numeric_limits<qint64>::min())
            options.fromNs = recording.startNs() + fromNs;
        if (toNs != std::numeric_limits<qint64>::max())
            options.toNs = recording.startNs() + toNs;
        const QString expected
            = chartexport::write(*chartexport::formatFromName(format), model, options);
        QCOMPARE(node.out, expected);
        QVERIFY(node.err.isEmpty());
    }

    void output()
    {
        Process node;
        const QString out = path(QStringLiteral("chart.mmd"));
        QVERIFY(run(node,
            { QStringLiteral("chart"), m_known, QStringLiteral("-f"), QStringLiteral("mermaid"),
                QStringLiteral("--output"), out }));
        QCOMPARE(node.process.exitCode(), 0);
        QVERIFY(node.out.isEmpty());
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.startsWith("sequenceDiagram\n"));
        QVERIFY(text.contains("    P1-xP2: 1\n")); // the dropped message
    }

    // A real seeded run, recorded and charted: every tick the clock sent and every bit the pin
    // sent, in order; and plantuml reads it.
    void seededRun()
    {
        const QString circuit = path(QStringLiteral("seed.json"));
        QFile file(circuit);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral(R"({"format": "wirebench-circuit", "version": 1, "nodes": [
            {"name": "clock", "kind": "clock", "targets": ["iopin"]},
            {"name": "iopin", "kind": "iopin", "port": %1, "targets": ["buzzer"]},
            {"name": "buzzer", "kind": "buzzer", "port": %2}]})")
                       .arg(wbtest::freePort())
                       .arg(wbtest::freePort())
                       .toUtf8());
        file.close();
        const QString csvPath = path(QStringLiteral("seeded.csv"));
        Process recorder;
        QVERIFY(run(recorder,
            { QStringLiteral("run"), circuit, QStringLiteral("-t"), QStringLiteral("3"),
                QStringLiteral("-d"), QStringLiteral("0"), QStringLiteral("--seed"),
                QStringLiteral("42"), QStringLiteral("--until-done"), QStringLiteral("--record"),
                csvPath }));
        QVERIFY2(recorder.process.exitCode() == 0, qPrintable(recorder.report()));
        Process chart;
        QVERIFY(run(chart, { QStringLiteral("chart"), csvPath }));
        QVERIFY2(chart.process.exitCode() == 0, qPrintable(chart.err));
        const QStringList lines = chart.out.split(u'\n');
        QCOMPARE(lines.first(), QStringLiteral("@startuml"));
        // The clock's ticks 0, 1, 2 and one message from the pin to the buzzer per bit sent.
        QStringList ticks;
        QStringList bits;
        const QRegularExpression message(QStringLiteral("^P(\\d+) -> P(\\d+) : (\\d+)$"));
        for (const QString &line : lines) {
            if (const auto m = message.match(line); m.hasMatch())
                (m.captured(1) == u"0" ? ticks : bits) << m.captured(3);
        }
        QCOMPARE(ticks, (QStringList { "0", "1", "2" }));
        QStringList sentBits; // the pin prints each tick's bits: "toggling pin state: [0, 1, 1]"
        const QRegularExpression toggling(QStringLiteral("^toggling pin state: \\[(.*)\\]$"));
        for (const QString &line : recorder.linesOf(QStringLiteral("iopin"))) {
            if (const auto m = toggling.match(line); m.hasMatch())
                sentBits << m.captured(1).split(QStringLiteral(", "));
        }
        QCOMPARE(bits, sentBits);
        QCOMPARE(bits.size(), 9); // 3 bits a tick
        const QString plantuml = QStandardPaths::findExecutable(QStringLiteral("plantuml"));
        if (plantuml.isEmpty())
            QSKIP("plantuml is not installed (./dev installs it)");
        QProcess reader;
        reader.start(plantuml, { QStringLiteral("-syntax") });
        QVERIFY(reader.waitForStarted(10000));
        reader.write(chart.out.toUtf8());
        reader.closeWriteChannel();
        QVERIFY(reader.waitForFinished(100000));
        const QString verdict = QString::fromUtf8(reader.readAllStandardOutput());
        QVERIFY2(verdict.startsWith(u"SEQUENCE"), qPrintable(verdict));
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString known = QStringLiteral("KNOWN");
        QTest::newRow("no recording") << QStringList { "chart" } << 1 << "missing RECORDING";
        QTest::newRow("two recordings")
            << QStringList { "chart", known, known } << 1 << "unexpected argument";
        QTest::newRow("unknown format") << QStringList { "chart", known, "--format", "dot" } << 1
                                        << "--format dot: expected plantuml, mermaid or svg";
        QTest::newRow("bad time") << QStringList { "chart", known, "--from", "1x" } << 1
                                  << "--from 1x: not a time";
        QTest::newRow("negative time")
            << QStringList { "chart", known, "--to", "-1" } << 1 << "--to -1: not a time";
        QTest::newRow("from after to") << QStringList { "chart", known, "--from", "2s", "--to",
            "1s" } << 1 << "--from 2s is after --to 1s";
        QTest::newRow("unknown option")
            << QStringList { "chart", known, "--colour" } << 1 << "colour";
        QTest::newRow("no such file")
            << QStringList { "chart", "DIR/missing.csv" } << 8 << "missing.csv: No such file";
        QTest::newRow("not a recording") << QStringList { "chart", "DIR/notes.txt" } << 8
                                         << "a recording is a .vcd or .csv file";
        QTest::newRow("a VCD") << QStringList { "chart", "DIR/signals.vcd" } << 8
                               << "a VCD holds the signals only";
        QTest::newRow("a broken CSV")
            << QStringList { "chart", "DIR/broken.csv" } << 8 << "broken.csv";
        QTest::newRow("output nowhere")
            << QStringList { "chart", known, "--output", "DIR/no/such/dir/x.puml" } << 8
            << "--output";
    }
    void badInput()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        for (QString &a : args) {
            a.replace(QStringLiteral("KNOWN"), m_known);
            a.replace(QStringLiteral("DIR"), m_dir.path());
        }
        const auto write = [&](const QString &name, const QByteArray &bytes) {
            QFile file(path(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bytes);
        };
        write(QStringLiteral("notes.txt"), "hello\n");
        write(QStringLiteral("signals.vcd"),
            "$timescale 1 us $end\n$scope module wirebench $end\n$var wire 1 ! led $end\n"
            "$upscope $end\n$enddefinitions $end\n#0\n1!\n#5\n0!\n");
        write(QStringLiteral("broken.csv"),
            "time_ns,event,node,kind,peer,channel,text,message_id,sent_ns,acked_ns,rtt_ns\n"
            "soon,sent,clock,clock,iopin,/datafeed,0,1,,,\n");
        Process node;
        QVERIFY(run(node, args));
        QVERIFY2(node.process.exitCode() == exitCode, qPrintable(node.report()));
        QVERIFY2(node.err.contains(message), qPrintable(node.err));
        QVERIFY(node.err.startsWith(u"wirebench-node: chart: "));
        QVERIFY(node.out.isEmpty());
    }

    void help()
    {
        Process node;
        QVERIFY(run(node, { QStringLiteral("chart"), QStringLiteral("--help") }));
        QCOMPARE(node.process.exitCode(), 0);
        QVERIFY(node.out.contains(u"--format"));
        Process main;
        QVERIFY(run(main, { QStringLiteral("--help") }));
        QVERIFY(main.out.contains(u"wirebench-node chart RECORDING"));
    }
};

QTEST_GUILESS_MAIN(TestChartCli)
#include "tst_chartcli.moc"
