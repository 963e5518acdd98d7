// The queue seed's components under the delivery path's rules, on real sockets: a worker that
// crashes (by hand, or by the circuit's schedule) while items wait in the queue loses none of
// them: they stay, the one it was serving is tried again, and all are delivered in order once
// it is back; a pause of the run time holds the worker's service and the queue's delivery; a
// hung worker's service time stands still until it wakes.

#include "queuetestkit.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using wb::NodeFault;
using wb::NodeId;
using wb::NodeKind;

namespace {

// Long enough for a frozen or paused component to have done something if it were not.
constexpr int kQuietMs = 700;

struct Pipeline
{
    wbtest::QueueBench bench;
    NodeId keys = 0;
    NodeId queue = 0;
    NodeId worker = 0;
    NodeId console = 0;

    explicit Pipeline(int serviceMs, int capacity = 10)
    {
        keys = bench.add(u"keys"_s, NodeKind::Keyboard);
        queue = bench.add(u"queue"_s, NodeKind::Queue, { { u"capacity"_s, capacity } });
        worker = bench.add(u"worker"_s, NodeKind::Worker, { { u"serviceMs"_s, serviceMs } });
        console = bench.add(u"console"_s, NodeKind::Console);
        bench.wire(keys, queue);
        bench.wire(queue, worker);
        bench.wire(worker, console);
    }

    int fill() const
    {
        const auto states = bench.states.value(queue);
        return states.isEmpty() ? -1 : states.last().value(u"fill"_s).toInt();
    }
    bool workerBusy() const
    {
        const auto states = bench.states.value(worker);
        return !states.isEmpty() && states.last().value(u"busy"_s).toBool();
    }
};

} // namespace

class TestQueueFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void workerCrashKeepsWaitingItems_data()
    {
        QTest::addColumn<bool>("scheduled");
        QTest::newRow("crashed and started by hand") << false;
        QTest::newRow("crashed by the circuit's schedule") << true;
    }

    void workerCrashKeepsWaitingItems()
    {
        QFETCH(bool, scheduled);
        Pipeline p(300);
        if (scheduled) {
            // Serving the second line then, with four waiting; back 1.5 s later.
            QVERIFY(p.bench.circuit.setSchedule(
                { { 450, p.worker, wb::ScheduledFault::Action::Crash, 1500 } }));
        }
        int fillAtCrash = -1;
        QObject::connect(p.bench.runtime.get(), &wb::MeshRuntime::nodeFaultChanged,
            p.bench.runtime.get(), [&](NodeId id, NodeFault fault) {
                if (id == p.worker && fault == NodeFault::Crashed)
                    fillAtCrash = p.fill();
            });
        p.bench.runtime->startAll();
        QTRY_VERIFY(p.bench.runtime->listeningPort(p.worker) != 0);
        QVERIFY(p.bench.type(p.keys, wbtest::numberedLines(6, u"item "_s)));
        if (!scheduled) {
            QTRY_VERIFY(p.workerBusy() && p.fill() >= 4);
            p.bench.runtime->crash(p.worker);
        }
        QTRY_COMPARE_WITH_TIMEOUT(p.bench.runtime->fault(p.worker), NodeFault::Crashed, 5000);
        QVERIFY2(fillAtCrash >= 3, qPrintable(QString::number(fillAtCrash)));

        // The items stay while the worker is down: nothing delivered, nothing lost, and the
        // head is tried again every second.
        const qint64 delivered = p.bench.count(p.queue, u"delivered"_s);
        QTest::qWait(kQuietMs);
        QCOMPARE(p.bench.count(p.queue, u"delivered"_s), delivered);
        QCOMPARE(p.fill(), fillAtCrash);
        QTRY_VERIFY(p.bench.logs.value(p.queue).filter(u"trying again in 1 s"_s).size() >= 1);

        if (!scheduled)
            p.bench.runtime->start(p.worker);
        QTRY_COMPARE_WITH_TIMEOUT(p.bench.printed(p.console).size(), 6, 15000);
        QCOMPARE(p.bench.printed(p.console),
            QStringList(
                { u"item 0"_s, u"item 1"_s, u"item 2"_s, u"item 3"_s, u"item 4"_s, u"item 5"_s }));
        QTRY_VERIFY(!p.bench.runtime->isBusy());
        QCOMPARE(p.bench.count(p.queue, u"received"_s), 6);
        QCOMPARE(p.bench.count(p.queue, u"delivered"_s), 6);
        QCOMPARE(p.bench.count(p.queue, u"dropped"_s), 0);
        QCOMPARE(p.fill(), 0);
        QCOMPARE(p.bench.count(p.keys, u"acked"_s), 6);
    }

    void pauseHoldsServiceAndDelivery()
    {
        Pipeline p(300);
        p.bench.runtime->startAll();
        QTRY_VERIFY(p.bench.runtime->listeningPort(p.console) != 0);
        QElapsedTimer wall;
        wall.start();
        QVERIFY(p.bench.type(p.keys, u"a\nb\nc"_s));
        QTRY_VERIFY(p.workerBusy() && p.fill() == 3);
        QElapsedTimer paused;
        paused.start();
        p.bench.runtime->delivery()->setPaused(true);
        QTest::qWait(kQuietMs); // more than two service times of wall clock
        QCOMPARE(p.bench.count(p.worker, u"done"_s), 0);
        QCOMPARE(p.bench.count(p.queue, u"delivered"_s), 0);
        QCOMPARE(p.bench.printed(p.console), QStringList());
        QCOMPARE(p.fill(), 3);
        QVERIFY(p.bench.runtime->isBusy());

        p.bench.runtime->delivery()->setPaused(false);
        const qint64 pausedMs = paused.elapsed();
        QTRY_COMPARE(p.bench.printed(p.console), QStringList({ u"a"_s, u"b"_s, u"c"_s }));
        QTRY_VERIFY(!p.bench.runtime->isBusy());
        const qint64 wallMs = wall.elapsed();
        QCOMPARE(p.bench.count(p.queue, u"delivered"_s), 3);
        // Waits are run time: the pause is not in them. The last item waited from after the
        // typing until it left, at most the wall time since then less the pause.
        const double lastWaitMs
            = p.bench.states.value(p.queue).last().value(u"lastWaitMs"_s).toDouble();
        QVERIFY(lastWaitMs >= 2 * 300); // two services before its own
        QVERIFY2(lastWaitMs <= double(wallMs - pausedMs) + 1.0,
            qPrintable(u"%1 ms waited, %2 ms wall, %3 ms paused"_s.arg(lastWaitMs)
                           .arg(wallMs)
                           .arg(pausedMs)));
    }

    void hungWorkerStandsStill()
    {
        Pipeline p(200);
        p.bench.runtime->startAll();
        QTRY_VERIFY(p.bench.runtime->listeningPort(p.console) != 0);
        QVERIFY(p.bench.type(p.keys, u"x\ny"_s));
        QTRY_VERIFY(p.workerBusy());
        p.bench.runtime->hang(p.worker);
        QTest::qWait(kQuietMs);
        QCOMPARE(p.bench.count(p.worker, u"done"_s), 0);
        QCOMPARE(p.bench.printed(p.console), QStringList());
        QCOMPARE(p.bench.count(p.queue, u"delivered"_s), 0);
        // On waking the service time is long over: it is done at once, and the rest goes on.
        p.bench.runtime->wake(p.worker);
        QTRY_COMPARE(p.bench.printed(p.console), QStringList({ u"x"_s, u"y"_s }));
        QTRY_COMPARE(p.bench.count(p.queue, u"delivered"_s), 2);
    }
};

QTEST_GUILESS_MAIN(TestQueueFaults)
#include "tst_queuefaults.moc"
