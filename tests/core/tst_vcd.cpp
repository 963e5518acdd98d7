// Recordings as Value Change Dumps: the file we write, our reader, VCDs from other tools, and
// Debian's sigrok-cli reading ours back (the same transitions, a known run and a real one).
#include "recording/recorder.h"
#include "recording/vcdformat.h"
#include "recordingtestkit.h"

#include <QBuffer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using wb::Recording;
using Changes = QList<QPair<qint64, char>>;

namespace {

const QList<QList<int>> kBits { { 1, 0, 0 }, { 0, 1, 1 }, { 1, 1, 0 } };

QByteArray vcdOf(const Recording &recording, qint64 timescaleNs = 1000)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    wb::vcd::WriteOptions options;
    options.timescaleNs = timescaleNs;
    options.date = QStringLiteral("test");
    const QString error = wb::vcd::write(recording, &buffer, options);
    return error.isEmpty() ? buffer.data() : error.toUtf8();
}

wb::vcd::Dump dumpOf(QByteArray text)
{
    QBuffer buffer(&text);
    buffer.open(QIODevice::ReadOnly);
    return wb::vcd::read(&buffer);
}

// Levels as a reader that knows no 'x' sees them (sigrok starts every channel at 0): the
// first value, then every change; at equal times the last value wins.
Changes levels(const std::vector<wb::vcd::Dump::Change> &changes)
{
    Changes result;
    for (const auto &c : changes) {
        const char v = c.value == '1' ? '1' : '0';
        if (!result.isEmpty() && result.last().first == c.timeNs)
            result.removeLast();
        if (result.isEmpty() || result.last().second != v)
            result.append({ c.timeNs, v });
    }
    return result;
}

// The recording's edges at the VCD's resolution, as levels from time 0.
Changes expectedLevels(const Recording &recording, wb::NodeId node, qint64 unitNs)
{
    std::vector<wb::vcd::Dump::Change> changes { { 0, 'x' } };
    for (const auto &[t, v] : wbtest::edgesOf(recording, node))
        changes.push_back({ t / unitNs * unitNs, v ? '1' : '0' });
    return levels(changes);
}

const wb::vcd::Dump::Variable *variable(const wb::vcd::Dump &dump, const QString &name)
{
    for (const auto &v : dump.variables) {
        if (v.name == name)
            return &v;
    }
    return nullptr;
}

// The seed circuit run for real, recorded.
bool recordSeedRun(Recording *recording)
{
    wb::Circuit circuit;
    if (!wbtest::loadSeedCircuit(&circuit, 8, 0.005, 7))
        return false;
    wb::MeshRuntime runtime(&circuit);
    wb::Recorder recorder(&runtime, recording);
    return wbtest::runUntilClockDone(&runtime);
}

} // namespace

class TestVcd final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void header();
    void readsBack_data();
    void readsBack();
    void droppedSpan();
    void otherWriters();
    void badInput_data();
    void badInput();
    void gateComments();
    void sigrok_data();
    void sigrok();
};

void TestVcd::header()
{
    Recording recording;
    wbtest::appendSeedRun(&recording, kBits);
    const QByteArray text = vcdOf(recording);
    QVERIFY(text.startsWith("$date test $end\n$version Wirebench "));
    QVERIFY(text.contains("$comment wirebench-kinds clock=clock iopin=iopin buzzer=buzzer $end"));
    QVERIFY(text.contains("$timescale 1 us $end\n$scope module wirebench $end\n"
                          "$var wire 1 ! clock $end\n$var wire 1 \" iopin $end\n"
                          "$var wire 1 # buzzer $end\n$upscope $end\n$enddefinitions $end\n"
                          "#0\n$dumpvars\nx!\nx\"\nx#\n$end\n#1000\n1!\n#1020\n1\"\n#1025\n1#\n"));
    // The end of the run closes the dump.
    QVERIFY(text.endsWith("#4000\n"));
    QCOMPARE(vcdOf(recording, 3), QByteArray("a VCD timescale is 1, 10 or 100 of s, ms, us or ns"));
}

