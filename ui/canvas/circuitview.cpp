#include "circuitview.h"

#include "canvaskeys.h"
#include "canvasmenu.h"
#include "circuiteditor.h"
#include "circuitscene.h"
#include "keyboardtool.h"
#include "nodeitem.h"
#include "nodenameeditor.h"
#include "nodeselection.h"
#include "palettewidget.h"
#include "pantool.h"
#include "placetool.h"
#include "selectionedits.h"
#include "selecttool.h"
#include "selectionsync.h"
#include "tokenmenu.h"
#include "tokentool.h"
#include "wiretool.h"

#include <QContextMenuEvent>
#include <QMenu>
#include <QScrollBar>
#include <QWheelEvent>

#include <cmath>

namespace wb {

namespace {

constexpr qreal kZoomStep = 1.25;

} // namespace

CircuitView::CircuitView(CircuitEditor *editor, MeshRuntime *runtime, TrafficStats *stats,
                         NodeSelection *selection, QWidget *parent)
    : QGraphicsView(parent)
    , m_editor(editor)
    , m_runtime(runtime)
    , m_selection(selection)
    , m_scene(new CircuitScene(editor->circuit(), runtime, stats, this))
    , m_edits(new SelectionEdits(editor, m_scene, this))
{
    setScene(m_scene);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing
                   | QPainter::SmoothPixmapTransform);
    setCacheMode(CacheBackground);
    // Cards blit from their cache, so repainting the bounding rect of a frame's dirty areas is
    // cheap; uniting 300 small regions (200 live areas, 100 wires) cost more (issue 6).
    setViewportUpdateMode(BoundingRectViewportUpdate);
    setTransformationAnchor(AnchorUnderMouse);
    setResizeAnchor(AnchorViewCenter);
    setDragMode(NoDrag);
    setFrameShape(QFrame::NoFrame);
    // The canvas is endless: pan and zoom instead of scroll bars.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setAcceptDrops(true);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    connect(m_edits, &SelectionEdits::statusMessage, this, &CircuitView::statusMessage);

    // Offered each press in this order: the first that takes it handles the gesture.
    auto keyboard = std::make_unique<KeyboardTool>(this);
    m_keyboardTool = keyboard.get();
    m_tools.push_back(std::move(keyboard));
    m_tools.push_back(std::make_unique<PanTool>(this));
    auto place = std::make_unique<PlaceTool>(this);
    m_placeTool = place.get();
    m_tools.push_back(std::move(place));
    m_tools.push_back(std::make_unique<TokenTool>(this));
    m_tools.push_back(std::make_unique<WireTool>(this));
    m_tools.push_back(std::make_unique<SelectTool>(this));

    if (m_selection) {
        new SelectionSync(m_scene, m_selection, [this](NodeId id) {
            // Selected elsewhere (the mesh table): bring it into view.
            if (NodeItem *item = m_scene->nodeItem(id); item && !hasFocus())
                ensureVisible(item, 40, 40);
        }, this);
    }
    connect(m_scene, &QGraphicsScene::selectionChanged, this,
        [this] {
            if (m_keyboardTool)
                m_keyboardTool->selectionChanged();
        });
    connect(m_scene, &CircuitScene::cardMoved, this, [this] {
        if (m_keyboardTool)
            m_keyboardTool->updateRing();
    });
    connect(editor->circuit(), &Circuit::reset, this, [this] {
        cancelGesture();
        closeNameEditor();
        fitAll();
    });
    centerOn(0, 0);
}

CircuitView::~CircuitView()
{
    // Tools remove their scene items, so they go before the scene; the scene's items leaving
    // the selection must not reach this half-destroyed view.
    m_activeTool = nullptr;
    m_keyboardTool = nullptr;
    m_tools.clear();
    m_scene->disconnect(this);
    setScene(nullptr);
    delete m_scene;
}

NodeItem *CircuitView::nodeItem(NodeId id) const
{
    return m_scene->nodeItem(id);
}

qreal CircuitView::zoom() const
{
    return transform().m11();
}

void CircuitView::armPlacement(NodeKind kind)
{
    m_placeTool->arm(kind);
    setFocus();
}

