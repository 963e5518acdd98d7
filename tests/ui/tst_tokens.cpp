// Message tokens on the canvas's wires. The model's rules as pure rows (how far along a delayed
// passage is, how a burst on one wire becomes one token with a count, how long a real-time
// token stays in sight); then a real running circuit, a clock wired to two LEDs on 127.0.0.1:
// clicking the held token of the second message delivers it before the first, its menu drops
// it, and at teaching pace a token is there while its message is delayed and gone once it
// arrived. Asserted on the runtime's events, never on pixels.
#include "canvas/circuitscene.h"
#include "canvas/circuitview.h"
#include "canvas/tokenlayer.h"
#include "canvas/tokenmodel.h"
#include "canvas/wireitem.h"
#include "canvastestkit.h"
#include "circuiteditor.h"
#include "nodeselection.h"
#include "runtime/meshruntime.h"
#include "runtime/trafficstats.h"

#include <QMenu>
#include <QSignalSpy>
#include <QTest>
#include <algorithm>

using namespace wb;
using Shown = TokenModel::Shown;
using State = TokenModel::State;

Q_DECLARE_METATYPE(QList<wb::TokenModel::Shown>)

namespace {

constexpr int kTimeout = 20000;
constexpr qint64 kMs = 1'000'000;

Shown shown(WireId wire, bool ack, qreal progress, State state = State::Moving, int count = 1,
    quint64 ticket = 0, quint64 messageId = 0)
{
    return Shown { wire, ack, progress, state, count, ticket, messageId };
}

TrafficEvent trafficEvent(TrafficEvent::Type type, quint64 messageId, bool ack = false)
{
    TrafficEvent e;
    e.type = type;
    e.messageId = messageId;
    e.ack = ack;
    e.wire = 1;
    return e;
}

} // namespace

namespace QTest {
template<> char *toString(const Shown &s)
{
    return qstrdup(QStringLiteral("{wire %1%2 at %3 state %4 ×%5 ticket %6 id %7}")
                       .arg(s.wire)
                       .arg(s.ack ? QStringLiteral(" ack") : QString())
                       .arg(s.progress)
                       .arg(int(s.state))
                       .arg(s.count)
                       .arg(s.ticket)
                       .arg(s.messageId)
                       .toUtf8()
                       .constData());
}
} // namespace QTest

