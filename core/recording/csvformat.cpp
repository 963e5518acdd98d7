#include "csvformat.h"

#include "recording.h"

#include <QIODevice>

namespace wb::csv {

namespace {

using Type = Recording::EventType;

constexpr qsizetype kFlushBytes = 1 << 20;

const QStringList &columns()
{
    static const QStringList names = { QStringLiteral("time_ns"), QStringLiteral("event"),
        QStringLiteral("node"), QStringLiteral("kind"), QStringLiteral("peer"),
        QStringLiteral("channel"), QStringLiteral("text"), QStringLiteral("message_id"),
        QStringLiteral("sent_ns"), QStringLiteral("acked_ns"), QStringLiteral("rtt_ns") };
    return names;
}
enum Column {
    kTime,
    kEvent,
    kNode,
    kKind,
    kPeer,
    kChannel,
    kText,
    kMessageId,
    kSent,
    kAcked,
    kRtt
};

QString eventName(const Recording::Record &r)
{
    switch (r.type) {
    case Type::Sent:
        return QStringLiteral("sent");
    case Type::AckReceived:
        return QStringLiteral("ack");
    case Type::Failed:
        return (r.flags & Recording::kWasSent) ? QStringLiteral("failed")
                                               : QStringLiteral("unsent");
    case Type::Received:
        return QStringLiteral("received");
    case Type::AckSent:
        return QStringLiteral("ack_sent");
    case Type::Level:
        return QStringLiteral("level");
    }
    return {};
}

void appendField(QByteArray &out, const QString &field)
{
    const QByteArray utf8 = field.toUtf8();
    if (utf8.contains(',') || utf8.contains('"') || utf8.contains('\n') || utf8.contains('\r')) {
        out += '"';
        out += QByteArray(utf8).replace('"', "\"\"");
        out += '"';
    } else {
        out += utf8;
    }
}

void appendRow(QByteArray &out, const QStringList &fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += ',';
        appendField(out, fields.at(i));
    }
    out += '\n';
}

QString number(qint64 n)
{
    return QString::number(n);
}

// One CSV record, which may span lines when a quoted field holds a line break.
std::optional<QStringList> readRow(QIODevice *device)
{
    QByteArray line = device->readLine();
    if (line.isEmpty())
        return std::nullopt;
    while (line.count('"') % 2 != 0 && !device->atEnd())
        line += device->readLine();
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    QStringList fields;
    QByteArray field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const char c = line.at(i);
        if (quoted) {
            if (c == '"' && i + 1 < line.size() && line.at(i + 1) == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            fields << QString::fromUtf8(field);
            field.clear();
        } else {
            field += c;
        }
    }
    fields << QString::fromUtf8(field);
    return fields;
}

} // namespace

QString write(const Recording &recording, QIODevice *device)
{
    QByteArray out;
    bool ok = true;
    const auto flush = [&](bool force) {
        if (ok && (force || out.size() >= kFlushBytes)) {
            ok = device->write(out) == out.size();
            out.clear();
        }
    };
    appendRow(out, columns());
    const qint64 start = recording.startNs();
    if (recording.droppedCount() > 0) {
        appendRow(out,
            { number(recording.droppedUntilNs() - start), QStringLiteral("dropped"), {}, {}, {}, {},
                QString::number(recording.droppedCount()), {}, {}, {}, {} });
        for (int i = 0; i < recording.digitalCount(); ++i) {
            const Recording::Digital &d = recording.digital(i);
            if (!d.before)
                continue;
            const Recording::Node *node = recording.node(d.node);
            QStringList row(columns().size());
            row[kTime] = number(d.knownFromNs - start);
            row[kEvent] = QStringLiteral("before");
            row[kNode] = recording.nodeName(d.node);
            row[kKind] = kinds::name(node ? node->kind : NodeKind::External);
            row[kText] = *d.before ? QStringLiteral("1") : QStringLiteral("0");
            appendRow(out, row);
        }
    }
    recording.forEachEvent([&](int s, qsizetype i) {
        const Recording::Stream &stream = recording.stream(s);
        const Recording::Record &r = stream.records[std::size_t(i)];
        const Recording::Node *node = recording.node(stream.node);
        QStringList row(columns().size());
        row[kTime] = number(r.timeNs - start);
        row[kEvent] = eventName(r);
        row[kNode] = recording.nodeName(stream.node);
        row[kKind] = kinds::name(node ? node->kind : NodeKind::External);
        row[kPeer] = stream.outgoing ? recording.peerName(stream) : stream.peerAddress;
        row[kChannel] = stream.channel;
        row[kText] = recording.text(r);
        if (stream.outgoing)
            row[kMessageId] = QString::number(r.messageId);
        const qint64 rtt = Recording::rttNs(r);
        if (r.type == Type::AckReceived && rtt >= 0) {
            row[kSent] = number(r.timeNs - rtt - start);
            row[kRtt] = number(rtt);
        }
        if (const qsizetype a = recording.answerOf(s, i); a >= 0) {
            const Recording::Record &answer = stream.records[std::size_t(a)];
            row[kAcked] = number(answer.timeNs - start);
            if (answer.type == Type::AckReceived)
                row[kRtt] = number(Recording::rttNs(answer));
            else if (answer.type == Type::AckSent)
                row[kRtt] = number(answer.timeNs - r.timeNs);
        }
        appendRow(out, row);
        flush(false);
    });
    QStringList end(columns().size());
    end[kTime] = number(recording.endNs() - start);
    end[kEvent] = QStringLiteral("end");
    appendRow(out, end);
    flush(true);
    return ok ? QString() : device->errorString();
}

