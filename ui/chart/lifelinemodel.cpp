#include "lifelinemodel.h"

#include "chart/sequencemodel.h"
#include "document/circuit.h"

#include <algorithm>

namespace wb {

namespace {

// Which participants an arrow starts or ends at. The model names a client's address only when
// a receipt is still without its send at the end of an update(); a live run whose send is read
// in a later update() than its receipt leaves that address without arrows. Closed blocks say
// it in their pair counts; the few with a message still open are read through.
std::vector<bool> usedParticipants(const SequenceModel &model)
{
    std::vector<bool> used(std::size_t(model.participants().size()), false);
    const auto mark = [&used](int participant) {
        if (participant >= 0 && std::size_t(participant) < used.size())
            used[std::size_t(participant)] = true;
    };
    const std::deque<SequenceModel::Block> &blocks = model.blocks();
    for (std::size_t b = 0; b < blocks.size(); ++b) {
        const SequenceModel::Block &block = blocks[b];
        if (block.maxNs != SequenceModel::kOpenEnd) {
            for (const auto *pairs : { &block.messages, &block.acks }) {
                for (const SequenceModel::PairCount &pair : *pairs) {
                    mark(pair.sender);
                    mark(pair.receiver);
                }
            }
            continue;
        }
        const qint64 from = model.firstIndex() + qint64(b) * SequenceModel::kBlockSize;
        const qint64 end = std::min<qint64>(model.size(), from + SequenceModel::kBlockSize);
        for (qint64 i = from; i < end; ++i) {
            mark(model.message(i).sender);
            mark(model.message(i).receiver);
        }
    }
    return used;
}

} // namespace

LifelineModel::LifelineModel(const Circuit *circuit, QObject *parent)
    : QAbstractListModel(parent), m_circuit(circuit)
{
    // Moving a card on the canvas moves its lifeline while the order is the canvas's.
    connect(m_circuit, &Circuit::nodeChanged, this, [this](NodeId, NodeField field) {
        if (!m_custom && (field == NodeField::Position || field == NodeField::Name))
            rebuild();
    });
    connect(m_circuit, &Circuit::reset, this, [this] {
        if (!m_custom)
            rebuild();
    });
}

void LifelineModel::sync(const SequenceModel &model)
{
    const QList<SequenceModel::Participant> &participants = model.participants();
    // A node has its lifeline from the start; an address once a message uses it.
    const bool addresses = std::ranges::any_of(
        participants, [](const SequenceModel::Participant &p) { return p.node == 0; });
    std::vector<bool> used = addresses ? usedParticipants(model) : std::vector<bool>();
    if (m_synced == &model && m_syncedGeneration == model.generation()
        && m_syncedCount == participants.size() && m_syncedUsed == used)
        return;
    m_synced = &model;
    m_syncedGeneration = model.generation();
    m_syncedCount = participants.size();
    m_syncedUsed = std::move(used);
    m_participants.clear();
    for (int i = 0; i < participants.size(); ++i) {
        const SequenceModel::Participant &p = participants.at(i);
        if (p.node == 0 && !m_syncedUsed[std::size_t(i)])
            continue;
        Lifeline line;
        line.key = (p.node != 0 ? QStringLiteral("n/") : QStringLiteral("a/")) + p.name;
        line.node = p.node;
        line.name = p.name;
        line.kind = p.kind;
        line.participant = i;
        m_participants << line;
    }
    rebuild();
}

bool LifelineModel::canvasPosition(const Lifeline &line, QPointF *position) const
{
    // Not on this canvas: an address, or a node of a reviewed file of another circuit.
    const NodeSpec *spec = line.node != 0 ? m_circuit->node(line.node) : nullptr;
    if (!spec || spec->name != line.name)
        return false;
    *position = spec->position.value_or(QPointF());
    return true;
}

void LifelineModel::rebuild()
{
    QList<Lifeline> rows = m_participants;
    for (Lifeline &line : rows)
        line.visible = !m_hidden.contains(line.key);
    if (m_custom) {
        for (const Lifeline &line : std::as_const(rows)) {
            if (!m_order.contains(line.key))
                m_order << line.key;
        }
        std::ranges::stable_sort(
            rows, {}, [this](const Lifeline &line) { return m_order.indexOf(line.key); });
    } else {
        // Left to right as on the canvas, top to bottom for equal x; the rest as they appeared.
        std::ranges::stable_sort(rows, [this](const Lifeline &a, const Lifeline &b) {
            QPointF pa;
            QPointF pb;
            const bool onA = canvasPosition(a, &pa);
            const bool onB = canvasPosition(b, &pb);
            if (onA != onB)
                return onA;
            if (!onA)
                return false;
            return pa.x() != pb.x() ? pa.x() < pb.x() : pa.y() < pb.y();
        });
    }
    const auto same = [](const Lifeline &a, const Lifeline &b) {
        return a.key == b.key && a.node == b.node && a.name == b.name && a.kind == b.kind
            && a.participant == b.participant && a.visible == b.visible;
    };
    if (std::ranges::equal(rows, m_rows, same))
        return;
    beginResetModel();
    m_rows = rows;
    endResetModel();
    Q_EMIT lanesChanged();
}

QList<Lifeline> LifelineModel::visibleLifelines() const
{
    QList<Lifeline> visible;
    for (const Lifeline &line : m_rows) {
        if (line.visible)
            visible << line;
    }
    return visible;
}

int LifelineModel::indexOf(const QString &key) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).key == key)
            return i;
    }
    return -1;
}

int LifelineModel::indexOfNode(NodeId node) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (node != 0 && m_rows.at(i).node == node)
            return i;
    }
    return -1;
}

std::vector<int> LifelineModel::lanes(int participants) const
{
    std::vector<int> lanes(std::size_t(std::max(0, participants)), -1);
    int lane = 0;
    for (const Lifeline &line : m_rows) {
        if (line.visible && line.participant >= 0 && line.participant < participants)
            lanes[std::size_t(line.participant)] = lane++;
    }
    return lanes;
}

void LifelineModel::move(int from, int to)
{
    if (from < 0 || from >= m_rows.size() || to < 0 || to >= m_rows.size() || from == to)
        return;
    beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
    m_rows.move(from, to);
    endMoveRows();
    m_custom = true;
    m_order.clear();
    for (const Lifeline &line : std::as_const(m_rows))
        m_order << line.key;
    Q_EMIT lanesChanged();
}

void LifelineModel::setVisible(int row, bool visible)
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).visible == visible)
        return;
    m_rows[row].visible = visible;
    if (visible)
        m_hidden.remove(m_rows.at(row).key);
    else
        m_hidden.insert(m_rows.at(row).key);
    const QModelIndex changed = index(row);
    Q_EMIT dataChanged(changed, changed, { Qt::CheckStateRole });
    Q_EMIT lanesChanged();
}

void LifelineModel::showAll()
{
    for (int row = 0; row < m_rows.size(); ++row)
        setVisible(row, true);
    m_hidden.clear();
}

void LifelineModel::resetOrder()
{
    m_custom = false;
    m_order.clear();
    rebuild();
}

int LifelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant LifelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Lifeline &line = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return line.name;
    case Qt::CheckStateRole:
        return line.visible ? Qt::Checked : Qt::Unchecked;
    case NodeIdRole:
        return line.node;
    case KeyRole:
        return line.key;
    default:
        return {};
    }
}

bool LifelineModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    setVisible(index.row(), value.value<Qt::CheckState>() == Qt::Checked);
    return true;
}

Qt::ItemFlags LifelineModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable
        | Qt::ItemNeverHasChildren;
}

} // namespace wb
