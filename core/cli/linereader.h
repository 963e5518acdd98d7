#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

class QSocketNotifier;

namespace wb {

// Reads lines from a file descriptor (a ring member's standard input) as the event loop finds
// them there, without blocking it. A line longer than the limit is reported as too long (its
// start) and skipped up to its end; invalid UTF-8 becomes U+FFFD.
class LineReader final : public QObject
{
    Q_OBJECT
public:
    explicit LineReader(int fd, qsizetype maxLineBytes, QObject *parent = nullptr);

    // A paused reader leaves the input where it is (the writer blocks once the pipe is full):
    // backpressure for a consumer that is behind. The lines of a read already made still come.
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }

Q_SIGNALS:
    void line(const QString &text); // without its \n (or \r\n)
    void tooLong(qsizetype bytes); // at least this many bytes; the line is skipped
    void ended(); // end of input, or an error reading it

private:
    void readSome();
    void emitLine(QByteArray bytes);

    int m_fd;
    qsizetype m_max;
    QSocketNotifier *m_notifier = nullptr;
    QByteArray m_pending;
    bool m_skipping = false; // inside a line that was too long
    bool m_paused = false;
    bool m_ended = false;
};

} // namespace wb
