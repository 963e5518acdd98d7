// The same run headless and in the window decides the same way (issue 14, docs/delivery.md,
// "Determinism"): one seeded circuit with fault rules on every wire, run by the real
// `wirebench-node run --record` and by a real MainWindow's Run action, in real time and at
// teaching pace. For every wire and direction, the n-th passage's decision (dropped,
// duplicated, its delay) is the same in every recording (the window's, headless at teaching
// pace and in real time), and is what the pure faultdecision::decide() gives for n: pacing
// changes when things happen, never what, nor how many passages there are.
#include "../app/processkit.h"
#include "analyzer/logicanalyzer.h"
#include "document/circuitformat.h"
#include "recording/csvformat.h"
#include "recording/recording.h"
#include "runcontrol.h"
#include "runtime/deliverycontroller.h"
#include "runtime/faultdecision.h"
#include "runtime/meshruntime.h"
#include "uitestkit.h"
#include "windowactions.h"

#include <QAction>
#include <QFile>
#include <map>

using namespace Qt::Literals::StringLiterals;
using wbtest::Process;

namespace {

constexpr int kTacks = 10;
constexpr double kTeachingSpeed = 2.0;

// (wire, is ack) -> the decisions of its passages, in their order on that wire.
using Decisions = std::map<std::pair<wb::WireId, bool>, QStringList>;

QString delayText(qint64 ns)
{
    return u"delay %1"_s.arg(ns);
}

// Every passage that meets a rule here is delayed or dropped (each rule has a delay larger
// than its jitter), so the gate's events, in order per wire and direction, are its passages.
// A teaching-pace Delayed carries the hop's transit on top of the rule's delay.
Decisions decisionsOf(const wb::Recording &recording, bool teaching)
{
    Decisions decisions;
    std::map<std::pair<wb::WireId, bool>, bool> duplicated;
    recording.forEachEvent([&](int s, qsizetype index) {
        using Type = wb::Recording::EventType;
        const wb::Recording::Stream &stream = recording.stream(s);
        const wb::Recording::Record &record = stream.records[std::size_t(index)];
        if (!wb::Recording::isGate(record.type))
            return;
        const auto key
            = std::make_pair(stream.wireOf(record), (record.flags & wb::Recording::kAck) != 0);
        switch (record.type) {
        case Type::Dropped:
            decisions[key] << u"dropped"_s;
            break;
        case Type::Duplicated:
            duplicated[key] = true;
            break;
        case Type::Delayed: {
            qint64 ns = wb::Recording::rttNs(record);
            if (teaching)
                ns -= qint64(wb::DeliveryController::kDefaultTransitMs) * 1'000'000;
            decisions[key] << (std::exchange(duplicated[key], false) ? u"duplicated, "_s
                                                                     : QString())
                    + delayText(ns);
            break;
        }
        default:
            decisions[key] << u"unexpected %1"_s.arg(int(record.type));
        }
    });
    return decisions;
}

// What the pure decision function gives for the same passages, recorded the way a
// Recording stores a delay (whole microseconds from 65 µs on).
Decisions expectedFor(
    const Decisions &seen, const wb::circuitformat::Document &circuit, bool teaching)
{
    Decisions expected;
    const qint64 transit
        = teaching ? qint64(wb::DeliveryController::kDefaultTransitMs) * 1'000'000 : 0;
    for (const auto &[key, list] : seen) {
        const auto &[wireId, ack] = key;
        const auto wire = std::find_if(circuit.wires.cbegin(), circuit.wires.cend(),
            [&](const wb::Wire &w) { return w.id == wireId; });
        if (wire == circuit.wires.cend())
            continue;
        const wb::Direction direction = ack ? wb::Direction::Ack : wb::Direction::Message;
        for (qsizetype n = 0; n < list.size(); ++n) {
            const wb::FaultDecision d
                = wb::faultdecision::decide(ack ? wire->faults.ack : wire->faults.message,
                    wire->faults.cut, *circuit.seed, wireId, direction, quint64(n));
            if (d.copies() == 0) {
                expected[key] << u"dropped"_s;
                continue;
            }
            wb::Recording::Record stored;
            stored.rtt = wb::Recording::encodeRtt(d.delayNs + transit);
            expected[key] << (d.copies() == 2 ? u"duplicated, "_s : QString())
                    + delayText(wb::Recording::rttNs(stored) - transit);
        }
    }
    return expected;
}

QString describe(const Decisions &decisions)
{
    QString text;
    for (const auto &[key, list] : decisions) {
        text += u"wire %1 %2: %3\n"_s.arg(key.first).arg(
            key.second ? u"ack"_s : u"message"_s, list.join(u"; "_s));
    }
    return text;
}

// The first line (wire and direction) where two descriptions part, both ways, from the first
// decision that differs: a failure's message must fit QTest's 1 KiB.
QString firstDifference(const QString &a, const QString &b)
{
    const QStringList left = a.split(u'\n');
    const QStringList right = b.split(u'\n');
    for (qsizetype i = 0; i < std::max(left.size(), right.size()); ++i) {
        const QString l = left.value(i);
        const QString r = right.value(i);
        if (l == r)
            continue;
        qsizetype from = 0;
        while (from < std::min(l.size(), r.size()) && l.at(from) == r.at(from))
            ++from;
        from = std::max<qsizetype>(0, l.lastIndexOf(u';', from) - 40);
        return u"line %1:\n  ...%2\n  ...%3"_s.arg(i + 1).arg(l.mid(from, 400), r.mid(from, 400));
    }
    return {};
}

} // namespace

