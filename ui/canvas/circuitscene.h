#pragma once

#include "canvastheme.h"
#include "document/circuit.h"

#include <QElapsedTimer>
#include <QGraphicsScene>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace wb {

class CanvasItem;
class MeshRuntime;
class NodeItem;
class TrafficStats;
class WireItem;
struct TrafficEvent;

// The canvas as a view of the document: one NodeItem per node and one WireItem per wire,
// created, updated and removed from the Circuit's signals, with live state from the runtime
// and counters from the traffic statistics. Items change only here; repaints are coalesced into
// frames of at most 30 a second that run only while something changes or moves.
class CircuitScene final : public QGraphicsScene
{
    Q_OBJECT
public:
    static constexpr qreal kGrid = 20;
    static constexpr int kFrameMs = 34; // ≤ 30 Hz

    // `runtime` and `stats` may be null (a canvas without a running mesh).
    CircuitScene(const Circuit *circuit, MeshRuntime *runtime, TrafficStats *stats,
        QObject *parent = nullptr);
    ~CircuitScene() override;

    const Circuit *circuit() const { return m_circuit; }
    NodeItem *nodeItem(NodeId id) const { return m_nodes.value(id); }
    WireItem *wireItem(WireId id) const { return m_wires.value(id); }
    // The item of the wire between two nodes, or null.
    WireItem *wireItem(NodeId from, NodeId to) const
    {
        return m_wires.value(m_circuit->wireBetween(from, to));
    }
    QList<NodeItem *> nodeItems() const { return m_nodes.values(); }
    QList<WireItem *> wireItems() const { return m_wires.values(); }

    QList<NodeId> selectedNodeIds() const;
    QList<WireItem *> selectedWires() const;
    void selectNodes(const QList<NodeId> &ids);

    // The topmost node under a scene position, or null.
    NodeItem *nodeAt(QPointF scenePos) const;
    QRectF nodesBoundingRect() const;

    static QPointF snap(QPointF point);
    // Where a node of no stored position goes: a column per depth along the wires.
    QPointF autoPosition(NodeId id) const;
    // Where a discovered node goes: the first free slot of a grid right of the circuit.
    QPointF discoveredPosition(NodeId id) const;

    const CanvasTheme &theme() const { return m_theme; }
    void setTheme(const CanvasTheme &theme);

    // True while frames are running (something moves or waits for a repaint).
    bool isAnimating() const { return m_frameTimer.isActive(); }

protected:
    void drawBackground(QPainter *painter, const QRectF &rect) override;

private:
    void rebuild();
    void addNodeItem(NodeId id);
    void removeNodeItem(NodeId id);
    void addWireItem(WireId id);
    void removeWireItem(WireId id);
    void onNodeChanged(NodeId id, NodeField field);
    void onNodeMoved(NodeItem *item);
    // Health or round trip of an external node: read from the runtime, painted at the next frame.
    void updatePeerStatus(NodeId id);
    void updateWireEnds(WireItem *wire);
    void onTraffic(const TrafficEvent &event);
    void onCountersChanged(const QSet<NodeId> &nodes);
    void updateWireCounters(WireItem *wire);
    void requestFrame(CanvasItem *item);
    void frame();

    const Circuit *m_circuit;
    QPointer<MeshRuntime> m_runtime;
    QPointer<TrafficStats> m_stats;
    CanvasTheme m_theme;
    QHash<NodeId, NodeItem *> m_nodes;
    QHash<WireId, WireItem *> m_wires;
    QSet<CanvasItem *> m_framed;
    QTimer m_frameTimer;
    QElapsedTimer m_clock;
};

} // namespace wb
