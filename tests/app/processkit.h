#pragma once

// Real processes for the app tests: wirebench-node and the seed's Python nodes
// (tests/peers/seed_nodes.py), with their output read line by line as it comes.

#include "../core/wstestkit.h"

#include <QProcess>
#include <QRegularExpression>
#include <csignal>

namespace wbtest {

class Process final : public QObject
{
public:
    explicit Process(QObject *parent = nullptr) : QObject(parent)
    {
        QObject::connect(&process, &QProcess::readyReadStandardOutput, this,
            [this] { out += QString::fromUtf8(process.readAllStandardOutput()); });
        QObject::connect(&process, &QProcess::readyReadStandardError, this,
            [this] { err += QString::fromUtf8(process.readAllStandardError()); });
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PYTHONUNBUFFERED"), QStringLiteral("1"));
        env.insert(QStringLiteral("PYTHONDONTWRITEBYTECODE"), QStringLiteral("1"));
        process.setProcessEnvironment(env);
    }
    ~Process() override
    {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(kWaitMs);
        }
    }

    static QString nodeProgram() { return QStringLiteral(WIREBENCH_BIN_DIR "/wirebench-node"); }

    void startNode(const QStringList &args) { process.start(nodeProgram(), args); }
    void startPython(const QStringList &args)
    {
        process.start(QStringLiteral(WIREBENCH_PYTHON),
            QStringList { QStringLiteral(WIREBENCH_PEERS_DIR "/seed_nodes.py") } + args);
    }

    // Our server sketch on a port that was free; returns the port it serves on (0: failed).
    quint16 serveNode(const QString &sketch, const QStringList &args = {})
    {
        const quint16 port = freePort();
        startNode(QStringList { sketch, QStringLiteral("-p"), QString::number(port) } + args);
        return waitForServing() == port ? port : 0;
    }
    // A Python server sketch on port 0; returns the port it says it serves on (0: failed).
    quint16 servePython(const QString &sketch, const QStringList &args = {})
    {
        startPython(QStringList { sketch, QStringLiteral("-s"), QStringLiteral("127.0.0.1"),
                        QStringLiteral("-p"), QStringLiteral("0") }
            + args);
        return waitForServing();
    }
    // A buzzer, Python's or ours, on `port` (0: any); returns the port it serves on (0: failed).
    quint16 serveBuzzer(bool python, quint16 port = 0)
    {
        if (python) {
            startPython({ QStringLiteral("buzzer"), QStringLiteral("-s"),
                QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(port) });
            return waitForServing();
        }
        const quint16 chosen = port != 0 ? port : freePort();
        startNode({ QStringLiteral("buzzer"), QStringLiteral("-p"), QString::number(chosen) });
        return waitForServing() == chosen ? chosen : 0;
    }
    // A clock, ours or Python's, sending `tacks` ticks to 127.0.0.1:port.
    void startClock(
        bool python, quint16 port, int tacks, const QString &delay = QStringLiteral("0"))
    {
        const QStringList args { QStringLiteral("clock"), QStringLiteral("-s"),
            QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(port),
            QStringLiteral("-t"), QString::number(tacks), QStringLiteral("-d"), delay };
        if (python)
            startPython(args);
        else
            startNode(args);
    }

    // Waits until the output holds a match; returns it (invalid match when none came).
    QRegularExpressionMatch waitForOutput(const QString &pattern, int timeoutMs = kWaitMs)
    {
        const QRegularExpression re(pattern, QRegularExpression::MultilineOption);
        QRegularExpressionMatch match;
        [[maybe_unused]] const bool seen = waitFor(
            [&] {
                match = re.match(out);
                return match.hasMatch() || process.state() == QProcess::NotRunning;
            },
            timeoutMs);
        match = re.match(out); // the last output may have come with the exit
        return match;
    }
    // A server's real port, from its "serving on HOST:PORT" line; 0 when it did not say.
    quint16 waitForServing()
    {
        const auto match = waitForOutput(QStringLiteral(R"(serving on [^\s]+:(\d+)$)"));
        return match.hasMatch() ? quint16(match.captured(1).toUInt()) : 0;
    }
    [[nodiscard]] bool waitForExit(int timeoutMs = kWaitMs)
    {
        const bool done
            = waitFor([this] { return process.state() == QProcess::NotRunning; }, timeoutMs);
        // Output that arrived with the exit.
        out += QString::fromUtf8(process.readAllStandardOutput());
        err += QString::fromUtf8(process.readAllStandardError());
        return done;
    }
    // Only while the process runs: kill(0, ...) would signal this test's whole process group.
    void signal(int number)
    {
        if (const qint64 pid = process.processId(); pid > 0)
            ::kill(pid_t(pid), number);
    }

    // The output lines of one node: "[ name ] text" -> "text".
    QStringList linesOf(const QString &name) const
    {
        QStringList lines;
        const QString prefix = QStringLiteral("[ ") + name + QStringLiteral(" ] ");
        for (const QString &line : out.split(u'\n')) {
            if (line.startsWith(prefix))
                lines << line.mid(prefix.size());
        }
        return lines;
    }
    // Waits until node `name` printed at least `count` lines containing `text`; output of a
    // process that still runs may lag behind what the test saw elsewhere.
    [[nodiscard]] bool waitForLines(const QString &name, const QString &text, qsizetype count)
    {
        return waitFor([&] { return linesOf(name).filter(text).size() >= count; });
    }
    // What went wrong, for a failure message.
    QString report() const
    {
        return QStringLiteral("exit %1, stdout:\n").arg(process.exitCode()) + out
            + QStringLiteral("\nstderr:\n") + err;
    }

    QProcess process;
    QString out;
    QString err;
};

} // namespace wbtest
