// A real workbench told to quit by the system mid-run (SIGTERM, SIGINT, SIGHUP), with an edit it
// never saved, a sound recording going and peers connected to one of its nodes (a raw WebSocket
// client and the seed's Python clock): it exits 0, its recovery file holds the edit and the next
// start offers it, the WAV is complete, and the peers saw a close frame 1001 (going away). A
// second signal while it quits ends it at once, the files written all the same.
#include "document/circuitformat.h"
#include "processkit.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using wbtest::Client;
using wbtest::kWaitMs;
using wbtest::Process;
using wbtest::waitFor;

namespace {

const QString kEdit = QStringLiteral("iopin.seed=4242");

// The recovery files in `dir` (lock files aside).
QStringList recoveryFiles(const QString &dir)
{
    return QDir(dir).entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
}

qint64 seedOf(const wb::circuitformat::Document &document)
{
    for (const wb::NodeSpec &spec : document.nodes) {
        if (spec.name == QLatin1String("iopin"))
            return spec.params.value(QStringLiteral("seed"), -1).toLongLong();
    }
    return -2;
}

// Empty when `file` is a complete RIFF/WAVE file with samples, else what is wrong.
QString wavProblem(const QString &file)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return file + QStringLiteral(": ") + in.errorString();
    const QByteArray bytes = in.readAll();
    if (bytes.size() < 44)
        return QStringLiteral("%1 bytes: no header").arg(bytes.size());
    if (!bytes.startsWith("RIFF") || bytes.mid(8, 8) != "WAVEfmt " || bytes.mid(36, 4) != "data")
        return QStringLiteral("not a RIFF/WAVE header: %1")
            .arg(QString::fromLatin1(bytes.left(44).toHex()));
    const quint32 riff = qFromLittleEndian<quint32>(bytes.constData() + 4);
    const quint32 data = qFromLittleEndian<quint32>(bytes.constData() + 40);
    if (riff != quint32(bytes.size() - 8) || data != quint32(bytes.size() - 44))
        return QStringLiteral("sizes RIFF %1, data %2 in a file of %3 bytes")
            .arg(riff)
            .arg(data)
            .arg(bytes.size());
    if (data == 0)
        return QStringLiteral("no samples");
    return {};
}

void startWorkbench(Process &p, const QString &settings, const QStringList &args)
{
    QProcessEnvironment env = p.process.processEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.process.setProcessEnvironment(env);
    p.process.start(QStringLiteral(WIREBENCH_BIN_DIR "/wirebench"),
        QStringList { QStringLiteral("--settings"), settings } + args);
}

// Connects `client` to a node of a workbench that is starting: refused until it listens.
bool connectWhenListening(Client &client, const QUrl &url, const Process &workbench)
{
    for (int attempt = 0; attempt < 100; ++attempt) {
        if (client.open(url))
            return true;
        if (workbench.process.state() == QProcess::NotRunning)
            return false;
        QTest::qWait(100);
    }
    return false;
}

} // namespace

