#include "audiorecorder.h"

#include "runtime/traffic.h"

#include <vector>

namespace wb {

AudioRecorder::AudioRecorder(ToneGenerator::Config config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_generator(config)
{
    // Samples reach the file as time goes by, not all at stop(): memory stays flat.
    m_flush.setInterval(200);
    connect(&m_flush, &QTimer::timeout, this, [this] { renderUntil(monotonicNs()); });
}

AudioRecorder::~AudioRecorder()
{
    stop();
}

QString AudioRecorder::start(const QString &path)
{
    stop();
    m_generator = ToneGenerator(m_config);
    if (!m_writer.open(path, m_config.sampleRate))
        return m_writer.errorString();
    m_path = path;
    m_startNs = monotonicNs();
    m_flush.start();
    return {};
}

QString AudioRecorder::stop()
{
    if (!m_writer.isOpen())
        return {};
    m_flush.stop();
    renderUntil(monotonicNs());
    // A buzz cut by the end of the recording still gets its release, as the speakers would.
    m_generator.setBuzzing(false);
    while (m_generator.isSounding())
        renderFrames(m_config.sampleRate / 100);
    return m_writer.close() ? QString() : m_writer.errorString();
}

void AudioRecorder::setBuzzing(bool on, qint64 timeNs)
{
    if (!m_writer.isOpen())
        return;
    renderUntil(timeNs);
    m_generator.setBuzzing(on);
}

void AudioRecorder::renderUntil(qint64 timeNs)
{
    const qint64 target = (timeNs - m_startNs) * m_config.sampleRate / 1'000'000'000;
    const qint64 frames = target - m_generator.position();
    if (frames > 0)
        renderFrames(frames);
}

void AudioRecorder::renderFrames(qint64 frames)
{
    std::vector<qint16> buffer(std::size_t(std::min<qint64>(frames, m_config.sampleRate)));
    while (frames > 0 && m_writer.isOpen()) {
        const qint64 chunk = std::min<qint64>(frames, qint64(buffer.size()));
        m_generator.render(buffer.data(), chunk);
        if (!m_writer.write(buffer.data(), chunk)) {
            m_flush.stop();
            Q_EMIT failed(m_writer.errorString());
            return;
        }
        frames -= chunk;
    }
}

} // namespace wb
