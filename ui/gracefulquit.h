#pragma once

#include <QObject>
#include <QString>

class QTimer;

namespace wb {

class Autosave;
class MainWindow;
class SignalWatcher;

// The workbench told to quit by the system: SIGTERM, SIGINT, SIGHUP (through SignalWatcher) or
// the desktop session ending (QGuiApplication::commitDataRequest). It does what closing the
// window does, without asking: the unsaved changes go to the recovery file, which the next
// start offers as after a crash (Autosave::keepForNextStart); the sound recording is completed;
// the window closes; the nodes stop with close frames (1001, going away) and have the time a
// headless node gives them to leave; then the event loop ends with 0 (1 when a file could not be
// written). A second request while quitting ends at once, the files being written already:
// from the event loop, or from the signal handler when the loop is busy (SignalWatcher).
class GracefulQuit final : public QObject
{
    Q_OBJECT
public:
    GracefulQuit(MainWindow *window, Autosave *autosave, QObject *parent = nullptr);
    ~GracefulQuit() override;

    // `reason`: the signal's name ("SIGTERM"), or "session" when the session ends.
    void quit(const QString &reason);
    bool isQuitting() const { return m_quitting; }
    int exitCode() const { return m_exitCode; }

Q_SIGNALS:
    // The files are written and the nodes told to stop: the event loop ends next.
    void quitting(const QString &reason);

private:
    void keepFiles(const QString &reason);
    void stopNodes();
    void finish();
    void report(const QString &text);

    MainWindow *m_window;
    Autosave *m_autosave;
    SignalWatcher *m_signals;
    QTimer *m_farewell;
    bool m_quitting = false;
    bool m_finished = false;
    int m_exitCode = 0;
};

} // namespace wb
