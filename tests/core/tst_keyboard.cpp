// The keyboard on real sockets: typed text becomes one message a line (a trailing \r cut,
// empty lines skipped), stop-and-wait, in order; at most 100000 lines wait; after "end" it
// finishes once every line is answered, and says how many failed.

#include "queuetestkit.h"
#include "runtime/components/keyboardcomponent.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using wb::NodeId;
using wb::NodeKind;

class TestKeyboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void typesLinesInOrder()
    {
        wbtest::QueueBench bench;
        const NodeId keys = bench.add(u"keys"_s, NodeKind::Keyboard);
        const NodeId console = bench.add(u"console"_s, NodeKind::Console);
        bench.wire(keys, console);
        QVERIFY(!bench.type(keys, u"too early"_s)); // not running
        QSignalSpy finished(bench.runtime.get(), &wb::MeshRuntime::clockFinished);
        bench.runtime->startAll();
        QCOMPARE(bench.runtime->state(keys), wb::NodeState::Running);
        QTRY_VERIFY(bench.runtime->listeningPort(console) != 0);
        QVERIFY(bench.type(keys, u"hello\r\n\r\nworld\n\n  spaced  \n"_s));
        QVERIFY(bench.type(keys, u"last"_s));
        QTRY_COMPARE(bench.printed(console),
            QStringList({ u"hello"_s, u"world"_s, u"  spaced  "_s, u"last"_s }));
        QVERIFY(!bench.runtime->command(keys, u"shout"_s, {}));

        QCOMPARE(finished.count(), 0);
        QVERIFY(bench.runtime->clocksDone()); // not told "end": it holds nothing back
        QVERIFY(bench.runtime->command(keys, u"end"_s, {}));
        // Nothing waits: finished at once.
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().at(1).toBool(), true);
        QCOMPARE(finished.first().at(2).toInt(), 0);
        QVERIFY(bench.runtime->clocksDone());
        QVERIFY(!bench.type(keys, u"after the end"_s));
        QCOMPARE(bench.runtime->state(keys), wb::NodeState::Stopped);

        QCOMPARE(bench.count(keys, u"typed"_s), 4);
        QCOMPARE(bench.count(keys, u"sent"_s), 4);
        QCOMPARE(bench.count(keys, u"acked"_s), 4);
        QCOMPARE(bench.count(keys, u"failed"_s), 0);
        const QVariantMap last = bench.states.value(keys).last();
        QCOMPARE(last.value(u"waiting"_s).toInt(), 0);
        QCOMPARE(last.value(u"sent"_s).toInt(), 4);
        QCOMPARE(last.value(u"last"_s).toString(), u"last"_s);
        QCOMPARE(last.value(u"lastAck"_s).toString(), u"printed"_s);
        const QStringList log = bench.logs.value(keys);
        QCOMPARE(log.filter(u"> "_s),
            QStringList({ u"> hello"_s, u"> world"_s, u">   spaced  "_s, u"> last"_s }));
        QCOMPARE(log.filter(u"< printed"_s).size(), 4);
    }

    void finishesWithItsFailures()
    {
        // The console never starts: it has no address, every line fails.
        wbtest::QueueBench bench;
        const NodeId keys = bench.add(u"keys"_s, NodeKind::Keyboard);
        const NodeId console = bench.add(u"console"_s, NodeKind::Console);
        bench.wire(keys, console);
        QSignalSpy finished(bench.runtime.get(), &wb::MeshRuntime::clockFinished);
        bench.runtime->start(keys);
        QVERIFY(bench.type(keys, u"a\nb\nc"_s));
        QVERIFY(bench.runtime->command(keys, u"end"_s, {}));
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.first().at(1).toBool(), false);
        QCOMPARE(finished.first().at(2).toInt(), 3);
        QCOMPARE(bench.count(keys, u"failed"_s), 3);
        QVERIFY(!bench.runtime->isBusy());
        QVERIFY(bench.logs.value(keys).contains(u"console has no address to send to"_s));
        QVERIFY(bench.states.value(keys)
                    .last()
                    .value(u"lastAck"_s)
                    .toString()
                    .startsWith(u"error: "_s));
    }

    // At most 100000 lines wait; more typed at once are refused as a whole.
    void boundsWhatWaits()
    {
        wbtest::QueueBench bench;
        const NodeId keys = bench.add(u"keys"_s, NodeKind::Keyboard);
        const NodeId queue = bench.add(u"queue"_s, NodeKind::Queue, { { u"capacity"_s, 1 } });
        bench.wire(keys, queue);
        bench.runtime->startAll();
        QTRY_VERIFY(bench.runtime->listeningPort(queue) != 0);
        // The queue has no target: it takes one line and holds the keyboard at the second.
        QVERIFY(bench.type(keys, wbtest::numberedLines(1000)));
        QTRY_COMPARE(bench.states.value(queue).last().value(u"blocked"_s).toInt(), 1);
        const int waiting = bench.states.value(keys).last().value(u"waiting"_s).toInt();
        QCOMPARE(waiting, 998);
        const int room = int(wb::KeyboardComponent::kMaxWaiting) - waiting;
        QVERIFY(!bench.type(keys, wbtest::numberedLines(room + 1)));
        QCOMPARE(bench.count(keys, u"typed"_s), 1000);
        QVERIFY(bench.type(keys, wbtest::numberedLines(room)));
        QCOMPARE(bench.states.value(keys).last().value(u"waiting"_s).toInt(),
            wb::KeyboardComponent::kMaxWaiting);
        QVERIFY(!bench.type(keys, u"one more"_s));
        QVERIFY(bench.type(keys, u"\n\n"_s)); // nothing to type: nothing refused
        QVERIFY(bench.runtime->isBusy());
        // A stop forgets what waited.
        bench.runtime->stopAll();
        QVERIFY(!bench.runtime->isBusy());
    }
};

QTEST_GUILESS_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
