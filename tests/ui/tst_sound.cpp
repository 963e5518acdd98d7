// The buzzer's sound: the tone generator, the WAV writer, and a recording of a real run that is
// loud exactly while the buzzer buzzed and silent everywhere else.
#include "document/circuit.h"
#include "panels/logmodel.h"
#include "runtime/meshruntime.h"
#include "runtime/traffic.h"
#include "sound/audiorecorder.h"
#include "sound/buzzersound.h"
#include "sound/tonegenerator.h"
#include "sound/wavwriter.h"
#include "uitestkit.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QtEndian>
#include <cmath>

using wb::NodeKind;

namespace {

struct Wav
{
    QString error;
    quint16 format = 0;
    quint16 channels = 0;
    quint32 sampleRate = 0;
    quint32 byteRate = 0;
    quint16 blockAlign = 0;
    quint16 bits = 0;
    QList<qint16> samples;
};

Wav readWav(const QString &path)
{
    Wav wav;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        wav.error = file.errorString();
        return wav;
    }
    const QByteArray bytes = file.readAll();
    const char *d = bytes.constData();
    if (bytes.size() < 44 || bytes.left(4) != "RIFF" || bytes.mid(8, 8) != "WAVEfmt "
        || bytes.mid(36, 4) != "data") {
        wav.error = QStringLiteral("not a canonical WAV header");
        return wav;
    }
    if (qFromLittleEndian<quint32>(d + 4) != quint32(bytes.size() - 8)) {
        wav.error = QStringLiteral("RIFF size does not match the file");
        return wav;
    }
    const quint32 dataBytes = qFromLittleEndian<quint32>(d + 40);
    if (dataBytes != quint32(bytes.size() - 44)) {
        wav.error = QStringLiteral("data size does not match the file");
        return wav;
    }
    wav.format = qFromLittleEndian<quint16>(d + 20);
    wav.channels = qFromLittleEndian<quint16>(d + 22);
    wav.sampleRate = qFromLittleEndian<quint32>(d + 24);
    wav.byteRate = qFromLittleEndian<quint32>(d + 28);
    wav.blockAlign = qFromLittleEndian<quint16>(d + 32);
    wav.bits = qFromLittleEndian<quint16>(d + 34);
    for (quint32 i = 0; i + 1 < dataBytes; i += 2)
        wav.samples << qFromLittleEndian<qint16>(d + 44 + i);
    return wav;
}

double rms(const QList<qint16> &samples, qint64 from, qint64 to)
{
    double sum = 0;
    for (qint64 i = from; i < to; ++i)
        sum += double(samples.at(i)) * samples.at(i);
    return to > from ? std::sqrt(sum / double(to - from)) : 0.0;
}

bool silent(const QList<qint16> &samples, qint64 from, qint64 to)
{
    for (qint64 i = std::max<qint64>(0, from); i < std::min<qint64>(to, samples.size()); ++i) {
        if (samples.at(i) != 0)
            return false;
    }
    return true;
}

} // namespace

