// Recordings as CSV: the columns of each event, quoting, a full round trip (write, read,
// write again gives the same bytes), the drop marker, errors, and files by extension.
#include "recording/csvformat.h"
#include "recording/recordingfile.h"
#include "recordingtestkit.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using wb::Recording;
using wb::TrafficEvent;

namespace {

const QList<QList<int>> kBits { { 1, 0, 0 }, { 0, 1, 1 } };

QByteArray csvOf(const Recording &recording)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const QString error = wb::csv::write(recording, &buffer);
    return error.isEmpty() ? buffer.data() : error.toUtf8();
}

QString readCsv(const QByteArray &text, Recording *recording)
{
    QByteArray copy = text;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return wb::csv::read(&buffer, recording);
}

} // namespace

class TestRecordingCsv final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rows_data();
    void rows();
    void roundTrip_data();
    void roundTrip();
    void quoting();
    void errors_data();
    void errors();
    void files();
};

void TestRecordingCsv::rows_data()
{
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("row");
    // Line 0 is the header; times are from the start, in ns.
    QTest::newRow("header")
        << 0 << "time_ns,event,node,kind,peer,channel,text,message_id,sent_ns,acked_ns,rtt_ns";
    QTest::newRow("tick sent, with its ack")
        << 1 << "1000000,sent,clock,clock,iopin,/datafeed,0,0,,1210000,210000";
    QTest::newRow("tick received, answered 190 µs later")
        << 2 << "1010000,received,iopin,iopin,127.0.0.1:50000,/datafeed,0,,,1200000,190000";
    QTest::newRow("bit sent") << 3 << "1020000,sent,iopin,iopin,buzzer,/iopin,1,0,,1032000,12000";
    QTest::newRow("ack sent") << 5
                              << "1028000,ack_sent,buzzer,buzzer,127.0.0.1:50000,/iopin,"
                                 "buzz buzz buzz,,,,";
    QTest::newRow("ack with its send time")
        << 6 << "1032000,ack,iopin,iopin,buzzer,/iopin,buzz buzz buzz,0,1020000,,12000";
    QTest::newRow("end of the run") << 33 << "3000000,end,,,,,,,,,";
}

void TestRecordingCsv::rows()
{
    QFETCH(int, line);
    QFETCH(QString, row);
    Recording recording;
    wbtest::appendSeedRun(&recording, kBits);
    const QList<QByteArray> lines = csvOf(recording).split('\n');
    QCOMPARE(lines.size(), 1 + 2 * 16 + 1 + 1); // header, events, end, the last newline
    QCOMPARE(QString::fromUtf8(lines.at(line)), row);
}

void TestRecordingCsv::roundTrip_data()
{
    QTest::addColumn<int>("cap");
    QTest::newRow("whole run") << 1000;
    QTest::newRow("older events dropped") << 21;
}

void TestRecordingCsv::roundTrip()
{
    QFETCH(int, cap);
    Recording recording(cap);
    wbtest::appendSeedRun(&recording, kBits);
    TrafficEvent lost = wbtest::trafficEvent(TrafficEvent::Type::Failed, 1'004'000'000,
        wbtest::kClock, wbtest::kPin, "/datafeed", "gone", 9);
    lost.wasSent = true;
    recording.append(lost);
    const QByteArray text = csvOf(recording);

    Recording read;
    QCOMPARE(readCsv(text, &read), QString());
    QCOMPARE(csvOf(read), text);
    QCOMPARE(read.size(), recording.size());
    QCOMPARE(read.droppedCount(), recording.droppedCount());
    if (recording.droppedCount() > 0)
        QCOMPARE(read.droppedUntilNs(), recording.droppedUntilNs() - recording.startNs());
    QCOMPARE(read.endNs(), recording.endNs() - recording.startNs());
    QCOMPARE(read.streamCount(), recording.streamCount());
    for (const wb::NodeId node : { wbtest::kClock, wbtest::kPin, wbtest::kBuzzer })
        QCOMPARE(wbtest::edgesOf(read, node), wbtest::edgesOf(recording, node));
    QCOMPARE(read.node(wbtest::kBuzzer)->kind, wb::NodeKind::Buzzer);
    QVERIFY(text.contains(",failed,clock,clock,iopin,/datafeed,gone,9,"));
    QCOMPARE(text.contains(",dropped,"), recording.droppedCount() > 0);
}

