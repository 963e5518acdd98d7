// A clock at delay 0 sends its next tick as soon as the previous one is answered, without a
// timer in between; that must never turn into recursion, even when every tick fails at once
// (a target with no address yet answers synchronously).
#include "document/circuit.h"
#include "runtime/meshruntime.h"

#include <QSignalSpy>
#include <QTest>

using wb::NodeId;
using wb::NodeKind;

class TestFlatOut final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void clockRunsFlatOut_data()
    {
        QTest::addColumn<bool>("targetRunning");
        QTest::addColumn<int>("tacks");
        QTest::addColumn<int>("failures");
        QTest::newRow("every tick answered") << true << 2000 << 0;
        // Deep enough to overflow the stack if each failure started the next tick directly.
        QTest::newRow("every tick fails at once") << false << 100000 << 100000;
    }

    void clockRunsFlatOut()
    {
        QFETCH(bool, targetRunning);
        QFETCH(int, tacks);
        QFETCH(int, failures);

        wb::Circuit circuit;
        wb::NodeSpec led;
        led.name = QStringLiteral("led");
        led.kind = NodeKind::Led;
        wb::NodeSpec clock;
        clock.name = QStringLiteral("clock");
        clock.params = { { QStringLiteral("tacks"), tacks }, { QStringLiteral("delay"), 0 } };
        const NodeId ledId = circuit.addNode(led); // port 0: no address until it listens
        const NodeId clockId = circuit.addNode(clock);
        QVERIFY(circuit.addWire(clockId, ledId));
        wb::MeshRuntime runtime(&circuit);
        QSignalSpy finished(&runtime, &wb::MeshRuntime::clockFinished);
        if (targetRunning)
            runtime.start(ledId);
        runtime.start(clockId);
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.last().at(2).toInt(), failures);
        QCOMPARE(finished.last().at(1).toBool(), failures == 0);
    }
};

QTEST_GUILESS_MAIN(TestFlatOut)
#include "tst_flatout.moc"
