#pragma once

#include "document/nodespec.h"

#include <QHash>
#include <QObject>
#include <QPointF>

namespace wb {

class CircuitEditor;
class CircuitScene;

// What the canvas does to its selection: delete, copy, paste, duplicate, nudge. Each is one
// undo step through the CircuitEditor. Positions are the items' own, which are where the user
// sees the nodes.
class SelectionEdits final : public QObject
{
    Q_OBJECT
public:
    SelectionEdits(CircuitEditor *editor, CircuitScene *scene, QObject *parent = nullptr);

    void deleteSelection();
    void copySelection();
    // Each paste of the same copy lands one step further, so that pastes do not pile up.
    void paste();
    void duplicateSelection();
    void nudgeSelection(QPointF delta);

Q_SIGNALS:
    // What was copied, or why nothing was pasted: for the status bar.
    void statusMessage(const QString &text);

private:
    QHash<NodeId, QPointF> itemPositions(const QList<NodeId> &ids) const;

    CircuitEditor *m_editor;
    CircuitScene *m_scene;
    int m_pasteCount = 0;
};

} // namespace wb