class TestSameRun final : public QObject
{
    Q_OBJECT

private:
    // The seed's clock -> iopin -> buzzer and LED, each wire with rules both ways. The iopin's
    // wires wait 550 ms for an ack: less than a teaching-pace hop (600 ms of run time), which
    // must not count, or slow motion alone would make the iopin send again.
    static QString writeCircuit(const QTemporaryDir &dir)
    {
        const QString json = uR"({
  "format": "wirebench-circuit", "version": 2, "title": "same run", "seed": 1234567,
  "nodes": [
    { "name": "clock", "kind": "clock", "params": { "tacks": %1, "delay": 0.05 } },
    { "name": "iopin", "kind": "iopin", "port": %2, "params": { "sequence": 1, "seed": 5 } },
    { "name": "buzzer", "kind": "buzzer", "port": %3 },
    { "name": "led", "kind": "led", "port": %4 }
  ],
  "wires": [
    { "id": 1, "from": "clock", "to": "iopin",
      "faults": { "message": { "delay_ms": 15, "jitter_ms": 5 },
                  "ack": { "delay_ms": 20, "jitter_ms": 3, "jitter": "normal" } } },
    { "id": 2, "from": "iopin", "to": "buzzer",
      "faults": { "message": { "drop": 0.15, "duplicate": 0.25, "delay_ms": 10, "jitter_ms": 5 },
                  "ack": { "drop": 0.1, "delay_ms": 10, "jitter_ms": 5 },
                  "ack_timeout_ms": 550, "retries": 2 } },
    { "id": 3, "from": "iopin", "to": "led",
      "faults": { "message": { "duplicate": 0.2, "delay_ms": 5, "jitter_ms": 4 },
                  "ack": { "drop": 0.15, "delay_ms": 6, "jitter_ms": 2 },
                  "ack_timeout_ms": 550, "retries": 1 } }
  ]
})"_s.arg(kTacks)
                                 .arg(uitest::freePort())
                                 .arg(uitest::freePort())
                                 .arg(uitest::freePort());
        const QString path = dir.filePath(u"samerun.wbc.json"_s);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(json.toUtf8()) < 0)
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    static void runHeadless(
        const QString &path, const QString &csvPath, bool teaching, wb::Recording *recording)
    {
        Process run;
        QStringList args { u"run"_s, path, u"--until-done"_s, u"--record"_s, csvPath };
        if (teaching)
            args << u"--speed"_s << QString::number(kTeachingSpeed);
        run.startNode(args);
        QVERIFY2(run.waitForExit(90'000), qPrintable(run.report()));
        QVERIFY2(run.out.contains(u"recorded "_s), qPrintable(run.report()));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(wb::csv::read(&csv, recording), QString());
    }

private Q_SLOTS:
    void sameDecisions_data()
    {
        QTest::addColumn<bool>("teaching");
        QTest::addColumn<int>("windowRuns"); // Run pressed again: each run starts afresh
        QTest::newRow("real time, run twice") << false << 2;
        QTest::newRow("teaching pace") << true << 1;
    }
    void sameDecisions()
    {
        QFETCH(bool, teaching);
        QFETCH(int, windowRuns);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = writeCircuit(dir);
        const wb::circuitformat::Result circuit = wb::circuitformat::load(path);
        QVERIFY2(circuit.ok(), qPrintable(circuit.error));

        // Headless, at the row's pace and (the reference) in real time.
        wb::Recording headless;
        runHeadless(path, dir.filePath(u"run.csv"_s), teaching, &headless);
        if (QTest::currentTestFailed())
            return;
        wb::Recording realTime;
        if (teaching) {
            runHeadless(path, dir.filePath(u"realtime.csv"_s), false, &realTime);
            if (QTest::currentTestFailed())
                return;
        }

        // In the window: the same file, Run pressed, until the clock is done.
        uitest::Window window;
        window->documents()->openFile(path);
        QCOMPARE(window->circuit()->nodes().size(), 4);
        if (teaching) {
            window->actions()->teachingPace->trigger();
            window->runControl()->setTeachingSpeed(kTeachingSpeed);
            QCOMPARE(window->runtime()->delivery()->pace(), wb::DeliveryController::Pace::Teaching);
        }

        const Decisions inHeadless = decisionsOf(headless, teaching);
        for (const wb::WireId wire : { 1, 2, 3 }) {
            for (const bool ack : { false, true })
                QVERIFY2(inHeadless.count({ wire, ack }) == 1, qPrintable(describe(inHeadless)));
        }
        QVERIFY2(inHeadless.at({ 1, false }).size() >= kTacks, qPrintable(describe(inHeadless)));
        // The run met every kind of decision: lost messages and acks (so retries), copies.
        QVERIFY2(
            inHeadless.at({ 2, false }).contains(u"dropped"_s), qPrintable(describe(inHeadless)));
        QVERIFY2(
            inHeadless.at({ 2, true }).contains(u"dropped"_s), qPrintable(describe(inHeadless)));
        QVERIFY2(!inHeadless.at({ 2, false }).filter(u"duplicated"_s).isEmpty(),
            qPrintable(describe(inHeadless)));
        const QString heard = describe(inHeadless);
        // They are the pure decisions of each passage's number, and slow motion changed none
        // of them: not even how many passages there were (a sender that gave up or sent again).
        QCOMPARE(heard, describe(expectedFor(inHeadless, circuit.document, teaching)));
        if (teaching) {
            const QString reference = describe(decisionsOf(realTime, false));
            QVERIFY2(heard == reference,
                qPrintable(u"teaching pace (first) and real time (second) part at %1"_s.arg(
                    firstDifference(heard, reference))));
        }

        for (int round = 0; round < windowRuns; ++round) {
            window->actions()->runAll->trigger();
            QTRY_VERIFY_WITH_TIMEOUT(window->runtime()->isRunning(), 10'000);
            QTRY_VERIFY_WITH_TIMEOUT(window->runtime()->clocksDone(), 90'000);
            window->actions()->stopAll->trigger();
            QTRY_VERIFY_WITH_TIMEOUT(!window->runtime()->isRunning(), 10'000);
            const QString seen = describe(decisionsOf(*window->analyzer()->recording(), teaching));
            QVERIFY2(seen == heard,
                qPrintable(
                    u"run %1, the window (first) and headless (second) part at %2"_s.arg(round + 1)
                        .arg(firstDifference(seen, heard))));
        }
    }
};

QTEST_MAIN(TestSameRun)
#include "tst_samerun.moc"
