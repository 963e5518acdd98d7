#include "recording/recordingfile.h"

#include "document/regularfile.h"
#include "recording/csvformat.h"
#include "recording/recording.h"
#include "recording/vcdformat.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

namespace wb::recordingfile {

std::optional<Format> formatFor(const QString &path)
{
    if (path.endsWith(QLatin1String(".vcd"), Qt::CaseInsensitive))
        return Format::Vcd;
    if (path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        return Format::Csv;
    return std::nullopt;
}

QString save(const Recording &recording, const QString &path)
{
    const auto format = formatFor(path);
    if (!format)
        return QCoreApplication::translate(
            "wb::Recording", "%1: a recording is saved as .vcd or .csv")
            .arg(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QStringLiteral("%1: %2").arg(path, file.errorString());
    const QString error
        = *format == Format::Vcd ? vcd::write(recording, &file) : csv::write(recording, &file);
    if (!error.isEmpty())
        return QStringLiteral("%1: %2").arg(path, error);
    if (!file.commit())
        return QStringLiteral("%1: %2").arg(path, file.errorString());
    return {};
}

QString open(const QString &path, Recording *recording)
{
    const auto format = formatFor(path);
    if (!format)
        return QCoreApplication::translate(
            "wb::Recording", "%1: a recording is a .vcd or .csv file")
            .arg(path);
    // Read as a stream (a recording may be large), but never from a device or a pipe.
    if (const QString problem = irregularFileProblem(path); !problem.isEmpty())
        return QStringLiteral("%1: %2").arg(path, problem);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("%1: %2").arg(path, file.errorString());
    if (*format == Format::Csv) {
        const QString error = csv::read(&file, recording);
        return error.isEmpty() ? QString() : QStringLiteral("%1: %2").arg(path, error);
    }
    const vcd::Dump dump = vcd::read(&file);
    if (!dump.error.isEmpty())
        return QStringLiteral("%1: %2").arg(path, dump.error);
    vcd::toRecording(dump, recording);
    return {};
}

} // namespace wb::recordingfile
