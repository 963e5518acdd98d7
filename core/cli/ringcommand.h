#pragma once

#include "cli/nodecommand.h"

#include <QStringList>

namespace wb {

// wirebench-node ring --port P [--listen ADDR] [--name N] [--key K]
// [--join ws://HOST:PORT | --registry URL] [ring timings] [--say TEXT [--until-done]
// [--timeout S]]: one member of a ring chat (docs/ring.md), run headless as a one-node circuit
// of kind ring. Standard input is the chat: every line is said.
struct RingCommand
{
    NodeCommand node; // mode, message and exit code; the one-node circuit and its sockets
    QString say; // --say: said once the member has joined
    bool untilDone = false; // exit once `say` came back (0), or not within the timeout (3)
    int timeoutMs = 10000; // --timeout, counted from the start
};

namespace ringcommand {

// Whether wirebench-node's arguments name the ring subcommand.
bool isRing(const QStringList &arguments);
// Pure: no I/O besides --token-file and the TLS files.
RingCommand parse(const QStringList &arguments);

// Every option's name that sets a ring parameter, with the parameter it sets.
struct ParamOption
{
    const char *option;
    const char *param;
};
inline constexpr ParamOption kParamOptions[] = { { "key", "key" }, { "successors", "successors" },
    { "heartbeat", "heartbeat" }, { "suspect", "suspect" }, { "probe-timeout", "probeTimeout" },
    { "probes", "probes" }, { "stabilise", "stabilise" }, { "resend-window", "resendWindow" } };

} // namespace ringcommand
} // namespace wb
