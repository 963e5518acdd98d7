#pragma once

#include <QString>

class QIODevice;

namespace wb {

class Recording;

// Every event of a recording as CSV (RFC 4180), oldest first, one row per event:
//   time_ns,event,node,kind,peer,channel,text,message_id,sent_ns,acked_ns,rtt_ns,
//   at,wire,direction,attempt,duplicate,rule,delay_ns,capacity
// Times are nanoseconds from the recording's start. event is sent, ack, failed (in flight),
// unsent (failed before leaving), received, ack_sent, level, fill (a queue's: text, of its
// capacity), or one of the delivery gate's decisions: held, released, delayed, dropped,
// duplicated (for the message or its ack: direction; which rule: rule). A first row `dropped`
// without a node (text: how many older events the cap dropped, followed by a `before` row per
// signal: its level since its last dropped edge, a fill's with its capacity) and a last row
// `end` (the end of the run) frame them. A sent row names its answer's time and round trip, an
// ack row its message's send time. The columns from `at` on came with the gate, `capacity`
// with queues; files without them still read. Reading one back gives the same recording
// (docs/recording.md).
namespace csv {

QString write(const Recording &recording, QIODevice *device);
// Replaces the recording's contents; returns an error text, empty on success. The device must
// be seekable (a file): it is read twice, nodes first.
QString read(QIODevice *device, Recording *recording);

} // namespace csv
} // namespace wb
