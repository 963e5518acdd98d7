#include "chart/chartgeometry.h"

#include <algorithm>
#include <cmath>

namespace wb::chartgeometry {

namespace {

// Times relative to the first compressed gap keep doubles exact over days of nanoseconds.
qint64 clampTime(long double ns)
{
    constexpr auto lo = static_cast<long double>(std::numeric_limits<qint64>::min());
    constexpr auto hi = static_cast<long double>(std::numeric_limits<qint64>::max());
    if (!(ns > lo))
        return std::numeric_limits<qint64>::min();
    if (!(ns < hi))
        return std::numeric_limits<qint64>::max();
    return qint64(std::llround(ns));
}

} // namespace

TimeAxis::TimeAxis(std::span<const SequenceModel::Gap> gaps, const Options &options)
    : m_options(options)
{
    m_options.nsPerPixel = std::max(m_options.nsPerPixel, 1e-6);
    m_options.breakHeight = std::max(m_options.breakHeight, 0.0);
    if (m_options.idleThresholdNs >= 0) {
        // A break never makes a gap taller than it is at this scale.
        const double longer = std::max(
            double(m_options.idleThresholdNs), m_options.breakHeight * m_options.nsPerPixel);
        qint64 removed = 0;
        for (const SequenceModel::Gap &gap : gaps) {
            if (double(gap.toNs - gap.fromNs) <= longer || gap.toNs <= gap.fromNs)
                continue;
            if (!m_gaps.empty() && gap.fromNs < m_gaps.back().toNs)
                continue; // not in order: a model's gaps never overlap
            m_gaps.push_back(gap);
            m_removedBefore.push_back(removed);
            m_breakY.push_back(double(gap.fromNs - removed) / m_options.nsPerPixel
                + double(m_breakY.size()) * m_options.breakHeight);
            removed += gap.toNs - gap.fromNs;
        }
        m_removedBefore.push_back(removed);
    } else {
        m_removedBefore.push_back(0);
    }
    std::size_t hint = 0;
    m_originY = 0;
    m_originY = y(m_options.originNs, hint);
}

double TimeAxis::absolute(qint64 ns, std::size_t breaks) const
{
    if (breaks < m_gaps.size() && m_gaps[breaks].fromNs < ns) {
        const SequenceModel::Gap &gap = m_gaps[breaks];
        return m_breakY[breaks]
            + double(ns - gap.fromNs) / double(gap.toNs - gap.fromNs) * m_options.breakHeight;
    }
    return double(ns - m_removedBefore[breaks]) / m_options.nsPerPixel
        + double(breaks) * m_options.breakHeight;
}

double TimeAxis::y(qint64 ns) const
{
    const auto it = std::upper_bound(m_gaps.begin(), m_gaps.end(), ns,
        [](qint64 v, const SequenceModel::Gap &g) { return v < g.toNs; });
    return absolute(ns, std::size_t(it - m_gaps.begin())) - m_originY;
}

double TimeAxis::y(qint64 ns, std::size_t &hint) const
{
    const std::size_t n = m_gaps.size();
    hint = std::min(hint, n);
    // Usually the same break count as the time asked before, or the next.
    for (int step = 0; step < 2; ++step) {
        const bool after = hint == 0 || m_gaps[hint - 1].toNs <= ns;
        const bool before = hint == n || m_gaps[hint].toNs > ns;
        if (after && before)
            return absolute(ns, hint) - m_originY;
        if (!after || step == 1)
            break;
        ++hint;
    }
    const auto it = std::upper_bound(m_gaps.begin(), m_gaps.end(), ns,
        [](qint64 v, const SequenceModel::Gap &g) { return v < g.toNs; });
    hint = std::size_t(it - m_gaps.begin());
    return absolute(ns, hint) - m_originY;
}

qint64 TimeAxis::fromAbsolute(double y) const
{
    // Break i covers [m_breakY[i], m_breakY[i] + breakHeight].
    const auto it = std::upper_bound(m_breakY.begin(), m_breakY.end(), y);
    std::size_t i = std::size_t(it - m_breakY.begin()); // breaks starting at or before y
    if (i > 0 && y <= m_breakY[i - 1] + m_options.breakHeight) {
        const SequenceModel::Gap &gap = m_gaps[i - 1];
        const double part
            = m_options.breakHeight > 0 ? (y - m_breakY[i - 1]) / m_options.breakHeight : 0.0;
        return gap.fromNs + clampTime(part * static_cast<long double>(gap.toNs - gap.fromNs));
    }
    const long double ns = static_cast<long double>(y - double(i) * m_options.breakHeight)
            * static_cast<long double>(m_options.nsPerPixel)
        + static_cast<long double>(m_removedBefore[i]);
    return clampTime(ns);
}

qint64 TimeAxis::time(double y) const
{
    return fromAbsolute(y + m_originY);
}

std::vector<TimeAxis::Break> TimeAxis::breaksIn(double y0, double y1) const
{
    std::vector<Break> result;
    const double a = y0 + m_originY;
    const double b = y1 + m_originY;
    auto it = std::lower_bound(m_breakY.begin(), m_breakY.end(), a - m_options.breakHeight);
    for (auto i = std::size_t(it - m_breakY.begin()); i < m_breakY.size(); ++i) {
        if (m_breakY[i] > b)
            break;
        result.push_back({ m_gaps[i].fromNs, m_gaps[i].toNs, m_breakY[i] - m_originY,
            m_breakY[i] + m_options.breakHeight - m_originY });
    }
    return result;
}

double laneX(int lane, const LaneLayout &layout)
{
    return layout.left + (lane + 0.5) * layout.width;
}

int laneAt(double x, const LaneLayout &layout, int lanes)
{
    if (layout.width <= 0)
        return -1;
    const double lane = std::floor((x - layout.left) / layout.width);
    return lane >= 0 && lane < lanes ? int(lane) : -1;
}

double dropX(int fromLane, int toLane, const LaneLayout &layout)
{
    return (laneX(fromLane, layout) + laneX(toLane, layout)) / 2;
}

std::optional<ClippedLine> clip(const QLineF &line, const QRectF &rect)
{
    // Liang-Barsky: the line is p1 + t * (p2 - p1), t in [0, 1].
    const QRectF r = rect.normalized();
    const double dx = line.dx();
    const double dy = line.dy();
    double t0 = 0;
    double t1 = 1;
    const auto edge = [&](double p, double q) {
        if (p == 0)
            return q >= 0; // parallel: inside or out
        const double t = q / p;
        if (p < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        return t0 <= t1;
    };
    if (!edge(-dx, line.x1() - r.left()) || !edge(dx, r.right() - line.x1())
        || !edge(-dy, line.y1() - r.top()) || !edge(dy, r.bottom() - line.y1()))
        return std::nullopt;
    ClippedLine result;
    result.line = QLineF(line.pointAt(t0), line.pointAt(t1));
    if (t1 == 1)
        result.line.setP2(line.p2()); // exactly, not recomputed
    if (t0 == 0)
        result.line.setP1(line.p1());
    result.startClipped = t0 > 0;
    result.endClipped = t1 < 1;
    return result;
}

namespace {

struct Frame
{
    qint64 top = 0; // the times at y = 0 and y = height
    qint64 bottom = 0;
    int height = 0;
    std::size_t hint = 0;
};

int rowOf(double y, int height)
{
    if (!(y >= 0)) // NaN as above
        return -1;
    return y >= height ? height : int(y);
}

// Lanes beyond kMaxLanes are not drawn (the merge key holds 12 bits of a lane).
int laneOf(const std::vector<int> &lanes, int participant)
{
    const int lane = participant < int(lanes.size()) ? lanes[std::size_t(participant)] : -1;
    return lane < kMaxLanes ? lane : -1;
}

std::optional<Arrow> arrowAt(
    const SequenceModel &model, qint64 index, Arrow::Kind kind, const View &view, Frame &frame)
{
    const ChartMessage &m = model.message(index);
    const bool ack = kind == Arrow::Kind::Ack;
    if (ack && !m.has(ChartMessage::kAckSent))
        return std::nullopt;
    const int sender = laneOf(*view.lanes, m.sender);
    const int receiver = laneOf(*view.lanes, m.receiver);
    if (sender < 0 || receiver < 0)
        return std::nullopt;
    const qint64 t0 = ack ? m.ackSentNs : m.sentNs;
    const qint64 t1 = ack ? model.ackEndNs(m) : model.endNs(m);
    if (t0 > frame.bottom || t1 < frame.top)
        return std::nullopt;
    Arrow a;
    a.kind = kind;
    a.end = Arrow::End(int(ack ? model.ackEndOf(m) : model.endOf(m)));
    a.fromLane = ack ? receiver : sender;
    a.toLane = ack ? sender : receiver;
    a.y0 = rowOf(view.axis->y(t0, frame.hint), frame.height);
    a.y1 = rowOf(view.axis->y(t1, frame.hint), frame.height);
    a.count = 1;
    a.flags = m.flags;
    a.first = index;
    return a;
}

Frame frameOf(const View &view)
{
    Frame frame;
    frame.height = int(std::ceil(std::clamp(view.height, 0.0, double(kMaxHeight))));
    frame.top = view.axis->time(0);
    frame.bottom = view.axis->time(view.height);
    return frame;
}

// Packs what tells merged arrows apart into one key: kind 1 bit, end 2, lanes 12 each, rows
// (+1) 18 each.
quint64 keyOf(const Arrow &a)
{
    return quint64(a.kind) | quint64(a.end) << 1 | quint64(a.fromLane & 0xFFF) << 3
        | quint64(a.toLane & 0xFFF) << 15 | quint64((a.y0 + 1) & 0x3FFFF) << 27
        | quint64((a.y1 + 1) & 0x3FFFF) << 45;
}

// Merges arrows of one key as they come: an open-addressing table of indices into the result,
// kept at most half full (a frame adds hundreds of thousands of arrows at worst).
class Merger
{
public:
    explicit Merger(std::vector<Arrow> &out) : m_out(out), m_slots(1024) { }

    void add(const Arrow &a)
    {
        const quint64 key = keyOf(a);
        for (std::size_t h = slotOf(key);; h = (h + 1) & (m_slots.size() - 1)) {
            Slot &slot = m_slots[h];
            if (slot.index == kEmpty) {
                slot = { key, quint32(m_out.size()) };
                m_out.push_back(a);
                if (m_out.size() * 2 > m_slots.size())
                    grow();
                return;
            }
            if (slot.key == key) {
                Arrow &merged = m_out[slot.index];
                merged.count += a.count;
                merged.flags |= a.flags;
                merged.first = std::min(merged.first, a.first);
                return;
            }
        }
    }

private:
    static constexpr quint32 kEmpty = 0xFFFFFFFF;
    struct Slot
    {
        quint64 key = 0;
        quint32 index = kEmpty;
    };
    std::size_t slotOf(quint64 key) const
    {
        return std::size_t((key * 0x9E3779B97F4A7C15ULL) >> 24) & (m_slots.size() - 1);
    }
    void grow()
    {
        m_slots.assign(m_slots.size() * 2, Slot());
        for (std::size_t i = 0; i < m_out.size(); ++i) {
            const quint64 key = keyOf(m_out[i]);
            std::size_t h = slotOf(key);
            while (m_slots[h].index != kEmpty)
                h = (h + 1) & (m_slots.size() - 1);
            m_slots[h] = { key, quint32(i) };
        }
    }

    std::vector<Arrow> &m_out;
    std::vector<Slot> m_slots;
};

} // namespace

std::optional<Arrow> arrowOf(
    const SequenceModel &model, qint64 index, Arrow::Kind kind, const View &view)
{
    if (!view.axis || !view.lanes || !model.holds(index))
        return std::nullopt;
    Frame frame = frameOf(view);
    return arrowAt(model, index, kind, view, frame);
}

std::vector<Arrow> arrows(const SequenceModel &model, const View &view)
{
    std::vector<Arrow> result;
    if (!view.axis || !view.lanes || view.height <= 0)
        return result;
    Frame frame = frameOf(view);
    Merger merger(result);
    const auto add = [&](const Arrow &a) {
        merger.add(a);
    };
    // A closed summary inside the view and inside one row adds its lane pairs only.
    const auto summarised = [&](const SequenceModel::Block &block) {
        if (block.maxNs == SequenceModel::kOpenEnd || block.minNs < frame.top
            || block.maxNs > frame.bottom)
            return false;
        const int row = rowOf(view.axis->y(block.minNs, frame.hint), frame.height);
        if (row != rowOf(view.axis->y(block.maxNs, frame.hint), frame.height))
            return false;
        for (int kind = 0; kind < 2; ++kind) {
            for (const SequenceModel::PairCount &p : kind ? block.acks : block.messages) {
                Arrow a;
                a.kind = Arrow::Kind(kind);
                a.end = Arrow::End(int(p.end));
                a.fromLane = laneOf(*view.lanes, p.sender);
                a.toLane = laneOf(*view.lanes, p.receiver);
                if (a.fromLane < 0 || a.toLane < 0)
                    continue;
                a.y0 = a.y1 = row;
                a.count = p.count;
                a.flags = p.flags;
                a.first = p.first;
                add(a);
            }
        }
        return true;
    };
    const auto outside = [&](const SequenceModel::Block &block) {
        return block.minNs > frame.bottom || block.maxNs < frame.top;
    };
    const auto &spans = model.spans();
    const auto &blocks = model.blocks();
    for (std::size_t s = 0; s < spans.size(); ++s) {
        if (outside(spans[s]) || summarised(spans[s]))
            continue;
        const std::size_t lastBlock
            = std::min(blocks.size(), (s + 1) * std::size_t(SequenceModel::kSpanBlocks));
        for (std::size_t b = s * SequenceModel::kSpanBlocks; b < lastBlock; ++b) {
            if (outside(blocks[b]) || summarised(blocks[b]))
                continue;
            const qint64 from = model.firstIndex() + qint64(b) * SequenceModel::kBlockSize;
            const qint64 end = std::min<qint64>(model.size(), from + SequenceModel::kBlockSize);
            for (qint64 i = from; i < end; ++i) {
                if (const auto a = arrowAt(model, i, Arrow::Kind::Message, view, frame))
                    add(*a);
                if (const auto a = arrowAt(model, i, Arrow::Kind::Ack, view, frame))
                    add(*a);
            }
        }
    }
    std::sort(result.begin(), result.end());
    return result;
}

Hit hit(const SequenceModel &model, const View &view, const LaneLayout &layout,
    const QPointF &point, double tolerance)
{
    Hit best;
    if (!view.axis || !view.lanes)
        return best;
    double bestDistance = tolerance;
    const qint64 from = view.axis->time(point.y() - tolerance);
    const qint64 to = view.axis->time(point.y() + tolerance);
    model.forEachIn(from, to, [&](qint64 i) {
        const ChartMessage &m = model.message(i);
        for (const Arrow::Kind kind : { Arrow::Kind::Message, Arrow::Kind::Ack }) {
            const bool ack = kind == Arrow::Kind::Ack;
            if (ack && !m.has(ChartMessage::kAckSent))
                continue;
            const int sender = laneOf(*view.lanes, m.sender);
            const int receiver = laneOf(*view.lanes, m.receiver);
            if (sender < 0 || receiver < 0)
                continue;
            const int a = ack ? receiver : sender;
            const int b = ack ? sender : receiver;
            const bool dropped
                = (ack ? model.ackEndOf(m) : model.endOf(m)) == SequenceModel::End::Dropped;
            const QPointF p0(laneX(a, layout), view.axis->y(ack ? m.ackSentNs : m.sentNs));
            const QPointF p1(dropped ? dropX(a, b, layout) : laneX(b, layout),
                view.axis->y(ack ? model.ackEndNs(m) : model.endNs(m)));
            // Distance from the point to the segment.
            const QPointF d = p1 - p0;
            const double length2 = QPointF::dotProduct(d, d);
            const double t = length2 > 0
                ? std::clamp(QPointF::dotProduct(point - p0, d) / length2, 0.0, 1.0)
                : 0.0;
            const QPointF nearest = p0 + t * d;
            const double distance = std::hypot(point.x() - nearest.x(), point.y() - nearest.y());
            if (distance <= bestDistance) {
                bestDistance = distance;
                best = { i, kind };
            }
        }
    });
    return best;
}

} // namespace wb::chartgeometry
