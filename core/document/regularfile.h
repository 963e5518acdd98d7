#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace wb {

// Files a user names (a circuit, a recording, a token, a certificate) are read only when they
// are regular files: a device named by mistake (/dev/zero) never ends, and a pipe nobody writes
// to does not even open, so either would freeze whoever asked, the GUI included.

// Why `path` is not to be read ("a folder, not a file", "not a regular file"); empty when it
// is a regular file or does not exist (opening it then says why).
QString irregularFileProblem(const QString &path);

// Up to `limit` bytes of the regular file `path`; nullopt with *error saying why (without the
// path) when it cannot be read.
std::optional<QByteArray> readRegularFile(const QString &path, qint64 limit, QString *error);

} // namespace wb