class TestGracefulQuit final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (!QFileInfo::exists(QStringLiteral(WIREBENCH_BIN_DIR "/wirebench")))
            QSKIP("the wirebench executable is not built (WIREBENCH_BUILD_GUI=OFF)");
    }

    void quitsWithoutLosingAnything_data()
    {
        QTest::addColumn<QList<int>>("signalNumbers");
        // Whether the second signal waits until the first was answered: it then finds the
        // signal handler armed (or the process gone), else most likely the event loop.
        QTest::addColumn<bool>("secondAfterAnswer");
        QTest::newRow("SIGTERM") << QList<int> { SIGTERM } << false;
        QTest::newRow("SIGINT") << QList<int> { SIGINT } << false;
        QTest::newRow("SIGHUP") << QList<int> { SIGHUP } << false;
        // Two different signals, so that the kernel cannot merge them into one: the second
        // comes while the first is being answered.
        QTest::newRow("a second signal") << QList<int> { SIGTERM, SIGINT } << false;
        QTest::newRow("a second signal once quitting") << QList<int> { SIGTERM, SIGINT } << true;
    }
    void quitsWithoutLosingAnything()
    {
        QFETCH(QList<int>, signalNumbers);
        QFETCH(bool, secondAfterAnswer);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // The user's circuit, the seed's on ports that are free.
        wb::circuitformat::Result seed
            = wb::circuitformat::load(wb::circuitformat::seedCircuitPath());
        QVERIFY(seed.ok());
        quint16 iopinPort = 0;
        for (wb::NodeSpec &spec : seed.document.nodes) {
            if (spec.port != 0)
                spec.port = wbtest::freePort();
            if (spec.name == QLatin1String("iopin"))
                iopinPort = spec.port;
        }
        QVERIFY(iopinPort != 0);
        const QString circuit = dir.filePath(QStringLiteral("mine.json"));
        QCOMPARE(wb::circuitformat::save(circuit, seed.document), QString());
        // Autosave far away: what the recovery file holds, the quit wrote.
        const QString settings = dir.filePath(QStringLiteral("settings.ini"));
        {
            QSettings ini(settings, QSettings::IniFormat);
            ini.setValue(QStringLiteral("documents/autosaveSeconds"), 600);
        }
        const QString recovery = dir.filePath(QStringLiteral("recovery")); // beside the settings
        const QString wav = dir.filePath(QStringLiteral("buzzer.wav"));

        Process workbench;
        startWorkbench(workbench, settings,
            { circuit, QStringLiteral("--run"), QStringLiteral("--record-audio"), wav,
                QStringLiteral("--set"), kEdit });
        const QUrl iopin(QStringLiteral("ws://127.0.0.1:%1/datafeed").arg(iopinPort));
        Client client;
        QVERIFY2(connectWhenListening(client, iopin, workbench), qPrintable(workbench.report()));
        QCOMPARE(client.ask(QStringLiteral("0")),
            std::optional<QString>(QStringLiteral("acknowledged")));
        Process clock; // the seed's Python clock, ticking for ever
        clock.startClock(true, iopinPort, -1, QStringLiteral("0.1"));
        QVERIFY2(clock.waitForLines(QStringLiteral("clock"), QStringLiteral("< acknowledged"), 2),
            qPrintable(clock.report()));
        // Nothing on disk yet: the WAV grows in a temporary file, the edit is in memory only.
        QVERIFY(recoveryFiles(recovery).isEmpty());
        QVERIFY(!QFileInfo::exists(wav));
        QCOMPARE(seedOf(wb::circuitformat::load(circuit).document), -1);

        for (const int number : std::as_const(signalNumbers)) {
            if (secondAfterAnswer && number != signalNumbers.first()) {
                QVERIFY2(
                    waitFor([&] { return workbench.err.contains(QStringLiteral(": quitting\n")); }),
                    qPrintable(workbench.report()));
            }
            workbench.signal(number);
        }
        QVERIFY2(workbench.waitForExit(), qPrintable(workbench.report()));
        QCOMPARE(workbench.process.exitStatus(), QProcess::NormalExit);
        QVERIFY2(workbench.process.exitCode() == 0, qPrintable(workbench.report()));
        // Of two pending signals the kernel delivers the lower-numbered first: either may lead.
        const QRegularExpressionMatch quitting
            = QRegularExpression(QStringLiteral("^wirebench: (SIG[A-Z]+): quitting$"),
                QRegularExpression::MultilineOption)
                  .match(workbench.err);
        QVERIFY2(quitting.hasMatch(), qPrintable(workbench.report()));
        const QString first = quitting.captured(1);
        QStringList sent;
        for (const int number : std::as_const(signalNumbers))
            sent << (number == SIGTERM ? QStringLiteral("SIGTERM")
                    : number == SIGINT ? QStringLiteral("SIGINT")
                                       : QStringLiteral("SIGHUP"));
        QVERIFY2(sent.contains(first), qPrintable(workbench.report()));
        // Once quitting, the process may be gone before the second signal: nothing to say then.
        if (!secondAfterAnswer) {
            QCOMPARE(workbench.err.contains(
                         QStringLiteral("signalled again while quitting: quitting at once\n")),
                signalNumbers.size() > 1);
        }

        // The edit is in the recovery file, unlocked, with why it was written; the circuit file
        // is as the user left it.
        const QStringList kept = recoveryFiles(recovery);
        QCOMPARE(kept.size(), 1);
        QVERIFY2(QDir(recovery).entryList({ QStringLiteral("*.lock") }, QDir::Files).isEmpty(),
            qPrintable(QDir(recovery).entryList().join(u' ')));
        const QString keptFile = QDir(recovery).filePath(kept.first());
        const wb::circuitformat::Result saved = wb::circuitformat::load(keptFile);
        QVERIFY2(saved.ok(), qPrintable(saved.error));
        QCOMPARE(seedOf(saved.document), 4242);
        QFile keptIn(keptFile);
        QVERIFY(keptIn.open(QIODevice::ReadOnly));
        const QJsonObject meta = QJsonDocument::fromJson(keptIn.readAll())
                                     .object()
                                     .value(QLatin1String("recovery"))
                                     .toObject();
        QCOMPARE(
            meta.value(QLatin1String("path")).toString(), QFileInfo(circuit).absoluteFilePath());
        QCOMPARE(meta.value(QLatin1String("quitReason")).toString(), first);
        QCOMPARE(seedOf(wb::circuitformat::load(circuit).document), -1);

        // The sound is complete, and nothing half-written is left beside it.
        QCOMPARE(wavProblem(wav), QString());
        QCOMPARE(QDir(dir.path()).entryList({ QStringLiteral("buzzer*") }, QDir::Files),
            QStringList { QStringLiteral("buzzer.wav") });

        // The peers were told the node went away (unless the second signal cut that short).
        QVERIFY(client.waitForDisconnect());
        QVERIFY(clock.waitForExit());
        if (signalNumbers.size() == 1) {
            QCOMPARE(client.closeCode, int(QWebSocketProtocol::CloseCodeGoingAway));
            QCOMPARE(client.closeReason, QStringLiteral("node stopped"));
            QVERIFY2(clock.out.contains(QStringLiteral("received 1001 (going away)")),
                qPrintable(clock.report()));
        }

        // The next start offers the edit, as after a crash.
        Process next;
        startWorkbench(next, settings,
            { QStringLiteral("--recover"), QStringLiteral("yes"), QStringLiteral("--quit-after"),
                QStringLiteral("1500") });
        QVERIFY2(next.waitForExit(), qPrintable(next.report()));
        QVERIFY2(next.err.contains(QStringLiteral("recovered the unsaved changes to %1\n")
                                       .arg(QFileInfo(circuit).absoluteFilePath())),
            qPrintable(next.report()));
        QCOMPARE(next.process.exitCode(), 0);
    }

    // Saved and unmodified: nothing to recover, and nothing is left behind.
    void aSavedDocumentLeavesNoRecoveryFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const wb::circuitformat::Result seed
            = wb::circuitformat::load(wb::circuitformat::seedCircuitPath());
        QVERIFY(seed.ok());
        wb::circuitformat::Document document = seed.document;
        for (wb::NodeSpec &spec : document.nodes) {
            if (spec.port != 0)
                spec.port = wbtest::freePort();
        }
        const QString circuit = dir.filePath(QStringLiteral("mine.json"));
        QCOMPARE(wb::circuitformat::save(circuit, document), QString());
        const QString settings = dir.filePath(QStringLiteral("settings.ini"));
        Process workbench;
        startWorkbench(workbench, settings, { circuit, QStringLiteral("--run") });
        quint16 iopinPort = 0;
        for (const wb::NodeSpec &spec : std::as_const(document.nodes)) {
            if (spec.name == QLatin1String("iopin"))
                iopinPort = spec.port;
        }
        Client client;
        QVERIFY2(connectWhenListening(client,
                     QUrl(QStringLiteral("ws://127.0.0.1:%1/datafeed").arg(iopinPort)), workbench),
            qPrintable(workbench.report()));
        workbench.signal(SIGTERM);
        QVERIFY2(workbench.waitForExit(), qPrintable(workbench.report()));
        QCOMPARE(workbench.process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(workbench.process.exitCode(), 0);
        QVERIFY(client.waitForDisconnect());
        QCOMPARE(client.closeCode, int(QWebSocketProtocol::CloseCodeGoingAway));
        const QString recovery = dir.filePath(QStringLiteral("recovery"));
        QVERIFY2(QDir(recovery).entryList(QDir::Files).isEmpty(),
            qPrintable(QDir(recovery).entryList().join(u' ')));
    }
};

QTEST_GUILESS_MAIN(TestGracefulQuit)
#include "tst_gracefulquit.moc"
