#include "recording/csvformat.h"

#include "recording/recording.h"

#include <QCoreApplication>
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
        QStringLiteral("sent_ns"), QStringLiteral("acked_ns"), QStringLiteral("rtt_ns"),
        // Since the delivery gate: appended, so that the columns before keep their place.
        QStringLiteral("at"), QStringLiteral("wire"), QStringLiteral("direction"),
        QStringLiteral("attempt"), QStringLiteral("duplicate"), QStringLiteral("rule"),
        QStringLiteral("delay_ns"),
        // Since queues: a fill row's capacity.
        QStringLiteral("capacity") };
    return names;
}
// The columns of files written before the delivery gate, which must all be there.
constexpr int kOldColumns = 11;
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
    kRtt,
    kAt,
    kWire,
    kDirection,
    kAttempt,
    kDuplicate,
    kRule,
    kDelay,
    kCapacity,
};

QString eventName(const Recording::Record &r)
{
    // A record's type is its traffic event's (recording.cpp stores it so), but for the two a
    // file tells apart: a failure before or after the message left, and the level rows.
    switch (r.type) {
    case Type::Failed:
        return (r.flags & Recording::kWasSent) ? QStringLiteral("failed")
                                               : QStringLiteral("unsent");
    case Type::Level:
        return (r.flags & Recording::kNumeric) ? QStringLiteral("fill") : QStringLiteral("level");
    default:
        return trafficTypeName(TrafficEvent::Type(int(r.type)));
    }
}

