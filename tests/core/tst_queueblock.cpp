// A queue whose policy is block, between a stop-and-wait keyboard and a worker that passes
// every line on to a console, on real sockets: every line arrives, in order, none lost; the
// fill never exceeds the capacity in any live state; and the keyboard's ack for a line that
// found the queue full comes exactly when an item has left (backpressure), not before.

#include "queuetestkit.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using wb::NodeId;
using wb::NodeKind;

class TestQueueBlock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void linesArriveInOrderUnderBackpressure_data()
    {
        QTest::addColumn<int>("lines");
        QTest::addColumn<int>("capacity");
        QTest::addColumn<int>("serviceMs");
        QTest::addColumn<bool>("mustBlock");
        // Flat out: the worker passes each line on at once; the queue still fills, as the
        // consumer's side has two hops to the producer's one.
        QTest::newRow("10000 lines, capacity 5, worker 0 ms") << 10000 << 5 << 0 << false;
        // A worker slower than the keyboard: the queue is full most of the time.
        QTest::newRow("300 lines, capacity 3, worker 2 ms") << 300 << 3 << 2 << true;
        QTest::newRow("200 lines, capacity 1, worker 1 ms") << 200 << 1 << 1 << true;
    }

    void linesArriveInOrderUnderBackpressure()
    {
        QFETCH(int, lines);
        QFETCH(int, capacity);
        QFETCH(int, serviceMs);
        QFETCH(bool, mustBlock);

        wbtest::QueueBench bench;
        const NodeId keys = bench.add(u"keys"_s, NodeKind::Keyboard);
        const NodeId queue = bench.add(u"queue"_s, NodeKind::Queue,
            { { u"capacity"_s, capacity }, { u"whenFull"_s, u"block"_s } });
        const NodeId worker
            = bench.add(u"worker"_s, NodeKind::Worker, { { u"serviceMs"_s, serviceMs } });
        const NodeId console = bench.add(u"console"_s, NodeKind::Console);
        bench.wire(keys, queue);
        bench.wire(queue, worker);
        bench.wire(worker, console);
        QSignalSpy finished(bench.runtime.get(), &wb::MeshRuntime::clockFinished);
        QSignalSpy busy(bench.runtime.get(), &wb::MeshRuntime::busyChanged);

        bench.runtime->startAll();
        QTRY_VERIFY(bench.runtime->listeningPort(console) != 0);
        QVERIFY(bench.type(keys, wbtest::numberedLines(lines, u"line "_s)));
        QVERIFY(bench.runtime->isBusy());
        QVERIFY(bench.runtime->command(keys, u"end"_s, {}));
        QVERIFY(!bench.runtime->clocksDone()); // the keyboard has lines to send
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
        QCOMPARE(finished.first().at(0).value<NodeId>(), keys);
        QCOMPARE(finished.first().at(1).toBool(), true);
        QCOMPARE(finished.first().at(2).toInt(), 0);
        QVERIFY(bench.runtime->clocksDone());
        QTRY_VERIFY(!bench.runtime->isBusy());
        QVERIFY(busy.count() >= 2);
        QCOMPARE(busy.last().at(0).toBool(), false);

        // None lost, in order, each once.
        const QStringList printed = bench.printed(console);
        QCOMPARE(printed.size(), lines);
        for (int i = 0; i < lines; ++i)
            QCOMPARE(printed.at(i), u"line "_s + QString::number(i));

        QCOMPARE(bench.count(keys, u"typed"_s), lines);
        QCOMPARE(bench.count(keys, u"acked"_s), lines);
        QCOMPARE(bench.count(keys, u"failed"_s), 0);
        QCOMPARE(bench.count(queue, u"received"_s), lines);
        QCOMPARE(bench.count(queue, u"delivered"_s), lines);
        QCOMPARE(bench.count(queue, u"dropped"_s), 0);
        QVERIFY(bench.count(queue, u"highest fill"_s) <= capacity);
        QCOMPARE(bench.count(worker, u"done"_s), lines);
        QCOMPARE(bench.count(console, u"received"_s), lines);

        // Every level the queue went through, and the keyboard's acks among them.
        qint64 delivered = 0;
        qint64 acked = 0;
        int blockedSeen = 0;
        QVariantMap before;
        for (const auto &[id, what] : std::as_const(bench.sequence)) {
            if (id == queue && what.typeId() == QMetaType::QVariantMap) {
                const QVariantMap state = what.toMap();
                const int fill = state.value(u"fill"_s).toInt();
                const int blocked = state.value(u"blocked"_s).toInt();
                QVERIFY2(fill >= 0 && fill <= capacity, qPrintable(QString::number(fill)));
                QCOMPARE(state.value(u"capacity"_s).toInt(), capacity);
                QCOMPARE(state.value(u"items"_s).toList().size(), std::min(fill, 64));
                QVERIFY(state.value(u"highWater"_s).toInt() <= capacity);
                // A producer waits only while the queue is full.
                if (blocked > 0) {
                    QCOMPARE(fill, capacity);
                    ++blockedSeen;
                }
                // When an item left while a producer waited, that producer's item took its
                // place at once: held exactly as long as the queue was full.
                const qint64 now = state.value(u"delivered"_s).toLongLong();
                if (!before.isEmpty() && before.value(u"blocked"_s).toInt() > 0
                    && now > before.value(u"delivered"_s).toLongLong()) {
                    QCOMPARE(blocked, before.value(u"blocked"_s).toInt() - 1);
                    QCOMPARE(fill, capacity);
                }
                delivered = now;
                before = state;
            } else if (id == keys && what.toString().startsWith(u"< "_s)) {
                // The ack of the keyboard's k-th line: it can only have come once the queue
                // had room for it, that is after k - capacity items had left.
                ++acked;
                const QString ack = what.toString().mid(2);
                QVERIFY2(ack.startsWith(u"queued "_s), qPrintable(ack));
                QVERIFY2(delivered >= acked - capacity,
                    qPrintable(u"ack %1 with %2 delivered"_s.arg(acked).arg(delivered)));
                if (ack == u"queued %1/%1"_s.arg(capacity) && acked > capacity)
                    QVERIFY(delivered >= acked - capacity);
            }
        }
        QCOMPARE(acked, lines);
        if (mustBlock)
            QVERIFY2(blockedSeen > 0, "the keyboard was never held back");
        qInfo("%d of the queue's live states had a producer waiting", blockedSeen);
    }

    // Several producers blocked at once are let in in the order they arrived.
    void blockedProducersGoInArrivalOrder()
    {
        wbtest::QueueBench bench;
        const NodeId queue = bench.add(u"queue"_s, NodeKind::Queue, { { u"capacity"_s, 2 } });
        const NodeId console = bench.add(u"console"_s, NodeKind::Console);
        QList<NodeId> keyboards;
        for (int i = 0; i < 3; ++i) {
            keyboards << bench.add(u"keys%1"_s.arg(i), NodeKind::Keyboard);
            bench.wire(keyboards.last(), queue);
        }
        bench.runtime->startAll();
        QTRY_VERIFY(bench.runtime->listeningPort(queue) != 0);
        // No target yet: the queue fills with two items, the third keyboard waits.
        QVERIFY(bench.type(keyboards.at(0), u"a1\na2"_s));
        QTRY_COMPARE(bench.count(queue, u"received"_s), 2);
        QVERIFY(bench.type(keyboards.at(1), u"b1"_s));
        QTRY_COMPARE(bench.states.value(queue).last().value(u"blocked"_s).toInt(), 1);
        QVERIFY(bench.type(keyboards.at(2), u"c1"_s));
        QTRY_COMPARE(bench.states.value(queue).last().value(u"blocked"_s).toInt(), 2);
        QVERIFY(bench.runtime->isBusy());
        // The keyboards held back have not heard back.
        QCOMPARE(bench.count(keyboards.at(1), u"acked"_s), 0);
        QCOMPARE(bench.count(keyboards.at(2), u"acked"_s), 0);

        // The first keyboard's next line waits behind the other two.
        QVERIFY(bench.type(keyboards.at(0), u"a3"_s));
        QTRY_COMPARE(bench.states.value(queue).last().value(u"blocked"_s).toInt(), 3);
        // A consumer comes: everything drains in arrival order.
        bench.wire(queue, console);
        bench.runtime->start(console);
        QTRY_COMPARE(bench.printed(console).size(), 5);
        QCOMPARE(
            bench.printed(console), (QStringList { u"a1"_s, u"a2"_s, u"b1"_s, u"c1"_s, u"a3"_s }));
        QTRY_VERIFY(!bench.runtime->isBusy());
        QCOMPARE(bench.count(keyboards.at(1), u"acked"_s), 1);
        QCOMPARE(bench.count(keyboards.at(2), u"acked"_s), 1);
        QCOMPARE(bench.count(queue, u"highest fill"_s), 2);
    }
};

QTEST_GUILESS_MAIN(TestQueueBlock)
#include "tst_queueblock.moc"
