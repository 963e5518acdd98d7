#include "recording/recording.h"

#include <algorithm>

namespace wb {

// A record's type is its traffic event's, cast (record(), csvformat's event names).
static_assert(int(Recording::EventType::Sent) == int(TrafficEvent::Type::Sent)
    && int(Recording::EventType::AckSent) == int(TrafficEvent::Type::AckSent)
    && int(Recording::EventType::Duplicated) == int(TrafficEvent::Type::Duplicated));

namespace {

constexpr quint32 kRttMicros = 0x80000000u;

// Tick numbers would fill the text pool: canonical unsigned numbers are stored as numbers.
std::optional<quint32> canonicalNumber(const QString &text)
{
    if (text.isEmpty() || text.size() > 10 || (text.size() > 1 && text.front() == u'0'))
        return std::nullopt;
    quint64 value = 0;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        value = value * 10 + quint64(c.unicode() - u'0');
    }
    if (value > 0xFFFFFFFFu)
        return std::nullopt;
    return quint32(value);
}

} // namespace

Recording::Recording(qsizetype cap) : m_cap(std::max<qsizetype>(1, cap))
{ }

void Recording::setCap(qsizetype cap)
{
    m_cap = std::max<qsizetype>(1, cap);
    while (size() > m_cap)
        dropOldest();
}

void Recording::clear()
{
    ++m_generation;
    m_streams.clear();
    m_streamIndex.clear();
    m_digitals.clear();
    m_digitalByNode.clear();
    m_numerics.clear();
    m_numericByNode.clear();
    m_order.clear();
    m_texts.clear();
    m_textIds.clear();
    m_dropped = 0;
    m_droppedUntilNs = 0;
    m_startNs.reset();
    m_firstNs.reset();
    m_lastNs = 0;
    m_endNs = 0;
}

void Recording::noteDropped(quint64 count, qint64 untilNs)
{
    m_dropped += count;
    m_droppedUntilNs = std::max(m_droppedUntilNs, untilNs);
}

void Recording::setLevelBefore(NodeId node, bool high, qint64 fromNs)
{
    Digital &d = m_digitals[std::size_t(digitalFor(node))];
    if (!d.edges.empty())
        return;
    d.before = high;
    d.knownFromNs = fromNs;
    const Node *n = this->node(node);
    if (n && n->kind == NodeKind::Clock)
        d.inFlight = high ? 1 : 0;
}

void Recording::setNode(NodeId id, const QString &name, NodeKind kind)
{
    if (const auto it = m_nodeIndex.constFind(id); it != m_nodeIndex.cend()) {
        m_nodes[*it].name = name;
        m_nodes[*it].kind = kind;
        return;
    }
    m_nodeIndex.insert(id, int(m_nodes.size()));
    m_nodes.append({ id, name, kind });
}

const Recording::Node *Recording::node(NodeId id) const
{
    const auto it = m_nodeIndex.constFind(id);
    return it == m_nodeIndex.cend() ? nullptr : &m_nodes.at(*it);
}

QString Recording::nodeName(NodeId id) const
{
    const Node *n = node(id);
    return n ? n->name : QString();
}

QString Recording::peerName(const Stream &stream) const
{
    const Node *n = stream.peer ? node(stream.peer) : nullptr;
    return n ? n->name : stream.peerAddress;
}

quint32 Recording::encodeRtt(qint64 rttNs)
{
    if (rttNs < 0)
        return kNoRtt;
    if (rttNs < qint64(kRttMicros))
        return quint32(rttNs);
    return quint32(std::min<qint64>(rttNs / 1000, qint64(kRttMicros) - 2)) | kRttMicros;
}

qint64 Recording::rttNs(const Record &record)
{
    if (record.rtt == kNoRtt)
        return -1;
    if (record.rtt & kRttMicros)
        return qint64(record.rtt & ~kRttMicros) * 1000;
    return qint64(record.rtt);
}

QString Recording::text(const Record &record) const
{
    if (record.flags & kInteger)
        return QString::number(record.value);
    return record.value < quint32(m_texts.size()) ? m_texts.at(record.value) : QString();
}

