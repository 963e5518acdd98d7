// Wire compatibility: wirebench-node and the seed's Python nodes (tests/peers/seed_nodes.py,
// asyncio + python3-websockets) in every mix, as real processes on ephemeral ports. Each side's
// printed lines are the evidence.
#include "processkit.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using wbtest::Process;

namespace {

const QString kSound = QStringLiteral("buzz buzz buzz");

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

// The signals a buzzer received, from its "signal S received -> B" lines; every behaviour
// must be the sound for 1 and "..." otherwise, else the result says which line was wrong.
QString buzzedBits(const QStringList &lines, const QString &sound = kSound)
{
    QString bits;
    static const QRegularExpression re(QStringLiteral("^signal (.*) received -> (.*)$"));
    for (const QString &line : lines) {
        const auto match = re.match(line);
        if (!match.hasMatch())
            continue;
        const QString expected
            = match.captured(1) == QLatin1String("1") ? sound : QStringLiteral("...");
        if (match.captured(2) != expected)
            return QStringLiteral("wrong behaviour: ") + line;
        bits += match.captured(1);
    }
    return bits;
}

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

// The acks of a pin's bits as the pin printed them must match the bits it drew.
QString soundsFor(const QString &bits)
{
    QStringList list;
    for (QChar bit : bits)
        list << (bit == u'1' ? kSound : QStringLiteral("..."));
    return list.join(u'|');
}

const QStringList kThreeAcknowledged { "> 0", "< acknowledged", "> 1", "< acknowledged", "> 2",
    "< acknowledged" };

} // namespace

