#include "chatmodel.h"

#include "theme.h"
#include "translation/localeformat.h"

#include <QDateTime>
#include <QFont>
#include <QHash>
#include <QIcon>
#include <QPainter>
#include <QPixmap>

namespace wb {

namespace {

QColor eventColor(const QString &event)
{
    const theme::Colors c = theme::colors();
    if (event == QLatin1String("returned") || event == QLatin1String("said"))
        return c.accent;
    if (event == QLatin1String("duplicate"))
        return c.warning;
    if (event == QLatin1String("dropped"))
        return c.error;
    return c.running;
}

QString eventGlyph(const QString &event)
{
    if (event == QLatin1String("said"))
        return QStringLiteral("→");
    if (event == QLatin1String("returned"))
        return QStringLiteral("↩");
    if (event == QLatin1String("duplicate"))
        return QStringLiteral("=");
    if (event == QLatin1String("dropped"))
        return QStringLiteral("✕");
    return QStringLiteral("•");
}

// A disc in the event's colour with its glyph: the kind of event is seen without reading, and
// told apart by the glyph as well as the colour.
QIcon eventIcon(const QString &event)
{
    static QHash<QString, QIcon> cache;
    const QColor colour = eventColor(event);
    const QString key = event + colour.name();
    if (const auto it = cache.constFind(key); it != cache.cend())
        return *it;
    QIcon icon;
    for (const int size : { 16, 32 }) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(colour);
        p.drawEllipse(QRectF(1, 1, size - 2, size - 2));
        QFont font;
        font.setPixelSize(size * 11 / 16);
        font.setBold(true);
        p.setFont(font);
        p.setPen(Qt::white);
        p.drawText(QRectF(0, 0, size, size), Qt::AlignCenter, eventGlyph(event));
        p.end();
        icon.addPixmap(pixmap);
    }
    cache.insert(key, icon);
    return icon;
}

} // namespace

ChatModel::ChatModel(int capacity, QObject *parent)
    : QAbstractTableModel(parent), m_capacity(std::max(1, capacity))
{ }

QString ChatModel::eventText(const QString &event)
{
    if (event == QLatin1String("said"))
        return tr("said");
    if (event == QLatin1String("new"))
        return tr("passed on");
    if (event == QLatin1String("duplicate"))
        return tr("duplicate");
    if (event == QLatin1String("returned"))
        return tr("came back");
    if (event == QLatin1String("dropped"))
        return tr("dropped");
    return event;
}

std::optional<ChatModel::Entry> ChatModel::parse(
    NodeId node, const QString &nodeName, const QVariantMap &chat)
{
    Entry e;
    e.node = node;
    e.nodeName = nodeName;
    e.event = chat.value(QStringLiteral("event")).toString();
    e.id = chat.value(QStringLiteral("id")).toString();
    if (e.event.isEmpty() || e.id.isEmpty())
        return std::nullopt;
    e.wallMs = QDateTime::currentMSecsSinceEpoch();
    e.origin = chat.value(QStringLiteral("origin")).toString();
    e.text = chat.value(QStringLiteral("text")).toString();
    e.hops = chat.value(QStringLiteral("hops")).toInt();
    e.ms = chat.value(QStringLiteral("ms"), -1.0).toDouble();
    e.line = chat.value(QStringLiteral("line")).toString();
    if (e.line.isEmpty()) {
        const QString who = QStringLiteral("%1#%2").arg(e.origin, e.id.section(u'#', -1));
        const QString hops = e.hops == 1 ? tr("1 hop") : tr("%1 hops").arg(e.hops);
        e.line = e.event == QLatin1String("returned")
            ? tr("%1 came back after %2 in %L3 ms: %4")
                  .arg(who, hops)
                  .arg(e.ms, 0, 'f', 1)
                  .arg(e.text)
            : tr("%1 %2, hop %3: %4").arg(who, eventText(e.event)).arg(e.hops).arg(e.text);
    }
    return e;
}

void ChatModel::append(const Entry &entry)
{
    if (m_entries.size() >= std::size_t(m_capacity)) {
        beginRemoveRows({}, 0, 0);
        m_entries.pop_front();
        endRemoveRows();
    }
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.push_back(entry);
    endInsertRows();
}

void ChatModel::clear()
{
    if (m_entries.empty())
        return;
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

int ChatModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ChatModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChatModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Entry &e = entry(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time:
            return localeformat::timeWithMs(QDateTime::fromMSecsSinceEpoch(e.wallMs));
        case Node:
            return e.nodeName;
        case Line:
            return e.line;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == Line)
            return eventIcon(e.event);
        break;
    case Qt::FontRole:
        // What a person waits for: their message back.
        if (e.event == QLatin1String("returned")) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::ForegroundRole:
        if (index.column() == Line && e.event == QLatin1String("dropped"))
            return theme::colors().error;
        break;
    case Qt::ToolTipRole:
        return tr("%1 at %2\nmessage %3 from %4, hop %5%6\n%7")
            .arg(eventText(e.event), e.nodeName, e.id, e.origin)
            .arg(e.hops)
            .arg(e.ms >= 0 ? tr(", %L1 ms round the ring").arg(e.ms, 0, 'f', 1) : QString())
            .arg(e.text);
    case NodeIdRole:
        return e.node;
    case EventRole:
        return e.event;
    case MessageIdRole:
        return e.id;
    default:
        break;
    }
    return {};
}

QVariant ChatModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Node:
        return tr("Node");
    case Line:
        return tr("What happened");
    }
    return {};
}

} // namespace wb
