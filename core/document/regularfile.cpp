#include "document/regularfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace wb {

QString irregularFileProblem(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists() || info.isFile())
        return {};
    return info.isDir() ? QCoreApplication::translate("wb::CircuitFormat", "a folder, not a file")
                        : QCoreApplication::translate("wb::CircuitFormat", "not a regular file");
}

std::optional<QByteArray> readRegularFile(const QString &path, qint64 limit, QString *error)
{
    if (path.isEmpty()) {
        *error = QCoreApplication::translate("wb::CircuitFormat", "no file given");
        return std::nullopt;
    }
    if (const QString problem = irregularFileProblem(path); !problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return std::nullopt;
    }
    return file.read(limit);
}

} // namespace wb
