#include "chart/sequencemodelimpl.h"

// What each event of a recording does to its message: SequenceModel::update() reads them here,
// in time order (docs/chart.md: pairing, retries, copies, the gate's decisions).
namespace wb {

namespace {

using Type = Recording::EventType;
using M = ChartMessage;

// How far back an event looks for its message when the newest one of its id does not fit
// (copies, retries, recordings without ids at the receiver).
constexpr qint64 kSearch = 1024;

} // namespace

int SequenceModel::Impl::addressParticipant(SequenceModel &model, const QString &address)
{
    if (const auto it = byAddress.constFind(address); it != byAddress.cend())
        return *it;
    // A message names its participants in 16 bits: ever new addresses share the last one.
    if (model.m_participants.size() >= kMaxParticipants)
        return int(model.m_participants.size()) - 1;
    const bool last = model.m_participants.size() == kMaxParticipants - 1;
    model.m_participants.append({ 0, last ? QStringLiteral("…") : address, NodeKind::External });
    byAddress.insert(address, int(model.m_participants.size()) - 1);
    return int(model.m_participants.size()) - 1;
}

void SequenceModel::Impl::settleSenders(SequenceModel &model)
{
    for (const auto &[index, streamIndex] : pendingSenders) {
        if (!model.holds(index) || model.message(index).sender != kPendingSender)
            continue; // its send was read: paired with its sender
        const int sender
            = addressParticipant(model, model.m_recording->stream(streamIndex).peerAddress);
        touch(index);
        model.change(index).sender = quint16(sender);
    }
    pendingSenders.clear();
}

void SequenceModel::Impl::syncNodes(SequenceModel &model)
{
    for (const Recording::Node &node : model.m_recording->nodes()) {
        const auto it = byNode.constFind(node.id);
        if (it == byNode.cend()) {
            model.m_participants.append({ node.id, node.name, node.kind });
            byNode.insert(node.id, int(model.m_participants.size()) - 1);
        } else {
            model.m_participants[*it].name = node.name; // renamed
            model.m_participants[*it].kind = node.kind;
        }
    }
}

qint64 SequenceModel::Impl::create(SequenceModel &model, const ChartMessage &message)
{
    const qint64 index = model.size();
    if (index % kChunk == 0)
        model.m_chunks.push_back(std::make_unique<ChartMessage[]>(std::size_t(kChunk)));
    ++model.m_size;
    model.change(index) = message;
    if (std::size_t((index - model.m_first) / kBlockSize) >= model.m_blocks.size())
        model.m_blocks.emplace_back();
    touch(index);
    open.insert(key(message.receiver, message.messageId), index);
    return index;
}

template<class P>
qint64 SequenceModel::Impl::find(
    const SequenceModel &model, int receiver, quint32 id, bool oldest, P fits, bool late) const
{
    const qint64 newest = open.value(key(receiver, id), -1);
    // The only transmission of its id (no retry or copy after it), or the newest wanted.
    if (newest >= 0 && fits(model.message(newest))
        && (!oldest || !(model.message(newest).flags & (M::kRetry | M::kCopy))))
        return newest;
    if (newest < 0 && id != 0 && !late)
        return -1;
    qint64 found = -1;
    const qint64 from = newest >= 0 ? newest : model.size() - 1;
    for (qint64 i = from; i >= model.firstIndex() && i > from - kSearch; --i) {
        const ChartMessage &m = model.message(i);
        if ((id == 0 || m.messageId == id) && m.receiver == receiver && fits(m)) {
            found = i;
            if (!oldest)
                break;
        }
    }
    return found;
}

void SequenceModel::Impl::read(SequenceModel &model, int streamIndex, const Record &record)
{
    const Recording &recording = *model.m_recording;
    const Recording::Stream &stream = recording.stream(streamIndex);
    if (stream.levels || record.type == Type::Level)
        return;
    const qint64 t = record.timeNs;
    if (lastEventNs != kNoTime && t - lastEventNs >= kMinIdleGapNs)
        model.m_gaps.push_back({ lastEventNs, t });
    lastEventNs = std::max(lastEventNs, t);

    const int node = byNode.value(stream.node, -1);
    // The stream's other end: the receiver of an outgoing stream (a node, or an address
    // outside the recording); the client of an incoming one. An address becomes a lifeline only
    // when a message needs it (orphan()): until then no message can name it (-1).
    int receiver = node;
    if (stream.outgoing) {
        receiver = stream.peer ? byNode.value(stream.peer, -1) : -1;
        if (receiver < 0)
            receiver = byAddress.value(stream.peerAddress, -1);
    }
    const quint32 id = record.messageId;
    const bool number = record.flags & Recording::kInteger;
    const auto change = [&](qint64 index) -> ChartMessage & {
        touch(index);
        return model.change(index);
    };
    const auto orphan = [&](quint16 flags) {
        ChartMessage m;
        m.sentNs = t;
        m.messageId = id;
        if (receiver < 0)
            receiver = addressParticipant(model, stream.peerAddress);
        // Received before its send was read: the sender is settled at the end of update(),
        // the address of the client only if no send paired with it by then.
        const bool unknown = !stream.outgoing;
        m.sender = unknown ? kPendingSender : quint16(node);
        m.receiver = quint16(receiver);
        m.text = record.value;
        m.textFlags = number ? M::kTextNumber : 0;
        m.flags = flags;
        const qint64 index = create(model, m);
        if (unknown)
            pendingSenders.push_back({ index, streamIndex });
        return index;
    };

    switch (record.type) {
    case Type::Sent: {
        if (record.attempt <= 1) {
            // Its receipt was read first (equal times read in order, streams may lag).
            const qint64 i = open.value(key(receiver, id), -1);
            if (i >= 0 && id != 0 && model.message(i).has(M::kSendUnknown)) {
                ChartMessage &m = change(i);
                m.flags &= ~M::kSendUnknown;
                m.sender = quint16(node);
                m.sentNs = std::min(m.sentNs, t);
                break;
            }
        }
        const qint64 i = orphan(record.attempt > 1 ? M::kRetry : 0);
        model.change(i).attempt = record.attempt;
        break;
    }
    case Type::Received: {
        const bool copy = record.flags & Recording::kDuplicate;
        qint64 i = -1;
        if (id == 0) // an older recording: no ids at the receiver, the oldest waiting one
            i = find(model, receiver, 0, true, [](const M &m) { return m.isOpen(); });
        else
            i = find(model, receiver, id, false, [](const M &m) { return m.isOpen(); });
        if (i < 0 && (copy || id != 0)) {
            // A second delivery of a message already received: drawn again from its send.
            const qint64 original = find(
                model, receiver, id, false, [](const M &) { return true; }, copy);
            if (original >= 0) {
                ChartMessage m = model.message(original);
                m.flags = (m.flags & (M::kRetry | M::kDelayed)) | M::kCopy | M::kReceived;
                m.arrivedNs = t;
                m.ackSentNs = m.ackEndNs = kNoTime;
                const qint64 index = create(model, m);
                if (m.sender == kPendingSender)
                    pendingSenders.push_back({ index, streamIndex });
                break;
            }
        }
        if (i < 0) {
            const qint64 o = orphan(M::kSendUnknown | M::kReceived);
            model.change(o).arrivedNs = t;
            break;
        }
        ChartMessage &m = change(i);
        m.arrivedNs = t;
        m.flags = (m.flags | M::kReceived) & ~(M::kHeld | M::kFailed | M::kDropped);
        break;
    }
    case Type::AckSent: {
        // The oldest receipt not answered yet: a receiver answers in order.
        const auto fits = [](const M &m) {
            return m.has(M::kReceived) && !m.has(M::kAckSent);
        };
        const qint64 i = find(model, receiver, id, true, fits, true);
        if (i < 0)
            break;
        ChartMessage &m = change(i);
        m.ackSentNs = t;
        m.flags |= M::kAckSent;
        m.ackText = record.value;
        m.textFlags = (m.textFlags & ~M::kAckTextNumber) | (number ? M::kAckTextNumber : 0);
        break;
    }
    case Type::AckReceived: {
        // An extra ack answers a copy or a retry: the newest one waiting; the ack the oldest
        // (not one the gate dropped on the way).
        const bool extra = record.flags & Recording::kDuplicate;
        const qint64 i = find(
            model, receiver, id, !extra,
            [](const M &m) { return !(m.flags & (M::kAckReceived | M::kFailed | M::kDropped)); },
            extra);
        if (i < 0)
            break;
        ChartMessage &m = change(i);
        if (!m.has(M::kReceived) || !m.has(M::kAckSent)) {
            // The receiver is not recorded: half the round trip each way.
            const qint64 mid = m.sentNs + (t - m.sentNs) / 2;
            if (!m.has(M::kReceived))
                m.arrivedNs = mid;
            m.ackSentNs = std::max(mid, m.arrivedNs);
            m.flags |= M::kReceived | M::kAckSent | M::kEstimated;
            m.flags &= ~(M::kHeld | M::kDropped);
        }
        m.ackEndNs = t;
        m.flags = (m.flags | M::kAckReceived) & ~(M::kAckHeld | M::kAckDropped);
        if (!m.has(M::kAckSent) || m.ackText == 0) {
            m.ackText = record.value;
            m.textFlags = (m.textFlags & ~M::kAckTextNumber) | (number ? M::kAckTextNumber : 0);
        }
        if (open.value(key(receiver, id), -1) == i && !extra)
            open.remove(key(receiver, id));
        break;
    }
    case Type::Failed: {
        const qint64 i = find(model, receiver, id, false,
            [](const M &m) { return !m.has(M::kAckReceived) && !m.has(M::kFailed); });
        ChartMessage &m = change(i >= 0 ? i : orphan(0));
        m.flags |= M::kFailed;
        if (!m.has(M::kReceived)) {
            m.arrivedNs = m.has(M::kDropped) ? m.arrivedNs : t;
            m.flags &= ~M::kHeld;
        } else if (m.ackIsOpen()) {
            m.ackEndNs = t;
            m.flags = (m.flags | M::kAckDropped) & ~M::kAckHeld;
        }
        break;
    }
    case Type::Held:
    case Type::Released:
    case Type::Delayed:
    case Type::Dropped:
    case Type::Duplicated: {
        const bool ack = record.flags & Recording::kAck;
        const qint64 i = find(model, receiver, id, false, [](const M &) { return true; });
        if (i < 0)
            break;
        ChartMessage &m = change(i);
        if (record.type == Type::Held) {
            m.flags |= ack ? M::kAckHeld : M::kHeld;
        } else if (record.type == Type::Released) {
            m.flags &= ack ? ~M::kAckHeld : ~M::kHeld;
        } else if (record.type == Type::Delayed) {
            m.flags |= M::kDelayed;
        } else if (record.type == Type::Dropped && !ack && m.isOpen()) {
            m.arrivedNs = t;
            m.flags = (m.flags | M::kDropped) & ~M::kHeld;
        } else if (record.type == Type::Dropped && ack && !m.has(M::kAckReceived)) {
            if (!m.has(M::kAckSent))
                m.ackSentNs = t;
            m.ackEndNs = t;
            m.flags = (m.flags | M::kAckSent | M::kAckDropped) & ~M::kAckHeld;
        }
        break;
    }
    case Type::Level:
        break;
    }
}

} // namespace wb
