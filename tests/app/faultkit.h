#pragma once

// Shared by the fault and soak tests: a wirebench-node under attack, its memory, and a
// well-behaved client that keeps asking it and measures how late its answers come.

#include "../core/rawsocketkit.h"
#include "processkit.h"

#include <QElapsedTimer>
#include <QFile>
#include <algorithm>

namespace wbtest {

// AddressSanitizer keeps freed memory in quarantine (256 MiB by default): under it, resident
// memory says nothing about leaks or bounds, and is reported without being asserted.
#if defined(__SANITIZE_ADDRESS__)
inline constexpr bool kSanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
inline constexpr bool kSanitized = true;
#else
inline constexpr bool kSanitized = false;
#endif
#else
inline constexpr bool kSanitized = false;
#endif

// Resident memory of a process in KiB (VmRSS of /proc/PID/status); -1 when unknown.
inline qint64 rssKiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong();
    }
    return -1;
}

// A node process under test: a buzzer on a free port (-p 0, the port read from its log).
struct NodeUnderTest
{
    bool start(const QStringList &args = {})
    {
        process.startNode(
            QStringList { QStringLiteral("buzzer"), QStringLiteral("-p"), QStringLiteral("0") }
            + args);
        port = process.waitForServing();
        pid = process.process.processId();
        return port != 0;
    }
    qint64 rss() const { return rssKiB(pid); }
    bool running() const { return process.process.state() == QProcess::Running; }
    QUrl url(const QString &path = QStringLiteral("datafeed")) const
    {
        return QUrl(QStringLiteral("ws://127.0.0.1:%1/%2").arg(port).arg(path));
    }

    Process process;
    quint16 port = 0;
    qint64 pid = 0;
};

// A seed-style client (one message, one ack) that records how long each answer takes: the
// node's responsiveness while it is attacked, reported rather than asserted.
struct Prober
{
    ~Prober()
    {
        // Qt 6.4 leaks the close reason of a QWebSocket destroyed while connected.
        if (client)
            client->socket.abort();
    }

    // Asks once on a fresh connection if none is open; true when the ack came.
    bool ask(const QUrl &url, const QString &text, const QString &expected)
    {
        if (!client || client->socket.state() != QAbstractSocket::ConnectedState) {
            client = std::make_unique<Client>();
            if (!client->open(url))
                return false;
        }
        QElapsedTimer clock;
        clock.start();
        const auto answer = client->ask(text);
        if (answer != expected)
            return false;
        roundTripsMs << clock.nsecsElapsed() / 1e6;
        return true;
    }
    void report(const char *what) const
    {
        QList<double> sorted = roundTripsMs;
        std::sort(sorted.begin(), sorted.end());
        if (sorted.isEmpty())
            return;
        qInfo("%s: %lld acks during the fault, round trip median %.2f ms, max %.2f ms", what,
            qint64(sorted.size()), sorted.at(sorted.size() / 2), sorted.last());
    }

    std::unique_ptr<Client> client;
    QList<double> roundTripsMs;
};

// The seed's own Python clock, unmodified protocol: `tacks` ticks, every one acknowledged.
inline bool seedClockGetsItsAcks(quint16 port, int tacks = 3)
{
    Process clock;
    clock.startClock(true, port, tacks);
    return clock.waitForExit() && clock.process.exitCode() == 0
        && clock.linesOf(QStringLiteral("clock")).filter(QStringLiteral("< ")).size() >= tacks;
}

inline constexpr qint64 kFaultBudgetKiB = 64 * 1024; // what a fault may add to the warm-up RSS

// After a fault: the node still runs, its memory is within `budgetKiB` of its warm-up level,
// and the seed's Python clock gets all of its acks from it.
[[nodiscard]] inline bool stillServes(
    const NodeUnderTest &node, qint64 warmKiB, qint64 budgetKiB = kFaultBudgetKiB)
{
    const qint64 now = node.rss();
    qInfo("RSS %lld KiB after warm-up, %lld KiB after the fault%s", warmKiB, now,
        kSanitized ? " (not asserted under AddressSanitizer)" : "");
    return node.running() && now >= 0 && (kSanitized || now < warmKiB + budgetKiB)
        && seedClockGetsItsAcks(node.port);
}

} // namespace wbtest
