// Discovery in the workbench window, with real processes: a wirebench-node registered in a
// real etcd appears when "Discover Nodes" is on, in the document (marked discovered, with its
// remote kind), in the mesh table (its health alive, watched although nothing runs) and on the
// canvas (laid out, tagged); it is read-only; killed with SIGKILL it leaves every view within
// TTL + 1 s; turning discovery off removes the discovered nodes. A registry that is not there is
// shown as unreachable, with the time to the next attempt. The address dialog asks again, with
// the reason, until it gets an address.
#include "../app/processkit.h"
#include "../core/etcdkit.h"
#include "canvas/circuitscene.h"
#include "canvas/circuitview.h"
#include "canvas/nodeitem.h"
#include "circuiteditor.h"
#include "discovery/meshdiscovery.h"
#include "discoverycontrol.h"
#include "document/circuit.h"
#include "nodeselection.h"
#include "panels/inspectorwidget.h"
#include "panels/meshtablemodel.h"
#include "runtime/meshruntime.h"
#include "uitestkit.h"
#include "windowactions.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStatusBar>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;
using wb::MeshRuntime;
using wb::MeshTableModel;
using wb::NodeId;
using wbtest::Process;

namespace {

constexpr int kTtlSeconds = 5; // the node's default lease
constexpr int kGoneMs = kTtlSeconds * 1000 + 1000; // the bound: TTL + 1 s

QString cell(const MeshTableModel *model, NodeId id, int column)
{
    return model->data(model->index(model->rowOf(id), column)).toString();
}

} // namespace

class TestWindowDiscovery final : public QObject
{
    Q_OBJECT

