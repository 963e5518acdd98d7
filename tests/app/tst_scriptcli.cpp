// wirebench-node script FILE.js as a real process: the seed's Python clock ticks it, the seed's
// Python buzzer answers its stream (the iopin template between two Python nodes, the seed
// circuit with a scripted middle), a client reads its acks and parameters, and a sketch that
// does not load or runs away ends the process with its reason.
#include "processkit.h"
#include "runtime/script/scripttemplates.h"

#include <QTemporaryDir>
#include <QTest>

using wbtest::Client;
using wbtest::Process;

namespace {

// The sketch in a file of `dir`; its path.
QString sketchFile(const QTemporaryDir &dir, const QString &source)
{
    const QString path = dir.filePath(QStringLiteral("sketch.js"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(source.toUtf8());
    return path;
}

} // namespace

class TestScriptCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void betweenPythonNodes()
    {
        QTemporaryDir dir;
        Process buzzer;
        const quint16 buzzerPort = buzzer.serveBuzzer(true);
        QVERIFY2(buzzerPort != 0, qPrintable(buzzer.report()));
        Process pin;
        const quint16 pinPort = pin.serveNode(QStringLiteral("script"),
            { sketchFile(dir, wb::scripttemplates::source(QStringLiteral("iopin"))),
                QStringLiteral("--name"), QStringLiteral("iopin"), QStringLiteral("--target"),
                QStringLiteral("ws://127.0.0.1:%1").arg(buzzerPort), QStringLiteral("--param"),
                QStringLiteral("sequence=2"), QStringLiteral("--seed"), QStringLiteral("7") });
        QVERIFY2(pinPort != 0, qPrintable(pin.report()));
        Process clock;
        clock.startClock(true, pinPort, 3);
        QVERIFY(clock.waitForExit());
        QVERIFY2(clock.process.exitCode() == 0, qPrintable(clock.report() + pin.report()));
        QCOMPARE(
            clock.linesOf(QStringLiteral("clock")).filter(QStringLiteral("< acknowledged")).size(),
            3);
        QVERIFY2(buzzer.waitForLines(QStringLiteral("Buzzer"), QStringLiteral("received ->"), 6),
            qPrintable(buzzer.report()));
        QVERIFY(
            pin.waitForLines(QStringLiteral("iopin"), QStringLiteral("toggling pin state: ["), 3));
        pin.signal(SIGTERM);
        QVERIFY(pin.waitForExit());
        QVERIFY2(pin.out.contains(QStringLiteral("received 3, acked 3, errors 0, reloads 0")),
            qPrintable(pin.report()));
    }

    void paramsAndName()
    {
        QTemporaryDir dir;
        Process node;
        const quint16 port = node.serveNode(QStringLiteral("script"),
            { sketchFile(dir,
                  QStringLiteral("var p;\nfunction setup(params) { p = params; out('ready'); }\n"
                                 "function loop(c, m) { return [p.name, p.n + 1, p.flag, p.word, "
                                 "Math.random()].join(' '); }\n")),
                QStringLiteral("--name"), QStringLiteral("sk"), QStringLiteral("--param"),
                QStringLiteral("n=41"), QStringLiteral("--param"), QStringLiteral("flag=true"),
                QStringLiteral("--param"), QStringLiteral("word=hello"), QStringLiteral("--seed"),
                QStringLiteral("5") });
        QVERIFY2(port != 0, qPrintable(node.report()));
        Client client;
        QVERIFY(client.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/x").arg(port))));
        const QString ack = client.ask(QStringLiteral("m")).value_or(QString());
        QVERIFY2(ack.startsWith(QStringLiteral("sk 42 true hello 0.")), qPrintable(ack));
        QVERIFY(node.waitForLines(QStringLiteral("sk"), QStringLiteral("ready"), 1));

        // The same seed draws the same number in another process.
        Process again;
        const quint16 port2 = again.serveNode(QStringLiteral("script"),
            { sketchFile(dir,
                  QStringLiteral("var p;\nfunction setup(params) { p = params; out('ready'); }\n"
                                 "function loop(c, m) { return [p.name, p.n + 1, p.flag, p.word, "
                                 "Math.random()].join(' '); }\n")),
                QStringLiteral("--name"), QStringLiteral("sk"), QStringLiteral("--param"),
                QStringLiteral("n=41"), QStringLiteral("--param"), QStringLiteral("flag=true"),
                QStringLiteral("--param"), QStringLiteral("word=hello"), QStringLiteral("--seed"),
                QStringLiteral("5") });
        Client client2;
        QVERIFY(client2.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/x").arg(port2))));
        QCOMPARE(client2.ask(QStringLiteral("m")).value_or(QString()), ack);
    }

    void failures_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("a syntax error") << "function loop(c, m) {\n  return (;\n}\n"
                                        << QStringList() << 2 << "script: line 2: SyntaxError";
        QTest::newRow("a runaway setup()")
            << "function setup(p) {\n  for (;;) {}\n}\n"
            << QStringList() << 2 << "script: runaway: interrupted after 1 s in setup() at line 1";
        QTest::newRow("a bad --param")
            << "var x;\n"
            << QStringList { "--param", "no-good=1" } << 1 << "--param no-good=1: ";
        QTest::newRow("--param name is the node's")
            << "var x;\n"
            << QStringList { "--param", "name=x" } << 1 << "--param name=x: ";
        QTest::newRow("a bad --target") << "var x;\n"
                                        << QStringList { "--target", "http://x" } << 1
                                        << "--target http://x: expected ws://HOST:PORT";
        QTest::newRow("no such file") << QString() << QStringList() << 1 << "script: cannot read ";
    }
    void failures()
    {
        QFETCH(QString, source);
        QFETCH(QStringList, extra);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString file = source.isEmpty() ? dir.filePath(QStringLiteral("missing.js"))
                                              : sketchFile(dir, source);
        Process node;
        node.startNode(QStringList { QStringLiteral("script"), file, QStringLiteral("--port"),
                           QStringLiteral("0") }
            + extra);
        QVERIFY(node.waitForExit(15000));
        QVERIFY2(node.process.exitCode() == exitCode, qPrintable(node.report()));
        QVERIFY2(node.err.contains(message), qPrintable(node.report()));
    }
};

QTEST_GUILESS_MAIN(TestScriptCli)
#include "tst_scriptcli.moc"
