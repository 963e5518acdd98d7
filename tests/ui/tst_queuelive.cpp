// The queue seed running in the window's own runtime (real components, real sockets on
// 127.0.0.1): lines typed on the keyboard's card (a real double-click, keys and Enter) go
// keyboard → queue → worker → console and reach the Console dock in order; the queue's card
// shows its cells at every fill the queue reports, fills up and holds the producer back; the
// worker's progress is in run time (a pause holds it); a keyboard that does not run says why
// and keeps the line. Assertions on the document, the runtime and the items' state, never on
// pixels or timings.
#include "canvas/circuitscene.h"
#include "canvas/circuitview.h"
#include "canvas/keyboardlineeditor.h"
#include "canvas/nodeitem.h"
#include "canvas/queuecard.h"
#include "canvastestkit.h"
#include "queue/consolemodel.h"
#include "queue/consolepanel.h"
#include "runtime/meshruntime.h"
#include "uitestkit.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace wb;

namespace {

constexpr int kTimeout = 20000;

// keys → queue (capacity 3, block) → worker (`serviceMs`) → console.
void buildPipeline(MainWindow *window, qint64 serviceMs)
{
    const QList<NodeSpec> nodes { uitest::node(QStringLiteral("keys"), NodeKind::Keyboard),
        uitest::node(QStringLiteral("queue"), NodeKind::Queue, uitest::freePort(),
            { { QStringLiteral("capacity"), qint64(3) } }),
        uitest::node(QStringLiteral("worker"), NodeKind::Worker, uitest::freePort(),
            { { QStringLiteral("serviceMs"), serviceMs } }),
        uitest::node(QStringLiteral("console"), NodeKind::Console, uitest::freePort()) };
    const circuitformat::Document document
        = uitest::circuit(nodes, { { 0, 1 }, { 1, 2 }, { 2, 3 } });
    window->circuit()->setContents(document.nodes, document.wires);
}

bool runs(MeshRuntime *runtime, NodeId id)
{
    const NodeState state = runtime->state(id);
    return state == NodeState::Running || state == NodeState::Listening;
}

// A real double-click on the card's lower part, as a person opens its line.
void doubleClickCard(CircuitView *view, NodeId id)
{
    const QPoint at = view->mapFromScene(view->nodeItem(id)->pos() + QPointF(60, 80));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, at);
}

void typeLine(QLineEdit *edit, const QString &text)
{
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

} // namespace

