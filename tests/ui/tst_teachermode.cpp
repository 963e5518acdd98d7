// Teacher mode on the real window with real keys and mouse: every path into the document
// (Delete on the canvas, dragging a card, paste, a drop from the palette, the inspector, the
// menu's actions, undo and redo) is refused with the reason on the status bar and the document
// stays as it was; run, pause and step still work; the presentation layout comes and goes;
// leaving asks for the passphrase when one is set.
#include "canvas/circuitview.h"
#include "canvas/nodeitem.h"
#include "canvas/palettewidget.h"
#include "canvastestkit.h"
#include "circuiteditor.h"
#include "classroom/teachermode.h"
#include "document/circuit.h"
#include "nodeselection.h"
#include "panels/inspectorwidget.h"
#include "runtime/deliverycontroller.h"
#include "runtime/meshruntime.h"
#include "uitestkit.h"
#include "windowactions.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDockWidget>
#include <QInputDialog>
#include <QLineEdit>
#include <QMimeData>
#include <QSignalSpy>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>

using wb::NodeId;
using wb::NodeKind;
using wb::TeacherMode;

namespace {

constexpr int kTimeout = 15000;

enum class Path {
    DeleteKey,
    DragCard,
    Paste,
    PaletteDrop,
    InspectorName,
    UndoKey,
    RedoKey,
    MenuDelete,
    MenuUndo
};

// A clock ticking every 50 ms into an LED.
void loadClockAndLed(uitest::Window &w)
{
    const wb::circuitformat::Document document = uitest::circuit(
        { uitest::node(QStringLiteral("clock"), NodeKind::Clock, 0,
              { { QStringLiteral("tacks"), -1 }, { QStringLiteral("delay"), 0.05 } }),
            uitest::node(QStringLiteral("led"), NodeKind::Led, uitest::freePort()) },
        { { 0, 1 } });
    wb::circuitformat::setDocument(w->circuit(), document);
}

void showWindow(uitest::Window &w)
{
    w->show();
    w->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(w.window.get()));
    w->view()->setFocus(Qt::OtherFocusReason);
    QTRY_VERIFY_WITH_TIMEOUT(w->view()->hasFocus(), 5000);
}

QPoint cardCentre(wb::CircuitView *view, NodeId id)
{
    return view->mapFromScene(view->nodeItem(id)->pos() + QPointF(60, 70));
}

void dragCard(wb::CircuitView *view, NodeId id, QPoint by)
{
    const QPoint from = cardCentre(view, id);
    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, from);
    for (int i = 1; i <= 4; ++i) {
        const QPointF at = from + by * i / 4.0;
        QMouseEvent move(QEvent::MouseMove, at, view->viewport()->mapToGlobal(at), Qt::NoButton,
            Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view->viewport(), &move);
    }
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, from + by);
}

} // namespace

