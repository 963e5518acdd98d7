#pragma once

#include "document/nodespec.h"

#include <QLineEdit>

namespace wb {

class CircuitEditor;

// The inline editor F2 opens over a node's name. Return renames through the editor (one undo
// step), Escape cancels, leaving it renames too. A refused name keeps it open, marked, with the
// reason in statusMessage(); leaving with a refused name drops the edit.
class NodeNameEditor final : public QLineEdit
{
    Q_OBJECT
public:
    NodeNameEditor(CircuitEditor *editor, NodeId id, QWidget *parent = nullptr);

    NodeId nodeId() const { return m_id; }

Q_SIGNALS:
    void statusMessage(const QString &text);
    // The edit is over (renamed, unchanged, cancelled or dropped); the owner removes the editor.
    void finished();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    // Returns whether the edit is over.
    bool commit();
    void finish();
    void setRefused(bool refused);

    CircuitEditor *m_editor;
    NodeId m_id;
    bool m_done = false;
};

} // namespace wb
