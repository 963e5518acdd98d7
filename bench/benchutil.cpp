#include "benchutil.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTextStream>

#include <cstdio>
#include <ctime>

namespace wb::bench {

Options::Options(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (!argument.startsWith(QLatin1String("--")))
            continue;
        const QString name = argument.mid(2);
        if (i + 1 < arguments.size() && !arguments.at(i + 1).startsWith(QLatin1String("--")))
            m_values.insert(name, arguments.at(++i));
        else
            m_flags << name;
    }
}

qint64 Options::integer(const QString &name, qint64 fallback) const
{
    bool ok = false;
    const qint64 value = m_values.value(name).toString().toLongLong(&ok);
    return ok ? value : fallback;
}

QString Options::text(const QString &name, const QString &fallback) const
{
    return m_values.contains(name) ? m_values.value(name).toString() : fallback;
}

qint64 nowNs()
{
    // CLOCK_MONOTONIC, like QElapsedTimer and Python's time.perf_counter on Linux.
    timespec ts {};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

qint64 cpuNs()
{
    timespec ts {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

void Stopwatch::start()
{
    m_wallNs = nowNs();
    m_cpuNs = cpuNs();
}

QVariantMap Stopwatch::result(qint64 count) const
{
    const qint64 wall = nowNs() - m_wallNs;
    const qint64 cpu = cpuNs() - m_cpuNs;
    return { { QStringLiteral("ok"), true },
             { QStringLiteral("count"), count },
             { QStringLiteral("seconds"), double(wall) / 1e9 },
             { QStringLiteral("cpu_seconds"), double(cpu) / 1e9 },
             { QStringLiteral("rate"), perSecond(count, wall) },
             { QStringLiteral("cpu_rate"), perSecond(count, cpu) } };
}

qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    static const QRegularExpression line(QStringLiteral("^VmRSS:\\s+(\\d+)\\s+kB"),
                                         QRegularExpression::MultilineOption);
    const auto match = line.match(QString::fromLatin1(status.readAll()));
    return match.hasMatch() ? match.captured(1).toLongLong() : -1;
}

bool writeSamplesUs(const QString &path, const QList<qint64> &samplesNs)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
        return false;
    QTextStream out(&file);
    for (qint64 ns : samplesNs)
        out << QString::number(double(ns) / 1000.0, 'f', 3) << '\n';
    return true;
}

int report(const QVariantMap &result)
{
    const QByteArray json = QJsonDocument(QJsonObject::fromVariantMap(result))
                                .toJson(QJsonDocument::Compact);
    std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
    return result.value(QStringLiteral("ok"), true).toBool() ? 0 : 1;
}

double perSecond(qint64 count, qint64 ns)
{
    return ns > 0 ? double(count) * 1e9 / double(ns) : 0.0;
}

} // namespace wb::bench
