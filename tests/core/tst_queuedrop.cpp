// A full queue that drops, on real sockets: drop-newest refuses the item that arrives (an error
// ack) and keeps what it has, drop-oldest takes it and discards the oldest item waiting (the
// ack says so). Whatever the timing, received = delivered + dropped, and the items dropped are
// the ones the policy names.

#include "queuetestkit.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using wb::NodeId;
using wb::NodeKind;

namespace {

QStringList range(int from, int to, const QString &prefix)
{
    QStringList list;
    for (int i = from; i < to; ++i)
        list << prefix + QString::number(i);
    return list;
}

} // namespace

class TestQueueDrop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Without a consumer nothing leaves, so exactly which lines the queue keeps is fixed.
    void dropsWhatThePolicySays_data()
    {
        QTest::addColumn<QString>("policy");
        QTest::addColumn<int>("lines");
        QTest::addColumn<int>("capacity");
        QTest::newRow("drop-newest, 20 into 5") << u"drop-newest"_s << 20 << 5;
        QTest::newRow("drop-oldest, 20 into 5") << u"drop-oldest"_s << 20 << 5;
        QTest::newRow("drop-newest, 7 into 1") << u"drop-newest"_s << 7 << 1;
        QTest::newRow("drop-oldest, 7 into 1") << u"drop-oldest"_s << 7 << 1;
        QTest::newRow("drop-oldest, 5 into 5 (never full)") << u"drop-oldest"_s << 5 << 5;
    }

    void dropsWhatThePolicySays()
    {
        QFETCH(QString, policy);
        QFETCH(int, lines);
        QFETCH(int, capacity);
        const bool newest = policy == u"drop-newest"_s;

        wbtest::QueueBench bench;
        const NodeId keys = bench.add(u"keys"_s, NodeKind::Keyboard);
        const NodeId queue = bench.add(u"queue"_s, NodeKind::Queue,
            { { u"capacity"_s, capacity }, { u"whenFull"_s, policy } });
        const NodeId console = bench.add(u"console"_s, NodeKind::Console);
        bench.wire(keys, queue);
        QSignalSpy finished(bench.runtime.get(), &wb::MeshRuntime::clockFinished);
        bench.runtime->startAll();
        QVERIFY(bench.type(keys, wbtest::numberedLines(lines, u"line "_s)));
        QVERIFY(bench.runtime->command(keys, u"end"_s, {}));
        QTRY_COMPARE(finished.count(), 1);

        // Every line was answered at once, none held.
        const int dropped = std::max(0, lines - capacity);
        QCOMPARE(bench.count(queue, u"received"_s), lines);
        QCOMPARE(bench.count(queue, u"dropped"_s), dropped);
        QCOMPARE(bench.count(queue, u"delivered"_s), 0);
        QCOMPARE(bench.count(queue, u"highest fill"_s), std::min(lines, capacity));
        const QStringList kept = newest ? range(0, std::min(lines, capacity), u"line "_s)
                                        : range(dropped, lines, u"line "_s);
        const QStringList gone
            = newest ? range(capacity, lines, u"line "_s) : range(0, dropped, u"line "_s);
        QVariantList keptShown;
        for (const QString &line : kept)
            keptShown << line;
        QCOMPARE(bench.states.value(queue).last().value(u"items"_s).toList(), keptShown);
        QStringList droppedLog;
        for (const QString &line : bench.logs.value(queue)) {
            if (line.startsWith(u"dropped: "_s))
                droppedLog << line.mid(9);
        }
        QCOMPARE(droppedLog, gone);

        // What the producer heard: a refusal for each line dropped on arrival (drop-newest),
        // or that the oldest went (drop-oldest).
        QStringList acks;
        for (const QString &line : bench.logs.value(keys)) {
            if (line.startsWith(u"< "_s))
                acks << line.mid(2);
        }
        QCOMPARE(acks.size(), lines);
        for (int i = 0; i < lines; ++i) {
            QString expected = u"queued %1/%2"_s.arg(std::min(i + 1, capacity)).arg(capacity);
            if (i >= capacity) {
                expected = newest ? u"error: dropped, queue full (%1/%1)"_s.arg(capacity)
                                  : u"queued %1/%1, dropped oldest"_s.arg(capacity);
            }
            QCOMPARE(acks.at(i), expected);
        }
        QCOMPARE(bench.count(keys, u"failed"_s), newest ? dropped : 0);
        QCOMPARE(finished.first().at(1).toBool(), !newest || dropped == 0);

        // A consumer comes: it gets what was kept, in order.
        bench.wire(queue, console);
        bench.runtime->start(console);
        QTRY_COMPARE(bench.printed(console).size(), kept.size());
        QCOMPARE(bench.printed(console), kept);
        QTRY_VERIFY(!bench.runtime->isBusy());
        QCOMPARE(bench.count(queue, u"delivered"_s) + bench.count(queue, u"dropped"_s), lines);
    }

    // Drops while items are being delivered: the counts still add up, the consumer sees the
    // items that were not dropped in order, and a dropped item is one the policy may drop.
    void dropsWhileDelivering_data()
    {
        QTest::addColumn<QString>("policy");
        QTest::addColumn<int>("capacity");
        QTest::newRow("drop-newest, capacity 3") << u"drop-newest"_s << 3;
        QTest::newRow("drop-oldest, capacity 3") << u"drop-oldest"_s << 3;
        QTest::newRow("drop-oldest, capacity 1") << u"drop-oldest"_s << 1;
    }

    void dropsWhileDelivering()
    {
        QFETCH(QString, policy);
        QFETCH(int, capacity);
        const bool newest = policy == u"drop-newest"_s;
        constexpr int kLines = 300;

        wbtest::QueueBench bench;
        const NodeId keys = bench.add(u"keys"_s, NodeKind::Keyboard);
        const NodeId queue = bench.add(u"queue"_s, NodeKind::Queue,
            { { u"capacity"_s, capacity }, { u"whenFull"_s, policy } });
        const NodeId worker = bench.add(u"worker"_s, NodeKind::Worker, { { u"serviceMs"_s, 3 } });
        const NodeId console = bench.add(u"console"_s, NodeKind::Console);
        bench.wire(keys, queue);
        bench.wire(queue, worker);
        bench.wire(worker, console);
        QSignalSpy finished(bench.runtime.get(), &wb::MeshRuntime::clockFinished);
        bench.runtime->startAll();
        QTRY_VERIFY(bench.runtime->listeningPort(worker) != 0);
        QVERIFY(bench.type(keys, wbtest::numberedLines(kLines)));
        QVERIFY(bench.runtime->command(keys, u"end"_s, {}));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(!bench.runtime->isBusy(), 60000);

        const qint64 received = bench.count(queue, u"received"_s);
        const qint64 delivered = bench.count(queue, u"delivered"_s);
        const qint64 dropped = bench.count(queue, u"dropped"_s);
        QCOMPARE(received, kLines);
        QCOMPARE(delivered + dropped, received);
        QVERIFY2(dropped > 0, "the queue never dropped: the test shows nothing");
        QVERIFY(bench.count(queue, u"highest fill"_s) <= capacity);

        QSet<QString> droppedItems;
        QVariantList shown; // the queue's items as its last live state showed them
        for (const auto &[id, what] : std::as_const(bench.sequence)) {
            if (id != queue)
                continue;
            if (what.typeId() == QMetaType::QVariantMap) {
                const QVariantMap state = what.toMap();
                QVERIFY(state.value(u"fill"_s).toInt() <= capacity);
                QCOMPARE(state.value(u"received"_s).toLongLong(),
                    state.value(u"delivered"_s).toLongLong()
                        + state.value(u"dropped"_s).toLongLong()
                        + state.value(u"fill"_s).toLongLong());
                shown = state.value(u"items"_s).toList();
                continue;
            }
            const QString line = what.toString();
            if (!line.startsWith(u"dropped: "_s))
                continue;
            const QString item = line.mid(9);
            droppedItems.insert(item);
            if (newest) {
                // The newest: it never was in the queue.
                QVERIFY2(!shown.contains(item), qPrintable(item));
            } else {
                // The oldest waiting: the head, or the one after it while the head is on its
                // way.
                QVERIFY2(shown.indexOf(item) == 0 || shown.indexOf(item) == 1, qPrintable(item));
            }
        }
        QCOMPARE(droppedItems.size(), dropped);

        // The consumer saw every line that was not dropped, in order. With capacity 1 a head
        // on its way that drop-oldest gave up may still reach it.
        const QStringList printed = bench.printed(console);
        QStringList expected;
        for (int i = 0; i < kLines; ++i) {
            if (!droppedItems.contains(QString::number(i)))
                expected << QString::number(i);
        }
        if (capacity > 1 || newest) {
            QCOMPARE(printed, expected);
        } else {
            int next = 0;
            for (const QString &line : printed) {
                while (next < kLines && QString::number(next) != line)
                    QVERIFY2(droppedItems.contains(QString::number(next++)),
                        "a line kept never arrived");
                ++next;
            }
            QVERIFY(printed.size() >= expected.size());
        }
        // The producer's acks said what happened to each line.
        int refused = 0;
        for (const QString &text : bench.logs.value(keys))
            refused += text.startsWith(u"< error: dropped"_s) ? 1 : 0;
        QCOMPARE(refused, newest ? dropped : 0);
    }
};

QTEST_GUILESS_MAIN(TestQueueDrop)
#include "tst_queuedrop.moc"
