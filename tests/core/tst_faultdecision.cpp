// Seeded fault decisions: a pure function of (seed, wire, direction, sequence). The statistical
// checks draw from fixed seeds, so they are deterministic: each bound is five standard
// deviations wide, and a row either always passes or always fails.
#include "runtime/faultdecision.h"

#include <QTest>
#include <cmath>

using wb::Direction;
using wb::DirectionFaults;
using wb::FaultDecision;
using wb::WireId;
namespace faultdecision = wb::faultdecision;

Q_DECLARE_METATYPE(wb::DirectionFaults)
Q_DECLARE_METATYPE(wb::Direction)

namespace {

constexpr int kDraws = 20'000;

DirectionFaults rule(double drop, double duplicate = 0, double delayMs = 0, double jitterMs = 0,
    DirectionFaults::Jitter jitter = DirectionFaults::Jitter::Uniform)
{
    DirectionFaults r;
    r.drop = drop;
    r.duplicate = duplicate;
    r.delayMs = delayMs;
    r.jitterMs = jitterMs;
    r.jitter = jitter;
    return r;
}

bool same(const FaultDecision &a, const FaultDecision &b)
{
    return a.drop == b.drop && a.duplicate == b.duplicate && a.cut == b.cut
        && a.delayNs == b.delayNs && a.rule == b.rule;
}

// Whether `count` successes in `n` draws are within five standard deviations of n * p.
bool withinBinomial(int count, int n, double p, QString *why)
{
    const double mean = n * p;
    const double sd = std::sqrt(n * p * (1 - p));
    *why = QStringLiteral("%1 of %2, expected %3 ± %4").arg(count).arg(n).arg(mean).arg(5 * sd);
    return std::abs(count - mean) <= 5 * sd;
}

} // namespace

