#pragma once

#include "document/nodespec.h"

#include <QColor>
#include <QHash>
#include <QList>
#include <QObject>

namespace wb {

class Recording;

// One row of the logic analyzer: a node's digital signal, its numeric level (a queue's fill),
// or the messages of one stream.
struct TraceRow
{
    enum class Kind { Digital, Messages, Level };

    Kind kind = Kind::Digital;
    int index = -1; // the recording's digital, stream or numeric index
    NodeId node = 0; // whose row it is
    // Stable across captures: "d/name", "n/name", "o/name/peer/channel", "i/name/channel"
    QString key;
    QString label; // "iopin", "iopin → buzzer", "→ buzzer"
    QString detail; // the kind or the channel
    QColor color;
    bool visible = true;
};

// The rows of a recording, in the user's order, with their colours and visibility. They are
// remembered by key, so that the next capture (or a reopened file) keeps them; new rows go
// where they belong by default: by node, the signal first, then its outgoing messages, then
// what it received (hidden when the sender's row already shows the same messages).
class TraceRowModel final : public QObject
{
    Q_OBJECT
public:
    explicit TraceRowModel(QObject *parent = nullptr);

    // Brings the rows up to date with the recording (cheap when nothing new appeared).
    // `nodeOrder` ranks nodes (the circuit's order); others follow in the recording's order.
    void sync(const Recording &recording, const QList<NodeId> &nodeOrder = {});

    const QList<TraceRow> &rows() const { return m_rows; }
    QList<TraceRow> visibleRows() const;
    int indexOf(const QString &key) const;

    void move(int from, int to);
    void setVisible(int row, bool visible);
    void setColor(int row, const QColor &color);
    void showAll();

    // The colour a node's rows get unless the user chose another.
    static QColor defaultColor(int n);
    // What a kind's digital signal (or a queue's numeric level) shows, for its row.
    static QString signalMeaning(NodeKind kind);

Q_SIGNALS:
    void changed();

private:
    struct Setting
    {
        QColor color;
        bool visible = true;
    };

    QList<TraceRow> m_rows;
    QStringList m_order; // every key ever seen, in the user's order
    QHash<QString, Setting> m_settings;
    const Recording *m_synced = nullptr;
    quint64 m_syncedGeneration = 0;
    int m_syncedStreams = -1;
    int m_syncedDigitals = -1;
    int m_syncedNumerics = -1;
    int m_syncedNodes = -1;
    QList<NodeId> m_syncedOrder;
    QStringList m_syncedNames;
};

} // namespace wb
