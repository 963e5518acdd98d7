#pragma once

#include <QSaveFile>
#include <QString>

namespace wb {

// A RIFF/WAVE file of 16-bit PCM: the header is written at open() with placeholder sizes and
// completed at close(), so samples stream to disk as they come. Into a temporary file beside
// the target (QSaveFile) that close() renames over it: until then a file already at the path
// stays as it was, and a recording that fails never leaves a broken file behind.
class WavWriter final
{
public:
    WavWriter() = default;
    ~WavWriter();
    WavWriter(const WavWriter &) = delete;
    WavWriter &operator=(const WavWriter &) = delete;

    bool open(const QString &path, int sampleRate, int channels = 1);
    bool write(const qint16 *samples, qint64 frames);
    bool close();
    bool isOpen() const { return m_file.isOpen(); }
    qint64 framesWritten() const { return m_frames; }
    QString errorString() const { return m_error; }

private:
    bool fail(const QString &what);

    QSaveFile m_file;
    int m_channels = 1;
    qint64 m_frames = 0;
    QString m_error;
};

} // namespace wb