quint32 Recording::intern(const QString &text, quint8 *flags)
{
    if (const auto number = canonicalNumber(text)) {
        *flags |= kInteger;
        return *number;
    }
    if (const auto it = m_textIds.constFind(text); it != m_textIds.cend())
        return *it;
    // A peer that answers with ever new texts must not grow the pool without bound.
    const QString stored = m_texts.size() < kMaxTexts - 1 ? text : QStringLiteral("…");
    if (const auto it = m_textIds.constFind(stored); it != m_textIds.cend())
        return *it;
    const auto id = quint32(m_texts.size());
    m_texts.append(stored);
    m_textIds.insert(stored, id);
    return id;
}

int Recording::streamFor(const TrafficEvent &event, std::optional<bool> atSender)
{
    using Type = TrafficEvent::Type;
    bool outgoing
        = event.type == Type::Sent || event.type == Type::AckReceived || event.type == Type::Failed;
    if (isGate(EventType(int(event.type))))
        outgoing = atSender.value_or(gateAtSender(event));
    // A receiver's peer address names the client's ephemeral port: incoming streams are told
    // apart by channel only, or every reconnection would open a new row.
    StreamKey key;
    key.kind = outgoing ? StreamKey::Kind::Outgoing : StreamKey::Kind::Incoming;
    key.node = event.node;
    key.channel = event.channel;
    if (outgoing) {
        key.peer = event.peer;
        if (!event.peer)
            key.peerAddress = event.peerAddress;
    }
    if (const auto it = m_streamIndex.constFind(key); it != m_streamIndex.cend())
        return *it;
    Stream stream;
    stream.node = event.node;
    stream.outgoing = outgoing;
    stream.peer = key.peer;
    stream.peerAddress = event.peerAddress;
    stream.channel = event.channel;
    const Node *n = node(event.node);
    const NodeKind kind = n ? n->kind : NodeKind::External;
    // A proxy relays any text (ticks as well as bits): it has no level of its own, and what it
    // relays shows on its message rows and at the ends of the wire.
    const bool moves = (outgoing && (kind == NodeKind::Clock || kind == NodeKind::IoPin))
        || (!outgoing && (kind == NodeKind::Led || kind == NodeKind::Buzzer));
    if (moves)
        stream.digital = digitalFor(event.node);
    return addStream(key, std::move(stream));
}

// A gate event names its node and the other end, not which of the two sent the message. The
// sender has recorded its Sent already (a link reports it before it consults the gate), and
// message ids are unique in a run: a Sent of this id in the node's stream to that peer tells.
bool Recording::gateAtSender(const TrafficEvent &event) const
{
    if (!event.peer)
        return false; // an external sender: only its receiver is here
    StreamKey key;
    key.kind = StreamKey::Kind::Outgoing;
    key.node = event.node;
    key.peer = event.peer;
    key.channel = event.channel;
    const int s = m_streamIndex.value(key, -1);
    if (s < 0)
        return false;
    const auto &records = m_streams[std::size_t(s)].records;
    const auto id = quint32(event.messageId);
    const std::size_t stop = records.size() > std::size_t(kAnswerSearch)
        ? records.size() - std::size_t(kAnswerSearch)
        : 0;
    for (std::size_t i = records.size(); i > stop; --i) {
        if (records[i - 1].type == EventType::Sent && records[i - 1].messageId == id)
            return true;
    }
    // Its Sent is older than that (or dropped by the cap): the node sends to that peer on this
    // channel, and unless it also receives on it, this is its end as the sender.
    key.kind = StreamKey::Kind::Incoming;
    key.peer = 0;
    return !m_streamIndex.contains(key);
}

quint8 Recording::wireIndex(Stream &stream, WireId wire)
{
    if (wire == 0)
        return 0;
    // A stream names one wire, or a few (an incoming one): the newest first.
    for (std::size_t i = stream.wires.size(); i > 1; --i) {
        if (stream.wires[i - 1] == wire)
            return quint8(i - 1);
    }
    if (stream.wires.size() > std::size_t(kMaxStreamWires))
        return 0;
    stream.wires.push_back(wire);
    return quint8(stream.wires.size() - 1);
}

int Recording::addStream(const StreamKey &key, Stream stream)
{
    if (int(m_streams.size()) >= kMaxStreams)
        return -1;
    m_streams.push_back(std::move(stream));
    m_streamIndex.insert(key, int(m_streams.size()) - 1);
    return int(m_streams.size()) - 1;
}

