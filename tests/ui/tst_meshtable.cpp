// The mesh table: a well-behaved model of the document, the runtime and the counters; inline
// edits through the editor; a port edit restarts the node on real sockets; a taken port is an
// error in the table; external nodes' health and ping round trips, the latter repainted at most
// ~30 times a second; discovered nodes are read-only; the panel's columns survive a restart.
#include "circuiteditor.h"
#include "document/circuit.h"
#include "healthvisuals.h"
#include "nodeselection.h"
#include "panels/meshpanel.h"
#include "panels/meshtablemodel.h"
#include "runtime/meshruntime.h"
#include "runtime/trafficstats.h"
#include "uitestkit.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QHeaderView>
#include <QIcon>
#include <QImage>
#include <QItemSelectionModel>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTcpSocket>
#include <QTest>
#include <QUndoStack>

using wb::MeshTableModel;
using wb::NodeKind;
using wb::NodeState;

namespace {

struct Bench
{
    wb::Circuit circuit;
    wb::CircuitEditor editor { &circuit };
    wb::MeshRuntime runtime { &circuit };
    wb::TrafficStats stats { &runtime, 30 };
    MeshTableModel model { &editor, &runtime, &stats };

    wb::NodeId add(const QString &name, NodeKind kind, quint16 port = 0, QVariantMap params = {})
    {
        return circuit.addNode(uitest::node(name, kind, port, params));
    }
    QVariant cell(wb::NodeId id, int column, int role = Qt::DisplayRole) const
    {
        return model.data(model.index(model.rowOf(id), column), role);
    }
    bool edit(wb::NodeId id, int column, const QVariant &value)
    {
        return model.setData(model.index(model.rowOf(id), column), value, Qt::EditRole);
    }
    QList<wb::NodeId> rows() const
    {
        QList<wb::NodeId> ids;
        for (int r = 0; r < model.rowCount(); ++r)
            ids << model.nodeAt(r);
        return ids;
    }
};

// Whether something accepts TCP connections on 127.0.0.1:port right now.
bool accepts(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    (void)QTest::qWaitFor(
        [&socket] {
            return socket.state() == QAbstractSocket::ConnectedState
                || socket.state() == QAbstractSocket::UnconnectedState;
        },
        5000);
    return socket.state() == QAbstractSocket::ConnectedState;
}

} // namespace

