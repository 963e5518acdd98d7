#pragma once

// The queue seed's processes for the app tests (docs/queues.md): wirebench-node keyboard,
// queue, worker and console, the Python client (examples/python/queue_client.py), what a
// console printed and the counts each prints at the end.

#include "processkit.h"

#include <QRegularExpression>

namespace wbtest {

inline const QString kQueueClient
    = QStringLiteral(WIREBENCH_PEERS_DIR "/../../examples/python/queue_client.py");

inline QString target(quint16 port, const QString &path = {})
{
    return QStringLiteral("ws://127.0.0.1:%1%2").arg(port).arg(path);
}

// n lines "line 0\nline 1\n..." for a keyboard's standard input.
inline QByteArray numberedLines(int n, const QString &prefix = QStringLiteral("line "))
{
    QByteArray text;
    for (int i = 0; i < n; ++i)
        text += (prefix + QString::number(i) + u'\n').toUtf8();
    return text;
}
inline QStringList numberedTexts(int n, const QString &prefix = QStringLiteral("line "))
{
    QStringList texts;
    for (int i = 0; i < n; ++i)
        texts << prefix + QString::number(i);
    return texts;
}

// The texts a console printed ("[ NAME ] SENDER: text") from senders matching `sender`, in
// the order printed.
inline QStringList consoleTexts(
    const Process &process, const QString &sender, const QString &name = QStringLiteral("console"))
{
    const QRegularExpression line(u'^' + sender + QStringLiteral(": (.*)$"));
    QStringList texts;
    for (const QString &text : process.linesOf(name)) {
        if (const auto match = line.match(text); match.hasMatch())
            texts << match.captured(1);
    }
    return texts;
}
// A peer's address as a console in another process names it.
inline const QString kPeerSender = QStringLiteral(R"(127\.0\.0\.1:\d+)");

// The counts line a node printed at the end ("received 10, delivered 10, ..."), split into
// name -> value; empty when it printed none. `first` is the first count's name.
inline QMap<QString, qint64> countsOf(
    const Process &process, const QString &name, const QString &first)
{
    QMap<QString, qint64> counts;
    const QStringList lines = process.linesOf(name);
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        if (!it->startsWith(first + u' '))
            continue;
        for (const QString &part : it->split(QStringLiteral(", "))) {
            const qsizetype space = part.lastIndexOf(u' ');
            counts.insert(part.left(space), part.mid(space + 1).toLongLong());
        }
        break;
    }
    return counts;
}

// Ends a server sketch with SIGTERM (it prints its counts, then exits 0).
[[nodiscard]] inline bool terminate(Process &process)
{
    process.signal(SIGTERM);
    return process.waitForExit() && process.process.exitStatus() == QProcess::NormalExit
        && process.process.exitCode() == 0;
}

// The Python client: --url, --slow-after, standard input written and closed.
inline void startClient(
    Process &process, quint16 queuePort, const QString &slowAfter, const QByteArray &input)
{
    process.process.start(QStringLiteral(WIREBENCH_PYTHON),
        { kQueueClient, QStringLiteral("--url"), target(queuePort, QStringLiteral("/keyboard")),
            QStringLiteral("--slow-after"), slowAfter });
    process.process.write(input);
    process.process.closeWriteChannel();
}

} // namespace wbtest
