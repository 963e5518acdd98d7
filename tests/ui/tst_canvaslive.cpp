// The canvas over a real running mesh: the seed circuit plus an LED, every server on an
// ephemeral port of 127.0.0.1, a CircuitView shown. The items must get the nodes' live state
// (LED on/off, buzzer buzzing, clock ticks, pin bits), states and counters, and the animation
// must stay bounded and stop once the mesh stops.
#include "canvas/circuitscene.h"
#include "canvas/circuitview.h"
#include "canvas/nodeitem.h"
#include "canvas/tokenlayer.h"
#include "canvas/wireitem.h"
#include "canvastestkit.h"
#include "circuiteditor.h"
#include "document/circuitformat.h"
#include "nodeselection.h"
#include "runtime/meshruntime.h"
#include "runtime/trafficstats.h"

#include <QTcpServer>
#include <QTest>

using namespace wb;

namespace {

constexpr int kTimeout = 20000;

} // namespace

class TestCanvasLive final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        const circuitformat::Result seed = circuitformat::load(circuitformat::seedCircuitPath());
        QVERIFY2(seed.ok(), qPrintable(seed.error));
        m_circuit = std::make_unique<Circuit>();
        m_circuit->setContents(seed.document.nodes, seed.document.wires);
        for (NodeId id : m_circuit->nodeIds())
            m_circuit->setPort(id, 0);
        m_clock = m_circuit->idByName(QStringLiteral("clock"));
        m_pin = m_circuit->idByName(QStringLiteral("iopin"));
        m_buzzer = m_circuit->idByName(QStringLiteral("buzzer"));
        NodeSpec led;
        led.name = QStringLiteral("led");
        led.kind = NodeKind::Led;
        led.position = QPointF(480, 160);
        m_led = m_circuit->addNode(led);
        QVERIFY(m_circuit->addWire(m_pin, m_led));
        // Half ones, half zeros, so that both the LED and the buzzer see both.
        m_circuit->setParam(m_pin, QStringLiteral("chance"), 0.5);
        m_circuit->setParam(m_pin, QStringLiteral("seed"), qint64(42));
        m_circuit->setParam(m_clock, QStringLiteral("delay"), 0.02);
        m_circuit->setParam(m_clock, QStringLiteral("tacks"), qint64(8));

        m_editor = std::make_unique<CircuitEditor>(m_circuit.get());
        m_runtime = std::make_unique<MeshRuntime>(m_circuit.get());
        m_stats = std::make_unique<TrafficStats>(m_runtime.get());
        m_selection = std::make_unique<NodeSelection>(m_circuit.get());
        m_view = std::make_unique<CircuitView>(m_editor.get(), m_runtime.get(), m_stats.get(),
                                               m_selection.get());
        m_view->resize(900, 500);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
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

    void liveStateReachesItems()
    {
        NodeItem *led = m_view->nodeItem(m_led);
        NodeItem *buzzer = m_view->nodeItem(m_buzzer);
        NodeItem *clock = m_view->nodeItem(m_clock);
        NodeItem *pin = m_view->nodeItem(m_pin);
        QCOMPARE(led->nodeState(), NodeState::Stopped);
        QVERIFY(led->liveState().isEmpty());

        m_runtime->startAll();
        QTRY_VERIFY_WITH_TIMEOUT(m_runtime->clocksDone(), kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(led->liveState().contains(QStringLiteral("on")), kTimeout);
        QVERIFY(buzzer->liveState().contains(QStringLiteral("buzzing")));
        QCOMPARE(clock->liveState().value(QStringLiteral("tick")).toInt(), 7);
        QCOMPARE(pin->liveState().value(QStringLiteral("bits")).toList().size(), 3);
        // Each server shows the port it really listens on.
        QVERIFY(led->addressText().endsWith(
            u':' + QString::number(m_runtime->listeningPort(m_led))));
        QVERIFY(m_runtime->listeningPort(m_led) != 0);
        QVERIFY(led->nodeState() == NodeState::Listening
                || led->nodeState() == NodeState::Running);
        QCOMPARE(led->nodeState(), m_runtime->state(m_led));

        // 8 ticks of 3 bits to each of the pin's targets, counted on the wires (coalesced).
        WireItem *toLed = m_view->circuitScene()->wireItem(m_pin, m_led);
        QTRY_COMPARE_WITH_TIMEOUT(toLed->sentCount(), quint64(24), kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(m_view->circuitScene()->wireItem(m_clock, m_pin)->sentCount(),
                                  quint64(8), kTimeout);

        m_runtime->stopAll();
        QTRY_COMPARE_WITH_TIMEOUT(led->nodeState(), NodeState::Stopped, kTimeout);
        // Nothing moves any more: the frames stop.
        QTRY_VERIFY_WITH_TIMEOUT(!m_view->circuitScene()->isAnimating(), kTimeout);
    }

    void flatOutStaysBounded()
    {
        // Delay 0: messages as fast as the sockets go. The wires never hold more than a few
        // tokens (counts of bursts), whatever the rate.
        m_circuit->setParam(m_clock, QStringLiteral("delay"), 0.0);
        m_circuit->setParam(m_clock, QStringLiteral("tacks"), qint64(300));
        m_runtime->startAll();
        TokenLayer *tokens = m_view->circuitScene()->tokens();
        qsizetype most = 0;
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
            most = std::max(most, tokens->drawn().size());
            return m_runtime->clocksDone();
        }()),
            kTimeout);
        QVERIFY(most > 0);
        // Three wires, messages and acks, moving or dropped: a few bursts each.
        QVERIFY(most <= 3 * 2 * 2 * TokenModel::kMaxBursts);
        QTRY_COMPARE_WITH_TIMEOUT(
            m_view->circuitScene()->wireItem(m_pin, m_buzzer)->sentCount(), quint64(900), kTimeout);
    }

    void contextMenuStartsAndStops()
    {
        NodeItem *led = m_view->nodeItem(m_led);
        canvastest::triggerNodeMenu(m_view.get(), m_led, QStringLiteral("Start"));
        QTRY_COMPARE_WITH_TIMEOUT(led->nodeState(), NodeState::Listening, kTimeout);
        QCOMPARE(m_runtime->state(m_buzzer), NodeState::Stopped);
        canvastest::triggerNodeMenu(m_view.get(), m_led, QStringLiteral("Stop"));
        QTRY_COMPARE_WITH_TIMEOUT(led->nodeState(), NodeState::Stopped, kTimeout);
    }

    void takenPortShowsAsError()
    {
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
        m_circuit->setPort(m_led, squatter.serverPort());
        m_runtime->start(m_led);
        NodeItem *led = m_view->nodeItem(m_led);
        QTRY_COMPARE_WITH_TIMEOUT(led->nodeState(), NodeState::Error, kTimeout);
        QVERIFY(!led->errorString().isEmpty());
        QVERIFY(led->toolTip().contains(led->errorString().toHtmlEscaped()));
    }

private:
    std::unique_ptr<Circuit> m_circuit;
    std::unique_ptr<CircuitEditor> m_editor;
    std::unique_ptr<MeshRuntime> m_runtime;
    std::unique_ptr<TrafficStats> m_stats;
    std::unique_ptr<NodeSelection> m_selection;
    std::unique_ptr<CircuitView> m_view;
    NodeId m_clock = 0;
    NodeId m_pin = 0;
    NodeId m_buzzer = 0;
    NodeId m_led = 0;
};

QTEST_MAIN(TestCanvasLive)
#include "tst_canvaslive.moc"
