#include "logmodel.h"

#include "runtime/traffic.h"
#include "translation/localeformat.h"

#include <QColor>
#include <QDateTime>

namespace wb {

LogModel::LogModel(int capacity, int batchIntervalMs, QObject *parent)
    : QAbstractTableModel(parent)
    , m_capacity(std::max(1, capacity))
    , m_wallMsAtZeroNs(QDateTime::currentMSecsSinceEpoch() - monotonicNs() / 1000000)
{
    m_batch.setSingleShot(true);
    m_batch.setInterval(batchIntervalMs);
    connect(&m_batch, &QTimer::timeout, this, &LogModel::flush);
}

void LogModel::append(NodeId node, const QString &name, const QString &text, qint64 timeNs)
{
    m_pending.push_back({ timeNs, node, name, text });
    // Lines that would be dropped at the next flush anyway are dropped now: memory stays bounded
    // even when the batch timer is late.
    if (m_pending.size() > std::size_t(m_capacity))
        m_pending.pop_front();
    if (!m_batch.isActive())
        m_batch.start();
}

void LogModel::flush()
{
    m_batch.stop();
    if (m_pending.empty())
        return;
    const std::size_t incoming = m_pending.size();
    const std::size_t total = m_entries.size() + incoming;
    if (total > std::size_t(m_capacity)) {
        const std::size_t drop = std::min(m_entries.size(), total - std::size_t(m_capacity));
        if (drop > 0) {
            beginRemoveRows({}, 0, int(drop) - 1);
            m_entries.erase(m_entries.begin(), m_entries.begin() + std::ptrdiff_t(drop));
            endRemoveRows();
        }
    }
    const int first = int(m_entries.size());
    beginInsertRows({}, first, first + int(incoming) - 1);
    std::move(m_pending.begin(), m_pending.end(), std::back_inserter(m_entries));
    m_pending.clear();
    endInsertRows();
    Q_EMIT flushed();
}

void LogModel::clear()
{
    m_pending.clear();
    if (m_entries.empty())
        return;
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

QString LogModel::lineText(const Entry &entry)
{
    return QStringLiteral("[ %1 ] %2").arg(entry.name, entry.text);
}

QString LogModel::timeText(qint64 timeNs) const
{
    return localeformat::timeWithMs(
        QDateTime::fromMSecsSinceEpoch(m_wallMsAtZeroNs + timeNs / 1000000));
}

int LogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int LogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const Entry &e = m_entries.at(std::size_t(index.row()));
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == Time ? timeText(e.timeNs) : lineText(e);
    case Qt::ForegroundRole:
        if (index.column() == Time)
            return QColor(0x8c, 0x93, 0x9c);
        return {};
    case NodeIdRole:
        return e.node;
    case TextRole:
        return lineText(e);
    case TimeNsRole:
        return e.timeNs;
    default:
        return {};
    }
}

QVariant LogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == Time ? tr("Time") : tr("Message");
}

} // namespace wb
