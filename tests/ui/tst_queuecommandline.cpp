// The workbench's options for scripted runs of the queue seed (./dev screenshot uses them):
// --type NODE=TEXT types a line at a keyboard once the run is up, --hide PANEL makes room for
// the canvas. A name that is no keyboard, or no panel, is a bad command line (exit 1, the
// option named, no window); lines typed at a running keyboard go without a complaint.
#include "uitestkit.h"

#include <QProcess>
#include <QTest>

using namespace wb;

namespace {

constexpr int kWaitMs = 30000;

} // namespace

class TestQueueCommandLine final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_circuit = uitest::writeCircuit(m_dir, QStringLiteral("queues.json"),
            { uitest::node(QStringLiteral("keys"), NodeKind::Keyboard),
                uitest::node(QStringLiteral("queue"), NodeKind::Queue),
                uitest::node(QStringLiteral("console"), NodeKind::Console) },
            { { 0, 1 }, { 1, 2 } });
    }

    void badArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("error");
        QTest::newRow("no such node")
            << QStringList { QStringLiteral("--type"), QStringLiteral("nobody=hello") }
            << QStringLiteral("--type nobody=hello: expected "
                              "NODE=TEXT with a keyboard");
        QTest::newRow("not a keyboard")
            << QStringList { QStringLiteral("--type"), QStringLiteral("console=hello") }
            << QStringLiteral("--type console=hello: expected NODE=TEXT with a keyboard");
        QTest::newRow("no text") << QStringList { QStringLiteral("--type"), QStringLiteral("keys") }
                                 << QStringLiteral("--type keys: expected NODE=TEXT");
        QTest::newRow("no such panel") << QStringList { QStringLiteral("--hide"),
            QStringLiteral("toaster") } << QStringLiteral("--hide: no panel named toaster");
    }

    void badArguments()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, error);
        const QString settings = m_dir.filePath(QStringLiteral("bad.ini"));
        QProcess wirebench;
        start(wirebench, arguments << QStringLiteral("--settings") << settings);
        QVERIFY(wirebench.waitForFinished(kWaitMs));
        QCOMPARE(wirebench.exitCode(), 1);
        const QString stderrText = QString::fromUtf8(wirebench.readAllStandardError());
        QVERIFY2(
            stderrText.contains(QStringLiteral("wirebench: ") + error), qPrintable(stderrText));
    }

    void linesTypedAtARunningKeyboard()
    {
        QProcess wirebench;
        start(wirebench,
            { QStringLiteral("--run"), QStringLiteral("--hide"), QStringLiteral("mesh"),
                QStringLiteral("--hide"), QStringLiteral("inspector"), QStringLiteral("--type"),
                QStringLiteral("keys=hello"), QStringLiteral("--type"),
                QStringLiteral("keys=a line with = in it"), QStringLiteral("--settings"),
                m_dir.filePath(QStringLiteral("good.ini")), QStringLiteral("--quit-after"),
                QStringLiteral("2500") });
        QVERIFY(wirebench.waitForFinished(kWaitMs));
        const QString stderrText = QString::fromUtf8(wirebench.readAllStandardError());
        QCOMPARE(wirebench.exitCode(), 0);
        QVERIFY2(!stderrText.contains(QStringLiteral("wirebench:")), qPrintable(stderrText));
    }

private:
    void start(QProcess &wirebench, const QStringList &arguments)
    {
        wirebench.setWorkingDirectory(m_dir.path());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        wirebench.setProcessEnvironment(env);
        wirebench.start(QStringLiteral(WIREBENCH_BIN_DIR "/wirebench"),
            QStringList { m_circuit, QStringLiteral("--recover"), QStringLiteral("no") }
                + arguments);
    }

    QTemporaryDir m_dir;
    QString m_circuit;
};

QTEST_MAIN(TestQueueCommandLine)
#include "tst_queuecommandline.moc"
