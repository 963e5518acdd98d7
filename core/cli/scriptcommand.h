#pragma once

#include "cli/nodecommand.h"

#include <QStringList>

namespace wb {

// wirebench-node script FILE.js [--port P] [--listen ADDRESS] [--target ws://HOST:PORT]...
//     [--param KEY=VALUE]... [--seed N] [--name NAME]
// A one-node circuit: a node of kind script whose sketch is FILE.js (docs/scripts.md), with a
// wire to an external node per --target. --param values that read as numbers or true/false
// reach setup(params) as such; each is checked as a circuit file's parameter.
namespace scriptcommand {

bool isScriptSketch(const QStringList &arguments);
// Reads FILE.js (and --token-file, the TLS files); nothing else.
NodeCommand parse(const QStringList &arguments);

} // namespace scriptcommand
} // namespace wb
