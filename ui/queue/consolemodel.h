#pragma once

#include "document/nodespec.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QTimer>
#include <QVariantMap>
#include <deque>
#include <functional>
#include <optional>
#include <vector>

namespace wb {

// The lines the consoles of a run printed (docs/queues.md), oldest first: when, at which
// console, from which node, the text. From ConsoleComponent's live states, one per line. Each
// console keeps at most its `history` lines (the oldest of that console go first). Lines
// arrive by the thousand when a pipeline runs flat out: they are shown in batches, at most
// 30 times a second.
class ConsoleModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Console, From, Text, ColumnCount };
    enum Role { NodeIdRole = Qt::UserRole + 1 };
    static constexpr int kBatchMs = 33;

    struct Entry
    {
        qint64 wallMs = 0; // when it was printed
        NodeId node = 0; // the console
        QString consoleName;
        QString from; // the sender's name (or host:port)
        QString text;
        QString channel;
    };

    // `history` gives a console's limit (its "history" parameter).
    explicit ConsoleModel(std::function<qint64(NodeId)> history, QObject *parent = nullptr);

    // A console's live state; nullopt when it is not a printed line (no "text" nor "line").
    static std::optional<Entry> parse(
        NodeId node, const QString &consoleName, const QVariantMap &state, qint64 wallMs);

    // Shown with the next batch.
    void append(const Entry &entry);
    // Shows what waits for the next batch now.
    void flush();
    // Every line, or only console `node`'s.
    void clear(NodeId node = 0);
    const Entry &entry(int row) const { return m_entries.at(std::size_t(row)); }
    // Lines of console `node` shown (not those waiting for the batch).
    qint64 lineCount(NodeId node) const { return m_counts.value(node); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    // Removes the oldest lines of every console beyond its history.
    void trim();
    void removeRows(const std::vector<int> &rows);

    std::function<qint64(NodeId)> m_history;
    std::deque<Entry> m_entries;
    std::vector<Entry> m_pending;
    QHash<NodeId, qint64> m_counts;
    QTimer m_batch;
};

} // namespace wb
