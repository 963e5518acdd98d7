#pragma once

#include "document/nodespec.h"

#include <QInputDialog>
#include <QObject>
#include <QPointer>

class QSettings;
class QWidget;

namespace wb {

class CircuitView;

// Insert ▸ Ring of N…: asks for N (2 to 64, the last answer first, 5 at first) in a small
// window-modal dialog, then places the ring in view (circuiteditor addRing: one undo step) and
// selects it.
class RingInsertion final : public QObject
{
    Q_OBJECT
public:
    RingInsertion(CircuitView *view, QSettings *settings, QWidget *dialogParent);

    // Opens the dialog (without blocking); the ring is placed when it is accepted.
    void ask();
    QInputDialog *dialog() const { return m_dialog; }
    // Places a ring of `n` now: in the middle of the view, or beside the circuit when that is
    // taken. Returns the members' ids in ring order (none when refused).
    QList<NodeId> insert(int n);

Q_SIGNALS:
    void inserted(const QList<wb::NodeId> &ids);

private:
    CircuitView *m_view;
    QSettings *m_settings;
    QWidget *m_dialogParent;
    QPointer<QInputDialog> m_dialog;
};

} // namespace wb
