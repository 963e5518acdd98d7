#pragma once

#include "document/nodespec.h"

#include <QAbstractTableModel>
#include <QVariantMap>
#include <deque>
#include <optional>

namespace wb {

// The chat events of a ring's members as they happen, oldest first: a member said a text, a
// message passed a member (new), came again (duplicate), came back to its sender after N hops
// in T ms (returned), or went too far (dropped). From RingComponent's "chat" live states
// (docs/ring.md); at most `capacity` are kept, the oldest go first.
class ChatModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Node, Line, ColumnCount };
    enum Role { NodeIdRole = Qt::UserRole + 1, EventRole, MessageIdRole };

    struct Entry
    {
        qint64 wallMs = 0; // when it was shown
        NodeId node = 0; // the member it happened at
        QString nodeName;
        QString event; // said, new, duplicate, returned, dropped
        QString id; // the message's id: ws://HOST:PORT#SEQUENCE
        QString origin; // the sender's name
        QString text;
        int hops = 0;
        double ms = -1; // returned: the time round the ring
        QString line; // what a person reads
    };

    explicit ChatModel(int capacity = 5000, QObject *parent = nullptr);

    // A "chat" map as the component reports it; nullopt when it is not one (no event or id).
    // Without a "line" it gets one in the same words.
    static std::optional<Entry> parse(
        NodeId node, const QString &nodeName, const QVariantMap &chat);
    // "came back", "new", ...: the event in a person's words.
    static QString eventText(const QString &event);

    void append(const Entry &entry);
    void clear();
    const Entry &entry(int row) const { return m_entries.at(std::size_t(row)); }
    int capacity() const { return m_capacity; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    int m_capacity;
    std::deque<Entry> m_entries;
};

} // namespace wb
