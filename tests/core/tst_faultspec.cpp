// The --fault rule of `wirebench-node run`: parse() of every key, alias, direction prefix and
// unit, apply() changing only the fields a rule names, and a clear error, naming the rule and the
// key, for every kind of bad rule.
#include "runtime/faultspec.h"

#include <QTest>
#include <functional>

using wb::DirectionFaults;
using wb::WireFaults;
using wb::faultspec::Field;
using wb::faultspec::Fields;
using Jitter = wb::DirectionFaults::Jitter;
using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(wb::WireFaults)
Q_DECLARE_METATYPE(wb::faultspec::Fields)

namespace wb {

// For QCOMPARE's message: which field differs.
char *toString(const WireFaults &faults)
{
    const auto direction = [](const DirectionFaults &d) {
        return u"{drop %1 dup %2 delay %3 jitter %4 %5}"_s.arg(d.drop)
            .arg(d.duplicate)
            .arg(d.delayMs)
            .arg(d.jitterMs)
            .arg(d.jitter == DirectionFaults::Jitter::Normal ? u"normal"_s : u"uniform"_s);
    };
    const QString text = u"message %1 ack %2 cut %3 timeout %4 retries %5"_s
                             .arg(direction(faults.message), direction(faults.ack))
                             .arg(faults.cut)
                             .arg(faults.ackTimeoutMs)
                             .arg(faults.retries);
    return qstrdup(qPrintable(text));
}

} // namespace wb

namespace {

// A wire with every field set, to values no row writes, so that a field a rule does not name is
// seen to keep its value. The jitter distribution is normal, so that "uniform" shows.
WireFaults busyBase()
{
    WireFaults faults;
    faults.message = { 0.11, 0.12, 13, 14, Jitter::Normal };
    faults.ack = { 0.21, 0.22, 23, 24, Jitter::Normal };
    faults.cut = false;
    faults.ackTimeoutMs = 777;
    faults.retries = 7;
    return faults;
}

WireFaults busy(const std::function<void(WireFaults &)> &change)
{
    WireFaults faults = busyBase();
    change(faults);
    return faults;
}

// Every field set to a value other than busyBase()'s.
WireFaults otherValues()
{
    WireFaults faults;
    faults.message = { 0.5, 0.6, 70, 80, Jitter::Uniform };
    faults.ack = { 0.9, 1.0, 110, 120, Jitter::Uniform };
    faults.cut = true;
    faults.ackTimeoutMs = 1300;
    faults.retries = 14;
    return faults;
}

constexpr Field kAllFields[] = {
    Field::MessageDrop,
    Field::MessageDuplicate,
    Field::MessageDelay,
    Field::MessageJitter,
    Field::MessageJitterDist,
    Field::AckDrop,
    Field::AckDuplicate,
    Field::AckDelay,
    Field::AckJitter,
    Field::AckJitterDist,
    Field::Cut,
    Field::AckTimeout,
    Field::Retries,
};

Fields allFields()
{
    Fields all;
    for (const Field field : kAllFields)
        all |= field;
    return all;
}

} // namespace

