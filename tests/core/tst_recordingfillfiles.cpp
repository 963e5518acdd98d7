// A queue's fill in the recording files: its CSV rows (event fill, a capacity column), a round
// trip with and without the cap's drops, bad fill rows; its VCD real variable with the
// capacity comment, read back by our reader, whole-number vectors and reals of other tools,
// and Debian's sigrok-cli reading a file with a fill (it skips the real, the rest intact).
#include "recording/csvformat.h"
#include "recording/vcdformat.h"
#include "recordingtestkit.h"

#include <QBuffer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using wb::NodeId;
using wb::Recording;
using Fills = QList<QPair<qint64, quint32>>;

namespace {

constexpr NodeId kQueue = 4;
const QList<QList<int>> kBits { { 1, 0, 0 }, { 0, 1, 1 } };

// A queue whose fill goes 0, 1, 2, 3 (full), 2 in the first 2 ms (its 5 events held first, so
// that the cap drops them first), and the seed run beside it.
void seedRunWithQueue(Recording *recording)
{
    constexpr qint64 kStart = 1'000'000'000; // appendSeedRun()'s
    recording->setNode(kQueue, QStringLiteral("queue"), wb::NodeKind::Queue);
    wbtest::appendFills(recording, kQueue,
        { { 0, 0 }, { 1'005'000, 1 }, { 1'015'000, 2 }, { 1'500'000, 3 }, { 2'100'000, 2 } }, 3,
        kStart);
    wbtest::appendSeedRun(recording, kBits, kStart);
}

QByteArray csvOf(const Recording &recording)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const QString error = wb::csv::write(recording, &buffer);
    return error.isEmpty() ? buffer.data() : error.toUtf8();
}

QString readCsv(QByteArray text, Recording *recording)
{
    QBuffer buffer(&text);
    buffer.open(QIODevice::ReadOnly);
    return wb::csv::read(&buffer, recording);
}

QByteArray vcdOf(const Recording &recording)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    wb::vcd::WriteOptions options;
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

NodeId nodeNamed(const Recording &recording, const QString &name)
{
    for (const Recording::Node &node : recording.nodes()) {
        if (node.name == name)
            return node.id;
    }
    return 0;
}

} // namespace

class TestRecordingFillFiles final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void csvRows_data();
    void csvRows();
    void csvRoundTrip_data();
    void csvRoundTrip();
    void csvBadFills_data();
    void csvBadFills();
    void vcdReal();
    void vcdOtherWriters_data();
    void vcdOtherWriters();
    void sigrokReadsAroundTheFill();
};

void TestRecordingFillFiles::csvRows_data()
{
    QTest::addColumn<QString>("row");
    QTest::newRow("empty at the start") << "0,fill,queue,queue,,,0,,,,,,,,,,,,3";
    QTest::newRow("full") << "1500000,fill,queue,queue,,,3,,,,,,,,,,,,3";
}

void TestRecordingFillFiles::csvRows()
{
    QFETCH(QString, row);
    Recording recording;
    seedRunWithQueue(&recording);
    const QList<QByteArray> lines = csvOf(recording).split('\n');
    QVERIFY(lines.first().endsWith(",delay_ns,capacity"));
    QVERIFY2(lines.contains(row.toUtf8()), qPrintable(row));
}

void TestRecordingFillFiles::csvRoundTrip_data()
{
    QTest::addColumn<int>("cap");
    QTest::newRow("whole run") << 1000;
    QTest::newRow("the first three fills dropped") << 5 + 32 - 3;
}

