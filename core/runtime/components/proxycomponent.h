#pragma once

#include "runtime/component.h"

namespace wb {

// Toxiproxy's idea on the seed's wire: relays every message it receives to its targets, on the
// channel it came in on, and answers with the target's ack, unchanged. Both hops pass this
// process's delivery gate, so the traffic between two nodes that run elsewhere (the seed's
// Python clock and iopin) can be watched, paused, stepped and faulted here.
class ProxyComponent final : public Component
{
    Q_OBJECT
public:
    using Component::Component;

    void setup(const QVariantMap &) override { }
    void loop(const QString &channel, const QString &message, Reply reply) override;
};

} // namespace wb
