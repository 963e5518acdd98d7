// The circuit document: every mutation, the signal it emits, and the edits it refuses.
#include "circuit.h"
#include "circuittestkit.h"

#include <QSignalSpy>
#include <QTest>

using wb::Circuit;
using wb::NodeField;
using wb::NodeId;
using wb::NodeKind;
using wb::NodeSpec;
using wbtest::nodeSpec;

namespace {

// clock(1) -> iopin(2) -> buzzer(3), plus an unwired led(4).
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

    void addNodeDropsTargetsToNowhere()
    {
        Circuit circuit;
        const NodeId buzzer
            = circuit.addNode(nodeSpec(QStringLiteral("buzzer"), NodeKind::Buzzer, 1));
        NodeSpec pin = nodeSpec(QStringLiteral("pin"), NodeKind::IoPin, 2);
        pin.targets = { buzzer, 42 };
        const NodeId id = circuit.addNode(pin);
        QCOMPARE(circuit.node(id)->targets, QList<NodeId> { buzzer });
    }

    void setNodesResets()
    {
        Seed seed;
        QSignalSpy reset(&seed.circuit, &Circuit::reset);
        QSignalSpy added(&seed.circuit, &Circuit::nodeAdded);
        NodeSpec a = nodeSpec(QStringLiteral("a"), NodeKind::IoPin, 1, 5);
        NodeSpec b = nodeSpec(QStringLiteral("b"), NodeKind::Buzzer, 2, 5); // duplicate id
        NodeSpec c = nodeSpec(QStringLiteral("c"), NodeKind::Led, 3, 0); // no id
        a.targets = { 6, 99 }; // 99: nowhere
        seed.circuit.setNodes({ a, b, c });
        QCOMPARE(reset.count(), 1);
        QCOMPARE(added.count(), 0);
        QCOMPARE(seed.circuit.nodeIds(), (QList<NodeId> { 5, 6, 7 }));
        QCOMPARE(seed.circuit.node(6)->name, QStringLiteral("b"));
        QCOMPARE(seed.circuit.node(5)->targets, QList<NodeId> { 6 });
        QCOMPARE(seed.circuit.idByName(QStringLiteral("clock")), 0);
        QCOMPARE(seed.circuit.addNode(nodeSpec(QStringLiteral("d"), NodeKind::Led, 4)), 8);
    }

    void removeNodeDropsItsWiresFirst()
    {
        Seed seed;
        Circuit &circuit = seed.circuit;
        QStringList order;
        connect(&circuit, &Circuit::wireRemoved, this, [&](NodeId from, NodeId to) {
            order << QStringLiteral("wireRemoved %1->%2").arg(from).arg(to);
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
        circuit.removeNode(seed.pin);
        QCOMPARE(order,
            (QStringList { QStringLiteral("wireRemoved 1->2"), QStringLiteral("aboutToBeRemoved 2"),
                QStringLiteral("removed 2") }));
        QCOMPARE(circuit.node(seed.clock)->targets, QList<NodeId>());
        QCOMPARE(circuit.nodeIds(), (QList<NodeId> { seed.clock, seed.buzzer, seed.led }));
        QCOMPARE(circuit.sources(seed.buzzer), QList<NodeId>());

        order.clear();
        circuit.removeNode(seed.pin); // gone already: nothing happens
        circuit.removeNode(1234);
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
            QCOMPARE(seed.circuit.node(seed.clock)->targets, QList<NodeId> { seed.pin });
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
        const QList<NodeId> before = seed.circuit.node(a)->targets;
        QSignalSpy added(&seed.circuit, &Circuit::wireAdded);
        const QString why = seed.circuit.wireError(a, b);
        QVERIFY2(why.contains(error), qPrintable(why));
        QCOMPARE(why.isEmpty(), error.isEmpty());
        QCOMPARE(seed.circuit.addWire(a, b), error.isEmpty());
        if (error.isEmpty()) {
            QCOMPARE(added.count(), 1);
            QCOMPARE(added.at(0).at(0).value<NodeId>(), a);
            QCOMPARE(added.at(0).at(1).value<NodeId>(), b);
            QCOMPARE(seed.circuit.node(a)->targets, before + QList<NodeId> { b });
            QVERIFY(seed.circuit.sources(b).contains(a));
        } else {
            QCOMPARE(added.count(), 0);
            QCOMPARE(seed.circuit.node(a)->targets, before);
        }
    }

    void wireIndexAndRemoval()
    {
        Seed seed;
        Circuit &circuit = seed.circuit;
        QVERIFY(circuit.addWire(seed.pin, seed.led, 0));
        QCOMPARE(circuit.node(seed.pin)->targets, (QList<NodeId> { seed.led, seed.buzzer }));
        const NodeId led2 = circuit.addNode(nodeSpec(QStringLiteral("led2"), NodeKind::Led, 9));
        QVERIFY(circuit.addWire(seed.pin, led2, 1));
        QVERIFY(circuit.addWire(seed.clock, led2, 57)); // past the end appends
        QCOMPARE(circuit.node(seed.pin)->targets, (QList<NodeId> { seed.led, led2, seed.buzzer }));
        QCOMPARE(circuit.node(seed.clock)->targets, (QList<NodeId> { seed.pin, led2 }));
        QCOMPARE(circuit.sources(led2), (QList<NodeId> { seed.clock, seed.pin }));

        QSignalSpy removed(&circuit, &Circuit::wireRemoved);
        circuit.removeWire(seed.pin, led2);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(circuit.node(seed.pin)->targets, (QList<NodeId> { seed.led, seed.buzzer }));
        circuit.removeWire(seed.pin, led2); // not there
        circuit.removeWire(99, led2);
        QCOMPARE(removed.count(), 1);
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