// Write, read, write again: the same bytes, and the same fill at every moment.
void TestRecordingFillFiles::csvRoundTrip()
{
    QFETCH(int, cap);
    Recording recording(cap);
    seedRunWithQueue(&recording);
    const QByteArray text = csvOf(recording);
    const bool dropped = recording.droppedCount() > 0;
    QCOMPARE(recording.droppedCount(), dropped ? 3u : 0u);
    QCOMPARE(text.contains("\n1015000,before,queue,queue,,,2,,,,,,,,,,,,3\n"), dropped);
    Recording read;
    QCOMPARE(readCsv(text, &read), QString());
    QCOMPARE(csvOf(read), text);
    const NodeId queue = nodeNamed(read, QStringLiteral("queue"));
    QCOMPARE(read.node(queue)->kind, wb::NodeKind::Queue);
    const int a = recording.numericOf(kQueue);
    const int b = read.numericOf(queue);
    QVERIFY(b >= 0);
    QCOMPARE(read.numeric(b).range, 3u);
    for (qint64 t = 0; t < 3'000'000; t += 50'000) {
        QCOMPARE(read.numericAt(b, t), recording.numericAt(a, t + recording.startNs()));
    }
}

void TestRecordingFillFiles::csvBadFills_data()
{
    QTest::addColumn<QByteArray>("row");
    QTest::newRow("no capacity") << QByteArray("5,fill,queue,queue,,,3,,,,,,,,,,,,");
    QTest::newRow("not a number") << QByteArray("5,fill,queue,queue,,,three,,,,,,,,,,,,3");
    QTest::newRow("negative") << QByteArray("5,fill,queue,queue,,,-1,,,,,,,,,,,,3");
    QTest::newRow("a fraction") << QByteArray("5,fill,queue,queue,,,1.5,,,,,,,,,,,,3");
}

void TestRecordingFillFiles::csvBadFills()
{
    QFETCH(QByteArray, row);
    Recording recording;
    seedRunWithQueue(&recording);
    const QByteArray header = csvOf(recording).split('\n').first();
    Recording read;
    const QString error = readCsv(header + '\n' + row + '\n', &read);
    QVERIFY2(error.startsWith(QStringLiteral("line 2: a fill is a whole number of its capacity")),
        qPrintable(error));
}

// A real per queue, after the 1-bit wires, its capacity in a comment; read back the same.
void TestRecordingFillFiles::vcdReal()
{
    Recording recording;
    seedRunWithQueue(&recording);
    const QByteArray text = vcdOf(recording);
    QVERIFY(text.contains("$comment wirebench-kinds clock=clock iopin=iopin buzzer=buzzer "
                          "queue=queue $end\n$comment wirebench-capacity queue=3 $end\n"));
    QVERIFY(text.contains("$var wire 1 # buzzer $end\n$var real 64 $ queue $end\n"));
    // No unknown value for a real: it starts with its first.
    QVERIFY(text.contains("$dumpvars\nx!\nx\"\nx#\n$end\nr0 $\n#1000\n1!\n#1005\nr1 $\n"));
    QVERIFY(text.contains("#1500\nr3 $\n"));
    const wb::vcd::Dump dump = dumpOf(text);
    QCOMPARE(dump.error, QString());
    QCOMPARE(dump.variables.size(), 3);
    QCOMPARE(dump.numbers.size(), 1);
    QCOMPARE(dump.numbers.at(0).name, QStringLiteral("queue"));
    QCOMPARE(dump.numbers.at(0).width, 0);
    QCOMPARE(dump.capacities.value(QStringLiteral("queue")), 3u);
    Recording review;
    wb::vcd::toRecording(dump, &review);
    const NodeId queue = nodeNamed(review, QStringLiteral("queue"));
    QCOMPARE(review.node(queue)->kind, wb::NodeKind::Queue);
    QCOMPARE(review.digitalCount(), 3);
    QCOMPARE(review.numeric(review.numericOf(queue)).range, 3u);
    // At the file's microseconds: 1.015 ms is 1015 µs, so nothing is lost here.
    QCOMPARE(wbtest::fillsOf(review, queue), wbtest::fillsOf(recording, kQueue));
}

