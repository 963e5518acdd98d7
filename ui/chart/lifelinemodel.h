#pragma once

#include "document/nodespec.h"

#include <QAbstractListModel>
#include <QSet>
#include <vector>

namespace wb {

class Circuit;
class SequenceModel;

// One lifeline of the sequence chart: a participant of the chart's model (a node, or an address
// outside the circuit).
struct Lifeline
{
    QString key; // stable across captures: "n/<name>" for a node, "a/<address>" otherwise
    NodeId node = 0;
    QString name;
    NodeKind kind = NodeKind::External;
    int participant = -1; // in the SequenceModel it was synced with
    bool visible = true;
};

// The chart's lifelines, left to right: the circuit's nodes by their x on the canvas (a teacher
// lays a circuit out as it flows), then the addresses outside it, until the user drags one
// elsewhere; then the user's order, until resetOrder(). Hidden lifelines are remembered by key,
// so that the next capture or a reviewed file keeps them hidden. A checkable list model, for
// the lifelines menu and the tests.
class LifelineModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { NodeIdRole = Qt::UserRole + 1, KeyRole };

    explicit LifelineModel(const Circuit *circuit, QObject *parent = nullptr);

    // Brings the lifelines up to date with the model's participants (cheap when none changed).
    void sync(const SequenceModel &model);

    const QList<Lifeline> &lifelines() const { return m_rows; }
    QList<Lifeline> visibleLifelines() const;
    int indexOf(const QString &key) const;
    int indexOfNode(NodeId node) const;
    // Participant -> lane among the visible lifelines (-1: hidden), for chartgeometry::View.
    std::vector<int> lanes(int participants) const;

    bool isCanvasOrder() const { return !m_custom; }
    void move(int from, int to);
    void setVisible(int row, bool visible);
    void showAll();
    void resetOrder();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    // The lanes changed: order, visibility, or the participants.
    void lanesChanged();

private:
    void rebuild();
    // Whether the lifeline's node is on this canvas, and where.
    bool canvasPosition(const Lifeline &line, QPointF *position) const;

    const Circuit *m_circuit;
    QList<Lifeline> m_rows;
    QList<Lifeline> m_participants; // as the model lists them
    QStringList m_order; // the user's order, once custom
    QSet<QString> m_hidden;
    bool m_custom = false;
    const SequenceModel *m_synced = nullptr;
    quint64 m_syncedGeneration = 0;
    qsizetype m_syncedCount = -1;
    std::vector<bool> m_syncedUsed; // which participants have arrows, when any is an address
};

} // namespace wb
