// Faults with real processes (docs/security.md, "Sockets"): a peer killed mid-stream, a peer
// that never reads, a flood of idle connections. In each the wirebench-node under attack keeps
// serving its other clients (a seed-style client gets its acks), its memory stays bounded, and
// how late its answers come is measured and reported (not asserted: the machine is shared).
#include "faultkit.h"
#include "net/fdlimit.h"

#include <QStandardPaths>
#include <QTest>
#include <algorithm>
#include <csignal>

using namespace wbtest;

class TestFaults final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        wb::raiseOpenFileLimit(); // the flood holds 2,000 sockets in this process
    }

    // A pin streams to a buzzer; the buzzer is SIGKILLed mid-stream, then the clock that feeds
    // the pin is. The pin answers every tick meanwhile (with an error while its target is
    // gone), and once a buzzer is back on the port its ticks are acknowledged again.
    void peerKilledMidStream()
    {
        NodeUnderTest buzzer;
        QVERIFY2(buzzer.start(), qPrintable(buzzer.process.report()));
        Process pin;
        pin.startNode({ QStringLiteral("iopin"), QStringLiteral("-p"), QStringLiteral("0"),
            QStringLiteral("--target"), QStringLiteral("ws://127.0.0.1:%1").arg(buzzer.port) });
        const quint16 pinPort = pin.waitForServing();
        QVERIFY2(pinPort, qPrintable(pin.report()));
        const qint64 warm = rssKiB(pin.process.processId());

        Process clock;
        clock.startClock(true, pinPort, -1); // flat out, for ever
        QVERIFY(waitFor([&] {
            return clock.linesOf(QStringLiteral("clock"))
                       .filter(QStringLiteral("< acknowledged"))
                       .size()
                >= 20;
        }));
        buzzer.process.signal(SIGKILL);
        QVERIFY(buzzer.process.waitForExit());
        QVERIFY(waitFor([&] {
            return clock.linesOf(QStringLiteral("clock")).filter(QStringLiteral("< error: ")).size()
                >= 3;
        }));
        clock.signal(SIGKILL);
        QVERIFY(clock.waitForExit());

        Prober prober;
        const QUrl pinUrl(QStringLiteral("ws://127.0.0.1:%1/datafeed").arg(pinPort));
        {
            Client client;
            QVERIFY(client.open(pinUrl));
            QVERIFY(client.ask(QStringLiteral("0"))
                        .value_or(QString())
                        .startsWith(QStringLiteral("error: ")));
            client.socket.abort(); // Qt 6.4 leaks the close reason of a connected QWebSocket
        }
        NodeUnderTest again;
        again.process.startNode(
            { QStringLiteral("buzzer"), QStringLiteral("-p"), QString::number(buzzer.port) });
        QCOMPARE(again.process.waitForServing(), buzzer.port);
        bool acknowledged = false;
        for (int attempt = 0; attempt < 20 && !acknowledged; ++attempt) {
            acknowledged = prober.ask(pinUrl, QStringLiteral("1"), QStringLiteral("acknowledged"));
            if (!acknowledged)
                QTest::qWait(100);
        }
        QVERIFY2(acknowledged, qPrintable(pin.report()));
        QVERIFY(seedClockGetsItsAcks(pinPort));
        prober.report("pin after its target and its client were killed");
        QCOMPARE(pin.process.state(), QProcess::Running);
        QVERIFY(kSanitized || rssKiB(pin.process.processId()) < warm + kFaultBudgetKiB);
        // Log lines leave the node in bursts (every 20 ms at most): wait for it, do not peek.
        QVERIFY2(pin.waitForOutput(QStringLiteral("done processing messages")).hasMatch(),
            qPrintable(pin.report()));
    }

    // A client completes its handshake, sends thousands of messages and never reads the acks
    // (1,000 bytes each): the node closes it at its queue cap with a log line.
    void peerThatNeverReads()
    {
        NodeUnderTest node;
        QVERIFY(node.start({ QStringLiteral("--sound"), QString(1000, u'z') }));
        const qint64 warm = node.rss();
        RawSocket reader(4096);
        QCOMPARE(reader.handshake(node.port), 101);
        reader.setReading(false);
        QByteArray burst;
        for (int i = 0; i < 1000; ++i)
            burst += ws::frame(ws::kText, "1");
        Prober prober;
        bool closed = false;
        for (int round = 0; round < 40 && !closed; ++round) {
            closed = !reader.send(burst, 2000)
                || node.process.out.contains(QStringLiteral("does not read"));
            QVERIFY(prober.ask(node.url(), QStringLiteral("1"), QString(1000, u'z')));
        }
        QVERIFY2(node.process.waitForOutput(QStringLiteral("does not read.*the cap is")).hasMatch(),
            qPrintable(node.process.report()));
        QVERIFY2(node.process.waitForOutput(QStringLiteral("code 4008")).hasMatch(),
            qPrintable(node.process.report()));
        prober.report("node with a client that never reads");
        QVERIFY(stillServes(node, warm));
    }

    // 2,000 TCP connections that never send a byte: handshakes time out or make room for
    // newer ones, and a real client is served meanwhile.
    void floodOfIdleConnections()
    {
        NodeUnderTest node;
        QVERIFY(node.start());
        const qint64 warm = node.rss();
        std::vector<std::unique_ptr<RawSocket>> flood;
        flood.reserve(2000);
        for (int i = 0; i < 2000; ++i) {
            flood.push_back(std::make_unique<RawSocket>());
            QVERIFY(flood.back()->connectTo(node.port));
        }
        Prober prober;
        for (int i = 0; i < 20; ++i) {
            QVERIFY2(prober.ask(node.url(), QStringLiteral("1"), QStringLiteral("buzz buzz buzz")),
                qPrintable(node.process.report()));
        }
        prober.report("node under a flood of 2,000 idle connections");
        QVERIFY(node.process.waitForOutput(QStringLiteral("oldest")).hasMatch());
        QVERIFY(stillServes(node, warm)); // while the flood still holds its connections
    }

    // A burst larger than the node's 64 handshakes arrives while it cannot run (SIGSTOP): idle
    // connections, clients that have sent their request, idle ones again. The node takes them
    // all in one go when it runs again and makes room by dropping idle ones, never a client
    // whose request is still to be read: every client gets its 101 and its ack.
    void burstOfClientsAndIdleOnes_data()
    {
        QTest::addColumn<int>("idleBefore");
        QTest::addColumn<int>("clients");
        QTest::addColumn<int>("idleAfter");
        QTest::addColumn<int>("cut"); // idle ones closed at once, without an answer
        // 63 idle ones stay with the client, and get their 408 later.
        QTest::newRow("a client among 200 idle") << 100 << 1 << 100 << 137;
        QTest::newRow("80 clients at once") << 0 << 80 << 0 << 0;
        // The first 50 idle ones make room for clients; the last 50 find 80 handshakes, each
        // with a request to read, and are turned away.
        QTest::newRow("80 clients among 100 idle") << 50 << 80 << 50 << 100;
    }
    void burstOfClientsAndIdleOnes()
    {
        QFETCH(int, idleBefore);
        QFETCH(int, clients);
        QFETCH(int, idleAfter);
        QFETCH(int, cut);
        NodeUnderTest node;
        QVERIFY(node.start());
        const qint64 warm = node.rss();
        node.process.signal(SIGSTOP);
        QVERIFY(pollFor([&] { return stateOf(node.pid) == 'T'; }));
        std::vector<std::unique_ptr<RawSocket>> idle;
        std::vector<std::unique_ptr<RawSocket>> talking;
        // Every connection is in the node's kernel queue before the next one starts (one
        // refused there would only be retried a second later).
        const auto connect
            = [&](std::vector<std::unique_ptr<RawSocket>> &sockets, int count, bool request) {
                  for (int i = 0; i < count; ++i) {
                      auto socket = std::make_unique<RawSocket>();
                      if (!socket->connectTo(node.port)
                          || !pollFor([&] { return socket->isConnected(); }))
                          return false;
                      if (request && !socket->send(ws::request(node.port, "/datafeed")))
                          return false;
                      sockets.push_back(std::move(socket));
                  }
                  return true;
              };
        QVERIFY(connect(idle, idleBefore, false));
        QVERIFY(connect(talking, clients, true));
        QVERIFY(connect(idle, idleAfter, false));
        node.process.signal(SIGCONT);
        for (const auto &client : talking) {
            QCOMPARE(client->answerStatus(), 101);
            QVERIFY(client->send(ws::frame(ws::kText, "1")));
        }
        for (const auto &client : talking) {
            QVERIFY(waitFor(
                [&] { return client->texts().contains(QStringLiteral("buzz buzz buzz")); }));
        }
        QVERIFY(waitFor([&] {
            return std::count_if(idle.cbegin(), idle.cend(),
                       [](const std::unique_ptr<RawSocket> &s) {
                           return s->closed && s->received.isEmpty();
                       })
                >= cut;
        }));
        if (cut == 0) {
            QVERIFY2(!node.process.out.contains(QStringLiteral("dropped"))
                    && !node.process.out.contains(QStringLiteral("turned away")),
                qPrintable(node.process.report()));
        }
        QVERIFY(stillServes(node, warm));
    }

    // A node started with only 100 descriptors (its connection cap is then the minimum, 16)
    // under 300 idle connections: at the cap it drops the oldest handshake for each newcomer
    // instead of running out of descriptors (no accept error, no spinning event loop), and a
    // real client gets in.
    void floodAtTheDescriptorLimit()
    {
        const QString prlimit = QStandardPaths::findExecutable(QStringLiteral("prlimit"));
        if (prlimit.isEmpty())
            QSKIP("prlimit (util-linux) is not installed");
        NodeUnderTest node;
        node.process.process.start(prlimit,
            { QStringLiteral("--nofile=100:100"), Process::nodeProgram(), QStringLiteral("buzzer"),
                QStringLiteral("-p"), QStringLiteral("0") });
        node.port = node.process.waitForServing();
        node.pid = node.process.process.processId(); // prlimit execs the node
        QVERIFY2(node.port, qPrintable(node.process.report()));
        const qint64 warm = node.rss();
        std::vector<std::unique_ptr<RawSocket>> flood;
        for (int i = 0; i < 300; ++i) {
            flood.push_back(std::make_unique<RawSocket>());
            QVERIFY(flood.back()->connectTo(node.port));
        }
        QVERIFY2(
            node.process.waitForOutput(QStringLiteral("dropped at the connection cap")).hasMatch(),
            qPrintable(node.process.report()));
        const qint64 cpuBefore = cpuMs(node.pid);
        QTest::qWait(1000);
        qInfo("CPU used by the node in 1 s at its cap: %lld ms", cpuMs(node.pid) - cpuBefore);
        Prober prober;
        QVERIFY2(prober.ask(node.url(), QStringLiteral("1"), QStringLiteral("buzz buzz buzz")),
            qPrintable(node.process.report()));
        prober.report("node at its descriptor limit");
        QVERIFY(!node.process.out.contains(QStringLiteral("cannot accept")));
        QVERIFY(stillServes(node, warm));
    }

private:
    // The state letter of /proc/PID/stat ('T': stopped by a signal); 0 when unknown.
    static char stateOf(qint64 pid)
    {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            return 0;
        const QByteArray text = stat.readAll();
        const qsizetype at = text.lastIndexOf(')') + 2;
        return at >= 2 && at < text.size() ? text.at(at) : 0;
    }

    // User and system CPU time of a process so far (utime + stime of /proc/PID/stat).
    static qint64 cpuMs(qint64 pid)
    {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            return -1;
        const QByteArray text = stat.readAll();
        const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
        const qint64 ticks = fields.value(11).toLongLong() + fields.value(12).toLongLong();
        return ticks * 1000 / sysconf(_SC_CLK_TCK);
    }
};

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
