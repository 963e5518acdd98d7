#pragma once

#include "canvastheme.h"
#include "document/circuit.h"

#include <QElapsedTimer>
#include <QGraphicsScene>
#include <QHash>
#include <QPainterPath>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QVariantMap>
#include <optional>

namespace wb {

class CanvasItem;
class MeshRuntime;
class NodeItem;
class RingOverlay;
class TokenLayer;
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
    // The messages in flight on the wires; null without a runtime.
    TokenLayer *tokens() const { return m_tokens; }
    // The ring's state as its members see it (ring/ringoverlay.h); null without a runtime.
    RingOverlay *ring() const { return m_ring; }
    // The path of a wire's item, or of a connector that is not a wire (a ring's bypass, whose
    // id is below 0); empty when there is none.
    QPainterPath connectorPath(WireId id) const;

    QList<NodeId> selectedNodeIds() const;
    QList<WireItem *> selectedWires() const;
    QList<WireId> selectedWireIds() const; // in document order
    // Selects these nodes and wires and nothing else.
    void selectNodes(const QList<NodeId> &ids, const QList<WireId> &wires = {});

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

    // A replay (ui/replay) shows a recording's node states by node id instead of the run's:
    // while it lasts the runtime's live states are not shown. nullopt ends it for a node.
    void showReplayState(NodeId id, const std::optional<QVariantMap> &state);
    void setReplaying(bool on);
    bool isReplaying() const { return m_replaying; }

    // True while frames are running (something moves or waits for a repaint).
    bool isAnimating() const { return m_frameTimer.isActive(); }

Q_SIGNALS:
    // A card moved (dragged, nudged, undone): what is drawn beside it follows.
    void cardMoved(wb::NodeId id);

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
    // The cards' rectangles, the obstacles of every wire's route.
    QList<QRectF> cardRects() const;
    // A card appeared, moved or went: the wires it meets (at `before` or now) route anew.
    void rerouteAround(const QRectF &before, const QRectF &now, NodeId skip = 0);
    void onWireChanged(WireId id);
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
    QHash<NodeId, QRectF> m_cards; // where each card was when its wires were last routed
    QSet<CanvasItem *> m_framed;
    TokenLayer *m_tokens = nullptr;
    RingOverlay *m_ring = nullptr;
    QTimer m_frameTimer;
    QElapsedTimer m_clock;
    bool m_replaying = false;
};

} // namespace wb
