// A recording at one moment (ReplayState): node states by binary search against a linear
// reference, the messages and acks in flight with their progress, the last events; and the
// replay clock (Replayer).

#include "recording/csvformat.h"
#include "recordingtestkit.h"
#include "replay/replayer.h"
#include "replay/replaystate.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <algorithm>

using namespace wb;
using namespace wbtest;

namespace {

constexpr qint64 kStart = 1'000'000'000;

// The level at `t` by walking every edge: the reference levelAt() must agree with.
std::optional<bool> linearLevel(const Recording::Digital &d, qint64 t)
{
    std::optional<bool> level;
    if (d.before && t >= d.knownFromNs)
        level = d.before;
    for (std::size_t i = 0; i < d.edges.size() && d.edges[i] <= t; ++i)
        level = d.valueAt(i);
    return level;
}

// Every passage of every message in flight at `t`, visiting them all.
std::vector<ReplayState::Token> linearInFlight(const ReplayState &state, qint64 t, qint64 minNs)
{
    const SequenceModel &model = state.sequence();
    std::vector<ReplayState::Token> tokens;
    const auto add = [&](qint64 i, bool ack, qint64 from, qint64 to, bool dropped) {
        const ChartMessage &m = model.message(i);
        const NodeId sender = model.participants().at(m.sender).node;
        const NodeId receiver = model.participants().at(m.receiver).node;
        ReplayState::Token token { i, m.messageId, ack, sender, receiver, 0, false };
        const qint64 span = std::max(to - from, dropped ? 0 : minNs);
        if (t >= from && t - from < span) {
            token.progress = qreal(t - from) / qreal(span) / (dropped ? 2 : 1);
            tokens.push_back(token);
        } else if (dropped && t >= to && t - to < std::max<qint64>(minNs, 1)) {
            token.progress = 0.5;
            token.dropped = true;
            tokens.push_back(token);
        }
    };
    for (qint64 i = 0; i < model.size(); ++i) {
        const ChartMessage &m = model.message(i);
        if (!m.has(ChartMessage::kSendUnknown))
            add(i, false, m.sentNs, model.endNs(m), m.has(ChartMessage::kDropped));
        if (m.has(ChartMessage::kAckSent))
            add(i, true, m.ackSentNs, model.ackEndNs(m), m.has(ChartMessage::kAckDropped));
    }
    return tokens;
}

void seedRun(Recording *recording)
{
    appendSeedRun(recording, { { 1, 0 }, { 1 }, { 0, 0, 1 }, { 1, 1 } }, kStart);
}

} // namespace

class TestReplayState : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void levelAt_data();
    void levelAt();
    void levelMatchesLinear();
    void nodesAt_data();
    void nodesAt();
    void inFlight_data();
    void inFlight();
    void inFlightMatchesLinear();
    void droppedStandsHalfWay();
    void eventsBefore();
    void olderCsvReplays();
    void progress_data();
    void progress();
    void replayerClamps();
    void replayerPlaysToTheEnd();
};

void TestReplayState::levelAt_data()
{
    QTest::addColumn<QList<qint64>>("edges");
    QTest::addColumn<bool>("front");
    QTest::addColumn<int>("before"); // -1 unknown, else the level before the first edge
    QTest::addColumn<qint64>("time");
    QTest::addColumn<int>("expected"); // -1 unknown
    const QList<qint64> three { 10, 20, 30 };
    QTest::newRow("no edges, unknown") << QList<qint64>() << false << -1 << qint64(5) << -1;
    QTest::newRow("no edges, known before") << QList<qint64>() << false << 1 << qint64(5) << 1;
    QTest::newRow("before the first") << three << true << -1 << qint64(9) << -1;
    QTest::newRow("on the first") << three << true << -1 << qint64(10) << 1;
    QTest::newRow("between") << three << true << -1 << qint64(15) << 1;
    QTest::newRow("on the second") << three << true << -1 << qint64(20) << 0;
    QTest::newRow("after the last") << three << true << -1 << qint64(99) << 1;
    QTest::newRow("falling first") << three << false << 1 << qint64(25) << 1;
    QTest::newRow("known before the first") << three << false << 1 << qint64(5) << 1;
    QTest::newRow("before it was known") << three << false << 1 << qint64(-5) << -1;
}

void TestReplayState::levelAt()
{
    QFETCH(QList<qint64>, edges);
    QFETCH(bool, front);
    QFETCH(int, before);
    QFETCH(qint64, time);
    QFETCH(int, expected);
    Recording::Digital d;
    d.edges.assign(edges.cbegin(), edges.cend());
    d.frontValue = front;
    if (before >= 0)
        d.before = before != 0;
    const std::optional<bool> level = ReplayState::levelAt(d, time);
    QCOMPARE(level.has_value() ? int(*level) : -1, expected);
    QCOMPARE(level, linearLevel(d, time));
}