// The event names a file may hold, as the traffic they were (level and the frame rows aside).
const QHash<QString, TrafficEvent::Type> &trafficTypes()
{
    using T = TrafficEvent::Type;
    static const QHash<QString, T> types = {
        { QStringLiteral("sent"), T::Sent },
        { QStringLiteral("ack"), T::AckReceived },
        { QStringLiteral("failed"), T::Failed },
        { QStringLiteral("unsent"), T::Failed },
        { QStringLiteral("received"), T::Received },
        { QStringLiteral("ack_sent"), T::AckSent },
        { QStringLiteral("held"), T::Held },
        { QStringLiteral("released"), T::Released },
        { QStringLiteral("delayed"), T::Delayed },
        { QStringLiteral("duplicated"), T::Duplicated },
        // "dropped" also frames the file (the cap's drops): told apart by its node.
        { QStringLiteral("dropped"), T::Dropped },
    };
    return types;
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

// A fill row's text and capacity: whole numbers, the fill at most 2^32 - 1.
std::optional<Recording::Value> fillOf(const QString &text, const QString &capacity)
{
    bool fillOk = false;
    bool capacityOk = false;
    const uint value = text.toUInt(&fillOk);
    const uint range = capacity.toUInt(&capacityOk);
    if (!fillOk || !capacityOk)
        return std::nullopt;
    return Recording::Value { value, range };
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
        QStringList dropped(columns().size());
        dropped[kTime] = number(recording.droppedUntilNs() - start);
        dropped[kEvent] = QStringLiteral("dropped");
        dropped[kText] = QString::number(recording.droppedCount());
        appendRow(out, dropped);
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
        for (int i = 0; i < recording.numericCount(); ++i) {
            const Recording::Numeric &n = recording.numeric(i);
            if (!n.before)
                continue;
            QStringList row(columns().size());
            row[kTime] = number(n.knownFromNs - start);
            row[kEvent] = QStringLiteral("before");
            row[kNode] = recording.nodeName(n.node);
            const Recording::Node *node = recording.node(n.node);
            row[kKind] = kinds::name(node ? node->kind : NodeKind::External);
            row[kText] = QString::number(*n.before);
            row[kCapacity] = QString::number(n.beforeRange);
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
        const bool gate = Recording::isGate(r.type);
        // A gate event has no message text of its own: what it says is the rule that decided.
        row[gate ? kRule : kText] = recording.text(r);
        // Ids are run-wide, the same at both ends; a receiver of an older file had none. A fill
        // has no message: its record keeps the capacity there.
        if (r.flags & Recording::kNumeric)
            row[kCapacity] = QString::number(Recording::rangeOf(r));
        else if (stream.outgoing || r.messageId != 0)
            row[kMessageId] = QString::number(r.messageId);
        if (!stream.levels)
            row[kAt] = stream.outgoing ? QStringLiteral("sender") : QStringLiteral("receiver");
        if (const WireId wire = stream.wireOf(r); wire != 0)
            row[kWire] = QString::number(wire);
        const qint64 rtt = Recording::rttNs(r);
        if (gate) {
            row[kDirection]
                = (r.flags & Recording::kAck) ? QStringLiteral("ack") : QStringLiteral("message");
            if (r.type == Type::Delayed && rtt >= 0)
                row[kDelay] = number(rtt);
        }
        if (r.type == Type::Sent)
            row[kAttempt] = QString::number(r.attempt);
        if (r.type == Type::Received || r.type == Type::AckReceived)
            row[kDuplicate]
                = (r.flags & Recording::kDuplicate) ? QStringLiteral("1") : QStringLiteral("0");
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
    if (!header || header->size() < kOldColumns || header->first() != columns().first())
        return QCoreApplication::translate(
            "wb::Recording", "not a Wirebench recording (expected the header %1)")
            .arg(columns().join(u','));
    // By name: the columns of the delivery gate are missing from older files.
    QList<int> at;
    for (const QString &name : columns()) {
        at << int(header->indexOf(name));
        if (at.back() < 0 && at.size() <= kOldColumns)
            return QCoreApplication::translate("wb::Recording", "the column %1 is missing")
                .arg(name);
    }
    const auto cell = [&at](const QStringList &row, Column c) {
        return at[c] < 0 ? QString() : row.at(at[c]);
    };
    // Which end of the wire a row happened at: a column since the gate, the message id before.
    const auto atSender = [&](const QStringList &row) {
        const QString end = cell(row, kAt);
        if (!end.isEmpty())
            return end == QLatin1String("sender");
        return !row.at(at[kMessageId]).isEmpty();
    };

    // Nodes first (in order of appearance), then peers that never had events of their own.
    recording->clear();
    recording->setStartNs(0);
    QHash<QString, NodeId> ids;
    QStringList peers;
    int line = 1;
    while (const auto row = readRow(device)) {
        ++line;
        if (row->size() < header->size())
            return QCoreApplication::translate("wb::Recording", "line %1: %2 fields, expected %3")
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
        if (atSender(*row))
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
            return cell(*row, c);
        };
        bool ok = false;
        const qint64 time = field(kTime).toLongLong(&ok);
        if (!ok)
            return QCoreApplication::translate("wb::Recording", "line %1: unreadable time %2")
                .arg(line)
                .arg(field(kTime));
        const QString event = field(kEvent);
        if (event == QLatin1String("dropped") && field(kNode).isEmpty()) {
            recording->noteDropped(field(kText).toULongLong(), time);
            continue;
        }
        if (event == QLatin1String("end")) {
            recording->setEndNs(time);
            continue;
        }
        const NodeId node = ids.value(field(kNode));
        // A fill, or a fill's level before the cap's drop: a number of its capacity.
        const bool fill = event == QLatin1String("fill")
            || (event == QLatin1String("before") && !field(kCapacity).isEmpty());
        if (fill) {
            const auto value = fillOf(field(kText), field(kCapacity));
            if (!value)
                return QCoreApplication::translate("wb::Recording",
                    "line %1: a fill is a whole number of its capacity, not "
                    "%2 of %3")
                    .arg(line)
                    .arg(field(kText), field(kCapacity));
            if (event == QLatin1String("before"))
                recording->setNumericBefore(node, *value, time);
            else
                recording->appendNumeric(node, time, *value);
            continue;
        }
        if (event == QLatin1String("before")) {
            recording->setLevelBefore(node, field(kText) == QLatin1String("1"), time);
            continue;
        }
        if (event == QLatin1String("level")) {
            recording->appendLevel(node, time, field(kText) == QLatin1String("1"));
            continue;
        }
        const auto type = trafficTypes().constFind(event);
        if (type == trafficTypes().cend())
            return QCoreApplication::translate("wb::Recording", "line %1: unknown event %2")
                .arg(line)
                .arg(event);
        TrafficEvent e;
        e.type = *type;
        e.timeNs = time;
        e.node = node;
        e.channel = field(kChannel);
        const bool gate = Recording::isGate(Recording::EventType(int(e.type)));
        e.text = gate ? field(kRule) : field(kText);
        e.messageId = field(kMessageId).toULongLong();
        e.wasSent = event == QLatin1String("failed");
        const bool outgoing = atSender(*row);
        e.peer = outgoing ? ids.value(field(kPeer)) : 0;
        e.peerAddress = e.peer ? QString() : field(kPeer);
        if (e.type == TrafficEvent::Type::AckReceived && !field(kRtt).isEmpty())
            e.rttNs = field(kRtt).toLongLong();
        if (e.type == TrafficEvent::Type::Delayed && !field(kDelay).isEmpty())
            e.rttNs = field(kDelay).toLongLong();
        e.wire = field(kWire).toInt();
        e.ack = field(kDirection) == QLatin1String("ack");
        e.attempt = std::max(1, field(kAttempt).toInt());
        e.duplicate = field(kDuplicate) == QLatin1String("1");
        recording->append(e, outgoing);
    }
    return {};
}

} // namespace wb::csv
