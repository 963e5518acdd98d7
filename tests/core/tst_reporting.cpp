// What a node reports follows who listens to MeshRuntime: with no listener a node builds no
// log lines, traffic events or live states (the speed of an unwatched circuit depends on it);
// a listener that connects mid-run gets them at once, and once it leaves they stop again.
// Observed on the node's own signals, which the runtime forwards; the log, which the node hands
// to the runtime by a call, through the node's reporting switch.
#include "document/circuit.h"
#include "runtime/localnode.h"
#include "runtime/meshruntime.h"

#include <QMetaMethod>
#include <QSignalSpy>
#include <QTest>
#include <algorithm>
#include <optional>

using wb::NodeId;
using wb::NodeKind;

namespace {

constexpr int kWaitMs = 10000;
constexpr int kTicks = 20;

} // namespace

class TestReporting final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followsListeners_data()
    {
        QTest::addColumn<QMetaMethod>("runtimeSignal");
        QTest::addColumn<QMetaMethod>("nodeSignal");
        QTest::addColumn<int>("perTick"); // emissions of the buzzer node per tick
        QTest::newRow("traffic") << QMetaMethod::fromSignal(&wb::MeshRuntime::traffic)
                                 << QMetaMethod::fromSignal(&wb::LocalNode::traffic) << 2;
        QTest::newRow("log") << QMetaMethod::fromSignal(&wb::MeshRuntime::logLine)
                             << QMetaMethod() << 1;
        QTest::newRow("live state") << QMetaMethod::fromSignal(&wb::MeshRuntime::liveState)
                                    << QMetaMethod::fromSignal(&wb::LocalNode::liveState) << 1;
    }

    void followsListeners()
    {
        QFETCH(QMetaMethod, runtimeSignal);
        QFETCH(QMetaMethod, nodeSignal);
        QFETCH(int, perTick);

        wb::Circuit circuit;
        wb::NodeSpec buzzer;
        buzzer.name = QStringLiteral("buzzer");
        buzzer.kind = NodeKind::Buzzer;
        buzzer.params = wb::kinds::defaultParams(NodeKind::Buzzer);
        wb::NodeSpec clock;
        clock.name = QStringLiteral("clock");
        clock.params = { { QStringLiteral("tacks"), kTicks }, { QStringLiteral("delay"), 0 } };
        const NodeId buzzerId = circuit.addNode(buzzer);
        const NodeId clockId = circuit.addNode(clock);
        QVERIFY(circuit.addWire(clockId, buzzerId));
        wb::MeshRuntime runtime(&circuit);
        QSignalSpy finished(&runtime, &wb::MeshRuntime::clockFinished);
        // QSignalSpy::wait() runs the event loop; QTRY_* would sleep between its looks.
        const auto runClock = [&] {
            runtime.start(clockId);
            return finished.wait(kWaitMs) && finished.last().at(1).toBool();
        };

        runtime.start(buzzerId);
        wb::LocalNode *node = runtime.node(buzzerId);
        QVERIFY(node);
        std::optional<QSignalSpy> fromNode;
        if (nodeSignal.isValid())
            fromNode.emplace(node, nodeSignal);
        const auto builtNothing = [&] {
            return fromNode ? fromNode->isEmpty() : !node->reportsLog();
        };
        QVERIFY(runClock());
        QVERIFY(builtNothing()); // nobody listened

        auto listener = std::make_unique<QSignalSpy>(&runtime, runtimeSignal);
        QVERIFY(runClock());
        QVERIFY(listener->size() >= kTicks * perTick);
        if (fromNode) {
            QCOMPARE(fromNode->size(), kTicks * perTick);
        } else {
            const auto fromBuzzer = std::count_if(listener->cbegin(), listener->cend(),
                [&](const QList<QVariant> &args) { return args.at(0).toInt() == buzzerId; });
            QCOMPARE(fromBuzzer, kTicks * perTick);
        }

        listener.reset();
        QCoreApplication::processEvents(); // the runtime looks again from the event loop
        if (fromNode)
            fromNode->clear();
        QVERIFY(runClock());
        QVERIFY(builtNothing());
    }
};

QTEST_GUILESS_MAIN(TestReporting)
#include "tst_reporting.moc"
