// The circuit document: every mutation, the signal it emits, and the edits it refuses.
#include "circuittestkit.h"
#include "document/circuit.h"

#include <QSignalSpy>
#include <QTest>

using wb::Circuit;
using wb::NodeField;
using wb::NodeId;
using wb::NodeKind;
using wb::NodeSpec;
using wb::ScheduledFault;
using wb::Wire;
using wb::WireFaults;
using wb::WireId;
using wbtest::nodeSpec;

namespace {

// clock(1) -> iopin(2) -> buzzer(3), plus an unwired led(4); wires 1 and 2.
struct Seed
{
    Circuit circuit;
    NodeId clock = 0, pin = 0, buzzer = 0, led = 0;
    Seed()
    {
        clock = circuit.addNode(nodeSpec(QStringLiteral("clock"), NodeKind::Clock));
        pin = circuit.addNode(nodeSpec(QStringLiteral("iopin"), NodeKind::IoPin, 8765));
        buzzer = circuit.addNode(nodeSpec(QStringLiteral("buzzer"), NodeKind::Buzzer, 8766));
        led = circuit.addNode(nodeSpec(QStringLiteral("led"), NodeKind::Led, 8767));
        circuit.addWire(clock, pin);
        circuit.addWire(pin, buzzer);
    }
};

} // namespace