void TestRecordingFillFiles::vcdOtherWriters_data()
{
    QTest::addColumn<QByteArray>("var");
    QTest::addColumn<QByteArray>("values"); // at #1, #2, #3
    QTest::addColumn<quint32>("range");
    QTest::addColumn<Fills>("fills"); // at ns
    QTest::newRow("a 3-bit vector") << QByteArray("wire 3") << QByteArray("b0 b101 b11") << 7u
                                    << Fills { { 10, 0 }, { 20, 5 }, { 30, 3 } };
    QTest::newRow("an integer, x bits unknown")
        << QByteArray("integer 32") << QByteArray("b1 bx1 b10") << 0xFFFFFFFFu
        << Fills { { 10, 1 }, { 30, 2 } };
    QTest::newRow("a whole real: of its highest")
        << QByteArray("real 64") << QByteArray("r2 r7 r4.0") << 7u
        << Fills { { 10, 2 }, { 20, 7 }, { 30, 4 } };
    QTest::newRow("an analog real: no level")
        << QByteArray("real 64") << QByteArray("r2 r0.5 r1") << 0u << Fills {};
}

void TestRecordingFillFiles::vcdOtherWriters()
{
    QFETCH(QByteArray, var);
    QFETCH(QByteArray, values);
    QFETCH(quint32, range);
    QFETCH(Fills, fills);
    QByteArray text = "$timescale 10 ns $end\n$scope module top $end\n$var wire 1 ! clk $end\n"
                      "$var "
        + var + " % n $end\n$upscope $end\n$enddefinitions $end\n#0\n0!\n";
    const QList<QByteArray> changes = values.split(' ');
    for (int i = 0; i < changes.size(); ++i)
        text += '#' + QByteArray::number(i + 1) + '\n' + changes.at(i) + " %\n";
    text += "#4\n";
    const wb::vcd::Dump dump = dumpOf(text);
    QCOMPARE(dump.error, QString());
    QCOMPARE(dump.numbers.size(), 1);
    Recording review;
    wb::vcd::toRecording(dump, &review);
    QCOMPARE(review.digitalCount(), 1);
    const NodeId n = nodeNamed(review, QStringLiteral("n"));
    QCOMPARE(n != 0, !fills.isEmpty());
    if (n == 0)
        return;
    QCOMPARE(review.node(n)->kind, wb::NodeKind::External);
    QCOMPARE(review.numeric(review.numericOf(n)).range, range);
    QCOMPARE(wbtest::fillsOf(review, n), fills);
}

// sigrok 0.5 (Debian's) reads a VCD with a fill: the real is skipped, every 1-bit signal is
// read as before (a vector's value wider than a bit would have stopped it there).
void TestRecordingFillFiles::sigrokReadsAroundTheFill()
{
    const QString sigrok = QStandardPaths::findExecutable(QStringLiteral("sigrok-cli"));
    QVERIFY2(!sigrok.isEmpty(), "sigrok-cli is not installed (./dev installs it)");
    Recording recording;
    seedRunWithQueue(&recording);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString ours = dir.filePath(QStringLiteral("ours.vcd"));
    QFile file(ours);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(vcdOf(recording));
    file.close();
    QProcess process;
    process.start(sigrok,
        { QStringLiteral("-i"), ours, QStringLiteral("-I"), QStringLiteral("vcd"),
            QStringLiteral("-O"), QStringLiteral("vcd") });
    QVERIFY(process.waitForFinished(60000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    const wb::vcd::Dump theirs = dumpOf(process.readAllStandardOutput());
    QCOMPARE(theirs.error, QString());
    QCOMPARE(theirs.variables.size(), 3);
    // Every edge of the three signals, at the file's microseconds, up to the last one (sigrok
    // holds the last level without a change of its own).
    for (const auto &v : theirs.variables) {
        const NodeId node = nodeNamed(recording, v.name);
        QVERIFY2(node != 0, qPrintable(v.name));
        QList<QPair<qint64, bool>> expected;
        for (const auto &[t, high] : wbtest::edgesOf(recording, node)) {
            if (expected.isEmpty() ? high : expected.last().second != high)
                expected.append({ t / 1000 * 1000, high });
        }
        QList<QPair<qint64, bool>> got;
        for (const auto &c : v.changes) {
            const bool high = c.value == '1';
            if (got.isEmpty() ? high : got.last().second != high)
                got.append({ c.timeNs, high });
        }
        QVERIFY(expected.size() >= 2);
        QCOMPARE(got, expected);
    }
}

QTEST_GUILESS_MAIN(TestRecordingFillFiles)
#include "tst_recordingfillfiles.moc"
