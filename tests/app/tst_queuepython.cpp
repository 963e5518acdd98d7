// The Python client of the queue seed (examples/python/queue_client.py: asyncio.Queue,
// run_in_executor, python3-websockets) against headless wirebench-node queues: its items
// reach the console in order with the slow task's among them; a full queue that blocks holds
// the client's ack back exactly while it is full; a queue that drops the newest says so in
// the ack. Order and contents are asserted, never timing.
#include "queuekit.h"

#include <QFile>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using wbtest::countsOf;
using wbtest::Process;
using wbtest::target;

namespace {

constexpr int kClientWaitMs = 30000;

// The client's printed lines: "> item" when it leaves, "< ack" when its ack came.
QStringList clientLines(const Process &client)
{
    QStringList lines;
    for (const QString &line : client.out.split(u'\n', Qt::SkipEmptyParts)) {
        if (line.startsWith(u"> "_s) || line.startsWith(u"< "_s))
            lines << line;
    }
    return lines;
}

} // namespace

class TestQueuePython final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(wbtest::kQueueClient), qPrintable(wbtest::kQueueClient));
        Process check;
        check.process.start(QStringLiteral(WIREBENCH_PYTHON),
            { QStringLiteral("-c"), QStringLiteral("import websockets") });
        QVERIFY(check.waitForExit());
        if (check.process.exitCode() != 0)
            QSKIP("the tests' Python has no websockets package (Debian: python3-websockets)");
    }

    // client -> queue (5, block) -> console: every line of standard input and the slow
    // task's item arrive in the client's order; each ack is the queue's "queued F/5".
    void clientThroughQueueToConsole()
    {
        Process console;
        const quint16 consolePort = console.serveNode(u"console"_s);
        QVERIFY2(consolePort != 0, qPrintable(console.report()));
        Process queue;
        const quint16 queuePort = queue.serveNode(u"queue"_s,
            { u"--capacity"_s, u"5"_s, u"--when-full"_s, u"block"_s, u"--target"_s,
                target(consolePort) });
        QVERIFY2(queuePort != 0, qPrintable(queue.report()));

        constexpr int kLines = 200;
        Process client;
        wbtest::startClient(client, queuePort, u"0.2"_s, wbtest::numberedLines(kLines));
        QVERIFY2(client.waitForExit(kClientWaitMs), qPrintable(client.report()));
        QVERIFY2(client.process.exitCode() == 0, qPrintable(client.report()));

        // Stop-and-wait: every item is followed by its ack before the next leaves.
        const QStringList lines = clientLines(client);
        QCOMPARE(lines.size(), 2 * (kLines + 1));
        QStringList sent;
        for (qsizetype i = 0; i < lines.size(); i += 2) {
            QVERIFY2(lines.at(i).startsWith(u"> "_s), qPrintable(lines.at(i)));
            QVERIFY2(QRegularExpression(u"^< queued [1-5]/5$"_s).match(lines.at(i + 1)).hasMatch(),
                qPrintable(lines.at(i + 1)));
            sent << lines.at(i).mid(2);
        }
        QCOMPARE(sent.count(u"something slow is done"_s), 1);

        // The console prints them in the order the client sent them.
        QVERIFY2(wbtest::waitFor([&] {
            return wbtest::consoleTexts(console, wbtest::kPeerSender).size() == kLines + 1;
        }),
            qPrintable(console.report()));
        QCOMPARE(wbtest::consoleTexts(console, wbtest::kPeerSender), sent);
        sent.removeAll(u"something slow is done"_s);
        QCOMPARE(sent, wbtest::numberedTexts(kLines));

        QVERIFY2(wbtest::terminate(queue), qPrintable(queue.report()));
        const auto counts = countsOf(queue, u"queue"_s, u"received"_s);
        QCOMPARE(counts.value(u"received"_s), kLines + 1);
        QCOMPARE(counts.value(u"delivered"_s), kLines + 1);
        QCOMPARE(counts.value(u"dropped"_s), 0);
        QVERIFY(wbtest::terminate(console));
    }

    // A queue of 2 that blocks, whose console is not there yet: the first two items get
    // their acks, the third leaves and its ack waits: the client is held back and sends
    // nothing more. Once the console listens, the queue delivers, the third goes in
    // ("queued 2/2": it waited for room), the fourth follows, and all four arrive in order.
    void fullBlockingQueueHoldsTheClientsAck()
    {
        const quint16 consolePort = wbtest::freePort();
        QVERIFY(consolePort != 0);
        Process queue;
        const quint16 queuePort = queue.serveNode(u"queue"_s,
            { u"--capacity"_s, u"2"_s, u"--when-full"_s, u"block"_s, u"--target"_s,
                target(consolePort) });
        QVERIFY2(queuePort != 0, qPrintable(queue.report()));

        Process client;
        wbtest::startClient(client, queuePort, u"-1"_s, "a\nb\nc\nd\n");
        QVERIFY2(client.waitForOutput(u"^> c$"_s, kClientWaitMs).hasMatch(),
            qPrintable(client.report()));
        // The queue cannot deliver (its console does not listen): it stays full, and the
        // third item's ack cannot come.
        QCOMPARE(clientLines(client),
            QStringList({ u"> a"_s, u"< queued 1/2"_s, u"> b"_s, u"< queued 2/2"_s, u"> c"_s }));
        QVERIFY(client.process.state() == QProcess::Running);

        Process console;
        console.startNode({ u"console"_s, u"--port"_s, QString::number(consolePort) });
        QVERIFY2(console.waitForServing() == consolePort, qPrintable(console.report()));
        QVERIFY2(client.waitForExit(kClientWaitMs), qPrintable(client.report()));
        QVERIFY2(client.process.exitCode() == 0, qPrintable(client.report()));
        const QStringList lines = clientLines(client);
        QCOMPARE(lines.size(), 8);
        QCOMPARE(lines.mid(0, 7),
            QStringList({ u"> a"_s, u"< queued 1/2"_s, u"> b"_s, u"< queued 2/2"_s, u"> c"_s,
                u"< queued 2/2"_s, u"> d"_s }));
        QVERIFY2(QRegularExpression(u"^< queued [12]/2$"_s).match(lines.at(7)).hasMatch(),
            qPrintable(lines.at(7)));

        QVERIFY2(wbtest::waitFor([&] {
            return wbtest::consoleTexts(console, wbtest::kPeerSender).size() == 4;
        }),
            qPrintable(console.report()));
        QCOMPARE(wbtest::consoleTexts(console, wbtest::kPeerSender),
            QStringList({ u"a"_s, u"b"_s, u"c"_s, u"d"_s }));
        QVERIFY2(wbtest::terminate(queue), qPrintable(queue.report()));
        QCOMPARE(countsOf(queue, u"queue"_s, u"received"_s).value(u"highest fill"_s), 2);
        QVERIFY(wbtest::terminate(console));
    }

    // A queue of 2 that drops the newest, with nobody to deliver to: the client's first two
    // items go in, the others are answered at once with the error, and the client goes on.
    void dropNewestAnswersAtOnce()
    {
        Process queue;
        const quint16 queuePort = queue.serveNode(
            u"queue"_s, { u"--capacity"_s, u"2"_s, u"--when-full"_s, u"drop-newest"_s });
        QVERIFY2(queuePort != 0, qPrintable(queue.report()));
        Process client;
        wbtest::startClient(client, queuePort, u"-1"_s, "a\nb\nc\nd\ne\n");
        QVERIFY2(client.waitForExit(kClientWaitMs), qPrintable(client.report()));
        QVERIFY2(client.process.exitCode() == 0, qPrintable(client.report()));
        const QString dropped = u"< error: dropped, queue full (2/2)"_s;
        QCOMPARE(clientLines(client),
            QStringList({ u"> a"_s, u"< queued 1/2"_s, u"> b"_s, u"< queued 2/2"_s, u"> c"_s,
                dropped, u"> d"_s, dropped, u"> e"_s, dropped }));
        QVERIFY2(wbtest::terminate(queue), qPrintable(queue.report()));
        const QMap<QString, qint64> counts { { u"received"_s, 5 }, { u"delivered"_s, 0 },
            { u"dropped"_s, 3 }, { u"highest fill"_s, 2 } };
        QCOMPARE(countsOf(queue, u"queue"_s, u"received"_s), counts);
    }

    // The client's own errors: nothing listening at --url is a message and exit 1.
    void clientWithoutQueueFails()
    {
        Process client;
        wbtest::startClient(client, wbtest::freePort(), u"-1"_s, "a\n");
        QVERIFY2(client.waitForExit(kClientWaitMs), qPrintable(client.report()));
        QCOMPARE(client.process.exitCode(), 1);
        QVERIFY2(client.err.startsWith(u"queue_client: ws://127.0.0.1:"_s), qPrintable(client.err));
    }
};

QTEST_GUILESS_MAIN(TestQueuePython)
#include "tst_queuepython.moc"
