// A real workbench killed with SIGKILL after an edit: the next start recovers the edit under the
// document's own name, a running workbench's autosave is never taken, and --recover no deletes
// what was left.
#include "document/circuitformat.h"
#include "processkit.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using wbtest::kWaitMs;
using wbtest::Process;
using wbtest::waitFor;

namespace {

struct Autosaved
{
    QString file;
    qint64 pid = 0;
    QString path;
    wb::circuitformat::Document document;
};

// The recovery files in `dir` (lock files aside).
QList<Autosaved> autosaved(const QString &dir)
{
    QList<Autosaved> found;
    const QFileInfoList files
        = QDir(dir).entryInfoList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
    for (const QFileInfo &info : files) {
        QFile file(info.absoluteFilePath());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        const QJsonObject meta
            = QJsonDocument::fromJson(bytes).object().value(QLatin1String("recovery")).toObject();
        const wb::circuitformat::Result circuit = wb::circuitformat::parse(bytes);
        if (meta.isEmpty() || !circuit.ok())
            continue; // caught while written: QSaveFile renames, so this is never half a file
        found << Autosaved { info.absoluteFilePath(), meta.value(QLatin1String("pid")).toInteger(),
                             meta.value(QLatin1String("path")).toString(), circuit.document };
    }
    return found;
}

qint64 seedOf(const wb::circuitformat::Document &document)
{
    for (const wb::NodeSpec &spec : document.nodes) {
        if (spec.name == QLatin1String("iopin"))
            return spec.params.value(QStringLiteral("seed"), -1).toLongLong();
    }
    return -2;
}

} // namespace

class TestRecovery final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_circuit;
    QString m_settings;
    QString m_recovery;

    void startWorkbench(Process &p, const QStringList &args)
    {
        QProcessEnvironment env = p.process.processEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        p.process.setProcessEnvironment(env);
        p.process.start(QStringLiteral(WIREBENCH_BIN_DIR "/wirebench"),
                        QStringList { QStringLiteral("--settings"), m_settings } + args);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!QFileInfo::exists(QStringLiteral(WIREBENCH_BIN_DIR "/wirebench")))
            QSKIP("the wirebench executable is not built (WIREBENCH_BUILD_GUI=OFF)");
        QVERIFY(m_dir.isValid());
        // A document of the user's: the seed circuit in a file of its own.
        const auto seed = wb::circuitformat::load(wb::circuitformat::seedCircuitPath());
        QVERIFY(seed.ok());
        m_circuit = m_dir.filePath(QStringLiteral("mine.json"));
        QCOMPARE(wb::circuitformat::save(m_circuit, seed.document), QString());
        m_settings = m_dir.filePath(QStringLiteral("settings.ini"));
        QSettings settings(m_settings, QSettings::IniFormat);
        settings.setValue(QStringLiteral("documents/autosaveSeconds"), 0.2);
        settings.sync();
        m_recovery = m_dir.filePath(QStringLiteral("recovery")); // beside the settings
    }

    void aKilledWorkbenchsEditIsRecovered()
    {
        Process first;
        startWorkbench(first, { m_circuit, QStringLiteral("--set"), QStringLiteral("iopin.seed=4242") });
        QVERIFY2(waitFor([&] { return !autosaved(m_recovery).isEmpty(); }), qPrintable(first.report()));
        const Autosaved left = autosaved(m_recovery).first();
        QCOMPARE(left.pid, first.process.processId());
        QCOMPARE(left.path, QFileInfo(m_circuit).absoluteFilePath());
        QCOMPARE(seedOf(left.document), 4242);
        first.process.kill(); // SIGKILL: no destructor, no question, nothing saved
        QVERIFY(first.waitForExit());
        QCOMPARE(first.process.exitStatus(), QProcess::CrashExit);
        QCOMPARE(seedOf(wb::circuitformat::load(m_circuit).document), -1); // never saved

        // The next start takes the changes over: the document is modified, so its own
        // autosave holds them now, under the original file name, and the old file is gone.
        Process second;
        startWorkbench(second, { QStringLiteral("--recover"), QStringLiteral("yes") });
        const QRegularExpression said(QStringLiteral("recovered the unsaved changes to (.*)\n"));
        QVERIFY2(waitFor([&] { return said.match(second.err).hasMatch(); }),
                 qPrintable(second.report()));
        QCOMPARE(said.match(second.err).captured(1), QFileInfo(m_circuit).absoluteFilePath());
        QVERIFY2(waitFor([&] {
                     const QList<Autosaved> now = autosaved(m_recovery);
                     return now.size() == 1 && now.first().pid == second.process.processId();
                 }),
                 qPrintable(second.report()));
        const Autosaved taken = autosaved(m_recovery).first();
        QVERIFY(!QFileInfo::exists(left.file));
        QCOMPARE(taken.path, QFileInfo(m_circuit).absoluteFilePath());
        QCOMPARE(seedOf(taken.document), 4242);

        // While it runs, another start does not offer its file.
        Process third;
        startWorkbench(third, { QStringLiteral("--recover"), QStringLiteral("yes"),
                                QStringLiteral("--quit-after"), QStringLiteral("1500") });
        QVERIFY(third.waitForExit());
        QCOMPARE(third.process.exitCode(), 0);
        QVERIFY2(!third.err.contains(QStringLiteral("recovered")), qPrintable(third.report()));
        QVERIFY(QFileInfo::exists(taken.file));

        second.process.kill();
        QVERIFY(second.waitForExit());

        // --recover no: what the dead one left is deleted, the document is what is on disk.
        Process fourth;
        startWorkbench(fourth, { QStringLiteral("--recover"), QStringLiteral("no"),
                                 QStringLiteral("--quit-after"), QStringLiteral("1500") });
        QVERIFY(fourth.waitForExit());
        QCOMPARE(fourth.process.exitCode(), 0);
        QVERIFY2(autosaved(m_recovery).isEmpty(), qPrintable(fourth.report()));
        QVERIFY(QDir(m_recovery).entryList(QDir::Files).isEmpty()); // no lock files either
        QCOMPARE(seedOf(wb::circuitformat::load(m_circuit).document), -1);
    }

    void aBadSetIsRefused()
    {
        Process p;
        startWorkbench(p, { m_circuit, QStringLiteral("--set"), QStringLiteral("nobody.seed=1") });
        QVERIFY(p.waitForExit());
        QCOMPARE(p.process.exitCode(), 1);
        QVERIFY2(p.err.contains(QStringLiteral("no node is named \"nobody\"")), qPrintable(p.report()));
    }
};

QTEST_GUILESS_MAIN(TestRecovery)
#include "tst_recovery.moc"