class TestTeacherMode final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_window = std::make_unique<uitest::Window>();
        loadClockAndLed(*m_window);
        showWindow(*m_window);
        m_clock = w()->circuit()->idByName(QStringLiteral("clock"));
        m_led = w()->circuit()->idByName(QStringLiteral("led"));
    }

    void cleanup()
    {
        if (w()->teacherMode()->isOn())
            QVERIFY(w()->teacherMode()->leave(QStringLiteral("owl")));
        m_window.reset();
    }

    void editRefused_data()
    {
        QTest::addColumn<int>("path");
        QTest::newRow("Delete on the canvas") << int(Path::DeleteKey);
        QTest::newRow("drag a card") << int(Path::DragCard);
        QTest::newRow("Ctrl+V on the canvas") << int(Path::Paste);
        QTest::newRow("drop from the palette") << int(Path::PaletteDrop);
        QTest::newRow("inspector's name field") << int(Path::InspectorName);
        QTest::newRow("Ctrl+Z") << int(Path::UndoKey);
        QTest::newRow("Ctrl+Shift+Z") << int(Path::RedoKey);
        QTest::newRow("Edit ▸ Delete") << int(Path::MenuDelete);
        QTest::newRow("Edit ▸ Undo") << int(Path::MenuUndo);
    }

    // Each path, refused with the reason; the document, its history and the cards unchanged.
    void editRefused()
    {
        QFETCH(int, path);
        wb::CircuitView *view = w()->view();
        // Something to undo (a move) and to redo (a second move, undone), before the lock.
        w()->editor()->moveNodes({ { m_led, QPointF(200, 0) } }, { { m_led, QPointF(200, 40) } });
        w()->editor()->moveNodes({ { m_led, QPointF(200, 40) } }, { { m_led, QPointF(200, 80) } });
        w()->editor()->undoStack()->undo();
        w()->selection()->set({ m_led });
        QApplication::clipboard()->clear();
        w()->actions()->copy->trigger(); // copying is no edit
        w()->teacherMode()->enter();
        QVERIFY(w()->editor()->isLocked());
        view->setFocus(Qt::OtherFocusReason);
        QTRY_VERIFY_WITH_TIMEOUT(view->hasFocus(), 5000);

        const QString before = canvastest::describe(canvastest::snapshot(*w()->circuit()));
        const int index = w()->editor()->undoStack()->index();
        const int count = w()->editor()->undoStack()->count();
        const QPointF ledPos = view->nodeItem(m_led)->pos();
        QSignalSpy refused(w()->editor(), &wb::CircuitEditor::refused);

        switch (Path(path)) {
        case Path::DeleteKey:
            QTest::keyClick(view, Qt::Key_Delete);
            break;
        case Path::DragCard:
            dragCard(view, m_led, QPoint(120, 90));
            break;
        case Path::Paste:
            QTest::keyClick(view, Qt::Key_V, Qt::ControlModifier);
            break;
        case Path::PaletteDrop: {
            const QPoint at = view->mapFromScene(QPointF(300, 420));
            std::unique_ptr<QMimeData> data(wb::PaletteWidget::createMimeData(NodeKind::Buzzer));
            QDragEnterEvent enter(at, Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(view->viewport(), &enter);
            QDropEvent drop(at, Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(view->viewport(), &drop);
            break;
        }
        case Path::InspectorName: {
            auto *name = qobject_cast<QLineEdit *>(w()->inspector()->field(QStringLiteral("name")));
            QVERIFY(name);
            QTRY_COMPARE_WITH_TIMEOUT(name->text(), QStringLiteral("led"), 5000);
            name->setFocus(Qt::OtherFocusReason);
            name->selectAll();
            QTest::keyClicks(name, QStringLiteral("lamp"));
            QTest::keyClick(name, Qt::Key_Return);
            break;
        }
        case Path::UndoKey:
            QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
            break;
        case Path::RedoKey:
            QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
            break;
        case Path::MenuDelete:
            // Disabled, the reason as its tip; a trigger anyway (a stale menu) changes nothing.
            QVERIFY(!w()->actions()->remove->isEnabled());
            QVERIFY(w()->actions()->remove->toolTip().contains(TeacherMode::reason()));
            w()->actions()->remove->setEnabled(true); // the window's wish: kept off
            QVERIFY(!w()->actions()->remove->isEnabled());
            w()->actions()->remove->trigger();
            QVERIFY(refused.isEmpty());
            w()->editor()->removeNodes({ m_led }); // what the action would call
            break;
        case Path::MenuUndo:
            QVERIFY(!w()->actions()->undo->isEnabled());
            QVERIFY(w()->actions()->undo->statusTip().contains(TeacherMode::reason()));
            // What a trigger reaches goes through the editor, which refuses (the stack's own
            // connection is gone: the index below would move).
            Q_EMIT w()->actions()->undo->triggered(false);
            break;
        }

        QTRY_VERIFY_WITH_TIMEOUT(!refused.isEmpty(), 5000);
        QCOMPARE(refused.first().first().toString(), TeacherMode::reason());
        QVERIFY2(w()->statusBar()->currentMessage().contains(TeacherMode::reason()),
            qPrintable(w()->statusBar()->currentMessage()));
        QCOMPARE(canvastest::describe(canvastest::snapshot(*w()->circuit())), before);
        QCOMPARE(w()->editor()->undoStack()->index(), index);
        QCOMPARE(w()->editor()->undoStack()->count(), count);
        QCOMPARE(view->nodeItem(m_led)->pos(), ledPos);
        QCOMPARE(w()->circuit()->count(), 2);
        if (Path(path) == Path::InspectorName) {
            auto *name = qobject_cast<QLineEdit *>(w()->inspector()->field(QStringLiteral("name")));
            QTRY_COMPARE_WITH_TIMEOUT(name->text(), QStringLiteral("led"), 5000);
        }

        // Unlocked, the same paths edit again.
        QVERIFY(w()->teacherMode()->leave());
        QVERIFY(w()->actions()->undo->isEnabled());
        QVERIFY(w()->actions()->redo->isEnabled());
        w()->actions()->undo->trigger();
        QCOMPARE(w()->editor()->undoStack()->index(), index - 1);
    }

    // Running, pausing and stepping are no edits: they work on the locked circuit.
    void runPauseStep()
    {
        w()->teacherMode()->enter();
        wb::MeshRuntime *runtime = w()->runtime();
        QSignalSpy traffic(runtime, &wb::MeshRuntime::traffic);
        // Teaching pace at its slowest: every hop takes 12 s of ours, so some wait on the wire.
        runtime->delivery()->setPace(wb::DeliveryController::Pace::Teaching);
        runtime->delivery()->setSpeed(0.05);
        QTest::keyClick(w().window.get(), Qt::Key_F5);
        QTRY_VERIFY_WITH_TIMEOUT(runtime->isRunning(), kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(traffic.count() > 0, kTimeout);

        QTest::keyClick(w()->view(), Qt::Key_Space);
        QTRY_VERIFY_WITH_TIMEOUT(runtime->delivery()->isPaused(), kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(runtime->delivery()->heldCount() > 0, kTimeout);
        const auto released = [&traffic] {
            return std::count_if(traffic.cbegin(), traffic.cend(), [](const QList<QVariant> &a) {
                return a.first().value<wb::TrafficEvent>().type == wb::TrafficEvent::Type::Released;
            });
        };
        const auto before = released();
        QTest::keyClick(w()->view(), Qt::Key_N); // one passage, no more
        QTRY_COMPARE_WITH_TIMEOUT(released(), before + 1, kTimeout);
        QVERIFY(runtime->delivery()->isPaused());

        QTest::keyClick(w()->view(), Qt::Key_Space);
        QTRY_VERIFY_WITH_TIMEOUT(!runtime->delivery()->isPaused(), kTimeout);
        // Selecting still selects; stopping still stops.
        QTest::mouseClick(
            w()->view()->viewport(), Qt::LeftButton, {}, cardCentre(w()->view(), m_clock));
        QCOMPARE(w()->selection()->ids(), QList<NodeId>({ m_clock }));
        QTest::keyClick(w().window.get(), Qt::Key_F5, Qt::ShiftModifier);
        QTRY_VERIFY_WITH_TIMEOUT(!runtime->isRunning(), kTimeout);
        QVERIFY(w()->editor()->isLocked());
    }

    // The presentation layout: larger text, the chart beside the canvas, text under the icons;
    // leaving gives the window back as it was.
    void presentationLayout()
    {
        auto *chart = w()->findChild<QDockWidget *>(QStringLiteral("chartDock"));
        auto *palette = w()->findChild<QDockWidget *>(QStringLiteral("paletteDock"));
        auto *toolBar = w()->findChild<QToolBar *>(QStringLiteral("mainToolBar"));
        QVERIFY(chart && palette && toolBar);
        const QFont font = QApplication::font();
        const Qt::DockWidgetArea area = w()->dockWidgetArea(chart);
        QCOMPARE(area, Qt::BottomDockWidgetArea);
        QHash<QString, QPair<int, bool>> docks; // where each dock is, and whether shown
        const QList<QDockWidget *> all = w()->findChildren<QDockWidget *>();
        for (QDockWidget *dock : all)
            docks.insert(dock->objectName(), { int(w()->dockWidgetArea(dock)), dock->isVisible() });

        w()->teacherMode()->enter();
        QVERIFY(QApplication::font().pointSizeF() > font.pointSizeF() * 1.3);
        QCOMPARE(w()->dockWidgetArea(chart), Qt::RightDockWidgetArea);
        QTRY_VERIFY_WITH_TIMEOUT(chart->isVisible(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(chart->width() > w()->width() / 4, 5000);
        QVERIFY(!palette->isVisible());
        QCOMPARE(toolBar->toolButtonStyle(), Qt::ToolButtonTextUnderIcon);
        QVERIFY(w()->actions()->teacherMode->isChecked());

        QVERIFY(w()->teacherMode()->leave());
        QCOMPARE(QApplication::font(), font);
        QCOMPARE(w()->dockWidgetArea(chart), area);
        QTRY_VERIFY_WITH_TIMEOUT(palette->isVisible(), 5000);
        QCOMPARE(toolBar->toolButtonStyle(), Qt::ToolButtonTextBesideIcon);
        for (QDockWidget *dock : all) {
            QCOMPARE(int(w()->dockWidgetArea(dock)), docks.value(dock->objectName()).first);
            QTRY_COMPARE_WITH_TIMEOUT(
                dock->isVisible(), docks.value(dock->objectName()).second, 5000);
        }
        QVERIFY(!w()->actions()->teacherMode->isChecked());
    }

    // Through the action: entering sets a passphrase; leaving asks for it, a wrong one keeps
    // the lock; it is stored hashed, never as written.
    void passphrase()
    {
        QAction *action = w()->actions()->teacherMode;
        action->trigger();
        QDialog *enter = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (enter = w()->findChild<QDialog *>(QStringLiteral("teacherModeEnterDialog"))), 5000);
        QVERIFY(!w()->teacherMode()->isOn());
        auto *field = enter->findChild<QLineEdit *>(QStringLiteral("passphrase"));
        QTest::keyClicks(field, QStringLiteral("owl"));
        QTest::keyClick(field, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(w()->teacherMode()->isOn(), 5000);
        QVERIFY(action->isChecked());
        QVERIFY(w()->teacherMode()->hasPassphrase());
        for (const QString &key : m_window->settings->allKeys())
            QVERIFY(!m_window->settings->value(key).toString().contains(QStringLiteral("owl")));

        for (const QString &typed : { QStringLiteral("cat"), QStringLiteral("owl") }) {
            action->trigger();
            QInputDialog *leave = nullptr;
            QTRY_VERIFY_WITH_TIMEOUT(
                (leave = w()->findChild<QInputDialog *>(QStringLiteral("teacherModeLeaveDialog"))),
                5000);
            QVERIFY(w()->teacherMode()->isOn()); // the click alone does not leave
            auto *line = leave->findChild<QLineEdit *>();
            QTest::keyClicks(line, typed);
            QTest::keyClick(line, Qt::Key_Return);
            QTRY_VERIFY_WITH_TIMEOUT(
                !w()->findChild<QInputDialog *>(QStringLiteral("teacherModeLeaveDialog")), 5000);
            const bool right = typed == QStringLiteral("owl");
            QCOMPARE(w()->teacherMode()->isOn(), !right);
            QCOMPARE(action->isChecked(), !right);
            QCOMPARE(w()->editor()->isLocked(), !right);
            if (!right)
                QVERIFY(w()->statusBar()->currentMessage().contains(QStringLiteral("Wrong")));
        }

        // Without a passphrase, leaving is one click.
        w()->teacherMode()->setPassphrase({});
        w()->teacherMode()->enter();
        action->trigger();
        QVERIFY(!w()->teacherMode()->isOn());
    }

    // A window closed in teacher mode comes back locked: a restart is no way out.
    void survivesRestart()
    {
        w()->teacherMode()->setPassphrase(QStringLiteral("owl"));
        w()->teacherMode()->enter();
        w()->close();
        auto settings = std::move(m_window->settings);
        m_window->window.reset();
        m_window->settings = std::move(settings);
        m_window->window = std::make_unique<wb::MainWindow>(m_window->settings.get());
        QVERIFY(w()->teacherMode()->isOn());
        QVERIFY(w()->editor()->isLocked());
        QVERIFY(!w()->teacherMode()->leave(QStringLiteral("cat")));
        QVERIFY(w()->teacherMode()->leave(QStringLiteral("owl")));
    }

private:
    uitest::Window &w() { return *m_window; }

    std::unique_ptr<uitest::Window> m_window;
    NodeId m_clock = 0;
    NodeId m_led = 0;
};

QTEST_MAIN(TestTeacherMode)
#include "tst_teachermode.moc"
