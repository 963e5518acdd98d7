// wirebench's command line where no display is: --help, --version and a missing option value
// answer before the QApplication exists, so that they work on a server, in CI and over ssh;
// --help-all, an unknown option and a plain start go through QApplication on the offscreen
// platform (without a display Qt would abort, advising a reinstall) and get a clear answer.
#include "processkit.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using wbtest::Process;

namespace {

QString workbenchProgram()
{
    return QStringLiteral(WIREBENCH_BIN_DIR "/wirebench");
}

} // namespace

class TestWorkbenchCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (!QFileInfo::exists(workbenchProgram()))
            QSKIP("the wirebench executable is not built (WIREBENCH_BUILD_GUI=OFF)");
    }

    void withoutDisplay_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("out"); // what stdout starts with
        QTest::addColumn<QStringList>("outHas");
        QTest::addColumn<QString>("err");
        const QString usage = QStringLiteral("Usage: ") + workbenchProgram()
            + QStringLiteral(" [options] [CIRCUIT]\n");
        const QStringList options { QStringLiteral("--settings <FILE>"),
            QStringLiteral("--token-file <FILE>"), QStringLiteral("--tls-key <FILE>"),
            QStringLiteral("--quit-after <MS>"), QStringLiteral("--version") };
        const QString version = QStringLiteral("wirebench " WIREBENCH_VERSION "\n");
        QTest::newRow("--help") << QStringList { QStringLiteral("--help") } << 0 << usage
                                << options << QString();
        QTest::newRow("-h") << QStringList { QStringLiteral("-h") } << 0 << usage << options
                            << QString();
        QTest::newRow("--help after a circuit")
            << QStringList { QStringLiteral("mine.json"), QStringLiteral("--run"),
                   QStringLiteral("--help") }
            << 0 << usage << options << QString();
        QTest::newRow("--version") << QStringList { QStringLiteral("--version") } << 0 << version
                                   << QStringList() << QString();
        QTest::newRow("-v") << QStringList { QStringLiteral("-v") } << 0 << version
                            << QStringList() << QString();
        QTest::newRow("missing value")
            << QStringList { QStringLiteral("--settings") } << 1 << QString() << QStringList()
            << QStringLiteral("wirebench: Missing value after '--settings'.\n");
        QTest::newRow("value for a switch")
            << QStringList { QStringLiteral("--run=yes") } << 1 << QString() << QStringList()
            << QStringLiteral("wirebench: Unexpected value after '--run'.\n");
        QTest::newRow("--help-all")
            << QStringList { QStringLiteral("--help-all") } << 0 << usage
            << (QStringList(options) << QStringLiteral("--platform <platformName[:options]>")
                                     << QStringLiteral("--qwindowtitle <title>"))
            << QString();
        QTest::newRow("unknown option")
            << QStringList { QStringLiteral("--bogus") } << 1 << QString() << QStringList()
            << QStringLiteral("wirebench: Unknown option 'bogus'.\n");
        const QString noDisplay = QStringLiteral(
            "wirebench: no display to show the window on: set DISPLAY or WAYLAND_DISPLAY "
            "(QT_QPA_PLATFORM=offscreen for a window nobody sees); wirebench-node runs "
            "circuits without one\n");
        QTest::newRow("a plain start")
            << QStringList { QStringLiteral("mine.json"), QStringLiteral("--run") } << 1
            << QString() << QStringList() << noDisplay;
        // Not -r -e -v...: no version, but QApplication's option, and then no display.
        QTest::newRow("a QApplication option")
            << QStringList { QStringLiteral("-reverse") } << 1 << QString() << QStringList()
            << noDisplay;
        QTest::newRow("a QApplication option with a value")
            << QStringList { QStringLiteral("-stylesheet"), QStringLiteral("none.qss") } << 1
            << QString() << QStringList() << noDisplay;
    }
    void withoutDisplay()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, out);
        QFETCH(QStringList, outHas);
        QFETCH(QString, err);
        Process wirebench;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : { "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM" })
            env.remove(QLatin1String(name));
        // Qt warns on stderr where the session has no runtime directory; a login has one.
        QTemporaryDir runtime;
        QVERIFY(runtime.isValid());
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
        wirebench.process.setProcessEnvironment(env);
        wirebench.process.start(workbenchProgram(), args);
        QVERIFY(wirebench.waitForExit());
        QCOMPARE(wirebench.process.exitStatus(), QProcess::NormalExit);
        QVERIFY2(wirebench.process.exitCode() == exitCode, qPrintable(wirebench.report()));
        QVERIFY2(wirebench.out.startsWith(out), qPrintable(wirebench.report()));
        if (out.isEmpty())
            QCOMPARE(wirebench.out, QString());
        for (const QString &option : outHas)
            QVERIFY2(wirebench.out.contains(option), qPrintable(option));
        QCOMPARE(wirebench.err, err);
    }

    // Options checked once the window is there (offscreen): a bad one says what and exits 1.
    void windowOptions_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("err");
        QTest::newRow("chart in front, teaching pace")
            << QStringList { QStringLiteral("--show"), QStringLiteral("chart"),
                   QStringLiteral("--teaching-pace"), QStringLiteral("0.5") }
            << 0 << QString();
        QTest::newRow("no such panel")
            << QStringList { QStringLiteral("--show"), QStringLiteral("nowhere") } << 1
            << QStringLiteral("wirebench: --show: no panel named nowhere\n");
        QTest::newRow("too fast")
            << QStringList { QStringLiteral("--teaching-pace"), QStringLiteral("9") } << 1
            << QStringLiteral("wirebench: --teaching-pace: 9 is not a speed from 0.05 to 4\n");
        QTest::newRow("not a number")
            << QStringList { QStringLiteral("--teaching-pace"), QStringLiteral("slow") } << 1
            << QStringLiteral(
                   "wirebench: --teaching-pace: slow is not a speed from 0.05 to 4\n");
    }
    void windowOptions()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, err);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Process wirebench;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), dir.path());
        wirebench.process.setProcessEnvironment(env);
        wirebench.process.start(workbenchProgram(),
            QStringList { QStringLiteral("--settings"), dir.filePath(QStringLiteral("s.ini")),
                QStringLiteral("--recover"), QStringLiteral("no"),
                QStringLiteral("--quit-after"), QStringLiteral("300") }
                + args);
        QVERIFY(wirebench.waitForExit());
        QVERIFY2(wirebench.process.exitCode() == exitCode, qPrintable(wirebench.report()));
        if (!err.isEmpty())
            QVERIFY2(wirebench.err.contains(err), qPrintable(wirebench.report()));
    }
};

QTEST_GUILESS_MAIN(TestWorkbenchCli)
#include "tst_workbenchcli.moc"
