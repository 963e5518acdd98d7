// wirebench-node proxy between the seed's Python nodes, as real processes on ephemeral ports:
// the Python clock talks to the proxy as if it were the iopin, and neither end can tell.
#include "processkit.h"

#include <QTest>

using wbtest::Process;

namespace {

// The acks a sender printed as "< ack" lines.
QStringList acks(const QStringList &lines)
{
    QStringList list;
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String("< ")))
            list << line.mid(2);
    }
    return list;
}

// The signals a buzzer printed as "signal S received -> B" lines.
QString buzzedBits(const QStringList &lines)
{
    QString bits;
    static const QRegularExpression re(QStringLiteral("^signal ([01]) received -> "));
    for (const QString &line : lines) {
        if (const auto match = re.match(line); match.hasMatch())
            bits += match.captured(1);
    }
    return bits;
}

// The bits a pin drew, from its "toggling pin state: [0, 1, 1]" lines.
QString drawnBits(const QStringList &lines)
{
    QString bits;
    const QString prefix = QStringLiteral("toggling pin state: ");
    for (const QString &line : lines) {
        if (line.startsWith(prefix))
            bits += line.mid(prefix.size()).remove(QRegularExpression(QStringLiteral("[^01]")));
    }
    return bits;
}

} // namespace

class TestProxy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Python buzzer <- Python iopin <- wirebench-node proxy <- Python clock, 3 ticks.
    void relaysBetweenPythonNodes()
    {
        Process buzzer;
        const quint16 buzzerPort = buzzer.servePython(QStringLiteral("buzzer"));
        QVERIFY2(buzzerPort != 0, qPrintable(buzzer.report()));
        Process iopin;
        const quint16 iopinPort = iopin.servePython(QStringLiteral("iopin"),
            { QStringLiteral("--target-port"), QString::number(buzzerPort),
                QStringLiteral("--seed"), QStringLiteral("7") });
        QVERIFY2(iopinPort != 0, qPrintable(iopin.report()));
        Process proxy;
        const quint16 proxyPort = proxy.serveNode(QStringLiteral("proxy"),
            { QStringLiteral("--target"), QStringLiteral("ws://127.0.0.1:%1").arg(iopinPort) });
        QVERIFY2(proxyPort != 0, qPrintable(proxy.report()));

        Process clock;
        clock.startClock(true, proxyPort, 3);
        QVERIFY2(clock.waitForExit(), qPrintable(clock.report()));
        QCOMPARE(clock.process.exitCode(), 0);
        QCOMPARE(acks(clock.linesOf(QStringLiteral("clock"))),
            QStringList(3, QStringLiteral("acknowledged")));

        // The iopin saw the clock's ticks on the clock's own channel, and streamed its bits on.
        QVERIFY2(iopin.waitForLines(QStringLiteral("IOPin"), QStringLiteral("toggling"), 3),
            qPrintable(iopin.report()));
        QCOMPARE(iopin.linesOf(QStringLiteral("IOPin")).filter(QStringLiteral("new tick")),
            QStringList({ QStringLiteral("new tick triggered on /datafeed: 0"),
                QStringLiteral("new tick triggered on /datafeed: 1"),
                QStringLiteral("new tick triggered on /datafeed: 2") }));
        const QString bits = drawnBits(iopin.linesOf(QStringLiteral("IOPin")));
        QCOMPARE(bits.size(), 9);
        QVERIFY2(buzzer.waitForLines(QStringLiteral("Buzzer"), QStringLiteral("received"), 9),
            qPrintable(buzzer.report()));
        QCOMPARE(buzzedBits(buzzer.linesOf(QStringLiteral("Buzzer"))), bits);

        // The proxy's log: each message relayed, each ack back.
        QVERIFY2(proxy.waitForLines(QStringLiteral("proxy"), QStringLiteral("< acknowledged"), 3),
            qPrintable(proxy.report()));
        QCOMPARE(proxy.linesOf(QStringLiteral("proxy")).filter(QStringLiteral("relaying")),
            QStringList({ QStringLiteral("relaying 0 on /datafeed to target"),
                QStringLiteral("relaying 1 on /datafeed to target"),
                QStringLiteral("relaying 2 on /datafeed to target") }));
        proxy.signal(SIGTERM);
        QVERIFY2(proxy.waitForExit(), qPrintable(proxy.report()));
        QCOMPARE(proxy.process.exitCode(), 0);
    }

    // A target that is not there: the sender hears why, as an error ack, for every message.
    void unreachableTargetIsAnErrorAck()
    {
        const quint16 nobody = wbtest::freePort();
        Process proxy;
        const quint16 proxyPort = proxy.serveNode(QStringLiteral("proxy"),
            { QStringLiteral("--target"), QStringLiteral("ws://127.0.0.1:%1").arg(nobody) });
        QVERIFY2(proxyPort != 0, qPrintable(proxy.report()));
        Process clock;
        clock.startClock(true, proxyPort, 2);
        QVERIFY2(clock.waitForExit(), qPrintable(clock.report()));
        QCOMPARE(clock.process.exitCode(), 0);
        const QStringList got = acks(clock.linesOf(QStringLiteral("clock")));
        QCOMPARE(got.size(), 2);
        for (const QString &ack : got) {
            QVERIFY2(
                ack.startsWith(
                    QStringLiteral("error: cannot reach ws://127.0.0.1:%1/datafeed").arg(nobody)),
                qPrintable(ack));
        }
    }
};

QTEST_GUILESS_MAIN(TestProxy)
#include "tst_proxy.moc"
