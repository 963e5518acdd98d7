// The delivery gate: pass, hold, delay, drop, duplicate; step, release, pace, speed, seeded
// rules per wire. The checks are about order and about what did or did not happen while paused;
// where time matters, they read the gate's own run time, never the wall clock's speed.
#include "runtime/deliverycontroller.h"

#include <QSignalSpy>
#include <QTest>
#include <memory>
#include <set>

using wb::DeliveryController;
using wb::Direction;
using wb::DirectionFaults;
using wb::TrafficEvent;
using wb::WireFaults;
using wb::WireId;
using Passage = DeliveryController::Passage;

Q_DECLARE_METATYPE(wb::WireFaults)
Q_DECLARE_METATYPE(wb::Direction)

namespace {

constexpr int kWaitMs = 10'000; // an upper bound for what must happen: never a timing claim
constexpr qint64 kMs = 1'000'000;
constexpr qint64 kEarlyNs = 500'000; // the run timer's tolerance (see tst_timesource)
constexpr WireId kWire = 7;

Passage passage(
    quint64 id, WireId wire = kWire, Direction direction = Direction::Message, bool decided = false)
{
    Passage p;
    p.messageId = id;
    p.direction = direction;
    p.wire = wire;
    // A message goes from node 1 to node 2 and is consulted at 1; its ack goes back.
    p.from = direction == Direction::Message ? 1 : 2;
    p.to = direction == Direction::Message ? 2 : 1;
    p.at = p.from;
    p.channel = QStringLiteral("tick");
    p.text = QStringLiteral("m%1").arg(id);
    p.decided = decided;
    return p;
}

WireFaults messageRule(double drop, double duplicate = 0, double delayMs = 0, double jitterMs = 0)
{
    WireFaults f;
    f.message.drop = drop;
    f.message.duplicate = duplicate;
    f.message.delayMs = delayMs;
    f.message.jitterMs = jitterMs;
    return f;
}

// What the gate delivered, in order: the message id, the copies, and the run time then.
struct Delivery
{
    quint64 id = 0;
    int copies = -1;
    qint64 runNs = 0;
};

class Recorder
{
public:
    explicit Recorder(DeliveryController *gate) : m_gate(gate) { }

    // Submits `p` and records what becomes of it; true when it was delivered inside submit().
    bool submit(const Passage &p)
    {
        const qsizetype before = deliveries.size();
        m_gate->submit(p, [this, id = p.messageId](int copies) {
            deliveries.push_back({ id, copies, m_gate->timeSource()->nowNs() });
        });
        return deliveries.size() > before;
    }
    QList<quint64> ids() const
    {
        QList<quint64> list;
        for (const Delivery &d : deliveries)
            list << d.id;
        return list;
    }
    int copiesOf(quint64 id) const
    {
        int found = -1;
        for (const Delivery &d : deliveries) {
            if (d.id == id) {
                if (found >= 0)
                    return -2; // delivered twice: never allowed
                found = d.copies;
            }
        }
        return found;
    }

    QList<Delivery> deliveries;

private:
    DeliveryController *m_gate;
};

QList<TrafficEvent> events(const QSignalSpy &spy)
{
    QList<TrafficEvent> list;
    for (const QList<QVariant> &args : spy)
        list << args.at(0).value<TrafficEvent>();
    return list;
}

QList<TrafficEvent::Type> types(const QSignalSpy &spy)
{
    QList<TrafficEvent::Type> list;
    for (const TrafficEvent &e : events(spy))
        list << e.type;
    return list;
}

quint64 ticketOf(const DeliveryController &gate, quint64 messageId)
{
    for (const DeliveryController::HeldInfo &info : gate.held()) {
        if (info.passage.messageId == messageId)
            return info.ticket;
    }
    return 0;
}

} // namespace

