#include "circuitscene.h"

#include "nodeitem.h"
#include "ring/ringitems.h"
#include "ring/ringoverlay.h"
#include "runtime/meshruntime.h"
#include "runtime/trafficstats.h"
#include "tokenlayer.h"
#include "wireitem.h"
#include "wirerouting.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPalette>
#include <algorithm>
#include <cmath>

namespace wb {

namespace {

constexpr qreal kColumn = 240;
constexpr qreal kRowGap = 40;
constexpr qreal kHalfExtent = 50000;
constexpr int kDiscoveredPerColumn = 5;

QRectF cardRect(const NodeItem *item)
{
    return QRectF(item->pos(), QSizeF(NodeItem::kWidth, NodeItem::kHeight));
}

} // namespace

CircuitScene::CircuitScene(
    const Circuit *circuit, MeshRuntime *runtime, TrafficStats *stats, QObject *parent)
    : QGraphicsScene(parent)
    , m_circuit(circuit)
    , m_runtime(runtime)
    , m_stats(stats)
    , m_theme(CanvasTheme::fromPalette(QGuiApplication::palette()))
{
    // Few items whose bounds change with every frame: an index costs more than it saves.
    setItemIndexMethod(NoIndex);
    setSceneRect(-kHalfExtent, -kHalfExtent, 2 * kHalfExtent, 2 * kHalfExtent);
    m_clock.start();
    m_frameTimer.setInterval(kFrameMs);
    connect(&m_frameTimer, &QTimer::timeout, this, &CircuitScene::frame);

    connect(circuit, &Circuit::reset, this, &CircuitScene::rebuild);
    connect(circuit, &Circuit::nodeAdded, this, &CircuitScene::addNodeItem);
    connect(circuit, &Circuit::nodeRemoved, this, &CircuitScene::removeNodeItem);
    connect(circuit, &Circuit::nodeChanged, this, &CircuitScene::onNodeChanged);
    connect(circuit, &Circuit::wireAdded, this, &CircuitScene::addWireItem);
    connect(circuit, &Circuit::wireAboutToBeRemoved, this, &CircuitScene::removeWireItem);
    connect(circuit, &Circuit::wireChanged, this, &CircuitScene::onWireChanged);
    if (runtime) {
        connect(runtime, &MeshRuntime::nodeStateChanged, this, [this](NodeId id, NodeState state) {
            if (NodeItem *item = m_nodes.value(id)) {
                item->setNodeState(state, m_runtime->errorString(id));
                item->setListeningPort(m_runtime->listeningPort(id));
                requestFrame(item);
            }
        });
        connect(runtime, &MeshRuntime::nodeFaultChanged, this, [this](NodeId id, NodeFault fault) {
            if (NodeItem *item = m_nodes.value(id))
                item->setNodeFault(fault);
        });
        connect(runtime, &MeshRuntime::liveState, this, [this](NodeId id, const QVariantMap &state) {
            if (NodeItem *item = m_nodes.value(id)) {
                item->applyLiveState(state, m_clock.elapsed());
                requestFrame(item);
            }
        });
        connect(runtime, &MeshRuntime::traffic, this, &CircuitScene::onTraffic);
        // A worker's progress is in run time: it stops with a pause and goes on after.
        connect(runtime->delivery()->timeSource(), &TimeSource::pausedChanged, this, [this] {
            for (NodeItem *item : std::as_const(m_nodes)) {
                if (item->kind() == NodeKind::Worker)
                    requestFrame(item);
            }
        });
        // Both come at most once a second per watched peer; the frame timer bounds repaints.
        connect(runtime, &MeshRuntime::peerHealthChanged, this, &CircuitScene::updatePeerStatus);
        connect(runtime, &MeshRuntime::peerRttMeasured, this, &CircuitScene::updatePeerStatus);
    }
    if (stats)
        connect(stats, &TrafficStats::changed, this, &CircuitScene::onCountersChanged);
    rebuild();
    if (runtime) {
        m_tokens = new TokenLayer(this, runtime);
        m_ring = new RingOverlay(this, runtime);
    }
}

CircuitScene::~CircuitScene()
{
    // Items go with the scene: no frame may reach a half-destroyed one, and deleting selected
    // items must not announce a selection change from a half-destroyed scene.
    m_frameTimer.stop();
    m_framed.clear();
    delete m_tokens; // its items go first
    m_tokens = nullptr;
    delete m_ring;
    m_ring = nullptr;
    const QSignalBlocker blocker(this);
    clear();
}

void CircuitScene::showReplayState(NodeId id, const std::optional<QVariantMap> &state)
{
    if (NodeItem *item = m_nodes.value(id)) {
        item->setReplayState(state, m_clock.elapsed());
        requestFrame(item);
    }
}

void CircuitScene::setReplaying(bool on)
{
    if (on == m_replaying)
        return;
    m_replaying = on;
    if (!on) {
        for (NodeItem *item : std::as_const(m_nodes))
            showReplayState(item->id(), std::nullopt);
    }
}

QPainterPath CircuitScene::connectorPath(WireId id) const
{
    if (const WireItem *wire = m_wires.value(id))
        return wire->path();
    if (const BypassItem *bypass = m_ring && id < 0 ? m_ring->connector(id) : nullptr)
        return bypass->path();
    return {};
}

QList<NodeId> CircuitScene::selectedNodeIds() const
{
    QList<NodeId> ids;
    const QList<NodeId> order = m_circuit->nodeIds();
    for (NodeId id : order) {
        if (NodeItem *item = m_nodes.value(id); item && item->isSelected())
            ids << id;
    }
    return ids;
}

QList<WireItem *> CircuitScene::selectedWires() const
{
    QList<WireItem *> wires;
    for (WireItem *wire : m_wires) {
        if (wire->isSelected())
            wires << wire;
    }
    return wires;
}

QList<WireId> CircuitScene::selectedWireIds() const
{
    QList<WireId> ids;
    for (WireId id : m_circuit->wireIds()) {
        if (WireItem *wire = m_wires.value(id); wire && wire->isSelected())
            ids << id;
    }
    return ids;
}

void CircuitScene::selectNodes(const QList<NodeId> &ids, const QList<WireId> &wires)
{
    // One selectionChanged for the whole change, not one per item in hash order.
    bool changed = false;
    {
        const QSignalBlocker blocker(this);
        const auto select = [&](QGraphicsItem *item, bool on) {
            if (item->isSelected() != on) {
                item->setSelected(on);
                changed = true;
            }
        };
        for (WireItem *wire : std::as_const(m_wires))
            select(wire, wires.contains(wire->id()));
        for (NodeItem *item : std::as_const(m_nodes))
            select(item, ids.contains(item->id()));
    }
    if (changed)
        Q_EMIT selectionChanged();
}

NodeItem *CircuitScene::nodeAt(QPointF scenePos) const
{
    const QList<QGraphicsItem *> under = items(scenePos);
    for (QGraphicsItem *item : under) {
        if (auto *node = qgraphicsitem_cast<NodeItem *>(item))
            return node;
    }
    return nullptr;
}

QRectF CircuitScene::nodesBoundingRect() const
{
    QRectF rect;
    for (const NodeItem *item : m_nodes)
        rect = rect.united(item->sceneBoundingRect());
    return rect;
}

QPointF CircuitScene::snap(QPointF point)
{
    return QPointF(std::round(point.x() / kGrid) * kGrid, std::round(point.y() / kGrid) * kGrid);
}

QPointF CircuitScene::autoPosition(NodeId id) const
{
    // Depth: the longest chain of sources before this node (cycles are cut where they close).
    std::function<int(NodeId, QSet<NodeId> &)> depth = [&](NodeId node, QSet<NodeId> &seen) {
        int d = 0;
        seen.insert(node);
        for (NodeId source : m_circuit->sources(node)) {
            if (!seen.contains(source))
                d = std::max(d, depth(source, seen) + 1);
        }
        seen.remove(node);
        return d;
    };
    QSet<NodeId> seen;
    const qreal x = depth(id, seen) * kColumn;
    qreal y = 0;
    bool below = false;
    for (const NodeItem *item : m_nodes) {
        if (item->id() != id && std::abs(item->pos().x() - x) < NodeItem::kWidth) {
            y = std::max(y, item->pos().y() + NodeItem::kHeight + kRowGap);
            below = true;
        }
    }
    return snap(QPointF(x, below ? y : 0));
}

QPointF CircuitScene::discoveredPosition(NodeId id) const
{
    // Discovered nodes come and go: they get slots in a grid of their own, to the right of the
    // circuit's nodes, the first free slot first, so that the circuit itself never moves.
    QRectF circuit;
    QList<QPointF> taken;
    for (const NodeItem *item : m_nodes) {
        if (item->id() == id)
            continue;
        if (item->isDiscovered())
            taken << item->pos();
        else
            circuit |= QRectF(item->pos(), QSizeF(NodeItem::kWidth, NodeItem::kHeight));
    }
    const QPointF origin = circuit.isNull()
        ? QPointF(0, 0)
        : snap(QPointF(circuit.right() + kColumn - NodeItem::kWidth, circuit.top()));
    const qreal rowStep = NodeItem::kHeight + kRowGap;
    for (int slot = 0;; ++slot) {
        const int column = slot / kDiscoveredPerColumn;
        const int row = slot % kDiscoveredPerColumn;
        const QPointF at = origin + QPointF(column * kColumn, row * rowStep);
        const bool free = std::none_of(taken.cbegin(), taken.cend(), [&](QPointF p) {
            return std::abs(p.x() - at.x()) < NodeItem::kWidth
                && std::abs(p.y() - at.y()) < NodeItem::kHeight;
        });
        if (free)
            return at;
    }
}

void CircuitScene::setTheme(const CanvasTheme &theme)
{
    m_theme = theme;
    for (NodeItem *item : std::as_const(m_nodes))
        item->themeChanged();
    for (WireItem *wire : std::as_const(m_wires)) {
        wire->themeChanged();
        if (const NodeSpec *source = m_circuit->node(wire->from()))
            wire->setColor(m_theme.accent(source->kind));
    }
    invalidate(sceneRect(), BackgroundLayer);
    update();
}

void CircuitScene::drawBackground(QPainter *painter, const QRectF &rect)
{
    painter->fillRect(rect, m_theme.background);
    const qreal scale = painter->worldTransform().m11();
    // Dots closer than a few pixels are noise: fade the minor grid out, then the major one.
    for (const int every : { 1, 5 }) {
        const qreal step = kGrid * every;
        if (step * scale < 9)
            continue;
        QList<QPointF> dots;
        const qreal left = std::floor(rect.left() / step) * step;
        const qreal top = std::floor(rect.top() / step) * step;
        for (qreal x = left; x <= rect.right(); x += step) {
            for (qreal y = top; y <= rect.bottom(); y += step)
                dots << QPointF(x, y);
        }
        QPen pen(every == 1 ? m_theme.gridMinor : m_theme.gridMajor, every == 1 ? 1.5 : 2.4);
        pen.setCosmetic(true);
        pen.setCapStyle(Qt::RoundCap);
        painter->setPen(pen);
        painter->drawPoints(dots.constData(), int(dots.size()));
    }
}

void CircuitScene::rebuild()
{
    m_framed.clear();
    const auto wires = m_wires.keys();
    for (WireId wire : wires)
        removeWireItem(wire);
    const auto nodes = m_nodes.keys();
    for (NodeId id : nodes)
        removeNodeItem(id);
    const QList<NodeId> ids = m_circuit->nodeIds();
    for (NodeId id : ids)
        addNodeItem(id);
}

void CircuitScene::addNodeItem(NodeId id)
{
    const NodeSpec *spec = m_circuit->node(id);
    if (!spec || m_nodes.contains(id))
        return;
    auto *item = new NodeItem(*spec, &m_theme);
    item->setPos(spec->position       ? *spec->position
                     : spec->discovered ? discoveredPosition(id)
                                        : autoPosition(id));
    item->setMovedCallback([this](NodeItem *moved) { onNodeMoved(moved); });
    if (m_runtime) {
        item->setNodeState(m_runtime->state(id), m_runtime->errorString(id));
        item->setListeningPort(m_runtime->listeningPort(id));
        item->setPeerStatus(m_runtime->peerStatus(id));
        item->setNodeFault(m_runtime->fault(id));
        item->setTimeSource(m_runtime->delivery()->timeSource());
    }
    m_nodes.insert(id, item);
    addItem(item);
    const QRectF card = cardRect(item);
    m_cards.insert(id, card);
    rerouteAround(card, card, id);
    // A whole document arrives with its wires (reset); later wires arrive as wireAdded.
    for (WireId wire : m_circuit->wiresFrom(id))
        addWireItem(wire);
    for (WireId wire : m_circuit->wiresInto(id))
        addWireItem(wire);
}

void CircuitScene::removeNodeItem(NodeId id)
{
    const auto wires = m_wires.values();
    for (const WireItem *wire : wires) {
        if (wire->from() == id || wire->to() == id)
            removeWireItem(wire->id());
    }
    if (NodeItem *item = m_nodes.take(id)) {
        m_framed.remove(item);
        delete item;
    }
    // Wires that went round the card may run straight now.
    const QRectF card = m_cards.take(id);
    if (!card.isNull())
        rerouteAround(card, card);
}

void CircuitScene::addWireItem(WireId id)
{
    const Wire *spec = m_circuit->wire(id);
    if (!spec || m_wires.contains(id) || !m_nodes.contains(spec->from)
        || !m_nodes.contains(spec->to)) {
        return;
    }
    auto *wire = new WireItem(id, spec->from, spec->to, &m_theme);
    wire->setColor(m_theme.accent(m_nodes.value(spec->from)->kind()));
    wire->setFaults(spec->faults);
    m_wires.insert(id, wire);
    updateWireEnds(wire);
    updateWireCounters(wire);
    addItem(wire);
}

void CircuitScene::removeWireItem(WireId id)
{
    if (WireItem *wire = m_wires.take(id)) {
        m_framed.remove(wire);
        delete wire;
    }
}

void CircuitScene::onNodeChanged(NodeId id, NodeField field)
{
    NodeItem *item = m_nodes.value(id);
    const NodeSpec *spec = m_circuit->node(id);
    if (!item || !spec)
        return;
    if (field == NodeField::Position) {
        if (spec->position && item->pos() != *spec->position)
            item->setPos(*spec->position);
        return;
    }
    item->setSpec(*spec);
}

void CircuitScene::updatePeerStatus(NodeId id)
{
    if (NodeItem *item = m_nodes.value(id)) {
        item->setPeerStatus(m_runtime->peerStatus(id));
        requestFrame(item);
    }
}

void CircuitScene::onNodeMoved(NodeItem *item)
{
    // Routed here, when the card moves, never in paint(): its own wires, and the others that
    // ran round it or now run under it.
    const QRectF now = cardRect(item);
    const QRectF before = m_cards.value(item->id(), now);
    m_cards.insert(item->id(), now);
    for (WireItem *wire : std::as_const(m_wires)) {
        if (wire->from() == item->id() || wire->to() == item->id())
            updateWireEnds(wire);
    }
    rerouteAround(before, now, item->id());
    Q_EMIT cardMoved(item->id());
}

QList<QRectF> CircuitScene::cardRects() const
{
    QList<QRectF> rects;
    rects.reserve(m_nodes.size());
    for (const NodeItem *item : m_nodes)
        rects << cardRect(item);
    return rects;
}

void CircuitScene::rerouteAround(const QRectF &before, const QRectF &now, NodeId skip)
{
    const qreal m = wirerouting::kMargin + 1; // a detour runs along the margin: it meets it
    const QRectF a = before.adjusted(-m, -m, m, m);
    const QRectF b = now.adjusted(-m, -m, m, m);
    QList<QRectF> cards;
    for (WireItem *wire : std::as_const(m_wires)) {
        if (skip != 0 && (wire->from() == skip || wire->to() == skip))
            continue; // routed already
        const QRectF bounds = wire->boundingRect(); // never flat, as a straight path's is
        if (!bounds.intersects(a) && !bounds.intersects(b))
            continue;
        if (cards.isEmpty())
            cards = cardRects();
        const NodeItem *from = m_nodes.value(wire->from());
        const NodeItem *to = m_nodes.value(wire->to());
        if (from && to)
            wire->setEnds(from->outputPortPos(), to->inputPortPos(), cards);
    }
}

void CircuitScene::updateWireEnds(WireItem *wire)
{
    const NodeItem *from = m_nodes.value(wire->from());
    const NodeItem *to = m_nodes.value(wire->to());
    if (from && to)
        wire->setEnds(from->outputPortPos(), to->inputPortPos(), cardRects());
}

void CircuitScene::onWireChanged(WireId id)
{
    WireItem *wire = m_wires.value(id);
    const Wire *spec = m_circuit->wire(id);
    if (wire && spec)
        wire->setFaults(spec->faults);
}

void CircuitScene::onTraffic(const TrafficEvent &event)
{
    // What travels on the wires is the token layer's, as the gate moves it; here only an
    // iopin's first sending of a bit moves its card's bit display.
    if (event.type != TrafficEvent::Type::Sent || event.attempt > 1)
        return;
    NodeItem *source = m_nodes.value(event.node);
    if (source && source->kind() == NodeKind::IoPin) {
        source->noteBitSent(int(m_circuit->wiresFrom(event.node).size()));
        requestFrame(source);
    }
}

void CircuitScene::onCountersChanged(const QSet<NodeId> &nodes)
{
    for (WireItem *wire : std::as_const(m_wires)) {
        if (nodes.contains(wire->from()))
            updateWireCounters(wire);
    }
}

void CircuitScene::updateWireCounters(WireItem *wire)
{
    if (!m_stats)
        return;
    const TrafficStats::WireCounters c = m_stats->wire(wire->id());
    wire->setCounters(c.sent, c.acked, c.failed);
}

void CircuitScene::requestFrame(CanvasItem *item)
{
    m_framed.insert(item);
    if (!m_frameTimer.isActive())
        m_frameTimer.start();
}

void CircuitScene::frame()
{
    const qint64 now = m_clock.elapsed();
    for (auto it = m_framed.begin(); it != m_framed.end();) {
        CanvasItem *item = *it;
        const bool more = item->step(now);
        if (auto *node = qgraphicsitem_cast<NodeItem *>(item))
            node->updateFrame();
        else
            item->update();
        it = more ? std::next(it) : m_framed.erase(it);
    }
    if (m_framed.isEmpty())
        m_frameTimer.stop();
}

} // namespace wb
