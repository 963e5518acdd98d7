#include "toneplayer.h"

#include <QAudioDevice>
#include <QAudioSink>
#include <QMediaDevices>

#include <vector>

namespace wb {

ToneDevice::ToneDevice(const QAudioFormat &format, ToneGenerator::Config config,
                       QObject *parent)
    : QIODevice(parent)
    , m_format(format)
    , m_generator(config)
{
}

qint64 ToneDevice::bytesAvailable() const
{
    // Always a second's worth: the stream never ends.
    return qint64(m_format.bytesForDuration(1'000'000)) + QIODevice::bytesAvailable();
}

qint64 ToneDevice::readData(char *data, qint64 maxSize)
{
    const int frameBytes = m_format.bytesPerFrame();
    const qint64 frames = frameBytes > 0 ? maxSize / frameBytes : 0;
    if (frames <= 0)
        return 0;
    std::vector<qint16> mono(std::size_t(frames), 0);
    m_generator.render(mono.data(), frames);
    const int channels = m_format.channelCount();
    const int sampleBytes = m_format.bytesPerSample();
    for (qint64 f = 0; f < frames; ++f) {
        const qint16 s = mono[std::size_t(f)];
        for (int c = 0; c < channels; ++c) {
            char *at = data + f * frameBytes + c * sampleBytes;
            switch (m_format.sampleFormat()) {
            case QAudioFormat::Float: {
                const float v = float(s) / 32768.0f;
                std::memcpy(at, &v, sizeof v);
                break;
            }
            case QAudioFormat::Int32: {
                const qint32 v = qint32(s) << 16;
                std::memcpy(at, &v, sizeof v);
                break;
            }
            case QAudioFormat::UInt8:
                *reinterpret_cast<quint8 *>(at) = quint8((s >> 8) + 128);
                break;
            default:
                std::memcpy(at, &s, sizeof s);
                break;
            }
        }
    }
    return frames * frameBytes;
}

TonePlayer::TonePlayer(ToneGenerator::Config config, QObject *parent)
    : QObject(parent)
    , m_config(config)
{
}

TonePlayer::~TonePlayer()
{
    release();
}

void TonePlayer::setBuzzing(bool on)
{
    m_buzzing = on;
    if (on && !m_muted && !m_sink)
        ensureSink();
    if (m_device)
        m_device->generator().setBuzzing(on);
}

void TonePlayer::setMuted(bool muted)
{
    m_muted = muted;
    if (muted)
        release();
    else if (m_buzzing)
        setBuzzing(true);
}

bool TonePlayer::ensureSink()
{
    if (!m_available)
        return false;
    // Asked only when a buzzer first buzzes: a window that never buzzes never opens audio.
    const QAudioDevice device = QMediaDevices::defaultAudioOutput();
    if (device.isNull()) {
        giveUp(tr("no audio output device: the buzzer is silent"));
        return false;
    }
    QAudioFormat format;
    format.setSampleRate(m_config.sampleRate);
    format.setChannelCount(1);
    format.setSampleFormat(QAudioFormat::Int16);
    if (!device.isFormatSupported(format))
        format = device.preferredFormat();
    ToneGenerator::Config config = m_config;
    config.sampleRate = format.sampleRate();
    m_device = new ToneDevice(format, config, this);
    m_device->open(QIODevice::ReadOnly);
    m_sink = new QAudioSink(device, format, this);
    // About 100 ms of buffer: a buzz starts soon after the message that caused it.
    m_sink->setBufferSize(format.bytesForDuration(100'000));
    connect(m_sink, &QAudioSink::stateChanged, this, [this](QAudio::State state) {
        if (state == QAudio::StoppedState && m_sink && m_sink->error() != QAudio::NoError
            && m_sink->error() != QAudio::UnderrunError) {
            giveUp(tr("the audio output failed (error %1): the buzzer is silent")
                       .arg(int(m_sink->error())));
        }
    });
    m_sink->start(m_device);
    return true;
}

void TonePlayer::release()
{
    if (m_sink) {
        m_sink->disconnect(this);
        m_sink->stop();
        m_sink->deleteLater();
        m_sink = nullptr;
    }
    if (m_device) {
        m_device->deleteLater();
        m_device = nullptr;
    }
}

void TonePlayer::giveUp(const QString &why)
{
    m_available = false;
    // Not from inside the sink's own signal: release later.
    QMetaObject::invokeMethod(this, &TonePlayer::release, Qt::QueuedConnection);
    Q_EMIT message(why);
}

} // namespace wb
