// The programs' language (docs/translations.md): wirebench-node speaks English whatever the
// locale, because scripts read it, and German only when asked (--lang, --lang=, WIREBENCH_LANG);
// a language neither program speaks is a command-line error.
#include "processkit.h"

#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using wbtest::Process;

namespace {

// A circuit file the loader refuses: it has no node list.
QString brokenCircuit(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("broken.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(R"({"format": "wirebench-circuit", "version": 2})") < 0)
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

// A German desktop: every variable a locale is read from.
QProcessEnvironment german()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8"));
    env.insert(QStringLiteral("LC_MESSAGES"), QStringLiteral("de_DE.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("de"));
    env.remove(QStringLiteral("WIREBENCH_LANG"));
    return env;
}

} // namespace

class TestLanguages final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void node_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("environment"); // WIREBENCH_LANG, "" for none
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("said");
        const QString english = QStringLiteral("nodes: missing or not a list");
        const QString deutsch = QStringLiteral("nodes: fehlt oder ist keine Liste");
        QTest::newRow("German locale: English") << QStringList() << QString() << 4 << english;
        QTest::newRow("--lang de") << QStringList { QStringLiteral("--lang"), QStringLiteral("de") }
                                   << QString() << 4 << deutsch;
        QTest::newRow("--lang=de after the command")
            << QStringList { QStringLiteral("--lang=de") } << QString() << 4 << deutsch;
        QTest::newRow("WIREBENCH_LANG=de") << QStringList() << QStringLiteral("de") << 4 << deutsch;
        QTest::newRow("--lang en wins over WIREBENCH_LANG")
            << QStringList { QStringLiteral("--lang"), QStringLiteral("en") }
            << QStringLiteral("de") << 4 << english;
        QTest::newRow("--lang xx")
            << QStringList { QStringLiteral("--lang"), QStringLiteral("xx") } << QString() << 1
            << QStringLiteral("wirebench-node: --lang xx is not a language of Wirebench (en, de");
    }

    void node()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, environment);
        QFETCH(int, exitCode);
        QFETCH(QString, said);
        QTemporaryDir dir;
        Process node;
        QProcessEnvironment env = german();
        if (!environment.isEmpty())
            env.insert(QStringLiteral("WIREBENCH_LANG"), environment);
        node.process.setProcessEnvironment(env);
        node.startNode(QStringList { QStringLiteral("run"), brokenCircuit(dir) } + options);
        QVERIFY(node.waitForExit());
        QCOMPARE(node.process.exitCode(), exitCode);
        QVERIFY2(node.err.contains(said), qPrintable(node.report()));
    }

    void workbenchRefusesAnUnknownLanguage()
    {
        const QString program = QStringLiteral(WIREBENCH_BIN_DIR "/wirebench");
        if (!QFileInfo::exists(program))
            QSKIP("the wirebench executable is not built (WIREBENCH_BUILD_GUI=OFF)");
        QTemporaryDir dir;
        Process workbench;
        QProcessEnvironment env = german();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        workbench.process.setProcessEnvironment(env);
        workbench.process.start(program,
            { QStringLiteral("--settings"), dir.filePath(QStringLiteral("settings.ini")),
                QStringLiteral("--lang"), QStringLiteral("klingon") });
        QVERIFY(workbench.waitForExit());
        QCOMPARE(workbench.process.exitCode(), 1);
        QVERIFY2(workbench.err.contains(
                     QStringLiteral("wirebench: --lang klingon is not a language of Wirebench")),
            qPrintable(workbench.report()));
        // Nothing was saved: --lang is for one run.
        const QSettings settings(
            dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        QVERIFY(!settings.contains(QStringLiteral("appearance/language")));
    }
};

QTEST_MAIN(TestLanguages)
#include "tst_languages.moc"