class TestTokens final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<TrafficEvent>(); }

    void progress_data()
    {
        QTest::addColumn<qint64>("since");
        QTest::addColumn<qint64>("due");
        QTest::addColumn<qint64>("now");
        QTest::addColumn<qreal>("expected");
        QTest::newRow("just left") << qint64(100) << qint64(700) << qint64(100) << 0.0;
        QTest::newRow("half way") << qint64(100) << qint64(700) << qint64(400) << 0.5;
        QTest::newRow("due") << qint64(100) << qint64(700) << qint64(700) << 1.0;
        QTest::newRow("overdue stays at the end")
            << qint64(100) << qint64(700) << qint64(900) << 1.0;
        QTest::newRow("before its start (clamped)")
            << qint64(100) << qint64(700) << qint64(0) << 0.0;
        QTest::newRow("no delay at all") << qint64(100) << qint64(100) << qint64(100) << 1.0;
    }

    void progress()
    {
        QFETCH(qint64, since);
        QFETCH(qint64, due);
        QFETCH(qint64, now);
        QFETCH(qreal, expected);
        QCOMPARE(TokenModel::progress(since, due, now), expected);
    }

    void coalesce_data()
    {
        QTest::addColumn<QList<Shown>>("tokens");
        QTest::addColumn<QList<Shown>>("expected");
        QTest::newRow("apart stay apart") << QList<Shown> { shown(1, false, 0.5),
            shown(1, false, 0.9) } << QList<Shown> { shown(1, false, 0.9), shown(1, false, 0.5) };
        QTest::newRow("a burst is one token with its count, at its leader")
            << QList<Shown> { shown(1, false, 0.45), shown(1, false, 0.5), shown(1, false, 0.47) }
            << QList<Shown> { shown(1, false, 0.5, State::Moving, 3) };
        QTest::newRow("a stream makes bursts of the span, not one chain")
            << QList<Shown> { shown(1, false, 0.5), shown(1, false, 0.44), shown(1, false, 0.38),
                   shown(1, false, 0.32) }
            << QList<Shown> { shown(1, false, 0.5, State::Moving, 2),
                   shown(1, false, 0.38, State::Moving, 2) };
        QTest::newRow("message and ack apart") << QList<Shown> { shown(1, false, 0.5),
            shown(1, true, 0.5) } << QList<Shown> { shown(1, false, 0.5), shown(1, true, 0.5) };
        QTest::newRow("wires apart") << QList<Shown> { shown(2, false, 0.5), shown(1, false, 0.5) }
                                     << QList<Shown> { shown(1, false, 0.5), shown(2, false, 0.5) };
        QTest::newRow("held apart from moving")
            << QList<Shown> { shown(1, false, 0.2, State::Held, 1, 4, 40), shown(1, false, 0.2) }
            << QList<Shown> { shown(1, false, 0.2), shown(1, false, 0.2, State::Held, 1, 4, 40) };
        QTest::newRow("held together: the oldest ticket is clicked") << QList<Shown> {
            shown(1, false, 0.2, State::Held, 1, 7, 70),
            shown(1, false, 0.2, State::Held, 1, 3, 30), shown(1, false, 0.2, State::Held, 1, 5, 50)
        } << QList<Shown> { shown(1, false, 0.2, State::Held, 3, 3, 30) };
        QTest::newRow("a flat-out wire shows a few counts, the rest in the last")
            << QList<Shown> { shown(1, false, 0.9), shown(1, false, 0.7), shown(1, false, 0.5),
                   shown(1, false, 0.3), shown(1, false, 0.1), shown(1, false, 0.0),
                   shown(1, true, 0.1) }
            << QList<Shown> { shown(1, false, 0.9), shown(1, false, 0.7), shown(1, false, 0.5),
                   shown(1, false, 0.3, State::Moving, 3), shown(1, true, 0.1) };
        QTest::newRow("bursts add their counts") << QList<Shown> {
            shown(1, false, 0.6, State::Moving, 4), shown(1, false, 0.58, State::Moving, 8)
        } << QList<Shown> { shown(1, false, 0.6, State::Moving, 12) };
    }

    void coalesce()
    {
        QFETCH(QList<Shown>, tokens);
        QFETCH(QList<Shown>, expected);
        QCOMPARE(TokenModel::coalesce(tokens), expected);
    }

    // Real time: a message that took no time at all is in sight for kMinVisibleMs, running
    // its whole wire; twelve of them at once are one token "×12", not a flicker.
    void realTimeBurstIsOneCountedToken()
    {
        TokenModel model;
        for (quint64 id = 1; id <= 12; ++id) {
            model.apply(trafficEvent(TrafficEvent::Type::Sent, id), 1, 1000 + qint64(id));
            model.apply(trafficEvent(TrafficEvent::Type::Received, id), 1, 1000 + qint64(id));
        }
        QList<Shown> now = model.frame(1020, 0, false);
        QCOMPARE(now.size(), 1);
        QCOMPARE(now.at(0).count, 12);
        QCOMPARE(now.at(0).state, State::Moving);
        QCOMPARE(now.at(0).ticket, quint64(0));
        QVERIFY(now.at(0).progress > 0 && now.at(0).progress < 1);
        now = model.frame(1000 + TokenModel::kMinVisibleMs + 1, 0, false);
        QVERIFY(!now.isEmpty()); // the last of them is still in sight
        QVERIFY(model.frame(1000 + 12 + TokenModel::kMinVisibleMs, 0, false).isEmpty());
        QVERIFY(model.isEmpty());
    }

    // Delayed at the gate: as far along as its delay, standing still while the run is paused
    // (run time stands still); held by the pause: near the end that holds it.
    void gatedTokensFollowRunTime_data()
    {
        QTest::addColumn<bool>("delayed");
        QTest::addColumn<bool>("atReceiver");
        QTest::addColumn<bool>("paused");
        QTest::addColumn<qreal>("expected");
        QTest::addColumn<int>("state");
        QTest::newRow("delayed, a quarter through")
            << true << false << false << 0.25 << int(State::Moving);
        QTest::newRow("delayed while paused: still, held")
            << true << false << true << 0.25 << int(State::Held);
        QTest::newRow("held before it left")
            << false << false << true << TokenModel::kHeldAtSender << int(State::Held);
        QTest::newRow("held where it arrives")
            << false << true << true << TokenModel::kHeldAtReceiver << int(State::Held);
    }

    void gatedTokensFollowRunTime()
    {
        QFETCH(bool, delayed);
        QFETCH(bool, atReceiver);
        QFETCH(bool, paused);
        QFETCH(qreal, expected);
        QFETCH(int, state);
        TokenModel model;
        model.apply(trafficEvent(TrafficEvent::Type::Sent, 9), 1, 0);
        TokenModel::Gate gate { 4, 9, false, 1, atReceiver, delayed, 200 * kMs,
            delayed ? 800 * kMs : 0 };
        model.setGate({ gate }, 0);
        // Long after kMinVisibleMs and kStaleMs of wall clock: only run time moves it.
        const QList<Shown> now = model.frame(60'000, 350 * kMs, paused);
        QCOMPARE(now, (QList<Shown> { shown(1, false, expected, State(state), 1, 4, 9) }));
        // Released and arrived: gone at the next frame.
        model.setGate({}, 60'000);
        model.apply(trafficEvent(TrafficEvent::Type::Received, 9), 1, 60'000);
        QVERIFY(model.frame(60'001, 350 * kMs, paused).isEmpty());
    }

    void lifeOfAMessageAndItsAck()
    {
        TokenModel model;
        model.apply(trafficEvent(TrafficEvent::Type::Sent, 5), 1, 0);
        model.apply(trafficEvent(TrafficEvent::Type::Received, 5), 1, 1);
        model.apply(trafficEvent(TrafficEvent::Type::AckSent, 5), 1, 2);
        QList<Shown> now = model.frame(50, 0, false);
        QCOMPARE(now.size(), 2);
        QVERIFY(!now.at(0).ack && now.at(1).ack);
        model.apply(trafficEvent(TrafficEvent::Type::AckReceived, 5), 1, 60);
        // An extra ack (of a duplicate) answers nothing on the wire: no new token.
        TrafficEvent extra = trafficEvent(TrafficEvent::Type::AckReceived, 5);
        extra.duplicate = true;
        model.apply(extra, 1, 400);
        QVERIFY(model.frame(400, 0, false).isEmpty());

        // Dropped: a ✕ where it was, for a while, then nothing.
        model.apply(trafficEvent(TrafficEvent::Type::Sent, 6), 1, 1000);
        model.apply(trafficEvent(TrafficEvent::Type::Dropped, 6), 1, 1000);
        now = model.frame(1000 + TokenModel::kDroppedVisibleMs - 1, 0, false);
        QCOMPARE(now.size(), 1);
        QCOMPARE(now.at(0).state, State::Dropped);
        QCOMPARE(now.at(0).progress, 0.5); // lost on its way: half-way, not on the port
        QVERIFY(model.frame(1000 + TokenModel::kDroppedVisibleMs, 0, false).isEmpty());

        // Sent and never heard of again (a node that stopped): forgotten after kStaleMs.
        model.apply(trafficEvent(TrafficEvent::Type::Sent, 7), 1, 2000);
        QCOMPARE(model.frame(2000 + TokenModel::kStaleMs, 0, false).size(), 1);
        QVERIFY(model.frame(2001 + TokenModel::kStaleMs, 0, false).isEmpty());
        // Nothing off the canvas's wires.
        model.apply(trafficEvent(TrafficEvent::Type::Sent, 8), 0, 3000);
        QVERIFY(model.isEmpty());
    }

    // --- a real running circuit -------------------------------------------------------------

    void init()
    {
        if (!QTest::currentTestFunction()
            || !QByteArray(QTest::currentTestFunction()).startsWith("live"))
            return;
        using canvastest::node;
        QList<NodeSpec> nodes { node(QStringLiteral("clock"), NodeKind::Clock, { 0, 0 }),
            node(QStringLiteral("upper"), NodeKind::Led, { 400, -240 }),
            node(QStringLiteral("lower"), NodeKind::Led, { 400, 240 }) };
        for (int i = 0; i < nodes.size(); ++i) {
            nodes[i].id = i + 1;
            nodes[i].port = 0;
        }
        nodes[0].params.insert(QStringLiteral("delay"), 0.05);
        nodes[0].params.insert(QStringLiteral("tacks"), qint64(3));
        m_circuit = std::make_unique<Circuit>();
        m_circuit->setContents(nodes, { { 1, 1, 2, {}, {} }, { 2, 1, 3, {}, {} } });
        m_editor = std::make_unique<CircuitEditor>(m_circuit.get());
        m_runtime = std::make_unique<MeshRuntime>(m_circuit.get());
        m_stats = std::make_unique<TrafficStats>(m_runtime.get());
        m_selection = std::make_unique<NodeSelection>(m_circuit.get());
        m_view = std::make_unique<CircuitView>(
            m_editor.get(), m_runtime.get(), m_stats.get(), m_selection.get());
        m_view->resize(900, 700);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        m_events.clear();
        connect(m_runtime.get(), &MeshRuntime::traffic, this,
            [this](const TrafficEvent &e) { m_events << e; });
    }

    void cleanup()
    {
        m_view.reset();
        m_selection.reset();
        m_stats.reset();
        m_runtime.reset();
        m_editor.reset();
        m_circuit.reset();
    }

    void liveClickedTokenArrivesFirst_data()
    {
        QTest::addColumn<bool>("teaching");
        QTest::newRow("held by the pause") << false;
        QTest::newRow("paused on its way at teaching pace") << true;
    }

    void liveClickedTokenArrivesFirst()
    {
        QFETCH(bool, teaching);
        const auto [first, second] = holdTwo(teaching);
        QVERIFY(first.ticket != 0 && second.ticket != 0);

        TokenLayer *tokens = m_view->circuitScene()->tokens();
        std::optional<TokenItem::Drawn> token;
        // Drawn as held (ringed) from the first frame after the pause.
        QTRY_VERIFY_WITH_TIMEOUT((token = tokens->find(second.passage.messageId, false))
                && token->token.state == State::Held,
            kTimeout);
        QCOMPARE(token->token.ticket, second.ticket);
        const auto other = tokens->find(first.passage.messageId, false);
        QVERIFY(other);
        // The two wires leave the clock's port together: held tokens are drawn apart anyway,
        // so that either can be clicked.
        QVERIFY(QLineF(other->at, token->at).length() > 2 * TokenItem::radius(token->token));
        QSignalSpy picked(m_view.get(), &CircuitView::messagePicked);
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, m_view->mapFromScene(token->at));
        // The chart selects its arrow (the main window listens).
        QCOMPARE(picked.size(), 1);
        QCOMPARE(picked.first().first().toULongLong(), second.passage.messageId);

        QTRY_VERIFY_WITH_TIMEOUT(received(second.passage.messageId) >= 0, kTimeout);
        QCOMPARE(received(first.passage.messageId), -1); // still held: the run is paused
        QCOMPARE(m_events.at(received(second.passage.messageId)).node, second.passage.to);
        m_runtime->delivery()->setSpeed(TimeSource::kMaxSpeed); // the rest of its transit
        m_runtime->delivery()->setPaused(false);
        QTRY_VERIFY_WITH_TIMEOUT(received(first.passage.messageId) >= 0, kTimeout);
        QVERIFY(received(second.passage.messageId) < received(first.passage.messageId));
        m_runtime->stopAll();
    }

    void liveMenuDropsAHeldMessage()
    {
        const auto [first, second] = holdTwo(false);
        QVERIFY(first.ticket != 0 && second.ticket != 0);
        TokenLayer *tokens = m_view->circuitScene()->tokens();
        std::optional<TokenItem::Drawn> token;
        QTRY_VERIFY_WITH_TIMEOUT(
            (token = tokens->find(first.passage.messageId, false)) && token->token.ticket != 0,
            kTimeout);
        const QPoint at = m_view->mapFromScene(token->at);
        QContextMenuEvent menuEvent(
            QContextMenuEvent::Mouse, at, m_view->viewport()->mapToGlobal(at));
        QApplication::sendEvent(m_view->viewport(), &menuEvent);
        QMenu *menu = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (menu = m_view->findChild<QMenu *>()) && menu->isVisible(), kTimeout);
        QAction *drop = nullptr;
        for (QAction *action : menu->actions()) {
            if (action->text() == QStringLiteral("Drop"))
                drop = action;
        }
        QVERIFY(drop);
        // The two wires leave the clock's port together: the token under the mouse may be
        // either message. The menu's title names the one it acts on.
        quint64 chosen = 0;
        for (QAction *action : menu->actions()) {
            if (!action->isSeparator())
                continue;
            for (const auto &held : { first, second }) {
                if (action->text().endsWith(QString::number(held.passage.messageId)))
                    chosen = held.passage.messageId;
            }
        }
        QVERIFY(chosen != 0);
        const quint64 other = chosen == first.passage.messageId ? second.passage.messageId
                                                                : first.passage.messageId;
        drop->trigger();
        menu->close();

        const auto dropped = [&] {
            for (const TrafficEvent &e : std::as_const(m_events)) {
                if (e.type == TrafficEvent::Type::Dropped && !e.ack
                    && e.messageId == chosen) {
                    return true;
                }
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(dropped(), kTimeout);
        m_runtime->delivery()->setPaused(false);
        QTRY_VERIFY_WITH_TIMEOUT(received(other) >= 0, kTimeout);
        QCOMPARE(received(chosen), -1);
        m_runtime->stopAll();
    }

    // Teaching pace: every hop takes its transit time of run time, and its token is on the
    // wire all that time, then gone once the message arrived.
    void liveTeachingTokenLivesWhileDelayed()
    {
        DeliveryController *gate = m_runtime->delivery();
        gate->setPace(DeliveryController::Pace::Teaching);
        gate->setSpeed(0.25);
        TokenLayer *tokens = m_view->circuitScene()->tokens();
        quint64 id = 0;
        bool seenWhileDelayed = false;
        bool wireBusy = false;
        m_runtime->startAll();
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
            for (const TrafficEvent &e : std::as_const(m_events)) {
                if (e.type == TrafficEvent::Type::Delayed && !e.ack) {
                    id = e.messageId;
                    return true;
                }
            }
            return false;
        }()),
            kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
            const bool delayed = received(id) < 0;
            const auto token = tokens->find(id, false);
            seenWhileDelayed = seenWhileDelayed || (token && delayed);
            if (token) {
                const WireItem *wire = m_view->circuitScene()->wireItem(token->token.wire);
                wireBusy = wireBusy || (wire && wire->isBusy());
            }
            return received(id) >= 0;
        }()),
            kTimeout);
        QVERIFY(seenWhileDelayed);
        QVERIFY(wireBusy); // drawn in its source's accent meanwhile
        QTRY_VERIFY_WITH_TIMEOUT(!tokens->find(id, false), kTimeout);
        m_runtime->stopAll();
    }

