// A recording's numeric levels (a queue's fill): a stream of changes per node, its value at a
// moment, and the block summary of extremes that a plot zoomed out reads (recording.h).
#include "recording/recording.h"

#include <algorithm>

namespace wb {

void Recording::setNumericBefore(NodeId node, Value value, qint64 fromNs)
{
    const int n = numericFor(node);
    if (n < 0)
        return;
    Numeric &numeric = m_numerics[std::size_t(n)];
    if (!m_streams[std::size_t(numeric.stream)].records.empty())
        return;
    numeric.before = value.value;
    numeric.beforeRange = value.range;
    numeric.knownFromNs = fromNs;
    numeric.range = std::max({ numeric.range, value.range, value.value });
}

int Recording::numericFor(NodeId node)
{
    if (const auto it = m_numericByNode.constFind(node); it != m_numericByNode.cend())
        return *it;
    StreamKey key;
    key.kind = StreamKey::Kind::Numeric;
    key.node = node;
    Stream stream;
    stream.node = node;
    stream.levels = true;
    stream.numeric = int(m_numerics.size());
    const int s = addStream(key, std::move(stream));
    if (s < 0)
        return -1;
    Numeric numeric;
    numeric.node = node;
    numeric.stream = s;
    m_numerics.push_back(numeric);
    m_numericByNode.insert(node, int(m_numerics.size()) - 1);
    return int(m_numerics.size()) - 1;
}

void Recording::appendNumeric(NodeId node, qint64 timeNs, Value value)
{
    const int n = numericFor(node);
    if (n < 0)
        return;
    Numeric &numeric = m_numerics[std::size_t(n)];
    const Stream &stream = m_streams[std::size_t(numeric.stream)];
    // Live states come on other changes too (a queue's counts): only a change is a record.
    const std::optional<Value> last = stream.records.empty()
        ? (numeric.before ? std::optional<Value>({ *numeric.before, numeric.beforeRange })
                          : std::nullopt)
        : std::optional<Value>(valueOf(stream.records.back()));
    if (last == value)
        return;
    numeric.range = std::max({ numeric.range, value.range, value.value });
    Record record;
    record.timeNs = timeNs;
    record.type = EventType::Level;
    record.value = value.value;
    record.messageId = value.range;
    record.rtt = kNoRtt;
    record.flags = kInteger | kNumeric;
    push(numeric.stream, record);
    const quint64 index = numeric.dropped + stream.records.size() - 1;
    if (index / kBlock >= numeric.firstBlock + numeric.blocks.size())
        numeric.blocks.push_back({ value.value, value.value });
    auto &[lo, hi] = numeric.blocks.back();
    lo = std::min(lo, value.value);
    hi = std::max(hi, value.value);
}

std::pair<quint32, quint32> Recording::numericMinMax(int n, qsizetype from, qsizetype to) const
{
    const Numeric &numeric = m_numerics.at(std::size_t(n));
    const auto &records = m_streams.at(std::size_t(numeric.stream)).records;
    std::pair<quint32, quint32> result { records.at(std::size_t(from)).value,
        records.at(std::size_t(from)).value };
    const auto add = [&](quint32 lo, quint32 hi) {
        result.first = std::min(result.first, lo);
        result.second = std::max(result.second, hi);
    };
    // Whole blocks inside [from, to) from the summary (they hold no dropped change: a dropped
    // one lies before `from`), the ends one by one.
    quint64 i = numeric.dropped + quint64(from);
    const quint64 end = numeric.dropped + quint64(to);
    while (i < end) {
        const quint64 block = i / kBlock;
        if (i % kBlock == 0 && i + kBlock <= end && block >= numeric.firstBlock) {
            const auto &[lo, hi] = numeric.blocks[std::size_t(block - numeric.firstBlock)];
            add(lo, hi);
            i += kBlock;
        } else {
            const quint32 v = records[std::size_t(i - numeric.dropped)].value;
            add(v, v);
            ++i;
        }
    }
    return result;
}

std::optional<Recording::Value> Recording::numericAt(int n, qint64 timeNs) const
{
    const Numeric &numeric = m_numerics.at(std::size_t(n));
    const auto &records = m_streams.at(std::size_t(numeric.stream)).records;
    const auto after = std::ranges::upper_bound(records, timeNs, {}, &Record::timeNs);
    if (after != records.begin())
        return valueOf(*(after - 1));
    if (numeric.before && timeNs >= numeric.knownFromNs)
        return Value { *numeric.before, numeric.beforeRange };
    return std::nullopt;
}

} // namespace wb
