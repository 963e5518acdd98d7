// The run's clock and its timers: run time stands still while paused and runs at the speed
// factor; a RunTimer keeps the run time it has left across a pause or a speed change. Nothing
// here asserts that something happened quickly: only the order of things, what did not happen
// while paused, and run-time readings that are bracketed by monotonic clock readings (the run
// time is derived from that same clock, so the brackets hold however loaded the machine is).
#include "runtime/timesource.h"
#include "runtime/traffic.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <cmath>
#include <limits>
#include <memory>

using wb::RunTimer;
using wb::TimeSource;

namespace {

constexpr int kWaitMs = 10'000; // an upper bound for what must happen: never a timing claim
constexpr qint64 kMs = 1'000'000;
// RunTimer fires when at most half a millisecond of run time is left (a wall-clock timer may
// wake a hair early after a speed change): the tolerance of every "not before" check.
constexpr qint64 kEarlyNs = 500'000;

} // namespace

class TestTimeSource final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsRunningAtSpeedOne()
    {
        TimeSource source;
        QVERIFY(!source.isPaused());
        QCOMPARE(source.speed(), 1.0);
        QVERIFY(source.nowNs() >= 0);
        QCOMPARE(source.toWallMs(123), 123);
    }

    void pausedRunTimeStandsStill()
    {
        TimeSource source;
        QSignalSpy paused(&source, &TimeSource::pausedChanged);
        const qint64 before = source.nowNs();
        source.setPaused(true);
        QVERIFY(source.isPaused());
        const qint64 frozen = source.nowNs();
        QVERIFY(frozen >= before);
        QTest::qWait(50);
        QCOMPARE(source.nowNs(), frozen);

        // Pausing twice is one change; so is resuming twice.
        source.setPaused(true);
        QCOMPARE(paused.count(), 1);
        QCOMPARE(paused.at(0).at(0).toBool(), true);

        // Resumed, run time goes on from where it stood: no jump by the paused interval.
        const qint64 wallBefore = wb::monotonicNs();
        source.setPaused(false);
        source.setPaused(false);
        QCOMPARE(paused.count(), 2);
        QCOMPARE(paused.at(1).at(0).toBool(), false);
        const qint64 resumed = source.nowNs();
        const qint64 wallAfter = wb::monotonicNs();
        QVERIFY(resumed >= frozen);
        QVERIFY2(resumed - frozen <= wallAfter - wallBefore,
            qPrintable(QStringLiteral("run time jumped by %1 ns").arg(resumed - frozen)));
        QTRY_VERIFY_WITH_TIMEOUT(source.nowNs() > frozen, kWaitMs);
    }

    void noTimerFiresWhilePaused()
    {
        TimeSource source;
        RunTimer timer(&source);
        timer.setSingleShot(true);
        QSignalSpy fired(&timer, &RunTimer::timeout);
        timer.start(20);
        const qint64 startRun = source.nowNs();
        source.setPaused(true); // nothing ran the event loop: it cannot have fired yet
        QTest::qWait(120); // far longer than the timer, in wall-clock time
        QCOMPARE(fired.count(), 0);
        QVERIFY(timer.isActive());

        qint64 firedRun = -1;
        connect(&timer, &RunTimer::timeout, this, [&] { firedRun = source.nowNs(); });
        source.setPaused(false);
        QTRY_COMPARE_WITH_TIMEOUT(fired.count(), 1, kWaitMs);
        QVERIFY(firedRun - startRun >= 20 * kMs - kEarlyNs);
        QVERIFY(!timer.isActive());
        QCOMPARE(timer.remainingMs(), -1);
    }

    void remainingCarriedOverPause()
    {
        TimeSource source;
        RunTimer timer(&source);
        timer.setSingleShot(true);
        QSignalSpy fired(&timer, &RunTimer::timeout);
        const qint64 beforeStart = source.nowNs();
        timer.start(100);
        const qint64 startRun = source.nowNs();
        // Let some run time pass first, so that what is carried over is a part of the interval.
        QTRY_VERIFY_WITH_TIMEOUT(source.nowNs() - startRun >= 30 * kMs, kWaitMs);
        source.setPaused(true);
        const qint64 pausedRun = source.nowNs();
        const qint64 left = timer.remainingMs();
        if (fired.count() == 0) { // a very slow machine may have let it fire already
            // What is left is the deadline (100 ms after the start) minus the frozen run time,
            // in whole ms rounded down, as QTimer::remainingTime() does.
            QVERIFY2(left >= (beforeStart + 100 * kMs - pausedRun) / kMs
                    && left <= (startRun + 100 * kMs - pausedRun) / kMs && left <= 70,
                qPrintable(QString::number(left)));
        }
        QTest::qWait(150);
        QCOMPARE(timer.remainingMs(), fired.count() == 0 ? left : -1);
        const int firedWhilePaused = fired.count();

        qint64 firedRun = -1;
        connect(&timer, &RunTimer::timeout, this, [&] { firedRun = source.nowNs(); });
        source.setPaused(false);
        if (firedWhilePaused == 0) {
            QTRY_COMPARE_WITH_TIMEOUT(fired.count(), 1, kWaitMs);
            // The full 100 ms of run time passed, the paused 150 ms of wall time not counted.
            QVERIFY(firedRun - startRun >= 100 * kMs - kEarlyNs);
        }
        QTest::qWait(20);
        QCOMPARE(fired.count(), 1);
    }

    void remainingTracksRunTime()
    {
        TimeSource source;
        RunTimer timer(&source);
        QCOMPARE(timer.remainingMs(), -1);
        const qint64 before = source.nowNs();
        timer.start(1000);
        const qint64 left = timer.remainingMs();
        const qint64 after = source.nowNs();
        QVERIFY2(left >= (before + 1000 * kMs - after) / kMs - 1 && left <= 1000,
            qPrintable(QString::number(left)));
        timer.stop();
        QCOMPARE(timer.remainingMs(), -1);
        QVERIFY(!timer.isActive());
    }

    void speed_data()
    {
        QTest::addColumn<double>("requested");
        QTest::addColumn<double>("expected");
        QTest::newRow("0.05 (slowest)") << 0.05 << 0.05;
        QTest::newRow("0.5") << 0.5 << 0.5;
        QTest::newRow("1") << 1.0 << 1.0;
        QTest::newRow("2") << 2.0 << 2.0;
        QTest::newRow("4 (fastest)") << 4.0 << 4.0;
        QTest::newRow("0 clamps to 0.05") << 0.0 << TimeSource::kMinSpeed;
        QTest::newRow("negative clamps to 0.05") << -3.0 << TimeSource::kMinSpeed;
        QTest::newRow("10 clamps to 4") << 10.0 << TimeSource::kMaxSpeed;
        QTest::newRow("infinity clamps to 4")
            << std::numeric_limits<double>::infinity() << TimeSource::kMaxSpeed;
        // Not a number says nothing: the speed stays as it was rather than poisoning run time.
        QTest::newRow("NaN is ignored") << std::numeric_limits<double>::quiet_NaN() << 1.0;
    }
    void speed()
    {
        QFETCH(double, requested);
        QFETCH(double, expected);
        TimeSource source;
        QSignalSpy changed(&source, &TimeSource::speedChanged);
        source.setSpeed(requested);
        QCOMPARE(source.speed(), expected);
        QCOMPARE(changed.count(), expected == 1.0 ? 0 : 1);
        if (changed.count() == 1)
            QCOMPARE(changed.at(0).at(0).toDouble(), expected);
        source.setSpeed(requested); // the same again: no change, no signal
        QCOMPARE(changed.count(), expected == 1.0 ? 0 : 1);

        // A run interval takes 1/speed of it in wall-clock time, rounded up.
        QCOMPARE(source.toWallMs(100), qint64(std::ceil(100.0 / expected)));

        // Run time advances at `speed` times the wall clock. Both come from the monotonic clock,
        // so brackets of monotonic readings around each run-time reading bound it exactly.
        const qint64 m1 = wb::monotonicNs();
        const qint64 r1 = source.nowNs();
        const qint64 m2 = wb::monotonicNs();
        QTest::qWait(30);
        const qint64 m3 = wb::monotonicNs();
        const qint64 r2 = source.nowNs();
        const qint64 m4 = wb::monotonicNs();
        const double slack = 2.0; // ns of rounding in each conversion
        QVERIFY2(double(r2 - r1) >= double(m3 - m2) * expected - slack,
            qPrintable(QStringLiteral("%1 run ns in %2 wall ns").arg(r2 - r1).arg(m3 - m2)));
        QVERIFY2(double(r2 - r1) <= double(m4 - m1) * expected + slack,
            qPrintable(QStringLiteral("%1 run ns in %2 wall ns").arg(r2 - r1).arg(m4 - m1)));

        // A timer of 40 ms of wall time at this speed fires after its run time, not before.
        const qint64 runMs = std::max<qint64>(1, qint64(40 * expected));
        RunTimer timer(&source);
        timer.setSingleShot(true);
        qint64 firedRun = -1;
        qint64 firedWall = -1;
        connect(&timer, &RunTimer::timeout, this, [&] {
            firedRun = source.nowNs();
            firedWall = wb::monotonicNs();
        });
        const qint64 startWall = wb::monotonicNs();
        const qint64 startRun = source.nowNs();
        timer.start(runMs);
        QTRY_VERIFY_WITH_TIMEOUT(firedRun >= 0, kWaitMs);
        QVERIFY(firedRun - startRun >= runMs * kMs - kEarlyNs);
        QVERIFY(double(firedWall - startWall) * expected >= double(runMs * kMs - kEarlyNs) - slack);
    }

    // A speed change keeps the run time every running timer has left, and stretches (or
    // shrinks) the wall-clock time it takes.
    void speedChangeStretchesRunningTimer()
    {
        TimeSource source;
        RunTimer timer(&source);
        timer.setSingleShot(true);
        QSignalSpy fired(&timer, &RunTimer::timeout);
        qint64 firedRun = -1;
        connect(&timer, &RunTimer::timeout, this, [&] { firedRun = source.nowNs(); });
        const qint64 startRun = source.nowNs();
        timer.start(100);
        source.setSpeed(TimeSource::kMinSpeed); // 100 ms of run time is now 2 s of wall time
        const qint64 left = timer.remainingMs();
        const qint64 atLeft = source.nowNs();
        QVERIFY2(left >= (startRun + 100 * kMs - atLeft) / kMs - 1 && left <= 100,
            qPrintable(QString::number(left)));
        QTest::qWait(200); // at 0.05, 200 ms of wall time is at most ~10 ms of run time
        QCOMPARE(fired.count(), 0);
        source.setSpeed(TimeSource::kMaxSpeed);
        QTRY_COMPARE_WITH_TIMEOUT(fired.count(), 1, kWaitMs);
        QVERIFY(firedRun - startRun >= 100 * kMs - kEarlyNs);
    }

    void speedChangeWhilePausedKeepsTheRest()
    {
        TimeSource source;
        source.setPaused(true);
        RunTimer timer(&source);
        timer.setSingleShot(true);
        QSignalSpy fired(&timer, &RunTimer::timeout);
        timer.start(40);
        source.setSpeed(2.0);
        source.setSpeed(0.5);
        QCOMPARE(timer.remainingMs(), 40);
        QTest::qWait(60);
        QCOMPARE(fired.count(), 0);
        const qint64 startRun = source.nowNs();
        qint64 firedRun = -1;
        connect(&timer, &RunTimer::timeout, this, [&] { firedRun = source.nowNs(); });
        source.setPaused(false);
        QTRY_COMPARE_WITH_TIMEOUT(fired.count(), 1, kWaitMs);
        QVERIFY(firedRun - startRun >= 40 * kMs - kEarlyNs);
    }

    void timerStartedWhilePausedWaitsForResume()
    {
        TimeSource source;
        source.setPaused(true);
        RunTimer timer(&source);
        timer.setSingleShot(true);
        QSignalSpy fired(&timer, &RunTimer::timeout);
        timer.start(10);
        QVERIFY(timer.isActive());
        QCOMPARE(timer.remainingMs(), 10);
        QTest::qWait(100);
        QCOMPARE(fired.count(), 0);
        QCOMPARE(timer.remainingMs(), 10);
        source.setPaused(false);
        QTRY_COMPARE_WITH_TIMEOUT(fired.count(), 1, kWaitMs);
    }

    void zeroIntervalWhilePausedWaitsForResume()
    {
        TimeSource source;
        source.setPaused(true);
        int calls = 0;
        RunTimer::singleShot(&source, 0, &source, [&] { ++calls; });
        QTest::qWait(50);
        QCOMPARE(calls, 0);
        source.setPaused(false);
        QTRY_COMPARE_WITH_TIMEOUT(calls, 1, kWaitMs);
    }

    void repeatingTimer()
    {
        TimeSource source;
        RunTimer timer(&source);
        QVERIFY(!timer.isSingleShot());
        timer.setInterval(10);
        QCOMPARE(timer.interval(), 10);
        QSignalSpy fired(&timer, &RunTimer::timeout);
        timer.start();
        QTRY_VERIFY_WITH_TIMEOUT(fired.count() >= 3, kWaitMs);
        QVERIFY(timer.isActive());

        source.setPaused(true);
        const int atPause = int(fired.count());
        QTest::qWait(80);
        QCOMPARE(fired.count(), atPause);
        QVERIFY(timer.isActive());

        source.setPaused(false);
        QTRY_VERIFY_WITH_TIMEOUT(fired.count() >= atPause + 2, kWaitMs);

        timer.stop();
        const int atStop = int(fired.count());
        QTest::qWait(60);
        QCOMPARE(fired.count(), atStop);
        QVERIFY(!timer.isActive());
    }

    void negativeIntervalIsZero()
    {
        TimeSource source;
        RunTimer timer(&source);
        timer.setInterval(-5);
        QCOMPARE(timer.interval(), 0);
        timer.setSingleShot(true);
        QSignalSpy fired(&timer, &RunTimer::timeout);
        timer.start(-10);
        QCOMPARE(timer.interval(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(fired.count(), 1, kWaitMs);
    }

    void restartReplacesDeadline()
    {
        TimeSource source;
        RunTimer timer(&source);
        timer.setSingleShot(true);
        QSignalSpy fired(&timer, &RunTimer::timeout);
        timer.start(5);
        timer.start(60'000); // restarted before the event loop ran: the 5 ms are gone
        QTest::qWait(60);
        QCOMPARE(fired.count(), 0);
        QVERIFY(timer.remainingMs() > 50'000);
    }

    void singleShotCallsOnceAndCleansUp()
    {
        TimeSource source;
        QObject context;
        int calls = 0;
        RunTimer::singleShot(&source, 10, &context, [&] { ++calls; });
        QCOMPARE(context.findChildren<RunTimer *>().size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(calls, 1, kWaitMs);
        // Its timer deletes itself once it has called.
        QTRY_COMPARE_WITH_TIMEOUT(context.findChildren<RunTimer *>().size(), 0, kWaitMs);
        QTest::qWait(30);
        QCOMPARE(calls, 1);
    }

    void singleShotDestroyedContextNeverCalls_data()
    {
        QTest::addColumn<bool>("paused");
        QTest::newRow("running") << false;
        QTest::newRow("paused, then resumed") << true;
    }
    void singleShotDestroyedContextNeverCalls()
    {
        QFETCH(bool, paused);
        TimeSource source;
        source.setPaused(paused);
        auto *context = new QObject;
        int calls = 0;
        RunTimer::singleShot(&source, 10, context, [&] { ++calls; });
        delete context;
        source.setPaused(false);
        QTest::qWait(80);
        QCOMPARE(calls, 0);
        // And a control: with the context alive it does call.
        QObject alive;
        RunTimer::singleShot(&source, 10, &alive, [&] { ++calls; });
        QTRY_COMPARE_WITH_TIMEOUT(calls, 1, kWaitMs);
    }

    void singleShotWaitsForResume()
    {
        TimeSource source;
        QObject context;
        QStringList order;
        RunTimer::singleShot(&source, 30, &context, [&] { order << "late"; });
        RunTimer::singleShot(&source, 10, &context, [&] { order << "early"; });
        source.setPaused(true);
        QTest::qWait(80);
        QVERIFY(order.isEmpty());
        source.setPaused(false);
        QTRY_COMPARE_WITH_TIMEOUT(order.size(), 2, kWaitMs);
        QCOMPARE(order, (QStringList { "early", "late" }));
    }

    // Without a source a RunTimer is a plain wall-clock timer with QTimer's behaviour.
    void nullSourceIsAPlainTimer()
    {
        RunTimer once(nullptr);
        once.setSingleShot(true);
        QSignalSpy onceFired(&once, &RunTimer::timeout);
        QCOMPARE(once.remainingMs(), -1);
        once.start(20);
        QVERIFY(once.isActive());
        const qint64 left = once.remainingMs();
        QVERIFY2(left >= 0 && left <= 20, qPrintable(QString::number(left)));
        QTRY_COMPARE_WITH_TIMEOUT(onceFired.count(), 1, kWaitMs);
        QVERIFY(!once.isActive());
        QCOMPARE(once.remainingMs(), -1);
        QTest::qWait(50);
        QCOMPARE(onceFired.count(), 1);

        RunTimer repeating(nullptr);
        QSignalSpy repeated(&repeating, &RunTimer::timeout);
        repeating.start(5);
        QTRY_VERIFY_WITH_TIMEOUT(repeated.count() >= 3, kWaitMs);
        QVERIFY(repeating.isActive());
        repeating.stop();
        const int atStop = int(repeated.count());
        QTest::qWait(40);
        QCOMPARE(repeated.count(), atStop);

        int calls = 0;
        QObject context;
        RunTimer::singleShot(nullptr, 5, &context, [&] { ++calls; });
        QTRY_COMPARE_WITH_TIMEOUT(calls, 1, kWaitMs);
    }

    // Timers may outlive their source (the runtime is torn down in any order): a running one
    // goes on as a wall-clock timer, a frozen one stays put, and nothing touches freed memory
    // (the sanitized build checks the latter).
    void sourceDestroyedBeforeTimers()
    {
        auto source = std::make_unique<TimeSource>();
        RunTimer running(source.get());
        running.setSingleShot(true);
        QSignalSpy runningFired(&running, &RunTimer::timeout);
        running.start(20);
        RunTimer idle(source.get());
        // Timers the source owns go with it.
        QPointer<RunTimer> child = new RunTimer(source.get(), source.get());
        child->start(10);
        int singleShotCalls = 0;
        QObject context;
        RunTimer::singleShot(source.get(), 20, &context, [&] { ++singleShotCalls; });

        source.reset();
        QVERIFY(child.isNull());
        QTRY_COMPARE_WITH_TIMEOUT(runningFired.count(), 1, kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(singleShotCalls, 1, kWaitMs);
        // Without a source they are plain timers from now on.
        QSignalSpy idleFired(&idle, &RunTimer::timeout);
        idle.setSingleShot(true);
        idle.start(5);
        QTRY_COMPARE_WITH_TIMEOUT(idleFired.count(), 1, kWaitMs);
    }

    void pausedSourceDestroyedBeforeTimers()
    {
        auto source = std::make_unique<TimeSource>();
        source->setPaused(true);
        auto frozen = std::make_unique<RunTimer>(source.get());
        frozen->setSingleShot(true);
        frozen->start(10);
        source.reset();
        frozen->stop();
        QVERIFY(!frozen->isActive());
        frozen.reset(); // must not touch the destroyed source
    }

    void timersDestroyedBeforeSource()
    {
        TimeSource source;
        {
            RunTimer a(&source);
            RunTimer b(&source);
            a.start(10);
            b.start(10);
        }
        // The source forgot them: pausing, resuming and a speed change touch nothing freed.
        source.setPaused(true);
        source.setSpeed(2.0);
        source.setPaused(false);
        source.setSpeed(1.0);
        RunTimer c(&source);
        c.setSingleShot(true);
        QSignalSpy fired(&c, &RunTimer::timeout);
        c.start(5);
        QTRY_COMPARE_WITH_TIMEOUT(fired.count(), 1, kWaitMs);
    }

    // A timeout handler that deletes another timer of the same source, and one that pauses
    // the source, leave the rest consistent.
    void handlersChangeTheSource()
    {
        TimeSource source;
        auto *victim = new RunTimer(&source);
        victim->setSingleShot(true);
        QSignalSpy victimFired(victim, &RunTimer::timeout);
        RunTimer killer(&source);
        killer.setSingleShot(true);
        connect(&killer, &RunTimer::timeout, this, [&] {
            delete victim;
            victim = nullptr;
            source.setPaused(true);
        });
        RunTimer survivor(&source);
        survivor.setSingleShot(true);
        QSignalSpy survivorFired(&survivor, &RunTimer::timeout);
        killer.start(5);
        victim->start(40);
        survivor.start(40);
        QTRY_VERIFY_WITH_TIMEOUT(source.isPaused(), kWaitMs);
        QTest::qWait(80);
        QCOMPARE(survivorFired.count(), 0);
        source.setPaused(false);
        QTRY_COMPARE_WITH_TIMEOUT(survivorFired.count(), 1, kWaitMs);
    }
};

QTEST_GUILESS_MAIN(TestTimeSource)
#include "tst_timesource.moc"
