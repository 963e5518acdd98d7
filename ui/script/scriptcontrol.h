#pragma once

#include "document/nodespec.h"

#include <QObject>
#include <functional>

class QMainWindow;

namespace wb {

class CircuitEditor;
class CircuitView;
class InspectorWidget;
class MeshRuntime;
class NodeSelection;
class ScriptDock;
class WindowActions;

// Scripts in the window (docs/script-editor.md): the Script dock and what opens it (a
// double-click on a script card, the inspector's "Edit Script…"), Insert ▸ script ▸ with the
// default sketch and the templates, and File ▸ Export as Python… for the selected node.
class ScriptControl final : public QObject
{
    Q_OBJECT
public:
    // Asks where to save the export; an empty path: cancelled.
    using FileChooser
        = std::function<void(const QString &suggestion, std::function<void(const QString &)>)>;

    ScriptControl(QMainWindow *window, CircuitEditor *editor, MeshRuntime *runtime,
        NodeSelection *selection, CircuitView *view, InspectorWidget *inspector,
        WindowActions *actions);

    ScriptDock *dock() const { return m_dock; }
    void setFileChooser(FileChooser chooser) { m_chooser = std::move(chooser); }

    // Places a script node whose sketch is template `name` at the middle of the canvas and
    // selects it; one undo step. Returns its id, 0 for an unknown template.
    NodeId placeTemplate(const QString &name);
    // Export as Python of the one selected node: an error box when it cannot be exported (the
    // error names the line), else the file chooser, then the file.
    void exportSelected();
    // Whether the node is of a kind that Export as Python writes.
    static bool canExport(NodeKind kind);

Q_SIGNALS:
    void message(const QString &text);

private:
    void updateExportAction();
    void writeExport(const QString &path, const QString &source, const QString &name);
    void showError(const QString &text, const QString &details);

    QMainWindow *m_window;
    CircuitEditor *m_editor;
    NodeSelection *m_selection;
    CircuitView *m_view;
    WindowActions *m_actions;
    ScriptDock *m_dock;
    FileChooser m_chooser;
};

} // namespace wb
