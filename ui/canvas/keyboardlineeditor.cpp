#include "keyboardlineeditor.h"

#include "circuiteditor.h"
#include "circuitview.h"
#include "nodecard.h"
#include "nodeitem.h"
#include "queue/keyboardinput.h"

#include <QKeyEvent>

namespace wb {

KeyboardLineEditor *KeyboardLineEditor::open(CircuitView *view, NodeId id)
{
    NodeItem *item = view->nodeItem(id);
    if (!item || item->kind() != NodeKind::Keyboard)
        return nullptr;
    view->ensureVisible(item);
    auto *editor = new KeyboardLineEditor(view, id);
    // Over the card's lower part, where its lines show: at least wide enough to type in.
    const QRectF lower(8, nodecard::kHeaderHeight + 4, nodecard::kWidth - 16,
        nodecard::kHeight - nodecard::kHeaderHeight - 8);
    const QRect at = view->mapFromScene(item->mapToScene(lower)).boundingRect();
    const int height = editor->sizeHint().height();
    editor->setGeometry(
        QRect(at.left(), at.center().y() - height / 2, std::max(at.width(), 200), height));
    editor->show();
    editor->setFocus();
    return editor;
}

KeyboardLineEditor::KeyboardLineEditor(CircuitView *view, NodeId id)
    : QLineEdit(view->viewport()), m_view(view), m_id(id)
{
    setPlaceholderText(tr("Type a line, then Enter"));
    setToolTip(tr("Enter sends the line to the keyboard's targets; Escape closes"));
    setClearButtonEnabled(true);
    setMaxLength(keyboardinput::kMaxText);
    connect(this, &QLineEdit::textEdited, this, [this] { setRefused(false); });
    // The node may go away under the editor (undo, another view, a new document).
    const Circuit *circuit = view->editor()->circuit();
    connect(circuit, &Circuit::nodeRemoved, this, [this](NodeId removed) {
        if (removed == m_id)
            finish();
    });
    connect(circuit, &Circuit::reset, this, &KeyboardLineEditor::finish);
}

bool KeyboardLineEditor::send()
{
    const QString error
        = keyboardinput::type(m_view->runtime(), m_view->editor()->circuit(), m_id, text());
    if (!error.isEmpty()) {
        setRefused(true);
        Q_EMIT statusMessage(error);
        return false;
    }
    clear();
    return true;
}

void KeyboardLineEditor::finish()
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT finished();
    hide(); // moves the focus, which no longer ends anything
    deleteLater();
}

void KeyboardLineEditor::setRefused(bool refused)
{
    setStyleSheet(refused ? QStringLiteral("QLineEdit { border: 2px solid #dc2626; }") : QString());
}

void KeyboardLineEditor::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        send();
        return;
    case Qt::Key_Escape:
        finish();
        return;
    default:
        QLineEdit::keyPressEvent(event);
    }
}

void KeyboardLineEditor::focusOutEvent(QFocusEvent *event)
{
    QLineEdit::focusOutEvent(event);
    // A popup (the line edit's own menu, the canvas menu closing) or another window takes the
    // focus without ending the typing: a click elsewhere in this one does.
    if (event->reason() == Qt::PopupFocusReason || event->reason() == Qt::ActiveWindowFocusReason
        || m_done)
        return;
    finish();
}

} // namespace wb
