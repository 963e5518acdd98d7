#include "cli/linereader.h"

#include <QSocketNotifier>
#include <cerrno>
#include <unistd.h>
#include <utility>

namespace wb {

LineReader::LineReader(int fd, qsizetype maxLineBytes, QObject *parent)
    : QObject(parent), m_fd(fd), m_max(maxLineBytes)
{
    m_notifier = new QSocketNotifier(fd, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &LineReader::readSome);
}

void LineReader::setPaused(bool paused)
{
    m_paused = paused;
    m_notifier->setEnabled(!paused && !m_ended);
}

void LineReader::readSome()
{
    char buffer[4096];
    const ssize_t got = ::read(m_fd, buffer, sizeof buffer);
    if (got < 0 && (errno == EINTR || errno == EAGAIN))
        return;
    if (got <= 0) {
        m_ended = true;
        m_notifier->setEnabled(false);
        if (!m_pending.isEmpty() && !m_skipping)
            emitLine(std::exchange(m_pending, {}));
        Q_EMIT ended();
        return;
    }
    qsizetype from = 0;
    const QByteArrayView chunk(buffer, got);
    while (from < chunk.size()) {
        const qsizetype newline = chunk.indexOf('\n', from);
        const qsizetype end = newline < 0 ? chunk.size() : newline;
        if (!m_skipping)
            m_pending.append(chunk.sliced(from, end - from));
        if (!m_skipping && m_pending.size() > m_max) {
            Q_EMIT tooLong(m_pending.size());
            m_pending.clear();
            m_skipping = true;
        }
        if (newline < 0)
            break;
        if (m_skipping)
            m_skipping = false;
        else
            emitLine(std::exchange(m_pending, {}));
        from = newline + 1;
    }
}

void LineReader::emitLine(QByteArray bytes)
{
    if (bytes.endsWith('\r'))
        bytes.chop(1);
    Q_EMIT line(QString::fromUtf8(bytes));
}

} // namespace wb
