#pragma once

#include "document/circuit.h"

#include <QHash>
#include <QObject>
#include <QPointF>

class QUndoStack;

namespace wb {

// Every edit of the circuit from the GUI goes through here: each call validates, then pushes
// one undo command onto the stack, and the command changes the document. Views never change
// the document directly. Whole-document replacement (new, open) is not an edit: it goes to
// Circuit::setContents() and clears the stack.
class CircuitEditor final : public QObject
{
    Q_OBJECT
public:
    explicit CircuitEditor(Circuit *circuit, QObject *parent = nullptr);

    Circuit *circuit() const { return m_circuit; }
    QUndoStack *undoStack() const { return m_undoStack; }

    // A new node of `kind` at `position` with a unique name, a free port and default params.
    NodeId addNode(NodeKind kind, QPointF position);
    // Adds copies of `nodes` (paste, duplicate) moved by `offset`, with fresh names and ports;
    // `wires` among the copies are kept (with their channels and faults). One undo step.
    // Returns the new ids.
    QList<NodeId> addCopies(const QList<NodeSpec> &nodes, const QList<Wire> &wires, QPointF offset);
    // A ring of ring nodes (Insert ▸ Ring of N): one at each of `corners` (2 to 64), named
    // ring1, ring2, ... (the free names), with free ports, keys spread evenly round the ring in
    // this order, each wired to the next as its successor and the last to the first. One undo
    // step. Returns the new ids in ring order; none (and refused()) for a count out of range.
    QList<NodeId> addRing(const QList<QPointF> &corners);
    // Removes nodes with every wire into or out of them, as one undo step.
    void removeNodes(const QList<NodeId> &ids);

    // Each returns false and emits refused() with the reason when the value is not allowed.
    bool renameNode(NodeId id, const QString &name);
    bool setHost(NodeId id, const QString &host);
    bool setPort(NodeId id, int port);
    bool setParam(NodeId id, const QString &key, const QVariant &value);

    // One undo step for a whole drag: the positions before and after. A `continuing` move
    // (keyboard nudges) merges into the move just before it when it moved the same nodes.
    // False when refused (the caller puts its items back).
    bool moveNodes(const QHash<NodeId, QPointF> &from, const QHash<NodeId, QPointF> &to,
        bool continuing = false);

    // The new wire's id, or 0 (refused() says why).
    WireId addWire(NodeId from, NodeId to);
    void removeWire(WireId id);
    // Fault rules and channel of a wire; false (and refused()) for an invalid rule.
    bool setWireFaults(WireId id, const WireFaults &faults);
    bool setWireChannel(WireId id, const QString &channel);
    // The run's seed and fault schedule; false (and refused()) for a schedule the document
    // refuses.
    bool setSeed(std::optional<quint64> seed);
    bool setSchedule(const QList<ScheduledFault> &schedule);

    // Teacher mode (docs/classroom.md): while locked, every edit above, undo and redo are
    // refused with `reason`, so no path into the document (menu, key, drag, drop, inspector,
    // paste, the undo stack) changes it. Running, pausing and selecting are no edits.
    void setLocked(bool locked, const QString &reason = {});
    bool isLocked() const { return m_locked; }
    QString lockReason() const { return m_lockReason; }
    // True (and refused() with the reason) while locked: for callers that batch edits.
    bool refuseLocked();
    // The undo actions come here, not to the stack, so that the lock applies to them.
    void undo();
    void redo();

Q_SIGNALS:
    // An edit was refused; the text says why, for the status bar.
    void refused(const QString &reason);
    void lockedChanged(bool locked);

private:
    // Discovered nodes are the registry's (docs/discovery.md): refused with a reason.
    bool refuseDiscovered(NodeId id);

    Circuit *m_circuit;
    QUndoStack *m_undoStack;
    bool m_locked = false;
    QString m_lockReason;
};

} // namespace wb
