#pragma once

#include "document/nodespec.h"

#include <QAbstractTableModel>
#include <QTimer>
#include <deque>

namespace wb {

// The "[ Name ] text" lines of every node, newest last. It keeps at most `capacity` lines
// (the oldest go first) and applies appends in batches from a timer, so that a node logging
// flat out costs one row insertion per batch, not one per line.
class LogModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Line, ColumnCount };
    enum Role { NodeIdRole = Qt::UserRole + 1, TextRole, TimeNsRole };

    struct Entry
    {
        qint64 timeNs = 0; // wb::monotonicNs() clock
        NodeId node = 0;   // 0: the workbench itself
        QString name;
        QString text;
    };

    explicit LogModel(int capacity = 10000, int batchIntervalMs = 100, QObject *parent = nullptr);

    int capacity() const { return m_capacity; }
    void append(NodeId node, const QString &name, const QString &text, qint64 timeNs);
    // Applies the pending lines now (the timer does it otherwise).
    void flush();
    void clear();
    const Entry &entry(int row) const { return m_entries.at(std::size_t(row)); }
    static QString lineText(const Entry &entry);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

Q_SIGNALS:
    void flushed();

private:
    QString timeText(qint64 timeNs) const;

    int m_capacity;
    std::deque<Entry> m_entries;
    std::deque<Entry> m_pending;
    QTimer m_batch;
    qint64 m_wallMsAtZeroNs; // turns monotonic times into wall-clock times for display
};

} // namespace wb