int Recording::digitalFor(NodeId node)
{
    if (const auto it = m_digitalByNode.constFind(node); it != m_digitalByNode.cend())
        return *it;
    Digital digital;
    digital.node = node;
    m_digitals.push_back(std::move(digital));
    m_digitalByNode.insert(node, int(m_digitals.size()) - 1);
    return int(m_digitals.size()) - 1;
}

std::optional<bool> Recording::levelAfter(const Stream &stream, int digital, const Record &record)
{
    Digital &d = m_digitals[std::size_t(digital)];
    const Node *n = node(stream.node);
    const NodeKind kind = n ? n->kind : NodeKind::External;
    switch (record.type) {
    case EventType::Level:
        return (record.flags & kHigh) != 0;
    case EventType::Sent:
        if (kind == NodeKind::Clock) {
            // A retry is the same tick still waiting for its one answer.
            if (record.attempt > 1)
                return std::nullopt;
            return ++d.inFlight > 0;
        }
        return text(record) == QLatin1String("1");
    case EventType::AckReceived:
    case EventType::Failed:
        // A clock's line is high while a tick waits for its answer: a rising edge per tick.
        if (kind != NodeKind::Clock
            || (record.type == EventType::Failed && !(record.flags & kWasSent))
            || (record.flags & kDuplicate))
            return std::nullopt;
        d.inFlight = std::max(0, d.inFlight - 1);
        return d.inFlight > 0;
    case EventType::Received:
        return text(record) == QLatin1String("1");
    case EventType::AckSent:
    case EventType::Held:
    case EventType::Released:
    case EventType::Delayed:
    case EventType::Dropped:
    case EventType::Duplicated:
        return std::nullopt;
    }
    return std::nullopt;
}

bool Recording::edge(Digital &digital, qint64 timeNs, bool value)
{
    if (digital.lastValue() == value)
        return false;
    if (digital.edges.empty()) {
        digital.frontValue = value;
        digital.edges.push_back(std::max(timeNs, digital.before ? digital.knownFromNs : timeNs));
    } else {
        digital.edges.push_back(std::max(timeNs, digital.edges.back()));
    }
    return true;
}

void Recording::append(const TrafficEvent &event, std::optional<bool> atSender)
{
    const int s = streamFor(event, atSender);
    if (s < 0)
        return;
    Record record;
    record.timeNs = event.timeNs;
    record.type = EventType(int(event.type));
    record.value = intern(event.text, &record.flags);
    record.messageId = quint32(event.messageId);
    record.rtt = encodeRtt(event.rttNs);
    record.attempt = quint8(std::clamp(event.attempt, 1, 255));
    record.wire = wireIndex(m_streams[std::size_t(s)], event.wire);
    if (event.wasSent)
        record.flags |= kWasSent;
    if (event.ack && isGate(record.type))
        record.flags |= kAck;
    if (event.duplicate)
        record.flags |= kDuplicate;
    push(s, record);
}

void Recording::appendLevel(NodeId node, qint64 timeNs, bool high)
{
    StreamKey key;
    key.kind = StreamKey::Kind::Levels;
    key.node = node;
    int s = m_streamIndex.value(key, -1);
    if (s < 0) {
        Stream stream;
        stream.node = node;
        stream.levels = true;
        stream.digital = digitalFor(node);
        if ((s = addStream(key, std::move(stream))) < 0)
            return;
    }
    Record record;
    record.timeNs = timeNs;
    record.type = EventType::Level;
    record.value = high ? 1 : 0;
    record.rtt = kNoRtt;
    record.flags = kInteger | (high ? kHigh : 0);
    push(s, record);
}

void Recording::push(int s, Record record)
{
    if (size() >= m_cap)
        dropOldest();
    Stream &stream = m_streams[std::size_t(s)];
    if (!stream.records.empty())
        record.timeNs = std::max(record.timeNs, stream.records.back().timeNs);
    if (stream.digital >= 0) {
        const std::optional<bool> level = levelAfter(stream, stream.digital, record);
        if (level && edge(m_digitals[std::size_t(stream.digital)], record.timeNs, *level))
            record.flags |= kEdge;
    }
    stream.records.push_back(record);
    m_order.push_back(quint16(s));
    if (!m_firstNs)
        m_firstNs = record.timeNs;
    m_lastNs = std::max(m_lastNs, record.timeNs);
}