class TestMeshTable final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void behavesUnderTheModelTester()
    {
        Bench b;
        const wb::NodeId clock = b.add(QStringLiteral("clock"), NodeKind::Clock, 0,
            { { QStringLiteral("tacks"), 4 }, { QStringLiteral("delay"), 0.0 } });
        QAbstractItemModelTester tester(
            &b.model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const wb::NodeId led = b.editor.addNode(NodeKind::Led, {});
        const wb::NodeId pin = b.editor.addNode(NodeKind::IoPin, {});
        QVERIFY(b.editor.addWire(clock, pin));
        QVERIFY(b.editor.addWire(pin, led));
        QVERIFY(b.edit(led, MeshTableModel::Name, QStringLiteral("lamp")));
        QVERIFY(b.edit(led, MeshTableModel::Port, 0) == false);
        b.editor.removeNodes({ pin });
        b.editor.undoStack()->undo();
        b.editor.undoStack()->redo();
        b.editor.undoStack()->undo();
        // Run it: counters and states change under the tester too.
        QVERIFY(b.edit(led, MeshTableModel::Port, uitest::freePort()));
        QVERIFY(b.edit(pin, MeshTableModel::Port, uitest::freePort()));
        b.runtime.startAll();
        QTRY_VERIFY_WITH_TIMEOUT(b.runtime.clocksDone(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(b.cell(pin, MeshTableModel::In).toULongLong(), 4ull, 5000);
        QCOMPARE(b.cell(clock, MeshTableModel::Out).toULongLong(), 4ull);
        QCOMPARE(b.cell(clock, MeshTableModel::LastAck).toString(), QStringLiteral("acknowledged"));
        // The columns that may be cut short say it whole in their tooltips.
        QCOMPARE(b.cell(clock, MeshTableModel::LastAck, Qt::ToolTipRole).toString(),
            QStringLiteral("acknowledged"));
        QVERIFY(b.cell(led, MeshTableModel::Name, Qt::ToolTipRole).toString().contains(u"lamp"));
        QVERIFY(b.cell(clock, MeshTableModel::Rtt).toString().endsWith(QStringLiteral("ms")));
        b.runtime.stopAll();
        b.circuit.setContents({});
        QCOMPARE(b.model.rowCount(), 0);
    }

    void followsTheDocumentRowByRow()
    {
        Bench b;
        const wb::NodeId a = b.add(QStringLiteral("a"), NodeKind::Led);
        QSignalSpy resets(&b.model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&b.model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&b.model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&b.model, &QAbstractItemModel::dataChanged);
        const wb::NodeId x = b.editor.addNode(NodeKind::Buzzer, {});
        const wb::NodeId y = b.editor.addNode(NodeKind::IoPin, {});
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(b.rows(), (QList<wb::NodeId> { a, x, y }));
        b.editor.removeNodes({ x });
        QCOMPARE(removed.count(), 1);
        QCOMPARE(b.rows(), (QList<wb::NodeId> { a, y }));
        b.editor.undoStack()->undo();
        QCOMPARE(b.rows(), b.circuit.nodeIds()); // back where the document has it
        QVERIFY(b.editor.renameNode(a, QStringLiteral("alpha")));
        QCOMPARE(b.cell(a, MeshTableModel::Name).toString(), QStringLiteral("alpha"));
        QVERIFY(!changed.isEmpty());
        const QModelIndex topLeft = changed.last().at(0).toModelIndex();
        const QModelIndex bottomRight = changed.last().at(1).toModelIndex();
        QCOMPARE(topLeft.row(), b.model.rowOf(a));
        QCOMPARE(bottomRight.row(), b.model.rowOf(a)); // that row only
        QCOMPARE(resets.count(), 0);
    }

    void showsWhatEachKindHas()
    {
        Bench b;
        const wb::NodeId clock = b.add(QStringLiteral("clock"), NodeKind::Clock);
        const wb::NodeId ext = b.add(QStringLiteral("far"), NodeKind::External, 9999);
        const wb::NodeId pin = b.add(QStringLiteral("iopin"), NodeKind::IoPin, 8765);
        QCOMPARE(b.cell(clock, MeshTableModel::Port).toString(), QStringLiteral("—"));
        QVERIFY(!(b.model.flags(b.model.index(b.model.rowOf(clock), MeshTableModel::Port))
            & Qt::ItemIsEditable));
        QCOMPARE(b.cell(ext, MeshTableModel::Scope).toString(), QStringLiteral("external"));
        QCOMPARE(b.cell(ext, MeshTableModel::State).toString(), QStringLiteral("remote"));
        QCOMPARE(b.cell(pin, MeshTableModel::Scope).toString(), QStringLiteral("local"));
        QCOMPARE(b.cell(pin, MeshTableModel::Port).toString(), QStringLiteral("8765"));
        QCOMPARE(b.cell(pin, MeshTableModel::State).toString(), QStringLiteral("stopped"));
        QCOMPARE(b.cell(pin, MeshTableModel::Kind).toString(), QStringLiteral("iopin"));
        // Health is an external node's (ping/pong); not watched yet, it is unknown.
        QCOMPARE(b.cell(ext, MeshTableModel::Health).toString(), QStringLiteral("unknown"));
        QCOMPARE(b.cell(ext, MeshTableModel::Ping).toString(), QString());
        QCOMPARE(b.cell(pin, MeshTableModel::Health).toString(), QStringLiteral("—"));
        QCOMPARE(b.cell(pin, MeshTableModel::Ping).toString(), QStringLiteral("—"));
    }

    // The Health cell shows only an icon: each health has its own shape, not only its own
    // colour (the cells' masks differ pairwise), and the table shows the icon of the health.
    void healthsDifferInShapeNotOnlyColour()
    {
        const QList<wb::PeerHealth> healths { wb::PeerHealth::Unknown, wb::PeerHealth::Alive,
            wb::PeerHealth::Suspect, wb::PeerHealth::Dead, wb::PeerHealth::Reconnecting };
        QList<QImage> shapes;
        for (const wb::PeerHealth health : healths) {
            const QImage image = wb::healthvisuals::icon(health).pixmap(32, 32).toImage();
            QVERIFY(!image.isNull());
            shapes << image.createAlphaMask();
        }
        for (qsizetype i = 0; i < shapes.size(); ++i) {
            for (qsizetype j = i + 1; j < shapes.size(); ++j)
                QVERIFY2(shapes.at(i) != shapes.at(j),
                    qPrintable(QStringLiteral("%1 and %2")
                                   .arg(wb::peerHealthName(healths.at(i)),
                                       wb::peerHealthName(healths.at(j)))));
        }
        Bench b;
        const wb::NodeId ext = b.add(QStringLiteral("far"), NodeKind::External, 9999);
        const QIcon shown = b.model
                                .data(b.model.index(b.model.rowOf(ext), MeshTableModel::Health),
                                    Qt::DecorationRole)
                                .value<QIcon>();
        QCOMPARE(shown.pixmap(32, 32).toImage(),
            wb::healthvisuals::icon(wb::PeerHealth::Unknown).pixmap(32, 32).toImage());
    }

    void nodesElsewhereCountWhatTheyWereSent_data()
    {
        QTest::addColumn<bool>("discovered");
        QTest::newRow("external") << false;
        QTest::newRow("discovered") << true;
    }

    void nodesElsewhereCountWhatTheyWereSent()
    {
        // A real node elsewhere: an LED of a second runtime, which this one only sends to.
        QFETCH(bool, discovered);
        wb::Circuit farCircuit;
        const wb::NodeId lamp = farCircuit.addNode(
            uitest::node(QStringLiteral("lamp"), NodeKind::Led, uitest::freePort()));
        wb::MeshRuntime far(&farCircuit);
        wb::TrafficStats farStats(&far, 30);
        far.startAll();
        QTRY_COMPARE_WITH_TIMEOUT(far.state(lamp), NodeState::Listening, 10000);

        Bench b;
        QAbstractItemModelTester tester(
            &b.model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const wb::NodeId clock = b.add(QStringLiteral("clock"), NodeKind::Clock, 0,
            { { QStringLiteral("tacks"), 5 }, { QStringLiteral("delay"), 0.0 } });
        wb::NodeSpec spec
            = uitest::node(QStringLiteral("lamp"), NodeKind::External, far.listeningPort(lamp));
        spec.discovered = discovered;
        const wb::NodeId ext = b.circuit.addNode(spec);
        QVERIFY(b.circuit.addWire(clock, ext));
        QCOMPARE(b.cell(ext, MeshTableModel::In).toULongLong(), 0ull);
        b.runtime.startAll();
        QTRY_VERIFY_WITH_TIMEOUT(b.runtime.clocksDone(), 10000);
        // The clock sent the LED five: the table says five, as the LED's own does.
        QTRY_COMPARE_WITH_TIMEOUT(b.cell(ext, MeshTableModel::In).toULongLong(), 5ull, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(farStats.node(lamp).messagesIn, 5ull, 5000);
        QCOMPARE(b.cell(clock, MeshTableModel::Out).toULongLong(), 5ull);
        b.runtime.stopAll();
        far.stopAll();
    }

    void discoveredNodesAreReadOnly()
    {
        Bench b;
        QAbstractItemModelTester tester(
            &b.model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        wb::NodeSpec spec = uitest::node(QStringLiteral("alice"), NodeKind::External, 8766);
        spec.discovered = true;
        spec.remoteKind = QStringLiteral("buzzer");
        const wb::NodeId id = b.circuit.addNode(spec);
        QCOMPARE(b.cell(id, MeshTableModel::Scope).toString(), QStringLiteral("discovered"));
        QCOMPARE(b.cell(id, MeshTableModel::Kind).toString(), QStringLiteral("external (buzzer)"));
        QVERIFY(b.cell(id, MeshTableModel::Name, Qt::FontRole).value<QFont>().italic());
        QSignalSpy refused(&b.editor, &wb::CircuitEditor::refused);
        const int row = b.model.rowOf(id);
        for (int column = 0; column < MeshTableModel::ColumnCount; ++column)
            QVERIFY(!(b.model.flags(b.model.index(row, column)) & Qt::ItemIsEditable));
        QVERIFY(!b.edit(id, MeshTableModel::Name, QStringLiteral("bob")));
        QVERIFY(!b.edit(id, MeshTableModel::Port, 9000));
        // The editor refuses whatever the way in.
        QVERIFY(!b.editor.setHost(id, QStringLiteral("10.0.0.9")));
        QVERIFY(!b.editor.renameNode(id, QStringLiteral("bob")));
        QCOMPARE(refused.count(), 2);
        QCOMPARE(b.circuit.node(id)->name, QStringLiteral("alice"));
        QCOMPARE(b.editor.undoStack()->count(), 0);
        // A copy is the file's own external node at the same address.
        const QList<wb::NodeId> copies = b.editor.addCopies({ *b.circuit.node(id) }, {}, {});
        QCOMPARE(copies.size(), 1);
        QVERIFY(!b.circuit.node(copies.first())->discovered);
        QCOMPARE(b.circuit.node(copies.first())->port, quint16(8766));
        // It leaves with its registration, not by an edit.
        b.circuit.removeNode(id);
        QCOMPARE(b.model.rowOf(id), -1);
    }

    void roundTripsRepaintAtMostThirtyTimesASecond()
    {
        Bench b;
        const wb::NodeId far = b.add(QStringLiteral("far"), NodeKind::External, 9999);
        const wb::NodeId near = b.add(QStringLiteral("near"), NodeKind::External, 9998);
        QSignalSpy changed(&b.model, &QAbstractItemModel::dataChanged);
        // A burst of round trips (the signals the runtime sends once a second per peer).
        for (int i = 0; i < 1000; ++i) {
            Q_EMIT b.runtime.peerRttMeasured(far, 1000 + i);
            Q_EMIT b.runtime.peerRttMeasured(near, 1000 + i);
        }
        QCOMPARE(changed.count(), 0); // collected, not repainted one by one
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 2, 1000); // then one change per row
        for (const QList<QVariant> &args : std::as_const(changed)) {
            QCOMPARE(args.at(0).toModelIndex().column(), int(MeshTableModel::Ping));
            QCOMPARE(args.at(1).toModelIndex().column(), int(MeshTableModel::Ping));
        }
        QTest::qWait(3 * MeshTableModel::kRttRepaintMs);
        QCOMPARE(changed.count(), 2);
        // A change of health is news: shown at once.
        Q_EMIT b.runtime.peerHealthChanged(far, wb::PeerHealth::Dead);
        QCOMPARE(changed.count(), 3);
        QCOMPARE(changed.last().at(0).toModelIndex().column(), int(MeshTableModel::Health));
    }

    void refusedEditsChangeNothing_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QVariant>("value");
        QTest::newRow("name taken")
            << int(MeshTableModel::Name) << QVariant(QStringLiteral("other"));
        QTest::newRow("empty name") << int(MeshTableModel::Name) << QVariant(QStringLiteral("  "));
        QTest::newRow("port 0") << int(MeshTableModel::Port) << QVariant(0);
        QTest::newRow("port too big") << int(MeshTableModel::Port) << QVariant(70000);
        QTest::newRow("port not a number")
            << int(MeshTableModel::Port) << QVariant(QStringLiteral("http"));
        QTest::newRow("empty host") << int(MeshTableModel::Host) << QVariant(QString());
        QTest::newRow("not editable: kind")
            << int(MeshTableModel::Kind) << QVariant(QStringLiteral("led"));
    }

    void refusedEditsChangeNothing()
    {
        QFETCH(int, column);
        QFETCH(QVariant, value);
        Bench b;
        const wb::NodeId pin = b.add(QStringLiteral("pin"), NodeKind::IoPin, 8765);
        b.add(QStringLiteral("other"), NodeKind::Led, 8766);
        const wb::NodeSpec before = *b.circuit.node(pin);
        QSignalSpy refused(&b.editor, &wb::CircuitEditor::refused);
        QVERIFY(!b.edit(pin, column, value));
        QCOMPARE(*b.circuit.node(pin), before);
        QCOMPARE(b.editor.undoStack()->count(), 0);
        if (column != MeshTableModel::Kind) {
            QCOMPARE(refused.count(), 1); // the reason goes to the status bar
            QVERIFY(!refused.first().first().toString().isEmpty());
        }
    }

    void editingThePortRestartsTheNode()
    {
        Bench b;
        const quint16 first = uitest::freePort();
        const wb::NodeId pin = b.add(QStringLiteral("pin"), NodeKind::IoPin, first);
        b.runtime.start(pin);
        QTRY_COMPARE_WITH_TIMEOUT(b.runtime.state(pin), NodeState::Listening, 5000);
        QVERIFY(accepts(first));

        quint16 second = uitest::freePort();
        while (second == first)
            second = uitest::freePort();
        QVERIFY(b.edit(pin, MeshTableModel::Port, second));
        QCOMPARE(b.circuit.node(pin)->port, second);
        QCOMPARE(b.cell(pin, MeshTableModel::Port).toString(), QString::number(second));
        QTRY_COMPARE_WITH_TIMEOUT(b.runtime.listeningPort(pin), second, 5000);
        QCOMPARE(b.runtime.state(pin), NodeState::Listening);
        QVERIFY(accepts(second));
        QVERIFY(!accepts(first));
        // Undo puts it back where it was, still running.
        b.editor.undoStack()->undo();
        QTRY_COMPARE_WITH_TIMEOUT(b.runtime.listeningPort(pin), first, 5000);
        QVERIFY(accepts(first));
        b.runtime.stopAll();
    }

    void aTakenPortIsAnErrorInTheTable()
    {
        QTcpServer holder;
        QVERIFY(holder.listen(QHostAddress::LocalHost, 0));
        Bench b;
        const wb::NodeId pin = b.add(QStringLiteral("pin"), NodeKind::IoPin, holder.serverPort());
        const wb::NodeId led = b.add(QStringLiteral("led"), NodeKind::Led, 0);
        b.runtime.startAll();
        QTRY_COMPARE_WITH_TIMEOUT(b.runtime.state(pin), NodeState::Error, 5000);
        QCOMPARE(b.cell(pin, MeshTableModel::State).toString(), QStringLiteral("error"));
        const QString reason = b.cell(pin, MeshTableModel::State, Qt::ToolTipRole).toString();
        QVERIFY2(!reason.isEmpty(), "the reason is the tooltip");
        QCOMPARE(reason, b.runtime.errorString(pin));
        QVERIFY(b.cell(pin, MeshTableModel::State, Qt::ForegroundRole).isValid());
        // The other node is not affected.
        QTRY_COMPARE_WITH_TIMEOUT(b.runtime.state(led), NodeState::Listening, 5000);
        QCOMPARE(b.cell(led, MeshTableModel::State).toString(), QStringLiteral("listening"));
        // Port 0: the system's choice, a number like any other, in italics.
        QCOMPARE(b.cell(led, MeshTableModel::Port).toString(),
            QString::number(b.runtime.listeningPort(led)));
        QVERIFY(b.cell(led, MeshTableModel::Port, Qt::FontRole).value<QFont>().italic());
        QVERIFY(!b.cell(pin, MeshTableModel::Port, Qt::FontRole).value<QFont>().italic());
        // Moving it to a free port from the table fixes it.
        QVERIFY(b.edit(pin, MeshTableModel::Port, uitest::freePort()));
        QTRY_COMPARE_WITH_TIMEOUT(b.runtime.state(pin), NodeState::Listening, 5000);
        QVERIFY(b.cell(pin, MeshTableModel::State, Qt::ToolTipRole).toString().isEmpty());
        b.runtime.stopAll();
    }

    void selectionIsSharedBothWays()
    {
        Bench b;
        const wb::NodeId x = b.add(QStringLiteral("x"), NodeKind::Led);
        const wb::NodeId y = b.add(QStringLiteral("y"), NodeKind::Led);
        const wb::NodeId z = b.add(QStringLiteral("z"), NodeKind::Led);
        wb::NodeSelection selection(&b.circuit);
        wb::MeshPanel panel(&b.model, &selection);
        selection.set({ x, z });
        QCOMPARE(panel.view()->selectionModel()->selectedRows().size(), 2);
        QVERIFY(panel.view()->selectionModel()->isRowSelected(b.model.rowOf(z), {}));

        panel.view()->selectionModel()->select(b.model.index(b.model.rowOf(y), 0),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QCOMPARE(selection.ids(), QList<wb::NodeId> { y });
        b.circuit.removeNode(y);
        QVERIFY(selection.ids().isEmpty());
    }

    void headerStateRoundTrips()
    {
        Bench b;
        wb::NodeSelection selection(&b.circuit);
        QByteArray state;
        {
            wb::MeshPanel panel(&b.model, &selection);
            QHeaderView *header = panel.view()->horizontalHeader();
            // Liveness comes after the counts a local circuit has.
            QVERIFY(header->visualIndex(MeshTableModel::Health)
                > header->visualIndex(MeshTableModel::Rtt));
            QVERIFY(header->visualIndex(MeshTableModel::Ping)
                < header->visualIndex(MeshTableModel::LastAck));
            QVERIFY(panel.view()->isColumnHidden(MeshTableModel::Kind));
            QVERIFY(!header->actions().at(MeshTableModel::Kind)->isChecked());
            header->actions().at(MeshTableModel::Kind)->trigger(); // shown
            header->actions().at(MeshTableModel::Port)->trigger(); // hidden
            header->resizeSection(MeshTableModel::Name, 211);
            state = panel.headerState();
        }
        wb::MeshPanel panel(&b.model, &selection);
        QHeaderView *header = panel.view()->horizontalHeader();
        QVERIFY(panel.view()->isColumnHidden(MeshTableModel::Kind)); // the default
        QVERIFY(!panel.restoreHeaderState(QByteArray("not a header")));
        QVERIFY(panel.view()->isColumnHidden(MeshTableModel::Kind)); // untouched
        QVERIFY(panel.restoreHeaderState(state));
        QVERIFY(!panel.view()->isColumnHidden(MeshTableModel::Kind));
        QVERIFY(panel.view()->isColumnHidden(MeshTableModel::Port));
        QCOMPARE(header->sectionSize(MeshTableModel::Name), 211);
        // The menu says what the header shows, and still works.
        QVERIFY(header->actions().at(MeshTableModel::Kind)->isChecked());
        QVERIFY(!header->actions().at(MeshTableModel::Port)->isChecked());
        header->actions().at(MeshTableModel::Port)->trigger();
        QVERIFY(!panel.view()->isColumnHidden(MeshTableModel::Port));
    }

    // At the window's default size the mesh dock shows every column whole: no horizontal
    // scrolling, and no column narrower than what its cells need (the last ack, the free
    // text, takes what is left and elides). With a dozen running nodes the vertical scroll
    // bar takes its share too.
    void everyColumnFitsTheDefaultDock_data()
    {
        QTest::addColumn<int>("extraLeds");
        QTest::addColumn<bool>("run");
        QTest::newRow("the seed circuit") << 0 << false;
        QTest::newRow("a dozen nodes, running") << 8 << true;
    }

    void everyColumnFitsTheDefaultDock()
    {
        QFETCH(int, extraLeds);
        QFETCH(bool, run);
        uitest::Window w;
        w->openInitial(); // the seed circuit
        if (extraLeds > 0) {
            w->circuit()->addNode(
                uitest::node(QStringLiteral("far"), NodeKind::External, uitest::freePort()));
            for (int i = 0; i < extraLeds; ++i)
                w->editor()->addNode(NodeKind::Led, {}); // port 0: the system's choice
        }
        w->resize(1440, 900);
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.window.get()));
        QTableView *view = w->meshPanel()->view();
        if (run) {
            w->runtime()->startAll();
            const wb::NodeId led = w->meshModel()->nodeAt(w->meshModel()->rowCount() - 1);
            QTRY_COMPARE_WITH_TIMEOUT(w->runtime()->state(led), NodeState::Listening, 5000);
            QTRY_VERIFY_WITH_TIMEOUT(
                !w->meshModel()->index(0, MeshTableModel::Rtt).data().toString().isEmpty(),
                10000); // the clock's first message was acked
            QTRY_VERIFY_WITH_TIMEOUT(view->verticalScrollBar()->isVisible(), 5000);
        }
        QHeaderView *header = view->horizontalHeader();
        QTRY_COMPARE_WITH_TIMEOUT(view->horizontalScrollBar()->maximum(), 0, 5000);
        const int width = view->viewport()->width();
        int shown = 0;
        for (int column = 0; column < MeshTableModel::ColumnCount; ++column) {
            if (header->isSectionHidden(column))
                continue;
            ++shown;
            const QByteArray name = w->meshModel()
                                        ->headerData(column, Qt::Horizontal, Qt::DisplayRole)
                                        .toString()
                                        .toUtf8();
            const int left = header->sectionViewportPosition(column);
            QVERIFY2(left >= 0 && left + header->sectionSize(column) <= width, name.constData());
            if (column == MeshTableModel::LastAck)
                continue;
            // What the view itself measures for the column's cells (protected in QTableView).
            const int needed = static_cast<QAbstractItemView *>(view)->sizeHintForColumn(column);
            QVERIFY2(header->sectionSize(column) >= needed,
                qPrintable(QStringLiteral("%1: %2 < %3")
                               .arg(QString::fromUtf8(name))
                               .arg(header->sectionSize(column))
                               .arg(needed)));
        }
        QCOMPARE(shown, MeshTableModel::ColumnCount - 2); // all but kind and scope
        QVERIFY(header->sectionSize(MeshTableModel::LastAck)
            >= header->sectionSizeHint(MeshTableModel::LastAck));
        w->runtime()->stopAll();
    }

    // A header state saved by an older layout (a bare QHeaderView state, other widths) is not
    // laid over this one; a state of this layout is, but a width past reason is not.
    void olderOrAbsurdHeaderStatesDoNotSpoilTheTable()
    {
        Bench b;
        wb::NodeSelection selection(&b.circuit);
        QByteArray older;
        QByteArray absurd;
        {
            wb::MeshPanel panel(&b.model, &selection);
            QHeaderView *header = panel.view()->horizontalHeader();
            header->resizeSection(MeshTableModel::Health, 400);
            header->setSectionResizeMode(MeshTableModel::Ping, QHeaderView::Stretch);
            older = header->saveState(); // what the settings held before
            header->resizeSection(MeshTableModel::Health, 40000);
            header->resizeSection(MeshTableModel::Name, 0);
            panel.view()->setColumnHidden(MeshTableModel::Host, true);
            absurd = panel.headerState();
        }
        wb::MeshPanel panel(&b.model, &selection);
        QHeaderView *header = panel.view()->horizontalHeader();
        const QByteArray fresh = header->saveState();
        QVERIFY(!panel.restoreHeaderState(older));
        QCOMPARE(header->saveState(), fresh); // untouched
        QCOMPARE(header->sectionResizeMode(MeshTableModel::Ping), QHeaderView::Interactive);

        QVERIFY(panel.restoreHeaderState(absurd));
        QVERIFY(panel.view()->isColumnHidden(MeshTableModel::Host)); // a choice: kept
        QVERIFY(!header->actions().at(MeshTableModel::Host)->isChecked());
        QCOMPARE(header->sectionSize(MeshTableModel::Health),
            panel.defaultWidth(MeshTableModel::Health));
        QVERIFY(!panel.view()->isColumnHidden(MeshTableModel::Name));
        QCOMPARE(
            header->sectionSize(MeshTableModel::Name), panel.defaultWidth(MeshTableModel::Name));
    }
};

QTEST_MAIN(TestMeshTable)
#include "tst_meshtable.moc"