class TestFaultSpec final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goodSpecs_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<Fields>("given");
        QTest::addColumn<WireFaults>("expected"); // apply(busyBase(), the override)

        const QString iopin = QStringLiteral("iopin");
        const QString buzzer = QStringLiteral("buzzer");

        // Probabilities, every spelling and direction.
        QTest::newRow("drop") << u"iopin->buzzer:drop=0.3"_s << iopin << buzzer
                              << Fields(Field::MessageDrop)
                              << busy([](WireFaults &f) { f.message.drop = 0.3; });
        QTest::newRow("msg.drop") << u"iopin->buzzer:msg.drop=0.5"_s << iopin << buzzer
                                  << Fields(Field::MessageDrop)
                                  << busy([](WireFaults &f) { f.message.drop = 0.5; });
        QTest::newRow("message.drop, no leading digit")
            << u"iopin->buzzer:message.drop=.5"_s << iopin << buzzer << Fields(Field::MessageDrop)
            << busy([](WireFaults &f) { f.message.drop = 0.5; });
        QTest::newRow("ack.drop") << u"iopin->buzzer:ack.drop=0.25"_s << iopin << buzzer
                                  << Fields(Field::AckDrop)
                                  << busy([](WireFaults &f) { f.ack.drop = 0.25; });
        QTest::newRow("drop 0 and 1, both directions")
            << u"iopin->buzzer:drop=0,ack.drop=1"_s << iopin << buzzer
            << (Field::MessageDrop | Field::AckDrop) << busy([](WireFaults &f) {
                   f.message.drop = 0;
                   f.ack.drop = 1;
               });
        QTest::newRow("drop with a sign")
            << u"iopin->buzzer:drop=+1."_s << iopin << buzzer << Fields(Field::MessageDrop)
            << busy([](WireFaults &f) { f.message.drop = 1; });
        QTest::newRow("duplicate") << u"iopin->buzzer:duplicate=0.1"_s << iopin << buzzer
                                   << Fields(Field::MessageDuplicate)
                                   << busy([](WireFaults &f) { f.message.duplicate = 0.1; });
        QTest::newRow("dup") << u"iopin->buzzer:dup=0.2"_s << iopin << buzzer
                             << Fields(Field::MessageDuplicate)
                             << busy([](WireFaults &f) { f.message.duplicate = 0.2; });
        QTest::newRow("msg.dup") << u"iopin->buzzer:msg.dup=0.4"_s << iopin << buzzer
                                 << Fields(Field::MessageDuplicate)
                                 << busy([](WireFaults &f) { f.message.duplicate = 0.4; });
        QTest::newRow("ack.duplicate")
            << u"iopin->buzzer:ack.duplicate=0.75"_s << iopin << buzzer
            << Fields(Field::AckDuplicate) << busy([](WireFaults &f) { f.ack.duplicate = 0.75; });
        QTest::newRow("ack.dup") << u"iopin->buzzer:ack.dup=1"_s << iopin << buzzer
                                 << Fields(Field::AckDuplicate)
                                 << busy([](WireFaults &f) { f.ack.duplicate = 1; });

        // Delays: units, and the jitter that comes with a "±" (and only with it).
        QTest::newRow("delay, no unit")
            << u"iopin->buzzer:delay=50"_s << iopin << buzzer << Fields(Field::MessageDelay)
            << busy([](WireFaults &f) { f.message.delayMs = 50; });
        QTest::newRow("delay ms") << u"iopin->buzzer:delay=50ms"_s << iopin << buzzer
                                  << Fields(Field::MessageDelay)
                                  << busy([](WireFaults &f) { f.message.delayMs = 50; });
        QTest::newRow("delay fraction of a ms")
            << u"iopin->buzzer:delay=0.5ms"_s << iopin << buzzer << Fields(Field::MessageDelay)
            << busy([](WireFaults &f) { f.message.delayMs = 0.5; });
        QTest::newRow("delay s") << u"iopin->buzzer:delay=1.5s"_s << iopin << buzzer
                                 << Fields(Field::MessageDelay)
                                 << busy([](WireFaults &f) { f.message.delayMs = 1500; });
        QTest::newRow("delay 0") << u"iopin->buzzer:delay=0"_s << iopin << buzzer
                                 << Fields(Field::MessageDelay)
                                 << busy([](WireFaults &f) { f.message.delayMs = 0; });
        QTest::newRow("delay -0 is 0")
            << u"iopin->buzzer:delay=-0"_s << iopin << buzzer << Fields(Field::MessageDelay)
            << busy([](WireFaults &f) { f.message.delayMs = 0; });
        QTest::newRow("delay the longest")
            << u"iopin->buzzer:delay=3600s"_s << iopin << buzzer << Fields(Field::MessageDelay)
            << busy([](WireFaults &f) { f.message.delayMs = 3'600'000; });
        QTest::newRow("delay ±, unit at the end")
            << u"iopin->buzzer:delay=50±10ms"_s << iopin << buzzer
            << (Field::MessageDelay | Field::MessageJitter) << busy([](WireFaults &f) {
                   f.message.delayMs = 50;
                   f.message.jitterMs = 10;
               });
        QTest::newRow("delay +-") << u"iopin->buzzer:delay=50+-10ms"_s << iopin << buzzer
                                  << (Field::MessageDelay | Field::MessageJitter)
                                  << busy([](WireFaults &f) {
                                         f.message.delayMs = 50;
                                         f.message.jitterMs = 10;
                                     });
        QTest::newRow("delay ±, no unit")
            << u"iopin->buzzer:delay=50±10"_s << iopin << buzzer
            << (Field::MessageDelay | Field::MessageJitter) << busy([](WireFaults &f) {
                   f.message.delayMs = 50;
                   f.message.jitterMs = 10;
               });
        QTest::newRow("delay ±, s at the end is for both")
            << u"iopin->buzzer:delay=1.5±0.5s"_s << iopin << buzzer
            << (Field::MessageDelay | Field::MessageJitter) << busy([](WireFaults &f) {
                   f.message.delayMs = 1500;
                   f.message.jitterMs = 500;
               });
        QTest::newRow("delay ±, s on the delay is for both")
            << u"iopin->buzzer:delay=1.5s+-0.5"_s << iopin << buzzer
            << (Field::MessageDelay | Field::MessageJitter) << busy([](WireFaults &f) {
                   f.message.delayMs = 1500;
                   f.message.jitterMs = 500;
               });
        QTest::newRow("delay ±, a unit each")
            << u"iopin->buzzer:delay=1s±200ms"_s << iopin << buzzer
            << (Field::MessageDelay | Field::MessageJitter) << busy([](WireFaults &f) {
                   f.message.delayMs = 1000;
                   f.message.jitterMs = 200;
               });
        QTest::newRow("delay ±0 clears the jitter")
            << u"iopin->buzzer:delay=50±0"_s << iopin << buzzer
            << (Field::MessageDelay | Field::MessageJitter) << busy([](WireFaults &f) {
                   f.message.delayMs = 50;
                   f.message.jitterMs = 0;
               });
        QTest::newRow("ack.delay +-")
            << u"iopin->buzzer:ack.delay=20+-5ms"_s << iopin << buzzer
            << (Field::AckDelay | Field::AckJitter) << busy([](WireFaults &f) {
                   f.ack.delayMs = 20;
                   f.ack.jitterMs = 5;
               });
        QTest::newRow("message.delay")
            << u"iopin->buzzer:message.delay=2s"_s << iopin << buzzer << Fields(Field::MessageDelay)
            << busy([](WireFaults &f) { f.message.delayMs = 2000; });
        QTest::newRow("jitter") << u"iopin->buzzer:jitter=10ms"_s << iopin << buzzer
                                << Fields(Field::MessageJitter)
                                << busy([](WireFaults &f) { f.message.jitterMs = 10; });
        QTest::newRow("delay and a separate jitter")
            << u"iopin->buzzer:delay=50ms,jitter=10"_s << iopin << buzzer
            << (Field::MessageDelay | Field::MessageJitter) << busy([](WireFaults &f) {
                   f.message.delayMs = 50;
                   f.message.jitterMs = 10;
               });
        QTest::newRow("ack.jitter s")
            << u"iopin->buzzer:ack.jitter=0.25s"_s << iopin << buzzer << Fields(Field::AckJitter)
            << busy([](WireFaults &f) { f.ack.jitterMs = 250; });
        QTest::newRow("jitter-dist uniform")
            << u"iopin->buzzer:jitter-dist=uniform"_s << iopin << buzzer
            << Fields(Field::MessageJitterDist)
            << busy([](WireFaults &f) { f.message.jitter = Jitter::Uniform; });
        QTest::newRow("msg.jitter-dist normal")
            << u"iopin->buzzer:msg.jitter-dist=normal"_s << iopin << buzzer
            << Fields(Field::MessageJitterDist)
            << busy([](WireFaults &f) { f.message.jitter = Jitter::Normal; });
        QTest::newRow("ack.jitter-dist uniform")
            << u"iopin->buzzer:ack.jitter-dist=uniform"_s << iopin << buzzer
            << Fields(Field::AckJitterDist)
            << busy([](WireFaults &f) { f.ack.jitter = Jitter::Uniform; });

        // The rules of the whole wire.
        QTest::newRow("cut") << u"iopin->buzzer:cut"_s << iopin << buzzer << Fields(Field::Cut)
                             << busy([](WireFaults &f) { f.cut = true; });
        QTest::newRow("cut=true") << u"iopin->buzzer:cut=true"_s << iopin << buzzer
                                  << Fields(Field::Cut)
                                  << busy([](WireFaults &f) { f.cut = true; });
        QTest::newRow("cut=false")
            << u"iopin->buzzer:cut=false"_s << iopin << buzzer << Fields(Field::Cut)
            << busy([](WireFaults &f) { f.cut = false; });
        QTest::newRow("timeout ms")
            << u"iopin->buzzer:timeout=500ms"_s << iopin << buzzer << Fields(Field::AckTimeout)
            << busy([](WireFaults &f) { f.ackTimeoutMs = 500; });
        QTest::newRow("timeout, no unit")
            << u"iopin->buzzer:timeout=250"_s << iopin << buzzer << Fields(Field::AckTimeout)
            << busy([](WireFaults &f) { f.ackTimeoutMs = 250; });
        QTest::newRow("timeout s, inexact in binary")
            << u"iopin->buzzer:timeout=1.1s"_s << iopin << buzzer << Fields(Field::AckTimeout)
            << busy([](WireFaults &f) { f.ackTimeoutMs = 1100; });
        QTest::newRow("timeout 0: the default")
            << u"iopin->buzzer:timeout=0"_s << iopin << buzzer << Fields(Field::AckTimeout)
            << busy([](WireFaults &f) { f.ackTimeoutMs = 0; });
        QTest::newRow("timeout the longest")
            << u"iopin->buzzer:timeout=86400s"_s << iopin << buzzer << Fields(Field::AckTimeout)
            << busy([](WireFaults &f) { f.ackTimeoutMs = 86'400'000; });
        QTest::newRow("retries") << u"iopin->buzzer:retries=3"_s << iopin << buzzer
                                 << Fields(Field::Retries)
                                 << busy([](WireFaults &f) { f.retries = 3; });
        QTest::newRow("retries 0")
            << u"iopin->buzzer:retries=0"_s << iopin << buzzer << Fields(Field::Retries)
            << busy([](WireFaults &f) { f.retries = 0; });
        QTest::newRow("retries the most")
            << u"iopin->buzzer:retries=100"_s << iopin << buzzer << Fields(Field::Retries)
            << busy([](WireFaults &f) { f.retries = 100; });

        // Every field in one rule.
        QTest::newRow("everything")
            << u"iopin->buzzer:drop=0.5,dup=0.6,delay=70±80ms,jitter-dist=uniform,"
               u"ack.drop=0.9,ack.duplicate=1,ack.delay=110,ack.jitter=120,"
               u"ack.jitter-dist=uniform,cut,timeout=1.3s,retries=14"_s
            << iopin << buzzer << allFields() << otherValues();

        // Names and whitespace.
        QTest::newRow("whitespace around every token")
            << u"  iopin  ->  buzzer :  drop = 0.3 ,  delay = 50 ± 10 ms , cut  "_s << iopin
            << buzzer
            << (Field::MessageDrop | Field::MessageDelay | Field::MessageJitter | Field::Cut)
            << busy([](WireFaults &f) {
                   f.message.drop = 0.3;
                   f.message.delayMs = 50;
                   f.message.jitterMs = 10;
                   f.cut = true;
               });
        QTest::newRow("tabs") << u"iopin\t->\tbuzzer:\tretries=2"_s << iopin << buzzer
                              << Fields(Field::Retries)
                              << busy([](WireFaults &f) { f.retries = 2; });
        QTest::newRow("names with . _ - and digits")
            << u"pin_2.a-b->Buzzer-9:drop=0.1"_s << u"pin_2.a-b"_s << u"Buzzer-9"_s
            << Fields(Field::MessageDrop) << busy([](WireFaults &f) { f.message.drop = 0.1; });
        // '>' is in no name, so a name may end with '-': "a-" "->" "b".
        QTest::newRow("a name ending with -")
            << u"a-->b:drop=0.1"_s << u"a-"_s << u"b"_s << Fields(Field::MessageDrop)
            << busy([](WireFaults &f) { f.message.drop = 0.1; });
        const QString longName(64, QLatin1Char('n'));
        QTest::newRow("64-character names")
            << (longName + u"->"_s + longName + u":cut"_s) << longName << longName
            << Fields(Field::Cut) << busy([](WireFaults &f) { f.cut = true; });
    }
    void goodSpecs()
    {
        QFETCH(QString, spec);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(Fields, given);
        QFETCH(WireFaults, expected);

        const wb::faultspec::Parsed parsed = wb::faultspec::parse(spec);
        QVERIFY2(parsed.override, qPrintable(parsed.error));
        QVERIFY(parsed.error.isEmpty());
        QCOMPARE(parsed.override->from, from);
        QCOMPARE(parsed.override->to, to);
        QCOMPARE(parsed.override->given, given);
        QCOMPARE(wb::faultspec::apply(busyBase(), *parsed.override), expected);
    }

    // apply() of a rule that gives one field changes that field and no other, whatever the
    // override's other values.
    void applyChangesOnlyTheGivenField_data()
    {
        QTest::addColumn<Fields>("given");
        QTest::addColumn<WireFaults>("expected");
        const WireFaults other = otherValues();
        QTest::newRow("message.drop")
            << Fields(Field::MessageDrop) << busy([&](WireFaults &f) { f.message.drop = 0.5; });
        QTest::newRow("message.duplicate") << Fields(
            Field::MessageDuplicate) << busy([&](WireFaults &f) { f.message.duplicate = 0.6; });
        QTest::newRow("message.delay")
            << Fields(Field::MessageDelay) << busy([&](WireFaults &f) { f.message.delayMs = 70; });
        QTest::newRow("message.jitter") << Fields(Field::MessageJitter)
                                        << busy([&](WireFaults &f) { f.message.jitterMs = 80; });
        QTest::newRow("message.jitter-dist")
            << Fields(Field::MessageJitterDist)
            << busy([&](WireFaults &f) { f.message.jitter = Jitter::Uniform; });
        QTest::newRow("ack.drop") << Fields(Field::AckDrop)
                                  << busy([&](WireFaults &f) { f.ack.drop = 0.9; });
        QTest::newRow("ack.duplicate")
            << Fields(Field::AckDuplicate) << busy([&](WireFaults &f) { f.ack.duplicate = 1.0; });
        QTest::newRow("ack.delay")
            << Fields(Field::AckDelay) << busy([&](WireFaults &f) { f.ack.delayMs = 110; });
        QTest::newRow("ack.jitter")
            << Fields(Field::AckJitter) << busy([&](WireFaults &f) { f.ack.jitterMs = 120; });
        QTest::newRow("ack.jitter-dist") << Fields(
            Field::AckJitterDist) << busy([&](WireFaults &f) { f.ack.jitter = Jitter::Uniform; });
        QTest::newRow("cut") << Fields(Field::Cut) << busy([&](WireFaults &f) { f.cut = true; });
        QTest::newRow("timeout") << Fields(Field::AckTimeout)
                                 << busy([&](WireFaults &f) { f.ackTimeoutMs = 1300; });
        QTest::newRow("retries") << Fields(Field::Retries)
                                 << busy([&](WireFaults &f) { f.retries = 14; });
        QTest::newRow("nothing") << Fields() << busyBase();
        QTest::newRow("everything") << allFields() << other;
    }
    void applyChangesOnlyTheGivenField()
    {
        QFETCH(Fields, given);
        QFETCH(WireFaults, expected);
        wb::faultspec::Override rule;
        rule.from = QStringLiteral("a");
        rule.to = QStringLiteral("b");
        rule.values = otherValues();
        rule.given = given;
        QCOMPARE(wb::faultspec::apply(busyBase(), rule), expected);
    }

    // Every field is reachable from some key, each through a different bit.
    void fieldsAreDistinctBits()
    {
        quint32 seen = 0;
        for (const Field field : kAllFields) {
            const auto bit = quint32(field);
            QCOMPARE(qPopulationCount(bit), 1u);
            QVERIFY((seen & bit) == 0);
            seen |= bit;
        }
    }

    // Several --fault rules for one wire: each applies on the result of the one before, onto
    // what the circuit file says.
    void rulesApplyInOrder()
    {
        WireFaults fromFile;
        fromFile.message.delayMs = 200;
        fromFile.retries = 2;
        const auto first = wb::faultspec::parse(u"iopin->buzzer:drop=0.3,delay=50±5ms"_s);
        const auto second = wb::faultspec::parse(u"iopin->buzzer:delay=10,ack.drop=0.1"_s);
        QVERIFY2(first.override, qPrintable(first.error));
        QVERIFY2(second.override, qPrintable(second.error));
        const WireFaults result = wb::faultspec::apply(
            wb::faultspec::apply(fromFile, *first.override), *second.override);
        WireFaults expected = fromFile;
        expected.message.drop = 0.3;
        expected.message.delayMs = 10; // the second rule's delay, the first rule's jitter
        expected.message.jitterMs = 5;
        expected.ack.drop = 0.1;
        QCOMPARE(result, expected);
    }

    void badSpecs_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QStringList>("fragments"); // each in the error, after the rule

        const auto row = [](const char *name, const QString &rules, const QStringList &fragments) {
            QTest::newRow(name) << (u"iopin->buzzer:"_s + rules) << fragments;
        };

        // Probabilities.
        row("drop above 1", u"drop=1.5"_s, { u"drop: 1.5 is not a probability from 0 to 1"_s });
        row("drop negative", u"drop=-0.1"_s, { u"drop: -0.1 is not a probability"_s });
        row("dup above 1", u"dup=2"_s, { u"dup: 2 is not a probability from 0 to 1"_s });
        row("ack.duplicate above 1", u"ack.duplicate=1.01"_s,
            { u"ack.duplicate: 1.01 is not a probability"_s });
        row("msg.drop not a number", u"msg.drop=abc"_s, { u"msg.drop: 'abc' is not a number"_s });
        row("drop as a percentage", u"drop=30%"_s, { u"drop: '30%' is not a number"_s });
        row("drop with an exponent", u"drop=1e-1"_s, { u"drop: '1e-1' is not a number"_s });
        row("drop nan", u"drop=nan"_s, { u"drop: 'nan' is not a number"_s });
        row("drop inf", u"drop=inf"_s, { u"drop: 'inf' is not a number"_s });
        row("drop two dots", u"drop=0.1.2"_s, { u"drop: '0.1.2' is not a number"_s });
        row("drop with a unit", u"drop=0.5ms"_s, { u"drop: '0.5ms' is not a number"_s });
        row("drop with two =", u"drop=0.3=0.4"_s, { u"drop: '0.3=0.4' is not a number"_s });
        // A decimal comma splits the rule: the 3 is then a key.
        row("drop with a decimal comma", u"drop=0,3"_s, { u"unknown key '3'"_s });
        row("drop empty", u"drop="_s, { u"drop: the value after '=' is empty"_s });
        row("drop without a value", u"drop"_s, { u"drop: needs a value (drop=VALUE)"_s });
        row("ack.dup without a value", u"ack.dup"_s, { u"ack.dup: needs a value"_s });

        // Durations.
        row("delay negative", u"delay=-50ms"_s, { u"delay: -50ms is negative"_s });
        row("delay negative s", u"ack.delay=-1s"_s, { u"ack.delay: -1s is negative"_s });
        row("delay negative, no unit", u"delay=-5"_s, { u"delay: -5 is negative"_s });
        row("delay above an hour", u"delay=3601s"_s,
            { u"delay: 3601s is more than the longest, 3600 s"_s });
        row("delay above an hour in ms", u"delay=3600001"_s,
            { u"delay: 3600001 is more than the longest"_s });
        row("delay in µs", u"delay=50us"_s, { u"delay: '50us' is not a duration"_s });
        row("delay in minutes", u"delay=1m"_s, { u"delay: '1m' is not a duration"_s });
        row("delay two units", u"delay=50msms"_s, { u"delay: '50msms' is not a duration"_s });
        row("delay unit only", u"delay=ms"_s, { u"delay: 'ms' is not a duration"_s });
        row("delay with a minus range", u"delay=50-10ms"_s,
            { u"delay: '50-10ms' is not a duration"_s });
        row("delay negative jitter", u"delay=50±-10ms"_s,
            { u"delay (jitter): -10ms is negative"_s });
        row("delay jitter above an hour", u"delay=1±3601s"_s,
            { u"delay (jitter): 3601s is more than the longest"_s });
        row("delay ± without a jitter", u"delay=50±"_s,
            { u"delay (jitter): '' is not a duration"_s });
        row("delay ± without a delay", u"delay=±10"_s, { u"delay: '' is not a duration"_s });
        row("delay +- negative delay", u"msg.delay=-50+-10"_s, { u"msg.delay: -50 is negative"_s });
        row("jitter negative", u"jitter=-1"_s, { u"jitter: -1 is negative"_s });
        row("ack.jitter above an hour", u"ack.jitter=3600001"_s,
            { u"ack.jitter: 3600001 is more than the longest, 3600 s"_s });
        row("jitter not a number", u"jitter=lots"_s, { u"jitter: 'lots' is not a duration"_s });
        row("jitter-dist unknown", u"jitter-dist=gauss"_s,
            { u"jitter-dist: 'gauss' is not a distribution: uniform or normal"_s });
        row("jitter-dist capitalised", u"ack.jitter-dist=Normal"_s,
            { u"ack.jitter-dist: 'Normal' is not a distribution"_s });

        // The rules of the whole wire.
        row("cut yes", u"cut=yes"_s, { u"cut: 'yes' is not true or false"_s });
        row("cut 1", u"cut=1"_s, { u"cut: '1' is not true or false"_s });
        row("cut empty", u"cut="_s, { u"cut: the value after '=' is empty"_s });
        row("ack.cut", u"ack.cut"_s, { u"ack.cut: cut is a rule of the whole wire"_s });
        row("msg.timeout", u"msg.timeout=5"_s,
            { u"msg.timeout: timeout is a rule of the whole wire"_s });
        row("ack.retries", u"ack.retries=1"_s,
            { u"ack.retries: retries is a rule of the whole wire"_s });
        row("timeout negative", u"timeout=-5"_s, { u"timeout: -5 is negative"_s });
        row("timeout fraction of a ms", u"timeout=1.5ms"_s,
            { u"timeout: 1.5ms is not a whole number of milliseconds"_s });
        row("timeout above a day", u"timeout=86401s"_s,
            { u"timeout: 86401s is more than the longest, 86400 s"_s });
        row("timeout with a jitter", u"timeout=500±10"_s,
            { u"timeout: '500±10': an ack timeout has no jitter"_s });
        row("timeout not a number", u"timeout=soon"_s, { u"timeout: 'soon' is not a duration"_s });
        row("timeout without a value", u"timeout"_s, { u"timeout: needs a value"_s });
        row("retries above the most", u"retries=101"_s,
            { u"retries: 101 is not a count from 0 to 100"_s });
        row("retries far above the most", u"retries=99999999999999999999"_s,
            { u"retries: 99999999999999999999 is not a count from 0 to 100"_s });
        row("retries negative", u"retries=-1"_s, { u"retries: -1 is not a count from 0 to 100"_s });
        row("retries fraction", u"retries=1.5"_s, { u"retries: '1.5' is not a whole number"_s });
        row("retries with a unit", u"retries=3ms"_s, { u"retries: '3ms' is not a whole number"_s });

        // Keys.
        row("unknown key", u"loss=0.3"_s,
            { u"unknown key 'loss': the keys are drop, duplicate (dup), delay, jitter, "
              u"jitter-dist (each may start with ack., msg. or message.), cut, timeout, retries"_s });
        row("unknown key after a good one", u"drop=0.3,lag=5"_s, { u"unknown key 'lag'"_s });
        row("unknown prefix", u"nack.drop=0.3"_s, { u"unknown key 'nack.drop'"_s });
        row("prefix only", u"ack.=1"_s, { u"unknown key 'ack.'"_s });
        row("two prefixes", u"ack.msg.drop=1"_s, { u"unknown key 'ack.msg.drop'"_s });
        row("capitalised key", u"DROP=0.3"_s, { u"unknown key 'DROP'"_s });
        row("jitter_dist", u"jitter_dist=normal"_s, { u"unknown key 'jitter_dist'"_s });
        row("no key", u"=0.3"_s, { u"'=0.3' has no key; the keys are drop"_s });

        // A field given twice, however spelled.
        row("drop twice", u"drop=0.1,drop=0.2"_s,
            { u"drop: message.drop is given twice in one rule (first in 'drop=0.1')"_s });
        row("duplicate and dup", u"duplicate=0.1,dup=0.2"_s,
            { u"dup: message.duplicate is given twice in one rule (first in 'duplicate=0.1')"_s });
        row("drop and msg.drop", u"drop=0.1, msg.drop=0.2"_s,
            { u"msg.drop: message.drop is given twice"_s });
        row("message.delay and msg.delay", u"message.delay=1,msg.delay=2"_s,
            { u"msg.delay: message.delay is given twice"_s });
        row("ack.drop twice", u"ack.drop=0.1,ack.drop=0.1"_s,
            { u"ack.drop: ack.drop is given twice"_s });
        row("± jitter, then jitter", u"delay=50±10,jitter=5"_s,
            { u"jitter: message.jitter is given twice in one rule (first in 'delay=50±10')"_s });
        row("jitter, then +- jitter", u"ack.jitter=5,ack.delay=50+-10"_s,
            { u"ack.delay: ack.jitter is given twice in one rule (first in 'ack.jitter=5')"_s });
        row("jitter-dist twice", u"jitter-dist=normal,msg.jitter-dist=uniform"_s,
            { u"msg.jitter-dist: message.jitter-dist is given twice"_s });
        row("cut twice", u"cut,cut=false"_s, { u"cut: cut is given twice"_s });
        row("timeout twice", u"timeout=1,timeout=1"_s, { u"timeout: timeout is given twice"_s });
        row("retries twice", u"retries=1,retries=2"_s, { u"retries: retries is given twice"_s });

        // The list of rules.
        row("no rules", QString(), { u"no rule after ':'"_s });
        row("blank rules", u"   "_s, { u"no rule after ':'"_s });
        row("a comma at the end", u"drop=0.3,"_s, { u"an empty rule"_s });
        row("a comma at the start", u",drop=0.3"_s, { u"an empty rule"_s });
        row("two commas", u"drop=0.3,,dup=0.1"_s, { u"an empty rule"_s });
        row("a semicolon", u"drop=0.3;dup=0.1"_s, { u"drop: '0.3;dup=0.1' is not a number"_s });

        // The wire.
        QTest::newRow("empty spec") << QString() << QStringList { u"no '->'"_s };
        QTest::newRow("no arrow") << u"iopin-buzzer:drop=0.3"_s
                                  << QStringList { u"no '->' between the two node names"_s };
        QTest::newRow("arrow the other way")
            << u"buzzer<-iopin:drop=0.3"_s << QStringList { u"no '->'"_s };
        QTest::newRow("rules only") << u"drop=0.3"_s << QStringList { u"no '->'"_s };
        QTest::newRow("no colon") << u"iopin->buzzer drop=0.3"_s
                                  << QStringList { u"no ':' after the receiving node's name"_s };
        QTest::newRow("no colon, no rules")
            << u"iopin->buzzer"_s << QStringList { u"no ':' after"_s };
        QTest::newRow("empty sending name")
            << u"->buzzer:drop=0.3"_s << QStringList { u"the sending node's name is empty"_s };
        QTest::newRow("blank sending name")
            << u"   ->buzzer:drop=0.3"_s << QStringList { u"the sending node's name is empty"_s };
        QTest::newRow("empty receiving name")
            << u"iopin->:drop=0.3"_s << QStringList { u"the receiving node's name is empty"_s };
        QTest::newRow("no names") << u"->:cut"_s
                                  << QStringList { u"the sending node's name is empty"_s };
        QTest::newRow("space in a name")
            << u"io pin->buzzer:drop=0.3"_s
            << QStringList { u"'io pin' is not a node name (1 to 64 of A-Z a-z 0-9 _ . -)"_s };
        QTest::newRow("slash in a name")
            << u"iopin->buz/zer:cut"_s << QStringList { u"'buz/zer' is not a node name"_s };
        QTest::newRow("a second arrow")
            << u"a->b->c:cut"_s << QStringList { u"'b->c' is not a node name"_s };
        QTest::newRow("colon before the arrow")
            << u"iopin:drop=0.3->buzzer"_s << QStringList { u"no ':' after"_s };
        const QString tooLong(65, QLatin1Char('n'));
        QTest::newRow("65-character name")
            << (tooLong + u"->buzzer:cut"_s) << QStringList { tooLong + u"' is not a node name"_s };
    }
    void badSpecs()
    {
        QFETCH(QString, spec);
        QFETCH(QStringList, fragments);

        const wb::faultspec::Parsed parsed = wb::faultspec::parse(spec);
        QVERIFY(!parsed.override);
        // The rule as the user wrote it, so that one of several --fault options is found.
        const QString head = u"--fault '"_s + spec + u"': "_s;
        QVERIFY2(parsed.error.startsWith(head), qPrintable(parsed.error));
        for (const QString &fragment : fragments)
            QVERIFY2(parsed.error.contains(fragment),
                qPrintable(u"«"_s + fragment + u"» not in «"_s + parsed.error + u"»"_s));
    }

    void knownKeysNameEveryKey()
    {
        const QString keys = wb::faultspec::knownKeys();
        for (const char *key : { "drop", "duplicate", "dup", "delay", "jitter", "jitter-dist",
                 "ack.", "msg.", "message.", "cut", "timeout", "retries" })
            QVERIFY2(keys.contains(QLatin1String(key)), key);
    }
};

QTEST_GUILESS_MAIN(TestFaultSpec)
#include "tst_faultspec.moc"
