// File ▸ Examples ▸ Queues and backpressure: the circuit the contract describes (keyboard →
// queue(5, block) → worker(1 s) → console, and the slow one-shot clock into the queue), laid
// out left to right along its wires, opened as an untitled copy, and run: two lines typed in
// the Console dock come out at the console in order, then the slow task's message, ten
// seconds of run time after the start (at teaching pace, four times as fast).
#include "canvas/circuitscene.h"
#include "canvas/circuitview.h"
#include "canvas/nodeitem.h"
#include "documentcontroller.h"
#include "queue/consolemodel.h"
#include "queue/consolepanel.h"
#include "runcontrol.h"
#include "runtime/meshruntime.h"
#include "uitestkit.h"
#include "windowactions.h"

#include <QMenu>
#include <QMenuBar>
#include <QTest>

using namespace wb;

namespace {

constexpr int kTimeout = 30000;

QAction *exampleAction(QMainWindow *window, const QString &title)
{
    for (QAction *menu : window->menuBar()->actions()) {
        if (menu->text().remove(u'&') != QLatin1String("File"))
            continue;
        for (QAction *entry : menu->menu()->actions()) {
            if (!entry->menu() || entry->text().remove(u'&') != QLatin1String("Examples"))
                continue;
            for (QAction *example : entry->menu()->actions()) {
                if (example->text() == title)
                    return example;
            }
        }
    }
    return nullptr;
}

} // namespace

class TestQueueExample final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void opensAsTheContractSays()
    {
        uitest::Window w;
        QAction *example = exampleAction(w.window.get(), QStringLiteral("Queues and backpressure"));
        QVERIFY(example);
        example->trigger();
        QVERIFY(w->documents()->path().isEmpty()); // an untitled copy, never the resource
        QVERIFY(!w->isWindowModified());
        const Circuit *circuit = w->circuit();
        QCOMPARE(circuit->count(), 5);
        const auto spec = [circuit](const char *name) {
            return circuit->node(circuit->idByName(QLatin1String(name)));
        };
        QVERIFY(spec("keys") && spec("queue") && spec("worker") && spec("console") && spec("slow"));
        QCOMPARE(spec("keys")->kind, NodeKind::Keyboard);
        QCOMPARE(spec("queue")->kind, NodeKind::Queue);
        QCOMPARE(spec("queue")->params.value(QStringLiteral("capacity")), QVariant(qint64(5)));
        QCOMPARE(spec("queue")->params.value(QStringLiteral("whenFull")),
            QVariant(QStringLiteral("block")));
        QCOMPARE(spec("worker")->kind, NodeKind::Worker);
        QCOMPARE(spec("worker")->params.value(QStringLiteral("serviceMs")), QVariant(qint64(1000)));
        QCOMPARE(spec("console")->kind, NodeKind::Console);
        QCOMPARE(spec("slow")->kind, NodeKind::Clock);
        QCOMPARE(spec("slow")->params.value(QStringLiteral("tacks")), QVariant(qint64(1)));
        QCOMPARE(spec("slow")->params.value(QStringLiteral("delay")).toDouble(), 1.0);
        QCOMPARE(spec("slow")->params.value(QStringLiteral("start")).toDouble(), 10.0);
        QCOMPARE(spec("slow")->params.value(QStringLiteral("message")),
            QVariant(QStringLiteral("something slow is done")));

        // The wires, each going left to right across the canvas, between cards that do not
        // overlap.
        const QList<QPair<QString, QString>> wires { { QStringLiteral("keys"),
                                                         QStringLiteral("queue") },
            { QStringLiteral("slow"), QStringLiteral("queue") },
            { QStringLiteral("queue"), QStringLiteral("worker") },
            { QStringLiteral("worker"), QStringLiteral("console") } };
        QCOMPARE(circuit->wireIds().size(), wires.size());
        for (const auto &[from, to] : wires) {
            const NodeId a = circuit->idByName(from);
            const NodeId b = circuit->idByName(to);
            QVERIFY2(circuit->wireBetween(a, b) != 0, qPrintable(from + u'>' + to));
            QVERIFY(circuit->node(a)->position->x() + NodeItem::kWidth
                < circuit->node(b)->position->x());
        }
        const QList<NodeItem *> items = w->view()->circuitScene()->nodeItems();
        for (NodeItem *item : items) {
            for (NodeItem *other : items) {
                if (item != other)
                    QVERIFY(!item->sceneBoundingRect().intersects(other->sceneBoundingRect()));
            }
        }
    }

    void runsLinesAndTheSlowTaskIntoTheConsole()
    {
        uitest::Window w;
        uitest::show(w);
        QAction *example = exampleAction(w.window.get(), QStringLiteral("Queues and backpressure"));
        QVERIFY(example);
        example->trigger();
        // Ten seconds of run time before the slow task's message: at four times the speed.
        w->runControl()->setTeachingSpeed(4);
        w->runControl()->setTeaching(true);
        MeshRuntime *runtime = w->runtime();
        w->actions()->runAll->trigger();
        const NodeId keys = w->circuit()->idByName(QStringLiteral("keys"));
        QTRY_VERIFY2_WITH_TIMEOUT(runtime->state(keys) == NodeState::Running,
            qPrintable(runtime->errorString(w->circuit()->idByName(QStringLiteral("queue")))),
            kTimeout);
        ConsolePanel *panel = w->consolePanel();
        QCOMPARE(panel->pickedKeyboard(), keys);
        panel->input()->setFocus();
        QTest::keyClicks(panel->input(), QStringLiteral("hello"));
        QTest::keyClick(panel->input(), Qt::Key_Return);
        QTest::keyClicks(panel->input(), QStringLiteral("anyone there?"));
        QTest::keyClick(panel->input(), Qt::Key_Return);
        QVERIFY2(panel->errorText().isEmpty(), qPrintable(panel->errorText()));

        ConsoleModel *model = panel->model();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 3, kTimeout);
        QCOMPARE(model->entry(0).text, QStringLiteral("hello"));
        QCOMPARE(model->entry(1).text, QStringLiteral("anyone there?"));
        QCOMPARE(model->entry(2).text, QStringLiteral("something slow is done"));
        for (int row = 0; row < 3; ++row)
            QCOMPARE(model->entry(row).from, QStringLiteral("worker"));
        runtime->stopAll();
    }
};

QTEST_MAIN(TestQueueExample)
#include "tst_queueexample.moc"
