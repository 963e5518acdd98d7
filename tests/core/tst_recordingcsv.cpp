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

// The same stream in another recording: a file holds no stream whose events the cap dropped.
int sameStream(const Recording &in, const Recording &from, int s)
{
    const Recording::Stream &stream = from.stream(s);
    for (int i = 0; i < in.streamCount(); ++i) {
        const Recording::Stream &other = in.stream(i);
        if (other.outgoing == stream.outgoing && other.channel == stream.channel
            && in.nodeName(other.node) == from.nodeName(stream.node))
            return i;
    }
    return -1;
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
    void gateRows_data();
    void gateRows();
    void gateRoundTrip_data();
    void gateRoundTrip();
    void oldLayout_data();
    void oldLayout();
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
        << 0
        << "time_ns,event,node,kind,peer,channel,text,message_id,sent_ns,"
           "acked_ns,rtt_ns,at,wire,direction,attempt,duplicate,rule,delay_ns,capacity";
    QTest::newRow("tick sent, with its ack")
        << 1 << "1000000,sent,clock,clock,iopin,/datafeed,0,0,,1210000,210000,sender,,,1,,,,";
    QTest::newRow("tick received, answered 190 µs later")
        << 2
        << "1010000,received,iopin,iopin,127.0.0.1:50000,/datafeed,0,,,1200000,190000,receiver,,,,"
           "0,,,";
    QTest::newRow("bit sent") << 3
                              << "1020000,sent,iopin,iopin,buzzer,/iopin,1,0,,1032000,12000,sender,"
                                 ",,1,,,,";
    QTest::newRow("ack sent") << 5
                              << "1028000,ack_sent,buzzer,buzzer,127.0.0.1:50000,/iopin,"
                                 "buzz buzz buzz,,,,,receiver,,,,,,,";
    QTest::newRow("ack with its send time")
        << 6
        << "1032000,ack,iopin,iopin,buzzer,/iopin,buzz buzz buzz,0,1020000,,12000,sender,,,,0,,,";
    QTest::newRow("end of the run") << 33 << "3000000,end,,,,,,,,,,,,,,,,,";
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

void TestRecordingCsv::gateRows_data()
{
    QTest::addColumn<QString>("row");
    // wbtest::appendGateEvents(): the pin's wire is 7, its messages 100 to 102.
    QTest::newRow("first attempt, answered after the retry")
        << "5000000,sent,iopin,iopin,buzzer,/iopin,1,100,,5062000,12000,sender,7,,1,,,,";
    QTest::newRow("dropped by a rule")
        << "5001000,dropped,iopin,iopin,buzzer,/iopin,,100,,,,sender,7,message,,,"
           "drop 30 %: dropped,,";
    QTest::newRow("retry") << "5050000,sent,iopin,iopin,buzzer,/iopin,1,100,,,,sender,7,,2,,,,";
    QTest::newRow("received, one id at both ends")
        << "5055000,received,buzzer,buzzer,127.0.0.1:50000,/iopin,1,100,,5058000,3000,receiver,7,,,"
           "0,,,";
    QTest::newRow("ack sent, with the id")
        << "5058000,ack_sent,buzzer,buzzer,127.0.0.1:50000,/iopin,buzz buzz buzz,100,,,,receiver,7,"
           ",,,,,";
    QTest::newRow("ack of the retry") << "5062000,ack,iopin,iopin,buzzer,/iopin,buzz buzz "
                                         "buzz,100,5050000,,12000,sender,7,,,0,,,";
    QTest::newRow("duplicated")
        << "5101000,duplicated,iopin,iopin,buzzer,/iopin,,101,,,,sender,7,message,,,"
           "duplicate 10 %,,";
    QTest::newRow("delayed, with the delay")
        << "5101000,delayed,iopin,iopin,buzzer,/iopin,,101,,,,sender,7,message,,,fault rule,"
           "52300000,";
    QTest::newRow("released") << "57401000,released,iopin,iopin,buzzer,/iopin,,101,,,,sender,7,"
                                 "message,,,delay 52.3 ms,,";
    QTest::newRow("a copy received")
        << "57406000,received,buzzer,buzzer,127.0.0.1:50000,/iopin,1,101,,,,receiver,7,,,1,,,";
    QTest::newRow("extra ack")
        << "57413000,ack,iopin,iopin,buzzer,/iopin,buzz buzz buzz,101,5100000,,52313000,sender,7,,,"
           "1,,,";
    QTest::newRow("ack held at the receiver")
        << "65008000,held,buzzer,buzzer,127.0.0.1:50000,/iopin,,102,,,,receiver,7,ack,,,paused,,";
    QTest::newRow("ack stepped on")
        << "75000000,released,buzzer,buzzer,127.0.0.1:50000,/iopin,,102,"
           ",,,receiver,7,ack,,,stepped,,";
}

void TestRecordingCsv::gateRows()
{
    QFETCH(QString, row);
    Recording recording;
    wbtest::appendSeedRun(&recording, kBits);
    wbtest::appendGateEvents(&recording);
    const QList<QByteArray> lines = csvOf(recording).split('\n');
    QVERIFY2(lines.contains(row.toUtf8()), qPrintable(row));
}

void TestRecordingCsv::gateRoundTrip_data()
{
    QTest::addColumn<int>("cap");
    QTest::newRow("whole run") << 1000;
    QTest::newRow("older events dropped") << 40;
    QTest::newRow("only the gate's part") << 15;
}

// Every new type and field survives the file: the records compare equal, and so do the bytes.
void TestRecordingCsv::gateRoundTrip()
{
    QFETCH(int, cap);
    Recording recording(cap);
    wbtest::appendSeedRun(&recording, kBits);
    wbtest::appendGateEvents(&recording);
    const QByteArray text = csvOf(recording);
    Recording read;
    QCOMPARE(readCsv(text, &read), QString());
    QCOMPARE(csvOf(read), text);
    QCOMPARE(read.size(), recording.size());
    for (int s = 0; s < recording.streamCount(); ++s) {
        const auto &a = recording.stream(s);
        if (a.records.empty())
            continue;
        const int t = sameStream(read, recording, s);
        QVERIFY(t >= 0);
        const auto &b = read.stream(t);
        QCOMPARE(b.outgoing, a.outgoing);
        QCOMPARE(b.records.size(), a.records.size());
        for (std::size_t i = 0; i < a.records.size(); ++i) {
            const Recording::Record &x = a.records[i];
            const Recording::Record &y = b.records[i];
            QCOMPARE(int(y.type), int(x.type));
            QCOMPARE(y.flags, x.flags);
            QCOMPARE(y.attempt, x.attempt);
            QCOMPARE(y.messageId, x.messageId);
            QCOMPARE(b.wireOf(y), a.wireOf(x));
            QCOMPARE(read.text(y), recording.text(x));
            QCOMPARE(Recording::rttNs(y), Recording::rttNs(x));
            QCOMPARE(read.answerOf(t, qsizetype(i)), recording.answerOf(s, qsizetype(i)));
            QCOMPARE(read.lossOf(t, qsizetype(i)), recording.lossOf(s, qsizetype(i)));
        }
    }
    for (const wb::NodeId node : { wbtest::kClock, wbtest::kPin, wbtest::kBuzzer })
        QCOMPARE(wbtest::edgesOf(read, node), wbtest::edgesOf(recording, node));
}

void TestRecordingCsv::oldLayout_data()
{
    QTest::addColumn<int>("cap");
    QTest::addColumn<int>("columns");
    QTest::addColumn<QByteArray>("header");
    const QByteArray before = "time_ns,event,node,kind,peer,channel,text,message_id,sent_ns,"
                              "acked_ns,rtt_ns\n";
    const QByteArray gate = "time_ns,event,node,kind,peer,channel,text,message_id,sent_ns,"
                            "acked_ns,rtt_ns,at,wire,direction,attempt,duplicate,rule,delay_ns\n";
    QTest::newRow("before the gate, whole run") << 1000 << 11 << before;
    QTest::newRow("before the gate, older events dropped") << 21 << 11 << before;
    QTest::newRow("before queues, whole run") << 1000 << 18 << gate;
    QTest::newRow("before queues, older events dropped") << 21 << 18 << gate;
}

// A file of the 11 columns before the gate (what the seed run wrote then), or of the 18 before
// queues, reads the same: the new layout of it is the new layout of the recording.
void TestRecordingCsv::oldLayout()
{
    QFETCH(int, cap);
    QFETCH(int, columns);
    QFETCH(QByteArray, header);
    Recording recording(cap);
    wbtest::appendSeedRun(&recording, kBits);
    const QByteArray text = csvOf(recording);
    QByteArray old;
    for (const QByteArray &line : text.split('\n')) {
        if (!line.isEmpty())
            old += line.split(',').mid(0, columns).join(',') + '\n';
    }
    QVERIFY(old.startsWith(header));
    Recording read;
    QCOMPARE(readCsv(old, &read), QString());
    QCOMPARE(csvOf(read), text);
    for (int s = 0; s < recording.streamCount(); ++s) {
        const int t = sameStream(read, recording, s);
        QCOMPARE(t >= 0, !recording.stream(s).records.empty());
        for (qsizetype i = 0; t >= 0 && i < qsizetype(read.stream(t).records.size()); ++i)
            QCOMPARE(read.answerOf(t, i), recording.answerOf(s, i));
    }
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
    QByteArray gateHeader = header;
    gateHeader.replace("rtt_ns", "rtt_ns,at,wire,direction,attempt,duplicate,rule,delay_ns");
    QTest::newRow("short row, gate layout") << gateHeader + "1,held,a,clock,b,/c,,1,,,\n"
                                            << "line 2: 11 fields, expected 18";
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
