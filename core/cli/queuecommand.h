#pragma once

#include "cli/nodecommand.h"

#include <QStringList>

namespace wb {

// The sketches of the asyncio queue seed (docs/queues.md), each a one-node circuit that a
// HeadlessRunner runs:
//   wirebench-node keyboard --target ws://HOST:PORT[/keyboard] ...   standard input, a line a
//                                                                   message
//   wirebench-node queue [--port P] [--capacity N] [--when-full block|drop-newest|drop-oldest]
//                        [--target ws://HOST:PORT ...]
//   wirebench-node worker [--port P] [--service-ms M] [--random [--seed S]] [--target ...]
//   wirebench-node console [--port P]
// Each parameter is checked as a circuit file's (kinds::validateParam); a bad one is a usage
// error naming the option and what it allows.
namespace queuecommand {

// Whether wirebench-node's arguments name one of these sketches.
bool isQueueSketch(const QStringList &arguments);
// Pure: no I/O besides --token-file and the TLS files.
NodeCommand parse(const QStringList &arguments);

// wirebench-node run: the keyboard standard input types into, the one named `name` or the
// circuit's only one (command->typeInto), and whether the run ends with the input
// (command->untilInputDone: the circuit has a keyboard). An error for the command line when
// `name` is not a keyboard of the circuit, or it has several and `name` is empty.
QString chooseKeyboard(const QString &name, NodeCommand *command);

} // namespace queuecommand
} // namespace wb
