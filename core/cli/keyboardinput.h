#pragma once

#include "document/nodespec.h"

#include <QObject>
#include <QString>

class QTimer;

namespace wb {

class LineReader;
class MeshRuntime;

// Types the lines of a file descriptor (standard input) into a running keyboard node, in
// order, and tells it "end" when the input ends: the seed's reader, headless. The keyboard
// itself keeps at most 100,000 lines waiting; a faster writer (a file piped in) is held back
// here instead: reading pauses while the keyboard has kMaxWaitingLines lines (or about
// kMaxWaitingBytes bytes) typed and not answered yet, and goes on once it is below half that.
class KeyboardInput final : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kMaxWaitingLines = 10000;
    static constexpr qint64 kMaxWaitingBytes = 64 * 1024 * 1024;

    KeyboardInput(MeshRuntime *runtime, NodeId keyboard, int fd, QObject *parent = nullptr);

    void stop(); // reads no more (the run ends)
    bool hasEnded() const { return m_ended; }

Q_SIGNALS:
    void ended(); // end of input: the keyboard was told
    void problem(const QString &text); // a line that was not typed, for standard error

private:
    void onLine(const QString &text);
    void onEnded();
    void updatePause();
    qint64 waitingLines() const; // typed into the keyboard and not answered yet

    MeshRuntime *m_runtime;
    NodeId m_keyboard;
    LineReader *m_reader;
    QTimer *m_poll; // while paused: how far the keyboard is
    qint64 m_lines = 0; // typed by us
    qint64 m_bytes = 0; // their UTF-16 size in bytes, for the mean line size
    int m_sinceCheck = 0;
    bool m_ended = false;
    bool m_stopped = false;
    bool m_refusedSaid = false;
};

} // namespace wb
