// A proxy node of this process between the seed's Python nodes (tests/peers/seed_nodes.py): the
// traffic of two processes that are not ours passes the runtime's gate, so a pause holds it and
// a wire's fault rules act on it (docs/delivery.md, "The proxy"). The event loop runs while a
// test waits for a Python process: the proxy must answer it meanwhile.
#include "../app/processkit.h"
#include "circuittestkit.h"
#include "document/circuit.h"
#include "runtime/meshruntime.h"

#include <QTest>

using wb::NodeId;
using wb::TrafficEvent;
using wbtest::Process;
using Type = TrafficEvent::Type;

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

// A circuit of one proxy wired to one external node at `port`, and its runtime's events.
struct Bench
{
    wb::Circuit circuit;
    NodeId proxy = 0;
    NodeId target = 0;
    wb::WireId wire = 0;
    QList<TrafficEvent> events;
    // Last: it goes first, while what its signals fill is still there.
    std::unique_ptr<wb::MeshRuntime> runtime;

    explicit Bench(quint16 port)
    {
        proxy = circuit.addNode(
            wbtest::nodeSpec(QStringLiteral("proxy"), wb::NodeKind::Proxy, wbtest::freePort()));
        target = circuit.addNode(
            wbtest::nodeSpec(QStringLiteral("outside"), wb::NodeKind::External, port));
        wire = circuit.addWire(proxy, target);
        runtime = std::make_unique<wb::MeshRuntime>(&circuit);
        QObject::connect(runtime.get(), &wb::MeshRuntime::traffic, runtime.get(),
            [this](const TrafficEvent &e) { events << e; });
    }

    quint16 port() const { return circuit.node(proxy)->port; }
    int count(Type type, bool ack = false) const
    {
        return int(std::count_if(events.cbegin(), events.cend(), [&](const TrafficEvent &e) {
            return e.type == type && e.node == proxy && e.ack == ack;
        }));
    }
};

} // namespace

