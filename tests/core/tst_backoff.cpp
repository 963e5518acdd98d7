// The reconnection backoff as a pure function: truncated exponential growth from 0.5-1 s by
// x1.6 up to 30 s, the jitter choosing a point in the upper band of the envelope.
#include "runtime/liveness/backoff.h"

#include <QTest>

using wb::BackoffPolicy;

Q_DECLARE_METATYPE(wb::BackoffPolicy)

class TestBackoff final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void delay_data()
    {
        QTest::addColumn<int>("failures");
        QTest::addColumn<double>("jitter");
        QTest::addColumn<int>("expectedMs");
        // The first retry waits 0.5 to 1 s.
        QTest::newRow("first, least") << 0 << 0.0 << 500;
        QTest::newRow("first, middle") << 0 << 0.5 << 750;
        QTest::newRow("first, most") << 0 << 1.0 << 1000;
        // Each failure in a row multiplies the band by 1.6.
        QTest::newRow("second, least") << 1 << 0.0 << 800;
        QTest::newRow("second, most") << 1 << 1.0 << 1600;
        QTest::newRow("third, least") << 2 << 0.0 << 1280;
        QTest::newRow("third, most") << 2 << 1.0 << 2560;
        QTest::newRow("sixth, most") << 5 << 1.0 << 10486; // 1000 * 1.6^5 = 10485.76
        QTest::newRow("eighth, least") << 7 << 0.0 << 13422; // 500 * 1.6^7 = 13421.77
        // From the ninth on the envelope is the 30 s cap: 15 to 30 s, never more.
        QTest::newRow("ninth, least") << 8 << 0.0 << 15000;
        QTest::newRow("ninth, most") << 8 << 1.0 << 30000;
        QTest::newRow("hundredth, most") << 99 << 1.0 << 30000;
        QTest::newRow("huge count") << 1'000'000 << 1.0 << 30000;
        // Out-of-range inputs are clamped rather than trusted.
        QTest::newRow("negative count") << -3 << 0.0 << 500;
        QTest::newRow("jitter below 0") << 0 << -1.0 << 500;
        QTest::newRow("jitter above 1") << 0 << 7.0 << 1000;
    }
    void delay()
    {
        QFETCH(int, failures);
        QFETCH(double, jitter);
        QFETCH(int, expectedMs);
        QCOMPARE(wb::backoffDelayMs(BackoffPolicy {}, failures, jitter), expectedMs);
    }

    void otherPolicies_data()
    {
        QTest::addColumn<BackoffPolicy>("policy");
        QTest::addColumn<int>("failures");
        QTest::addColumn<double>("jitter");
        QTest::addColumn<int>("expectedMs");
        QTest::newRow("no jitter band") << BackoffPolicy { 100, 100, 2.0, 1000 } << 3 << 0.0 << 800;
        QTest::newRow("capped early") << BackoffPolicy { 100, 100, 2.0, 1000 } << 4 << 0.5 << 1000;
        QTest::newRow("factor below 1 never shrinks")
            << BackoffPolicy { 200, 400, 0.5, 1000 } << 5 << 1.0 << 400;
        QTest::newRow("first above the cap")
            << BackoffPolicy { 500, 5000, 1.6, 2000 } << 0 << 1.0 << 2000;
    }
    void otherPolicies()
    {
        QFETCH(BackoffPolicy, policy);
        QFETCH(int, failures);
        QFETCH(double, jitter);
        QFETCH(int, expectedMs);
        QCOMPARE(wb::backoffDelayMs(policy, failures, jitter), expectedMs);
    }

    // The stateful helper draws within the band of the failure count, counts, and resets.
    void sequenceStaysInItsBands()
    {
        wb::Backoff backoff;
        for (int round = 0; round < 2; ++round) {
            for (int failures = 0; failures < 12; ++failures) {
                QCOMPARE(backoff.failures(), failures);
                const int delay = backoff.next();
                QVERIFY2(delay >= wb::backoffDelayMs({}, failures, 0.0)
                        && delay <= wb::backoffDelayMs({}, failures, 1.0),
                    qPrintable(QStringLiteral("failure %1: %2 ms").arg(failures).arg(delay)));
            }
            backoff.reset();
            QCOMPARE(backoff.failures(), 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestBackoff)
#include "tst_backoff.moc"