class TestSound final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void generatorIsSilentUntilBuzzing()
    {
        wb::ToneGenerator generator;
        const int rate = generator.config().sampleRate;
        QList<qint16> out(rate / 10);
        generator.render(out.data(), out.size());
        QVERIFY(silent(out, 0, out.size()));
        QCOMPARE(generator.position(), qint64(out.size()));
        generator.setBuzzing(true);
        generator.render(out.data(), out.size());
        QVERIFY(rms(out, rate / 100, out.size()) > 3000); // loud after the attack ramp
        generator.render(out.data(), out.size()); // past the minimum buzz length
        generator.setBuzzing(false);
        generator.render(out.data(), out.size());
        QVERIFY(silent(out, rate / 100, out.size())); // quiet after the release ramp
        QVERIFY(!generator.isSounding());
    }

    void aShortBuzzLastsTheMinimum()
    {
        wb::ToneGenerator generator;
        const int rate = generator.config().sampleRate;
        const qint64 minFrames = qint64(rate) * generator.config().minBuzzMs / 1000;
        generator.setBuzzing(true);
        generator.setBuzzing(false); // a "1" at once followed by a "0"
        QList<qint16> out(minFrames * 2);
        generator.render(out.data(), out.size());
        QVERIFY(rms(out, rate / 100, minFrames - rate / 100) > 3000);
        QVERIFY(silent(out, minFrames + rate / 100, out.size()));
    }

    void wavWriterWritesAValidHeader()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.wav"));
        wb::WavWriter writer;
        QVERIFY(writer.open(path, 22050));
        const QList<qint16> samples { 0, 1000, -1000, 32767, -32768 };
        QVERIFY(writer.write(samples.constData(), samples.size()));
        QVERIFY(writer.write(samples.constData(), samples.size()));
        QVERIFY(writer.close());
        const Wav wav = readWav(path);
        QVERIFY2(wav.error.isEmpty(), qPrintable(wav.error));
        QCOMPARE(wav.format, quint16(1));
        QCOMPARE(wav.channels, quint16(1));
        QCOMPARE(wav.sampleRate, quint32(22050));
        QCOMPARE(wav.byteRate, quint32(44100));
        QCOMPARE(wav.blockAlign, quint16(2));
        QCOMPARE(wav.bits, quint16(16));
        QCOMPARE(wav.samples, samples + samples);
        // A file that cannot be created is an error, not a crash.
        QVERIFY(!writer.open(dir.filePath(QStringLiteral("no/such/dir/x.wav")), 44100));
        QVERIFY(!writer.errorString().isEmpty());
    }

    // The file at the path changes only when a recording is complete (QSaveFile): an older one
    // stays whole while a recording runs, no temporary file is left behind, and a recording
    // that cannot be put in place says where.
    void wavWriterReplacesTheFileWhenComplete()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.wav"));
        const auto contents = [&path] {
            QFile file(path);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        };
        {
            QFile older(path);
            QVERIFY(older.open(QIODevice::WriteOnly));
            older.write("an older recording");
        }
        wb::WavWriter writer;
        QVERIFY(writer.open(path, 8000));
        const QList<qint16> samples { 1, 2, 3 };
        QVERIFY(writer.write(samples.constData(), samples.size()));
        QCOMPARE(contents(), QByteArray("an older recording"));
        QVERIFY(writer.close());
        QCOMPARE(readWav(path).samples, samples);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList { QStringLiteral("t.wav") });

        const QString gone = dir.filePath(QStringLiteral("gone/t.wav"));
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("gone")));
        QVERIFY(writer.open(gone, 8000));
        QVERIFY(QDir(dir.filePath(QStringLiteral("gone"))).removeRecursively());
        QVERIFY(!writer.close());
        QVERIFY2(writer.errorString().startsWith(gone + u':'), qPrintable(writer.errorString()));
        QVERIFY(!writer.isOpen());
    }

    void recordingIsLoudExactlyWhereTheBuzzerBuzzed()
    {
        QTemporaryDir dir;
        // The clock ticks "0", "1", "2", "3" straight into the buzzer: it buzzes from the
        // second tick to the third, 300 ms.
        const QString circuit = uitest::writeCircuit(
            dir, QStringLiteral("buzz.json"),
            { uitest::node(QStringLiteral("clock"), NodeKind::Clock, 0,
                           { { QStringLiteral("tacks"), 4 }, { QStringLiteral("delay"), 0.3 } }),
              uitest::node(QStringLiteral("buzzer"), NodeKind::Buzzer, 0) },
            { { 0, 1 } });
        uitest::Window w;
        w->openInitial(circuit);
        const QString wavPath = dir.filePath(QStringLiteral("buzz.wav"));
        QVERIFY(w->startRecording(wavPath).isEmpty());
        QVERIFY(w->sound()->isRecording());

        QList<QPair<qint64, bool>> changes; // (time, buzzing) as the workbench saw them
        connect(w->sound(), &wb::BuzzerSound::buzzingChanged, this,
                [&changes](bool on) { changes << qMakePair(wb::monotonicNs(), on); });
        QTest::qWait(200); // some silence first
        w->runtime()->startAll();
        QTRY_VERIFY_WITH_TIMEOUT(w->runtime()->clocksDone(), 10000);
        QTest::qWait(200);
        w->runtime()->stopAll();
        QVERIFY(w->stopRecording().isEmpty());

        // Without an audio device the window says so once, not once per buzz.
        w->logModel()->flush();
        int audioLines = 0;
        for (int row = 0; row < w->logModel()->rowCount(); ++row)
            audioLines += w->logModel()->entry(row).text.contains(QStringLiteral("audio"));
        QVERIFY(audioLines <= 1);

        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes.at(0).second, true);
        QCOMPARE(changes.at(1).second, false);
        const Wav wav = readWav(wavPath);
        QVERIFY2(wav.error.isEmpty(), qPrintable(wav.error));
        QCOMPARE(wav.format, quint16(1));
        QCOMPARE(wav.channels, quint16(1));
        QCOMPARE(wav.bits, quint16(16));
        const int rate = int(wav.sampleRate);
        QCOMPARE(rate, w->sound()->recorder()->sampleRate());
        const qint64 start = w->sound()->recorder()->startNs();
        const auto frameAt = [&](qint64 ns) { return (ns - start) * rate / 1'000'000'000; };
        const qint64 on = frameAt(changes.at(0).first);
        const qint64 off = frameAt(changes.at(1).first);
        QVERIFY(off - on > rate / 5); // about 300 ms of buzz
        QVERIFY(wav.samples.size() > off + rate / 10);

        // Loud in every 10 ms window of the buzz, apart from the edges...
        const qint64 margin = rate / 100;
        for (qint64 from = on + margin; from + margin < off - margin; from += margin)
            QVERIFY2(rms(wav.samples, from, from + margin) > 1000,
                     qPrintable(QStringLiteral("quiet at %1 s").arg(double(from) / rate)));
        // ...and exact silence everywhere else (ramps are 3 ms; the edges may move by a few ms,
        // the time it takes the signal to reach both the recorder and this test).
        QVERIFY(silent(wav.samples, 0, on - margin));
        QVERIFY(silent(wav.samples, off + margin, wav.samples.size()));
    }

    void theCommandLineRecords()
    {
        const QString binary = QStringLiteral(WIREBENCH_BIN_DIR "/wirebench");
        if (!QFileInfo::exists(binary))
            QSKIP("the wirebench executable is not built");
        QTemporaryDir dir;
        const QString circuit = uitest::writeCircuit(
            dir, QStringLiteral("cli.json"),
            { uitest::node(QStringLiteral("clock"), NodeKind::Clock, 0,
                           { { QStringLiteral("tacks"), 3 }, { QStringLiteral("delay"), 0.2 } }),
              uitest::node(QStringLiteral("buzzer"), NodeKind::Buzzer, 0) },
            { { 0, 1 } });
        const QString wavPath = dir.filePath(QStringLiteral("cli.wav"));
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(env);
        process.start(binary, { circuit, QStringLiteral("--run"), QStringLiteral("--record-audio"),
                                wavPath, QStringLiteral("--quit-after"), QStringLiteral("2000"),
                                QStringLiteral("--settings"),
                                dir.filePath(QStringLiteral("s.ini")) });
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        const Wav wav = readWav(wavPath);
        QVERIFY2(wav.error.isEmpty(), qPrintable(wav.error));
        QVERIFY(wav.samples.size() > int(wav.sampleRate)); // about 2 s
        qint64 loud = 0;
        for (qint16 s : wav.samples)
            loud += s != 0;
        // One buzz ("1") of about 200 ms in the whole file.
        QVERIFY(loud > qint64(wav.sampleRate) / 10);
        QVERIFY(loud < qint64(wav.sampleRate) / 2);
    }
};

QTEST_MAIN(TestSound)
#include "tst_sound.moc"
