// The canvas's marks on nodes: a local server listening beyond loopback carries a "LAN" tag
// (loopback hosts and external nodes do not); a discovered node carries a "discovered" tag, the
// icon and detail of its remote kind, and is laid out in a grid of its own right of the circuit,
// first free slot first, without moving the circuit's nodes; an external node's badge is its
// health.
#include "canvas/circuitscene.h"
#include "canvas/nodeitem.h"
#include "canvastestkit.h"
#include "document/circuit.h"
#include "runtime/meshruntime.h"

#include <QTest>

using wb::NodeKind;
using wb::NodeSpec;

namespace {

NodeSpec discovered(const QString &name, const QString &kind)
{
    NodeSpec spec;
    spec.name = name;
    spec.kind = NodeKind::External;
    spec.port = 8766;
    spec.discovered = true;
    spec.remoteKind = kind;
    return spec;
}

} // namespace

class TestCanvasBadges final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lanTag_data()
    {
        QTest::addColumn<NodeKind>("kind");
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("lan");
        QTest::newRow("loopback") << NodeKind::Buzzer << QStringLiteral("127.0.0.1") << false;
        QTest::newRow("localhost") << NodeKind::Led << QStringLiteral("localhost") << false;
        QTest::newRow("IPv6 loopback") << NodeKind::IoPin << QStringLiteral("::1") << false;
        QTest::newRow("every interface") << NodeKind::Buzzer << QStringLiteral("0.0.0.0") << true;
        QTest::newRow("a LAN address") << NodeKind::Led << QStringLiteral("192.168.1.10") << true;
        QTest::newRow("external elsewhere")
            << NodeKind::External << QStringLiteral("10.0.0.5") << false;
    }

    void lanTag()
    {
        QFETCH(NodeKind, kind);
        QFETCH(QString, host);
        QFETCH(bool, lan);
        wb::Circuit circuit;
        wb::CircuitScene scene(&circuit, nullptr, nullptr);
        NodeSpec spec = canvastest::node(QStringLiteral("n"), kind, { 0, 0 }, 9000);
        const wb::NodeId id = circuit.addNode(spec);
        circuit.setHost(id, host);
        const wb::NodeItem *item = scene.nodeItem(id);
        QCOMPARE(item->listensOnLan(), lan);
        QCOMPARE(item->tags().contains(QStringLiteral("LAN")), lan);
        QCOMPARE(item->toolTip().contains(QStringLiteral("other machines can reach it")), lan);
        // Back to loopback: the tag goes with the document's change.
        circuit.setHost(id, QStringLiteral("127.0.0.1"));
        QVERIFY(!item->listensOnLan());
    }

    void discoveredNodesGetTheirOwnPlaces()
    {
        wb::Circuit circuit;
        wb::MeshRuntime runtime(&circuit);
        wb::CircuitScene scene(&circuit, &runtime, nullptr);
        canvastest::buildSeedLike(circuit);
        QHash<wb::NodeId, QPointF> before;
        for (const wb::NodeItem *item : scene.nodeItems())
            before.insert(item->id(), item->pos());
        const QRectF circuitRect = scene.nodesBoundingRect();

        QList<wb::NodeId> ids;
        for (int i = 0; i < 7; ++i)
            ids << circuit.addNode(
                discovered(QStringLiteral("student%1").arg(i), QStringLiteral("led")));
        for (wb::NodeId id : std::as_const(ids)) {
            const wb::NodeItem *item = scene.nodeItem(id);
            QVERIFY(item->isDiscovered());
            QCOMPARE(item->tags(), QStringList { QStringLiteral("discovered") });
            QCOMPARE(item->badgeText(), QStringLiteral("unknown")); // not watched: nothing runs
            QVERIFY(item->toolTip().contains(QStringLiteral("Discovered in the registry as led")));
            QVERIFY(item->pos().x() >= circuitRect.right()); // right of the circuit
            for (wb::NodeId other : std::as_const(ids)) {
                if (other != id)
                    QVERIFY(!item->sceneBoundingRect().intersects(
                        scene.nodeItem(other)->sceneBoundingRect()));
            }
        }
        // More than a column's worth: a second column.
        QVERIFY(scene.nodeItem(ids.last())->pos().x() > scene.nodeItem(ids.first())->pos().x());
        // The circuit's own nodes did not move.
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            QCOMPARE(scene.nodeItem(it.key())->pos(), it.value());
        // A node that leaves frees its slot for the next one.
        const QPointF freed = scene.nodeItem(ids.at(1))->pos();
        circuit.removeNode(ids.at(1));
        const wb::NodeId next
            = circuit.addNode(discovered(QStringLiteral("late"), QStringLiteral("buzzer")));
        QCOMPARE(scene.nodeItem(next)->pos(), freed);
    }
};

QTEST_MAIN(TestCanvasBadges)
#include "tst_canvasbadges.moc"