class TestDeliveryController final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<wb::TrafficEvent>(); }

    // Real time, no rule for the passage, not paused: it goes on inside submit(), once.
    void fastPath_data()
    {
        QTest::addColumn<WireId>("wire");
        QTest::addColumn<bool>("decided");
        QTest::addColumn<Direction>("direction");
        QTest::newRow("no rules") << kWire << false << Direction::Message;
        QTest::newRow("ack, no rules") << kWire << false << Direction::Ack;
        QTest::newRow("rules on another wire") << WireId(99) << false << Direction::Message;
        QTest::newRow("external sender (wire 0)") << WireId(0) << false << Direction::Message;
        QTest::newRow("decided at the other end") << WireId(1) << true << Direction::Message;
        // Rules for the acks only: the message is decided (a pass) and goes on at once.
        QTest::newRow("ack rules only, message") << WireId(2) << false << Direction::Message;
    }
    void fastPath()
    {
        QFETCH(WireId, wire);
        QFETCH(bool, decided);
        QFETCH(Direction, direction);
        DeliveryController gate;
        gate.setSeed(1);
        gate.setRules(1, messageRule(1)); // drops everything undecided on wire 1
        WireFaults ackOnly;
        ackOnly.ack.drop = 1;
        gate.setRules(2, ackOnly);
        gate.setReporting(true);
        QSignalSpy traffic(&gate, &DeliveryController::traffic);
        QSignalSpy heldChanged(&gate, &DeliveryController::heldChanged);
        Recorder rec(&gate);
        for (quint64 id = 1; id <= 3; ++id) {
            QVERIFY(rec.submit(passage(id, wire, direction, decided)));
            QCOMPARE(rec.deliveries.last().copies, 1);
        }
        QCOMPARE(rec.ids(), (QList<quint64> { 1, 2, 3 }));
        QCOMPARE(gate.heldCount(), 0);
        QCOMPARE(traffic.count(), 0);
        QCOMPARE(heldChanged.count(), 0);
        QTest::qWait(20);
        QCOMPARE(rec.deliveries.size(), 3); // and never again later
    }

    void pauseHolds_data()
    {
        QTest::addColumn<bool>("reporting");
        QTest::newRow("reporting") << true;
        QTest::newRow("not reporting") << false;
    }
    void pauseHolds()
    {
        QFETCH(bool, reporting);
        DeliveryController gate;
        gate.setReporting(reporting);
        QSignalSpy traffic(&gate, &DeliveryController::traffic);
        QSignalSpy heldChanged(&gate, &DeliveryController::heldChanged);
        QSignalSpy pausedChanged(&gate, &DeliveryController::pausedChanged);
        Recorder rec(&gate);
        gate.setPaused(true);
        QVERIFY(gate.isPaused());
        QVERIFY(gate.timeSource()->isPaused());
        QCOMPARE(pausedChanged.count(), 1);
        gate.setPaused(true);
        QCOMPARE(pausedChanged.count(), 1);

        QVERIFY(!rec.submit(passage(1)));
        QVERIFY(!rec.submit(passage(2, 0))); // external sender
        QVERIFY(!rec.submit(passage(3, kWire, Direction::Ack, true))); // decided: held too
        QCOMPARE(gate.heldCount(), 3);
        QCOMPARE(heldChanged.count(), 3);
        QCOMPARE(heldChanged.last().at(0).toInt(), 3);
        QTest::qWait(50);
        QVERIFY(rec.deliveries.isEmpty());

        const QList<DeliveryController::HeldInfo> held = gate.held();
        QCOMPARE(held.size(), 3);
        std::set<quint64> tickets;
        for (int i = 0; i < held.size(); ++i) {
            QCOMPARE(held.at(i).passage.messageId, quint64(i + 1)); // oldest first
            QVERIFY(!held.at(i).delayed);
            QVERIFY(held.at(i).ticket != 0);
            QVERIFY(held.at(i).sinceNs > 0);
            tickets.insert(held.at(i).ticket);
        }
        QCOMPARE(tickets.size(), size_t(3));
        QCOMPARE(held.at(2).passage.direction, Direction::Ack);
        QCOMPARE(held.at(2).passage.text, QStringLiteral("m3"));

        if (!reporting) {
            QCOMPARE(traffic.count(), 0);
            return;
        }
        const QList<TrafficEvent> list = events(traffic);
        QCOMPARE(list.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(list.at(i).type, TrafficEvent::Type::Held);
            QCOMPARE(list.at(i).messageId, quint64(i + 1));
            QCOMPARE(list.at(i).text, QStringLiteral("paused"));
            QCOMPARE(list.at(i).channel, QStringLiteral("tick"));
        }
        // Gate events happen at the consulting node, with the other end as the peer.
        QCOMPARE(list.at(0).node, 1);
        QCOMPARE(list.at(0).peer, 2);
        QCOMPARE(list.at(0).wire, kWire);
        QVERIFY(!list.at(0).ack);
        QCOMPARE(list.at(2).node, 2);
        QCOMPARE(list.at(2).peer, 1);
        QVERIFY(list.at(2).ack);
    }

    // Views follow the pace by its signal: once per change, never for the same pace again.
    void paceChanged()
    {
        DeliveryController gate;
        QSignalSpy spy(&gate, &DeliveryController::paceChanged);
        gate.setPace(DeliveryController::Pace::RealTime);
        QCOMPARE(spy.count(), 0);
        gate.setPace(DeliveryController::Pace::Teaching);
        gate.setPace(DeliveryController::Pace::Teaching);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(
            spy.at(0).at(0).value<DeliveryController::Pace>(), DeliveryController::Pace::Teaching);
        gate.setPace(DeliveryController::Pace::RealTime);
        QCOMPARE(spy.count(), 2);
    }

    void stepReleasesOldestFirst()
    {
        DeliveryController gate;
        gate.setReporting(true);
        Recorder rec(&gate);
        gate.setPaused(true);
        for (quint64 id = 1; id <= 3; ++id)
            rec.submit(passage(id));
        QSignalSpy traffic(&gate, &DeliveryController::traffic);
        QSignalSpy heldChanged(&gate, &DeliveryController::heldChanged);

        QVERIFY(gate.step());
        QCOMPARE(rec.ids(), (QList<quint64> { 1 }));
        QCOMPARE(rec.deliveries.last().copies, 1);
        QCOMPARE(gate.heldCount(), 2);
        QCOMPARE(heldChanged.count(), 1);
        QCOMPARE(heldChanged.last().at(0).toInt(), 2);
        QCOMPARE(types(traffic), (QList<TrafficEvent::Type> { TrafficEvent::Type::Released }));
        QCOMPARE(events(traffic).at(0).text, QStringLiteral("stepped"));
        QCOMPARE(events(traffic).at(0).messageId, 1);
        QVERIFY(gate.isPaused()); // a step does not resume

        QVERIFY(gate.step());
        QVERIFY(gate.step());
        QCOMPARE(rec.ids(), (QList<quint64> { 1, 2, 3 }));
        QVERIFY(!gate.step()); // nothing left
        QCOMPARE(gate.heldCount(), 0);
        QTest::qWait(20);
        QCOMPARE(rec.deliveries.size(), 3);
    }

    void stepChosen()
    {
        DeliveryController gate;
        Recorder rec(&gate);
        gate.setPaused(true);
        for (quint64 id = 1; id <= 4; ++id)
            rec.submit(passage(id));
        const quint64 three = ticketOf(gate, 3);
        QVERIFY(gate.step(three));
        QVERIFY(gate.release(ticketOf(gate, 2)));
        QCOMPARE(rec.ids(), (QList<quint64> { 3, 2 }));
        QVERIFY(!gate.step(three)); // delivered already
        QVERIFY(!gate.step(123'456));
        QVERIFY(!gate.release(123'456));
        QCOMPARE(gate.heldCount(), 2);
        QVERIFY(gate.step()); // the oldest of the rest
        QCOMPARE(rec.ids(), (QList<quint64> { 3, 2, 1 }));
    }

    void dropTicket()
    {
        DeliveryController gate;
        gate.setReporting(true);
        Recorder rec(&gate);
        gate.setPaused(true);
        rec.submit(passage(1));
        rec.submit(passage(2));
        QSignalSpy traffic(&gate, &DeliveryController::traffic);
        QVERIFY(gate.drop(ticketOf(gate, 2)));
        QCOMPARE(rec.deliveries.size(), 1);
        QCOMPARE(rec.copiesOf(2), 0);
        QCOMPARE(types(traffic), (QList<TrafficEvent::Type> { TrafficEvent::Type::Dropped }));
        QCOMPARE(events(traffic).at(0).text, QStringLiteral("dropped by hand"));
        QCOMPARE(events(traffic).at(0).messageId, 2);
        QCOMPARE(gate.heldCount(), 1);
        QVERIFY(!gate.drop(ticketOf(gate, 2)));
        QVERIFY(!gate.drop(99));
        gate.setPaused(false);
        QCOMPARE(rec.copiesOf(1), 1);
        QCOMPARE(rec.copiesOf(2), 0);
    }

    void duplicateTicket()
    {
        DeliveryController gate;
        gate.setReporting(true);
        Recorder rec(&gate);
        gate.setPaused(true);
        rec.submit(passage(1));
        rec.submit(passage(2));
        QSignalSpy traffic(&gate, &DeliveryController::traffic);
        QVERIFY(gate.duplicate(ticketOf(gate, 2)));
        QCOMPARE(rec.ids(), (QList<quint64> { 2 }));
        QCOMPARE(rec.copiesOf(2), 2);
        QCOMPARE(types(traffic),
            (QList<TrafficEvent::Type> {
                TrafficEvent::Type::Duplicated, TrafficEvent::Type::Released }));
        QCOMPARE(events(traffic).at(0).text, QStringLiteral("duplicated by hand"));
        QVERIFY(!gate.duplicate(ticketOf(gate, 2)));
        QCOMPARE(gate.heldCount(), 1);
    }

    void resumeReleasesAllInOrder()
    {
        DeliveryController gate;
        gate.setReporting(true);
        Recorder rec(&gate);
        gate.setPaused(true);
        for (quint64 id = 1; id <= 5; ++id)
            rec.submit(passage(id, id % 2 ? kWire : 0));
        QSignalSpy traffic(&gate, &DeliveryController::traffic);
        QSignalSpy heldChanged(&gate, &DeliveryController::heldChanged);
        QSignalSpy pausedChanged(&gate, &DeliveryController::pausedChanged);
        gate.setPaused(false);
        QCOMPARE(rec.ids(), (QList<quint64> { 1, 2, 3, 4, 5 }));
        for (const Delivery &d : std::as_const(rec.deliveries))
            QCOMPARE(d.copies, 1);
        QCOMPARE(gate.heldCount(), 0);
        QVERIFY(heldChanged.count() >= 1);
        QCOMPARE(heldChanged.last().at(0).toInt(), 0);
        QCOMPARE(pausedChanged.count(), 1);
        QCOMPARE(pausedChanged.at(0).at(0).toBool(), false);
        const QList<TrafficEvent> list = events(traffic);
        QCOMPARE(list.size(), 5);
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(list.at(i).type, TrafficEvent::Type::Released);
            QCOMPARE(list.at(i).text, QStringLiteral("resumed"));
            QCOMPARE(list.at(i).messageId, quint64(i + 1));
        }
        // Running again, the fast path is back.
        QVERIFY(rec.submit(passage(6)));
    }

    // A delivery that pauses the gate again (a breakpoint, a step of the user) stops the
    // resume there: the rest stays held in its place, ahead of anything submitted since.
    void resumeInterruptedByPause()
    {
        DeliveryController gate;
        gate.setReporting(true);
        Recorder rec(&gate);
        gate.setPaused(true);
        gate.submit(passage(1), [&](int copies) {
            rec.deliveries.push_back({ 1, copies, 0 });
            gate.setPaused(true);
            rec.submit(passage(10)); // sent by the receiver of 1, say
        });
        rec.submit(passage(2));
        rec.submit(passage(3));
        QSignalSpy traffic(&gate, &DeliveryController::traffic);
        gate.setPaused(false);
        QVERIFY(gate.isPaused());
        QCOMPARE(rec.ids(), (QList<quint64> { 1 }));
        QCOMPARE(gate.heldCount(), 3);
        QList<quint64> heldIds;
        for (const DeliveryController::HeldInfo &info : gate.held())
            heldIds << info.passage.messageId;
        QCOMPARE(heldIds, (QList<quint64> { 2, 3, 10 }));
        // Only 1 was released; 2 and 3 never left the gate; 10 was held.
        QCOMPARE(types(traffic),
            (QList<TrafficEvent::Type> { TrafficEvent::Type::Released, TrafficEvent::Type::Held }));
        QVERIFY(gate.step());
        QCOMPARE(rec.ids(), (QList<quint64> { 1, 2 }));
        gate.setPaused(false);
        QCOMPARE(rec.ids(), (QList<quint64> { 1, 2, 3, 10 }));
    }

    // A delivery that stops the run (discardAll) or drops another held passage during the
    // resume: what it discarded is not delivered after all.
    void resumeInterruptedByDiscard()
    {
        DeliveryController gate;
        Recorder rec(&gate);
        gate.setPaused(true);
        gate.submit(passage(1), [&](int copies) {
            rec.deliveries.push_back({ 1, copies, 0 });
            QVERIFY(gate.drop(ticketOf(gate, 2)));
        });
        rec.submit(passage(2));
        gate.submit(passage(3), [&](int copies) {
            rec.deliveries.push_back({ 3, copies, 0 });
            gate.discardAll();
        });
        rec.submit(passage(4));
        gate.setPaused(false);
        QCOMPARE(rec.ids(), (QList<quint64> { 1, 2, 3 }));
        QCOMPARE(rec.copiesOf(2), 0);
        QCOMPARE(gate.heldCount(), 0);
        QTest::qWait(20);
        QCOMPARE(rec.ids(), (QList<quint64> { 1, 2, 3 }));
    }

    void rulesDecide_data()
    {
        QTest::addColumn<WireFaults>("rules");
        QTest::addColumn<Direction>("direction");
        QTest::addColumn<int>("copies");
        QTest::addColumn<QList<TrafficEvent::Type>>("eventTypes");
        QTest::addColumn<QString>("text");
        const QList<TrafficEvent::Type> dropped { TrafficEvent::Type::Dropped };
        const QList<TrafficEvent::Type> duplicated { TrafficEvent::Type::Duplicated };
        QTest::newRow("drop 1") << messageRule(1) << Direction::Message << 0 << dropped
                                << "drop 100 %: dropped";
        QTest::newRow("duplicate 1") << messageRule(0, 1) << Direction::Message << 2 << duplicated
                                     << "duplicate 100 %: duplicated";
        WireFaults cut;
        cut.cut = true;
        QTest::newRow("cut, message")
            << cut << Direction::Message << 0 << dropped << "cut: dropped";
        QTest::newRow("cut, ack") << cut << Direction::Ack << 0 << dropped << "cut: dropped";
        WireFaults ackDrop;
        ackDrop.ack.drop = 1;
        QTest::newRow("ack drop 1")
            << ackDrop << Direction::Ack << 0 << dropped << "drop 100 %: dropped";
        QTest::newRow("ack drop leaves messages")
            << ackDrop << Direction::Message << 1 << QList<TrafficEvent::Type> {} << QString();
        QTest::newRow("message drop leaves acks")
            << messageRule(1) << Direction::Ack << 1 << QList<TrafficEvent::Type> {} << QString();
    }
    void rulesDecide()
    {
        QFETCH(WireFaults, rules);
        QFETCH(Direction, direction);
        QFETCH(int, copies);
        QFETCH(QList<TrafficEvent::Type>, eventTypes);
        QFETCH(QString, text);
        DeliveryController gate;
        gate.setReporting(true);
        gate.setRules(kWire, rules);
        QCOMPARE(gate.rules(kWire), rules);
        QSignalSpy traffic(&gate, &DeliveryController::traffic);
        Recorder rec(&gate);
        for (quint64 id = 1; id <= 20; ++id) {
            QVERIFY(rec.submit(passage(id, kWire, direction)));
            QCOMPARE(rec.deliveries.last().copies, copies);
        }
        QCOMPARE(gate.heldCount(), 0);
        const QList<TrafficEvent> list = events(traffic);
        QCOMPARE(list.size(), 20 * eventTypes.size());
        for (int i = 0; i < list.size(); ++i) {
            QCOMPARE(list.at(i).type, eventTypes.at(i % eventTypes.size()));
            QCOMPARE(list.at(i).text, text);
            QCOMPARE(list.at(i).ack, direction == Direction::Ack);
        }
    }

    // A rule's verdict is made where the passage enters, even while paused: a dropped one is
    // gone at once, a duplicated one is held as two copies.
    void rulesWhilePaused()
    {
        DeliveryController gate;
        gate.setReporting(true);
        gate.setRules(kWire, messageRule(1));
        gate.setRules(8, messageRule(0, 1));
        gate.setPaused(true);
        QSignalSpy traffic(&gate, &DeliveryController::traffic);
        Recorder rec(&gate);
        QVERIFY(rec.submit(passage(1, kWire)));
        QCOMPARE(rec.copiesOf(1), 0);
        QVERIFY(!rec.submit(passage(2, 8)));
        QCOMPARE(gate.heldCount(), 1);
        QCOMPARE(types(traffic),
            (QList<TrafficEvent::Type> { TrafficEvent::Type::Dropped,
                TrafficEvent::Type::Duplicated, TrafficEvent::Type::Held }));
        QVERIFY(gate.step());
        QCOMPARE(rec.copiesOf(2), 2);
    }

    // The sender's timeout and retries are no business of the gate: alone, they are no rule.
    void timeoutAndRetriesAreNoRule()
    {
        DeliveryController gate;
        WireFaults f;
        f.ackTimeoutMs = 500;
        f.retries = 3;
        gate.setRules(kWire, f);
        QCOMPARE(gate.rules(kWire), WireFaults {});
        f.message.drop = 1;
        gate.setRules(kWire, f);
        QCOMPARE(gate.rules(kWire).message.drop, 1.0);
        QCOMPARE(gate.rules(kWire).retries, 0);
        gate.setRules(kWire, WireFaults {}); // all none: removed
        Recorder rec(&gate);
        QVERIFY(rec.submit(passage(1)));
        QCOMPARE(rec.copiesOf(1), 1);
        gate.setRules(kWire, messageRule(1));
        gate.clearRules();
        QVERIFY(rec.submit(passage(2)));
        QCOMPARE(rec.copiesOf(2), 1);
    }

    void delay()
    {
        DeliveryController gate;
        gate.setReporting(true);
        gate.setRules(kWire, messageRule(0, 0, 60));
        QSignalSpy traffic(&gate, &DeliveryController::traffic);
        QSignalSpy heldChanged(&gate, &DeliveryController::heldChanged);
        Recorder rec(&gate);
        const qint64 before = gate.timeSource()->nowNs();
        QVERIFY(!rec.submit(passage(1)));
        QCOMPARE(gate.heldCount(), 1);
        QCOMPARE(heldChanged.count(), 1);
        const DeliveryController::HeldInfo info = gate.held().at(0);
        QVERIFY(info.delayed);
        QVERIFY(info.dueRunNs >= before + 60 * kMs);
        QCOMPARE(types(traffic), (QList<TrafficEvent::Type> { TrafficEvent::Type::Delayed }));
        QCOMPARE(events(traffic).at(0).rttNs, 60 * kMs);
        QCOMPARE(events(traffic).at(0).text, QStringLiteral("delay 60.0 ms"));

        QTRY_COMPARE_WITH_TIMEOUT(rec.deliveries.size(), 1, kWaitMs);
        QCOMPARE(rec.copiesOf(1), 1);
        QVERIFY(rec.deliveries.at(0).runNs >= info.dueRunNs - kEarlyNs);
        QCOMPARE(gate.heldCount(), 0);
        QCOMPARE(heldChanged.last().at(0).toInt(), 0);
        QCOMPARE(traffic.count(), 1); // delivered after a delay: no Released
    }

    void delayedInDueOrder()
    {
        DeliveryController gate;
        gate.setRules(kWire, messageRule(0, 0, 80));
        gate.setRules(8, messageRule(0, 0, 20));
        Recorder rec(&gate);
        rec.submit(passage(1, kWire));
        rec.submit(passage(2, 8));
        QTRY_COMPARE_WITH_TIMEOUT(rec.deliveries.size(), 2, kWaitMs);
        QCOMPARE(rec.ids(), (QList<quint64> { 2, 1 }));
        // The same delay from one frozen instant: due together, in the order submitted.
        gate.setPaused(true);
        for (quint64 id = 3; id <= 6; ++id)
            rec.submit(passage(id, 8));
        gate.setPaused(false);
        QTRY_COMPARE_WITH_TIMEOUT(rec.deliveries.size(), 6, kWaitMs);
        QCOMPARE(rec.ids(), (QList<quint64> { 2, 1, 3, 4, 5, 6 }));
    }

    void delayWaitsWhilePaused()
    {
        DeliveryController gate;
        gate.setRules(kWire, messageRule(0, 0, 40));
        Recorder rec(&gate);
        const qint64 before = gate.timeSource()->nowNs();
        rec.submit(passage(1));
        gate.setPaused(true); // before the event loop ran: the delay cannot have passed
        QTest::qWait(150);
        QVERIFY(rec.deliveries.isEmpty());
        QCOMPARE(gate.heldCount(), 1);
        QVERIFY(gate.held().at(0).delayed);
        gate.setPaused(false);
        QTRY_COMPARE_WITH_TIMEOUT(rec.deliveries.size(), 1, kWaitMs);
        QVERIFY(rec.deliveries.at(0).runNs >= before + 40 * kMs - kEarlyNs);
    }

    // Where a held passage started on the run's clock: a view places a delayed one along its
    // wire by (now - since) / (due - since), and one held by the pause sits still.
    void heldKnowsItsRunStart_data()
    {
        QTest::addColumn<bool>("paused");
        QTest::newRow("delayed") << false;
        QTest::newRow("held by the pause, with a delay to serve") << true;
    }

    void heldKnowsItsRunStart()
    {
        QFETCH(bool, paused);
        DeliveryController gate;
        gate.setRules(kWire, messageRule(0, 0, 60));
        gate.setPaused(paused);
        Recorder rec(&gate);
        const qint64 before = gate.timeSource()->nowNs();
        QVERIFY(!rec.submit(passage(1)));
        const qint64 after = gate.timeSource()->nowNs();
        const DeliveryController::HeldInfo info = gate.held().at(0);
        QVERIFY(info.sinceRunNs >= before);
        QVERIFY(info.sinceRunNs <= after);
        QVERIFY(info.dueRunNs - info.sinceRunNs >= 60 * kMs);
        QVERIFY(info.dueRunNs - info.sinceRunNs <= 60 * kMs + (after - before));
        if (paused) {
            // Run time stands still: so does the passage.
            QCOMPARE(info.sinceRunNs, before);
            QTest::qWait(30);
            QCOMPARE(gate.timeSource()->nowNs(), before);
            QCOMPARE(gate.held().at(0).sinceRunNs, info.sinceRunNs);
        }
    }

    void delaySubmittedWhilePaused()
    {
        DeliveryController gate;
        gate.setRules(kWire, messageRule(0, 0, 20));
        Recorder rec(&gate);
        gate.setPaused(true);
        QVERIFY(!rec.submit(passage(1)));
        const qint64 pausedRun = gate.timeSource()->nowNs();
        QTest::qWait(80);
        QVERIFY(rec.deliveries.isEmpty());
        gate.setPaused(false);
        QTRY_COMPARE_WITH_TIMEOUT(rec.deliveries.size(), 1, kWaitMs);
        QVERIFY(rec.deliveries.at(0).runNs >= pausedRun + 20 * kMs - kEarlyNs);
    }

    // Two due together; the first one's delivery pauses: the second waits for the next step.
    void dueWhilePausedByADelivery()
    {
        DeliveryController gate;
        gate.setReporting(true);
        gate.setRules(kWire, messageRule(0, 0, 20));
        Recorder rec(&gate);
        gate.setPaused(true);
        gate.submit(passage(1), [&](int copies) {
            rec.deliveries.push_back({ 1, copies, 0 });
            gate.setPaused(true);
        });
        rec.submit(passage(2));
        gate.setPaused(false);
        QTRY_COMPARE_WITH_TIMEOUT(rec.deliveries.size(), 1, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(gate.isPaused(), kWaitMs);
        QTest::qWait(50);
        QCOMPARE(rec.ids(), (QList<quint64> { 1 }));
        QCOMPARE(gate.heldCount(), 1);
        QVERIFY(!gate.held().at(0).delayed); // served its delay, held by the pause now
        gate.setPaused(false);
        QCOMPARE(rec.ids(), (QList<quint64> { 1, 2 }));
    }

    // step() with nothing held by the pause takes the delayed one due first, paused or not;
    // its timer then does not deliver it a second time.
    void stepDelayed()
    {
        DeliveryController gate;
        gate.setRules(kWire, messageRule(0, 0, 60'000));
        gate.setRules(8, messageRule(0, 0, 50));
        Recorder rec(&gate);
        rec.submit(passage(1, kWire));
        rec.submit(passage(2, 8));
        rec.submit(passage(3, kWire));
        QVERIFY(gate.step()); // 2 is due first
        QCOMPARE(rec.ids(), (QList<quint64> { 2 }));
        QVERIFY(gate.drop(ticketOf(gate, 3)));
        QVERIFY(gate.duplicate(ticketOf(gate, 1)));
        QCOMPARE(rec.ids(), (QList<quint64> { 2, 3, 1 }));
        QCOMPARE(rec.copiesOf(1), 2);
        QCOMPARE(rec.copiesOf(3), 0);
        QTest::qWait(120);
        QCOMPARE(rec.deliveries.size(), 3);
        QVERIFY(!gate.step());
    }

    // Teaching pace: every passage not decided yet takes transitMs on the wire; a decided one
    // was slowed at its other end already.
    void teachingPace_data()
    {
        QTest::addColumn<WireId>("wire");
        QTest::addColumn<bool>("decided");
        QTest::addColumn<double>("ruleDelayMs");
        QTest::addColumn<bool>("slowed");
        QTest::newRow("no rules") << kWire << false << 0.0 << true;
        QTest::newRow("external sender") << WireId(0) << false << 0.0 << true;
        QTest::newRow("with a delay rule") << kWire << false << 30.0 << true;
        QTest::newRow("decided") << kWire << true << 0.0 << false;
        QTest::newRow("decided, with a delay rule") << kWire << true << 30.0 << false;
    }
    void teachingPace()
    {
        QFETCH(WireId, wire);
        QFETCH(bool, decided);
        QFETCH(double, ruleDelayMs);
        QFETCH(bool, slowed);
        DeliveryController gate;
        QCOMPARE(gate.pace(), DeliveryController::Pace::RealTime);
        QCOMPARE(gate.transitMs(), DeliveryController::kDefaultTransitMs);
        gate.setPace(DeliveryController::Pace::Teaching);
        QCOMPARE(gate.pace(), DeliveryController::Pace::Teaching);
        gate.setTransitMs(50);
        QCOMPARE(gate.transitMs(), 50);
        if (ruleDelayMs > 0)
            gate.setRules(kWire, messageRule(0, 0, ruleDelayMs));
        gate.setReporting(true);
        QSignalSpy traffic(&gate, &DeliveryController::traffic);
        Recorder rec(&gate);
        const qint64 before = gate.timeSource()->nowNs();
        const bool atOnce = rec.submit(passage(1, wire, Direction::Message, decided));
        QCOMPARE(atOnce, !slowed);
        if (!slowed) {
            QCOMPARE(traffic.count(), 0);
            return;
        }
        const qint64 expectedNs = qint64((50 + ruleDelayMs) * kMs);
        QCOMPARE(types(traffic), (QList<TrafficEvent::Type> { TrafficEvent::Type::Delayed }));
        QCOMPARE(events(traffic).at(0).rttNs, expectedNs);
        // What set the delay: the pace, and the rule's draw when a rule added to it.
        const QString why = ruleDelayMs > 0
            ? QStringLiteral("teaching pace, delay %1 ms").arg(double(ruleDelayMs), 0, 'f', 1)
            : QStringLiteral("teaching pace");
        QCOMPARE(events(traffic).at(0).text, why);
        QTRY_COMPARE_WITH_TIMEOUT(rec.deliveries.size(), 1, kWaitMs);
        QVERIFY(rec.deliveries.at(0).runNs >= before + expectedNs - kEarlyNs);

        // Back to real time, the fast path is back.
        gate.setPace(DeliveryController::Pace::RealTime);
        if (ruleDelayMs == 0)
            QVERIFY(rec.submit(passage(2, wire)));
    }

    void transitNeverNegative()
    {
        DeliveryController gate;
        gate.setTransitMs(-5);
        QCOMPARE(gate.transitMs(), 0);
        gate.setPace(DeliveryController::Pace::Teaching);
        Recorder rec(&gate);
        // No transit and no rule: nothing to wait for, though not the fast path.
        QVERIFY(rec.submit(passage(1)));
    }

    // The delay is run time: slowing the gate stretches a delay already under way.
    void speedStretchesDelay()
    {
        DeliveryController gate;
        gate.setRules(kWire, messageRule(0, 0, 100));
        Recorder rec(&gate);
        const qint64 before = gate.timeSource()->nowNs();
        rec.submit(passage(1));
        gate.setSpeed(0.05); // 100 ms of run time is 2 s of wall time now
        QCOMPARE(gate.speed(), 0.05);
        QTest::qWait(300); // at most ~15 ms of run time
        QVERIFY(rec.deliveries.isEmpty());
        gate.setSpeed(4);
        QCOMPARE(gate.speed(), 4.0);
        QTRY_COMPARE_WITH_TIMEOUT(rec.deliveries.size(), 1, kWaitMs);
        QVERIFY(rec.deliveries.at(0).runNs >= before + 100 * kMs - kEarlyNs);
    }

    // The n-th passage of a wire gets the same verdict with the same seed, however the
    // passages of other wires, of the other direction, decided ones and external ones are
    // interleaved with it.
    void sameSeedSameVerdicts_data()
    {
        QTest::addColumn<quint64>("seed");
        QTest::newRow("seed 1") << quint64(1);
        QTest::newRow("seed 2016") << quint64(2016);
    }
    void sameSeedSameVerdicts()
    {
        QFETCH(quint64, seed);
        constexpr int kCount = 300;
        const WireFaults a = messageRule(0.3, 0.3);
        WireFaults b = messageRule(0.5);
        b.ack.drop = 0.5;
        auto verdicts = [&](bool interleaved) {
            DeliveryController gate;
            gate.setSeed(seed);
            gate.setRules(1, a);
            gate.setRules(2, b);
            Recorder rec(&gate);
            QList<int> one;
            QList<int> two;
            quint64 id = 1;
            auto onWire = [&](WireId wire, QList<int> *into) {
                rec.submit(passage(id++, wire));
                *into << rec.deliveries.last().copies;
            };
            if (interleaved) {
                for (int i = 0; i < kCount; ++i) {
                    rec.submit(passage(id++, 2, Direction::Ack)); // other direction
                    onWire(2, &two);
                    rec.submit(passage(id++, 1, Direction::Message, true)); // decided
                    rec.submit(passage(id++, 0)); // external
                    rec.submit(passage(id++, 3)); // no rules
                    onWire(1, &one);
                }
            } else {
                for (int i = 0; i < kCount; ++i)
                    onWire(1, &one);
                for (int i = 0; i < kCount; ++i)
                    onWire(2, &two);
            }
            return std::make_pair(one, two);
        };
        const auto plain = verdicts(false);
        const auto mixed = verdicts(true);
        QCOMPARE(mixed.first, plain.first);
        QCOMPARE(mixed.second, plain.second);
        // They are the seeded decisions themselves, n-th passage, n-th draw.
        for (int n = 0; n < kCount; ++n) {
            QCOMPARE(plain.first.at(n),
                wb::faultdecision::decide(a.message, false, seed, 1, Direction::Message, quint64(n))
                    .copies());
        }
        // And they do vary: every verdict of the rules shows up.
        QVERIFY(plain.first.contains(0) && plain.first.contains(1) && plain.first.contains(2));
        QVERIFY(plain.second.contains(0) && plain.second.contains(1));
    }

    void otherSeedOtherVerdicts()
    {
        auto verdicts = [](quint64 seed) {
            DeliveryController gate;
            gate.setSeed(seed);
            gate.setRules(kWire, messageRule(0.5));
            Recorder rec(&gate);
            for (quint64 id = 1; id <= 200; ++id)
                rec.submit(passage(id));
            QList<int> list;
            for (const Delivery &d : std::as_const(rec.deliveries))
                list << d.copies;
            return list;
        };
        DeliveryController gate;
        gate.setSeed(42);
        QCOMPARE(gate.seed(), quint64(42));
        QVERIFY(verdicts(1) != verdicts(2));
        QCOMPARE(verdicts(3), verdicts(3));
    }

    // A wire's passages are counted whether or not it has rules yet: rules set mid-run give
    // the n-th passage the n-th draw all the same.
    void passagesCountedWithoutRules()
    {
        const WireFaults r = messageRule(0.5, 0.5);
        DeliveryController withRules;
        withRules.setSeed(9);
        withRules.setRules(kWire, r);
        DeliveryController lateRules;
        lateRules.setSeed(9);
        Recorder early(&withRules);
        Recorder late(&lateRules);
        for (quint64 id = 1; id <= 100; ++id) {
            if (id == 41)
                lateRules.setRules(kWire, r);
            early.submit(passage(id));
            late.submit(passage(id));
        }
        for (int i = 40; i < 100; ++i)
            QCOMPARE(late.deliveries.at(i).copies, early.deliveries.at(i).copies);
    }

    // Paused, teaching or not: the draws are made in the order passages come to the gate.
    void pauseDoesNotShiftDraws()
    {
        const WireFaults r = messageRule(0.4, 0.4);
        DeliveryController running;
        running.setSeed(5);
        running.setRules(kWire, r);
        DeliveryController paused;
        paused.setSeed(5);
        paused.setRules(kWire, r);
        paused.setPaused(true);
        Recorder a(&running);
        Recorder b(&paused);
        for (quint64 id = 1; id <= 100; ++id) {
            a.submit(passage(id));
            b.submit(passage(id));
        }
        paused.setPaused(false);
        for (quint64 id = 1; id <= 100; ++id)
            QCOMPARE(b.copiesOf(id), a.copiesOf(id));
    }

    void resetSequencesRestartsDraws()
    {
        DeliveryController gate;
        gate.setSeed(77);
        gate.setRules(kWire, messageRule(0.5, 0.5));
        WireFaults ack;
        ack.ack.drop = 0.5;
        gate.setRules(8, ack);
        Recorder rec(&gate);
        auto run = [&] {
            rec.deliveries.clear();
            for (quint64 id = 1; id <= 100; ++id) {
                rec.submit(passage(id, kWire));
                rec.submit(passage(1000 + id, 8, Direction::Ack));
            }
            QList<int> list;
            for (const Delivery &d : std::as_const(rec.deliveries))
                list << d.copies;
            return list;
        };
        const QList<int> first = run();
        const QList<int> second = run(); // sequences go on: other draws
        QVERIFY(second != first);
        gate.resetSequences();
        QCOMPARE(run(), first);
    }

    void discardAllForgets()
    {
        DeliveryController gate;
        gate.setRules(8, messageRule(0, 0, 30));
        Recorder rec(&gate);
        rec.submit(passage(1, 8)); // delayed
        gate.setPaused(true);
        rec.submit(passage(2)); // held
        rec.submit(passage(3, 8)); // delayed, paused
        QCOMPARE(gate.heldCount(), 3);
        QSignalSpy heldChanged(&gate, &DeliveryController::heldChanged);
        gate.discardAll();
        QCOMPARE(gate.heldCount(), 0);
        QVERIFY(gate.held().isEmpty());
        QCOMPARE(heldChanged.count(), 1);
        QCOMPARE(heldChanged.at(0).at(0).toInt(), 0);
        QVERIFY(!gate.step());
        gate.setPaused(false);
        QTest::qWait(120);
        QVERIFY(rec.deliveries.isEmpty());
        gate.discardAll(); // nothing to forget: no signal
        QCOMPARE(heldChanged.count(), 1);
        // The gate works on afterwards.
        QVERIFY(rec.submit(passage(4)));
        rec.submit(passage(5, 8));
        QTRY_COMPARE_WITH_TIMEOUT(rec.deliveries.size(), 2, kWaitMs);
    }

    void destroyedWithPassagesHeld()
    {
        int calls = 0;
        {
            DeliveryController gate;
            gate.setRules(8, messageRule(0, 0, 10));
            gate.setPaused(true);
            gate.submit(passage(1), [&](int) { ++calls; });
            gate.submit(passage(2, 8), [&](int) { ++calls; });
        }
        QTest::qWait(50);
        QCOMPARE(calls, 0);
    }

    void messageIdsUnique()
    {
        DeliveryController gate;
        std::set<quint64> ids;
        quint64 last = 0;
        for (int i = 0; i < 10'000; ++i) {
            const quint64 id = gate.newMessageId();
            QVERIFY(id != 0); // 0 means "no message" to the ledger and in events
            QVERIFY(id > last);
            last = id;
            ids.insert(id);
        }
        QCOMPARE(ids.size(), size_t(10'000));
        QVERIFY(gate.ledger() != nullptr);
        QVERIFY(gate.timeSource() != nullptr);
    }
};

QTEST_GUILESS_MAIN(TestDeliveryController)
#include "tst_deliverycontroller.moc"
