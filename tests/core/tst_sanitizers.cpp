// The sanitized suite's own settings (./dev test --sanitize, tests/ubsan.supp): the one Qt 6.4
// report tests/ubsan.supp names is let through, the same kind of report from our own code and
// any other undefined behaviour still stop the process. Each row runs this executable again as a
// child that does one thing, with the environment ./dev gave the suite. Skipped when not built
// with the sanitizers.
#include <QList>
#include <QProcess>
#include <QTest>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {

// Ours, declared like memcmp: the pointer must not be null.
[[gnu::nonnull, gnu::noinline]] int firstByte(const char *bytes)
{
    return bytes[0];
}

// A null pointer the compiler cannot see coming.
const char *nothing()
{
    return std::getenv("WIREBENCH_NO_SUCH_VARIABLE");
}

int misbehave(const char *what)
{
    if (std::strcmp(what, "qt-empty-compare") == 0) {
        // Qt 6.4's QList::operator== runs memcmp(nullptr, p, 0) here (tests/ubsan.supp).
        QList<int> never;
        QList<int> emptied;
        emptied.reserve(4);
        std::printf("equal: %d\n", int(never == emptied));
    } else if (std::strcmp(what, "own-nonnull") == 0) {
        std::printf("%d\n", firstByte(nothing()));
    } else if (std::strcmp(what, "own-overflow") == 0) {
        const int big = INT_MAX - (nothing() ? 1 : 0);
        std::printf("%d\n", big + int(std::strlen(what)));
    } else {
        return 2;
    }
    std::printf("done\n");
    return 0;
}

} // namespace

class TestSanitizers final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
#if !defined(__SANITIZE_ADDRESS__)
        QSKIP("not a sanitized build (./dev test --sanitize builds one)");
#endif
        const QByteArray options = qgetenv("UBSAN_OPTIONS");
        QVERIFY2(options.contains("halt_on_error=1") && options.contains("ubsan.supp"),
            "UBSAN_OPTIONS is not the one ./dev test --sanitize sets: run the suite through it");
    }

    void report_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<bool>("survives");
        QTest::addColumn<QByteArray>("expected"); // in the child's output
        QTest::newRow("Qt's empty-list compare, suppressed")
            << QStringLiteral("qt-empty-compare") << true << QByteArray("equal: 1\ndone\n");
        QTest::newRow("the same check in our code") << QStringLiteral(
            "own-nonnull") << false << QByteArray("null pointer passed as argument 1");
        QTest::newRow("any other check")
            << QStringLiteral("own-overflow") << false << QByteArray("signed integer overflow");
    }
    void report()
    {
        QFETCH(QString, what);
        QFETCH(bool, survives);
        QFETCH(QByteArray, expected);
        QProcess child;
        child.start(
            QCoreApplication::applicationFilePath(), { QStringLiteral("--misbehave"), what });
        QVERIFY2(child.waitForFinished(60000), "the child did not finish");
        const QByteArray out = child.readAllStandardOutput();
        const QByteArray err = child.readAllStandardError();
        const bool failed = child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0;
        QVERIFY2(failed != survives, err.constData());
        if (survives) {
            QCOMPARE(out, expected);
            QVERIFY2(!err.contains("runtime error"), err.constData());
        } else {
            QVERIFY2(err.contains(QByteArray("runtime error: " + expected)), err.constData());
            QVERIFY2(!out.contains("done"), out.constData()); // stopped at the report
        }
    }
};

int main(int argc, char **argv)
{
    if (argc == 3 && std::strcmp(argv[1], "--misbehave") == 0)
        return misbehave(argv[2]);
    QCoreApplication app(argc, argv);
    TestSanitizers test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_sanitizers.moc"
