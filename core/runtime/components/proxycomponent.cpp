#include "runtime/components/proxycomponent.h"

#include "net/wireprotocol.h"

namespace wb {

void ProxyComponent::loop(const QString &channel, const QString &message, Reply reply)
{
    const int targets = context()->targetCount();
    if (targets == 0) {
        // A sender that hears "n/a" would think the message arrived somewhere.
        reply(wire::errorPrefix()
            + QStringLiteral("%1 has no target to relay to").arg(context()->nodeName()));
        return;
    }
    if (logging()) {
        log(u"relaying " + message + u" on " + channel + u" to "
            + (targets == 1 ? QStringLiteral("target")
                            : QStringLiteral("%1 targets").arg(targets)));
    }
    // The channel is the request path ("/datafeed"); a link's URL keeps a leading slash as it
    // is (wire::nodeUrl), so the target sees the path the sender used. The node logs each ack
    // as it comes ("< ack") and each failure.
    context()->streamToTargets(
        { message }, channel, [reply = std::move(reply)](const NodeContext::StreamResult &result) {
            // With several targets the proxy waits for all of them and answers with the first
            // target's ack (in wire order, whichever answered first, so that a seeded run
            // answers alike each time); a failure of any target wins, so that the sender
            // learns that its message did not get everywhere.
            if (!result.ok)
                reply(wire::errorPrefix() + result.error);
            else
                reply(result.acks.value(0, wire::noAck()));
        });
}

} // namespace wb
