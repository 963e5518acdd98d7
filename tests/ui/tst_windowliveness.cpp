// Liveness in the workbench window, with real peers: an external node at a real wirebench-node
// or a seed-style Python buzzer is watched while the mesh runs; the mesh table's Health and
// Ping columns and the node's badge on the canvas say alive, then dead within 5 s of a SIGKILL,
// then alive again within 5 s of a restart on the same port.
#include "../app/processkit.h"
#include "canvas/circuitscene.h"
#include "canvas/circuitview.h"
#include "canvas/nodeitem.h"
#include "document/circuit.h"
#include "panels/meshtablemodel.h"
#include "runtime/meshruntime.h"
#include "uitestkit.h"
#include "windowactions.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QFile>

using namespace Qt::Literals::StringLiterals;
using wb::MeshRuntime;
using wb::MeshTableModel;
using wb::NodeId;
using wb::NodeKind;
using wbtest::Process;

namespace {

constexpr int kBoundMs = 5000; // the bound for dead, and for alive again

} // namespace

class TestWindowLiveness final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(Process::nodeProgram()), qPrintable(Process::nodeProgram()));
    }

    void deadAndAliveAgain_data()
    {
        QTest::addColumn<bool>("python");
        QTest::newRow("wirebench-node buzzer") << false;
        QTest::newRow("seed-style Python buzzer") << true;
    }

    void deadAndAliveAgain()
    {
        QFETCH(bool, python);
        Process peer;
        const quint16 port = peer.serveBuzzer(python);
        QVERIFY2(port != 0, qPrintable(peer.report()));

        // A clock ticking into the peer: while it runs, the peer is watched.
        uitest::Window w;
        wb::circuitformat::setDocument(w->circuit(),
            uitest::circuit({ uitest::node(u"clock"_s, NodeKind::Clock, 0,
                                  { { u"tacks"_s, -1 }, { u"delay"_s, 0.2 } }),
                                uitest::node(u"far"_s, NodeKind::External, port) },
                { { 0, 1 } }));
        w->show();
        MeshTableModel *model = w->meshModel();
        QAbstractItemModelTester tester(
            model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const NodeId far = w->circuit()->idByName(u"far"_s);
        const NodeId clock = w->circuit()->idByName(u"clock"_s);
        const auto cell = [&](NodeId id, int column, int role = Qt::DisplayRole) {
            return model->data(model->index(model->rowOf(id), column), role);
        };
        const wb::NodeItem *item = w->view()->circuitScene()->nodeItem(far);
        QVERIFY(item);
        QCOMPARE(w->runtime()->peerWatching(), MeshRuntime::PeerWatching::WhileRunning);
        QCOMPARE(cell(far, MeshTableModel::Health).toString(), u"unknown"_s);
        QCOMPARE(item->badgeText(), u"unknown"_s);
        QCOMPARE(cell(clock, MeshTableModel::Health).toString(), u"—"_s); // local: its state says

        w->actions()->runAll->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(
            cell(far, MeshTableModel::Health).toString(), u"alive"_s, kBoundMs);
        QTRY_VERIFY_WITH_TIMEOUT(
            cell(far, MeshTableModel::Ping).toString().endsWith(u" ms"_s), kBoundMs);
        QTRY_COMPARE_WITH_TIMEOUT(item->badgeText(), u"alive"_s, 1000);
        QCOMPARE(item->peerHealth(), wb::PeerHealth::Alive);

        peer.signal(SIGKILL);
        QTRY_COMPARE_WITH_TIMEOUT(
            cell(far, MeshTableModel::Health).toString(), u"dead"_s, kBoundMs);
        QVERIFY(cell(far, MeshTableModel::Health, Qt::ForegroundRole).isValid()); // in red
        QVERIFY(!cell(far, MeshTableModel::Health, Qt::ToolTipRole).toString().isEmpty());
        QCOMPARE(cell(far, MeshTableModel::Ping).toString(), QString()); // no round trip now
        QCOMPARE(item->peerHealth(), wb::PeerHealth::Dead);
        QVERIFY(peer.waitForExit());

        Process again;
        QCOMPARE(again.serveBuzzer(python, port), port);
        QTRY_COMPARE_WITH_TIMEOUT(
            cell(far, MeshTableModel::Health).toString(), u"alive"_s, kBoundMs);
        QCOMPARE(item->badgeText(), u"alive"_s);

        // Stopped, nothing runs: the peer is no longer watched.
        w->actions()->stopAll->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(
            cell(far, MeshTableModel::Health).toString(), u"unknown"_s, kBoundMs);
    }
};

QTEST_MAIN(TestWindowLiveness)
#include "tst_windowliveness.moc"
