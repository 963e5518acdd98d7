#pragma once

#include <QPalette>
#include <QSize>
#include <QString>

namespace wb {

struct TraceFrame;

// The visible plot as an image file: .png (at `scale` times the widget's pixels) or .svg
// (vector, for papers and slides). Returns an error text, empty on success.
namespace plotexport {

bool isImagePath(const QString &path);
QString save(const TraceFrame &frame, QSize size, const QPalette &palette, const QString &path,
    qreal scale = 2.0);

} // namespace plotexport
} // namespace wb
