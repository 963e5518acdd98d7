#pragma once

#include <QString>
#include <memory>
#include <optional>

namespace wb {

class Recording;

// Saving and opening recordings by file name: .vcd (digital signals, vcdformat.h) or .csv
// (every event, csvformat.h).
namespace recordingfile {

enum class Format { Vcd, Csv };

std::optional<Format> formatFor(const QString &path);
// Returns an error text, empty on success.
QString save(const Recording &recording, const QString &path);
QString open(const QString &path, Recording *recording);

} // namespace recordingfile
} // namespace wb
