#pragma once

#include "tonegenerator.h"

#include <QAudioFormat>
#include <QIODevice>
#include <QObject>

class QAudioSink;

namespace wb {

// An endless stream of the buzzer's sound, pulled by the audio sink: silence while not
// buzzing, so the sink never starves and never needs restarting between buzzes.
class ToneDevice final : public QIODevice
{
    Q_OBJECT
public:
    ToneDevice(const QAudioFormat &format, ToneGenerator::Config config,
               QObject *parent = nullptr);

    ToneGenerator &generator() { return m_generator; }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QAudioFormat m_format;
    ToneGenerator m_generator;
};

// Plays the tone through Qt Multimedia. Without an audio output it stays silent and says so
// once (through message()); it never retries in a loop.
class TonePlayer final : public QObject
{
    Q_OBJECT
public:
    explicit TonePlayer(ToneGenerator::Config config = ToneGenerator::Config(), QObject *parent = nullptr);
    ~TonePlayer() override;

    void setBuzzing(bool on);
    void setMuted(bool muted);
    bool isMuted() const { return m_muted; }
    // False once we know there is no usable audio output.
    bool isAvailable() const { return m_available; }
    bool isPlaying() const { return m_sink != nullptr; }
    // Closes the audio output until the next buzz.
    void release();

Q_SIGNALS:
    void message(const QString &text);

private:
    bool ensureSink();
    void giveUp(const QString &why);

    ToneGenerator::Config m_config;
    QAudioSink *m_sink = nullptr;
    ToneDevice *m_device = nullptr;
    bool m_muted = false;
    bool m_available = true;
    bool m_buzzing = false;
};

} // namespace wb