NodeId CircuitView::placeNode(NodeKind kind)
{
    // Not on top of a card already there: a person without a mouse could not see or reach it.
    const QRectF visible = mapToScene(viewport()->rect()).boundingRect();
    return placeNodeAt(kind,
        KeyboardTool::freeSpot(m_scene, visible, mapToScene(viewport()->rect().center())));
}

NodeId CircuitView::placeNodeAt(NodeKind kind, QPointF scenePos)
{
    return m_placeTool->placeAt(kind, scenePos);
}

void CircuitView::fitAll()
{
    m_autoFit = true;
    const QRectF nodes = m_scene->nodesBoundingRect();
    if (nodes.isEmpty()) {
        resetTransform();
        centerOn(0, 0);
    } else {
        const QRectF target = nodes.adjusted(-60, -60, 60, 60);
        fitInView(target, Qt::KeepAspectRatio);
        // A small circuit is shown at its natural size rather than blown up.
        if (zoom() > 1.0) {
            resetTransform();
        } else if (zoom() < kMinZoom) {
            setTransform(QTransform::fromScale(kMinZoom, kMinZoom));
        }
        centerOn(target.center());
    }
    Q_EMIT zoomChanged(zoom());
}

void CircuitView::zoomIn()
{
    const ViewportAnchor anchor = transformationAnchor();
    setTransformationAnchor(AnchorViewCenter);
    zoomBy(kZoomStep);
    setTransformationAnchor(anchor);
}

void CircuitView::zoomOut()
{
    const ViewportAnchor anchor = transformationAnchor();
    setTransformationAnchor(AnchorViewCenter);
    zoomBy(1.0 / kZoomStep);
    setTransformationAnchor(anchor);
}

void CircuitView::resetZoom()
{
    m_autoFit = false;
    const QPointF centre = mapToScene(viewport()->rect().center());
    resetTransform();
    centerOn(centre);
    Q_EMIT zoomChanged(zoom());
}

void CircuitView::zoomBy(qreal factor)
{
    m_autoFit = false;
    const qreal target = std::clamp(zoom() * factor, kMinZoom, kMaxZoom);
    if (qFuzzyCompare(target, zoom()))
        return;
    scale(target / zoom(), target / zoom());
    Q_EMIT zoomChanged(zoom());
}

void CircuitView::selectAll()
{
    m_scene->selectNodes(m_editor->circuit()->nodeIds());
}

void CircuitView::deleteSelection()
{
    m_edits->deleteSelection();
}

void CircuitView::renameSelected()
{
    const QList<NodeId> selected = m_scene->selectedNodeIds();
    NodeId id = m_selection && selected.contains(m_selection->current()) ? m_selection->current()
                                                                         : 0;
    if (id == 0 && !selected.isEmpty())
        id = selected.first();
    NodeItem *item = m_scene->nodeItem(id);
    if (!item)
        return;
    closeNameEditor();
    ensureVisible(item);
    auto *editor = new NodeNameEditor(m_editor, id, viewport());
    const QRect at = mapFromScene(item->mapToScene(item->nameRect())).boundingRect();
    editor->setGeometry(at.adjusted(-4, -4, 4, 4).united(QRect(at.topLeft(), QSize(150, 1))));
    editor->setMinimumHeight(editor->sizeHint().height());
    connect(editor, &NodeNameEditor::statusMessage, this, &CircuitView::statusMessage);
    connect(editor, &NodeNameEditor::finished, this, [this] {
        const bool hadFocus = m_nameEditor && m_nameEditor->hasFocus();
        closeNameEditor();
        if (hadFocus)
            setFocus();
    });
    m_nameEditor = editor;
    editor->show();
    editor->setFocus();
}

void CircuitView::openTyping(NodeId id)
{
    closeNameEditor();
    if (m_typing && m_typing->nodeId() == id) {
        m_typing->setFocus();
        return;
    }
    if (KeyboardLineEditor *old = m_typing) { // another card's
        old->disconnect(this);
        old->hide();
        old->deleteLater();
    }
    m_typing = KeyboardLineEditor::open(this, id);
    if (m_typing)
        connect(m_typing, &KeyboardLineEditor::statusMessage, this, &CircuitView::statusMessage);
}