void TestVcd::readsBack_data()
{
    QTest::addColumn<qint64>("unit");
    QTest::newRow("1 ns") << 1LL;
    QTest::newRow("1 us") << 1000LL;
    QTest::newRow("100 us") << 100'000LL;
    QTest::newRow("1 ms") << 1'000'000LL;
}

void TestVcd::readsBack()
{
    QFETCH(qint64, unit);
    Recording recording;
    wbtest::appendSeedRun(&recording, kBits);
    const wb::vcd::Dump dump = dumpOf(vcdOf(recording, unit));
    QCOMPARE(dump.error, QString());
    QCOMPARE(dump.variables.size(), 3);
    QCOMPARE(dump.kinds.value(QStringLiteral("iopin")), QStringLiteral("iopin"));
    QCOMPARE(dump.lastTimeNs, 4'000'000);
    for (const wb::NodeId node : { wbtest::kClock, wbtest::kPin, wbtest::kBuzzer }) {
        const auto *v = variable(dump, recording.nodeName(node));
        QVERIFY(v);
        QCOMPARE(levels(v->changes), expectedLevels(recording, node, unit));
    }
    // Opened for review: one level signal per variable, same edges.
    Recording review;
    wb::vcd::toRecording(dump, &review);
    QCOMPARE(review.digitalCount(), 3);
    QCOMPARE(review.endNs(), 4'000'000);
    if (unit == 1)
        QCOMPARE(wbtest::edgesOf(review, 2), wbtest::edgesOf(recording, wbtest::kPin));
    QCOMPARE(review.node(3)->kind, wb::NodeKind::Buzzer);
}

void TestVcd::droppedSpan()
{
    Recording recording(20);
    wbtest::appendSeedRun(&recording, kBits);
    const QByteArray text = vcdOf(recording, 1);
    QVERIFY(text.contains("$comment 28 older events were dropped (recording cap)"));
    const wb::vcd::Dump dump = dumpOf(text);
    // Unknown until the last dropped edge, then its level.
    const Recording::Digital &d = recording.digital(recording.digitalOf(wbtest::kPin));
    QVERIFY(d.before.has_value());
    const auto &changes = variable(dump, QStringLiteral("iopin"))->changes;
    QCOMPARE(changes.at(0), (wb::vcd::Dump::Change { 0, 'x' }));
    QCOMPARE(changes.at(1),
        (wb::vcd::Dump::Change { d.knownFromNs - recording.startNs(), *d.before ? '1' : '0' }));
}

void TestVcd::otherWriters()
{
    // GTKWave-style: nested scopes, vectors, reals and strings to skip, 10 ns steps, $dumpoff.
    const QByteArray text = "$timescale\n 10ns\n$end\n$scope module top $end\n"
                            "$scope module cpu $end\n$var wire 1 % clk $end\n"
                            "$var wire 8 & bus [7:0] $end\n$var real 64 ' r $end\n"
                            "$var string 1 ( s $end\n$upscope $end\n$upscope $end\n"
                            "$enddefinitions $end\n$comment hello $end\n#0\n$dumpvars\n0%\n"
                            "b0 &\nr1.5 '\nsHi (\n$end\n#3\n1%\nb101 &\n#5\nZ%\n#7 0% #9\n";
    const wb::vcd::Dump dump = dumpOf(text);
    QCOMPARE(dump.error, QString());
    QCOMPARE(dump.variables.size(), 1);
    QCOMPARE(dump.variables.at(0).name, QStringLiteral("clk"));
    const std::vector<wb::vcd::Dump::Change> expected { { 0, '0' }, { 30, '1' }, { 50, 'z' },
        { 70, '0' } };
    QVERIFY(dump.variables.at(0).changes == expected);
    QCOMPARE(dump.lastTimeNs, 90);
    Recording review;
    wb::vcd::toRecording(dump, &review);
    QCOMPARE(wbtest::edgesOf(review, 1),
        (QList<QPair<qint64, bool>> { { 0, false }, { 30, true }, { 70, false } }));
    QCOMPARE(review.node(1)->kind, wb::NodeKind::External);
}

