// A real ring of three in the window's own runtime (RingComponent, real sockets on 127.0.0.1):
// a line typed in the Ring Chat and Enter goes round and comes back, every member's chat event
// shows, the cards show their last line; a member crashed from its canvas menu is marked dead
// and its predecessor's bypass appears, ends on the right ports and follows a dragged card; the
// restarted member is taken back and the bypass goes. Assertions on the document, the chat's
// rows and the scene's items, never on pixels or timings.
#include "canvas/circuitscene.h"
#include "canvas/circuitview.h"
#include "canvas/nodeitem.h"
#include "canvas/nodetexts.h"
#include "canvas/tokenlayer.h"
#include "canvastestkit.h"
#include "nodeselection.h"
#include "ring/chatmodel.h"
#include "ring/ringchat.h"
#include "ring/ringgeometry.h"
#include "ring/ringitems.h"
#include "ring/ringoverlay.h"
#include "runtime/meshruntime.h"
#include "uitestkit.h"

#include <QLineEdit>
#include <QTest>

using namespace wb;

namespace {

constexpr int kTimeout = 15000;

const QStringList kNames { QStringLiteral("alice"), QStringLiteral("bob"),
    QStringLiteral("carol") };

// Quick timers, so that the ring forms and heals within a second or two.
QList<NodeSpec> ringOfThree()
{
    const QList<QPointF> corners
        = ringgeometry::circle(3, { 0, 0 }, { NodeItem::kWidth, NodeItem::kHeight });
    const QList<qint64> keys = ringgeometry::keys(3);
    QList<NodeSpec> nodes;
    for (int i = 0; i < 3; ++i) {
        NodeSpec spec = uitest::node(kNames.at(i), NodeKind::Ring, uitest::freePort(),
            { { QStringLiteral("key"), keys.at(i) }, { QStringLiteral("heartbeat"), 0.1 },
                { QStringLiteral("suspect"), 0.5 }, { QStringLiteral("probeTimeout"), 0.3 },
                { QStringLiteral("stabilise"), 0.1 } });
        spec.id = i + 1;
        spec.position = corners.at(i);
        nodes << spec;
    }
    return nodes;
}

QString rowsText(const ChatModel *model)
{
    QStringList rows;
    for (int row = 0; row < model->rowCount(); ++row)
        rows << model->entry(row).nodeName + u' ' + model->entry(row).event + u' '
                + model->entry(row).line;
    return rows.join(u'\n');
}

// The row of `event` at `node` about `text`, -1 when there is none yet.
int rowOf(const ChatModel *model, const QString &node, const QString &event, const QString &text)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        const ChatModel::Entry &e = model->entry(row);
        if (e.nodeName == node && e.event == event && e.text == text)
            return row;
    }
    return -1;
}

} // namespace

