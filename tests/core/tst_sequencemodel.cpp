// The sequence chart's model: read incrementally as a recording grows, it is the model read at
// once; it starts over when the recording is cleared; it follows the cap's drops; it pairs both
// ends of a message, and its memory per message is as docs/chart.md says.
#include "chart/sequencemodel.h"
#include "chartkit.h"

#include <QTest>

using namespace wb;
using M = ChartMessage;

namespace {

bool same(const ChartMessage &a, const ChartMessage &b)
{
    return a.sentNs == b.sentNs && a.arrivedNs == b.arrivedNs && a.ackSentNs == b.ackSentNs
        && a.ackEndNs == b.ackEndNs && a.messageId == b.messageId && a.sender == b.sender
        && a.receiver == b.receiver && a.flags == b.flags && a.text == b.text
        && a.ackText == b.ackText && a.textFlags == b.textFlags && a.attempt == b.attempt;
}

QString describe(const ChartMessage &m)
{
    return QStringLiteral("id %1 %2->%3 sent %4 arrived %5 ack %6..%7 flags %8")
        .arg(m.messageId)
        .arg(m.sender)
        .arg(m.receiver)
        .arg(m.sentNs)
        .arg(m.arrivedNs)
        .arg(m.ackSentNs)
        .arg(m.ackEndNs)
        .arg(m.flags, 0, 16);
}

// An event between nodes a (1) and b (2): a sender names where it sends to, a receiver the
// client's address.
void addAb(Recording &recording, TrafficEvent::Type type, qint64 t, NodeId node, NodeId peer,
    quint64 id, bool ack = false)
{
    TrafficEvent e;
    e.type = type;
    e.timeNs = t;
    e.node = node;
    e.peer = peer;
    e.peerAddress = node == 1 ? QStringLiteral("ws://127.0.0.1:1/c") : QStringLiteral("x:1");
    e.channel = QStringLiteral("/c");
    e.messageId = id;
    e.ack = ack;
    e.text = QString::number(id);
    const bool gate = type >= TrafficEvent::Type::Held && type <= TrafficEvent::Type::Duplicated;
    recording.append(e, gate ? std::optional<bool>(node == 1) : std::nullopt);
}

// Names nodes a and b; returns add(type, t, node, peer, id).
auto abRecording(Recording &recording)
{
    recording.setNode(1, QStringLiteral("a"), NodeKind::Proxy);
    recording.setNode(2, QStringLiteral("b"), NodeKind::Proxy);
    return [&recording](TrafficEvent::Type type, qint64 t, NodeId node, NodeId peer, quint64 id) {
        addAb(recording, type, t, node, peer, id);
    };
}

} // namespace

class TestSequenceModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void incremental_data();
    void incremental();
    void clearStartsOver();
    void capDrops();
    void forgetsDropped_data();
    void forgetsDropped();
    void ends();
    void addressesOnlyWhenNeeded();
    void nearest_data();
    void nearest();
    void memory();
};

void TestSequenceModel::incremental_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("chunk");
    for (quint32 seed = 1; seed <= 12; ++seed)
        QTest::addRow("seed %u", seed) << seed << int(1 + seed * seed * 7);
}

