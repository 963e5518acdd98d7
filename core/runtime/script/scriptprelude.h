#pragma once

#include <QString>

namespace wb::scriptprelude {

// The JavaScript that builds a sketch's world before the sketch runs: out, console.log,
// stream, the timers and the seeded Math.random, all closures over the engine's host object
// (which the sketch itself never sees). Evaluated, it is a function (host, global, source)
// that returns the host's entry points: {setup, dispatch, fire, settle, where}.
QString source();

} // namespace wb::scriptprelude
