#pragma once

// A real etcd (Debian's etcd-server, installed by ./dev) on 127.0.0.1 with ephemeral ports and
// a temporary data directory, for the discovery tests. It can be killed and started again on
// the same ports and data, as a registry that goes away and comes back.

#include "wstestkit.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <csignal>

namespace wbtest {

class Etcd final
{
public:
    Etcd()
    {
        process.setProcessChannelMode(QProcess::MergedChannels);
        QObject::connect(&process, &QProcess::readyRead, &process,
            [this] { log += QString::fromUtf8(process.readAll()); });
    }
    Etcd(const Etcd &) = delete;
    Etcd &operator=(const Etcd &) = delete;
    ~Etcd()
    {
        if (process.state() != QProcess::NotRunning) {
            ::kill(pid_t(process.processId()), SIGCONT);
            process.kill();
            process.waitForFinished(kWaitMs);
        }
    }

    // The etcd binary, or empty when it is not installed.
    static QString program()
    {
        QString path = QStandardPaths::findExecutable(QStringLiteral("etcd"));
        if (path.isEmpty()) {
            path = QStandardPaths::findExecutable(QStringLiteral("etcd"),
                { QStringLiteral("/usr/bin"), QStringLiteral("/usr/local/bin") });
        }
        return path;
    }
    static const char *missingMessage()
    {
        return "etcd is not installed (Debian: apt-get install etcd-server; ./dev installs it)";
    }

    // Starts etcd (again, on the same ports and data after kill()/stop()) and waits until it
    // serves clients.
    [[nodiscard]] bool start()
    {
        if (!dir.isValid())
            return false;
        if (clientPort == 0) {
            clientPort = freePort();
            peerPort = freePort();
            while (peerPort == clientPort)
                peerPort = freePort();
        }
        const QString client = QStringLiteral("http://127.0.0.1:%1").arg(clientPort);
        const QString peer = QStringLiteral("http://127.0.0.1:%1").arg(peerPort);
        log.clear();
        process.start(program(),
            { QStringLiteral("--name"), QStringLiteral("default"), QStringLiteral("--data-dir"),
                dir.filePath(QStringLiteral("data")), QStringLiteral("--listen-client-urls"),
                client, QStringLiteral("--advertise-client-urls"), client,
                QStringLiteral("--listen-peer-urls"), peer,
                QStringLiteral("--initial-advertise-peer-urls"), peer,
                QStringLiteral("--initial-cluster"), QStringLiteral("default=") + peer });
        return waitFor(
                   [this] {
                       return log.contains(QLatin1String("serving insecure client requests"))
                           || process.state() == QProcess::NotRunning;
                   },
                   20000)
            && process.state() == QProcess::Running;
    }
    void kill()
    {
        ::kill(pid_t(process.processId()), SIGCONT);
        process.kill();
        process.waitForFinished(kWaitMs);
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(clientPort); }

    QProcess process;
    QTemporaryDir dir;
    quint16 clientPort = 0;
    quint16 peerPort = 0;
    QString log;
};

} // namespace wbtest
