#pragma once

#include "document/nodespec.h"

#include <QString>

namespace wb {

class Circuit;
class MeshRuntime;

// Typing at a keyboard node (docs/queues.md), the same from its card, the inspector and the
// Console dock: the text's lines go to MeshRuntime::command(id, "type", {"text": ...}), and a
// keyboard that cannot take them says why in a person's words.
namespace keyboardinput {

// The most characters a typed text may have: 100000 waiting lines of a few words each.
inline constexpr int kMaxText = 1000000;

// Why keyboard `id` cannot take a line now; empty when it can.
QString whyNot(const MeshRuntime *runtime, const Circuit *circuit, NodeId id);
// Types `text` at keyboard `id`: empty when it was typed (or had nothing but blank lines),
// else why not.
QString type(MeshRuntime *runtime, const Circuit *circuit, NodeId id, const QString &text);
// Whether `text` has a line to send (empty lines are skipped).
bool hasLine(const QString &text);

} // namespace keyboardinput
} // namespace wb