class TestProxy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Python clock -> proxy -> Python iopin -> Python buzzer; the pause holds the clock's first
    // tick at the proxy until it ends.
    void pauseHoldsWhatItRelays()
    {
        Process buzzer;
        const quint16 buzzerPort = buzzer.servePython(QStringLiteral("buzzer"));
        QVERIFY2(buzzerPort != 0, qPrintable(buzzer.report()));
        Process iopin;
        const quint16 iopinPort = iopin.servePython(QStringLiteral("iopin"),
            { QStringLiteral("--target-port"), QString::number(buzzerPort) });
        QVERIFY2(iopinPort != 0, qPrintable(iopin.report()));

        Bench bench(iopinPort);
        bench.runtime->startAll();
        QCOMPARE(bench.runtime->state(bench.proxy), wb::NodeState::Listening);
        bench.runtime->delivery()->setPaused(true);
        Process clock;
        clock.startClock(true, bench.port(), 3);
        QVERIFY(wbtest::waitFor([&] { return bench.runtime->delivery()->heldCount() == 1; }));
        QTest::qWait(300); // nothing gets past the gate meanwhile
        QCOMPARE(bench.count(Type::Received), 0);
        QCOMPARE(bench.count(Type::Sent), 0);
        QCOMPARE(bench.runtime->delivery()->heldCount(), 1);
        QVERIFY(clock.linesOf(QStringLiteral("clock")).filter(QStringLiteral("< ")).isEmpty());

        bench.runtime->delivery()->setPaused(false);
        QVERIFY2(clock.waitForExit(), qPrintable(clock.report()));
        QCOMPARE(clock.process.exitCode(), 0);
        QCOMPARE(acks(clock.linesOf(QStringLiteral("clock"))),
            QStringList(3, QStringLiteral("acknowledged")));
        QCOMPARE(bench.count(Type::Received), 3);
        QCOMPARE(bench.count(Type::Sent), 3);
        QCOMPARE(bench.count(Type::AckReceived), 3);
        QCOMPARE(bench.count(Type::AckSent), 3);
        QVERIFY2(buzzer.waitForLines(QStringLiteral("Buzzer"), QStringLiteral("received"), 9),
            qPrintable(buzzer.report()));
    }

    // A proxy with two targets answers with the first target's ack in wire order, whichever
    // target answered first: a delay on the first wire makes the second answer first.
    void answersWithTheFirstTargetsAck()
    {
        wb::Circuit circuit;
        auto clockSpec
            = wbtest::nodeSpec(QStringLiteral("clock"), wb::NodeKind::Clock, wbtest::freePort());
        clockSpec.params.insert(QStringLiteral("tacks"), 2);
        clockSpec.params.insert(QStringLiteral("delay"), 0.05);
        const NodeId clock = circuit.addNode(clockSpec);
        const NodeId proxy = circuit.addNode(
            wbtest::nodeSpec(QStringLiteral("proxy"), wb::NodeKind::Proxy, wbtest::freePort()));
        const NodeId buzzer = circuit.addNode(
            wbtest::nodeSpec(QStringLiteral("buzzer"), wb::NodeKind::Buzzer, wbtest::freePort()));
        const NodeId led = circuit.addNode(
            wbtest::nodeSpec(QStringLiteral("led"), wb::NodeKind::Led, wbtest::freePort()));
        circuit.addWire(clock, proxy);
        const wb::WireId slow = circuit.addWire(proxy, buzzer);
        circuit.addWire(proxy, led);
        wb::WireFaults faults;
        faults.message.delayMs = 200;
        QVERIFY(circuit.setWireFaults(slow, faults));
        wb::MeshRuntime runtime(&circuit);
        QList<TrafficEvent> events;
        QObject::connect(&runtime, &wb::MeshRuntime::traffic, &runtime,
            [&](const TrafficEvent &e) { events << e; });
        runtime.startAll();
        const auto at = [&](NodeId node, Type type) {
            QStringList texts;
            for (const TrafficEvent &e : std::as_const(events)) {
                if (e.node == node && e.type == type && !e.ack)
                    texts << e.text;
            }
            return texts;
        };
        QVERIFY(wbtest::waitFor([&] { return at(clock, Type::AckReceived).size() == 2; }));
        // The led answered each tick before the buzzer did.
        QCOMPARE(
            at(led, Type::AckSent), (QStringList { QStringLiteral("off"), QStringLiteral("on") }));
        QCOMPARE(at(clock, Type::AckReceived),
            (QStringList { QStringLiteral("..."), QStringLiteral("buzz buzz buzz") }));
    }

    // Every message on the proxy's wire is lost: after the ack timeout and the retries the
    // Python clock hears why, as an error ack, and the buzzer hears nothing.
    void lostMessageIsAnErrorAck_data()
    {
        QTest::addColumn<int>("retries");
        QTest::addColumn<QString>("attempts");
        QTest::newRow("at most once") << 0 << QStringLiteral("after 1 attempt");
        QTest::newRow("two retries") << 2 << QStringLiteral("after 3 attempts");
    }
    void lostMessageIsAnErrorAck()
    {
        QFETCH(int, retries);
        QFETCH(QString, attempts);
        Process buzzer;
        const quint16 buzzerPort = buzzer.servePython(QStringLiteral("buzzer"));
        QVERIFY2(buzzerPort != 0, qPrintable(buzzer.report()));
        Bench bench(buzzerPort);
        wb::WireFaults faults;
        faults.message.drop = 1;
        faults.ackTimeoutMs = 150;
        faults.retries = retries;
        QVERIFY(bench.circuit.setWireFaults(bench.wire, faults));
        bench.runtime->startAll();

        Process clock;
        clock.startClock(true, bench.port(), 2);
        QVERIFY2(clock.waitForExit(), qPrintable(clock.report()));
        QCOMPARE(clock.process.exitCode(), 0);
        const QString expected = QStringLiteral("error: ws://127.0.0.1:%1/datafeed: no ack within "
                                                "0.15 s (%2)")
                                     .arg(buzzerPort)
                                     .arg(attempts);
        QCOMPARE(acks(clock.linesOf(QStringLiteral("clock"))), QStringList(2, expected));
        QCOMPARE(bench.count(Type::Dropped), 2 * (retries + 1));
        QCOMPARE(bench.count(Type::Failed), 2);
        QVERIFY2(
            buzzer.linesOf(QStringLiteral("Buzzer")).filter(QStringLiteral("signal")).isEmpty(),
            qPrintable(buzzer.report()));
    }
};

QTEST_GUILESS_MAIN(TestProxy)
#include "tst_proxy.moc"