void CircuitView::closeNameEditor()
{
    if (!m_nameEditor)
        return;
    NodeNameEditor *editor = m_nameEditor;
    m_nameEditor = nullptr;
    // Hiding moves the focus, which would end the edit a second time.
    editor->disconnect(this);
    editor->hide();
    editor->deleteLater();
}

void CircuitView::copySelection()
{
    m_edits->copySelection();
}

void CircuitView::paste()
{
    m_edits->paste();
}

void CircuitView::duplicateSelection()
{
    m_edits->duplicateSelection();
}

bool CircuitView::event(QEvent *event)
{
    // Canvas keys win over window shortcuts with the same keys while the canvas has focus; the
    // arrows only while there is a selection to nudge (else Right steps the run), and Space
    // always: held it pans, tapped it is the window's (spaceTapped()).
    if (event->type() == QEvent::ShortcutOverride) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const canvaskeys::Command command = canvaskeys::commandFor(key);
        using canvaskeys::Command;
        const bool nudge = command == Command::NudgeLeft || command == Command::NudgeRight
            || command == Command::NudgeUp || command == Command::NudgeDown;
        const bool wanted = m_keyboardTool->wantsKey(key)
            || (command != Command::None && (!nudge || !m_scene->selectedNodeIds().isEmpty()));
        if (wanted || (key->key() == Qt::Key_Space && key->modifiers() == Qt::NoModifier)) {
            event->accept();
            return true;
        }
    }
    return QGraphicsView::event(event);
}

void CircuitView::keyPressEvent(QKeyEvent *event)
{
    using canvaskeys::Command;
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat() && !m_activeTool) {
        m_spacePanning = true;
        m_spacePanned = false;
        viewport()->setCursor(Qt::OpenHandCursor);
        return;
    }
    if (!m_activeTool && m_keyboardTool->keyPress(event)) {
        event->accept();
        return;
    }
    const qreal step = CircuitScene::kGrid * (event->modifiers() & Qt::ShiftModifier ? 5 : 1);
    switch (canvaskeys::commandFor(event)) {
    case Command::None:
        QGraphicsView::keyPressEvent(event);
        break;
    case Command::Copy:
        copySelection();
        break;
    case Command::Paste:
        paste();
        break;
    case Command::Duplicate:
        duplicateSelection();
        break;
    case Command::SelectAll:
        selectAll();
        break;
    case Command::Delete:
        deleteSelection();
        break;
    case Command::Rename:
        renameSelected();
        break;
    case Command::ZoomIn:
        zoomIn();
        break;
    case Command::ZoomOut:
        zoomOut();
        break;
    case Command::FitAll:
        fitAll();
        break;
    case Command::ResetZoom:
        resetZoom();
        break;
    case Command::NudgeLeft:
        m_edits->nudgeSelection({ -step, 0 });
        break;
    case Command::NudgeRight:
        m_edits->nudgeSelection({ step, 0 });
        break;
    case Command::NudgeUp:
        m_edits->nudgeSelection({ 0, -step });
        break;
    case Command::NudgeDown:
        m_edits->nudgeSelection({ 0, step });
        break;
    case Command::Cancel:
        if (m_activeTool || m_placeTool->armedKind()) {
            cancelGesture();
            m_placeTool->disarm();
        } else {
            m_scene->clearSelection();
        }
        break;
    }
}

