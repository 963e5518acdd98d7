#pragma once

#include "tonegenerator.h"
#include "wavwriter.h"

#include <QObject>
#include <QTimer>

namespace wb {

// Records the buzzer's sound to a WAV file against the monotonic clock: a buzz that starts at
// time t is at sample (t - start) * rate in the file. It renders with its own ToneGenerator
// (same settings as the speakers), so the file holds what the speakers play, minus their
// latency.
class AudioRecorder final : public QObject
{
    Q_OBJECT
public:
    explicit AudioRecorder(ToneGenerator::Config config = ToneGenerator::Config(), QObject *parent = nullptr);
    ~AudioRecorder() override;

    // Returns an error text, empty on success.
    QString start(const QString &path);
    // Renders up to now (and the end of a buzz still sounding), completes the file.
    QString stop();
    bool isRecording() const { return m_writer.isOpen(); }
    QString path() const { return m_path; }
    qint64 startNs() const { return m_startNs; }
    int sampleRate() const { return m_config.sampleRate; }

    void setBuzzing(bool on, qint64 timeNs);

Q_SIGNALS:
    void failed(const QString &error);

private:
    void renderUntil(qint64 timeNs);
    void renderFrames(qint64 frames);

    ToneGenerator::Config m_config;
    ToneGenerator m_generator;
    WavWriter m_writer;
    QString m_path;
    qint64 m_startNs = 0;
    QTimer m_flush;
};

} // namespace wb