class TestRingLive final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void chatGoesRoundAndTheRingHealsOnTheCanvas()
    {
        uitest::Window w;
        w->circuit()->setContents(
            ringOfThree(), { { 1, 1, 2, {}, {} }, { 2, 2, 3, {}, {} }, { 3, 3, 1, {}, {} } });
        uitest::show(w);
        w->view()->fitAll();
        CircuitScene *scene = w->view()->circuitScene();
        RingOverlay *overlay = scene->ring();
        QVERIFY(overlay);
        w->runtime()->startAll();

        // The ring has formed when each member's successor is the node its wire goes to.
        const auto formed = [&] {
            for (NodeId id : { 1, 2, 3 }) {
                const NodeId next = id % 3 + 1;
                const QString successor = overlay->picture().successorOf(id);
                if (successor.isEmpty() || overlay->picture().resolve(successor, {}) != next)
                    return false;
            }
            return true;
        };
        QTRY_VERIFY_WITH_TIMEOUT(formed(), kTimeout);

        // A click on alice's card picks her; a typed line and Enter say it.
        clickCard(w, 1);
        RingChat *chat = w->ringChat();
        QCOMPARE(chat->pickedNode(), 1);
        say(chat, QStringLiteral("hello ring"));
        ChatModel *model = chat->model();
        QTRY_VERIFY2_WITH_TIMEOUT(rowOf(model, QStringLiteral("alice"), QStringLiteral("returned"),
                                      QStringLiteral("hello ring"))
                >= 0,
            qPrintable(rowsText(model)), kTimeout);
        const int returned = rowOf(model, QStringLiteral("alice"), QStringLiteral("returned"),
            QStringLiteral("hello ring"));
        QCOMPARE(model->entry(returned).hops, 3);
        QVERIFY(model->entry(returned).line.contains(QStringLiteral("came back")));
        QVERIFY(
            rowOf(model, QStringLiteral("bob"), QStringLiteral("new"), QStringLiteral("hello ring"))
            >= 0);
        QVERIFY(rowOf(model, QStringLiteral("carol"), QStringLiteral("new"),
                    QStringLiteral("hello ring"))
            >= 0);
        QVERIFY(rowOf(model, QStringLiteral("alice"), QStringLiteral("said"),
                    QStringLiteral("hello ring"))
            >= 0);
        QVERIFY(chat->input()->text().isEmpty());
        // Only alice's own events when asked.
        chat->setOnlyPicked(true);
        QCOMPARE(chat->visibleLineCount(), 2); // said, came back
        chat->setOnlyPicked(false);
        // Alice's card shows the line she read last.
        const NodeItem *aliceCard = scene->nodeItem(1);
        QTRY_COMPARE_WITH_TIMEOUT(
            nodetexts::detail(
                *w->circuit()->node(1), { true, aliceCard->liveState(), {}, -1, {}, {} }),
            model->entry(returned).line, kTimeout);
        QVERIFY(overlay->bypassItems().isEmpty());

        // Carol crashes (her menu on the canvas): bob believes her dead and closes the ring
        // round her.
        canvastest::triggerNodeMenu(w->view(), 3, QStringLiteral("Crash"));
        QCOMPARE(w->runtime()->fault(3), NodeFault::Crashed);
        QTRY_VERIFY_WITH_TIMEOUT(overlay->bypass(2, 1), kTimeout);
        BypassItem *bypass = nullptr;
        for (QGraphicsItem *item : scene->items()) {
            if (item->type() == BypassItem::Type)
                bypass = static_cast<BypassItem *>(item);
        }
        QVERIFY(bypass);
        QCOMPARE(bypass->from(), 2);
        QCOMPARE(bypass->to(), 1);
        QCOMPARE(bypass->start(), scene->nodeItem(2)->outputPortPos());
        QCOMPARE(bypass->end(), scene->nodeItem(1)->inputPortPos());
        QVERIFY(bypass->toolTip().contains(QStringLiteral("carol")));
        QTRY_VERIFY_WITH_TIMEOUT(overlay->mark(3), kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(
            overlay->mark(3)->opinion(), RingPicture::Opinion::Dead, kTimeout);
        QVERIFY2(overlay->mark(3)->toolTip().contains(QStringLiteral("bob")),
            qPrintable(overlay->mark(3)->toolTip()));
        // Heartbeats and chat travel on the bypass: its passages are drawn on it. (Carol's menu
        // picked her in the chat: alice again.)
        QCOMPARE(chat->pickedNode(), 3);
        clickCard(w, 1);
        say(chat, QStringLiteral("still here?"));
        QTRY_VERIFY2_WITH_TIMEOUT(rowOf(model, QStringLiteral("alice"), QStringLiteral("returned"),
                                      QStringLiteral("still here?"))
                >= 0,
            qPrintable(chat->errorText() + u'\n' + rowsText(model)), kTimeout);
        QCOMPARE(model
                     ->entry(rowOf(model, QStringLiteral("alice"), QStringLiteral("returned"),
                         QStringLiteral("still here?")))
                     .hops,
            2);
        QTRY_VERIFY_WITH_TIMEOUT(tokenOn(scene, bypass->connectorId()), kTimeout);

        // The bypass follows bob's card when it is dragged.
        const QPointF grab = scene->nodeItem(2)->pos() + QPointF(60, 70);
        dragMouse(w->view(), grab, grab + QPointF(100, 60));
        QVERIFY(scene->nodeItem(2)->pos() != grab - QPointF(60, 70));
        QCOMPARE(bypass->start(), scene->nodeItem(2)->outputPortPos());

        // Carol restarts and is taken back: no bypass, no mark.
        canvastest::triggerNodeMenu(w->view(), 3, QStringLiteral("Restart"));
        QTRY_VERIFY_WITH_TIMEOUT(
            overlay->bypassItems().isEmpty() && !overlay->mark(3) && formed(), kTimeout);
        const auto bypasses = [&] {
            int count = 0;
            for (QGraphicsItem *item : scene->items())
                count += item->type() == BypassItem::Type;
            return count;
        };
        QCOMPARE(bypasses(), 0);

        // A stopped member cannot say anything, and says why.
        w->runtime()->stopAll();
        QTRY_VERIFY_WITH_TIMEOUT(!w->runtime()->isRunning(), kTimeout); // after the farewells
        say(chat, QStringLiteral("anyone?"));
        QVERIFY2(chat->errorText().contains(QStringLiteral("does not run")),
            qPrintable(chat->errorText()));
        QVERIFY(overlay->picture().reporters().isEmpty());
    }

private:
    static void say(RingChat *chat, const QString &text)
    {
        QLineEdit *input = chat->input();
        QTest::mouseClick(input, Qt::LeftButton);
        QTest::keyClicks(input, text);
        QTest::keyClick(input, Qt::Key_Return);
    }

    static bool tokenOn(CircuitScene *scene, WireId connector)
    {
        const QList<TokenItem::Drawn> drawn = scene->tokens()->drawn();
        return std::any_of(drawn.cbegin(), drawn.cend(),
            [&](const TokenItem::Drawn &d) { return d.token.wire == connector; });
    }

    static void clickCard(uitest::Window &w, NodeId id)
    {
        CircuitView *view = w->view();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
            view->mapFromScene(view->nodeItem(id)->pos() + QPointF(60, 70)));
        QCOMPARE(w->selection()->ids(), QList<NodeId>({ id }));
    }

    static void dragMouse(CircuitView *view, QPointF from, QPointF to)
    {
        QTest::mousePress(view->viewport(), Qt::LeftButton, {}, view->mapFromScene(from));
        for (int i = 1; i <= 4; ++i) {
            // QTest::mouseMove does not carry the pressed button; a real drag does.
            const QPoint at = view->mapFromScene(from + (to - from) * i / 4.0);
            QMouseEvent move(QEvent::MouseMove, QPointF(at),
                view->viewport()->mapToGlobal(QPointF(at)), Qt::NoButton, Qt::LeftButton,
                Qt::NoModifier);
            QApplication::sendEvent(view->viewport(), &move);
        }
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, view->mapFromScene(to));
    }
};

QTEST_MAIN(TestRingLive)
#include "tst_ringlive.moc"
