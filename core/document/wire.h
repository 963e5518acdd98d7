#pragma once

#include "document/faults.h"
#include "document/nodespec.h"

#include <QString>

namespace wb {

using WireId = int;

// A wire of the circuit: `from` sends to `to`. A first-class object of the document with a
// stable id, so that undo commands, the canvas, the mesh table, statistics, recordings and the
// delivery gate all refer to it by id. At most one wire joins two nodes in one direction.
struct Wire
{
    WireId id = 0;
    NodeId from = 0;
    NodeId to = 0;
    // The path the sender uses on this wire ("/iopin"); empty: the sender's own choice (a clock
    // sends on /clock, a pin on /<its name>, as the seed does).
    QString channel;
    WireFaults faults;

    bool operator==(const Wire &) const = default;
};

namespace wires {

inline constexpr int kMaxChannelLength = 256;

// Checks a wire's channel: empty, or "/" and up to 255 printable ASCII characters without
// spaces (it becomes the request path of a URL). An error text, empty when fine.
QString channelError(const QString &channel);

} // namespace wires

} // namespace wb
