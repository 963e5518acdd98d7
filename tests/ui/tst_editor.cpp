// CircuitEditor: every edit is one undo step that changes the document and comes back exactly
// on undo; refused edits change nothing and say why.
#include "canvastestkit.h"
#include "circuiteditor.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace wb;
using canvastest::describe;
using canvastest::snapshot;

namespace {

enum class Edit {
    AddNode,
    AddCopies,
    RemoveNode,
    RemoveSeveral,
    Rename,
    SetHost,
    SetPort,
    SetParam,
    UnsetParam,
    Move,
    AddWire,
    RemoveWire,
    SetWireFaults,
    SetWireChannel,
    SetSeed,
    SetSchedule,
};

// iopin -> buzzer drops a third of its messages and retries twice.
WireFaults lossy()
{
    WireFaults rules;
    rules.message.drop = 0.3;
    rules.ack.delayMs = 50;
    rules.retries = 2;
    return rules;
}

} // namespace

class TestEditor final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_circuit = std::make_unique<Circuit>();
        canvastest::buildSeedLike(*m_circuit);
        m_editor = std::make_unique<CircuitEditor>(m_circuit.get());
    }

    void undoRedo_data()
    {
        QTest::addColumn<int>("edit");
        QTest::newRow("add node") << int(Edit::AddNode);
        QTest::newRow("add copies") << int(Edit::AddCopies);
        QTest::newRow("remove node with wires") << int(Edit::RemoveNode);
        QTest::newRow("remove several") << int(Edit::RemoveSeveral);
        QTest::newRow("rename") << int(Edit::Rename);
        QTest::newRow("set host") << int(Edit::SetHost);
        QTest::newRow("set port") << int(Edit::SetPort);
        QTest::newRow("set param") << int(Edit::SetParam);
        QTest::newRow("unset param") << int(Edit::UnsetParam);
        QTest::newRow("move") << int(Edit::Move);
        QTest::newRow("add wire") << int(Edit::AddWire);
        QTest::newRow("remove wire") << int(Edit::RemoveWire);
        QTest::newRow("set wire faults") << int(Edit::SetWireFaults);
        QTest::newRow("set wire channel") << int(Edit::SetWireChannel);
        QTest::newRow("set seed") << int(Edit::SetSeed);
        QTest::newRow("set schedule") << int(Edit::SetSchedule);
    }

    void undoRedo()
    {
        QFETCH(int, edit);
        const circuitformat::Document before = snapshot(*m_circuit);
        QUndoStack *stack = m_editor->undoStack();
        switch (Edit(edit)) {
        case Edit::AddNode:
            QVERIFY(m_editor->addNode(NodeKind::Led, { 100, 300 }) != 0);
            break;
        case Edit::AddCopies:
            QCOMPARE(m_editor
                         ->addCopies({ *m_circuit->node(1), *m_circuit->node(2) },
                             m_circuit->wires(), { 0, 200 })
                         .size(),
                2);
            break;
        case Edit::RemoveNode:
            m_editor->removeNodes({ 2 });
            break;
        case Edit::RemoveSeveral:
            m_editor->removeNodes({ 3, 1 });
            break;
        case Edit::Rename:
            QVERIFY(m_editor->renameNode(2, QStringLiteral("pin")));
            break;
        case Edit::SetHost:
            QVERIFY(m_editor->setHost(3, QStringLiteral("0.0.0.0")));
            break;
        case Edit::SetPort:
            QVERIFY(m_editor->setPort(3, 9999));
            break;
        case Edit::SetParam:
            QVERIFY(m_editor->setParam(2, QStringLiteral("chance"), QStringLiteral("0.25")));
            QCOMPARE(m_circuit->node(2)->params.value(QStringLiteral("chance")), QVariant(0.25));
            break;
        case Edit::UnsetParam:
            QVERIFY(m_editor->setParam(2, QStringLiteral("seed"), 7));
            stack->clear();
            m_circuit->setParam(2, QStringLiteral("seed"), QVariant());
            QVERIFY(m_editor->setParam(2, QStringLiteral("seed"), 8));
            break;
        case Edit::Move:
            m_editor->moveNodes({ { 1, QPointF(0, 0) }, { 2, QPointF(240, 0) } },
                                { { 1, QPointF(20, 40) }, { 2, QPointF(260, 40) } });
            break;
        case Edit::AddWire:
            QVERIFY(m_editor->addWire(1, 4));
            break;
        case Edit::RemoveWire:
            // The first of two targets: undo must put it back first, not last.
            m_editor->removeWire(m_circuit->wireBetween(2, 3));
            break;
        case Edit::SetWireFaults:
            QVERIFY(m_editor->setWireFaults(2, lossy()));
            break;
        case Edit::SetWireChannel:
            QVERIFY(m_editor->setWireChannel(2, QStringLiteral("/datafeed")));
            break;
        case Edit::SetSeed:
            QVERIFY(m_editor->setSeed(42));
            break;
        case Edit::SetSchedule:
            QVERIFY(m_editor->setSchedule({ { 5000, 2, ScheduledFault::Action::Hang, 3000 } }));
            break;
        }
        const circuitformat::Document after = snapshot(*m_circuit);
        QVERIFY2(after != before, qPrintable(describe(after)));
        QCOMPARE(stack->count(), 1);

        for (int round = 0; round < 2; ++round) {
            stack->undo();
            QCOMPARE(describe(snapshot(*m_circuit)), describe(before));
            QCOMPARE(snapshot(*m_circuit), before);
            stack->redo();
            QCOMPARE(describe(snapshot(*m_circuit)), describe(after));
            QCOMPARE(snapshot(*m_circuit), after);
        }
    }

    void removalRestoresWiresInPlace()
    {
        // iopin streams to buzzer then led; removing the buzzer and undoing keeps that order.
        m_editor->removeNodes({ 3 });
        QCOMPARE(m_circuit->targets(2), QList<NodeId>({ 4 }));
        m_editor->undoStack()->undo();
        QCOMPARE(m_circuit->targets(2), QList<NodeId>({ 3, 4 }));
        QCOMPARE(m_circuit->node(3)->name, QStringLiteral("buzzer"));
    }

    void removalRestoresWiresWithFaults_data()
    {
        QTest::addColumn<QList<NodeId>>("removed");
        QTest::newRow("the sender") << QList<NodeId>({ 2 });
        QTest::newRow("the receiver") << QList<NodeId>({ 3 });
        QTest::newRow("both ends") << QList<NodeId>({ 3, 2 });
        QTest::newRow("everything") << QList<NodeId>({ 1, 2, 3, 4 });
    }

    void removalRestoresWiresWithFaults()
    {
        // The faulty wire iopin -> buzzer (id 2) and a schedule on iopin come back as they were:
        // same ids, channel, rules, place; the runtime and the canvas find them by id.
        QFETCH(QList<NodeId>, removed);
        QVERIFY(m_circuit->setWireFaults(2, lossy()));
        QVERIFY(m_circuit->setWireChannel(2, QStringLiteral("/bits")));
        QVERIFY(m_circuit->setSchedule({ { 1000, 2, ScheduledFault::Action::Crash, 0 } }));
        const circuitformat::Document before = snapshot(*m_circuit);
        QSignalSpy added(m_circuit.get(), &Circuit::wireAdded);
        QSignalSpy gone(m_circuit.get(), &Circuit::wireRemoved);
        QSignalSpy aboutToGo(m_circuit.get(), &Circuit::wireAboutToBeRemoved);
        m_editor->removeNodes(removed);
        QVERIFY(!m_circuit->wire(2));
        QCOMPARE(gone.count(), aboutToGo.count());
        QVERIFY(gone.count() >= 1);
        for (int round = 0; round < 2; ++round) {
            m_editor->undoStack()->undo();
            QCOMPARE(describe(snapshot(*m_circuit)), describe(before));
            QCOMPARE(snapshot(*m_circuit), before);
            QCOMPARE(m_circuit->wire(2)->faults, lossy());
            QCOMPARE(m_circuit->wire(2)->channel, QStringLiteral("/bits"));
            QCOMPARE(added.count(), gone.count()); // every wire removed came back
            m_editor->undoStack()->redo();
            QVERIFY(!m_circuit->wire(2));
        }
    }

    void refusedRedoIsNoStep()
    {
        // A wire removed behind the editor's back: the command finds nothing and the stack
        // drops it; undoing before it must not resurrect anything.
        const WireId wire = m_circuit->wireBetween(2, 3);
        QVERIFY(m_editor->setWireFaults(wire, lossy()));
        QVERIFY(m_circuit->removeWire(wire));
        m_editor->removeWire(wire);
        QCOMPARE(m_editor->undoStack()->count(), 1);
        m_editor->undoStack()->undo();
        QVERIFY(!m_circuit->wire(wire));
    }

    void removalRestoresOrder_data()
    {
        QTest::addColumn<QList<NodeId>>("removed");
        QTest::newRow("first") << QList<NodeId>({ 1 });
        QTest::newRow("middle") << QList<NodeId>({ 3 });
        QTest::newRow("last") << QList<NodeId>({ 4 });
        QTest::newRow("two apart, selected backwards") << QList<NodeId>({ 4, 2 });
        QTest::newRow("all") << QList<NodeId>({ 2, 1, 4, 3 });
    }

    void removalRestoresOrder()
    {
        QFETCH(QList<NodeId>, removed);
        const QList<NodeId> before = m_circuit->nodeIds();
        m_editor->removeNodes(removed);
        for (NodeId id : removed)
            QVERIFY(!m_circuit->contains(id));
        m_editor->undoStack()->undo();
        QCOMPARE(m_circuit->nodeIds(), before);
        m_editor->undoStack()->redo();
        m_editor->undoStack()->undo();
        QCOMPARE(m_circuit->nodeIds(), before);
    }

    void laterCommandsFindRedoneNodes()
    {
        // The id handed out on the first redo is kept, so a rename further up still applies.
        const NodeId id = m_editor->addNode(NodeKind::Buzzer, { 0, 300 });
        QVERIFY(m_editor->renameNode(id, QStringLiteral("horn")));
        const WireId wire = m_editor->addWire(2, id);
        QVERIFY(wire != 0);
        QUndoStack *stack = m_editor->undoStack();
        stack->undo();
        stack->undo();
        stack->undo();
        QVERIFY(!m_circuit->contains(id));
        stack->redo();
        stack->redo();
        stack->redo();
        QCOMPARE(m_circuit->node(id)->name, QStringLiteral("horn"));
        QCOMPARE(m_circuit->targets(2), QList<NodeId>({ 3, 4, id }));
        QCOMPARE(m_circuit->wireBetween(2, id), wire);
    }

    void newNodesGetUniqueNamesAndFreePorts()
    {
        const NodeId a = m_editor->addNode(NodeKind::Led, {});
        const NodeId b = m_editor->addNode(NodeKind::Led, {});
        QCOMPARE(m_circuit->node(a)->name, QStringLiteral("led2"));
        QCOMPARE(m_circuit->node(b)->name, QStringLiteral("led3"));
        QVERIFY(m_circuit->node(a)->port != 0);
        QVERIFY(m_circuit->node(a)->port != m_circuit->node(b)->port);
        for (NodeId other : { 2, 3, 4 })
            QVERIFY(m_circuit->node(a)->port != m_circuit->node(other)->port);
        const NodeId clock = m_editor->addNode(NodeKind::Clock, {});
        QCOMPARE(m_circuit->node(clock)->port, quint16(0));
        QCOMPARE(m_circuit->node(clock)->params, kinds::defaultParams(NodeKind::Clock));
    }

    void copiesKeepWiresAmongThemselves()
    {
        const QList<NodeSpec> originals { *m_circuit->node(1), *m_circuit->node(2),
                                          *m_circuit->node(4) };
        QVERIFY(m_circuit->setWireFaults(m_circuit->wireBetween(2, 4), lossy()));
        const QList<NodeId> ids = m_editor->addCopies(originals, m_circuit->wires(), { 0, 300 });
        QCOMPARE(ids.size(), 3);
        const NodeSpec *clock = m_circuit->node(ids.at(0));
        const NodeSpec *pin = m_circuit->node(ids.at(1));
        const NodeSpec *led = m_circuit->node(ids.at(2));
        QCOMPARE(clock->name, QStringLiteral("clock2"));
        QCOMPARE(pin->name, QStringLiteral("iopin2"));
        QCOMPARE(led->name, QStringLiteral("led2"));
        QCOMPARE(m_circuit->targets(clock->id), QList<NodeId>({ pin->id }));
        // The buzzer was not copied: that wire stays behind. The copied wire keeps its rules
        // under a fresh id.
        QCOMPARE(m_circuit->targets(pin->id), QList<NodeId>({ led->id }));
        const WireId copied = m_circuit->wireBetween(pin->id, led->id);
        QVERIFY(copied > 3);
        QCOMPARE(m_circuit->wire(copied)->faults, lossy());
        QCOMPARE(pin->position, std::optional<QPointF>(QPointF(240, 300)));
        QVERIFY(pin->port != 8765 && led->port != 8767 && pin->port != led->port);
        QCOMPARE(m_editor->undoStack()->count(), 1);

        // Copies of copies count on from the base name.
        const QList<NodeId> again = m_editor->addCopies({ *led }, {}, { 0, 0 });
        QCOMPARE(m_circuit->node(again.first())->name, QStringLiteral("led3"));
    }

    void dragsAreStepsNudgesMerge()
    {
        QUndoStack *stack = m_editor->undoStack();
        m_editor->moveNodes({ { 1, QPointF(0, 0) } }, { { 1, QPointF(20, 0) } });
        m_editor->moveNodes({ { 1, QPointF(20, 0) } }, { { 1, QPointF(40, 0) } });
        QCOMPARE(stack->count(), 2);
        m_editor->moveNodes({ { 1, QPointF(40, 0) } }, { { 1, QPointF(60, 0) } }, true);
        m_editor->moveNodes({ { 1, QPointF(60, 0) } }, { { 1, QPointF(80, 0) } }, true);
        QCOMPARE(stack->count(), 2);
        stack->undo();
        QCOMPARE(m_circuit->node(1)->position, std::optional<QPointF>(QPointF(20, 0)));
        // Nudging other nodes does not merge into a move of these.
        stack->redo();
        m_editor->moveNodes({ { 2, QPointF(240, 0) } }, { { 2, QPointF(240, 20) } }, true);
        QCOMPARE(stack->count(), 3);
        // A move to where the node already is, is no step.
        m_editor->moveNodes({ { 2, QPointF(240, 20) } }, { { 2, QPointF(240, 20) } });
        QCOMPARE(stack->count(), 3);
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("reason");
        QTest::newRow("name taken") << "rename:2:led" << "taken";
        QTest::newRow("name empty") << "rename:2:" << "1 to 64";
        QTest::newRow("name with space") << "rename:2:my pin" << "1 to 64";
        QTest::newRow("port 0") << "port:3:0" << "1 to 65535";
        QTest::newRow("port too big") << "port:3:70000" << "1 to 65535";
        QTest::newRow("port of a clock") << "port:1:9000" << "no server";
        QTest::newRow("host empty") << "host:3:" << "host";
        QTest::newRow("local host by name") << "host:3:example.org" << "IP address";
        QTest::newRow("host of a clock") << "host:1:10.0.0.1" << "no server";
        QTest::newRow("chance above 1") << "param:2:chance:2" << "between 0 and 1";
        QTest::newRow("sequence not a number") << "param:2:sequence:many" << "number";
        QTest::newRow("unknown param") << "param:3:tacks:5" << "not a parameter";
        QTest::newRow("wire into clock") << "wire:2:1" << "no input";
        QTest::newRow("wire onto itself") << "wire:2:2" << "itself";
        QTest::newRow("wire twice") << "wire:1:2" << "already wired";
        QTest::newRow("wire from led") << "wire:4:3" << "no output";
        QTest::newRow("drop above 1") << "faults:2:1.5"
                                      << "message.drop: 1.5 is not a probability";
        QTest::newRow("negative drop") << "faults:2:-0.1"
                                       << "message.drop: -0.1";
        QTest::newRow("channel without slash") << "channel:2:bits"
                                               << "not a channel";
        QTest::newRow("schedule on a clock's absent node") << "schedule:9:hang"
                                                           << "node: no such node";
        QTest::newRow("restart for a while") << "schedule:2:restart"
                                             << "for_ms";
    }

    void refusals()
    {
        QFETCH(QString, what);
        QFETCH(QString, reason);
        const QStringList p = what.split(u':');
        const NodeId id = p.at(1).toInt();
        const circuitformat::Document before = snapshot(*m_circuit);
        QSignalSpy refused(m_editor.get(), &CircuitEditor::refused);
        bool ok = true;
        if (p.at(0) == QLatin1String("rename"))
            ok = m_editor->renameNode(id, p.at(2));
        else if (p.at(0) == QLatin1String("port"))
            ok = m_editor->setPort(id, p.at(2).toInt());
        else if (p.at(0) == QLatin1String("host"))
            ok = m_editor->setHost(id, p.at(2));
        else if (p.at(0) == QLatin1String("param"))
            ok = m_editor->setParam(id, p.at(2), p.at(3));
        else if (p.at(0) == QLatin1String("wire"))
            ok = m_editor->addWire(id, p.at(2).toInt()) != 0;
        else if (p.at(0) == QLatin1String("faults")) {
            WireFaults rules;
            rules.message.drop = p.at(2).toDouble();
            ok = m_editor->setWireFaults(id, rules);
        } else if (p.at(0) == QLatin1String("channel")) {
            ok = m_editor->setWireChannel(id, p.at(2));
        } else if (p.at(0) == QLatin1String("schedule")) {
            ScheduledFault fault { 100, id, ScheduledFault::Action::Hang, 1000 };
            faults::actionFromName(p.at(2), &fault.action);
            ok = m_editor->setSchedule({ fault });
        }
        QVERIFY(!ok);
        QCOMPARE(refused.count(), 1);
        const QString text = refused.first().first().toString();
        QVERIFY2(text.contains(reason), qPrintable(text));
        QCOMPARE(m_editor->undoStack()->count(), 0);
        QCOMPARE(snapshot(*m_circuit), before);
    }

    void externalHostsMayBeNames()
    {
        const NodeId id = m_editor->addNode(NodeKind::External, {});
        QVERIFY(m_editor->setHost(id, QStringLiteral("pi.local")));
        QCOMPARE(m_circuit->node(id)->host, QStringLiteral("pi.local"));
    }

    void unchangedValuesAreNoSteps()
    {
        QVERIFY(m_editor->renameNode(2, QStringLiteral("iopin")));
        QVERIFY(m_editor->setPort(2, 8765));
        QVERIFY(m_editor->setParam(2, QStringLiteral("sequence"), 3));
        QCOMPARE(m_editor->undoStack()->count(), 0);
    }

    void newDocumentClearsHistory()
    {
        m_editor->renameNode(2, QStringLiteral("pin"));
        QCOMPARE(m_editor->undoStack()->count(), 1);
        canvastest::buildSeedLike(*m_circuit);
        QCOMPARE(m_editor->undoStack()->count(), 0);
    }

private:
    std::unique_ptr<Circuit> m_circuit;
    std::unique_ptr<CircuitEditor> m_editor;
};

QTEST_GUILESS_MAIN(TestEditor)
#include "tst_editor.moc"