class TestCircuit final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<wb::NodeField>(); }

    void addNodeAssignsIdsInOrder()
    {
        Circuit circuit;
        QSignalSpy added(&circuit, &Circuit::nodeAdded);
        const NodeId a = circuit.addNode(nodeSpec(QStringLiteral("a"), NodeKind::Buzzer, 1));
        const NodeId b = circuit.addNode(nodeSpec(QStringLiteral("b"), NodeKind::Led, 2));
        QCOMPARE(a, 1);
        QCOMPARE(b, 2);
        QCOMPARE(circuit.count(), 2);
        QCOMPARE(circuit.nodeIds(), (QList<NodeId> { a, b }));
        QCOMPARE(added.count(), 2);
        QCOMPARE(added.at(0).at(0).value<NodeId>(), a);
        QCOMPARE(added.at(1).at(0).value<NodeId>(), b);
        QCOMPARE(circuit.node(b)->name, QStringLiteral("b"));
        QCOMPARE(circuit.idByName(QStringLiteral("b")), b);
        QCOMPARE(circuit.idByName(QStringLiteral("nobody")), 0);
        QVERIFY(circuit.node(99) == nullptr);
    }

    void addNodeKeepsAGivenId()
    {
        Circuit circuit;
        QCOMPARE(circuit.addNode(nodeSpec(QStringLiteral("a"), NodeKind::Buzzer, 1, 7)), 7);
        // The next fresh id follows the highest one in use, so an undone node never collides.
        QCOMPARE(circuit.addNode(nodeSpec(QStringLiteral("b"), NodeKind::Buzzer, 2)), 8);
        QCOMPARE(circuit.addNode(nodeSpec(QStringLiteral("c"), NodeKind::Buzzer, 3, 3)), 3);
        QCOMPARE(circuit.nodeIds(), (QList<NodeId> { 7, 8, 3 }));
    }

    void addNodeRefuses_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<NodeId>("id");
        QTest::newRow("empty name") << QString() << 0;
        QTest::newRow("name taken") << QStringLiteral("taken") << 0;
        QTest::newRow("id in use") << QStringLiteral("fresh") << 1;
    }
    void addNodeRefuses()
    {
        QFETCH(QString, name);
        QFETCH(NodeId, id);
        Circuit circuit;
        QCOMPARE(circuit.addNode(nodeSpec(QStringLiteral("taken"), NodeKind::Led, 1)), 1);
        QSignalSpy added(&circuit, &Circuit::nodeAdded);
        QCOMPARE(circuit.addNode(nodeSpec(name, NodeKind::Led, 2, id)), 0);
        QCOMPARE(added.count(), 0);
        QCOMPARE(circuit.count(), 1);
    }

    void setContentsResets()
    {
        Seed seed;
        QVERIFY(seed.circuit.setSeed(3));
        QSignalSpy reset(&seed.circuit, &Circuit::reset);
        QSignalSpy added(&seed.circuit, &Circuit::nodeAdded);
        QSignalSpy wireAdded(&seed.circuit, &Circuit::wireAdded);
        NodeSpec a = nodeSpec(QStringLiteral("a"), NodeKind::IoPin, 1, 5);
        NodeSpec b = nodeSpec(QStringLiteral("b"), NodeKind::Buzzer, 2, 5); // duplicate id
        NodeSpec c = nodeSpec(QStringLiteral("c"), NodeKind::Led, 3, 0); // no id
        WireFaults bad;
        bad.message.drop = 2;
        const QList<Wire> wires {
            { 4, 5, 6, {}, {} }, { 9, 5, 99, {}, {} }, // 99: nowhere
            { 4, 5, 7, {}, {} }, // id taken: a fresh one
            { 0, 5, 6, {}, {} }, // the same ends twice
            { 0, 6, 7, {}, {} }, // a buzzer sends nothing
            { 0, 5, 7, {}, bad }, // refused rule (and the same ends again)
        };
        seed.circuit.setContents({ a, b, c }, wires, 7,
            { { 0, 5, ScheduledFault::Action::Hang, 0 },
                { 0, 42, ScheduledFault::Action::Hang, 0 } });
        QCOMPARE(reset.count(), 1);
        QCOMPARE(added.count(), 0);
        QCOMPARE(wireAdded.count(), 0);
        QCOMPARE(seed.circuit.nodeIds(), (QList<NodeId> { 5, 6, 7 }));
        QCOMPARE(seed.circuit.node(6)->name, QStringLiteral("b"));
        QCOMPARE(seed.circuit.targets(5), (QList<NodeId> { 6, 7 }));
        QCOMPARE(seed.circuit.wireIds(), (QList<WireId> { 4, 10 }));
        QCOMPARE(seed.circuit.idByName(QStringLiteral("clock")), 0);
        QCOMPARE(seed.circuit.addNode(nodeSpec(QStringLiteral("d"), NodeKind::Led, 4)), 8);
        QCOMPARE(seed.circuit.addWire(5, 8), 11);
        QCOMPARE(seed.circuit.seed(), std::optional<quint64>(7));
        QCOMPARE(seed.circuit.schedule().size(), 1); // the fault of a node that is not, dropped
    }

    void removeNodeDropsItsWiresFirst()
    {
        Seed seed;
        Circuit &circuit = seed.circuit;
        QStringList order;
        connect(&circuit, &Circuit::wireAboutToBeRemoved, this, [&](WireId id) {
            order << QStringLiteral("wireAboutToBeRemoved %1").arg(id);
            QVERIFY(circuit.wire(id));
        });
        connect(&circuit, &Circuit::wireRemoved, this, [&](WireId id, NodeId from, NodeId to) {
            order << QStringLiteral("wireRemoved %1 %2->%3").arg(id).arg(from).arg(to);
            QVERIFY(!circuit.wire(id));
            QVERIFY(circuit.contains(to)); // the node is still there while its wires go
        });
        connect(&circuit, &Circuit::nodeAboutToBeRemoved, this, [&](NodeId id) {
            order << QStringLiteral("aboutToBeRemoved %1").arg(id);
            QVERIFY(circuit.contains(id));
            QVERIFY(circuit.sources(id).isEmpty());
        });
        connect(&circuit, &Circuit::nodeRemoved, this, [&](NodeId id) {
            order << QStringLiteral("removed %1").arg(id);
            QVERIFY(!circuit.contains(id));
        });
        QVERIFY(circuit.removeNode(seed.pin));
        // Its wires out first, then its wires in, then the node.
        QCOMPARE(order,
            (QStringList { QStringLiteral("wireAboutToBeRemoved 2"),
                QStringLiteral("wireRemoved 2 2->3"), QStringLiteral("wireAboutToBeRemoved 1"),
                QStringLiteral("wireRemoved 1 1->2"), QStringLiteral("aboutToBeRemoved 2"),
                QStringLiteral("removed 2") }));
        QCOMPARE(circuit.wireIds(), QList<WireId>());
        QCOMPARE(circuit.targets(seed.clock), QList<NodeId>());
        QCOMPARE(circuit.nodeIds(), (QList<NodeId> { seed.clock, seed.buzzer, seed.led }));
        QCOMPARE(circuit.sources(seed.buzzer), QList<NodeId>());

        order.clear();
        QVERIFY(!circuit.removeNode(seed.pin)); // gone already: nothing happens
        QVERIFY(!circuit.removeNode(1234));
        QCOMPARE(order, QStringList());
    }

    void fieldSetters()
    {
        Seed seed;
        Circuit &circuit = seed.circuit;
        QSignalSpy changed(&circuit, &Circuit::nodeChanged);
        const auto lastField = [&] {
            return changed.last().at(1).value<NodeField>();
        };

        circuit.setHost(seed.pin, QStringLiteral("0.0.0.0"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.last().at(0).value<NodeId>(), seed.pin);
        QCOMPARE(lastField(), NodeField::Host);
        QCOMPARE(circuit.node(seed.pin)->host, QStringLiteral("0.0.0.0"));
        circuit.setHost(seed.pin, QStringLiteral("0.0.0.0"));
        QCOMPARE(changed.count(), 1); // unchanged: no signal

        circuit.setPort(seed.pin, 9000);
        QCOMPARE(lastField(), NodeField::Port);
        QCOMPARE(circuit.node(seed.pin)->port, quint16(9000));
        circuit.setPort(seed.pin, 9000);
        QCOMPARE(changed.count(), 2);

        circuit.setParam(seed.pin, QStringLiteral("chance"), 0.25);
        QCOMPARE(lastField(), NodeField::Params);
        QCOMPARE(circuit.node(seed.pin)->params.value(QStringLiteral("chance")).toDouble(), 0.25);
        circuit.setParam(seed.pin, QStringLiteral("chance"), 0.25);
        QCOMPARE(changed.count(), 3);
        circuit.setParam(seed.pin, QStringLiteral("chance"), QVariant());
        QCOMPARE(changed.count(), 4);
        QVERIFY(!circuit.node(seed.pin)->params.contains(QStringLiteral("chance")));
        circuit.setParam(seed.pin, QStringLiteral("chance"), QVariant()); // absent already
        QCOMPARE(changed.count(), 4);

        circuit.setPosition(seed.pin, QPointF(10, 20));
        QCOMPARE(lastField(), NodeField::Position);
        QCOMPARE(circuit.node(seed.pin)->position, std::optional<QPointF>(QPointF(10, 20)));
        circuit.setPosition(seed.pin, QPointF(10, 20));
        QCOMPARE(changed.count(), 5);

        // Unknown ids are ignored.
        circuit.setHost(99, QStringLiteral("x"));
        circuit.setPort(99, 1);
        circuit.setParam(99, QStringLiteral("k"), 1);
        circuit.setPosition(99, QPointF());
        circuit.setName(99, QStringLiteral("x"));
        QCOMPARE(changed.count(), 5);

        QSignalSpy title(&circuit, &Circuit::titleChanged);
        circuit.setTitle(QStringLiteral("t"));
        circuit.setTitle(QStringLiteral("t"));
        QCOMPARE(title.count(), 1);
        QCOMPARE(circuit.title(), QStringLiteral("t"));
    }

    void names_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("plain") << QStringLiteral("pin-2_a.b") << true;
        QTest::newRow("its own name") << QStringLiteral("iopin") << true;
        QTest::newRow("64 characters") << QString(64, u'x') << true;
        QTest::newRow("65 characters") << QString(65, u'x') << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("space") << QStringLiteral("my pin") << false;
        QTest::newRow("slash") << QStringLiteral("a/b") << false;
        QTest::newRow("non-ASCII") << QStringLiteral("pïn") << false;
        QTest::newRow("taken") << QStringLiteral("buzzer") << false;
    }
    void names()
    {
        QFETCH(QString, name);
        QFETCH(bool, accepted);
        Seed seed;
        QSignalSpy changed(&seed.circuit, &Circuit::nodeChanged);
        QCOMPARE(seed.circuit.nameError(seed.pin, name).isEmpty(), accepted);
        seed.circuit.setName(seed.pin, name);
        const bool renamed = name != QLatin1String("iopin") && accepted;
        QCOMPARE(changed.count(), renamed ? 1 : 0);
        QCOMPARE(seed.circuit.node(seed.pin)->name, accepted ? name : QStringLiteral("iopin"));
        if (renamed) {
            QCOMPARE(changed.last().at(1).value<NodeField>(), NodeField::Name);
            // Wires refer to ids, so a rename keeps them.
            QCOMPARE(seed.circuit.targets(seed.clock), QList<NodeId> { seed.pin });
            QCOMPARE(seed.circuit.idByName(name), seed.pin);
        }
    }

    void wires_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("error"); // a word the refusal must contain; empty: accepted
        QTest::newRow("clock to led") << "clock"
                                      << "led" << QString();
        QTest::newRow("pin to led") << "iopin"
                                    << "led" << QString();
        QTest::newRow("into a clock") << "iopin"
                                      << "clock"
                                      << "clock has no input";
        QTest::newRow("from a buzzer") << "buzzer"
                                       << "led"
                                       << "buzzer has no output";
        QTest::newRow("from a led") << "led"
                                    << "buzzer"
                                    << "led has no output";
        QTest::newRow("onto itself") << "iopin"
                                     << "iopin"
                                     << "itself";
        QTest::newRow("duplicate") << "clock"
                                   << "iopin"
                                   << "already wired";
        QTest::newRow("unknown end") << "clock"
                                     << "nobody"
                                     << "no node";
    }
    void wires()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, error);
        Seed seed;
        const NodeId a = seed.circuit.idByName(from);
        const NodeId b = seed.circuit.idByName(to);
        const QList<NodeId> before = seed.circuit.targets(a);
        QSignalSpy added(&seed.circuit, &Circuit::wireAdded);
        const QString why = seed.circuit.wireError(a, b);
        QVERIFY2(why.contains(error), qPrintable(why));
        QCOMPARE(why.isEmpty(), error.isEmpty());
        const WireId id = seed.circuit.addWire(a, b);
        QCOMPARE(id != 0, error.isEmpty());
        if (error.isEmpty()) {
            QCOMPARE(id, 3); // after the seed's 1 and 2
            QCOMPARE(added.count(), 1);
            QCOMPARE(added.at(0).at(0).value<WireId>(), id);
            QCOMPARE(*seed.circuit.wire(id), (Wire { id, a, b, {}, {} }));
            QCOMPARE(seed.circuit.wireBetween(a, b), id);
            QCOMPARE(seed.circuit.wiresFrom(a).last(), id);
            QCOMPARE(seed.circuit.wiresInto(b).last(), id);
            QCOMPARE(seed.circuit.targets(a), before + QList<NodeId> { b });
            QVERIFY(seed.circuit.sources(b).contains(a));
        } else {
            QCOMPARE(added.count(), 0);
            QCOMPARE(seed.circuit.targets(a), before);
        }
    }

    void wireIndexAndRemoval()
    {
        Seed seed;
        Circuit &circuit = seed.circuit;
        QVERIFY(circuit.addWire(seed.pin, seed.led, 0));
        QCOMPARE(circuit.targets(seed.pin), (QList<NodeId> { seed.led, seed.buzzer }));
        const NodeId led2 = circuit.addNode(nodeSpec(QStringLiteral("led2"), NodeKind::Led, 9));
        QVERIFY(circuit.addWire(seed.pin, led2, 1));
        QVERIFY(circuit.addWire(seed.clock, led2, 57)); // past the end appends
        QCOMPARE(circuit.targets(seed.pin), (QList<NodeId> { seed.led, led2, seed.buzzer }));
        QCOMPARE(circuit.targets(seed.clock), (QList<NodeId> { seed.pin, led2 }));
        // In the wires' document order: pin -> led2 went in at 1, clock -> led2 last.
        QCOMPARE(circuit.sources(led2), (QList<NodeId> { seed.pin, seed.clock }));
        QCOMPARE(circuit.wiresInto(led2),
            (QList<WireId> {
                circuit.wireBetween(seed.pin, led2), circuit.wireBetween(seed.clock, led2) }));

        QSignalSpy removed(&circuit, &Circuit::wireRemoved);
        const WireId pinToLed2 = circuit.wireBetween(seed.pin, led2);
        QVERIFY(circuit.removeWire(pinToLed2));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.at(0).at(0).value<WireId>(), pinToLed2);
        QCOMPARE(removed.at(0).at(1).value<NodeId>(), seed.pin);
        QCOMPARE(removed.at(0).at(2).value<NodeId>(), led2);
        QCOMPARE(circuit.targets(seed.pin), (QList<NodeId> { seed.led, seed.buzzer }));
        QCOMPARE(circuit.wireBetween(seed.pin, led2), 0);
        QVERIFY(!circuit.removeWire(pinToLed2)); // not there
        QVERIFY(!circuit.removeWire(99));
        QCOMPARE(removed.count(), 1);
    }

    void wireIdsAreStable()
    {
        Seed seed;
        Circuit &circuit = seed.circuit;
        // A given id is kept (undo); an id in use is refused; fresh ids follow the highest.
        QCOMPARE(circuit.addWire(seed.clock, seed.led, -1, 40), 40);
        QCOMPARE(circuit.addWire(seed.pin, seed.led, -1, 40), 0);
        QCOMPARE(circuit.addWire(seed.pin, seed.led), 41);
        QVERIFY(circuit.removeWire(2));
        Wire back { 2, seed.pin, seed.buzzer, QStringLiteral("/bits"), {} };
        back.faults.message.drop = 0.5;
        QCOMPARE(circuit.addWire(back, 1), 2);
        QCOMPARE(*circuit.wire(2), back);
        QCOMPARE(circuit.wireIds(), (QList<WireId> { 1, 2, 40, 41 }));
        QCOMPARE(circuit.wiresFrom(seed.pin), (QList<WireId> { 2, 41 }));
        QCOMPARE(circuit.wires().at(1), back);
        // A rename keeps every wire.
        QVERIFY(circuit.setName(seed.pin, QStringLiteral("pin")));
        QCOMPARE(circuit.wireBetween(seed.pin, seed.buzzer), 2);
    }

    void wireFaults_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<double>("value");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("drop 0.3") << "message.drop" << 0.3 << true;
        QTest::newRow("drop 1") << "message.drop" << 1.0 << true;
        QTest::newRow("drop 1.5") << "message.drop" << 1.5 << false;
        QTest::newRow("duplicate -0.1") << "ack.duplicate" << -0.1 << false;
        QTest::newRow("delay 50") << "message.delay_ms" << 50.0 << true;
        QTest::newRow("negative delay") << "message.delay_ms" << -1.0 << false;
        QTest::newRow("delay over an hour") << "ack.delay_ms" << 3'600'001.0 << false;
        QTest::newRow("jitter nan") << "ack.jitter_ms" << qQNaN() << false;
        QTest::newRow("retries 100") << "retries" << 100.0 << true;
        QTest::newRow("retries 101") << "retries" << 101.0 << false;
        QTest::newRow("negative timeout") << "ack_timeout_ms" << -1.0 << false;
        QTest::newRow("cut") << "cut" << 1.0 << true;
    }
    void wireFaults()
    {
        QFETCH(QString, field);
        QFETCH(double, value);
        QFETCH(bool, accepted);
        Seed seed;
        WireFaults rules;
        const QMap<QString, double *> fields {
            { QStringLiteral("message.drop"), &rules.message.drop },
            { QStringLiteral("ack.duplicate"), &rules.ack.duplicate },
            { QStringLiteral("message.delay_ms"), &rules.message.delayMs },
            { QStringLiteral("ack.delay_ms"), &rules.ack.delayMs },
            { QStringLiteral("ack.jitter_ms"), &rules.ack.jitterMs },
        };
        if (fields.contains(field))
            *fields.value(field) = value;
        else if (field == QLatin1String("retries"))
            rules.retries = int(value);
        else if (field == QLatin1String("ack_timeout_ms"))
            rules.ackTimeoutMs = int(value);
        else
            rules.cut = true;
        const QString error = wb::faults::validate(rules);
        QCOMPARE(error.isEmpty(), accepted);
        if (!accepted)
            QVERIFY2(error.startsWith(field + QStringLiteral(": ")), qPrintable(error));
        QSignalSpy changed(&seed.circuit, &Circuit::wireChanged);
        QCOMPARE(seed.circuit.setWireFaults(2, rules), accepted);
        QCOMPARE(changed.count(), accepted ? 1 : 0);
        QCOMPARE(seed.circuit.wire(2)->faults, accepted ? rules : WireFaults());
        if (accepted) {
            QCOMPARE(changed.at(0).at(0).value<WireId>(), 2);
            QVERIFY(!seed.circuit.setWireFaults(2, rules)); // unchanged: no signal
            QCOMPARE(changed.count(), 1);
        }
        QVERIFY(!seed.circuit.setWireFaults(99, rules));
    }

    void wireChannel_data()
    {
        QTest::addColumn<QString>("channel");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("a path") << "/datafeed" << true;
        QTest::newRow("nested") << "/a/b-c_d.e" << true;
        QTest::newRow("no slash") << "datafeed" << false;
        QTest::newRow("space") << "/a b" << false;
        QTest::newRow("query") << "/a?b" << false;
        QTest::newRow("non-ASCII") << "/pïn" << false;
        QTest::newRow("too long") << QString(u'/' + QString(256, u'a')) << false;
    }
    void wireChannel()
    {
        QFETCH(QString, channel);
        QFETCH(bool, accepted);
        Seed seed;
        QSignalSpy changed(&seed.circuit, &Circuit::wireChanged);
        QCOMPARE(seed.circuit.setWireChannel(1, channel), accepted);
        QCOMPARE(changed.count(), accepted ? 1 : 0);
        QCOMPARE(seed.circuit.wire(1)->channel, accepted ? channel : QString());
        if (accepted) {
            QVERIFY(seed.circuit.setWireChannel(1, QString())); // back to the sender's choice
            QCOMPARE(changed.count(), 2);
        }
    }

    void seedAndSchedule()
    {
        Seed seed;
        Circuit &circuit = seed.circuit;
        QSignalSpy seedChanged(&circuit, &Circuit::seedChanged);
        QSignalSpy scheduleChanged(&circuit, &Circuit::scheduleChanged);
        QVERIFY(!circuit.seed());
        QVERIFY(circuit.setSeed(0));
        QVERIFY(!circuit.setSeed(0));
        QVERIFY(circuit.setSeed(std::nullopt));
        QCOMPARE(seedChanged.count(), 2);

        const QList<ScheduledFault> schedule {
            { 5000, seed.pin, ScheduledFault::Action::Hang, 3000 },
            { 9000, seed.buzzer, ScheduledFault::Action::Restart, 0 },
        };
        QVERIFY(circuit.setSchedule(schedule));
        QVERIFY(!circuit.setSchedule(schedule));
        QCOMPARE(circuit.schedule(), schedule);
        QCOMPARE(scheduleChanged.count(), 1);
        // Refused as a whole: a node that is not, a negative time, a restart that lasts.
        for (const ScheduledFault &bad :
            { ScheduledFault { 0, 42, ScheduledFault::Action::Crash, 0 },
                ScheduledFault { -1, seed.pin, ScheduledFault::Action::Crash, 0 },
                ScheduledFault { 0, seed.pin, ScheduledFault::Action::Restart, 10 } }) {
            QVERIFY(!circuit.scheduleError({ schedule.first(), bad }).isEmpty());
            QVERIFY(!circuit.setSchedule({ schedule.first(), bad }));
        }
        QCOMPARE(circuit.scheduleError(
                     { schedule.first(), { 0, 42, ScheduledFault::Action::Crash, 0 } }),
            QStringLiteral("schedule[1].node: no such node"));
        QCOMPARE(scheduleChanged.count(), 1);
        // A removed node takes its faults with it.
        QVERIFY(circuit.removeNode(seed.pin));
        QCOMPARE(circuit.schedule(), QList<ScheduledFault> { schedule.last() });
        QCOMPARE(scheduleChanged.count(), 2);
    }

    void uniqueName()
    {
        Seed seed;
        QCOMPARE(seed.circuit.uniqueName(QStringLiteral("led9")), QStringLiteral("led9"));
        QCOMPARE(seed.circuit.uniqueName(QStringLiteral("led")), QStringLiteral("led2"));
        seed.circuit.addNode(nodeSpec(QStringLiteral("led2"), NodeKind::Led, 9));
        QCOMPARE(seed.circuit.uniqueName(QStringLiteral("led")), QStringLiteral("led3"));
        QCOMPARE(seed.circuit.uniqueName(QStringLiteral("buzzer")), QStringLiteral("buzzer2"));
    }

    void freePort()
    {
        Seed seed; // ports 0 (clock), 8765, 8766, 8767
        QCOMPARE(seed.circuit.freePort(), quint16(8768));
        QCOMPARE(seed.circuit.freePort(8766), quint16(8768));
        QCOMPARE(seed.circuit.freePort(9000), quint16(9000));
        QCOMPARE(seed.circuit.freePort(1), quint16(1));
        seed.circuit.setPort(seed.led, 65535);
        QCOMPARE(seed.circuit.freePort(), quint16(8767));
        QCOMPARE(seed.circuit.freePort(65535), quint16(0)); // none left
        Circuit empty;
        QCOMPARE(empty.freePort(), quint16(8765));
    }
};

QTEST_GUILESS_MAIN(TestCircuit)
#include "tst_circuit.moc"
