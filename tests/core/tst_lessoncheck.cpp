// The check language's evaluator over lists of events: what passes, what fails, and what stays
// pending while the run goes on.
#include "lesson/checkeval.h"
#include "runtime/traffic.h"

#include <QTest>

using namespace wb;
using State = CheckOutcome::State;
using Type = TrafficEvent::Type;

Q_DECLARE_METATYPE(QList<wb::LessonEvent>)

namespace {

constexpr qint64 kMs = 1'000'000;

LessonEvent traffic(Type type, const QString &from, const QString &to, quint64 id,
    const QString &text = QStringLiteral("0"), qint64 atMs = 0)
{
    LessonEvent e;
    e.kind = LessonEvent::Kind::Traffic;
    e.type = int(type);
    e.from = from;
    e.to = to;
    const bool atSender = type == Type::Sent || type == Type::AckReceived || type == Type::Failed;
    e.node = atSender ? from : to;
    e.messageId = id;
    e.text = text;
    e.runNs = atMs * kMs;
    return e;
}

LessonEvent other(LessonEvent::Kind kind, const QString &node, const QString &text, qint64 atMs)
{
    LessonEvent e;
    e.kind = kind;
    e.node = node;
    e.text = text;
    e.runNs = atMs * kMs;
    return e;
}

LessonEvent live(const QString &node, const QVariantMap &state, qint64 atMs = 0)
{
    LessonEvent e;
    e.kind = LessonEvent::Kind::Live;
    e.node = node;
    e.live = state;
    e.runNs = atMs * kMs;
    return e;
}

// Five ticks of the clock, all acknowledged, and the pin's bits to the buzzer.
QList<LessonEvent> seedRun(int acked = 5)
{
    QList<LessonEvent> events;
    for (int i = 0; i < 5; ++i) {
        const QString tick = QString::number(i);
        events << traffic(Type::Sent, QStringLiteral("clock"), QStringLiteral("iopin"),
            quint64(i + 1), tick, i * 100);
        events << traffic(Type::Received, QStringLiteral("clock"), QStringLiteral("iopin"),
            quint64(i + 1), tick, i * 100 + 1);
        if (i < acked)
            events << traffic(Type::AckReceived, QStringLiteral("clock"), QStringLiteral("iopin"),
                quint64(i + 1), QStringLiteral("acknowledged"), i * 100 + 50);
    }
    events << traffic(Type::AckReceived, QStringLiteral("iopin"), QStringLiteral("buzzer"), 100,
        QStringLiteral("buzz buzz buzz"), 20);
    return events;
}

} // namespace

