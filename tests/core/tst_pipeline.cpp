// The seed circuit in one MeshRuntime with a fixed seed: the exact timeline of log lines and
// traffic events (messages and acks, in order), the same again for a second run.
#include "circuittestkit.h"
#include "document/circuit.h"
#include "document/circuitformat.h"
#include "runtime/meshruntime.h"
#include "wstestkit.h"

#include <QSignalSpy>
#include <QTest>

using wb::NodeId;
using wb::TrafficEvent;

namespace {

QString typeName(TrafficEvent::Type type)
{
    switch (type) {
    case TrafficEvent::Type::Sent:
        return QStringLiteral("Sent");
    case TrafficEvent::Type::AckReceived:
        return QStringLiteral("AckReceived");
    case TrafficEvent::Type::Failed:
        return QStringLiteral("Failed");
    case TrafficEvent::Type::Received:
        return QStringLiteral("Received");
    case TrafficEvent::Type::AckSent:
        return QStringLiteral("AckSent");
    default:
        return wb::trafficTypeName(type); // the gate's, which a real-time run never shows
    }
}

struct Run
{
    QStringList timeline; // "log NAME: TEXT" and "NODE TYPE [PEER] CHANNEL TEXT [#ID]"
    QString problem; // empty when the events were consistent
    bool ok = false;
    int failures = -1;
};

// Runs the seed circuit (ports 0, delay 0) until its clock is done; ports in the log are
// replaced by $name so that two runs compare equal. With a `deadBuzzer` port, the buzzer is
// not started and the pin sends to that port.
Run runSeed(qint64 tacks, quint32 seed, quint16 deadBuzzer = 0)
{
    Run run;
    const auto loaded = wb::circuitformat::load(wb::circuitformat::seedCircuitPath());
    if (!loaded.ok()) {
        run.problem = loaded.error;
        return run;
    }
    wb::Circuit circuit;
    circuit.setContents(loaded.document.nodes, loaded.document.wires);
    const NodeId clock = circuit.idByName(QStringLiteral("clock"));
    const NodeId pin = circuit.idByName(QStringLiteral("iopin"));
    const NodeId buzzer = circuit.idByName(QStringLiteral("buzzer"));
    circuit.setPort(pin, 0);
    circuit.setPort(buzzer, deadBuzzer);
    circuit.setParam(clock, QStringLiteral("tacks"), tacks);
    circuit.setParam(clock, QStringLiteral("delay"), 0.0);
    circuit.setParam(pin, QStringLiteral("seed"), seed);

    wb::MeshRuntime runtime(&circuit);
    const auto name = [&](NodeId id) {
        return circuit.node(id)->name;
    };
    QObject::connect(&runtime, &wb::MeshRuntime::logLine, &runtime,
        [&](NodeId, const QString &node, QString text, qint64) {
            for (NodeId id : { pin, buzzer }) {
                if (const quint16 port = runtime.listeningPort(id))
                    text.replace(QString::number(port), u'$' + name(id));
            }
            run.timeline << QStringLiteral("log ") + node + QStringLiteral(": ") + text;
        });
    qint64 lastTime = 0;
    QObject::connect(&runtime, &wb::MeshRuntime::traffic, &runtime, [&](const TrafficEvent &e) {
        QString line = name(e.node) + u' ' + typeName(e.type);
        const bool sender = e.type == TrafficEvent::Type::Sent
            || e.type == TrafficEvent::Type::AckReceived || e.type == TrafficEvent::Type::Failed;
        if (sender) {
            line += u' ' + name(e.peer);
            const quint16 port = runtime.listeningPort(e.peer);
            const QString url = QStringLiteral("ws://127.0.0.1:%1%2")
                                    .arg(port ? port : circuit.node(e.peer)->port)
                                    .arg(e.channel);
            if (e.peerAddress != url && run.problem.isEmpty())
                run.problem
                    = QStringLiteral("peer address %1, expected %2").arg(e.peerAddress, url);
        } else if (!e.peerAddress.startsWith(QLatin1String("127.0.0.1:"))
            && run.problem.isEmpty()) {
            run.problem = QStringLiteral("peer address ") + e.peerAddress;
        }
        line += u' ' + e.channel + u' ' + e.text;
        // Both ends name a message alike: one id per message for the whole run.
        line += QStringLiteral(" #") + QString::number(e.messageId);
        if ((e.type == TrafficEvent::Type::AckReceived) != (e.rttNs >= 0) && run.problem.isEmpty())
            run.problem = QStringLiteral("rtt %1 on %2").arg(e.rttNs).arg(line);
        if (e.timeNs < lastTime && run.problem.isEmpty())
            run.problem = QStringLiteral("time went back at ") + line;
        lastTime = e.timeNs;
        run.timeline << line;
    });
    QSignalSpy finished(&runtime, &wb::MeshRuntime::clockFinished);
    if (deadBuzzer == 0) {
        runtime.startAll();
    } else {
        runtime.start(pin);
        runtime.start(clock);
    }
    if (!wbtest::waitFor([&] { return finished.count() > 0; })) {
        run.problem = QStringLiteral("the clock did not finish");
        return run;
    }
    run.ok = finished.first().at(1).toBool();
    run.failures = finished.first().at(2).toInt();
    if (!runtime.clocksDone())
        run.problem = QStringLiteral("clocksDone() is false after clockFinished");
    runtime.stopAll();
    return run;
}

// The lines of one tick of the seed circuit: the clock's message, the pin's bits through the
// buzzer, the acks back. `first` adds the connections being accepted. Message ids are the
// run's: the tick is `tickId`, its bits follow it.
QStringList tick(int n, const QString &bits, int tickId, bool first)
{
    const int firstBitId = tickId + 1;
    QStringList lines { QStringLiteral("log clock: > %1").arg(n) };
    if (first)
        lines << QStringLiteral("log iopin: ** new client connected, path=/datafeed");
    lines << QStringLiteral("clock Sent iopin /datafeed %1 #%2").arg(n).arg(tickId)
          << QStringLiteral("iopin Received /datafeed %1 #%2").arg(n).arg(tickId)
          << QStringLiteral("log iopin: new tick triggered on /datafeed: %1").arg(n);
    QStringList list;
    for (QChar bit : bits)
        list << QString(bit);
    lines << QStringLiteral("log iopin: toggling pin state: [%1]")
                 .arg(list.join(QStringLiteral(", ")))
          << QStringLiteral("log iopin: starting to stream message to buzzer");
    for (qsizetype i = 0; i < bits.size(); ++i) {
        const QString bit = bits.at(i);
        const QString sound
            = bit == QLatin1String("1") ? QStringLiteral("buzz buzz buzz") : QStringLiteral("...");
        const QString id = QString::number(firstBitId + i);
        lines << QStringLiteral("log iopin: > sending payload: ") + bit;
        if (first && i == 0)
            lines << QStringLiteral("log buzzer: ** new client connected, path=/iopin");
        lines << QStringLiteral("iopin Sent buzzer /iopin ") + bit + QStringLiteral(" #") + id
              << QStringLiteral("buzzer Received /iopin ") + bit + QStringLiteral(" #") + id
              << QStringLiteral("log buzzer: signal %1 received -> %2").arg(bit, sound)
              << QStringLiteral("buzzer AckSent /iopin ") + sound + QStringLiteral(" #") + id
              << QStringLiteral("iopin AckReceived buzzer /iopin ") + sound + QStringLiteral(" #")
                + id
              << QStringLiteral("log iopin: < ") + sound;
    }
    lines << QStringLiteral("iopin AckSent /datafeed acknowledged #%1").arg(tickId)
          << QStringLiteral("clock AckReceived iopin /datafeed acknowledged #%1").arg(tickId)
          << QStringLiteral("log clock: < acknowledged");
    return lines;
}

} // namespace