// 40 random signals (repeated edge times included) at 200 random times each.
void TestReplayState::levelMatchesLinear()
{
    QRandomGenerator random(14);
    for (int signal = 0; signal < 40; ++signal) {
        Recording::Digital d;
        d.frontValue = random.bounded(2) != 0;
        if (random.bounded(2))
            d.before = random.bounded(2) != 0;
        d.knownFromNs = random.bounded(100);
        qint64 t = d.knownFromNs;
        const int count = random.bounded(60);
        for (int i = 0; i < count; ++i) {
            t += random.bounded(4); // 0: two edges at one time
            d.edges.push_back(t);
        }
        for (int probe = 0; probe < 200; ++probe) {
            const qint64 at = qint64(random.bounded(t + 20)) - 10;
            QCOMPARE(ReplayState::levelAt(d, at), linearLevel(d, at));
        }
    }
}

void TestReplayState::nodesAt_data()
{
    // Tick k at (k + 1) ms: sent, answered 210 µs later; the pin's bits 20 µs after the tick,
    // 30 µs apart, each received by the buzzer 5 µs after it left.
    QTest::addColumn<qint64>("time"); // from the start
    QTest::addColumn<int>("clock"); // -1 unknown
    QTest::addColumn<qint64>("tick");
    QTest::addColumn<int>("pin");
    QTest::addColumn<int>("buzzer");
    QTest::newRow("before anything") << qint64(0) << -1 << qint64(-1) << -1 << -1;
    QTest::newRow("tick 0 sent") << qint64(1'000'000) << 1 << qint64(0) << -1 << -1;
    QTest::newRow("first bit 1 left") << qint64(1'020'000) << 1 << qint64(0) << 1 << -1;
    QTest::newRow("first bit received") << qint64(1'025'000) << 1 << qint64(0) << 1 << 1;
    QTest::newRow("second bit 0 received") << qint64(1'055'000) << 1 << qint64(0) << 0 << 0;
    QTest::newRow("tick 0 answered") << qint64(1'210'000) << 0 << qint64(0) << 0 << 0;
    QTest::newRow("tick 1 waits") << qint64(2'100'000) << 1 << qint64(1) << 1 << 1;
    QTest::newRow("tick 2, last bit 1 left") << qint64(3'080'000) << 1 << qint64(2) << 1 << 0;
    QTest::newRow("tick 2, last bit 1 received") << qint64(3'085'000) << 1 << qint64(2) << 1 << 1;
    QTest::newRow("after the run") << qint64(9'000'000) << 0 << qint64(3) << 1 << 1;
}

void TestReplayState::nodesAt()
{
    QFETCH(qint64, time);
    QFETCH(int, clock);
    QFETCH(qint64, tick);
    QFETCH(int, pin);
    QFETCH(int, buzzer);
    Recording recording;
    seedRun(&recording);
    const ReplayState state(&recording);
    const QList<ReplayState::NodeState> nodes = state.nodesAt(kStart + time);
    QCOMPARE(nodes.size(), 3);
    const auto level = [&](NodeId id) {
        const auto it = std::ranges::find(nodes, id, &ReplayState::NodeState::node);
        return it->level ? int(*it->level) : -1;
    };
    QCOMPARE(level(kClock), clock);
    QCOMPARE(level(kPin), pin);
    QCOMPARE(level(kBuzzer), buzzer);
    QCOMPARE(state.nodeAt(kClock, kStart + time).tick, tick);
    QCOMPARE(state.nodeAt(kClock, kStart + time).name, QStringLiteral("clock"));
    QCOMPARE(state.nodeAt(kBuzzer, kStart + time).kind, NodeKind::Buzzer);
}