void TestSequenceModel::incremental()
{
    QFETCH(quint32, seed);
    QFETCH(int, chunk);
    const auto run = wbtest::randomChartRun(seed, 1500);
    Recording whole;
    wbtest::appendChartRun(&whole, run);
    SequenceModel once(&whole);
    QVERIFY(once.update());
    QVERIFY(!once.update()); // nothing new

    Recording growing;
    wbtest::nameChartNodes(&growing);
    SequenceModel live(&growing);
    using Type = TrafficEvent::Type;
    for (std::size_t i = 0; i < run.events.size(); ++i) {
        const TrafficEvent &e = run.events[i];
        const bool gate = e.type >= Type::Held && e.type <= Type::Duplicated;
        growing.append(e, gate ? std::optional<bool>(!e.ack) : std::nullopt);
        if (i % std::size_t(chunk) == 0)
            live.update();
    }
    growing.setEndNs(run.endNs);
    live.update();
    QCOMPARE(live.size(), once.size());
    for (qint64 i = 0; i < once.size(); ++i)
        QVERIFY2(same(live.message(i), once.message(i)),
            qPrintable(describe(live.message(i)) + u" != " + describe(once.message(i))));
    QCOMPARE(live.gaps(), once.gaps());
    QCOMPARE(live.blocks().size(), once.blocks().size());
    for (std::size_t b = 0; b < once.blocks().size(); ++b) {
        QCOMPARE(live.blocks()[b].minNs, once.blocks()[b].minNs);
        QCOMPARE(live.blocks()[b].maxNs, once.blocks()[b].maxNs);
        QCOMPARE(live.blocks()[b].messages.size(), once.blocks()[b].messages.size());
    }
}

void TestSequenceModel::clearStartsOver()
{
    Recording recording;
    wbtest::appendChartRun(&recording, wbtest::randomChartRun(3, 100));
    SequenceModel model(&recording);
    model.update();
    QVERIFY(model.size() > 0);
    const quint64 generation = model.generation();
    recording.clear();
    QVERIFY(model.update());
    QCOMPARE(model.size(), 0);
    QVERIFY(model.generation() > generation);
    wbtest::appendChartRun(&recording, wbtest::randomChartRun(3, 100));
    model.update();
    SequenceModel fresh(&recording);
    fresh.update();
    QCOMPARE(model.size(), fresh.size());
}

// The cap drops the oldest events while the model reads: it goes on with the new ones.
void TestSequenceModel::capDrops()
{
    const auto run = wbtest::randomChartRun(5, 3000);
    Recording recording(2000);
    wbtest::nameChartNodes(&recording);
    SequenceModel model(&recording);
    qint64 sends = 0;
    for (std::size_t i = 0; i < run.events.size(); ++i) {
        recording.append(run.events[i]);
        sends += run.events[i].type == TrafficEvent::Type::Sent;
        if (i % 97 == 0)
            model.update();
    }
    model.update();
    QVERIFY(recording.droppedCount() > 0);
    // Every send read once, none twice (a few receipts may be read before their send and
    // make a message of their own: the cap dropped that send).
    qint64 known = 0;
    for (qint64 i = 0; i < model.size(); ++i)
        known += !model.message(i).has(M::kSendUnknown) && !model.message(i).has(M::kCopy);
    QCOMPARE(known, sends);
}

void TestSequenceModel::forgetsDropped_data()
{
    QTest::addColumn<int>("cap");
    QTest::addColumn<int>("every"); // events between two updates
    QTest::newRow("small cap, often") << 6'000 << 97;
    QTest::newRow("small cap, seldom") << 6'000 << 5'000;
    QTest::newRow("larger cap") << 20'000 << 500;
}