    wbtest::Etcd m_etcd;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(Process::nodeProgram()), qPrintable(Process::nodeProgram()));
        if (wbtest::Etcd::program().isEmpty())
            QSKIP(wbtest::Etcd::missingMessage());
        QVERIFY2(m_etcd.start(), qPrintable(m_etcd.log));
    }

    void registeredNodesAppearAndLeave()
    {
        Process alpha;
        const quint16 port = wbtest::freePort();
        alpha.startNode({ u"buzzer"_s, u"-p"_s, QString::number(port), u"--name"_s, u"alpha"_s,
            u"--registry"_s, m_etcd.url() });
        QVERIFY2(alpha.waitForServing() == port, qPrintable(alpha.report()));
        QVERIFY2(alpha.waitForOutput(u"registered alpha"_s).hasMatch(), qPrintable(alpha.report()));

        uitest::Window w;
        w->openInitial(); // the seed circuit: its own buzzer is not alpha
        w->show();
        MeshTableModel *model = w->meshModel();
        QAbstractItemModelTester tester(
            model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        wb::CircuitScene *scene = w->view()->circuitScene();
        QCOMPARE(w->runtime()->peerWatching(), MeshRuntime::PeerWatching::WhileRunning);

        QCOMPARE(w->discovery()->setRegistryUrl(m_etcd.url()), QString());
        w->actions()->discover->trigger();
        QVERIFY(w->actions()->discover->isChecked());
        QVERIFY(w->discovery()->isEnabled());
        QCOMPARE(w->runtime()->peerWatching(), MeshRuntime::PeerWatching::Always);

        // In the document, marked discovered, with what it says it is.
        QTRY_VERIFY_WITH_TIMEOUT(w->circuit()->idByName(u"alpha"_s) != 0, 5000);
        const NodeId id = w->circuit()->idByName(u"alpha"_s);
        const wb::NodeSpec *spec = w->circuit()->node(id);
        QVERIFY(spec->discovered);
        QCOMPARE(spec->kind, wb::NodeKind::External);
        QCOMPARE(spec->remoteKind, u"buzzer"_s);
        QCOMPARE(spec->port, port);
        QVERIFY(!w->isWindowModified()); // the registry's nodes are not edits
        QCOMPARE(w->discovery()->statusText(), u"Registry: 1 discovered"_s);

        // In the mesh table: discovered, not editable, alive although nothing runs.
        QVERIFY(model->rowOf(id) >= 0);
        QCOMPARE(cell(model, id, MeshTableModel::Scope), u"discovered"_s);
        QCOMPARE(cell(model, id, MeshTableModel::Kind), u"external (buzzer)"_s);
        QVERIFY(!(model->flags(model->index(model->rowOf(id), MeshTableModel::Name))
            & Qt::ItemIsEditable));
        QTRY_COMPARE_WITH_TIMEOUT(cell(model, id, MeshTableModel::Health), u"alive"_s, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(cell(model, id, MeshTableModel::Ping).endsWith(u" ms"_s), 5000);

        // On the canvas: tagged, laid out clear of the circuit's own nodes.
        wb::NodeItem *item = scene->nodeItem(id);
        QVERIFY(item);
        QVERIFY(item->isDiscovered());
        QCOMPARE(item->tags(), QStringList { u"discovered"_s });
        QTRY_COMPARE_WITH_TIMEOUT(item->badgeText(), u"alive"_s, 5000);
        for (wb::NodeItem *other : scene->nodeItems()) {
            if (other != item)
                QVERIFY(!other->sceneBoundingRect().intersects(item->sceneBoundingRect()));
        }

        // Read-only: the editor refuses, the inspector shows it disabled with a note.
        QSignalSpy refused(w->editor(), &wb::CircuitEditor::refused);
        QVERIFY(!w->editor()->renameNode(id, u"mine"_s));
        w->editor()->removeNodes({ id });
        QVERIFY(w->circuit()->contains(id));
        QCOMPARE(refused.count(), 2);
        QCOMPARE(w->editor()->undoStack()->count(), 0);
        w->selection()->set({ id });
        QWidget *name = w->inspector()->field(u"name"_s);
        QVERIFY(name && !name->isEnabled());
        QVERIFY(!w->inspector()->field(u"port"_s)->isEnabled());
        auto *note = w->inspector()->findChild<QLabel *>(u"note"_s);
        QVERIFY(note && note->text().contains(u"Discovered in the registry as buzzer"_s));

        // Killed: its lease runs out, and it is gone from the document, the table and the canvas.
        alpha.signal(SIGKILL);
        QTRY_COMPARE_WITH_TIMEOUT(w->circuit()->idByName(u"alpha"_s), 0, kGoneMs);
        QCOMPARE(model->rowOf(id), -1);
        QVERIFY(!scene->nodeItem(id));
        QCOMPARE(w->discovery()->statusText(), u"Registry: 0 discovered"_s);
        QVERIFY(alpha.waitForExit());

        // Back on restart; and discovery turned off takes it away again.
        Process again;
        again.startNode({ u"buzzer"_s, u"-p"_s, QString::number(port), u"--name"_s, u"alpha"_s,
            u"--registry"_s, m_etcd.url() });
        QVERIFY2(again.waitForServing() == port, qPrintable(again.report()));
        QTRY_VERIFY_WITH_TIMEOUT(w->circuit()->idByName(u"alpha"_s) != 0, 5000);
        QVERIFY(scene->nodeItem(w->circuit()->idByName(u"alpha"_s)));
        w->actions()->discover->trigger();
        QVERIFY(!w->discovery()->isEnabled());
        QCOMPARE(w->circuit()->idByName(u"alpha"_s), 0);
        QCOMPARE(w->circuit()->count(), 3); // the seed circuit, untouched
        QCOMPARE(w->runtime()->peerWatching(), MeshRuntime::PeerWatching::WhileRunning);
        QCOMPARE(w->discovery()->statusText(), QString());
    }

    void anUnreachableRegistryIsShownWithItsRetry()
    {
        uitest::Window w;
        w->show();
        const QString nobody = u"http://127.0.0.1:%1"_s.arg(wbtest::freePort());
        QCOMPARE(w->discovery()->setRegistryUrl(nobody), QString());
        QSignalSpy messages(w->discovery(), &wb::DiscoveryControl::message);
        w->actions()->discover->setChecked(true);
        QTRY_VERIFY_WITH_TIMEOUT(
            w->discovery()->statusText().startsWith(u"Registry unreachable · retrying"_s), 5000);
        QVERIFY(w->discovery()->statusDetails().startsWith(nobody));
        QVERIFY(!messages.isEmpty());
        QVERIFY(messages.first().first().toString().contains(nobody));
        // The status bar shows the same line.
        bool shown = false;
        for (QLabel *label : w->statusBar()->findChildren<QLabel *>())
            shown = shown || (label->isVisible() && label->text() == w->discovery()->statusText());
        QVERIFY(shown);
        w->actions()->discover->setChecked(false);
        QVERIFY(!w->discovery()->isEnabled());
    }

    void anAddressIsRequired_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("not http") << u"ftp://127.0.0.1:2379"_s;
        QTest::newRow("no host") << u"http://:2379"_s;
        QTest::newRow("words") << u"the teacher's machine"_s;
    }

    void anAddressIsRequired()
    {
        QFETCH(QString, text);
        uitest::Window w;
        QVERIFY(!w->discovery()->setRegistryUrl(text).isEmpty());
        QCOMPARE(w->discovery()->registryUrl(), QString());
        // Without an address discovery cannot start, and says so.
        QVERIFY(!w->discovery()->setEnabled(true).isEmpty());
        QVERIFY(!w->discovery()->isEnabled());
        QVERIFY(!w->actions()->discover->isChecked());
    }

    void theAddressDialogAsksUntilItGetsAnAddress()
    {
        uitest::Window w;
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.window.get()));
        // Discover Nodes without an address asks for one first.
        w->actions()->discover->trigger();
        QInputDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = openInputDialog()) != nullptr, 5000);
        QCOMPARE(dialog->textValue(), u"http://127.0.0.1:2379"_s); // etcd's own default
        QVERIFY(!w->discovery()->isEnabled());

        type(dialog, u"the teacher's machine"_s);
        // Refused: the same dialog again, with what was typed and why; nothing stored.
        QTRY_VERIFY_WITH_TIMEOUT((dialog = openInputDialog()) != nullptr, 5000);
        QVERIFY2(dialog->labelText().startsWith(u"Not a registry address: "_s),
                 qPrintable(dialog->labelText()));
        QCOMPARE(dialog->textValue(), u"the teacher's machine"_s);
        QCOMPARE(w->discovery()->registryUrl(), QString());
        QVERIFY(!w->discovery()->isEnabled());

        const QString url = u"http://127.0.0.1:%1"_s.arg(wbtest::freePort());
        type(dialog, url);
        QTRY_COMPARE_WITH_TIMEOUT(w->discovery()->registryUrl(), url, 5000);
        QVERIFY(w->discovery()->isEnabled()); // asked for by Discover Nodes: now on
        QVERIFY(w->actions()->discover->isChecked());
        QTRY_VERIFY_WITH_TIMEOUT(openInputDialog() == nullptr, 5000);
        w->actions()->discover->setChecked(false);
        QVERIFY(!w->discovery()->isEnabled());
    }

private:
    static QInputDialog *openInputDialog()
    {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *dialog = qobject_cast<QInputDialog *>(widget); dialog && dialog->isVisible())
                return dialog;
        }
        return nullptr;
    }

    // Replaces the dialog's text as a person would and presses Enter.
    static void type(QInputDialog *dialog, const QString &text)
    {
        auto *edit = dialog->findChild<QLineEdit *>();
        QVERIFY(edit);
        edit->setFocus();
        QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Return);
    }
};

QTEST_MAIN(TestWindowDiscovery)
#include "tst_windowdiscovery.moc"
