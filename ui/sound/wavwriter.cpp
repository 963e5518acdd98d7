#include "wavwriter.h"

#include <QCoreApplication>
#include <QtEndian>

namespace wb {

namespace {

constexpr int kHeaderBytes = 44;

void putU32(char *at, quint32 value)
{
    qToLittleEndian(value, at);
}

void putU16(char *at, quint16 value)
{
    qToLittleEndian(value, at);
}

} // namespace

WavWriter::~WavWriter()
{
    close();
}

bool WavWriter::open(const QString &path, int sampleRate, int channels)
{
    close();
    m_error.clear();
    m_frames = 0;
    m_channels = channels;
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly))
        return fail(m_file.errorString());
    char header[kHeaderBytes] = {};
    const quint16 blockAlign = quint16(channels * 2);
    std::memcpy(header, "RIFF", 4);
    putU32(header + 4, 36); // completed at close()
    std::memcpy(header + 8, "WAVEfmt ", 8);
    putU32(header + 16, 16);
    putU16(header + 20, 1); // PCM
    putU16(header + 22, quint16(channels));
    putU32(header + 24, quint32(sampleRate));
    putU32(header + 28, quint32(sampleRate) * blockAlign);
    putU16(header + 32, blockAlign);
    putU16(header + 34, 16);
    std::memcpy(header + 36, "data", 4);
    putU32(header + 40, 0);
    if (m_file.write(header, kHeaderBytes) != kHeaderBytes)
        return fail(m_file.errorString());
    return true;
}

bool WavWriter::write(const qint16 *samples, qint64 frames)
{
    if (!m_file.isOpen())
        return false;
    const qint64 count = frames * m_channels;
    QByteArray bytes(count * 2, Qt::Uninitialized);
    for (qint64 i = 0; i < count; ++i)
        qToLittleEndian(samples[i], bytes.data() + i * 2);
    if (m_file.write(bytes) != bytes.size())
        return fail(m_file.errorString());
    m_frames += frames;
    return true;
}

bool WavWriter::close()
{
    if (!m_file.isOpen())
        return m_error.isEmpty();
    const quint32 dataBytes = quint32(m_frames * m_channels * 2);
    char size[4];
    bool ok = true;
    putU32(size, 36 + dataBytes);
    ok = ok && m_file.seek(4) && m_file.write(size, 4) == 4;
    putU32(size, dataBytes);
    ok = ok && m_file.seek(40) && m_file.write(size, 4) == 4;
    if (!ok)
        return fail(QCoreApplication::translate("wb::WavWriter", "cannot complete the header: %1")
                        .arg(m_file.errorString()));
    return m_file.commit() || fail(m_file.errorString());
}

bool WavWriter::fail(const QString &what)
{
    m_error = QStringLiteral("%1: %2").arg(m_file.fileName(), what);
    if (m_file.isOpen()) {
        // Discards the temporary file; the target keeps what it had.
        m_file.cancelWriting();
        m_file.commit();
    }
    return false;
}

} // namespace wb
