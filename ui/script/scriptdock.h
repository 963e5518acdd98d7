#pragma once

#include "document/nodespec.h"
#include "scriptproblem.h"

#include <QDockWidget>
#include <functional>
#include <optional>

class QLabel;
class QTimer;
class QToolButton;

namespace wb {

class CircuitEditor;
class CodeEditor;
class MeshRuntime;
class NodeSelection;
enum class NodeField;
enum class NodeState;

// The Script dock (docs/script-editor.md): edits one script node's `script` parameter. It opens
// on a node (double-click on its card, the inspector's "Edit Script…", View ▸ Script with a
// script node selected) and follows the selection to other script nodes. Apply (Ctrl+S in the
// editor) is one undoable edit of the parameter through the CircuitEditor: a running node
// reloads the sketch in place. The title says when the text differs from the document
// ("modified"). The error shown, in the editor and in the bar under it, is the text's own syntax
// error while typing (checked 300 ms after the last key), else the running node's last error
// from its live state "script".
class ScriptDock final : public QDockWidget
{
    Q_OBJECT
public:
    enum class Answer { Apply, Discard, Cancel };
    // Asked when the dock would leave a node whose text is not applied; `name`: that node's.
    using Prompt = std::function<void(const QString &name, std::function<void(Answer)> answer)>;
    static constexpr int kCheckDelayMs = 300;

    ScriptDock(CircuitEditor *editor, MeshRuntime *runtime, NodeSelection *selection,
        QWidget *parent = nullptr);

    NodeId node() const { return m_node; }
    CodeEditor *codeEditor() const { return m_code; }
    QLabel *messageBar() const { return m_message; }
    QToolButton *applyButton() const { return m_apply; }
    // The text differs from the node's `script` in the document.
    bool isModified() const;
    // The error the editor marks: the typed text's, else the running node's.
    std::optional<ScriptProblem> shownProblem() const;

    // Shows the dock on script node `id` (asks first when the text shown is not applied).
    void editNode(NodeId id);
    // Writes the text to the node's `script` (one undo step); false when refused or nothing
    // to apply.
    bool apply();
    // Drops the edits: the document's text again.
    void revert();
    // Runs the syntax check now instead of after the pause in typing.
    void checkNow();
    void setPrompt(Prompt prompt) { m_prompt = std::move(prompt); }

Q_SIGNALS:
    void statusMessage(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;

private:
    // Leaves the current node for `id` once the unapplied text is dealt with.
    void switchTo(NodeId id);
    void load(NodeId id);
    void followSelection();
    void onNodeChanged(NodeId id, NodeField field);
    void onLiveState(NodeId id, const QVariantMap &state);
    void onNodeState(NodeId id, NodeState state);
    void updateTitle();
    void updateProblem();
    void defaultPrompt(const QString &name, std::function<void(Answer)> answer);

    CircuitEditor *m_editor;
    MeshRuntime *m_runtime;
    NodeSelection *m_selection;
    CodeEditor *m_code;
    QLabel *m_message;
    QToolButton *m_apply;
    QToolButton *m_revert;
    QTimer *m_checkTimer;
    SyntaxCheck m_check;
    Prompt m_prompt;
    NodeId m_node = 0;
    bool m_asking = false; // a prompt is open: the selection does not move the dock
    bool m_loading = false; // the text is being replaced by the document's
    std::optional<ScriptProblem> m_typed;
    std::optional<ScriptProblem> m_live;
    QString m_baseText; // the document's text the editor's own edits started from
    QString m_version; // the running sketch's (live state), for the message bar
};

} // namespace wb