void TestRecordingCsv::quoting()
{
    Recording recording;
    recording.setNode(1, QStringLiteral("pin"), wb::NodeKind::IoPin);
    const QStringList texts { "a,b", "say \"hi\"", "two\nlines", "\r", "" };
    for (int i = 0; i < texts.size(); ++i)
        recording.append(
            wbtest::trafficEvent(TrafficEvent::Type::Received, i, 1, 0, "/c", texts.at(i)));
    const QByteArray text = csvOf(recording);
    QVERIFY(text.contains("\"say \"\"hi\"\"\""));
    Recording read;
    QCOMPARE(readCsv(text, &read), QString());
    QStringList back;
    for (const Recording::Record &r : read.stream(0).records)
        back << read.text(r);
    QCOMPARE(back, texts);
}

void TestRecordingCsv::errors_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("error");
    const QByteArray header = "time_ns,event,node,kind,peer,channel,text,message_id,sent_ns,"
                              "acked_ns,rtt_ns\n";
    QTest::newRow("empty") << QByteArray() << "not a Wirebench recording";
    QTest::newRow("another csv") << QByteArray("a,b,c\n1,2,3\n") << "not a Wirebench recording";
    QTest::newRow("short row") << header + "1,sent\n"
                               << "line 2: 2 fields, expected 11";
    QTest::newRow("bad time") << header + "x,sent,a,clock,b,/c,0,1,,,\n"
                              << "line 2: unreadable time x";
    QTest::newRow("bad event") << header + "1,shouted,a,clock,b,/c,0,1,,,\n"
                               << "line 2: unknown event shouted";
}

void TestRecordingCsv::errors()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, error);
    Recording read;
    const QString got = readCsv(text, &read);
    QVERIFY2(got.startsWith(error), qPrintable(got));
}

void TestRecordingCsv::files()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Recording recording;
    wbtest::appendSeedRun(&recording, kBits);
    for (const QString &name : { QStringLiteral("run.csv"), QStringLiteral("run.VCD") }) {
        const QString path = dir.filePath(name);
        QCOMPARE(wb::recordingfile::save(recording, path), QString());
        Recording read;
        QCOMPARE(wb::recordingfile::open(path, &read), QString());
        QCOMPARE(
            wbtest::edgesOf(read, read.digital(1).node), wbtest::edgesOf(recording, wbtest::kPin));
    }
    const QString text = dir.filePath(QStringLiteral("run.txt"));
    QVERIFY(wb::recordingfile::save(recording, text).contains(QStringLiteral(".vcd or .csv")));
    QVERIFY(!QFile::exists(text));
    QVERIFY(wb::recordingfile::open(dir.filePath(QStringLiteral("missing.csv")), &recording)
                .startsWith(dir.filePath(QStringLiteral("missing.csv"))));
    // A pipe nobody writes to would not even open: refused at once, with its name.
    const QString pipe = dir.filePath(QStringLiteral("pipe.csv"));
    QCOMPARE(::mkfifo(QFile::encodeName(pipe).constData(), 0600), 0);
    QCOMPARE(
        wb::recordingfile::open(pipe, &recording), pipe + QStringLiteral(": not a regular file"));
    QVERIFY(!wb::recordingfile::save(recording, dir.filePath(QStringLiteral("no/such/dir.csv")))
                 .isEmpty());
}

QTEST_GUILESS_MAIN(TestRecordingCsv)
#include "tst_recordingcsv.moc"