class TestFaultDecision final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deterministic_data()
    {
        QTest::addColumn<quint64>("seed");
        QTest::addColumn<WireId>("wire");
        QTest::addColumn<Direction>("direction");
        QTest::addColumn<quint64>("sequence");
        QTest::newRow("zero") << quint64(0) << WireId(1) << Direction::Message << quint64(0);
        QTest::newRow("message") << quint64(42) << WireId(3) << Direction::Message << quint64(7);
        QTest::newRow("ack") << quint64(42) << WireId(3) << Direction::Ack << quint64(7);
        QTest::newRow("large") << ~quint64(0) << WireId(2'000'000'000) << Direction::Ack
                               << (quint64(1) << 63);
        QTest::newRow("negative wire")
            << quint64(9) << WireId(-1) << Direction::Message << quint64(123'456);
    }
    void deterministic()
    {
        QFETCH(quint64, seed);
        QFETCH(WireId, wire);
        QFETCH(Direction, direction);
        QFETCH(quint64, sequence);
        const DirectionFaults r = rule(0.5, 0.5, 20, 10);
        const FaultDecision a = faultdecision::decide(r, false, seed, wire, direction, sequence);
        const FaultDecision b = faultdecision::decide(r, false, seed, wire, direction, sequence);
        QVERIFY(same(a, b));
        for (int draw = 0; draw < 4; ++draw) {
            const double u = faultdecision::uniform(seed, wire, direction, sequence, draw);
            QCOMPARE(faultdecision::uniform(seed, wire, direction, sequence, draw), u);
            QVERIFY(u >= 0.0 && u < 1.0);
        }
    }

    // Each input of the stream changes the draws: another seed, wire, direction, sequence or
    // draw index gives an unrelated number (equal ones would be a 2^-53 coincidence).
    void everyInputCounts()
    {
        const double base = faultdecision::uniform(1, 1, Direction::Message, 1, 0);
        QVERIFY(faultdecision::uniform(2, 1, Direction::Message, 1, 0) != base);
        QVERIFY(faultdecision::uniform(1, 2, Direction::Message, 1, 0) != base);
        QVERIFY(faultdecision::uniform(1, 1, Direction::Ack, 1, 0) != base);
        QVERIFY(faultdecision::uniform(1, 1, Direction::Message, 2, 0) != base);
        QVERIFY(faultdecision::uniform(1, 1, Direction::Message, 1, 1) != base);
    }

    void otherSeedOtherDecisions_data()
    {
        QTest::addColumn<quint64>("seedA");
        QTest::addColumn<quint64>("seedB");
        QTest::newRow("1 and 2") << quint64(1) << quint64(2);
        QTest::newRow("0 and 1") << quint64(0) << quint64(1);
        QTest::newRow("42 and 43") << quint64(42) << quint64(43);
        QTest::newRow("high bit") << quint64(7) << (quint64(7) | quint64(1) << 63);
    }
    void otherSeedOtherDecisions()
    {
        QFETCH(quint64, seedA);
        QFETCH(quint64, seedB);
        // At drop 50 %, two independent streams disagree on half of the messages.
        const DirectionFaults r = rule(0.5);
        int differ = 0;
        for (quint64 seq = 0; seq < quint64(kDraws); ++seq) {
            const bool a = faultdecision::decide(r, false, seedA, 5, Direction::Message, seq).drop;
            const bool b = faultdecision::decide(r, false, seedB, 5, Direction::Message, seq).drop;
            differ += a != b;
        }
        QString why;
        QVERIFY2(withinBinomial(differ, kDraws, 0.5, &why), qPrintable(why));
    }

    // Neighbouring streams (wire n and n + 1, message and ack) are independent too.
    void neighbouringStreamsIndependent()
    {
        const DirectionFaults r = rule(0.5);
        int wiresDiffer = 0;
        int directionsDiffer = 0;
        for (quint64 seq = 0; seq < quint64(kDraws); ++seq) {
            const bool a = faultdecision::decide(r, false, 3, 10, Direction::Message, seq).drop;
            const bool b = faultdecision::decide(r, false, 3, 11, Direction::Message, seq).drop;
            const bool c = faultdecision::decide(r, false, 3, 10, Direction::Ack, seq).drop;
            wiresDiffer += a != b;
            directionsDiffer += a != c;
        }
        QString why;
        QVERIFY2(withinBinomial(wiresDiffer, kDraws, 0.5, &why), qPrintable(why));
        QVERIFY2(withinBinomial(directionsDiffer, kDraws, 0.5, &why), qPrintable(why));
    }

    void dropRate_data()
    {
        QTest::addColumn<double>("p");
        QTest::addColumn<quint64>("seed");
        QTest::addColumn<Direction>("direction");
        for (const double p : { 0.1, 0.3, 0.5, 0.9 }) {
            for (const quint64 seed : { quint64(0), quint64(1), quint64(20'160'101) }) {
                QTest::addRow("p %g, seed %llu", p, static_cast<unsigned long long>(seed))
                    << p << seed << Direction::Message;
            }
            QTest::addRow("p %g, ack", p) << p << quint64(7) << Direction::Ack;
        }
    }
    void dropRate()
    {
        QFETCH(double, p);
        QFETCH(quint64, seed);
        QFETCH(Direction, direction);
        const DirectionFaults r = rule(p);
        int dropped = 0;
        for (quint64 seq = 0; seq < quint64(kDraws); ++seq) {
            const FaultDecision d = faultdecision::decide(r, false, seed, 4, direction, seq);
            QVERIFY(!d.duplicate && !d.cut && d.delayNs == 0);
            QCOMPARE(d.copies(), d.drop ? 0 : 1);
            dropped += d.drop;
        }
        QString why;
        QVERIFY2(withinBinomial(dropped, kDraws, p, &why), qPrintable(why));
    }

    void duplicateRate_data()
    {
        QTest::addColumn<double>("p");
        QTest::addColumn<quint64>("seed");
        for (const double p : { 0.1, 0.3, 0.5, 0.9 }) {
            for (const quint64 seed : { quint64(0), quint64(5), quint64(99) })
                QTest::addRow("p %g, seed %llu", p, static_cast<unsigned long long>(seed))
                    << p << seed;
        }
    }
    void duplicateRate()
    {
        QFETCH(double, p);
        QFETCH(quint64, seed);
        const DirectionFaults r = rule(0, p);
        int duplicated = 0;
        for (quint64 seq = 0; seq < quint64(kDraws); ++seq) {
            const FaultDecision d = faultdecision::decide(r, false, seed, 8, Direction::Ack, seq);
            QVERIFY(!d.drop && !d.cut && d.delayNs == 0);
            QCOMPARE(d.copies(), d.duplicate ? 2 : 1);
            duplicated += d.duplicate;
        }
        QString why;
        QVERIFY2(withinBinomial(duplicated, kDraws, p, &why), qPrintable(why));
    }

    // Drop and duplicate draw independently: a message is duplicated with (1 - drop) * dup.
    void dropAndDuplicateTogether()
    {
        const DirectionFaults r = rule(0.3, 0.5);
        int dropped = 0;
        int duplicated = 0;
        for (quint64 seq = 0; seq < quint64(kDraws); ++seq) {
            const FaultDecision d = faultdecision::decide(r, false, 11, 1, Direction::Message, seq);
            QVERIFY(!(d.drop && d.duplicate));
            dropped += d.drop;
            duplicated += d.duplicate;
        }
        QString why;
        QVERIFY2(withinBinomial(dropped, kDraws, 0.3, &why), qPrintable(why));
        QVERIFY2(withinBinomial(duplicated, kDraws, 0.7 * 0.5, &why), qPrintable(why));
    }

    void certainties_data()
    {
        QTest::addColumn<DirectionFaults>("faults");
        QTest::addColumn<int>("copies");
        QTest::newRow("nothing") << rule(0) << 1;
        QTest::newRow("drop 0") << rule(0, 0) << 1;
        QTest::newRow("drop 1") << rule(1) << 0;
        QTest::newRow("duplicate 1") << rule(0, 1) << 2;
        QTest::newRow("drop 1 beats duplicate 1") << rule(1, 1) << 0;
    }
    void certainties()
    {
        QFETCH(DirectionFaults, faults);
        QFETCH(int, copies);
        for (quint64 seq = 0; seq < 2000; ++seq) {
            const FaultDecision d
                = faultdecision::decide(faults, false, seq * 31, 2, Direction::Message, seq);
            QCOMPARE(d.copies(), copies);
            QCOMPARE(d.isPass(), copies == 1);
        }
    }

    void uniformJitter_data()
    {
        QTest::addColumn<double>("delayMs");
        QTest::addColumn<double>("jitterMs");
        QTest::newRow("50 ± 10") << 50.0 << 10.0;
        QTest::newRow("200 ± 199") << 200.0 << 199.0;
        QTest::newRow("0.5 ± 0.25") << 0.5 << 0.25;
        QTest::newRow("delay only") << 30.0 << 0.0;
        // Below zero is clamped: these rows only check the bounds and the clamping.
        QTest::newRow("5 ± 10 (clamped)") << 5.0 << 10.0;
        QTest::newRow("jitter only (clamped)") << 0.0 << 20.0;
    }
    void uniformJitter()
    {
        QFETCH(double, delayMs);
        QFETCH(double, jitterMs);
        const DirectionFaults r = rule(0, 0, delayMs, jitterMs);
        const double lowNs = std::max(0.0, delayMs - jitterMs) * 1e6;
        const double highNs = (delayMs + jitterMs) * 1e6;
        double sum = 0;
        int atZero = 0;
        for (quint64 seq = 0; seq < quint64(kDraws); ++seq) {
            const FaultDecision d = faultdecision::decide(r, false, 3, 6, Direction::Message, seq);
            QVERIFY(d.delayNs >= 0);
            QVERIFY2(double(d.delayNs) >= lowNs - 1 && double(d.delayNs) <= highNs,
                qPrintable(QString::number(d.delayNs)));
            QCOMPARE(d.copies(), 1);
            sum += double(d.delayNs) / 1e6;
            atZero += d.delayNs == 0;
        }
        const double mean = sum / kDraws;
        if (delayMs >= jitterMs) {
            // A uniform variable on [-j, j] has the standard deviation j / sqrt(3).
            const double bound = 5 * jitterMs / std::sqrt(3.0) / std::sqrt(double(kDraws)) + 1e-6;
            QVERIFY2(std::abs(mean - delayMs) <= bound,
                qPrintable(QStringLiteral("mean %1 ms").arg(mean)));
            QCOMPARE(atZero, 0);
        } else {
            // The share clamped to zero is P(U < -delay / jitter) = (1 - delay / jitter) / 2.
            const double p = (1 - delayMs / jitterMs) / 2;
            QString why;
            QVERIFY2(withinBinomial(atZero, kDraws, p, &why), qPrintable(why));
            QVERIFY(mean > delayMs); // the clamp only ever adds
        }
    }

    void normalJitter()
    {
        const double delayMs = 1000;
        const double sigma = 50;
        const DirectionFaults r = rule(0, 0, delayMs, sigma, DirectionFaults::Jitter::Normal);
        double sum = 0;
        double sumSq = 0;
        int withinOneSigma = 0;
        int beyondUniformRange = 0;
        for (quint64 seq = 0; seq < quint64(kDraws); ++seq) {
            const FaultDecision d = faultdecision::decide(r, false, 17, 9, Direction::Ack, seq);
            const double ms = double(d.delayNs) / 1e6;
            sum += ms;
            sumSq += ms * ms;
            withinOneSigma += std::abs(ms - delayMs) <= sigma;
            beyondUniformRange += std::abs(ms - delayMs) > sigma * std::sqrt(3.0);
        }
        const double mean = sum / kDraws;
        const double sd = std::sqrt(sumSq / kDraws - mean * mean);
        QVERIFY2(std::abs(mean - delayMs) <= 5 * sigma / std::sqrt(double(kDraws)),
            qPrintable(QStringLiteral("mean %1 ms").arg(mean)));
        // The sample standard deviation has a standard error of about sigma / sqrt(2 n).
        QVERIFY2(std::abs(sd - sigma) <= 5 * sigma / std::sqrt(2.0 * kDraws),
            qPrintable(QStringLiteral("sd %1 ms").arg(sd)));
        QString why;
        QVERIFY2(withinBinomial(withinOneSigma, kDraws, 0.682689, &why), qPrintable(why));
        // Tails: a normal law goes beyond sqrt(3) sigma (where a uniform one of this sd ends)
        // with probability 0.0833.
        QVERIFY2(withinBinomial(beyondUniformRange, kDraws, 0.083265, &why), qPrintable(why));
    }

    void normalJitterClampedAtZero()
    {
        const DirectionFaults r = rule(0, 0, 10, 50, DirectionFaults::Jitter::Normal);
        int atZero = 0;
        for (quint64 seq = 0; seq < quint64(kDraws); ++seq) {
            const FaultDecision d = faultdecision::decide(r, false, 1, 1, Direction::Message, seq);
            QVERIFY(d.delayNs >= 0);
            atZero += d.delayNs == 0;
        }
        // P(N(10, 50) < 0) = Phi(-0.2) = 0.42074
        QString why;
        QVERIFY2(withinBinomial(atZero, kDraws, 0.420740, &why), qPrintable(why));
    }

    void cutDropsEverything_data()
    {
        QTest::addColumn<DirectionFaults>("faults");
        QTest::newRow("no rule") << rule(0);
        QTest::newRow("duplicate 1") << rule(0, 1);
        QTest::newRow("delay") << rule(0, 0, 50, 10);
        QTest::newRow("everything") << rule(0.5, 0.5, 50, 10, DirectionFaults::Jitter::Normal);
    }
    void cutDropsEverything()
    {
        QFETCH(DirectionFaults, faults);
        for (quint64 seq = 0; seq < 1000; ++seq) {
            for (const Direction direction : { Direction::Message, Direction::Ack }) {
                const FaultDecision d = faultdecision::decide(faults, true, seq, 1, direction, seq);
                QVERIFY(d.cut);
                QVERIFY(!d.duplicate);
                QCOMPARE(d.delayNs, 0);
                QCOMPARE(d.copies(), 0);
                QVERIFY(!d.isPass());
                QCOMPARE(d.rule, QStringLiteral("cut: dropped"));
            }
        }
    }

    // Changing one rule never shifts another rule's draws: the n-th message's drop does not
    // depend on whether duplicates or delays are set, and so on.
    void rulesDoNotShiftEachOther()
    {
        const DirectionFaults dropOnly = rule(0.3);
        const DirectionFaults dropAndMore = rule(0.3, 0.4, 50, 20);
        const DirectionFaults dupOnly = rule(0, 0.4);
        const DirectionFaults dupAndDelay = rule(0, 0.4, 80, 30, DirectionFaults::Jitter::Normal);
        const DirectionFaults delayOnly = rule(0, 0, 50, 20);
        const DirectionFaults delayAndDup = rule(0, 0.9, 50, 20);
        const DirectionFaults delayAndDrop = rule(0.5, 0, 50, 20);
        int delayedAfterDropRule = 0;
        for (quint64 seq = 0; seq < 5000; ++seq) {
            auto decide = [seq](const DirectionFaults &r) {
                return faultdecision::decide(r, false, 77, 12, Direction::Message, seq);
            };
            QCOMPARE(decide(dropAndMore).drop, decide(dropOnly).drop);
            QCOMPARE(decide(dupAndDelay).duplicate, decide(dupOnly).duplicate);
            QCOMPARE(decide(delayAndDup).delayNs, decide(delayOnly).delayNs);
            const FaultDecision withDrop = decide(delayAndDrop);
            if (!withDrop.drop) {
                QCOMPARE(withDrop.delayNs, decide(delayOnly).delayNs);
                ++delayedAfterDropRule;
            }
            // Among the messages the drop rule lets pass, the duplicates are the same ones.
            if (!decide(dropAndMore).drop)
                QCOMPARE(decide(dropAndMore).duplicate, decide(rule(0, 0.4)).duplicate);
        }
        QVERIFY(delayedAfterDropRule > 0);
    }

    void ruleText_data()
    {
        QTest::addColumn<DirectionFaults>("faults");
        QTest::addColumn<bool>("cut");
        QTest::addColumn<QString>("text");
        QTest::newRow("nothing") << rule(0) << false << QString();
        QTest::newRow("cut") << rule(0.5) << true << "cut: dropped";
        QTest::newRow("drop 1") << rule(1) << false << "drop 100 %: dropped";
        QTest::newRow("duplicate 1") << rule(0, 1) << false << "duplicate 100 %: duplicated";
        QTest::newRow("dropped: nothing else said")
            << rule(1, 1, 50) << false << "drop 100 %: dropped";
        QTest::newRow("delay") << rule(0, 0, 50) << false << "delay 50.0 ms";
        QTest::newRow("fraction of a ms") << rule(0, 0, 0.3) << false << "delay 0.3 ms";
        QTest::newRow("duplicate and delay")
            << rule(0, 1, 12.5) << false << "duplicate 100 %: duplicated, delay 12.5 ms";
    }
    void ruleText()
    {
        QFETCH(DirectionFaults, faults);
        QFETCH(bool, cut);
        QFETCH(QString, text);
        QCOMPARE(faultdecision::decide(faults, cut, 1, 1, Direction::Message, 0).rule, text);
    }

    // For rules that may go either way, the text says which way this one went.
    void ruleTextSaysWhatWasDecided()
    {
        const DirectionFaults r = rule(0.3, 0.25, 40, 10);
        int dropped = 0;
        int duplicated = 0;
        int once = 0;
        for (quint64 seq = 0; seq < 500; ++seq) {
            const FaultDecision d = faultdecision::decide(r, false, 5, 2, Direction::Message, seq);
            if (d.drop) {
                QCOMPARE(d.rule, QStringLiteral("drop 30 %: dropped"));
                ++dropped;
                continue;
            }
            QVERIFY2(d.rule.startsWith(QStringLiteral("drop 30 %: passed, duplicate 25 %: ")),
                qPrintable(d.rule));
            const QString dupText
                = d.duplicate ? QStringLiteral("duplicated") : QStringLiteral("once");
            const QString prefix = QStringLiteral("drop 30 %: passed, duplicate 25 %: ") + dupText
                + QStringLiteral(", delay ");
            QVERIFY2(d.rule.startsWith(prefix) && d.rule.endsWith(QStringLiteral(" ms")),
                qPrintable(d.rule));
            // The delay it names, to a tenth of a ms, is the one decided.
            bool ok = false;
            const double named = d.rule.mid(prefix.size()).chopped(3).toDouble(&ok);
            QVERIFY2(ok, qPrintable(d.rule));
            QVERIFY2(std::abs(named - double(d.delayNs) / 1e6) <= 0.05 + 1e-6, qPrintable(d.rule));
            (d.duplicate ? duplicated : once)++;
        }
        QVERIFY(dropped > 0 && duplicated > 0 && once > 0);
    }

    void directionName()
    {
        QCOMPARE(faultdecision::directionName(Direction::Message), QStringLiteral("message"));
        QCOMPARE(faultdecision::directionName(Direction::Ack), QStringLiteral("ack"));
    }
};

QTEST_GUILESS_MAIN(TestFaultDecision)
#include "tst_faultdecision.moc"
