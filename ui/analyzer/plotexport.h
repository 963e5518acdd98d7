#pragma once

#include <QPalette>
#include <QSize>
#include <QString>
#include <functional>

class QPainter;

namespace wb {

struct TraceFrame;

// The visible plot as an image file: .png (at `scale` times the widget's pixels) or .svg
// (vector, for papers and slides). Returns an error text, empty on success.
namespace plotexport {

bool isImagePath(const QString &path);
QString save(const TraceFrame &frame, QSize size, const QPalette &palette, const QString &path,
    qreal scale = 2.0);
// Any view's drawing of `size` (the sequence chart's too): `paint` draws into the given area.
QString save(QSize size, const QString &path, const QString &title,
    const std::function<void(QPainter *, const QRect &)> &paint, qreal scale = 2.0);

} // namespace plotexport
} // namespace wb