private:
    // Index in m_events of the (first) Received of a message, or -1.
    qsizetype received(quint64 messageId) const
    {
        for (qsizetype i = 0; i < m_events.size(); ++i) {
            if (m_events.at(i).type == TrafficEvent::Type::Received
                && m_events.at(i).messageId == messageId) {
                return i;
            }
        }
        return -1;
    }

    // The clock's first tick to both LEDs, held by the gate while the run is paused: the two
    // messages, oldest first.
    std::pair<DeliveryController::HeldInfo, DeliveryController::HeldInfo> holdTwo(bool teaching)
    {
        DeliveryController *gate = m_runtime->delivery();
        const auto messages = [gate] {
            QList<DeliveryController::HeldInfo> list;
            for (const DeliveryController::HeldInfo &info : gate->held()) {
                if (info.passage.direction == Direction::Message)
                    list << info;
            }
            return list;
        };
        if (teaching) {
            // Paused when both are a good way along their wires, apart from the port they
            // share, and neither has arrived.
            gate->setPace(DeliveryController::Pace::Teaching);
            gate->setSpeed(0.25);
            m_runtime->startAll();
            const auto underway = [&] {
                const QList<DeliveryController::HeldInfo> held = messages();
                return held.size() == 2
                    && std::all_of(held.cbegin(), held.cend(), [gate](const auto &info) {
                           return TokenModel::progress(
                                      info.sinceRunNs, info.dueRunNs, gate->timeSource()->nowNs())
                               >= 0.3;
                       });
            };
            [&] {
                QTRY_VERIFY_WITH_TIMEOUT(underway(), kTimeout);
            }();
        } else {
            // The first message leaves into a paused run (Sent comes before its gate).
            connect(m_runtime.get(), &MeshRuntime::traffic, this, [gate](const TrafficEvent &e) {
                if (e.type == TrafficEvent::Type::Sent)
                    gate->setPaused(true);
            });
            m_runtime->startAll();
            [&] {
                QTRY_COMPARE_WITH_TIMEOUT(messages().size(), 2, kTimeout);
            }();
        }
        gate->setPaused(true);
        const QList<DeliveryController::HeldInfo> held = messages();
        if (held.size() != 2)
            return {};
        return { held.at(0), held.at(1) };
    }

    std::unique_ptr<Circuit> m_circuit;
    std::unique_ptr<CircuitEditor> m_editor;
    std::unique_ptr<MeshRuntime> m_runtime;
    std::unique_ptr<TrafficStats> m_stats;
    std::unique_ptr<NodeSelection> m_selection;
    std::unique_ptr<CircuitView> m_view;
    QList<TrafficEvent> m_events;
};

QTEST_MAIN(TestTokens)
#include "tst_tokens.moc"
