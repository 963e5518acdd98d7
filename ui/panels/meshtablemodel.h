#pragma once

#include "document/nodespec.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QSet>
#include <QTimer>

namespace wb {

class CircuitEditor;
class Circuit;
class MeshRuntime;
class TrafficStats;
enum class NodeField;
enum class NodeState;

// The mesh as a table: one row per node of the document, in document order, with the runtime's
// state, an external node's health and last ping round trip, and the traffic counters. It
// follows the document incrementally (row inserts and removals, cell changes) and repaints
// counters only for the rows TrafficStats reports, round trips at most ~30 times a second.
// Edits of name, host and port go through the CircuitEditor, which refuses invalid values;
// discovered nodes belong to the registry and are not editable.
class MeshTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    // The last ack comes last: it is the one column of free text, so it takes the spare width.
    // Health and Ping: an external node's liveness (ping/pong); Rtt: the last acked message's.
    enum Column {
        Name,
        Kind,
        Host,
        Port,
        Scope,
        State,
        Health,
        Ping,
        In,
        Out,
        Rtt,
        LastAck,
        ColumnCount
    };
    static constexpr int kRttRepaintMs = 34; // ≤ 30 Hz
    enum Role { NodeIdRole = Qt::UserRole + 1 };

    MeshTableModel(CircuitEditor *editor, MeshRuntime *runtime, TrafficStats *stats,
                   QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    NodeId nodeAt(int row) const;
    // The kind icons follow the theme: call after the palette changed.
    void refreshIcons();
    int rowOf(NodeId id) const; // -1 when not shown

private:
    QVariant display(const NodeSpec &spec, int column) const;
    QVariant decoration(const NodeSpec &spec, int column) const;
    QVariant toolTip(const NodeSpec &spec, int column) const;
    static QVariant headerToolTip(int section);
    void onNodeAdded(NodeId id);
    void onNodeAboutToBeRemoved(NodeId id);
    void onNodeChanged(NodeId id, NodeField field);
    void onReset();
    void emitRowChanged(NodeId id, int first, int last);
    void flushRtts();

    CircuitEditor *m_editor;
    const Circuit *m_circuit;
    MeshRuntime *m_runtime;
    TrafficStats *m_stats;
    QList<NodeId> m_ids;
    QHash<NodeKind, QIcon> m_kindIcons;
    QSet<NodeId> m_rttChanged; // round trips measured since the last repaint
    QTimer m_rttTimer;
};

} // namespace wb