void TestReplayState::inFlight_data()
{
    QTest::addColumn<qint64>("time");
    QTest::addColumn<qint64>("minVisible");
    QTest::addColumn<QStringList>("expected"); // "sender>receiver ack? progress"
    QTest::newRow("nothing yet") << qint64(500'000) << qint64(0) << QStringList();
    QTest::newRow("tick leaving") << qint64(1'000'000) << qint64(0)
                                  << QStringList { "clock>iopin 0.00" };
    QTest::newRow("tick on its way")
        << qint64(1'002'500) << qint64(0) << QStringList { "clock>iopin 0.25" };
    QTest::newRow("tick arrived") << qint64(1'010'000) << qint64(0) << QStringList();
    QTest::newRow("bit and its ack")
        << qint64(1'022'000) << qint64(0) << QStringList { "iopin>buzzer 0.40" };
    QTest::newRow("bit's ack back")
        << qint64(1'030'000) << qint64(0) << QStringList { "iopin>buzzer ack 0.50" };
    QTest::newRow("tick's ack") << qint64(1'205'000) << qint64(0)
                                << QStringList { "clock>iopin ack 0.50" };
    QTest::newRow("shown longer") << qint64(1'015'000) << qint64(100'000)
                                  << QStringList { "clock>iopin 0.15" };
}

void TestReplayState::inFlight()
{
    QFETCH(qint64, time);
    QFETCH(qint64, minVisible);
    QFETCH(QStringList, expected);
    Recording recording;
    seedRun(&recording);
    const ReplayState state(&recording);
    QStringList shown;
    for (const ReplayState::Token &token : state.inFlightAt(kStart + time, minVisible)) {
        shown << QStringLiteral("%1>%2%3 %4")
                     .arg(recording.nodeName(token.sender), recording.nodeName(token.receiver),
                         token.ack ? QStringLiteral(" ack") : QString())
                     .arg(token.progress, 0, 'f', 2);
    }
    QCOMPARE(shown, expected);
}

// The time index of the sequence model finds what a visit of every message finds.
void TestReplayState::inFlightMatchesLinear()
{
    Recording recording;
    QList<QList<int>> bits;
    QRandomGenerator random(7);
    for (int k = 0; k < 300; ++k) {
        QList<int> tick;
        for (int b = random.bounded(4); b > 0; --b)
            tick << int(random.bounded(2));
        bits << tick;
    }
    appendSeedRun(&recording, bits, kStart);
    appendGateEvents(&recording, recording.endNs());
    const ReplayState state(&recording);
    QVERIFY(state.sequence().size() > 300);
    for (int probe = 0; probe < 500; ++probe) {
        const qint64 t = state.startNs()
            + qint64(random.bounded(quint64(state.endNs() - state.startNs() + 1)));
        for (const qint64 minVisible : { qint64(0), qint64(40'000) })
            QCOMPARE(state.inFlightAt(t, minVisible), linearInFlight(state, t, minVisible));
    }
    // A limit keeps the oldest.
    const qint64 busy = state.startNs() + 5'100'000;
    const auto all = state.inFlightAt(busy, 5'000'000);
    QVERIFY(all.size() > 3);
    const auto some = state.inFlightAt(busy, 5'000'000, 3);
    QCOMPARE(some, std::vector<ReplayState::Token>(all.begin(), all.begin() + 3));
}

void TestReplayState::droppedStandsHalfWay()
{
    Recording recording;
    nameSeedNodes(&recording);
    appendGateEvents(&recording, kStart);
    const ReplayState state(&recording);
    const qint64 t = kStart + 5'000'000; // message 100 sent, dropped 1 µs later
    const auto tokens = state.inFlightAt(t + 500, 0);
    QCOMPARE(tokens.size(), std::size_t(1));
    QCOMPARE(tokens.front().messageId, 100u);
    QVERIFY(!tokens.front().dropped);
    QCOMPARE(tokens.front().progress, 0.25);
    const auto after = state.inFlightAt(t + 2'000, 10'000);
    QCOMPARE(after.size(), std::size_t(1));
    QVERIFY(after.front().dropped);
    QCOMPARE(after.front().progress, 0.5);
    QVERIFY(state.inFlightAt(t + 20'000, 10'000).empty());
}

void TestReplayState::eventsBefore()
{
    Recording recording;
    seedRun(&recording);
    const ReplayState state(&recording);
    QList<qint64> all; // every event's time, oldest first
    recording.forEachEvent(
        [&](int s, qsizetype i) { all << recording.stream(s).records[std::size_t(i)].timeNs; });
    for (const qint64 t : { kStart, kStart + 1'025'000, kStart + 2'500'000, kStart + 99'000'000 }) {
        QList<qint64> expected;
        for (const qint64 time : std::as_const(all)) {
            if (time <= t)
                expected << time;
        }
        expected = expected.mid(std::max<qsizetype>(0, expected.size() - 5));
        QList<qint64> got;
        for (const ReplayState::Event &e : state.eventsBefore(t, 5)) {
            QCOMPARE(recording.stream(e.stream).records[std::size_t(e.index)].timeNs, e.timeNs);
            got << e.timeNs;
        }
        QCOMPARE(got, expected);
    }
}

// A CSV of the layout before the delivery gate (11 columns) replays: levels and messages.
void TestReplayState::olderCsvReplays()
{
    QByteArray text = "time_ns,event,node,kind,peer,channel,text,message_id,sent_ns,acked_ns,"
                      "rtt_ns\n"
                      "5000000,sent,iopin,iopin,buzzer,/iopin,1,7,,5062000,12000\n"
                      "5055000,received,buzzer,buzzer,127.0.0.1:50000,/iopin,1,,,5058000,3000\n"
                      "5058000,ack_sent,buzzer,buzzer,127.0.0.1:50000,/iopin,buzz,,,,\n"
                      "5062000,ack,iopin,iopin,buzzer,/iopin,buzz,7,5000000,,12000\n";
    QBuffer buffer(&text);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    Recording recording;
    QCOMPARE(csv::read(&buffer, &recording), QString());
    const ReplayState state(&recording);
    const NodeId buzzer = recording.nodes().at(1).id;
    QCOMPARE(recording.nodeName(buzzer), QStringLiteral("buzzer"));
    const qint64 zero = recording.startNs(); // a file's times count from the start
    QCOMPARE(state.levelAt(buzzer, zero + 5'054'000), std::nullopt);
    QCOMPARE(state.levelAt(buzzer, zero + 5'055'000), true);
    const auto tokens = state.inFlightAt(zero + 5'027'500);
    QCOMPARE(tokens.size(), std::size_t(1));
    QCOMPARE(tokens.front().receiver, buzzer);
    QCOMPARE(tokens.front().progress, 0.5);
}

void TestReplayState::progress_data()
{
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    QTest::addColumn<qint64>("time");
    QTest::addColumn<qint64>("minVisible");
    QTest::addColumn<qreal>("expected"); // -1: not on its way
    QTest::newRow("before") << qint64(10) << qint64(20) << qint64(9) << qint64(0) << -1.0;
    QTest::newRow("leaving") << qint64(10) << qint64(20) << qint64(10) << qint64(0) << 0.0;
    QTest::newRow("half") << qint64(10) << qint64(20) << qint64(15) << qint64(0) << 0.5;
    QTest::newRow("arrived") << qint64(10) << qint64(20) << qint64(20) << qint64(0) << -1.0;
    QTest::newRow("no time") << qint64(10) << qint64(10) << qint64(10) << qint64(0) << -1.0;
    QTest::newRow("stretched") << qint64(10) << qint64(10) << qint64(15) << qint64(20) << 0.25;
    QTest::newRow("longer than min") << qint64(0) << qint64(100) << qint64(50) << qint64(20) << 0.5;
}

void TestReplayState::progress()
{
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    QFETCH(qint64, time);
    QFETCH(qint64, minVisible);
    QFETCH(qreal, expected);
    QCOMPARE(ReplayState::progress(from, to, time, minVisible).value_or(-1.0), expected);
}

void TestReplayState::replayerClamps()
{
    Replayer replayer;
    QSignalSpy moved(&replayer, &Replayer::positionChanged);
    replayer.setRange(100, 200);
    QCOMPARE(replayer.position(), 100);
    replayer.setPosition(150);
    QCOMPARE(replayer.position(), 150);
    replayer.setPosition(999);
    QCOMPARE(replayer.position(), 200);
    replayer.setPosition(-5);
    QCOMPARE(replayer.position(), 100);
    QCOMPARE(moved.size(), 4);
    replayer.setSpeed(100);
    QCOMPARE(replayer.speed(), Replayer::kMaxSpeed);
    replayer.setSpeed(0);
    QCOMPARE(replayer.speed(), Replayer::kMinSpeed);
    replayer.setSpeed(qQNaN());
    QCOMPARE(replayer.speed(), Replayer::kRealTime);
}

// Played, the position only moves forward, and stops at the end (0.2 s at 4×: 50 ms).
void TestReplayState::replayerPlaysToTheEnd()
{
    Replayer replayer;
    replayer.setRange(0, 200'000'000);
    replayer.setSpeed(4);
    QSignalSpy moved(&replayer, &Replayer::positionChanged);
    QSignalSpy playing(&replayer, &Replayer::playingChanged);
    replayer.play();
    QVERIFY(replayer.isPlaying());
    QTRY_VERIFY_WITH_TIMEOUT(!replayer.isPlaying(), 10000);
    QCOMPARE(replayer.position(), 200'000'000);
    QCOMPARE(playing.size(), 2);
    qint64 last = 0;
    for (const QList<QVariant> &args : std::as_const(moved)) {
        QVERIFY(args.at(0).toLongLong() >= last);
        last = args.at(0).toLongLong();
    }
    replayer.play(); // from the end: again from the start
    QCOMPARE(replayer.position(), 0);
    replayer.pause();
    QVERIFY(!replayer.isPlaying());
}

QTEST_GUILESS_MAIN(TestReplayState)
#include "tst_replaystate.moc"
