#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

// What every C++ benchmark of bench/ shares: its command line, its clock and the one JSON line
// it prints for the runner (bench/run.py). Benchmarks never print anything else on stdout.
namespace wb::bench {

// "--name value" options; a missing or malformed value falls back to the default.
class Options
{
public:
    explicit Options(const QStringList &arguments);

    qint64 integer(const QString &name, qint64 fallback) const;
    QString text(const QString &name, const QString &fallback = {}) const;
    bool flag(const QString &name) const { return m_flags.contains(name); }

private:
    QVariantMap m_values;
    QStringList m_flags;
};

// Nanoseconds since an arbitrary start, on the clock every benchmark times with.
qint64 nowNs();
// CPU time this process has used (user + system), in nanoseconds. On a busy machine the CPU
// time of a one-thread benchmark moves much less than its wall time.
qint64 cpuNs();

// Wall and CPU time of a measured stretch.
class Stopwatch
{
public:
    void start();
    // {"seconds", "cpu_seconds", "rate", "cpu_rate"} for `count` events since start().
    QVariantMap result(qint64 count) const;

private:
    qint64 m_wallNs = 0;
    qint64 m_cpuNs = 0;
};

// The resident set of this process, from /proc/self/status (VmRSS), in KiB; -1 if unknown.
qint64 residentKiB();

// Latency samples in nanoseconds, written one per line in microseconds to `path` so that the
// runner can pool the repetitions before taking percentiles.
bool writeSamplesUs(const QString &path, const QList<qint64> &samplesNs);

// Prints the result as one JSON object on stdout and returns the exit code for main().
int report(const QVariantMap &result);

// Rate of `count` events over `ns` nanoseconds, per second.
double perSecond(qint64 count, qint64 ns);

} // namespace wb::bench
