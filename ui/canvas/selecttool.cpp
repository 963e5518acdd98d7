#include "selecttool.h"

#include "circuiteditor.h"
#include "circuitscene.h"
#include "circuitview.h"
#include "nodeitem.h"
#include "wireitem.h"

#include <QApplication>
#include <QGraphicsRectItem>
#include <QMouseEvent>

namespace wb {

SelectTool::~SelectTool()
{
    delete m_band;
}

bool SelectTool::press(QMouseEvent *event, QPointF scenePos)
{
    if (event->button() != Qt::LeftButton)
        return false;
    CircuitScene *scene = view()->circuitScene();
    m_pressViewPos = event->position().toPoint();
    m_pressScenePos = scenePos;
    m_dragging = false;
    m_additive = event->modifiers() & (Qt::ControlModifier | Qt::ShiftModifier);
    m_pressedNode = 0;

    QGraphicsItem *hit = nullptr;
    if (NodeItem *node = scene->nodeAt(scenePos))
        hit = node;
    else
        hit = scene->itemAt(scenePos, view()->transform());
    if (hit && (hit->type() == NodeItem::Type || hit->type() == WireItem::Type)) {
        if (m_additive) {
            hit->setSelected(!hit->isSelected());
        } else if (!hit->isSelected()) {
            scene->clearSelection();
            hit->setSelected(true);
        }
        m_gesture = Gesture::None;
        if (hit->type() == NodeItem::Type && hit->isSelected()) {
            m_pressedNode = static_cast<NodeItem *>(hit)->id();
            m_gesture = Gesture::Move;
            m_origins.clear();
            for (NodeId id : scene->selectedNodeIds())
                m_origins.insert(id, scene->nodeItem(id)->pos());
        }
        return true;
    }

    m_gesture = Gesture::Band;
    m_bandBase = m_additive ? scene->selectedItems() : QList<QGraphicsItem *>();
    if (!m_additive)
        scene->clearSelection();
    const CanvasTheme &theme = scene->theme();
    QColor fill = theme.selection;
    fill.setAlphaF(0.12f);
    QPen pen(theme.selection, 1);
    pen.setCosmetic(true);
    m_band = new QGraphicsRectItem(QRectF(scenePos, scenePos));
    m_band->setPen(pen);
    m_band->setBrush(fill);
    m_band->setZValue(100);
    scene->addItem(m_band);
    return true;
}

void SelectTool::move(QMouseEvent *event, QPointF scenePos)
{
    if (!m_dragging) {
        const QPoint travelled = event->position().toPoint() - m_pressViewPos;
        if (travelled.manhattanLength() < QApplication::startDragDistance())
            return;
        m_dragging = true;
    }
    CircuitScene *scene = view()->circuitScene();
    if (m_gesture == Gesture::Move) {
        const QPointF delta = scenePos - m_pressScenePos;
        for (auto it = m_origins.cbegin(); it != m_origins.cend(); ++it) {
            if (NodeItem *item = scene->nodeItem(it.key()))
                item->setPos(CircuitScene::snap(it.value() + delta));
        }
    } else if (m_gesture == Gesture::Band) {
        const QRectF rect = QRectF(m_pressScenePos, scenePos).normalized();
        m_band->setRect(rect);
        const QList<QGraphicsItem *> inside = scene->items(rect, Qt::IntersectsItemShape);
        for (NodeItem *item : scene->nodeItems())
            item->setSelected(m_bandBase.contains(item) || inside.contains(item));
    }
}

void SelectTool::release(QMouseEvent *, QPointF)
{
    CircuitScene *scene = view()->circuitScene();
    if (m_gesture == Gesture::Move && m_dragging) {
        QHash<NodeId, QPointF> to;
        for (auto it = m_origins.cbegin(); it != m_origins.cend(); ++it) {
            if (NodeItem *item = scene->nodeItem(it.key()))
                to.insert(it.key(), item->pos());
        }
        // A refused move (teacher mode) puts the cards back where the document has them.
        if (!view()->editor()->moveNodes(m_origins, to)) {
            for (auto it = m_origins.cbegin(); it != m_origins.cend(); ++it) {
                if (NodeItem *item = scene->nodeItem(it.key()))
                    item->setPos(it.value());
            }
        }
    } else if (m_gesture == Gesture::Move && !m_additive) {
        // A click on one node of a selection selects only that node.
        scene->selectNodes({ m_pressedNode });
    }
    delete m_band;
    m_band = nullptr;
    m_gesture = Gesture::None;
    m_origins.clear();
}

void SelectTool::cancel()
{
    if (m_gesture == Gesture::Move && m_dragging) {
        for (auto it = m_origins.cbegin(); it != m_origins.cend(); ++it) {
            if (NodeItem *item = view()->circuitScene()->nodeItem(it.key()))
                item->setPos(it.value());
        }
    }
    delete m_band;
    m_band = nullptr;
    m_gesture = Gesture::None;
    m_origins.clear();
}

} // namespace wb
