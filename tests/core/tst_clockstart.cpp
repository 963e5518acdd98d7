// A clock's `start` (the first tick waits that long, in run time) and `message` (sent instead
// of the tick number): the seed's slow task that sleeps, then pushes its text into the queue.

#include "queuetestkit.h"
#include "runtime/timesource.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using wb::NodeId;
using wb::NodeKind;

class TestClockStart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsLateWithItsMessage_data()
    {
        QTest::addColumn<double>("start");
        QTest::addColumn<QVariant>("message");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("no start, numbers") << 0.0 << QVariant() << QStringList { u"0"_s, u"1"_s };
        QTest::newRow("start 0.4 s, numbers")
            << 0.4 << QVariant() << QStringList { u"0"_s, u"1"_s };
        QTest::newRow("start 0.3 s, a message")
            << 0.3 << QVariant(u"something slow is done"_s)
            << QStringList { u"something slow is done"_s, u"something slow is done"_s };
        QTest::newRow("an empty message")
            << 0.0 << QVariant(QString()) << QStringList { QString(), QString() };
    }

    void startsLateWithItsMessage()
    {
        QFETCH(double, start);
        QFETCH(QVariant, message);
        QFETCH(QStringList, expected);
        wbtest::QueueBench bench;
        QVariantMap params { { u"tacks"_s, 2 }, { u"delay"_s, 0.0 } };
        if (start > 0)
            params.insert(u"start"_s, start);
        if (message.isValid())
            params.insert(u"message"_s, message);
        const NodeId slow = bench.add(u"slow"_s, NodeKind::Clock, params);
        const NodeId console = bench.add(u"console"_s, NodeKind::Console);
        bench.wire(slow, console);
        const wb::TimeSource *time = bench.runtime->delivery()->timeSource();
        qint64 firstAtNs = -1;
        QObject::connect(bench.runtime.get(), &wb::MeshRuntime::liveState, bench.runtime.get(),
            [&](NodeId id, const QVariantMap &) {
                if (id == console && firstAtNs < 0)
                    firstAtNs = time->nowNs();
            });
        QSignalSpy finished(bench.runtime.get(), &wb::MeshRuntime::clockFinished);
        const qint64 startedNs = time->nowNs();
        bench.runtime->startAll();
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.first().at(1).toBool(), true);
        QCOMPARE(bench.printed(console), expected);
        // Never before its start (run time); the tick numbers count on regardless.
        QVERIFY(firstAtNs - startedNs >= qint64(start * 1e9));
        QList<int> ticks;
        for (const QVariantMap &state : bench.states.value(slow))
            ticks << state.value(u"tick"_s).toInt();
        QCOMPARE(ticks, QList<int>({ 0, 1 }));
        QCOMPARE(bench.logs.value(slow).filter(u"> "_s).size(), 2);
    }

    // The start is run time: a pause holds it.
    void pauseHoldsTheStart()
    {
        wbtest::QueueBench bench;
        const NodeId slow = bench.add(u"slow"_s, NodeKind::Clock,
            { { u"tacks"_s, 1 }, { u"start"_s, 0.3 }, { u"message"_s, u"late"_s } });
        const NodeId console = bench.add(u"console"_s, NodeKind::Console);
        bench.wire(slow, console);
        bench.runtime->startAll();
        bench.runtime->delivery()->setPaused(true);
        QTest::qWait(600);
        QCOMPARE(bench.printed(console), QStringList());
        bench.runtime->delivery()->setPaused(false);
        QTRY_COMPARE(bench.printed(console), QStringList { u"late"_s });
    }

    // A hung clock's start keeps its time: on waking after it, the tick goes at once.
    void hangDuringTheStart()
    {
        wbtest::QueueBench bench;
        const NodeId slow = bench.add(u"slow"_s, NodeKind::Clock,
            { { u"tacks"_s, 1 }, { u"start"_s, 0.2 }, { u"message"_s, u"woke"_s } });
        const NodeId console = bench.add(u"console"_s, NodeKind::Console);
        bench.wire(slow, console);
        bench.runtime->startAll();
        bench.runtime->hang(slow);
        QTest::qWait(500);
        QCOMPARE(bench.printed(console), QStringList());
        bench.runtime->wake(slow);
        QTRY_COMPARE(bench.printed(console), QStringList { u"woke"_s });
    }
};

QTEST_GUILESS_MAIN(TestClockStart)
#include "tst_clockstart.moc"