// A long live run under the recording's cap: the model forgets what the recording dropped, in
// whole chunks, so its memory stays bounded; what it holds stays consistent.
void TestSequenceModel::forgetsDropped()
{
    QFETCH(int, cap);
    QFETCH(int, every);
    const auto run = wbtest::randomChartRun(21, 30'000);
    Recording recording(cap);
    wbtest::nameChartNodes(&recording);
    SequenceModel model(&recording);
    qint64 mostHeld = 0;
    for (std::size_t i = 0; i < run.events.size(); ++i) {
        recording.append(run.events[i]);
        if (i % std::size_t(every) == 0) {
            model.update();
            mostHeld = std::max(mostHeld, model.heldCount());
        }
    }
    model.update();
    QVERIFY(recording.droppedCount() > 0);
    QVERIFY(model.firstIndex() > 0);
    QCOMPARE(model.firstIndex() % 4096, 0);
    // A message has at least one event: never more held than the cap, plus the chunk growing
    // and one whose sends the recording still partly holds.
    constexpr qint64 kChunk = 4096;
    QVERIFY2(mostHeld <= cap + 2 * kChunk, qPrintable(QString::number(mostHeld)));
    QVERIFY(model.size() > mostHeld);
    // The summaries describe what is held, block by block.
    QCOMPARE(qint64(model.blocks().size()),
        (model.heldCount() + SequenceModel::kBlockSize - 1) / SequenceModel::kBlockSize);
    qint64 visited = 0;
    model.forEachIn(
        std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max(), [&](qint64 index) {
            QVERIFY(model.holds(index));
            ++visited;
        });
    QCOMPARE(visited, model.heldCount());
    for (std::size_t b = 0; b < model.blocks().size(); ++b) {
        const qint64 from = model.firstIndex() + qint64(b) * SequenceModel::kBlockSize;
        qint64 minNs = std::numeric_limits<qint64>::max();
        for (qint64 i = from; i < std::min(model.size(), from + SequenceModel::kBlockSize); ++i)
            minNs = std::min(minNs, model.message(i).sentNs);
        QCOMPARE(model.blocks()[b].minNs, minNs);
    }
    // Gaps before the oldest message held are gone with it.
    QVERIFY(model.gaps().empty() || model.gaps().front().toNs > model.firstNs());
    // Only what the recording dropped is forgotten: the oldest chunk held still has a message
    // sent after the newest dropped event.
    QVERIFY(!model.holds(model.firstIndex() - 1));
    bool recent = false;
    for (qint64 i = model.firstIndex(); i < std::min(model.size(), model.firstIndex() + kChunk);
         ++i)
        recent = recent || model.message(i).sentNs >= recording.droppedUntilNs();
    QVERIFY(recent);
    QVERIFY(model.indicesOf(1).empty()); // the first message is long gone
}

// How each message ends: the known run of tst_chartexport, in the model's terms.
void TestSequenceModel::ends()
{
    using Type = TrafficEvent::Type;
    Recording recording;
    const auto add = abRecording(recording);
    add(Type::Sent, 100, 1, 2, 1); // 1: held at the sender, waiting
    add(Type::Held, 110, 1, 2, 1);
    add(Type::Sent, 200, 1, 2, 2); // 2: dropped
    add(Type::Dropped, 210, 1, 2, 2);
    add(Type::Sent, 300, 1, 0, 3); // 3: to an address outside, acked: estimated
    add(Type::AckReceived, 400, 1, 0, 3);
    add(Type::Received, 500, 2, 0, 4); // 4: from a sender not recorded
    add(Type::AckSent, 510, 2, 0, 4);
    recording.setEndNs(1000);
    SequenceModel model(&recording);
    model.update();
    QCOMPARE(model.size(), 4);
    const M &held = model.message(0);
    QVERIFY(held.has(M::kHeld) && held.isOpen());
    QCOMPARE(model.endOf(held), SequenceModel::End::Waiting);
    QCOMPARE(model.endNs(held), 1000); // drawn to now
    const M &dropped = model.message(1);
    QCOMPARE(model.endOf(dropped), SequenceModel::End::Dropped);
    QCOMPARE(dropped.arrivedNs, 210);
    const M &outside = model.message(2);
    QVERIFY(outside.has(M::kEstimated));
    QCOMPARE(outside.arrivedNs, 350);
    QCOMPARE(outside.roundTripNs(), 100);
    QCOMPARE(model.participants().at(outside.receiver).node, NodeId(0));
    QCOMPARE(model.participants().at(outside.receiver).name, QStringLiteral("ws://127.0.0.1:1/c"));
    const M &orphan = model.message(3);
    QVERIFY(orphan.has(M::kSendUnknown));
    QCOMPARE(model.participants().at(orphan.sender).name, QStringLiteral("x:1"));
    QCOMPARE(model.ackText(orphan), QStringLiteral("4"));
    QCOMPARE(model.indicesOf(2), std::vector<qint64> { 1 });
    // Lanes: a, b, then the addresses in the order they came.
    QCOMPARE(model.lanes({ 2 }), (std::vector<int> { 1, 0, 2, 3 }));
    QCOMPARE(model.lanes({ 2 }, false), (std::vector<int> { -1, 0, -1, -1 }));
}

// A receipt read before its send (the receiver's clock a little ahead) pairs with it: the
// client's address becomes a lifeline only for a receipt whose sender is not recorded.
void TestSequenceModel::addressesOnlyWhenNeeded()
{
    using Type = TrafficEvent::Type;
    Recording recording;
    const auto add = abRecording(recording);
    add(Type::Received, 99, 2, 0, 1); // its send 1 ns later
    add(Type::Sent, 100, 1, 2, 1);
    add(Type::AckSent, 110, 2, 0, 1);
    add(Type::AckReceived, 120, 1, 2, 1);
    SequenceModel model(&recording);
    model.update();
    QCOMPARE(model.heldCount(), 1);
    QCOMPARE(model.participants().size(), 2);
    QCOMPARE(model.message(0).sender, quint16(model.participantOf(1)));
    QVERIFY(!model.message(0).has(M::kSendUnknown));
    QCOMPARE(model.blocks().front().messages.front().sender, quint16(model.participantOf(1)));
    // A receipt that no send pairs with: the client's address is its sender.
    add(Type::Received, 200, 2, 0, 2);
    model.update();
    QCOMPARE(model.participants().size(), 3);
    QCOMPARE(model.participants().at(model.message(1).sender).name, QStringLiteral("x:1"));
    // An outgoing stream to a node whose events name no message makes no lifeline either.
    add(Type::AckReceived, 300, 1, 0, 77);
    model.update();
    QCOMPARE(model.participants().size(), 3);
}

void TestSequenceModel::nearest_data()
{
    QTest::addColumn<int>("participant");
    QTest::newRow("any") << -1;
    QTest::newRow("node 1") << 0;
    QTest::newRow("node 3") << 2;
}

// The message nearest in time of a participant, against every message visited.
void TestSequenceModel::nearest()
{
    QFETCH(int, participant);
    Recording recording;
    const auto run = wbtest::randomChartRun(33, 3000);
    wbtest::appendChartRun(&recording, run);
    SequenceModel model(&recording);
    model.update();
    const auto distance = [&model](qint64 i, qint64 t) {
        const ChartMessage &m = model.message(i);
        qint64 d = std::abs(m.sentNs - t);
        if (!m.isOpen())
            d = std::min(d, std::abs(m.arrivedNs - t));
        return d;
    };
    QRandomGenerator random(7);
    for (int k = 0; k < 200; ++k) {
        const qint64 t = model.firstNs() - 5'000'000
            + qint64(random.bounded(double(model.nowNs() - model.firstNs() + 10'000'000)));
        qint64 best = std::numeric_limits<qint64>::max();
        for (qint64 i = model.firstIndex(); i < model.size(); ++i) {
            const ChartMessage &m = model.message(i);
            if (participant < 0 || m.sender == participant || m.receiver == participant)
                best = std::min(best, distance(i, t));
        }
        const qint64 found = model.nearest(t, participant);
        QVERIFY(found >= 0);
        const ChartMessage &m = model.message(found);
        QVERIFY(participant < 0 || m.sender == participant || m.receiver == participant);
        QCOMPARE(distance(found, t), best);
    }
    QCOMPARE(SequenceModel().nearest(0), qint64(-1));
}

void TestSequenceModel::memory()
{
    Recording recording;
    wbtest::appendChartRun(&recording, wbtest::randomChartRun(9, 20'000));
    SequenceModel model(&recording);
    model.update();
    const double perMessage = double(model.approximateBytes()) / double(model.size());
    qInfo("%.1f bytes per message", perMessage);
    // 56 for the message, the rest for its block's lane pairs (many here: every pair of five
    // participants) and the messages still open; bench_chart's seed pattern takes about 59.
    QVERIFY2(perMessage < 120, qPrintable(QString::number(perMessage)));
}

QTEST_GUILESS_MAIN(TestSequenceModel)
#include "tst_sequencemodel.moc"