void Recording::dropOldest()
{
    if (m_order.empty())
        return;
    Stream &stream = m_streams[m_order.front()];
    m_order.pop_front();
    const Record record = stream.records.front();
    stream.records.pop_front();
    ++m_dropped;
    m_droppedUntilNs = std::max(m_droppedUntilNs, record.timeNs);
    if (stream.numeric >= 0) {
        // Its value holds from then until the next change, which is kept.
        Numeric &numeric = m_numerics[std::size_t(stream.numeric)];
        numeric.before = record.value;
        numeric.beforeRange = rangeOf(record);
        numeric.knownFromNs = record.timeNs;
        if (++numeric.dropped / kBlock > numeric.firstBlock) {
            if (!numeric.blocks.empty())
                numeric.blocks.pop_front();
            ++numeric.firstBlock;
        }
        return;
    }
    if (!(record.flags & kEdge))
        return;
    // Edges were appended in the order of the events that made them, so this event's edge is
    // its signal's oldest.
    Digital &d = m_digitals[std::size_t(stream.digital)];
    d.before = d.frontValue;
    d.knownFromNs = d.edges.front();
    d.edges.pop_front();
    d.frontValue = !d.frontValue;
}

bool Recording::isQuestion(int s, qsizetype index) const
{
    const Stream &stream = m_streams.at(std::size_t(s));
    const Record &r = stream.records.at(std::size_t(index));
    if (stream.outgoing)
        return r.type == EventType::Sent && r.attempt <= 1;
    return r.type == EventType::Received && !(r.flags & kDuplicate);
}

qsizetype Recording::answerOf(int s, qsizetype index) const
{
    if (!isQuestion(s, index))
        return -1;
    const Stream &stream = m_streams.at(std::size_t(s));
    const Record &question = stream.records.at(std::size_t(index));
    const qsizetype end
        = std::min<qsizetype>(qsizetype(stream.records.size()), index + 1 + kAnswerSearch);
    for (qsizetype i = index + 1; i < end; ++i) {
        const Record &r = stream.records[std::size_t(i)];
        if (stream.outgoing) {
            // Retries and extra acks carry the same id: only the first real answer counts.
            if (r.messageId == question.messageId && !(r.flags & kDuplicate)
                && (r.type == EventType::AckReceived || r.type == EventType::Failed))
                return i;
            continue;
        }
        // A saved recording of an older Wirebench has no ids at the receiver: the next answer.
        if (question.messageId == 0) {
            if (r.type == EventType::AckSent)
                return i;
            continue;
        }
        if (r.messageId != question.messageId)
            continue;
        if (r.type == EventType::AckSent)
            return i;
        // Its ack was dropped on the way out: the next ack of this id answers a repeat.
        if (r.type == EventType::Dropped && (r.flags & kAck))
            return -1;
    }
    return -1;
}

qsizetype Recording::lossOf(int s, qsizetype index) const
{
    if (!isQuestion(s, index) || answerOf(s, index) >= 0)
        return -1;
    const Stream &stream = m_streams.at(std::size_t(s));
    const Record &question = stream.records.at(std::size_t(index));
    const qsizetype end
        = std::min<qsizetype>(qsizetype(stream.records.size()), index + 1 + kAnswerSearch);
    for (qsizetype i = index + 1; i < end; ++i) {
        const Record &r = stream.records[std::size_t(i)];
        if (r.type == EventType::Dropped && r.messageId == question.messageId)
            return i;
    }
    return -1;
}

qsizetype Recording::lowerBound(int s, qint64 timeNs) const
{
    const auto &records = m_streams.at(std::size_t(s)).records;
    return qsizetype(
        std::ranges::lower_bound(records, timeNs, {}, &Record::timeNs) - records.begin());
}

qint64 Recording::approximateBytes() const
{
    qint64 edges = 0;
    for (const Digital &d : m_digitals)
        edges += qint64(d.edges.size());
    qint64 blocks = 0;
    for (const Numeric &n : m_numerics)
        blocks += qint64(n.blocks.size());
    return qint64(m_order.size()) * (kRecordBytes + kOrderBytes) + edges * kEdgeBytes
        + blocks * qint64(sizeof(std::pair<quint32, quint32>));
}

} // namespace wb
