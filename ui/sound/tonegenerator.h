#pragma once

#include <QtGlobal>

namespace wb {

// The buzzer's sound as a pure function of time: while buzzing, a buzzy tone (a fundamental
// and its third harmonic) with short ramps against clicks; silence (exact zeros) otherwise. A
// buzz lasts at least `minBuzzMs`, so that a "1" followed at once by a "0" is still heard.
// Both the speakers and the WAV recording render through it, so a recording holds exactly what
// is played.
class ToneGenerator final
{
public:
    struct Config
    {
        int sampleRate = 44100;
        double frequency = 660.0;
        double amplitude = 0.3; // of full scale
        int minBuzzMs = 120;
        int rampMs = 3;
    };

    ToneGenerator();
    explicit ToneGenerator(Config config);

    const Config &config() const { return m_config; }
    // Takes effect at position().
    void setBuzzing(bool on);
    bool isBuzzing() const { return m_on; }
    // Still making a sound, or about to (the minimum length, the release ramp).
    bool isSounding() const;
    // Mono 16-bit samples from position() on; advances position().
    void render(qint16 *out, qint64 frames);
    qint64 position() const { return m_position; }

private:
    Config m_config;
    qint64 m_position = 0;
    qint64 m_holdUntil = 0; // the current buzz lasts at least until this frame
    bool m_on = false;
    double m_gain = 0.0;    // envelope, 0..1
    double m_gainStep;
    double m_phase = 0.0;   // radians of the fundamental
    double m_phaseStep;
};

} // namespace wb
