// The main window: Run lights the LED over real sockets, a taken port is an error without a
// dialog, the title's modified mark, the unsaved-changes question, settings that persist (the
// mesh table's columns among them).
#include "analyzer/logicanalyzer.h"
#include "analyzer/traceview.h"
#include "circuiteditor.h"
#include "document/circuit.h"
#include "nodeselection.h"
#include "panels/inspectorwidget.h"
#include "panels/meshpanel.h"
#include "panels/meshtablemodel.h"
#include "panels/runstatus.h"
#include "recording/recording.h"
#include "runtime/meshruntime.h"
#include "runtime/trafficstats.h"
#include "sound/buzzersound.h"
#include "uitestkit.h"
#include "windowactions.h"

#include <QAction>
#include <QApplication>
#include <QFileInfo>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableView>
#include <QUndoStack>

using wb::DocumentController;
using wb::MeshTableModel;
using wb::NodeKind;
using wb::NodeState;
using Answer = wb::DocumentController::Answer;

namespace {

bool anyDialogShown()
{
    const QWidgetList widgets = QApplication::topLevelWidgets();
    for (QWidget *w : widgets) {
        if (qobject_cast<QDialog *>(w) && w->isVisible())
            return true;
    }
    return QApplication::activeModalWidget() != nullptr;
}

// The mesh table header's context menu entry for a column.
QAction *columnAction(const wb::MainWindow &window, int column)
{
    return window.meshPanel()->view()->horizontalHeader()->actions().value(column);
}

} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runLightsTheLed()
    {
        // clock -> iopin -> led; chance 0 means every bit is a 1. Ports 0: the kernel picks.
        const wb::circuitformat::Document document = uitest::circuit(
            { uitest::node(QStringLiteral("clock"), NodeKind::Clock, 0,
                  { { QStringLiteral("tacks"), 3 }, { QStringLiteral("delay"), 0.05 } }),
                uitest::node(QStringLiteral("pin"), NodeKind::IoPin, 0,
                    { { QStringLiteral("chance"), 0.0 }, { QStringLiteral("sequence"), 2 } }),
                uitest::node(QStringLiteral("led"), NodeKind::Led, 0) },
            { { 0, 1 }, { 1, 2 } });
        uitest::Window w;
        wb::circuitformat::setDocument(w->circuit(), document);
        w->show();
        const wb::NodeId led = w->circuit()->idByName(QStringLiteral("led"));
        QVERIFY(led != 0);
        QSignalSpy live(w->runtime(), &wb::MeshRuntime::liveState);

        w->actions()->runAll->trigger();
        QVERIFY(w->runtime()->isRunning());
        QVERIFY(w->actions()->stopAll->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(w->runtime()->clocksDone(), 10000);
        bool lit = false;
        for (const QList<QVariant> &args : std::as_const(live)) {
            lit = lit
                || (args.at(0).toInt() == led
                    && args.at(1).toMap().value(QStringLiteral("on")).toBool());
        }
        QVERIFY2(lit, "the LED received a 1 and went on");
        // The analyzer recorded the LED's level: it went on and stays on (every bit was a 1).
        const wb::Recording *recording = w->analyzer()->recording();
        const int signal = recording->digitalOf(led);
        QVERIFY(signal >= 0);
        QVERIFY(!recording->digital(signal).edges.empty());
        QCOMPARE(recording->digital(signal).lastValue(), std::optional<bool>(true));
        QTRY_COMPARE_WITH_TIMEOUT(w->stats()->node(led).messagesIn, quint64(6), 5000);
        const wb::MeshTableModel *model = w->meshModel();
        QTRY_COMPARE_WITH_TIMEOUT(
            model->data(model->index(model->rowOf(led), wb::MeshTableModel::In)).toULongLong(),
            6ull, 5000);
        QVERIFY(w->runStatus()->stateText().startsWith(QStringLiteral("Running")));
        // 3 ticks + 6 bits, every one acknowledged (the counters arrive coalesced).
        QTRY_COMPARE_WITH_TIMEOUT(w->runStatus()->totalsText(), QStringLiteral("9 sent · 9 acked"),
                                  5000);

        w->actions()->stopAll->trigger();
        QVERIFY(!w->runtime()->isRunning());
        QCOMPARE(w->runtime()->state(led), NodeState::Stopped);
        QCOMPARE(w->runStatus()->stateText(), QStringLiteral("Stopped"));
    }

    void theAnalyzerFollowsTheSelectionAndBack()
    {
        uitest::Window w;
        w->openInitial(); // the seed circuit
        const wb::NodeId pin = w->circuit()->idByName(QStringLiteral("iopin"));
        const wb::NodeId buzzer = w->circuit()->idByName(QStringLiteral("buzzer"));
        w->selection()->set({ pin });
        QCOMPARE(w->analyzer()->view()->highlightedNode(), pin);
        // A click on a row's label in the analyzer selects its node everywhere.
        Q_EMIT w->analyzer()->view()->nodeActivated(buzzer);
        QCOMPARE(w->selection()->current(), buzzer);
        QCOMPARE(w->inspector()->node(), buzzer);
        QCOMPARE(w->analyzer()->view()->highlightedNode(), buzzer);
        // The analyzer's messages reach the status bar.
        Q_EMIT w->analyzer()->statusMessage(QStringLiteral("analyzer says hello"));
        QCOMPARE(w->statusBar()->currentMessage(), QStringLiteral("analyzer says hello"));
    }

    void aTakenPortIsShownWithoutADialog()
    {
        QTcpServer holder;
        QVERIFY(holder.listen(QHostAddress::LocalHost, 0));
        QTemporaryDir dir;
        const QString path = uitest::writeCircuit(
            dir, QStringLiteral("taken.json"),
            { uitest::node(QStringLiteral("clock"), NodeKind::Clock, 0,
                           { { QStringLiteral("tacks"), 2 }, { QStringLiteral("delay"), 0.0 } }),
              uitest::node(QStringLiteral("pin"), NodeKind::IoPin, holder.serverPort()),
              uitest::node(QStringLiteral("buzzer"), NodeKind::Buzzer, holder.serverPort()) },
            { { 0, 1 }, { 1, 2 } });
        uitest::Window w;
        w->openInitial(path);
        w->show();
        const wb::NodeId pin = w->circuit()->idByName(QStringLiteral("pin"));
        const wb::NodeId buzzer = w->circuit()->idByName(QStringLiteral("buzzer"));
        w->actions()->runAll->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(w->runtime()->state(pin), NodeState::Error, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(w->runtime()->state(buzzer), NodeState::Error, 5000);
        const wb::MeshTableModel *model = w->meshModel();
        for (wb::NodeId id : { pin, buzzer }) {
            const QModelIndex state = model->index(model->rowOf(id), wb::MeshTableModel::State);
            QCOMPARE(state.data().toString(), QStringLiteral("error"));
            QCOMPARE(state.data(Qt::ToolTipRole).toString(), w->runtime()->errorString(id));
        }
        QVERIFY(w->statusBar()->currentMessage().contains(QStringLiteral("could not start")));
        QVERIFY(w->runStatus()->stateText().contains(QStringLiteral("2 errors")));
        QTest::qWait(100); // a dialog opened later would still be caught
        QVERIFY(!anyDialogShown());
        w->actions()->stopAll->trigger();
    }

    void titleShowsTheFileAndTheModifiedMark()
    {
        QTemporaryDir dir;
        const QString path = uitest::writeCircuit(
            dir, QStringLiteral("mark.json"), { uitest::node(QStringLiteral("led"), NodeKind::Led, 0) },
            {});
        uitest::Window w;
        w->openInitial(path);
        QCOMPARE(w->windowTitle(), QStringLiteral("mark.json[*] — Wirebench"));
        QVERIFY(!w->isWindowModified());
        const wb::NodeId led = w->circuit()->idByName(QStringLiteral("led"));
        QVERIFY(w->editor()->renameNode(led, QStringLiteral("lamp")));
        QVERIFY(w->isWindowModified());
        w->actions()->undo->trigger();
        QVERIFY(!w->isWindowModified()); // back to the saved state
        w->actions()->redo->trigger();
        QVERIFY(w->isWindowModified());
        w->actions()->save->trigger();
        QVERIFY(!w->isWindowModified());
        QVERIFY(w->isWindowModified() == w->documents()->isModified());
    }

    void unsavedChangesAreAskedAbout_data()
    {
        QTest::addColumn<Answer>("answer");
        QTest::addColumn<bool>("replaced");
        QTest::addColumn<bool>("savedFirst");
        QTest::newRow("cancel keeps the document") << Answer::Cancel << false << false;
        QTest::newRow("discard replaces it") << Answer::Discard << true << false;
        QTest::newRow("save, then replace") << Answer::Save << true << true;
    }

    void unsavedChangesAreAskedAbout()
    {
        QFETCH(Answer, answer);
        QFETCH(bool, replaced);
        QFETCH(bool, savedFirst);
        QTemporaryDir dir;
        const QString path = uitest::writeCircuit(
            dir, QStringLiteral("ask.json"), { uitest::node(QStringLiteral("led"), NodeKind::Led, 0) },
            {});
        uitest::Window w(answer);
        w->openInitial(path);
        w->actions()->newFile->trigger(); // unmodified: no question
        QCOMPARE(w.prompts.size(), 0);
        QCOMPARE(w->circuit()->count(), 0);
        w->openInitial(path);
        w->editor()->addNode(NodeKind::Buzzer, {});
        QCOMPARE(w->circuit()->count(), 2);

        w->actions()->newFile->trigger();
        QCOMPARE(w.prompts, QStringList { QStringLiteral("ask.json") });
        QCOMPARE(w->circuit()->count(), replaced ? 0 : 2);
        QCOMPARE(w->documents()->path().isEmpty(), replaced);
        const wb::circuitformat::Result onDisk = wb::circuitformat::load(path);
        QVERIFY(onDisk.ok());
        QCOMPARE(onDisk.document.nodes.size(), savedFirst ? 2 : 1);
        QVERIFY(!anyDialogShown());
    }

    void closingAsksAndCanBeCancelled()
    {
        uitest::Window w(Answer::Cancel);
        w->openInitial(QString()); // first start: the seed circuit
        QCOMPARE(w->circuit()->count(), 3);
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.window.get()));
        w->close(); // unmodified: closes at once
        QVERIFY(!w->isVisible());
        w->show();
        w->editor()->addNode(NodeKind::Led, {});
        w->close();
        QCOMPARE(w.prompts.size(), 1);
        QTest::qWait(50);
        QVERIFY(w->isVisible());
        w.setAnswer(Answer::Discard);
        w->close();
        QTRY_VERIFY_WITH_TIMEOUT(!w->isVisible(), 5000);
    }

    void inspectorEditsAreUndoSteps()
    {
        uitest::Window w;
        w->openInitial(); // the seed circuit
        w->show();
        const wb::NodeId pin = w->circuit()->idByName(QStringLiteral("iopin"));
        w->selection()->set({ pin });
        QCOMPARE(w->inspector()->node(), pin);
        auto *sequence = qobject_cast<QSpinBox *>(w->inspector()->field(QStringLiteral("sequence")));
        QVERIFY(sequence);
        QCOMPARE(sequence->value(), 3);
        sequence->setFocus();
        QTest::keyClick(sequence, Qt::Key_Up); // one step up: one edit
        const auto param = [&](const char *key) {
            return w->circuit()->node(pin)->params.value(QLatin1String(key));
        };
        QCOMPARE(param("sequence").toLongLong(), 4);
        QVERIFY(w->isWindowModified());
        w->actions()->undo->trigger();
        QCOMPARE(param("sequence").toLongLong(), 3);
        QCOMPARE(sequence->value(), 3); // the field shows the document

        auto *name = qobject_cast<QLineEdit *>(w->inspector()->field(QStringLiteral("name")));
        QVERIFY(name);
        name->setFocus();
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("buzzer")); // taken
        QTest::keyClick(name, Qt::Key_Return);
        QCOMPARE(w->circuit()->node(pin)->name, QStringLiteral("iopin"));
        QCOMPARE(name->text(), QStringLiteral("iopin"));
        QVERIFY(w->statusBar()->currentMessage().startsWith(QStringLiteral("Not changed")));
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("pin"));
        QTest::keyClick(name, Qt::Key_Return);
        QCOMPARE(w->circuit()->node(pin)->name, QStringLiteral("pin"));

        // While it runs: a new port restarts the node there.
        auto *port = qobject_cast<QSpinBox *>(w->inspector()->field(QStringLiteral("port")));
        QVERIFY(port);
        const quint16 free = uitest::freePort();
        port->setValue(free);
        QCOMPARE(w->circuit()->node(pin)->port, free);
        w->runtime()->start(pin);
        QTRY_COMPARE_WITH_TIMEOUT(w->runtime()->state(pin), NodeState::Listening, 5000);
        QCOMPARE(w->runtime()->listeningPort(pin), free);
        const quint16 other = uitest::freePort();
        port->setValue(other);
        QTRY_COMPARE_WITH_TIMEOUT(w->runtime()->listeningPort(pin), other, 5000);
        QCOMPARE(w->runtime()->state(pin), NodeState::Listening);
        w->runtime()->stopAll();
    }

    void settingsPersist()
    {
        QTemporaryDir dir;
        const QString path = uitest::writeCircuit(
            dir, QStringLiteral("keep.json"), { uitest::node(QStringLiteral("led"), NodeKind::Led, 0) },
            {});
        const QString ini = dir.filePath(QStringLiteral("settings.ini"));
        {
            QSettings settings(ini, QSettings::IniFormat);
            wb::MainWindow window(&settings);
            window.openInitial(path);
            window.actions()->mute->setChecked(true);
            window.actions()->themeDark->trigger();
            window.resize(900, 700);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            columnAction(window, MeshTableModel::Host)->trigger(); // the header's menu: hide
            window.close();
        }
        QSettings settings(ini, QSettings::IniFormat);
        wb::MainWindow window(&settings);
        window.openInitial(); // no file given: the last one
        QCOMPARE(window.documents()->path(), QFileInfo(path).absoluteFilePath());
        QVERIFY(window.actions()->mute->isChecked());
        QVERIFY(window.sound()->isMuted());
        QVERIFY(window.actions()->themeDark->isChecked());
        QCOMPARE(window.size(), QSize(900, 700));
        QVERIFY(window.meshPanel()->view()->isColumnHidden(MeshTableModel::Host));
        QVERIFY(!columnAction(window, MeshTableModel::Host)->isChecked());
        window.actions()->themeLight->trigger(); // leave the other tests a light theme
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
