#include "tonegenerator.h"

#include <cmath>
#include <numbers>

namespace wb {

ToneGenerator::ToneGenerator()
    : ToneGenerator(Config())
{
}

ToneGenerator::ToneGenerator(Config config)
    : m_config(config)
    , m_gainStep(1.0 / std::max(1.0, config.sampleRate * config.rampMs / 1000.0))
    , m_phaseStep(2.0 * std::numbers::pi * config.frequency / config.sampleRate)
{
}

void ToneGenerator::setBuzzing(bool on)
{
    if (on && !m_on)
        m_holdUntil = m_position + qint64(m_config.sampleRate) * m_config.minBuzzMs / 1000;
    m_on = on;
}

bool ToneGenerator::isSounding() const
{
    return m_on || m_position < m_holdUntil || m_gain > 0.0;
}

void ToneGenerator::render(qint16 *out, qint64 frames)
{
    const double scale = 32767.0 * m_config.amplitude / 1.3; // 1.3: peak of the two partials
    for (qint64 i = 0; i < frames; ++i, ++m_position) {
        const bool target = m_on || m_position < m_holdUntil;
        m_gain = target ? std::min(1.0, m_gain + m_gainStep) : std::max(0.0, m_gain - m_gainStep);
        if (m_gain <= 0.0) {
            out[i] = 0;
            m_phase = 0.0; // every buzz starts the same way
            continue;
        }
        const double s = std::sin(m_phase) + 0.3 * std::sin(3.0 * m_phase);
        out[i] = qint16(std::lround(s * scale * m_gain));
        m_phase += m_phaseStep;
        if (m_phase > 2.0 * std::numbers::pi)
            m_phase -= 2.0 * std::numbers::pi;
    }
}

} // namespace wb
