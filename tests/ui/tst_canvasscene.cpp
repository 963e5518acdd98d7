// CircuitScene follows the document whoever changes it, lays out nodes without positions, and
// keeps its animation bounded: tokens merge instead of queueing, frames stop when idle.
#include "canvas/circuitscene.h"
#include "canvas/componenticons.h"
#include "canvas/nodeitem.h"
#include "canvas/wireitem.h"
#include "canvastestkit.h"

#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QPalette>
#include <QTest>

using namespace wb;

class TestCanvasScene final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_circuit = std::make_unique<Circuit>();
        canvastest::buildSeedLike(*m_circuit);
        m_scene = std::make_unique<CircuitScene>(m_circuit.get(), nullptr, nullptr);
    }

    void cleanup()
    {
        m_scene.reset();
        m_circuit.reset();
    }

    void itemsForNodesAndWires()
    {
        QCOMPARE(m_scene->nodeItems().size(), 4);
        QCOMPARE(m_scene->wireItems().size(), 3);
        QVERIFY(m_scene->wireItem(1, 2));
        QVERIFY(m_scene->wireItem(2, 3));
        QVERIFY(m_scene->wireItem(2, 4));
        QCOMPARE(m_scene->nodeItem(2)->pos(), QPointF(240, 0));
        QCOMPARE(m_scene->nodeItem(2)->name(), QStringLiteral("iopin"));
        QVERIFY(m_scene->nodeItem(2)->addressText().contains(QStringLiteral("8765")));
        // Ports: a clock only sends, a buzzer only receives, an iopin does both.
        QVERIFY(!m_scene->nodeItem(1)->hasInput() && m_scene->nodeItem(1)->hasOutput());
        QVERIFY(m_scene->nodeItem(3)->hasInput() && !m_scene->nodeItem(3)->hasOutput());
        QVERIFY(m_scene->nodeItem(2)->hasInput() && m_scene->nodeItem(2)->hasOutput());
    }

    void followsDocumentEdits()
    {
        // Changes made elsewhere (the mesh table, a script): straight on the Circuit.
        NodeSpec spec = canvastest::node(QStringLiteral("led2"), NodeKind::Led, { 700, 100 });
        const NodeId id = m_circuit->addNode(spec);
        QVERIFY(m_scene->nodeItem(id));
        QCOMPARE(m_scene->nodeItem(id)->pos(), QPointF(700, 100));
        m_circuit->addWire(2, id);
        QVERIFY(m_scene->wireItem(2, id));

        m_circuit->setName(id, QStringLiteral("lamp"));
        QCOMPARE(m_scene->nodeItem(id)->name(), QStringLiteral("lamp"));
        m_circuit->setPort(id, 9123);
        QVERIFY(m_scene->nodeItem(id)->addressText().endsWith(QStringLiteral(":9123")));
        m_circuit->setHost(id, QStringLiteral("0.0.0.0"));
        QVERIFY(m_scene->nodeItem(id)->addressText().startsWith(QStringLiteral("0.0.0.0:")));

        // Moving a node moves the ends of its wires.
        m_circuit->setPosition(2, QPointF(240, 300));
        QCOMPARE(m_scene->nodeItem(2)->pos(), QPointF(240, 300));
        QVERIFY(m_scene->wireItem(1, 2)->boundingRect().contains(
            m_scene->nodeItem(2)->inputPortPos()));
        QVERIFY(m_scene->wireItem(2, id)->boundingRect().contains(
            m_scene->nodeItem(2)->outputPortPos()));

        QVERIFY(m_circuit->removeWire(m_circuit->wireBetween(2, id)));
        QVERIFY(!m_scene->wireItem(2, id));
        // Removing the iopin takes the wires in and out of it.
        m_circuit->removeNode(2);
        QVERIFY(!m_scene->nodeItem(2));
        QVERIFY(!m_scene->wireItem(1, 2));
        QVERIFY(!m_scene->wireItem(2, 3));
        QCOMPARE(m_scene->wireItems().size(), 0);
        QCOMPARE(m_scene->nodeItems().size(), 4);

        m_circuit->setContents({});
        QCOMPARE(m_scene->nodeItems().size(), 0);
        canvastest::buildSeedLike(*m_circuit);
        QCOMPARE(m_scene->nodeItems().size(), 4);
        QCOMPARE(m_scene->wireItems().size(), 3);
    }

    void nodesWithoutPositionAreLaidOut()
    {
        QList<NodeSpec> nodes = m_circuit->nodes();
        for (NodeSpec &spec : nodes)
            spec.position.reset();
        m_circuit->setContents(nodes, m_circuit->wires());
        const QPointF clock = m_scene->nodeItem(1)->pos();
        const QPointF pin = m_scene->nodeItem(2)->pos();
        const QPointF buzzer = m_scene->nodeItem(3)->pos();
        const QPointF led = m_scene->nodeItem(4)->pos();
        // A column per step along the wires; the buzzer and the LED share one without overlap.
        QVERIFY(clock.x() < pin.x());
        QVERIFY(pin.x() < buzzer.x());
        QCOMPARE(buzzer.x(), led.x());
        QVERIFY(!m_scene->nodeItem(3)->sceneBoundingRect().intersects(
            m_scene->nodeItem(4)->sceneBoundingRect()));
        QCOMPARE(CircuitScene::snap(led), led);
    }

    void countersShowOnTheWire()
    {
        WireItem *wire = m_scene->wireItem(1, 2);
        const QRectF bare = wire->boundingRect();
        wire->setCounters(12, 11, 0);
        QCOMPARE(wire->sentCount(), quint64(12));
        // The count label above the wire is part of the item.
        QVERIFY(wire->boundingRect().top() < bare.top());
    }

    void iconsForEveryKind_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void iconsForEveryKind()
    {
        QFETCH(bool, dark);
        QPalette palette = QGuiApplication::palette();
        palette.setColor(QPalette::Window, dark ? QColor(30, 30, 30) : QColor(240, 240, 240));
        QList<QRgb> centres;
        for (const NodeKind kind : { NodeKind::Clock, NodeKind::IoPin, NodeKind::Buzzer,
                                     NodeKind::Led, NodeKind::External }) {
            const QImage image = componenticons::pixmap(kind, 32, palette).toImage();
            QCOMPARE(image.size(), QSize(32, 32));
            // Opaque tile in the middle, transparent corner: drawn, and rounded.
            QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
            QVERIFY(qAlpha(image.pixel(4, 16)) > 200);
            centres << image.pixel(4, 16);
            QVERIFY(!componenticons::icon(kind, palette).isNull());
        }
        // Each kind has its own colour.
        for (int i = 0; i < centres.size(); ++i)
            QCOMPARE(centres.count(centres.at(i)), 1);
    }

private:
    std::unique_ptr<Circuit> m_circuit;
    std::unique_ptr<CircuitScene> m_scene;
};

QTEST_MAIN(TestCanvasScene)
#include "tst_canvasscene.moc"
