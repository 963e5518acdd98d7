#include "consolemodel.h"

#include "translation/localeformat.h"

#include <QDateTime>
#include <QFontDatabase>
#include <algorithm>

namespace wb {

namespace {

// More lines than this waiting for a batch are shown at once: memory stays bounded.
constexpr std::size_t kMaxPending = 100000;

} // namespace

ConsoleModel::ConsoleModel(std::function<qint64(NodeId)> history, QObject *parent)
    : QAbstractTableModel(parent), m_history(std::move(history))
{
    m_batch.setSingleShot(true);
    m_batch.setInterval(kBatchMs);
    connect(&m_batch, &QTimer::timeout, this, &ConsoleModel::flush);
}

std::optional<ConsoleModel::Entry> ConsoleModel::parse(
    NodeId node, const QString &consoleName, const QVariantMap &state, qint64 wallMs)
{
    const auto text = state.constFind(QStringLiteral("text"));
    const auto line = state.constFind(QStringLiteral("line"));
    if (text == state.cend() && line == state.cend())
        return std::nullopt;
    Entry e;
    e.wallMs = wallMs;
    e.node = node;
    e.consoleName = consoleName;
    e.from = state.value(QStringLiteral("from")).toString();
    // "SENDER: text" when the component gave no parts.
    e.text = text != state.cend() ? text->toString() : line->toString();
    if (text == state.cend() && e.from.isEmpty()) {
        const qsizetype colon = e.text.indexOf(QLatin1String(": "));
        if (colon > 0) {
            e.from = e.text.left(colon);
            e.text = e.text.mid(colon + 2);
        }
    }
    e.channel = state.value(QStringLiteral("channel")).toString();
    return e;
}

void ConsoleModel::append(const Entry &entry)
{
    m_pending.push_back(entry);
    if (m_pending.size() >= kMaxPending)
        flush();
    else if (!m_batch.isActive())
        m_batch.start();
}

void ConsoleModel::flush()
{
    m_batch.stop();
    if (m_pending.empty())
        return;
    const int first = rowCount();
    beginInsertRows({}, first, first + int(m_pending.size()) - 1);
    for (Entry &e : m_pending) {
        ++m_counts[e.node];
        m_entries.push_back(std::move(e));
    }
    m_pending.clear();
    endInsertRows();
    trim();
}

void ConsoleModel::trim()
{
    QHash<NodeId, qint64> excess;
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it) {
        const qint64 over = it.value() - std::max<qint64>(1, m_history(it.key()));
        if (over > 0)
            excess.insert(it.key(), over);
    }
    if (excess.isEmpty())
        return;
    std::vector<int> rows;
    for (int row = 0; row < rowCount() && !excess.isEmpty(); ++row) {
        const NodeId node = m_entries[std::size_t(row)].node;
        const auto it = excess.find(node);
        if (it == excess.end())
            continue;
        rows.push_back(row);
        --m_counts[node];
        if (--it.value() == 0)
            excess.erase(it);
    }
    removeRows(rows);
}

void ConsoleModel::removeRows(const std::vector<int> &rows)
{
    // From the back, a contiguous run at a time (one console's oldest: usually one run).
    auto end = rows.size();
    while (end > 0) {
        auto begin = end - 1;
        while (begin > 0 && rows[begin - 1] == rows[begin] - 1)
            --begin;
        const int from = rows[begin];
        const int to = rows[end - 1];
        beginRemoveRows({}, from, to);
        m_entries.erase(m_entries.begin() + from, m_entries.begin() + to + 1);
        endRemoveRows();
        end = begin;
    }
}

void ConsoleModel::clear(NodeId node)
{
    if (node == 0) {
        m_pending.clear();
        beginResetModel();
        m_entries.clear();
        m_counts.clear();
        endResetModel();
        return;
    }
    std::erase_if(m_pending, [node](const Entry &e) { return e.node == node; });
    std::vector<int> rows;
    for (int row = 0; row < rowCount(); ++row) {
        if (m_entries[std::size_t(row)].node == node)
            rows.push_back(row);
    }
    m_counts.remove(node);
    removeRows(rows);
}

int ConsoleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ConsoleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConsoleModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Entry &e = entry(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time:
            return localeformat::timeWithMs(QDateTime::fromMSecsSinceEpoch(e.wallMs));
        case Console:
            return e.consoleName;
        case From:
            return e.from;
        case Text:
            return e.text;
        }
        break;
    case Qt::FontRole:
        // What was printed reads as a terminal's output.
        if (index.column() == Text)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        break;
    case Qt::ToolTipRole:
        return e.channel.isEmpty()
            ? tr("%1 printed what %2 sent:\n%3").arg(e.consoleName, e.from, e.text)
            : tr("%1 printed what %2 sent on channel %3:\n%4")
                  .arg(e.consoleName, e.from, e.channel, e.text);
    case NodeIdRole:
        return e.node;
    default:
        break;
    }
    return {};
}

QVariant ConsoleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Console:
        return tr("Console");
    case From:
        return tr("From");
    case Text:
        return tr("Text");
    }
    return {};
}

} // namespace wb
