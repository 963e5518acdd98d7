#pragma once

#include "document/nodespec.h"

#include <QLineEdit>

namespace wb {

class CircuitView;

// The line a person types on a keyboard's card (a double-click on it opens this over the card).
// Enter sends the line to the keyboard (keyboardinput::type) and clears it for the next one;
// the editor stays open until Escape or the focus goes elsewhere in the window. A keyboard that
// cannot take the line keeps it, marked, with the reason in statusMessage().
class KeyboardLineEditor final : public QLineEdit
{
    Q_OBJECT
public:
    // Opens one over keyboard `id`'s card in `view`, focused; null when there is no such card.
    static KeyboardLineEditor *open(CircuitView *view, NodeId id);

    NodeId nodeId() const { return m_id; }
    // Sends the text as Enter does; whether it went.
    bool send();

Q_SIGNALS:
    void statusMessage(const QString &text);
    // Typing is over (Escape, focus elsewhere, the node went); the editor deletes itself.
    void finished();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    KeyboardLineEditor(CircuitView *view, NodeId id);
    void finish();
    void setRefused(bool refused);

    CircuitView *m_view;
    NodeId m_id;
    bool m_done = false;
};

} // namespace wb
