#pragma once

#include "document/nodespec.h"
#include "document/wire.h"
#include "keyboardlineeditor.h"
#include "nodenameeditor.h"

#include <QGraphicsView>
#include <QPointer>
#include <memory>
#include <vector>

namespace wb {

class CanvasTool;
class CircuitEditor;
class CircuitScene;
class KeyboardTool;
class MeshRuntime;
class NodeItem;
class NodeSelection;
class PlaceTool;
class SelectionEdits;
class TrafficStats;

// The canvas widget: shows a CircuitScene of the editor's circuit and turns mouse, keyboard
// and drops into edits through the CircuitEditor (so every edit is one undo step). Selection
// is shared with the other views through NodeSelection.
//
// Keys while it has focus: Delete removes the selection, F2 renames, Ctrl+C / Ctrl+V / Ctrl+D
// copy, paste, duplicate, Ctrl+A selects all, Ctrl+plus / Ctrl+minus zoom, Ctrl+0 fits all,
// Ctrl+1 is 100 %, arrows nudge the selection, space+drag or the middle button pans, Escape
// cancels. A tap of Space (no drag) is spaceTapped(): the window pauses the run. Tab, W and the
// Menu key are the keyboard tool's (keyboardtool.h).
class CircuitView final : public QGraphicsView
{
    Q_OBJECT
public:
    static constexpr qreal kMinZoom = 0.2;
    static constexpr qreal kMaxZoom = 3.0;

    CircuitView(CircuitEditor *editor, MeshRuntime *runtime, TrafficStats *stats,
                NodeSelection *selection, QWidget *parent = nullptr);
    ~CircuitView() override;

    CircuitEditor *editor() const { return m_editor; }
    MeshRuntime *runtime() const { return m_runtime; }
    NodeSelection *selection() const { return m_selection; }
    CircuitScene *circuitScene() const { return m_scene; }
    NodeItem *nodeItem(NodeId id) const;

    qreal zoom() const;
    bool isSpacePanning() const { return m_spacePanning; }
    // While on (at first, after a new document, after fitAll()) the view fits the circuit
    // whenever it is resized; zooming and panning turn it off.
    void setAutoFit(bool on) { m_autoFit = on; }
    bool autoFit() const { return m_autoFit; }
    // Arms the place tool: the next click on the canvas places a node of `kind`.
    void armPlacement(NodeKind kind);
    // The inline name editor while F2 is open, else null.
    NodeNameEditor *nameEditor() const { return m_nameEditor; }
    // The line being typed on a keyboard's card, else null.
    KeyboardLineEditor *typingEditor() const { return m_typing; }
    void showStatus(const QString &text) { Q_EMIT statusMessage(text); }
    // The keyboard's tool: Tab focus, wiring by keys, the context menu key.
    KeyboardTool *keyboardTool() const { return m_keyboardTool; }
    // The focused item's context menu at the item (the Menu key), else the canvas's at the
    // centre of the view.
    void openContextMenu();

public Q_SLOTS:
    // Places a node of `kind` at the centre of the view (the keyboard path) and selects it.
    NodeId placeNode(wb::NodeKind kind);
    // Places a node of `kind` centred on `scenePos` and selects it.
    NodeId placeNodeAt(wb::NodeKind kind, QPointF scenePos);
    void fitAll();
    void zoomIn();
    void zoomOut();
    void resetZoom();
    void selectAll();
    void deleteSelection();
    void renameSelected();
    // Opens a line to type on keyboard `id`'s card (a double-click on it does too).
    void openTyping(wb::NodeId id);
    void copySelection();
    void paste();
    void duplicateSelection();

Q_SIGNALS:
    // A hint or a refused canvas edit, for the status bar.
    void statusMessage(const QString &text);
    void propertiesRequested(wb::NodeId id);
    // A double-click on a script node's card (or its menu): its sketch in the Script dock.
    void scriptEditRequested(wb::NodeId id);
    void showInPlotRequested(wb::NodeId id);
    // The wire's context menu asked for its fault rules in the inspector (it is selected).
    void wireFaultsRequested(wb::WireId id);
    // A person picked a message's token (clicked it to deliver it, or opened its menu).
    void messagePicked(quint64 messageId);
    void zoomChanged(qreal zoom);
    // Space was pressed and released without a drag: the window's pause key (RunControl).
    void spaceTapped();

protected:
    bool event(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void cancelGesture();
    void zoomBy(qreal factor);
    void closeNameEditor();
    void popupMenu(QPointF scenePos, QPoint globalPos);

    CircuitEditor *m_editor;
    MeshRuntime *m_runtime;
    NodeSelection *m_selection;
    CircuitScene *m_scene;
    SelectionEdits *m_edits;
    std::vector<std::unique_ptr<CanvasTool>> m_tools;
    PlaceTool *m_placeTool = nullptr;
    KeyboardTool *m_keyboardTool = nullptr;
    CanvasTool *m_activeTool = nullptr;
    QPointer<NodeNameEditor> m_nameEditor;
    QPointer<KeyboardLineEditor> m_typing;
    bool m_spacePanning = false;
    bool m_spacePanned = false; // a drag happened while Space was held
    bool m_autoFit = true;
};

} // namespace wb