QString read(QIODevice *device, Recording *recording)
{
    const qint64 origin = device->pos();
    const auto header = readRow(device);
    if (!header || header->size() < columns().size() || header->first() != columns().first())
        return QStringLiteral("not a Wirebench recording (expected the header %1)")
            .arg(columns().join(u','));
    QList<int> at;
    for (const QString &name : columns()) {
        at << int(header->indexOf(name));
        if (at.back() < 0)
            return QStringLiteral("the column %1 is missing").arg(name);
    }

    // Nodes first (in order of appearance), then peers that never had events of their own.
    recording->clear();
    recording->setStartNs(0);
    QHash<QString, NodeId> ids;
    QStringList peers;
    int line = 1;
    while (const auto row = readRow(device)) {
        ++line;
        if (row->size() < header->size())
            return QStringLiteral("line %1: %2 fields, expected %3")
                .arg(line)
                .arg(row->size())
                .arg(header->size());
        const QString name = row->at(at[kNode]);
        if (!name.isEmpty() && !ids.contains(name)) {
            const NodeId id = NodeId(ids.size() + 1);
            ids.insert(name, id);
            recording->setNode(
                id, name, kinds::fromName(row->at(at[kKind])).value_or(NodeKind::External));
        }
        const bool outgoing = row->at(at[kMessageId]).size() > 0;
        if (outgoing)
            peers << row->at(at[kPeer]);
    }
    for (const QString &peer : std::as_const(peers)) {
        if (!ids.contains(peer) && !peer.contains(u'/')) {
            const NodeId id = NodeId(ids.size() + 1);
            ids.insert(peer, id);
            recording->setNode(id, peer, NodeKind::External);
        }
    }

    device->seek(origin);
    readRow(device);
    line = 1;
    while (const auto row = readRow(device)) {
        ++line;
        const auto field = [&](Column c) {
            return row->at(at[c]);
        };
        bool ok = false;
        const qint64 time = field(kTime).toLongLong(&ok);
        if (!ok)
            return QStringLiteral("line %1: unreadable time %2").arg(line).arg(field(kTime));
        const QString event = field(kEvent);
        if (event == QLatin1String("dropped")) {
            recording->noteDropped(field(kText).toULongLong(), time);
            continue;
        }
        if (event == QLatin1String("end")) {
            recording->setEndNs(time);
            continue;
        }
        const NodeId node = ids.value(field(kNode));
        if (event == QLatin1String("before")) {
            recording->setLevelBefore(node, field(kText) == QLatin1String("1"), time);
            continue;
        }
        if (event == QLatin1String("level")) {
            recording->appendLevel(node, time, field(kText) == QLatin1String("1"));
            continue;
        }
        static const QHash<QString, TrafficEvent::Type> types = {
            { QStringLiteral("sent"), TrafficEvent::Type::Sent },
            { QStringLiteral("ack"), TrafficEvent::Type::AckReceived },
            { QStringLiteral("failed"), TrafficEvent::Type::Failed },
            { QStringLiteral("unsent"), TrafficEvent::Type::Failed },
            { QStringLiteral("received"), TrafficEvent::Type::Received },
            { QStringLiteral("ack_sent"), TrafficEvent::Type::AckSent },
        };
        const auto type = types.constFind(event);
        if (type == types.cend())
            return QStringLiteral("line %1: unknown event %2").arg(line).arg(event);
        TrafficEvent e;
        e.type = *type;
        e.timeNs = time;
        e.node = node;
        e.channel = field(kChannel);
        e.text = field(kText);
        e.messageId = field(kMessageId).toULongLong();
        e.wasSent = event == QLatin1String("failed");
        const bool outgoing = !field(kMessageId).isEmpty();
        e.peer = outgoing ? ids.value(field(kPeer)) : 0;
        e.peerAddress = e.peer ? QString() : field(kPeer);
        if (e.type == TrafficEvent::Type::AckReceived && !field(kRtt).isEmpty())
            e.rttNs = field(kRtt).toLongLong();
        recording->append(e);
    }
    return {};
}

} // namespace wb::csv