class TestPipeline final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<wb::TrafficEvent>();
        qRegisterMetaType<wb::NodeId>("wb::NodeId");
    }

    void exactTimeline()
    {
        const Run run = runSeed(2, 42);
        QVERIFY2(run.problem.isEmpty(), qPrintable(run.problem));
        QVERIFY(run.ok);
        QCOMPARE(run.failures, 0);
        // Seed 42 draws 0 1 1, then 1 0 1 (pinned: see tst_components).
        const QStringList expected
            = QStringList { QStringLiteral("log iopin: serving on 127.0.0.1:$iopin"),
                  QStringLiteral("log buzzer: serving on 127.0.0.1:$buzzer") }
            + tick(0, QStringLiteral("011"), 1, true) + tick(1, QStringLiteral("101"), 5, false);
        if (run.timeline != expected) {
            for (qsizetype i = 0; i < std::max(run.timeline.size(), expected.size()); ++i) {
                if (run.timeline.value(i) != expected.value(i)) {
                    qWarning("first difference at %lld:\n  actual:   %s\n  expected: %s",
                        static_cast<long long>(i), qPrintable(run.timeline.value(i)),
                        qPrintable(expected.value(i)));
                    break;
                }
            }
        }
        QCOMPARE(run.timeline, expected);
    }

    void sameSeedSameRun()
    {
        const Run first = runSeed(4, 2024);
        QVERIFY2(first.problem.isEmpty(), qPrintable(first.problem));
        QVERIFY(first.ok);
        const Run second = runSeed(4, 2024);
        QVERIFY2(second.problem.isEmpty(), qPrintable(second.problem));
        QCOMPARE(second.timeline, first.timeline);
        QCOMPARE(first.timeline.count(QStringLiteral("log clock: < acknowledged")), 4);
        QCOMPARE(first.timeline.filter(QStringLiteral("buzzer Received /iopin ")).size(), 12);
    }

    void unreachableBuzzerFailsEveryTick()
    {
        const quint16 port = wbtest::freePort();
        const Run run = runSeed(2, 1, port);
        QVERIFY2(run.problem.isEmpty(), qPrintable(run.problem));
        QVERIFY(!run.ok);
        QCOMPARE(run.failures, 2);
        const QStringList acks = run.timeline.filter(QStringLiteral("clock AckReceived"));
        QCOMPARE(acks.size(), 2);
        // Each tick is a message of the run, and so is the pin's bit that could not leave.
        const QList<int> tickIds { 1, 3 };
        for (qsizetype i = 0; i < acks.size(); ++i) {
            QCOMPARE(acks.at(i),
                QStringLiteral("clock AckReceived iopin /datafeed error: cannot reach "
                               "ws://127.0.0.1:%1/iopin: Connection refused #%2")
                    .arg(port)
                    .arg(tickIds.at(i)));
        }
        // The pin's bit failed before it left: a Failed event, never sent.
        QCOMPARE(run.timeline.filter(QStringLiteral("iopin Sent")).size(), 0);
        QCOMPARE(run.timeline.filter(QStringLiteral("iopin Failed buzzer /iopin")).size(), 2);
    }

    void clocksDoneFollowsStartAndStop()
    {
        wb::Circuit circuit;
        wb::NodeSpec clock = wbtest::nodeSpec(QStringLiteral("clock"), wb::NodeKind::Clock);
        clock.params = { { QStringLiteral("tacks"), 1000 }, { QStringLiteral("delay"), 60.0 } };
        const NodeId ledId
            = circuit.addNode(wbtest::nodeSpec(QStringLiteral("led"), wb::NodeKind::Led));
        const NodeId clockId = circuit.addNode(clock);
        QVERIFY(circuit.addWire(clockId, ledId));
        wb::MeshRuntime runtime(&circuit);
        QVERIFY(runtime.clocksDone()); // no clock started
        runtime.startAll();
        QVERIFY(!runtime.clocksDone());
        QVERIFY(runtime.isRunning());
        runtime.stop(clockId); // will never finish now: nothing to wait for
        QVERIFY(runtime.clocksDone());
        runtime.start(clockId);
        QVERIFY(!runtime.clocksDone());
        runtime.stopAll();
        QVERIFY(runtime.clocksDone());
        QVERIFY(!runtime.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestPipeline)
#include "tst_pipeline.moc"
