#pragma once

#include <QObject>
#include <QTimer>

class QTcpServer;

namespace wb {

// The accepting side's bookkeeping for one server: every open TCP connection, handshakes under
// way included, counted against the node's cap and the process's (every server of the process
// lives in the main thread and shares its open-file limit), and the server's accepting paused
// at a cap and resumed when a connection ends, of this server or of another in the process.
class ConnectionCaps final : public QObject
{
    Q_OBJECT
public:
    explicit ConnectionCaps(QObject *parent = nullptr);
    ~ConnectionCaps() override;

    // The server to pause and resume from now on, accepting, with the node's cap.
    void setServer(QTcpServer *server, int nodeCap);
    // Not listening any more: nothing to pause or resume.
    void clearServer();

    // Counts the socket until it is destroyed, whichever way it goes (refused, closed,
    // upgraded, deleted by Qt). Once per socket: see isCounted().
    void count(QObject *socket);
    static bool isCounted(const QObject *socket);

    int open() const { return m_open; }
    static int processOpen();
    bool atNodeCap() const { return m_open >= m_nodeCap; }
    bool atCap() const;

    bool isPaused() const { return m_paused; }
    // Stops accepting; false when already paused or not listening.
    bool pause();
    // After an accept error (out of descriptors Qt stops accepting for good): try again soon.
    void retryLater(int ms);
    void resumeIfBelowCap();

private:
    QTcpServer *m_server = nullptr;
    int m_nodeCap = 0;
    int m_open = 0;
    bool m_paused = false;
    QTimer m_resume;
};

} // namespace wb
