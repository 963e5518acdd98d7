// The run controls of the workbench window, with real keys on the real window over real
// sockets: Space pauses (on the canvas and elsewhere) and nothing is received while paused,
// N and Right step exactly one passage, the speed slider sets the time source's speed and is
// remembered, text fields keep the keys, and a node's context menu crashes, hangs, wakes and
// restarts it, which the canvas and the mesh table show.
#include "canvas/circuitview.h"
#include "canvas/nodeitem.h"
#include "circuiteditor.h"
#include "document/circuit.h"
#include "nodeselection.h"
#include "pacescale.h"
#include "panels/inspectorwidget.h"
#include "panels/meshpanel.h"
#include "panels/meshtablemodel.h"
#include "panels/runstatus.h"
#include "runcontrol.h"
#include "runtime/meshruntime.h"
#include "speedcontrol.h"
#include "uitestkit.h"
#include "windowactions.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>
#include <QSlider>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>

using wb::DeliveryController;
using wb::NodeFault;
using wb::NodeId;
using wb::NodeKind;
using wb::TrafficEvent;

namespace {

constexpr int kTimeout = 15000;

// A clock ticking every 50 ms (run time) into an LED, for as long as it runs.
void loadClockAndLed(uitest::Window &w)
{
    const wb::circuitformat::Document document = uitest::circuit(
        { uitest::node(QStringLiteral("clock"), NodeKind::Clock, 0,
              { { QStringLiteral("tacks"), -1 }, { QStringLiteral("delay"), 0.05 } }),
            uitest::node(QStringLiteral("led"), NodeKind::Led, 0) },
        { { 0, 1 } });
    wb::circuitformat::setDocument(w->circuit(), document);
}

// Shown, active (window shortcuts need an active window) and with the canvas focused.
void showWindow(uitest::Window &w)
{
    w->show();
    w->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(w.window.get()));
    w->view()->setFocus(Qt::OtherFocusReason);
    QTRY_VERIFY_WITH_TIMEOUT(w->view()->hasFocus(), 5000);
}

// Every traffic event of the window's runtime, from now on.
struct Events
{
    QList<TrafficEvent> all;
    QMetaObject::Connection connection;

    explicit Events(wb::MeshRuntime *runtime)
    {
        connection = QObject::connect(runtime, &wb::MeshRuntime::traffic, runtime,
            [this](const TrafficEvent &event) { all << event; });
    }
    ~Events() { QObject::disconnect(connection); }

    int count(TrafficEvent::Type type, NodeId at, bool ack = false) const
    {
        return int(std::count_if(all.cbegin(), all.cend(),
            [&](const TrafficEvent &e) { return e.type == type && e.node == at && e.ack == ack; }));
    }
    int released() const
    {
        return int(std::count_if(all.cbegin(), all.cend(),
            [](const TrafficEvent &e) { return e.type == TrafficEvent::Type::Released; }));
    }
};

wb::SpeedControl *speedControl(const uitest::Window &w)
{
    return w->findChild<wb::SpeedControl *>();
}

// Opens the node's context menu with a real event; its action `name` (object name), or null.
QAction *nodeMenuAction(wb::CircuitView *view, NodeId id, const QString &name)
{
    const QPoint at = view->mapFromScene(view->nodeItem(id)->pos() + QPointF(60, 70));
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, view->viewport()->mapToGlobal(at));
    QApplication::sendEvent(view->viewport(), &event);
    QMenu *menu = view->findChild<QMenu *>();
    if (!menu)
        return nullptr;
    return menu->findChild<QAction *>(name);
}

void closeMenu(wb::CircuitView *view)
{
    if (QMenu *menu = view->findChild<QMenu *>())
        menu->close();
    QTRY_VERIFY_WITH_TIMEOUT(!view->findChild<QMenu *>(), 5000);
}

QString stateText(const uitest::Window &w, NodeId id)
{
    const wb::MeshTableModel *model = w->meshModel();
    return model->data(model->index(model->rowOf(id), wb::MeshTableModel::State)).toString();
}

} // namespace

