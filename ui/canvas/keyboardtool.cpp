#include "keyboardtool.h"

#include "circuiteditor.h"
#include "circuitscene.h"
#include "circuitview.h"
#include "nodeitem.h"
#include "wireitem.h"

#include <QGraphicsPathItem>
#include <QKeyEvent>
#include <QPainterPathStroker>
#include <QPen>
#include <cmath>

namespace wb {

namespace {

// A mark drawn over the canvas that nothing should hit: clicks, menus and rubber bands go to
// the cards and wires under it.
class Overlay final : public QGraphicsPathItem
{
public:
    Overlay()
    {
        setAcceptedMouseButtons(Qt::NoButton);
        setAcceptHoverEvents(false);
    }
    QPainterPath shape() const override { return {}; }
};

bool isMenuKey(const QKeyEvent *event)
{
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    return (event->key() == Qt::Key_Menu && mods == Qt::NoModifier)
        || (event->key() == Qt::Key_F10 && mods == Qt::ShiftModifier);
}

bool isTab(const QKeyEvent *event)
{
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    return (event->key() == Qt::Key_Tab || event->key() == Qt::Key_Backtab)
        && (mods == Qt::NoModifier || mods == Qt::ShiftModifier);
}

bool isPlain(const QKeyEvent *event)
{
    return (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
}

QPointF cardCentre(const NodeItem *item)
{
    return item->pos() + QPointF(NodeItem::kWidth / 2, NodeItem::kHeight / 2);
}

} // namespace

KeyboardTool::~KeyboardTool()
{
    delete m_preview;
    delete m_ring;
}

bool KeyboardTool::press(QMouseEvent *, QPointF)
{
    if (isWiring())
        endWire();
    return false;
}

void KeyboardTool::cancel()
{
    endWire();
}

bool KeyboardTool::wantsKey(const QKeyEvent *event) const
{
    if (isWiring()) {
        // The keys that choose and connect; a window shortcut still works (and ends nothing).
        switch (event->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
        case Qt::Key_Escape:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
        case Qt::Key_Left:
        case Qt::Key_Right:
        case Qt::Key_Up:
        case Qt::Key_Down:
            return true;
        default:
            return false;
        }
    }
    if (isMenuKey(event))
        return true;
    return event->key() == Qt::Key_W && isPlain(event) && focusedNode() != 0;
}

bool KeyboardTool::keyPress(QKeyEvent *event)
{
    if (isWiring()) {
        const bool plain = isPlain(event);
        switch (event->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
            connectWire();
            return true;
        case Qt::Key_Escape:
            endWire();
            view()->showStatus(QObject::tr("Wire cancelled."));
            return true;
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
            cycleTarget(event->key() == Qt::Key_Tab && !(event->modifiers() & Qt::ShiftModifier));
            return true;
        case Qt::Key_Left:
        case Qt::Key_Right:
        case Qt::Key_Up:
        case Qt::Key_Down:
            if (plain) {
                chooseTowards(event->key() == Qt::Key_Left ? Direction::Left
                        : event->key() == Qt::Key_Right    ? Direction::Right
                        : event->key() == Qt::Key_Up       ? Direction::Up
                                                           : Direction::Down);
            }
            return true;
        case Qt::Key_Shift:
        case Qt::Key_Control:
        case Qt::Key_Alt:
        case Qt::Key_Meta:
            return true;
        default:
            // Any other key ends the wire and does what it does.
            endWire();
            return false;
        }
    }
    if (isMenuKey(event)) {
        openMenu();
        return true;
    }
    if (isTab(event))
        return cycleFocus(event->key() == Qt::Key_Tab && !(event->modifiers() & Qt::ShiftModifier));
    if (event->key() == Qt::Key_W && isPlain(event) && focusedNode() != 0) {
        startWire();
        return true;
    }
    return false;
}

NodeId KeyboardTool::focusedNode() const
{
    const CircuitScene *scene = view()->circuitScene();
    if (NodeItem *item = scene->nodeItem(m_focusNode); item && item->isSelected())
        return m_focusNode;
    const QList<NodeId> nodes = scene->selectedNodeIds();
    return nodes.size() == 1 && scene->selectedWireIds().isEmpty() ? nodes.first() : 0;
}

WireId KeyboardTool::focusedWire() const
{
    const CircuitScene *scene = view()->circuitScene();
    if (focusedNode() != 0)
        return 0;
    if (WireItem *item = scene->wireItem(m_focusWire); item && item->isSelected())
        return m_focusWire;
    const QList<WireId> wires = scene->selectedWireIds();
    return wires.size() == 1 && scene->selectedNodeIds().isEmpty() ? wires.first() : 0;
}

std::optional<QPointF> KeyboardTool::focusPoint() const
{
    const CircuitScene *scene = view()->circuitScene();
    if (const NodeItem *item = scene->nodeItem(focusedNode()))
        return cardCentre(item);
    if (const WireItem *wire = scene->wireItem(focusedWire()))
        return wire->mapToScene(wire->pointAt(0.5));
    return std::nullopt;
}

bool KeyboardTool::cycleFocus(bool forward)
{
    const Circuit *circuit = view()->circuitScene()->circuit();
    // Nodes first, then wires: one list, a node's id as is and a wire's as -id.
    QList<qint64> order;
    for (NodeId id : circuit->nodeIds())
        order << qint64(id);
    for (WireId id : circuit->wireIds())
        order << -qint64(id);
    const NodeId node = focusedNode();
    const WireId wire = focusedWire();
    const qint64 current = node != 0 ? qint64(node) : wire != 0 ? -qint64(wire) : 0;
    const qsizetype at = current == 0 ? -1 : order.indexOf(current);
    qsizetype next = 0;
    if (at < 0)
        next = forward ? 0 : order.size() - 1;
    else
        next = forward ? at + 1 : at - 1;
    if (order.isEmpty() || next < 0 || next >= order.size()) {
        // Past the ends the focus leaves the canvas, as Tab does everywhere else.
        m_focusNode = 0;
        m_focusWire = 0;
        return false;
    }
    const qint64 chosen = order.at(next);
    focusItem(chosen > 0 ? NodeId(chosen) : 0, chosen < 0 ? WireId(-chosen) : 0);
    return true;
}

void KeyboardTool::focusItem(NodeId node, WireId wire)
{
    CircuitScene *scene = view()->circuitScene();
    m_focusNode = node;
    m_focusWire = wire;
    if (node != 0)
        scene->selectNodes({ node });
    else
        scene->selectNodes({}, { wire });
    if (NodeItem *item = scene->nodeItem(node)) {
        view()->ensureVisible(item, 40, 40);
    } else if (WireItem *wireItem = scene->wireItem(wire)) {
        const QPointF middle = wireItem->mapToScene(wireItem->pointAt(0.5));
        view()->ensureVisible(QRectF(middle - QPointF(20, 20), QSizeF(40, 40)));
    }
    updateRing();
    view()->showStatus(describeFocus());
}

QString KeyboardTool::describeFocus() const
{
    const CircuitScene *scene = view()->circuitScene();
    if (const NodeItem *item = scene->nodeItem(focusedNode())) {
        return QObject::tr("%1 (%2), %3")
            .arg(item->name(), kinds::name(item->kind()), item->badgeText());
    }
    if (const Wire *w = scene->circuit()->wire(focusedWire())) {
        QString text
            = QObject::tr("Wire from %1 to %2")
                  .arg(scene->circuit()->node(w->from)->name, scene->circuit()->node(w->to)->name);
        if (const WireItem *item = scene->wireItem(w->id); item && !item->badgeText().isEmpty())
            text = QObject::tr("%1, faults: %2").arg(text, item->badgeText());
        return text;
    }
    return {};
}

void KeyboardTool::announce()
{
    const QString focus = describeFocus();
    const QString name = focus.isEmpty() ? QObject::tr("Circuit canvas")
                                         : QObject::tr("Circuit canvas: %1").arg(focus);
    if (view()->accessibleName() != name)
        view()->setAccessibleName(name);
}

void KeyboardTool::openMenu()
{
    view()->openContextMenu();
}

void KeyboardTool::selectionChanged()
{
    const CircuitScene *scene = view()->circuitScene();
    // A selection made otherwise (the mouse, the mesh table) moves the focus to it.
    if (NodeItem *item = scene->nodeItem(m_focusNode); !item || !item->isSelected())
        m_focusNode = 0;
    if (WireItem *item = scene->wireItem(m_focusWire); !item || !item->isSelected())
        m_focusWire = 0;
    if (m_focusNode == 0 && m_focusWire == 0) {
        m_focusNode = focusedNode();
        m_focusWire = focusedWire();
    }
    if (isWiring() && focusedNode() != m_anchor)
        endWire();
    updateRing();
}

void KeyboardTool::updateRing()
{
    announce();
    CircuitScene *scene = view()->circuitScene();
    QPainterPath path;
    if (view()->hasFocus()) {
        if (const NodeItem *item = scene->nodeItem(focusedNode())) {
            path.addRoundedRect(QRectF(item->pos(), QSizeF(NodeItem::kWidth, NodeItem::kHeight))
                                    .adjusted(-7, -7, 7, 7),
                12, 12);
        } else if (const WireItem *wire = scene->wireItem(focusedWire())) {
            QPainterPathStroker stroker;
            stroker.setWidth(14);
            stroker.setCapStyle(Qt::RoundCap);
            stroker.setJoinStyle(Qt::RoundJoin);
            path = stroker.createStroke(wire->mapToScene(wire->path())).simplified();
        }
    }
    if (path.isEmpty()) {
        delete m_ring;
        m_ring = nullptr;
        return;
    }
    if (!m_ring) {
        m_ring = new Overlay;
        m_ring->setZValue(90);
        scene->addItem(m_ring);
    }
    // Dashed and in the text colour: seen on any theme, and unlike the selection's fill.
    QPen pen(scene->theme().text, 2, Qt::DashLine, Qt::RoundCap, Qt::RoundJoin);
    pen.setCosmetic(true);
    m_ring->setPen(pen);
    m_ring->setBrush(Qt::NoBrush);
    m_ring->setPath(path);
}

QPointF KeyboardTool::freeSpot(const CircuitScene *scene, const QRectF &visible, QPointF centre)
{
    const QSizeF card(NodeItem::kWidth, NodeItem::kHeight);
    const qreal margin = CircuitScene::kGrid;
    const auto isFree = [&](QPointF c) {
        const QRectF rect
            = QRectF(CircuitScene::snap(c - QPointF(card.width(), card.height()) / 2), card);
        if (!visible.isEmpty() && !visible.contains(rect))
            return false;
        const QRectF padded = rect.adjusted(-margin, -margin, margin, margin);
        for (const NodeItem *item : scene->nodeItems()) {
            if (padded.intersects(QRectF(item->pos(), card)))
                return false;
        }
        return true;
    };
    if (isFree(centre))
        return centre;
    // Rings of grid steps around the centre, nearest first.
    const qreal step = CircuitScene::kGrid * 2;
    for (int ring = 1; ring <= 40; ++ring) {
        std::optional<QPointF> best;
        qreal bestDistance = 0;
        for (int i = -ring; i <= ring; ++i) {
            for (const QPointF offset :
                { QPointF(i, -ring), QPointF(i, ring), QPointF(-ring, i), QPointF(ring, i) }) {
                const QPointF c = centre + offset * step;
                const qreal d = std::hypot(offset.x(), offset.y());
                if ((!best || d < bestDistance) && isFree(c)) {
                    best = c;
                    bestDistance = d;
                }
            }
        }
        if (best)
            return *best;
    }
    return centre;
}

NodeItem *KeyboardTool::anchorItem() const
{
    return view()->circuitScene()->nodeItem(m_anchor);
}

QList<NodeId> KeyboardTool::candidates() const
{
    const Circuit *circuit = view()->circuitScene()->circuit();
    QList<NodeId> ids;
    for (NodeId id : circuit->nodeIds()) {
        if (id != m_anchor && circuit->wireError(m_anchor, id).isEmpty())
            ids << id;
    }
    return ids;
}

void KeyboardTool::startWire()
{
    CircuitScene *scene = view()->circuitScene();
    const NodeId anchor = focusedNode();
    NodeItem *item = scene->nodeItem(anchor);
    if (!item)
        return;
    m_anchor = anchor;
    const QList<NodeId> targets = candidates();
    if (targets.isEmpty()) {
        m_anchor = 0;
        view()->showStatus(QObject::tr("No component can take a wire from %1.").arg(item->name()));
        return;
    }
    m_preview = new Overlay;
    m_preview->setPen(QPen(scene->theme().accent(item->kind()), 2, Qt::DashLine, Qt::RoundCap));
    m_preview->setZValue(10);
    scene->addItem(m_preview);
    // The nearest one first.
    NodeId nearest = targets.first();
    qreal best = -1;
    for (NodeId id : targets) {
        const qreal d = QLineF(cardCentre(item), cardCentre(scene->nodeItem(id))).length();
        if (best < 0 || d < best) {
            best = d;
            nearest = id;
        }
    }
    chooseTarget(nearest);
}

void KeyboardTool::chooseTarget(NodeId id)
{
    CircuitScene *scene = view()->circuitScene();
    if (NodeItem *old = scene->nodeItem(m_target); old && m_target != id)
        old->setDropHighlight(false, false);
    m_target = id;
    NodeItem *anchor = anchorItem();
    NodeItem *target = scene->nodeItem(id);
    if (!anchor || !target)
        return;
    target->setDropHighlight(true, true);
    view()->ensureVisible(target, 40, 40);
    const QPointF start = anchor->outputPortPos();
    const QPointF stop = target->inputPortPos();
    const qreal dx = std::max(40.0, std::abs(stop.x() - start.x()) * 0.5);
    QPainterPath path(start);
    path.cubicTo(start + QPointF(dx, 0), stop - QPointF(dx, 0), stop);
    m_preview->setPath(path);
    view()->showStatus(QObject::tr("Wire from %1 to %2: arrow keys or Tab choose another "
                                   "target, Enter connects, Escape cancels.")
                           .arg(anchor->name(), target->name()));
}

void KeyboardTool::chooseTowards(Direction direction)
{
    CircuitScene *scene = view()->circuitScene();
    const NodeItem *current = scene->nodeItem(m_target);
    if (!current)
        return;
    const QPointF from = cardCentre(current);
    NodeId best = 0;
    qreal bestScore = 0;
    for (NodeId id : candidates()) {
        if (id == m_target)
            continue;
        const QPointF d = cardCentre(scene->nodeItem(id)) - from;
        // Along the direction, and how far off it: a node straight ahead beats a nearer one
        // far to the side.
        qreal along = 0;
        qreal across = 0;
        switch (direction) {
        case Direction::Left:
            along = -d.x(), across = d.y();
            break;
        case Direction::Right:
            along = d.x(), across = d.y();
            break;
        case Direction::Up:
            along = -d.y(), across = d.x();
            break;
        case Direction::Down:
            along = d.y(), across = d.x();
            break;
        }
        if (along <= 0)
            continue;
        const qreal score = along + 2 * std::abs(across);
        if (best == 0 || score < bestScore) {
            best = id;
            bestScore = score;
        }
    }
    if (best != 0)
        chooseTarget(best);
}

void KeyboardTool::cycleTarget(bool forward)
{
    const QList<NodeId> ids = candidates();
    if (ids.isEmpty())
        return;
    const qsizetype at = ids.indexOf(m_target);
    const qsizetype next = at < 0 ? 0 : (at + (forward ? 1 : ids.size() - 1)) % ids.size();
    chooseTarget(ids.at(next));
}

void KeyboardTool::connectWire()
{
    const NodeId from = m_anchor;
    const NodeId to = m_target;
    endWire();
    const Circuit *circuit = view()->circuitScene()->circuit();
    if (const QString error = circuit->wireError(from, to); !error.isEmpty()) {
        view()->showStatus(error);
        return;
    }
    if (view()->editor()->addWire(from, to)) {
        view()->showStatus(
            QObject::tr("Wired %1 to %2.").arg(circuit->node(from)->name, circuit->node(to)->name));
    }
}

void KeyboardTool::endWire()
{
    if (NodeItem *target = view()->circuitScene()->nodeItem(m_target))
        target->setDropHighlight(false, false);
    delete m_preview;
    m_preview = nullptr;
    m_anchor = 0;
    m_target = 0;
}

} // namespace wb
