#include "nodenameeditor.h"

#include "circuiteditor.h"

#include <QKeyEvent>

namespace wb {

NodeNameEditor::NodeNameEditor(CircuitEditor *editor, NodeId id, QWidget *parent)
    : QLineEdit(parent)
    , m_editor(editor)
    , m_id(id)
{
    if (const NodeSpec *spec = editor->circuit()->node(id))
        setText(spec->name);
    selectAll();
    connect(this, &QLineEdit::textEdited, this, [this] { setRefused(false); });
    // The node may go away under the editor (undo, another view).
    connect(editor->circuit(), &Circuit::nodeRemoved, this, [this](NodeId removed) {
        if (removed == m_id)
            finish();
    });
}

bool NodeNameEditor::commit()
{
    const NodeSpec *spec = m_editor->circuit()->node(m_id);
    if (!spec || spec->name == text())
        return true;
    if (const QString error = m_editor->circuit()->nameError(m_id, text()); !error.isEmpty()) {
        Q_EMIT statusMessage(error);
        setRefused(true);
        return false;
    }
    m_editor->renameNode(m_id, text());
    return true;
}

void NodeNameEditor::finish()
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT finished();
}

void NodeNameEditor::setRefused(bool refused)
{
    setStyleSheet(refused ? QStringLiteral("QLineEdit { border: 2px solid #dc2626; }") : QString());
}

void NodeNameEditor::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (commit())
            finish();
        return;
    case Qt::Key_Escape:
        finish();
        return;
    default:
        QLineEdit::keyPressEvent(event);
    }
}

void NodeNameEditor::focusOutEvent(QFocusEvent *event)
{
    QLineEdit::focusOutEvent(event);
    // A popup (the line edit's own menu) takes the focus without ending the edit.
    if (event->reason() == Qt::PopupFocusReason || m_done)
        return;
    commit();
    finish();
}

} // namespace wb