class TestQueueLive final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void typedLinesReachTheConsoleThroughAFullQueue()
    {
        uitest::Window w;
        buildPipeline(w.window.get(), 150);
        uitest::show(w);
        w->view()->fitAll();
        Circuit *circuit = w->circuit();
        const NodeId keys = circuit->idByName(QStringLiteral("keys"));
        const NodeId queue = circuit->idByName(QStringLiteral("queue"));
        const NodeId console = circuit->idByName(QStringLiteral("console"));
        MeshRuntime *runtime = w->runtime();
        runtime->startAll();
        QTRY_VERIFY_WITH_TIMEOUT(runs(runtime, keys) && runs(runtime, queue)
                && runs(runtime, circuit->idByName(QStringLiteral("worker")))
                && runs(runtime, console),
            kTimeout);

        // Every fill the queue reports is on its card at once, as cells.
        NodeItem *queueItem = w->view()->nodeItem(queue);
        QStringList mismatches;
        qint64 fullest = 0;
        qint64 mostBlocked = 0;
        connect(runtime, &MeshRuntime::liveState, this, [&](NodeId id, const QVariantMap &state) {
            if (id != queue)
                return;
            const qint64 fill = state.value(QStringLiteral("fill")).toLongLong();
            const qint64 blocked = state.value(QStringLiteral("blocked")).toLongLong();
            const QueueCard::Cells shown = queueItem->queueCard()->queueCells();
            const QueueCard::Cells expected
                = QueueCard::cells(fill, state.value(QStringLiteral("capacity")).toLongLong(),
                    state.value(QStringLiteral("highWater")).toLongLong(), blocked);
            if (!(shown == expected) || shown.filled != fill || shown.drawn != 3)
                mismatches << QStringLiteral("fill %1: %2 of %3 cells filled")
                                  .arg(fill)
                                  .arg(shown.filled)
                                  .arg(shown.drawn);
            fullest = std::max(fullest, fill);
            mostBlocked = std::max(mostBlocked, blocked);
        });

        doubleClickCard(w->view(), keys);
        KeyboardLineEditor *editor = w->view()->typingEditor();
        QVERIFY(editor);
        QCOMPARE(editor->nodeId(), keys);
        QTRY_VERIFY(editor->hasFocus());
        QStringList typed;
        for (int i = 1; i <= 8; ++i) {
            typed << QStringLiteral("line %1 from the card").arg(i);
            typeLine(editor, typed.last());
            QCOMPARE(editor->text(), QString()); // sent: ready for the next
        }

        ConsoleModel *model = w->consolePanel()->model();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 8, kTimeout);
        for (int row = 0; row < 8; ++row) {
            QCOMPARE(model->entry(row).text, typed.at(row));
            QCOMPARE(model->entry(row).from, QStringLiteral("worker"));
            QCOMPARE(model->entry(row).consoleName, QStringLiteral("console"));
            QCOMPARE(model->entry(row).node, console);
        }
        QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(u'\n')));
        // One line at the worker, three in the queue, the next held back at its ack.
        QCOMPARE(fullest, qint64(3));
        QVERIFY(mostBlocked >= 1);
        QTRY_COMPARE(queueItem->queueCard()->queueCells().filled, 0);
        QCOMPARE(queueItem->queueCard()->queueCells().highWater, 3);
        // The console's card shows its last lines, the keyboard's what it sent.
        QCOMPARE(w->view()->nodeItem(console)->queueCard()->consoleLines(), typed.mid(5));
        QTRY_COMPARE(
            w->view()->nodeItem(keys)->liveState().value(QStringLiteral("sent")).toInt(), 8);
        runtime->stopAll();
    }

    void aKeyboardThatDoesNotRunKeepsTheLine()
    {
        uitest::Window w;
        buildPipeline(w.window.get(), 0);
        uitest::show(w);
        w->view()->fitAll();
        const NodeId keys = w->circuit()->idByName(QStringLiteral("keys"));
        QSignalSpy status(w->view(), &CircuitView::statusMessage);
        doubleClickCard(w->view(), keys);
        KeyboardLineEditor *editor = w->view()->typingEditor();
        QVERIFY(editor);
        QTRY_VERIFY(editor->hasFocus());
        typeLine(editor, QStringLiteral("hello"));
        QCOMPARE(editor->text(), QStringLiteral("hello")); // for another try
        QVERIFY(!status.isEmpty());
        QVERIFY2(status.last().first().toString().contains(QStringLiteral("keys does not run")),
            qPrintable(status.last().first().toString()));
        // Once it runs, the same line goes.
        w->runtime()->startAll();
        QTRY_VERIFY(runs(w->runtime(), keys));
        editor->setFocus();
        QTest::keyClick(editor, Qt::Key_Return);
        QCOMPARE(editor->text(), QString());
        QTRY_COMPARE_WITH_TIMEOUT(w->consolePanel()->model()->rowCount(), 1, kTimeout);
        // Escape closes it; the card's menu opens it again.
        QTest::keyClick(editor, Qt::Key_Escape);
        QTRY_VERIFY(!w->view()->typingEditor());
        canvastest::triggerNodeMenu(w->view(), keys, QStringLiteral("Type a Line"));
        QTRY_VERIFY(w->view()->typingEditor());
        QCOMPARE(w->view()->typingEditor()->nodeId(), keys);
        w->activateWindow();
        QTRY_VERIFY(w->view()->typingEditor()->hasFocus());
        w->runtime()->stopAll();
    }

    void theWorkersProgressIsInRunTime()
    {
        uitest::Window w;
        buildPipeline(w.window.get(), 60000);
        uitest::show(w);
        w->view()->fitAll();
        const NodeId keys = w->circuit()->idByName(QStringLiteral("keys"));
        const NodeId worker = w->circuit()->idByName(QStringLiteral("worker"));
        MeshRuntime *runtime = w->runtime();
        runtime->startAll();
        QTRY_VERIFY_WITH_TIMEOUT(runs(runtime, keys) && runs(runtime, worker), kTimeout);
        ConsolePanel *panel = w->consolePanel();
        panel->pickKeyboard(keys);
        QVERIFY(panel->type(QStringLiteral("something slow")));
        const QueueCard *card = w->view()->nodeItem(worker)->queueCard();
        QTRY_VERIFY_WITH_TIMEOUT(card->progress() > 0, kTimeout);
        QCOMPARE(w->view()->nodeItem(worker)->liveState().value(QStringLiteral("current")),
            QVariant(QStringLiteral("something slow")));
        QVERIFY(card->progress() < 1);

        runtime->delivery()->setPaused(true);
        QTest::qWait(2 * CircuitScene::kFrameMs); // a frame or two after the pause
        const double held = card->progress();
        QTest::qWait(300);
        QCOMPARE(card->progress(), held); // run time stands still
        runtime->delivery()->setPaused(false);
        QTRY_VERIFY(card->progress() > held);
        runtime->stopAll();
        QTRY_COMPARE(card->progress(), -1.0); // a stopped worker holds nothing
    }
};

QTEST_MAIN(TestQueueLive)
#include "tst_queuelive.moc"