void TestVcd::badInput_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("error");
    QTest::newRow("timescale") << QByteArray("$timescale 1 parsec $end") << "unreadable $timescale";
    QTest::newRow("var") << QByteArray("$var wire 1 $end") << "unreadable $var";
    QTest::newRow("time") << QByteArray("$enddefinitions $end #12x") << "unreadable time #12x";
    QTest::newRow("not a vcd") << QByteArray("hello $end world") << "unexpected world";
}

void TestVcd::badInput()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, error);
    QCOMPARE(dumpOf(text).error, error);
}

// The gate's decisions are header comments, one each with its time; the signals are as before.
void TestVcd::gateComments()
{
    Recording recording;
    wbtest::appendSeedRun(&recording, kBits);
    wbtest::appendGateEvents(&recording);
    const QByteArray text = vcdOf(recording);
    const qsizetype definitions = text.indexOf("$enddefinitions");
    QCOMPARE(text.count("$comment wirebench-gate "), 6);
    QVERIFY(text.indexOf("$comment wirebench-gate ") < definitions);
    QVERIFY(text.contains("$comment wirebench-gate #5001 iopin dropped message id=100 wire=7 "
                          "rule=drop 30 %: dropped $end\n"));
    QVERIFY(text.contains("$comment wirebench-gate #5101 iopin delayed message id=101 wire=7 "
                          "delay_ns=52300000 rule=fault rule $end\n"));
    QVERIFY(text.contains("$comment wirebench-gate #65008 buzzer held ack id=102 wire=7 "
                          "rule=paused $end\n"));
    const wb::vcd::Dump dump = dumpOf(text);
    QCOMPARE(dump.error, QString());
    QCOMPARE(dump.variables.size(), 3);
    for (const wb::NodeId node : { wbtest::kClock, wbtest::kPin, wbtest::kBuzzer }) {
        const auto *v = variable(dump, recording.nodeName(node));
        QVERIFY(v);
        QCOMPARE(levels(v->changes), expectedLevels(recording, node, 1000));
    }
}

void TestVcd::sigrok_data()
{
    QTest::addColumn<QString>("run");
    QTest::newRow("known run") << "known";
    QTest::newRow("seeded run") << "real";
    QTest::newRow("with the gate's events") << "gate";
}

void TestVcd::sigrok()
{
    QFETCH(QString, run);
    const QString sigrok = QStandardPaths::findExecutable(QStringLiteral("sigrok-cli"));
    QVERIFY2(!sigrok.isEmpty(), "sigrok-cli is not installed (./dev installs it)");
    Recording recording;
    if (run == QLatin1String("real"))
        QVERIFY(recordSeedRun(&recording));
    else
        wbtest::appendSeedRun(&recording, kBits);
    if (run == QLatin1String("gate"))
        wbtest::appendGateEvents(&recording);
    QVERIFY(recording.digitalCount() == 3);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString ours = dir.filePath(QStringLiteral("ours.vcd"));
    const QString theirs = dir.filePath(QStringLiteral("theirs.vcd"));
    QFile file(ours);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(vcdOf(recording));
    file.close();

    QProcess process;
    process.start(sigrok,
        { QStringLiteral("-i"), ours, QStringLiteral("-I"), QStringLiteral("vcd"),
            QStringLiteral("-O"), QStringLiteral("vcd"), QStringLiteral("-o"), theirs });
    QVERIFY(process.waitForFinished(60000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    QVERIFY2(!process.readAllStandardError().contains("Skipping"), "sigrok skipped part of it");
    QFile back(theirs);
    QVERIFY(back.open(QIODevice::ReadOnly));
    const QByteArray text = back.readAll();
    QVERIFY(text.contains("libsigrok"));
    const wb::vcd::Dump dump = dumpOf(text);
    QCOMPARE(dump.error, QString());
    QCOMPARE(dump.variables.size(), 3);
    for (int i = 0; i < recording.digitalCount(); ++i) {
        const wb::NodeId node = recording.digital(i).node;
        const auto *v = variable(dump, recording.nodeName(node));
        QVERIFY2(v, qPrintable(recording.nodeName(node)));
        const Changes expected = expectedLevels(recording, node, 1000);
        QVERIFY(expected.size() >= 4);
        QCOMPARE(levels(v->changes), expected);
    }
}

QTEST_GUILESS_MAIN(TestVcd)
#include "tst_vcd.moc"