void CircuitView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat() && m_spacePanning) {
        m_spacePanning = false;
        if (!m_activeTool)
            viewport()->unsetCursor();
        if (!m_spacePanned)
            Q_EMIT spaceTapped();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void CircuitView::cancelGesture()
{
    if (m_activeTool)
        m_activeTool->cancel();
    m_activeTool = nullptr;
}

void CircuitView::focusInEvent(QFocusEvent *event)
{
    QGraphicsView::focusInEvent(event);
    m_keyboardTool->updateRing();
}

void CircuitView::focusOutEvent(QFocusEvent *event)
{
    m_spacePanning = false;
    QGraphicsView::focusOutEvent(event);
    if (m_keyboardTool) {
        // A menu of the canvas takes the focus for a while: the wire being chosen stays.
        if (event->reason() != Qt::PopupFocusReason)
            m_keyboardTool->cancel();
        m_keyboardTool->updateRing();
    }
}

void CircuitView::mousePressEvent(QMouseEvent *event)
{
    if (m_nameEditor)
        m_nameEditor->clearFocus();
    setFocus(Qt::MouseFocusReason);
    m_spacePanned = m_spacePanned || m_spacePanning;
    if (m_activeTool)
        return;
    const QPointF scenePos = mapToScene(event->position().toPoint());
    for (const auto &tool : m_tools) {
        if (tool->press(event, scenePos)) {
            m_activeTool = tool.get();
            event->accept();
            return;
        }
    }
    event->ignore();
}

void CircuitView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_activeTool) {
        m_activeTool->move(event, mapToScene(event->position().toPoint()));
        return;
    }
    // No gesture: let the scene see the mouse for hover highlights and cursors.
    QGraphicsView::mouseMoveEvent(event);
}

void CircuitView::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_activeTool)
        return;
    CanvasTool *tool = std::exchange(m_activeTool, nullptr);
    tool->release(event, mapToScene(event->position().toPoint()));
}

void CircuitView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QPointF scenePos = mapToScene(event->position().toPoint());
    if (NodeItem *item = m_scene->nodeAt(scenePos); item && event->button() == Qt::LeftButton) {
        if (item->kind() == NodeKind::Keyboard)
            openTyping(item->id()); // a keyboard is for typing; its inspector is one click away
        else if (item->kind() == NodeKind::Script)
            Q_EMIT scriptEditRequested(item->id()); // a script is for writing
        else
            Q_EMIT propertiesRequested(item->id());
        return;
    }
    mousePressEvent(event);
}

void CircuitView::wheelEvent(QWheelEvent *event)
{
    const int delta = event->angleDelta().y();
    if (delta == 0)
        return;
    zoomBy(std::pow(1.0015, delta));
    event->accept();
}

void CircuitView::contextMenuEvent(QContextMenuEvent *event)
{
    if (event->reason() == QContextMenuEvent::Keyboard) {
        openContextMenu(); // at the focused item, not wherever the mouse rests
    } else {
        popupMenu(mapToScene(event->pos()), event->globalPos());
    }
    event->accept();
}

void CircuitView::openContextMenu()
{
    QPointF scenePos = mapToScene(viewport()->rect().center());
    if (const std::optional<QPointF> at = m_keyboardTool->focusPoint()) {
        ensureVisible(QRectF(*at - QPointF(20, 20), QSizeF(40, 40)));
        scenePos = *at;
    }
    popupMenu(scenePos, viewport()->mapToGlobal(mapFromScene(scenePos)));
}

void CircuitView::popupMenu(QPointF scenePos, QPoint globalPos)
{
    QMenu *menu = tokenmenu::create(this, scenePos); // a held token's, over the canvas's
    if (!menu)
        menu = canvasmenu::create(this, scenePos);
    // popup(), not exec(): no nested event loop while the mesh is running.
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(globalPos);
}

void CircuitView::dragEnterEvent(QDragEnterEvent *event)
{
    if (PaletteWidget::kindFromMimeData(event->mimeData()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void CircuitView::dragMoveEvent(QDragMoveEvent *event)
{
    if (PaletteWidget::kindFromMimeData(event->mimeData()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void CircuitView::dropEvent(QDropEvent *event)
{
    const auto kind = PaletteWidget::kindFromMimeData(event->mimeData());
    if (!kind) {
        event->ignore();
        return;
    }
    placeNodeAt(*kind, mapToScene(event->position().toPoint()));
    event->acceptProposedAction();
    setFocus(Qt::OtherFocusReason);
}

void CircuitView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        m_scene->setTheme(CanvasTheme::fromPalette(palette()));
        resetCachedContent();
    }
    QGraphicsView::changeEvent(event);
}

void CircuitView::showEvent(QShowEvent *event)
{
    QGraphicsView::showEvent(event);
    if (m_autoFit)
        fitAll();
}

void CircuitView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_autoFit)
        fitAll();
}

} // namespace wb