class TestInterop final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(QStringLiteral(WIREBENCH_PYTHON)), WIREBENCH_PYTHON);
        Process check;
        check.process.start(QStringLiteral(WIREBENCH_PYTHON),
            { QStringLiteral("-c"), QStringLiteral("import websockets") });
        QVERIFY(check.waitForExit());
        QVERIFY2(check.process.exitCode() == 0,
            "the tests' Python needs the websockets package (Debian: python3-websockets)");
    }

    // Python clock -> our iopin -> Python buzzer.
    void pythonClockOurPinPythonBuzzer()
    {
        Process buzzer, pin, clock;
        const quint16 buzzerPort = buzzer.servePython(QStringLiteral("buzzer"));
        QVERIFY2(buzzerPort != 0, qPrintable(buzzer.report()));
        const quint16 pinPort = pin.serveNode(QStringLiteral("iopin"),
            { QStringLiteral("--target"), QStringLiteral("ws://127.0.0.1:%1").arg(buzzerPort),
                QStringLiteral("--seed"), QStringLiteral("42") });
        QVERIFY2(pinPort != 0, qPrintable(pin.report()));

        clock.startClock(true, pinPort, 3);
        QVERIFY(clock.waitForExit());
        QVERIFY2(clock.process.exitCode() == 0, qPrintable(clock.report()));
        QCOMPARE(clock.linesOf(QStringLiteral("clock")), kThreeAcknowledged);

        // Seed 42 draws 0 1 1, 1 0 1, 0 0 0; the Python buzzer heard exactly those, in order.
        QVERIFY(pin.waitForLines(QStringLiteral("iopin"), QStringLiteral("< "), 9));
        QVERIFY(buzzer.waitForLines(QStringLiteral("Buzzer"), QStringLiteral("signal"), 9));
        const QStringList pinLines = pin.linesOf(QStringLiteral("iopin"));
        QCOMPARE(drawnBits(pinLines), QStringLiteral("011101000"));
        QCOMPARE(buzzedBits(buzzer.linesOf(QStringLiteral("Buzzer"))), QStringLiteral("011101000"));
        QCOMPARE(acks(pinLines).join(u'|'), soundsFor(QStringLiteral("011101000")));
        // Our pin kept one connection to the buzzer for all its bits.
        QCOMPARE(buzzer.linesOf(QStringLiteral("Buzzer")).filter(QStringLiteral("new client")),
            QStringList { QStringLiteral("** new client connected, path=/iopin") });
        QCOMPARE(pinLines.filter(QStringLiteral("new tick triggered on /datafeed: ")).size(), 3);
    }

    // Our clock -> Python iopin -> our buzzer.
    void ourClockPythonPinOurBuzzer()
    {
        Process buzzer, pin, clock;
        const quint16 buzzerPort = buzzer.serveNode(QStringLiteral("buzzer"));
        QVERIFY2(buzzerPort != 0, qPrintable(buzzer.report()));
        const quint16 pinPort = pin.servePython(QStringLiteral("iopin"),
            { QStringLiteral("--target-port"), QString::number(buzzerPort),
                QStringLiteral("--seed"), QStringLiteral("7") });
        QVERIFY2(pinPort != 0, qPrintable(pin.report()));

        clock.startClock(false, pinPort, 3);
        QVERIFY(clock.waitForExit());
        QVERIFY2(clock.process.exitCode() == 0, qPrintable(clock.report() + pin.report()));
        QCOMPARE(clock.linesOf(QStringLiteral("clock")), kThreeAcknowledged);

        QVERIFY(pin.waitForLines(QStringLiteral("IOPin"), QStringLiteral("< "), 9));
        QVERIFY(buzzer.waitForLines(QStringLiteral("buzzer"), QStringLiteral("signal"), 9));
        const QStringList pinLines = pin.linesOf(QStringLiteral("IOPin"));
        const QString bits = drawnBits(pinLines);
        QCOMPARE(bits.size(), 9); // sequence 3, not the seed's slip (chance stored as sequence)
        QCOMPARE(buzzedBits(buzzer.linesOf(QStringLiteral("buzzer"))), bits);
        QCOMPARE(acks(pinLines).join(u'|'), soundsFor(bits));
        // The seed's stream() opens a connection per tick: our buzzer serves each.
        QCOMPARE(
            buzzer.linesOf(QStringLiteral("buzzer")).filter(QStringLiteral("new client")).size(),
            3);
        QCOMPARE(pinLines.filter(QStringLiteral("new tick triggered on /datafeed: ")).size(), 3);
    }

    // Python clock -> our iopin -> our buzzer, the pin finding its buzzer through --mesh.
    void pythonClockOurPinOurBuzzer()
    {
        Process buzzer, pin, clock;
        const quint16 buzzerPort
            = buzzer.serveNode(QStringLiteral("buzzer"), { QStringLiteral("--sound"), u"bîp ♪"_s });
        QVERIFY2(buzzerPort != 0, qPrintable(buzzer.report()));

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString mesh = dir.filePath(QStringLiteral("mesh.json"));
        QFile file(mesh);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral(R"({"format": "wirebench-circuit", "version": 1, "nodes": [
            {"name": "buzzer", "kind": "buzzer", "port": %1}]})")
                       .arg(buzzerPort)
                       .toUtf8());
        file.close();
        const quint16 pinPort = pin.serveNode(QStringLiteral("iopin"),
            { QStringLiteral("--mesh"), mesh, QStringLiteral("--sequence"), QStringLiteral("5") });
        QVERIFY2(pinPort != 0, qPrintable(pin.report()));

        clock.startClock(true, pinPort, 3);
        QVERIFY(clock.waitForExit());
        QVERIFY2(clock.process.exitCode() == 0, qPrintable(clock.report()));
        QCOMPARE(clock.linesOf(QStringLiteral("clock")), kThreeAcknowledged);

        QVERIFY(pin.waitForLines(QStringLiteral("iopin"), QStringLiteral("< "), 15));
        QVERIFY(buzzer.waitForLines(QStringLiteral("buzzer"), QStringLiteral("signal"), 15));
        const QString bits = drawnBits(pin.linesOf(QStringLiteral("iopin")));
        QCOMPARE(bits.size(), 15);
        QCOMPARE(buzzedBits(buzzer.linesOf(QStringLiteral("buzzer")), u"bîp ♪"_s), bits);
    }

    // Our clock straight at a Python buzzer: the buzzer's sound for 1, "..." otherwise.
    void ourClockPythonBuzzer()
    {
        Process buzzer, clock;
        const quint16 port = buzzer.servePython(
            QStringLiteral("buzzer"), { QStringLiteral("--sound"), QStringLiteral("1s buzzer") });
        QVERIFY2(port != 0, qPrintable(buzzer.report()));
        clock.startClock(false, port, 4);
        QVERIFY(clock.waitForExit());
        QVERIFY2(clock.process.exitCode() == 0, qPrintable(clock.report()));
        QCOMPARE(clock.linesOf(QStringLiteral("clock")),
            (QStringList { "> 0", "< ...", "> 1", "< 1s buzzer", "> 2", "< ...", "> 3", "< ..." }));
        QVERIFY(
            buzzer.waitForLines(QStringLiteral("Buzzer"), QStringLiteral("done processing"), 1));
        QCOMPARE(buzzer.linesOf(QStringLiteral("Buzzer")).filter(QStringLiteral("signal")),
            (QStringList { "signal 0 received -> ...", "signal 1 received -> 1s buzzer",
                "signal 2 received -> ...", "signal 3 received -> ..." }));
        // Our clock closes its connection with a normal close frame.
        QVERIFY2(
            buzzer.out.contains(QStringLiteral("done processing messages: received 1000 (OK)")),
            qPrintable(buzzer.report()));
    }

    // A Python pin whose buzzer is down acks an error; our clock counts those ticks as failed.
    void errorAcksFailTicks()
    {
        Process pin, clock;
        const quint16 pinPort = pin.servePython(QStringLiteral("iopin"),
            { QStringLiteral("--target-port"), QString::number(wbtest::freePort()) });
        QVERIFY2(pinPort != 0, qPrintable(pin.report()));
        clock.startClock(false, pinPort, 2);
        QVERIFY(clock.waitForExit());
        QCOMPARE(clock.process.exitCode(), 3);
        const QStringList got = acks(clock.linesOf(QStringLiteral("clock")));
        QCOMPARE(got.size(), 2);
        for (const QString &ack : got)
            QVERIFY2(ack.startsWith(QStringLiteral("error: cannot stream to buzzer: ")),
                qPrintable(ack));
        QCOMPARE(clock.err, QStringLiteral("wirebench-node: clock: 2 tick(s) not acknowledged\n"));
    }

    // A loop that gives nothing: the Python clock reads "n/a" from our buzzer.
    void noAckIsNa()
    {
        Process buzzer, clock;
        const quint16 port
            = buzzer.serveNode(QStringLiteral("buzzer"), { QStringLiteral("--sound"), QString() });
        QVERIFY2(port != 0, qPrintable(buzzer.report()));
        clock.startClock(true, port, 2);
        QVERIFY(clock.waitForExit());
        QCOMPARE(clock.linesOf(QStringLiteral("clock")),
            (QStringList { "> 0", "< ...", "> 1", "< n/a" }));
    }

    // Stopping our node closes a Python client's connection with a close frame (1001).
    void stopClosesPythonClients()
    {
        Process led, clock;
        const quint16 port = led.serveNode(QStringLiteral("led"));
        QVERIFY2(port != 0, qPrintable(led.report()));
        clock.startClock(true, port, -1, QStringLiteral("0.05"));
        QVERIFY2(clock.waitForOutput(QStringLiteral(R"(^\[ clock \] < on$)")).hasMatch(),
            qPrintable(clock.report()));
        led.signal(SIGTERM);
        QVERIFY(led.waitForExit());
        QCOMPARE(led.process.exitCode(), 0);
        QVERIFY(clock.waitForExit());
        QVERIFY2(clock.out.contains(QStringLiteral("received 1001 (going away) node stopped")),
            qPrintable(clock.report()));
        // Every tick the clock printed before the stop was acknowledged: "on" for 1, "off" else.
        const QStringList got = acks(clock.linesOf(QStringLiteral("clock")));
        QVERIFY(got.size() >= 2);
        for (qsizetype i = 0; i < got.size(); ++i)
            QCOMPARE(got.at(i), i == 1 ? QStringLiteral("on") : QStringLiteral("off"));
    }
};

QTEST_GUILESS_MAIN(TestInterop)
#include "tst_interop.moc"
