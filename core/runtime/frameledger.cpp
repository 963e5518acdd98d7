#include "runtime/frameledger.h"

namespace wb {

void FrameLedger::written(const QString &key, const Frame &frame, int copies)
{
    auto it = m_connections.find(key);
    if (it == m_connections.end())
        return;
    for (int i = 0; i < copies; ++i)
        it->frames.push_back(frame);
}

std::optional<FrameLedger::Arrival> FrameLedger::arrived(const QString &key)
{
    auto it = m_connections.find(key);
    if (it == m_connections.end())
        return std::nullopt;
    for (Frame &frame : it->frames) {
        if (frame.arrived)
            continue;
        frame.arrived = true;
        const bool repeat = it->lastArrived == frame.messageId;
        it->lastArrived = frame.messageId;
        return Arrival { frame, repeat };
    }
    return std::nullopt;
}

void FrameLedger::ackDecided(const QString &key, int copies)
{
    auto it = m_connections.find(key);
    if (it == m_connections.end())
        return;
    for (Frame &frame : it->frames) {
        if (frame.arrived && frame.acks < 0) {
            frame.acks = copies;
            return;
        }
    }
}

FrameLedger::Answer FrameLedger::ackArrived(const QString &key)
{
    auto it = m_connections.find(key);
    if (it == m_connections.end())
        return {};
    std::deque<Frame> &frames = it->frames;
    // Frames whose acks were dropped at the other end will never be answered.
    while (!frames.empty() && frames.front().acks == 0)
        frames.pop_front();
    if (frames.empty())
        return {};
    Frame &front = frames.front();
    const Answer answer { front.messageId, front.acks > 0 };
    if (front.acks > 1)
        --front.acks;
    else
        frames.pop_front();
    return answer;
}

} // namespace wb
