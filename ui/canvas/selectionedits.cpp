#include "selectionedits.h"

#include "canvasclipboard.h"
#include "circuiteditor.h"
#include "circuitscene.h"
#include "nodeitem.h"
#include "wireitem.h"

#include <QApplication>
#include <QClipboard>
#include <QUndoStack>

namespace wb {

namespace {

constexpr qreal kPasteOffset = 2 * CircuitScene::kGrid;

} // namespace

SelectionEdits::SelectionEdits(CircuitEditor *editor, CircuitScene *scene, QObject *parent)
    : QObject(parent)
    , m_editor(editor)
    , m_scene(scene)
{
}

void SelectionEdits::deleteSelection()
{
    const QList<NodeId> nodes = m_scene->selectedNodeIds();
    // Wires of removed nodes go with them (and come back with them on undo).
    QList<WireId> wires;
    for (const WireItem *wire : m_scene->selectedWires()) {
        if (!nodes.contains(wire->from()) && !nodes.contains(wire->to()))
            wires << wire->id();
    }
    const int edits = (nodes.isEmpty() ? 0 : 1) + int(wires.size());
    if (edits == 0 || m_editor->refuseLocked()) // no empty macro on the stack when locked
        return;
    QUndoStack *stack = m_editor->undoStack();
    if (edits > 1)
        stack->beginMacro(tr("Delete"));
    if (!nodes.isEmpty())
        m_editor->removeNodes(nodes);
    for (WireId wire : std::as_const(wires))
        m_editor->removeWire(wire);
    if (edits > 1)
        stack->endMacro();
}

QHash<NodeId, QPointF> SelectionEdits::itemPositions(const QList<NodeId> &ids) const
{
    QHash<NodeId, QPointF> positions;
    for (NodeId id : ids) {
        if (const NodeItem *item = m_scene->nodeItem(id))
            positions.insert(id, item->pos());
    }
    return positions;
}

void SelectionEdits::copySelection()
{
    const QList<NodeId> ids = m_scene->selectedNodeIds();
    if (ids.isEmpty())
        return;
    QApplication::clipboard()->setMimeData(
        canvasclipboard::mimeData(*m_editor->circuit(), ids, itemPositions(ids)));
    m_pasteCount = 0;
    Q_EMIT statusMessage(tr("Copied %n node(s).", nullptr, int(ids.size())));
}

void SelectionEdits::paste()
{
    const circuitformat::Document copied
        = canvasclipboard::contents(QApplication::clipboard()->mimeData());
    if (copied.nodes.isEmpty()) {
        Q_EMIT statusMessage(tr("The clipboard holds no circuit to paste."));
        return;
    }
    ++m_pasteCount;
    const QList<NodeId> ids = m_editor->addCopies(
        copied.nodes, copied.wires, QPointF(kPasteOffset, kPasteOffset) * m_pasteCount);
    m_scene->selectNodes(ids);
}

void SelectionEdits::duplicateSelection()
{
    const QList<NodeId> selected = m_scene->selectedNodeIds();
    if (selected.isEmpty())
        return;
    const QHash<NodeId, QPointF> positions = itemPositions(selected);
    const Circuit *circuit = m_editor->circuit();
    QList<NodeSpec> nodes;
    for (NodeId id : selected) {
        NodeSpec spec = *circuit->node(id);
        spec.position = positions.value(id);
        nodes << spec;
    }
    QList<Wire> wires;
    for (const Wire &wire : circuit->wires()) {
        if (selected.contains(wire.from) && selected.contains(wire.to))
            wires << wire;
    }
    const QList<NodeId> ids
        = m_editor->addCopies(nodes, wires, QPointF(kPasteOffset, kPasteOffset));
    m_scene->selectNodes(ids);
}

void SelectionEdits::nudgeSelection(QPointF delta)
{
    const QList<NodeId> ids = m_scene->selectedNodeIds();
    if (ids.isEmpty())
        return;
    const QHash<NodeId, QPointF> from = itemPositions(ids);
    QHash<NodeId, QPointF> to;
    for (auto it = from.cbegin(); it != from.cend(); ++it)
        to.insert(it.key(), it.value() + delta);
    m_editor->moveNodes(from, to, true);
}

} // namespace wb
