// MeshRuntime follows the circuit document while it runs: edited parameters reach the running
// component, a new port restarts the node, removed nodes and wires stop being used.
#include "circuittestkit.h"
#include "document/circuit.h"
#include "runtime/meshruntime.h"
#include "wstestkit.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using wb::NodeId;
using wb::NodeKind;
using wbtest::Client;
using wbtest::kWaitMs;
using wbtest::Peer;

namespace {

QUrl urlOf(const wb::MeshRuntime &runtime, NodeId id)
{
    return QUrl(QStringLiteral("ws://127.0.0.1:%1/datafeed").arg(runtime.listeningPort(id)));
}

} // namespace

class TestMeshRuntime final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<wb::NodeState>(); }

    void editedParamsReachTheRunningComponent()
    {
        Peer peer;
        QVERIFY(peer.listen());
        wb::Circuit circuit;
        wb::NodeSpec pinSpec = wbtest::nodeSpec(u"pin"_s, NodeKind::IoPin);
        pinSpec.params.insert(u"seed"_s, 42);
        const NodeId pin = circuit.addNode(pinSpec);
        const NodeId buzzer = circuit.addNode(wbtest::nodeSpec(u"buzzer"_s, NodeKind::Buzzer));
        const NodeId target
            = circuit.addNode(wbtest::nodeSpec(u"t"_s, NodeKind::External, peer.port()));
        QVERIFY(circuit.addWire(pin, target));
        wb::MeshRuntime runtime(&circuit);
        runtime.startAll();
        Client toPin, toBuzzer;
        QVERIFY(toPin.open(urlOf(runtime, pin)));
        QVERIFY(toBuzzer.open(urlOf(runtime, buzzer)));

        QVERIFY(toPin.ask(u"0"_s));
        QCOMPARE(peer.texts(), QStringList({ "0", "1", "1" })); // seed 42: 0 1 1, then 1 0 1
        circuit.setParam(pin, u"sequence"_s, 1);
        QVERIFY(toPin.ask(u"1"_s));
        QCOMPARE(peer.frames.size(), 4);
        // Another parameter edit does not restart the seeded sequence.
        circuit.setParam(pin, u"chance"_s, 0.6000001);
        circuit.setParam(pin, u"sequence"_s, 2);
        QVERIFY(toPin.ask(u"2"_s));
        QCOMPARE(peer.texts().mid(3), QStringList({ "1", "0", "1" }));

        QCOMPARE(toBuzzer.ask(u"1"_s), std::optional<QString>(u"buzz buzz buzz"_s));
        circuit.setParam(buzzer, u"sound"_s, u"beep"_s);
        QCOMPARE(toBuzzer.ask(u"1"_s), std::optional<QString>(u"beep"_s));
        QCOMPARE(runtime.connectionCount(), 3); // two clients in, the pin's link out
    }

    void newPortRestartsTheNode()
    {
        wb::Circuit circuit;
        const NodeId pin = circuit.addNode(wbtest::nodeSpec(u"pin"_s, NodeKind::IoPin));
        const NodeId led = circuit.addNode(wbtest::nodeSpec(u"led"_s, NodeKind::Led));
        QVERIFY(circuit.addWire(pin, led));
        wb::MeshRuntime runtime(&circuit);
        runtime.startAll();
        Client client, old;
        QVERIFY(client.open(urlOf(runtime, pin)));
        QVERIFY(old.open(urlOf(runtime, led)));
        QCOMPARE(client.ask(u"0"_s), std::optional<QString>(u"acknowledged"_s));

        const quint16 port = wbtest::freePort();
        circuit.setPort(led, port);
        QCOMPARE(runtime.listeningPort(led), port);
        QCOMPARE(runtime.state(led), wb::NodeState::Listening);
        QVERIFY(old.waitForDisconnect()); // its clients were told: going away
        QCOMPARE(old.closeCode, int(QWebSocketProtocol::CloseCodeGoingAway));
        // The pin finds the led at its new address.
        QCOMPARE(client.ask(u"1"_s), std::optional<QString>(u"acknowledged"_s));
        Client fresh;
        QVERIFY(fresh.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(port))));
        QCOMPARE(fresh.ask(u"1"_s), std::optional<QString>(u"on"_s));
    }

    void removedWiresAndNodesAreNotUsed()
    {
        Peer peer;
        QVERIFY(peer.listen());
        wb::Circuit circuit;
        const NodeId pin = circuit.addNode(wbtest::nodeSpec(u"pin"_s, NodeKind::IoPin));
        const NodeId target
            = circuit.addNode(wbtest::nodeSpec(u"t"_s, NodeKind::External, peer.port()));
        const NodeId led = circuit.addNode(wbtest::nodeSpec(u"led"_s, NodeKind::Led));
        QVERIFY(circuit.addWire(pin, target));
        wb::MeshRuntime runtime(&circuit);
        runtime.startAll();
        Client client;
        QVERIFY(client.open(urlOf(runtime, pin)));
        QVERIFY(client.ask(u"0"_s));
        QCOMPARE(peer.frames.size(), 3);
        QCOMPARE(peer.connections, 1);

        QVERIFY(circuit.removeWire(circuit.wireBetween(pin, target)));
        QTRY_COMPARE_WITH_TIMEOUT(peer.disconnections, 1, kWaitMs); // its link closed
        QCOMPARE(client.ask(u"1"_s), std::optional<QString>(u"acknowledged"_s));
        QCOMPARE(peer.frames.size(), 3); // nothing more sent there

        Client toLed;
        QVERIFY(toLed.open(urlOf(runtime, led)));
        circuit.removeNode(led);
        QVERIFY(toLed.waitForDisconnect());
        QCOMPARE(toLed.closeCode, int(QWebSocketProtocol::CloseCodeGoingAway));
        QCOMPARE(runtime.node(led), nullptr);
        QCOMPARE(runtime.state(led), wb::NodeState::Stopped);
        QVERIFY(runtime.isRunning()); // the pin still runs
    }

    void stopAndStartAgain()
    {
        wb::Circuit circuit;
        const NodeId led = circuit.addNode(wbtest::nodeSpec(u"led"_s, NodeKind::Led));
        wb::MeshRuntime runtime(&circuit);
        QSignalSpy running(&runtime, &wb::MeshRuntime::runningChanged);
        runtime.start(led);
        QCOMPARE(running.count(), 1);
        QVERIFY(runtime.isRunning());
        Client client;
        QVERIFY(client.open(urlOf(runtime, led)));
        QCOMPARE(runtime.state(led), wb::NodeState::Running);
        runtime.stopAll();
        QCOMPARE(runtime.state(led), wb::NodeState::Stopped);
        QCOMPARE(runtime.listeningPort(led), quint16(0));
        QCOMPARE(running.count(), 2);
        QVERIFY(!runtime.isRunning());
        QVERIFY(client.waitForDisconnect());
        QCOMPARE(client.closeReason, u"node stopped"_s);

        runtime.start(led);
        Client again;
        QVERIFY(again.open(urlOf(runtime, led)));
        QCOMPARE(again.ask(u"0"_s), std::optional<QString>(u"off"_s));
    }

    void resetStopsEverything()
    {
        wb::Circuit circuit;
        const NodeId led = circuit.addNode(wbtest::nodeSpec(u"led"_s, NodeKind::Led));
        wb::MeshRuntime runtime(&circuit);
        runtime.startAll();
        Client client;
        QVERIFY(client.open(urlOf(runtime, led)));
        circuit.setContents({});
        QVERIFY(client.waitForDisconnect());
        QVERIFY(!runtime.isRunning());
        QCOMPARE(runtime.connectionCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestMeshRuntime)
#include "tst_meshruntime.moc"
