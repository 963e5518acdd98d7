#pragma once

#include <QString>

namespace wb {

class SequenceModel;
struct ChartMessage;

// What hovering a message's arrow tells (rich text): its text, sender and receiver, id and
// attempt, when it was sent and how it ended (latency, dropped, failed, held), and its ack with
// the round trip. Times from `zeroNs` (the recording's start).
QString chartToolTip(const SequenceModel &model, const ChartMessage &message, qint64 zeroNs);

} // namespace wb
