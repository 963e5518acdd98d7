#include "tracerows.h"

#include "recording/recording.h"

namespace wb {

TraceRowModel::TraceRowModel(QObject *parent) : QObject(parent)
{ }

QColor TraceRowModel::defaultColor(int n)
{
    // Saturated and far apart, readable on a light and on a dark plot, as logic analyzers do.
    static const QColor colors[] = {
        QColor(0xf5, 0xa6, 0x23),
        QColor(0x2e, 0xb8, 0x72),
        QColor(0x3d, 0x8b, 0xfd),
        QColor(0xe0, 0x4f, 0x8f),
        QColor(0x9b, 0x6b, 0xf2),
        QColor(0x1f, 0xb5, 0xc4),
        QColor(0xe5, 0x53, 0x3d),
        QColor(0x8a, 0xb8, 0x2e),
    };
    return colors[std::size_t(n) % std::size(colors)];
}

QString TraceRowModel::signalMeaning(NodeKind kind)
{
    switch (kind) {
    case NodeKind::Clock:
        return tr("high while a tick waits");
    case NodeKind::IoPin:
        return tr("the bits it sends");
    case NodeKind::Led:
        return tr("on");
    case NodeKind::Buzzer:
        return tr("buzzing");
    case NodeKind::Queue:
        return tr("items waiting");
    // A keyboard's lines, a console's and what a worker serves are texts: they show on their
    // message rows (a worker's service time is its box from receipt to ack), no level.
    case NodeKind::Keyboard:
    case NodeKind::Worker:
    case NodeKind::Console:
    case NodeKind::External:
    case NodeKind::Proxy: // relays any text: no level of its own (recording.cpp)
    case NodeKind::Ring: // chat text: no level either
    case NodeKind::Script: // acks whatever its sketch says
        break;
    }
    return tr("level");
}

void TraceRowModel::sync(const Recording &recording, const QList<NodeId> &nodeOrder)
{
    QStringList names;
    for (const Recording::Node &node : recording.nodes())
        names << node.name;
    if (m_synced == &recording && m_syncedGeneration == recording.generation()
        && m_syncedStreams == recording.streamCount()
        && m_syncedDigitals == recording.digitalCount()
        && m_syncedNumerics == recording.numericCount() && m_syncedNames == names
        && m_syncedOrder == nodeOrder)
        return;
    m_synced = &recording;
    m_syncedGeneration = recording.generation();
    m_syncedStreams = recording.streamCount();
    m_syncedDigitals = recording.digitalCount();
    m_syncedNumerics = recording.numericCount();
    m_syncedNames = names;
    m_syncedOrder = nodeOrder;

    QList<NodeId> nodes;
    for (const NodeId id : nodeOrder) {
        if (recording.node(id))
            nodes << id;
    }
    for (const Recording::Node &node : recording.nodes()) {
        if (!nodes.contains(node.id))
            nodes << node.id;
    }

    QList<TraceRow> candidates;
    QHash<QString, bool> hiddenByDefault;
    for (int n = 0; n < nodes.size(); ++n) {
        const NodeId id = nodes.at(n);
        const QString name = recording.nodeName(id);
        const Recording::Node *node = recording.node(id);
        const QColor color = defaultColor(n);
        if (const int d = recording.digitalOf(id); d >= 0) {
            candidates.append({ TraceRow::Kind::Digital, d, id, QStringLiteral("d/") + name, name,
                signalMeaning(node->kind), color, true });
        }
        if (const int v = recording.numericOf(id); v >= 0) {
            candidates.append({ TraceRow::Kind::Level, v, id, QStringLiteral("n/") + name, name,
                signalMeaning(node->kind), color, true });
        }
        for (const bool outgoing : { true, false }) {
            for (int s = 0; s < recording.streamCount(); ++s) {
                const Recording::Stream &stream = recording.stream(s);
                if (stream.node != id || stream.levels || stream.outgoing != outgoing)
                    continue;
                TraceRow row { TraceRow::Kind::Messages, s, id, {}, {}, stream.channel, color,
                    true };
                if (outgoing) {
                    const QString peer = recording.peerName(stream);
                    row.key = QStringLiteral("o/%1/%2/%3").arg(name, peer, stream.channel);
                    row.label = name + QStringLiteral(" → ") + peer;
                } else {
                    row.key = QStringLiteral("i/%1/%2").arg(name, stream.channel);
                    row.label = QStringLiteral("→ ") + name;
                    // The sender's own row shows these messages already, with their acks.
                    for (int o = 0; o < recording.streamCount(); ++o) {
                        const Recording::Stream &other = recording.stream(o);
                        if (other.outgoing && other.peer == id && other.channel == stream.channel)
                            hiddenByDefault.insert(row.key, true);
                    }
                }
                candidates.append(row);
            }
        }
    }

    // New keys go after their default predecessor in the user's order.
    for (int i = 0; i < candidates.size(); ++i) {
        const QString &key = candidates.at(i).key;
        if (m_order.contains(key))
            continue;
        int at = 0;
        for (int p = i - 1; p >= 0; --p) {
            const qsizetype found = m_order.indexOf(candidates.at(p).key);
            if (found >= 0) {
                at = int(found) + 1;
                break;
            }
        }
        m_order.insert(at, key);
    }

    QHash<QString, int> byKey;
    for (int i = 0; i < candidates.size(); ++i)
        byKey.insert(candidates.at(i).key, i);
    QList<TraceRow> rows;
    for (const QString &key : std::as_const(m_order)) {
        const auto it = byKey.constFind(key);
        if (it == byKey.cend())
            continue;
        TraceRow row = candidates.at(*it);
        if (const auto s = m_settings.constFind(key); s != m_settings.cend()) {
            if (s->color.isValid())
                row.color = s->color;
            row.visible = s->visible;
        } else {
            row.visible = !hiddenByDefault.value(key);
        }
        rows << row;
    }
    m_rows = rows;
    Q_EMIT changed();
}

QList<TraceRow> TraceRowModel::visibleRows() const
{
    QList<TraceRow> result;
    for (const TraceRow &row : m_rows) {
        if (row.visible)
            result << row;
    }
    return result;
}

int TraceRowModel::indexOf(const QString &key) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).key == key)
            return i;
    }
    return -1;
}

void TraceRowModel::move(int from, int to)
{
    if (from < 0 || from >= m_rows.size() || to < 0 || to >= m_rows.size() || from == to)
        return;
    m_rows.move(from, to);
    QStringList order;
    for (const TraceRow &row : std::as_const(m_rows))
        order << row.key;
    for (const QString &key : std::as_const(m_order)) {
        if (!order.contains(key))
            order << key;
    }
    m_order = order;
    Q_EMIT changed();
}

void TraceRowModel::setVisible(int row, bool visible)
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).visible == visible)
        return;
    m_rows[row].visible = visible;
    Setting &s = m_settings[m_rows.at(row).key];
    s.visible = visible;
    Q_EMIT changed();
}

void TraceRowModel::setColor(int row, const QColor &color)
{
    if (row < 0 || row >= m_rows.size())
        return;
    m_rows[row].color = color;
    Setting &s = m_settings[m_rows.at(row).key];
    s.color = color;
    s.visible = m_rows.at(row).visible;
    Q_EMIT changed();
}

void TraceRowModel::showAll()
{
    for (int i = 0; i < m_rows.size(); ++i)
        setVisible(i, true);
}

} // namespace wb