class TestLessonCheck : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void verdicts_data()
    {
        QTest::addColumn<QString>("check");
        QTest::addColumn<QList<LessonEvent>>("events");
        QTest::addColumn<qint64>("nowMs");
        QTest::addColumn<bool>("ended");
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("detail");
        const QString everyTick = QStringLiteral(
            "count(acked(from: \"clock\")) >= 5 and unacked(sent(from: \"clock\")) == 0");
        QTest::newRow("every tick: passes at the end")
            << everyTick << seedRun() << qint64(600) << true << int(State::Passed)
            << "0 of 5 messages";
        QTest::newRow("every tick: pending while running")
            << everyTick << seedRun() << qint64(600) << false << int(State::Pending) << "";
        QTest::newRow("every tick: one unacked fails at the end")
            << everyTick << seedRun(4) << qint64(600) << true << int(State::Failed) << "4 acked";
        QTest::newRow("count reached decides early")
            << QStringLiteral("count(sent(from: \"clock\")) >= 5") << seedRun() << qint64(600)
            << false << int(State::Passed) << "5 sent(from: \"clock\")";
        QTest::newRow("count below waits")
            << QStringLiteral("count(sent(from: \"clock\")) >= 6") << seedRun() << qint64(600)
            << false << int(State::Pending) << "";
        QTest::newRow("count below fails at the end")
            << QStringLiteral("count(sent(from: \"clock\")) >= 6") << seedRun() << qint64(600)
            << true << int(State::Failed) << "wanted >= 6";
        QTest::newRow("at most decided once exceeded")
            << QStringLiteral("count(sent) <= 4") << seedRun() << qint64(600) << false
            << int(State::Failed) << "wanted <= 4";
        QTest::newRow("== 0 fails as soon as one came")
            << QStringLiteral("count(failed) == 0")
            << QList<LessonEvent> { traffic(
                   Type::Failed, QStringLiteral("a"), QStringLiteral("b"), 1) }
            << qint64(0) << false << int(State::Failed) << "1 failed";
        QTest::newRow("== 0 passes at the end") << QStringLiteral("count(failed) == 0") << seedRun()
                                                << qint64(600) << true << int(State::Passed) << "";
        QTest::newRow("text filter")
            << QStringLiteral("count(acked(to: \"buzzer\", text: \"buzz buzz buzz\")) == 1")
            << seedRun() << qint64(0) << true << int(State::Passed) << "";
        QTest::newRow("contains and matches")
            << QStringLiteral("count(acked(contains: \"buzz\", matches: \"^buzz( buzz)+$\")) >= 1")
            << seedRun() << qint64(0) << false << int(State::Passed) << "";
        QTest::newRow("node filter") << QStringLiteral("count(received(node: \"iopin\")) == 5")
                                     << seedRun() << qint64(0) << true << int(State::Passed) << "";
        QList<LessonEvent> queue;
        for (int fill : { 1, 3, 5, 4, 2 })
            queue << live(QStringLiteral("queue"), { { QStringLiteral("fill"), fill } }, fill);
        queue << live(QStringLiteral("worker"), { { QStringLiteral("busy"), true } });
        QTest::newRow("max within bound at the end")
            << QStringLiteral("max(live(node: \"queue\", key: \"fill\")) <= 5") << queue
            << qint64(10) << true << int(State::Passed) << "the highest";
        QTest::newRow("max over bound fails at once")
            << QStringLiteral("max(live(node: \"queue\", key: \"fill\")) <= 4") << queue
            << qint64(10) << false << int(State::Failed) << "was 5";
        QTest::newRow("live is") << QStringLiteral(
            "count(live(node: \"queue\", key: \"fill\", is: 3)) == 1")
                                 << queue << qint64(10) << true << int(State::Passed) << "";
        QTest::newRow("live nested path")
            << QStringLiteral("last(live(node: \"a\", key: \"ring.successors.0\")) == \"ws://b\"")
            << QList<LessonEvent> { live(QStringLiteral("a"),
                   { { QStringLiteral("ring"),
                       QVariantMap { { QStringLiteral("successors"),
                           QVariantList { QStringLiteral("ws://b") } } } } }) }
            << qint64(0) << true << int(State::Passed) << "";
        const QList<LessonEvent> healed { other(LessonEvent::Kind::Fault, QStringLiteral("carol"),
                                              QStringLiteral("crashed"), 3000),
            other(LessonEvent::Kind::Log, QStringLiteral("bob"),
                QStringLiteral("successor is now ws://x (dave)"), 4200) };
        const QString heal = QStringLiteral("within(5 s, fault(node: \"carol\", is: \"crashed\"), "
                                            "log(node: \"bob\", matches: \"\\\\(dave\\\\)\"))");
        QTest::newRow("healed in time")
            << heal << healed << qint64(4300) << false << int(State::Passed) << "1.20 s later";
        QTest::newRow("not healed yet")
            << heal << healed.mid(0, 1) << qint64(4000) << false << int(State::Pending) << "no log";
        QTest::newRow("not healed in time")
            << heal << healed.mid(0, 1) << qint64(8100) << false << int(State::Failed) << "no log";
        QTest::newRow("healed too late")
            << QStringLiteral(
                   "within(1 s, fault(node: \"carol\"), log(node: \"bob\", contains: \"dave\"))")
            << healed << qint64(5000) << false << int(State::Failed) << "1.20 s later";
        QTest::newRow("never crashed") << heal << QList<LessonEvent>() << qint64(9000) << true
                                       << int(State::Failed) << "never happened";
        QTest::newRow("before: first came first")
            << QStringLiteral("before(received(to: \"iopin\"), acked(to: \"buzzer\"))") << seedRun()
            << qint64(0) << false << int(State::Passed) << "came first";
        QTest::newRow("before: other came first")
            << QStringLiteral("before(acked(to: \"buzzer\"), sent(from: \"clock\"))") << seedRun()
            << qint64(0) << false << int(State::Failed) << "came first";
        QTest::newRow("time of first")
            << QStringLiteral("time(acked(to: \"buzzer\")) >= 20 ms") << seedRun() << qint64(0)
            << false << int(State::Passed) << "0.02 s";
        QTest::newRow("time never") << QStringLiteral("time(dropped) < 1") << seedRun() << qint64(0)
                                    << true << int(State::Failed) << "no dropped yet";
        QTest::newRow("any passes with one")
            << QStringLiteral("any(count(dropped) > 0, count(sent) >= 5)") << seedRun() << qint64(0)
            << false << int(State::Passed) << "";
        QTest::newRow("all fails with one")
            << QStringLiteral("all(count(sent) >= 5, count(sent) < 3)") << seedRun() << qint64(0)
            << false << int(State::Failed) << "";
        QTest::newRow("not") << QStringLiteral("not count(failed) > 0") << seedRun() << qint64(0)
                             << true << int(State::Passed) << "";
        QTest::newRow("state") << QStringLiteral("count(state(node: \"b\", is: \"error\")) == 0")
                               << QList<LessonEvent> { other(LessonEvent::Kind::State,
                                      QStringLiteral("b"), QStringLiteral("error"), 1) }
                               << qint64(1) << false << int(State::Failed) << "";
        LessonEvent retry = traffic(Type::Sent, QStringLiteral("a"), QStringLiteral("b"), 1);
        retry.attempt = 2;
        LessonEvent extraAck
            = traffic(Type::AckReceived, QStringLiteral("a"), QStringLiteral("b"), 1);
        extraAck.duplicate = true;
        const QList<LessonEvent> retried {
            traffic(Type::Sent, QStringLiteral("a"), QStringLiteral("b"), 1), retry,
            traffic(Type::AckReceived, QStringLiteral("a"), QStringLiteral("b"), 1), extraAck
        };
        QTest::newRow("retries counted")
            << QStringLiteral("count(sent(retry: true)) == 1 and count(sent(retry: false)) == 1")
            << retried << qint64(0) << true << int(State::Passed) << "";
        QTest::newRow("extra acks left out")
            << QStringLiteral("count(acked) == 1 and count(acked(duplicate: true)) == 1") << retried
            << qint64(0) << true << int(State::Passed) << "";
        QTest::newRow("an error ack is no ack")
            << QStringLiteral("unacked(sent) == 0")
            << QList<LessonEvent> { traffic(
                                        Type::Sent, QStringLiteral("a"), QStringLiteral("b"), 1),
                   traffic(Type::AckReceived, QStringLiteral("a"), QStringLiteral("b"), 1,
                       QStringLiteral("error: no target")) }
            << qint64(0) << true << int(State::Failed) << "1 of 1 messages";
    }
    void verdicts()
    {
        QFETCH(QString, check);
        QFETCH(QList<LessonEvent>, events);
        QFETCH(qint64, nowMs);
        QFETCH(bool, ended);
        QFETCH(int, state);
        QFETCH(QString, detail);
        const checklanguage::Parsed parsed = checklanguage::parse(check);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        const checklanguage::Verdict v
            = checklanguage::evaluate(*parsed.expr, events, nowMs * kMs, ended);
        QVERIFY2(int(v.state) == state,
            qPrintable(QStringLiteral("state %1, detail: %2").arg(int(v.state)).arg(v.detail)));
        QVERIFY2(v.detail.contains(detail), qPrintable(v.detail));
    }
};

QTEST_GUILESS_MAIN(TestLessonCheck)
#include "tst_lessoncheck.moc"