class TestRunControl final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Every test gets the window over the clock and the LED, shown, the canvas focused.
    void init()
    {
        m_window = std::make_unique<uitest::Window>();
        loadClockAndLed(*m_window);
        showWindow(*m_window);
        m_clock = (*m_window)->circuit()->idByName(QStringLiteral("clock"));
        m_led = (*m_window)->circuit()->idByName(QStringLiteral("led"));
    }

    void cleanup() { m_window.reset(); }

    void paceScale_data()
    {
        QTest::addColumn<int>("position");
        QTest::addColumn<double>("speed");
        QTest::addColumn<QString>("text");
        QTest::newRow("slowest") << 0 << 0.05 << QStringLiteral("0.05×");
        QTest::newRow("half") << 11 << 0.5 << QStringLiteral("0.5×");
        QTest::newRow("real speed") << 15 << 1.0 << QStringLiteral("1×");
        QTest::newRow("one and a half") << 17 << 1.5 << QStringLiteral("1.5×");
        QTest::newRow("fastest") << wb::pacescale::stepCount() - 1 << 4.0 << QStringLiteral("4×");
        QTest::newRow("below the scale") << -5 << 0.05 << QStringLiteral("0.05×");
        QTest::newRow("above the scale") << 500 << 4.0 << QStringLiteral("4×");
    }

    void paceScale()
    {
        QFETCH(int, position);
        QFETCH(double, speed);
        QFETCH(QString, text);
        QCOMPARE(wb::pacescale::speedAt(position), speed);
        QCOMPARE(wb::pacescale::factorText(speed), text);
        QCOMPARE(wb::pacescale::speedAt(wb::pacescale::positionOf(speed)), speed);
        // Monotonic, and every factor in the time source's range.
        for (int i = 1; i < wb::pacescale::stepCount(); ++i)
            QVERIFY(wb::pacescale::speedAt(i) > wb::pacescale::speedAt(i - 1));
        QCOMPARE(wb::pacescale::positionOf(0.52), 11); // nearest on the log scale
        QCOMPARE(wb::pacescale::positionOf(100.0), wb::pacescale::stepCount() - 1);
        QCOMPARE(wb::pacescale::positionOf(qQNaN()), 0);
    }

    void holdText_data()
    {
        QTest::addColumn<bool>("running");
        QTest::addColumn<bool>("paused");
        QTest::addColumn<int>("held");
        QTest::addColumn<bool>("teaching");
        QTest::addColumn<double>("speed");
        QTest::addColumn<QString>("text");
        QTest::newRow("stopped, real time") << false << false << 0 << false << 1.0 << QString();
        QTest::newRow("running, real time") << true << false << 0 << false << 1.0 << QString();
        QTest::newRow("paused, none")
            << true << true << 0 << false << 1.0 << QStringLiteral("Paused · nothing in flight");
        QTest::newRow("paused, one")
            << true << true << 1 << false << 1.0 << QStringLiteral("Paused · 1 message in flight");
        QTest::newRow("paused, three")
            << true << true << 3 << false << 1.0 << QStringLiteral("Paused · 3 messages in flight");
        QTest::newRow("paused, thousands")
            << true << true << 1500 << false << 1.0
            << QStringLiteral("Paused · %1 messages in flight").arg(QLocale().toString(1500));
        QTest::newRow("teaching, stopped")
            << false << false << 0 << true << 0.5 << QStringLiteral("Teaching pace 0.5×");
        QTest::newRow("teaching, two")
            << true << false << 2 << true << 0.5
            << QStringLiteral("Teaching pace 0.5× · 2 messages in flight");
        QTest::newRow("teaching, paused")
            << true << true << 1 << true << 0.05
            << QStringLiteral("Paused · 1 message in flight · Teaching pace 0.05×");
        // A stopped run is never paused (the runtime unpauses it): nothing to say.
        QTest::newRow("stopped, paused") << false << true << 0 << false << 1.0 << QString();
    }

    void holdText()
    {
        QFETCH(bool, running);
        QFETCH(bool, paused);
        QFETCH(int, held);
        QFETCH(bool, teaching);
        QFETCH(double, speed);
        QFETCH(QString, text);
        QCOMPARE(wb::RunStatus::holdText(running, paused, held, teaching, speed), text);
    }

    void actionsFollowTheRun()
    {
        uitest::Window &w = *m_window;
        wb::WindowActions *a = w->actions();
        DeliveryController *delivery = w->runtime()->delivery();
        QVERIFY(!a->pause->isEnabled());
        QVERIFY(!a->step->isEnabled());
        // Space with nothing running does nothing.
        QTest::keyClick(w->view(), Qt::Key_Space);
        QVERIFY(!delivery->isPaused());

        QTest::keyClick(w->view(), Qt::Key_F5);
        QVERIFY(w->runtime()->isRunning());
        QVERIFY(a->pause->isEnabled());
        QTest::keyClick(w->view(), Qt::Key_Space);
        QVERIFY(delivery->isPaused());
        QVERIFY(a->pause->isChecked());
        QVERIFY(a->step->isEnabled());
        QVERIFY(w->runStatus()->holdText().startsWith(QStringLiteral("Paused · ")));
        // Run goes on with a paused run.
        QTest::keyClick(w->view(), Qt::Key_F5);
        QVERIFY(!delivery->isPaused());
        QVERIFY(!a->pause->isChecked());

        // Paused when stopped: the next run starts unpaused, and the actions say so.
        QTest::keyClick(w->view(), Qt::Key_Space);
        QVERIFY(delivery->isPaused());
        QTest::keyClick(w->view(), Qt::Key_F5, Qt::ShiftModifier);
        QVERIFY(!w->runtime()->isRunning());
        QVERIFY(!delivery->isPaused());
        QVERIFY(!a->pause->isChecked());
        QVERIFY(!a->pause->isEnabled());
        QVERIFY(!a->step->isEnabled());
        QCOMPARE(w->runStatus()->holdText(), QString());
    }

    void spacePausesTheRun_data()
    {
        QTest::addColumn<QString>("focus");
        QTest::newRow("canvas") << QStringLiteral("canvas"); // a tap on the canvas
        QTest::newRow("mesh table") << QStringLiteral("mesh table"); // the window's shortcut
    }

    void spacePausesTheRun()
    {
        QFETCH(QString, focus);
        uitest::Window &w = *m_window;
        const NodeId clock = m_clock;
        const NodeId led = m_led;
        QWidget *target = w->view();
        if (focus == QLatin1String("mesh table"))
            target = w->meshPanel()->view();
        target->setFocus(Qt::OtherFocusReason);
        QTRY_VERIFY_WITH_TIMEOUT(target->hasFocus(), 5000);
        Events events(w->runtime());
        const auto received = [&] {
            return events.count(TrafficEvent::Type::Received, led);
        };
        const auto sent = [&] {
            return events.count(TrafficEvent::Type::Sent, clock);
        };

        QTest::keyClick(target, Qt::Key_F5);
        QTRY_VERIFY_WITH_TIMEOUT(received() >= 3, kTimeout);
        QTest::keyClick(target, Qt::Key_Space);
        QVERIFY(w->runtime()->delivery()->isPaused());
        QVERIFY(w->actions()->pause->isChecked());
        const int receivedAt = received();
        const int sentAt = sent();
        // Long enough for several ticks of a running clock (every 50 ms) to reach the LED.
        QTest::qWait(500);
        QCOMPARE(received(), receivedAt);
        QCOMPARE(sent(), sentAt);
        QVERIFY(w->runtime()->isRunning());
        QVERIFY(w->runStatus()->holdText().startsWith(QStringLiteral("Paused · ")));

        QTest::keyClick(target, Qt::Key_Space);
        QVERIFY(!w->runtime()->delivery()->isPaused());
        QTRY_VERIFY_WITH_TIMEOUT(received() >= receivedAt + 3, kTimeout);
        QCOMPARE(w->runStatus()->holdText(), QString());
        w->actions()->stopAll->trigger();
    }

    void stepDeliversOnePassage()
    {
        uitest::Window &w = *m_window;
        const NodeId clock = m_clock;
        const NodeId led = m_led;
        DeliveryController *delivery = w->runtime()->delivery();
        w->selection()->clear();

        // Teaching pace at its slowest: every hop takes 600 ms of run time, 12 s of ours, so
        // that the first message is sure to wait on its wire.
        QSlider *slider = speedControl(w)->slider();
        slider->setFocus(Qt::OtherFocusReason);
        QTRY_VERIFY_WITH_TIMEOUT(slider->hasFocus(), 5000);
        QTest::keyClick(slider, Qt::Key_Home);
        QCOMPARE(delivery->pace(), DeliveryController::Pace::Teaching);
        QCOMPARE(delivery->speed(), 0.05);

        w->view()->setFocus(Qt::OtherFocusReason);
        QTRY_VERIFY_WITH_TIMEOUT(w->view()->hasFocus(), 5000);
        Events events(w->runtime());
        const auto received = [&] {
            return events.count(TrafficEvent::Type::Received, led);
        };
        QTest::keyClick(w->view(), Qt::Key_F5);
        QTRY_VERIFY_WITH_TIMEOUT(events.count(TrafficEvent::Type::Delayed, clock) == 1, kTimeout);
        QTest::keyClick(w->view(), Qt::Key_Space);
        QVERIFY(delivery->isPaused());
        QCOMPARE(received(), 0);
        QCOMPARE(delivery->heldCount(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(w->runStatus()->holdText(),
            QStringLiteral("Paused · 1 message in flight · Teaching pace 0.05×"), 5000);

        // N: the message goes all the way to the LED, and nothing else moves.
        QVERIFY(w->actions()->step->isEnabled());
        QTest::keyClick(w->view(), Qt::Key_N);
        QTRY_COMPARE_WITH_TIMEOUT(received(), 1, kTimeout);
        QCOMPARE(events.released(), 1);
        // The LED's ack waits at its end now, held by the pause and the pace.
        QTRY_COMPARE_WITH_TIMEOUT(delivery->heldCount(), 1, kTimeout);
        QCOMPARE(events.count(TrafficEvent::Type::Delayed, led, true), 1);
        QTest::qWait(300);
        QCOMPARE(received(), 1);
        QCOMPARE(events.count(TrafficEvent::Type::AckReceived, clock), 0);

        // Right, with nothing selected on the canvas: the ack goes back to the clock.
        QTest::keyClick(w->view(), Qt::Key_Right);
        QTRY_COMPARE_WITH_TIMEOUT(
            events.count(TrafficEvent::Type::AckReceived, clock), 1, kTimeout);
        QCOMPARE(events.released(), 2);
        QCOMPARE(received(), 1);
        QVERIFY(delivery->isPaused());

        // Fastest, and on: the clock's messages flow again.
        slider->setFocus(Qt::OtherFocusReason);
        QTRY_VERIFY_WITH_TIMEOUT(slider->hasFocus(), 5000);
        QTest::keyClick(slider, Qt::Key_End);
        QCOMPARE(delivery->speed(), 4.0);
        QTest::keyClick(slider, Qt::Key_Space); // a slider has no use for Space: it pauses
        QVERIFY(!delivery->isPaused());
        QTRY_VERIFY_WITH_TIMEOUT(received() >= 3, kTimeout);
        w->actions()->stopAll->trigger();
    }

    void rightNudgesASelectionOrSteps()
    {
        uitest::Window &w = *m_window;
        const NodeId led = m_led;
        QSignalSpy steps(w->actions()->step, &QAction::triggered);
        QTest::keyClick(w->view(), Qt::Key_F5);
        QTest::keyClick(w->view(), Qt::Key_Space);
        QVERIFY(w->runtime()->delivery()->isPaused());

        w->selection()->set({ led });
        const QPointF before = *w->circuit()->node(led)->position;
        QTest::keyClick(w->view(), Qt::Key_Right);
        QCOMPARE(steps.count(), 0);
        QVERIFY(w->circuit()->node(led)->position->x() > before.x());

        w->selection()->clear();
        QTest::keyClick(w->view(), Qt::Key_Right);
        QCOMPARE(steps.count(), 1);
        w->actions()->stopAll->trigger();
    }

    void textFieldsKeepTheKeys()
    {
        uitest::Window &w = *m_window;
        const NodeId led = m_led;
        QSignalSpy steps(w->actions()->step, &QAction::triggered);
        QTest::keyClick(w->view(), Qt::Key_F5);
        QVERIFY(w->runtime()->isRunning());
        // Paused from the menu, so that Space would resume and N would step.
        w->actions()->pause->trigger();
        QVERIFY(w->runtime()->delivery()->isPaused());
        QVERIFY(w->actions()->step->isEnabled());

        // The inline rename on the canvas.
        w->selection()->set({ led });
        QTest::keyClick(w->view(), Qt::Key_F2);
        wb::NodeNameEditor *editor = w->view()->nameEditor();
        QVERIFY(editor);
        QTRY_VERIFY_WITH_TIMEOUT(editor->hasFocus(), 5000);
        QTest::keyClick(editor, Qt::Key_End);
        QTest::keyClick(editor, Qt::Key_Space);
        QTest::keyClick(editor, Qt::Key_N);
        QTest::keyClick(editor, Qt::Key_Left);
        QTest::keyClick(editor, Qt::Key_Right);
        QCOMPARE(editor->text(), QStringLiteral("led n"));
        QVERIFY(w->runtime()->delivery()->isPaused());
        QCOMPARE(steps.count(), 0);
        QTest::keyClick(editor, Qt::Key_Escape);
        QTRY_VERIFY_WITH_TIMEOUT(!w->view()->nameEditor(), 5000);

        // The inspector's name field.
        auto *name = qobject_cast<QLineEdit *>(w->inspector()->field(QStringLiteral("name")));
        QVERIFY(name);
        name->setFocus(Qt::OtherFocusReason);
        QTRY_VERIFY_WITH_TIMEOUT(name->hasFocus(), 5000);
        QTest::keyClick(name, Qt::Key_End);
        QTest::keyClick(name, Qt::Key_Space);
        QTest::keyClick(name, Qt::Key_N);
        QVERIFY(name->text().endsWith(QStringLiteral(" n")));
        QVERIFY(w->runtime()->delivery()->isPaused());
        QCOMPARE(steps.count(), 0);
        name->undo();
        name->undo();
        w->actions()->stopAll->trigger();
    }

    void theSliderSetsTheSpeed_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<double>("speed");
        QTest::newRow("home") << int(Qt::Key_Home) << 0.05;
        QTest::newRow("left") << int(Qt::Key_Left) << 0.8; // one step down from 1x
        QTest::newRow("right") << int(Qt::Key_Right) << 1.2; // the slider keeps Right
        QTest::newRow("end") << int(Qt::Key_End) << 4.0;
    }

    void theSliderSetsTheSpeed()
    {
        QFETCH(int, key);
        QFETCH(double, speed);
        uitest::Window &w = *m_window;
        DeliveryController *delivery = w->runtime()->delivery();
        wb::SpeedControl *control = speedControl(w);
        QVERIFY(control);
        QCOMPARE(delivery->pace(), DeliveryController::Pace::RealTime);
        QCOMPARE(delivery->speed(), 1.0);
        QVERIFY(!control->paceButton()->isChecked());
        QSignalSpy steps(w->actions()->step, &QAction::triggered);

        control->slider()->setFocus(Qt::OtherFocusReason);
        QTRY_VERIFY_WITH_TIMEOUT(control->slider()->hasFocus(), 5000);
        QTest::keyClick(control->slider(), Qt::Key(key));
        QCOMPARE(steps.count(), 0);
        QCOMPARE(delivery->pace(), DeliveryController::Pace::Teaching);
        QCOMPARE(delivery->speed(), speed);
        QCOMPARE(delivery->timeSource()->speed(), speed);
        QCOMPARE(control->factorText(), wb::pacescale::factorText(speed));
        QVERIFY(control->paceButton()->isChecked());
        QVERIFY(w->actions()->teachingPace->isChecked());
        QCOMPARE(w->runStatus()->holdText(),
            QStringLiteral("Teaching pace ") + wb::pacescale::factorText(speed));

        // Real time from the Run menu: 1x, and the slider keeps its speed for next time.
        w->actions()->realTime->trigger();
        QCOMPARE(delivery->pace(), DeliveryController::Pace::RealTime);
        QCOMPARE(delivery->speed(), 1.0);
        QVERIFY(!control->paceButton()->isChecked());
        QCOMPARE(w->runStatus()->holdText(), QString());
        QTest::mouseClick(control->paceButton(), Qt::LeftButton);
        QCOMPARE(delivery->pace(), DeliveryController::Pace::Teaching);
        QCOMPARE(delivery->speed(), speed);
        QVERIFY(w->actions()->teachingPace->isChecked());

        // Remembered: a new window starts at the same pace and speed.
        w.window.reset();
        w.window = std::make_unique<wb::MainWindow>(w.settings.get());
        w.setAnswer(wb::DocumentController::Answer::Discard);
        QCOMPARE(w->runtime()->delivery()->pace(), DeliveryController::Pace::Teaching);
        QCOMPARE(w->runtime()->delivery()->speed(), speed);
        QCOMPARE(speedControl(w)->slider()->value(), wb::pacescale::positionOf(speed));
        w->actions()->realTime->trigger();
        w.window.reset();
        w.window = std::make_unique<wb::MainWindow>(w.settings.get());
        w.setAnswer(wb::DocumentController::Answer::Discard);
        QCOMPARE(w->runtime()->delivery()->pace(), DeliveryController::Pace::RealTime);
        QCOMPARE(w->runtime()->delivery()->speed(), 1.0);
        QCOMPARE(w->runControl()->teachingSpeed(), speed);
    }

    void crashHangAndRestartFromTheMenu()
    {
        uitest::Window &w = *m_window;
        const NodeId led = m_led;
        wb::MeshRuntime *runtime = w->runtime();
        wb::CircuitView *view = w->view();
        Events events(runtime);
        const auto received = [&] {
            return events.count(TrafficEvent::Type::Received, led);
        };

        // Not running: no faults to inject.
        QVERIFY(!nodeMenuAction(view, led, QStringLiteral("crashNode")));
        QVERIFY(view->findChild<QMenu *>());
        closeMenu(view);

        w->actions()->runAll->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(received() >= 2, kTimeout);
        QVERIFY(!nodeMenuAction(view, led, QStringLiteral("wakeNode")));
        closeMenu(view);
        QAction *crash = nodeMenuAction(view, led, QStringLiteral("crashNode"));
        QVERIFY(crash);
        crash->trigger();
        closeMenu(view);
        QCOMPARE(runtime->fault(led), NodeFault::Crashed);
        QVERIFY(runtime->isRunning());
        QCOMPARE(view->nodeItem(led)->nodeFault(), NodeFault::Crashed);
        QCOMPARE(view->nodeItem(led)->badgeText(), QStringLiteral("crashed"));
        QCOMPARE(stateText(w, led), QStringLiteral("crashed"));
        // A crashed node offers only to come back.
        QVERIFY(!nodeMenuAction(view, led, QStringLiteral("hangNode")));
        closeMenu(view);

        QAction *restart = nodeMenuAction(view, led, QStringLiteral("restartNode"));
        QVERIFY(restart);
        restart->trigger();
        closeMenu(view);
        QCOMPARE(runtime->fault(led), NodeFault::None);
        QCOMPARE(view->nodeItem(led)->nodeFault(), NodeFault::None);
        QVERIFY(view->nodeItem(led)->badgeText() != QStringLiteral("crashed"));
        QVERIFY(stateText(w, led) != QStringLiteral("crashed"));
        const int back = received();
        QTRY_VERIFY_WITH_TIMEOUT(received() > back, kTimeout);

        QAction *hang = nodeMenuAction(view, led, QStringLiteral("hangNode"));
        QVERIFY(hang);
        hang->trigger();
        closeMenu(view);
        QCOMPARE(runtime->fault(led), NodeFault::Hung);
        QCOMPARE(view->nodeItem(led)->badgeText(), QStringLiteral("hung"));
        QCOMPARE(stateText(w, led), QStringLiteral("hung"));
        QAction *wake = nodeMenuAction(view, led, QStringLiteral("wakeNode"));
        QVERIFY(wake);
        wake->trigger();
        closeMenu(view);
        QCOMPARE(runtime->fault(led), NodeFault::None);
        QVERIFY(view->nodeItem(led)->badgeText() != QStringLiteral("hung"));
        const int awake = received();
        QTRY_VERIFY_WITH_TIMEOUT(received() > awake, kTimeout);
        w->actions()->stopAll->trigger();
    }

private:
    std::unique_ptr<uitest::Window> m_window;
    NodeId m_clock = 0;
    NodeId m_led = 0;
};

QTEST_MAIN(TestRunControl)
#include "tst_runcontrol.moc"
