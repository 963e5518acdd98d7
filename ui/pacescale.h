#pragma once

#include <QString>

// The teaching pace's speed as a slider shows it: steps of a roughly logarithmic series of round
// factors from TimeSource::kMinSpeed (0.05x) to kMaxSpeed (4x), with 0.5x and 1x among them,
// so that the factor shown is the factor set. Pure functions.
namespace wb::pacescale {

// Positions run from 0 to stepCount() - 1.
int stepCount();
double speedAt(int position);
// The position whose factor is nearest on the log scale (clamped to the scale).
int positionOf(double speed);
// "0.05×", "0.5×", "1×", "1.5×", "4×".
QString factorText(double speed);

} // namespace wb::pacescale
