// wirebench-node as a process: its messages and exit codes, clean shutdown on signals, and
// the clock and run modes that end by themselves.
#include "../core/certificatekit.h"
#include "processkit.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using wbtest::Client;
using wbtest::kWaitMs;
using wbtest::Peer;
using wbtest::Process;

namespace {

// The seed circuit with the given ports; `deadBuzzer` makes the buzzer an external node
// (nobody runs it).
QByteArray seedCircuit(quint16 pinPort, quint16 buzzerPort, bool deadBuzzer = false)
{
    return QStringLiteral(R"({"format": "wirebench-circuit", "version": 1, "nodes": [
        {"name": "clock", "kind": "clock", "targets": ["iopin"]},
        {"name": "iopin", "kind": "iopin", "port": %1, "targets": ["buzzer"]},
        {"name": "buzzer", "kind": "%3", "port": %2}]})")
        .arg(pinPort)
        .arg(buzzerPort)
        .arg(deadBuzzer ? QStringLiteral("external") : QStringLiteral("buzzer"))
        .toUtf8();
}

} // namespace

class TestNodeCli final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(content);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(Process::nodeProgram()), qPrintable(Process::nodeProgram()));
    }

    void helpAndVersion()
    {
        Process help;
        help.startNode({ QStringLiteral("--help") });
        QVERIFY(help.waitForExit());
        QCOMPARE(help.process.exitCode(), 0);
        QVERIFY2(help.out.startsWith(QStringLiteral("Usage: wirebench-node SKETCH [options]\n")),
            qPrintable(help.report()));
        QVERIFY(help.out.contains(QStringLiteral("--tacks")));
        QVERIFY(help.err.isEmpty());

        Process version;
        version.startNode({ QStringLiteral("--version") });
        QVERIFY(version.waitForExit());
        QCOMPARE(version.process.exitCode(), 0);
        QCOMPARE(version.out, QStringLiteral("wirebench-node " WIREBENCH_VERSION "\n"));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("error");
        QTest::newRow("unknown sketch")
            << QStringList { "toaster" }
            << "wirebench-node: unknown sketch, please choose clock, iopin, buzzer, led, "
               "proxy, keyboard, queue, worker or console\n";
        QTest::newRow("proxy without --target")
            << QStringList { "proxy", "-p", "0" }
            << "wirebench-node: proxy: give the node to relay to with --target "
               "NAME|ws://HOST:PORT\n";
        QTest::newRow("no sketch")
            << QStringList {} << "wirebench-node: missing SKETCH (see --help)\n";
        QTest::newRow("unknown option")
            << QStringList { "clock", "--bogus" } << "wirebench-node: Unknown option 'bogus'.\n";
        QTest::newRow("bad target") << QStringList { "clock", "--target", "ws://x" }
                                    << "wirebench-node: --target ws://x: expected a node name or "
                                       "ws://HOST:PORT\n";
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, error);
        Process node;
        node.startNode(args);
        QVERIFY(node.waitForExit());
        QCOMPARE(node.process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(node.process.exitCode(), 1);
        QCOMPARE(node.err, error);
        QCOMPARE(node.out, QString());
    }

    // A key that is not the certificate's is a usage error at start, not a failed handshake
    // later: wirebench-node names both files and serves nothing.
    void mismatchedTlsPair()
    {
        const QString a = m_dir.filePath(QStringLiteral("a"));
        const QString b = m_dir.filePath(QStringLiteral("b"));
        QVERIFY(wbtest::makeCertificate(a));
        QVERIFY(wbtest::makeCertificate(b));
        Process node;
        node.startNode({ QStringLiteral("led"), QStringLiteral("-p"), QStringLiteral("0"),
            QStringLiteral("--tls-cert"), a + QStringLiteral(".pem"), QStringLiteral("--tls-key"),
            b + QStringLiteral(".key") });
        QVERIFY(node.waitForExit());
        QCOMPARE(node.process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(node.process.exitCode(), 1);
        QCOMPARE(node.err,
            QStringLiteral("wirebench-node: --tls-key %1.key: not the key of the certificate "
                           "%2.pem\n")
                .arg(b, a));
        QCOMPARE(node.out, QString());
    }

    void portInUse_data()
    {
        QTest::addColumn<bool>("run");
        QTest::newRow("sketch") << false;
        QTest::newRow("run") << true;
    }
    void portInUse()
    {
        QFETCH(bool, run);
        QTcpServer taken;
        QVERIFY(taken.listen(QHostAddress::LocalHost, 0));
        const quint16 port = taken.serverPort();
        Process node;
        if (run) {
            const QString file
                = write(QStringLiteral("taken.json"), seedCircuit(wbtest::freePort(), port));
            node.startNode({ QStringLiteral("run"), file });
        } else {
            node.startNode(
                { QStringLiteral("buzzer"), QStringLiteral("-p"), QString::number(port) });
        }
        QVERIFY(node.waitForExit());
        QCOMPARE(node.process.exitCode(), 2);
        const QString inUse = QStringLiteral("port %1 on 127.0.0.1 is already in use").arg(port);
        QCOMPARE(node.err, QStringLiteral("wirebench-node: buzzer: ") + inUse + u'\n');
        QVERIFY2(node.out.contains(QStringLiteral("[ buzzer ] Cannot bind: ") + inUse + u'\n'),
            qPrintable(node.report()));
        // Nothing runs once a node could not listen: the clock never ticks.
        QVERIFY2(!node.out.contains(QStringLiteral("[ clock ]")), qPrintable(node.report()));
    }

    void invalidCircuit_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("error"); // after "wirebench-node: FILE: "
        QTest::newRow("missing port")
            << QByteArray(R"({"format": "wirebench-circuit", "version": 1, "nodes": [
                   {"name": "b", "kind": "buzzer"}]})")
            << "nodes[0].port: this buzzer needs a port from 1 to 65535";
        QTest::newRow("syntax") << QByteArray(
            "{\n  \"format\": \"wirebench-circuit\",\n  \"version\" 1\n}")
                                << "line 3, column 14: missing name separator";
        QTest::newRow("target naming no node")
            << QByteArray(R"({"format": "wirebench-circuit", "version": 1, "nodes": [
                   {"name": "c", "kind": "clock", "targets": ["iopn"]}]})")
            << R"(nodes[0].targets[0]: no node is named "iopn")";
    }
    void invalidCircuit()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, error);
        const QString file = write(QStringLiteral("invalid.json"), content);
        Process node;
        node.startNode({ QStringLiteral("run"), file });
        QVERIFY(node.waitForExit());
        QCOMPARE(node.process.exitCode(), 4);
        QCOMPARE(node.err, QStringLiteral("wirebench-node: %1: %2\n").arg(file, error));

        Process missing;
        missing.startNode({ QStringLiteral("run"), m_dir.filePath(QStringLiteral("none.json")) });
        QVERIFY(missing.waitForExit());
        QCOMPARE(missing.process.exitCode(), 4);
        QVERIFY2(missing.err.contains(QStringLiteral("none.json: cannot read: ")),
            qPrintable(missing.report()));
    }

    void signalsCloseEveryConnection_data()
    {
        QTest::addColumn<int>("signalNumber");
        QTest::newRow("SIGTERM") << int(SIGTERM);
        QTest::newRow("SIGINT") << int(SIGINT);
        // The terminal or the session went away: as SIGTERM, not the default death.
        QTest::newRow("SIGHUP") << int(SIGHUP);
    }
    void signalsCloseEveryConnection()
    {
        QFETCH(int, signalNumber);
        Peer buzzer; // the pin's target: it sees the pin's own connection closed
        QVERIFY(buzzer.listen());
        Process node;
        const quint16 port = node.serveNode(
            QStringLiteral("iopin"), { QStringLiteral("--target"), buzzer.url().toString() });
        QVERIFY2(port != 0, qPrintable(node.report()));
        Client client;
        QVERIFY(client.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/datafeed").arg(port))));
        QCOMPARE(client.ask(QStringLiteral("0")),
            std::optional<QString>(QStringLiteral("acknowledged")));
        QCOMPARE(buzzer.frames.size(), 3);

        node.signal(signalNumber);
        QVERIFY(client.waitForDisconnect());
        QCOMPARE(client.closeCode, int(QWebSocketProtocol::CloseCodeGoingAway));
        QCOMPARE(client.closeReason, QStringLiteral("node stopped"));
        QTRY_COMPARE_WITH_TIMEOUT(buzzer.disconnections, 1, kWaitMs);
        QCOMPARE(buzzer.lastCloseCode, int(QWebSocketProtocol::CloseCodeNormal));
        QVERIFY(node.waitForExit());
        QCOMPARE(node.process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(node.process.exitCode(), 0);
        QVERIFY2(node.out.contains(
                     QStringLiteral("[ wirebench-node ] interrupted, closing connections\n")),
            qPrintable(node.report()));
    }

    void clockExitsAfterItsAcks()
    {
        Process buzzer, clock;
        const quint16 port = buzzer.serveNode(QStringLiteral("buzzer"));
        QVERIFY2(port != 0, qPrintable(buzzer.report()));
        clock.startClock(false, port, 3);
        QVERIFY(clock.waitForExit());
        QCOMPARE(clock.process.exitCode(), 0);
        QCOMPARE(clock.out,
            QStringLiteral("[ clock ] > 0\n[ clock ] < ...\n"
                           "[ clock ] > 1\n[ clock ] < buzz buzz buzz\n"
                           "[ clock ] > 2\n[ clock ] < ...\n"));
        QCOMPARE(clock.err, QString());
        QVERIFY(buzzer.waitForOutput(QStringLiteral(R"(^\[ buzzer \] done processing messages)"))
                    .hasMatch());
        QCOMPARE(buzzer.linesOf(QStringLiteral("buzzer")).mid(1, 4),
            (QStringList { "** new client connected, path=/datafeed", "signal 0 received -> ...",
                "signal 1 received -> buzz buzz buzz", "signal 2 received -> ..." }));
    }

    void unreachableTarget()
    {
        const quint16 port = wbtest::freePort();
        Process clock;
        clock.startClock(false, port, 2);
        QVERIFY(clock.waitForExit());
        QCOMPARE(clock.process.exitCode(), 3);
        const QString failure
            = QStringLiteral("[ clock ] cannot reach ws://127.0.0.1:%1/datafeed: "
                             "Connection refused; trying again on the next tick\n")
                  .arg(port);
        QCOMPARE(clock.out,
            QStringLiteral("[ clock ] > 0\n") + failure + QStringLiteral("[ clock ] > 1\n")
                + failure);
        QCOMPARE(clock.err, QStringLiteral("wirebench-node: clock: 2 tick(s) not acknowledged\n"));
    }

    void clockReconnectsWhenTheTargetAppears()
    {
        const quint16 port = wbtest::freePort();
        Process clock;
        clock.startClock(false, port, -1, QStringLiteral("0.05"));
        QVERIFY2(
            clock.waitForOutput(QStringLiteral("cannot reach .*Connection refused")).hasMatch(),
            qPrintable(clock.report()));
        Peer peer;
        QVERIFY(peer.listen(port));
        QVERIFY2(clock.waitForOutput(QStringLiteral(R"(^\[ clock \] < ack:\d+$)")).hasMatch(),
            qPrintable(clock.report()));
        clock.signal(SIGTERM);
        QVERIFY(clock.waitForExit());
        QCOMPARE(clock.process.exitCode(), 0);
        QCOMPARE(peer.connections, 1);
    }

    void runUntilDone_data()
    {
        QTest::addColumn<bool>("deadBuzzer");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("seed circuit") << false << 0;
        QTest::newRow("buzzer down") << true << 3;
    }
    void runUntilDone()
    {
        QFETCH(bool, deadBuzzer);
        QFETCH(int, exitCode);
        const QString file = write(QStringLiteral("seed.json"),
            seedCircuit(wbtest::freePort(), wbtest::freePort(), deadBuzzer));
        Process run;
        run.startNode({ QStringLiteral("run"), file, QStringLiteral("-t"), QStringLiteral("2"),
            QStringLiteral("-d"), QStringLiteral("0"), QStringLiteral("--seed"),
            QStringLiteral("42"), QStringLiteral("--until-done") });
        QVERIFY(run.waitForExit());
        QVERIFY2(run.process.exitCode() == exitCode, qPrintable(run.report()));
        const QStringList clockLines = run.linesOf(QStringLiteral("clock"));
        if (!deadBuzzer) {
            QCOMPARE(
                clockLines, (QStringList { "> 0", "< acknowledged", "> 1", "< acknowledged" }));
            // Seed 42: bits 0 1 1, then 1 0 1.
            QCOMPARE(run.linesOf(QStringLiteral("buzzer")).filter(QStringLiteral("signal")),
                (QStringList { "signal 0 received -> ...", "signal 1 received -> buzz buzz buzz",
                    "signal 1 received -> buzz buzz buzz", "signal 1 received -> buzz buzz buzz",
                    "signal 0 received -> ...", "signal 1 received -> buzz buzz buzz" }));
            QCOMPARE(run.err, QString());
        } else {
            QCOMPARE(clockLines.size(), 4);
            QVERIFY2(clockLines.at(1).startsWith(QStringLiteral("< error: cannot reach ws://")),
                qPrintable(run.report()));
            QCOMPARE(
                run.err, QStringLiteral("wirebench-node: clock: 2 tick(s) not acknowledged\n"));
        }
    }
};

QTEST_GUILESS_MAIN(TestNodeCli)
#include "tst_nodecli.moc"
