#include "plotexport.h"

#include "tracepainter.h"

#include <QCoreApplication>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace wb::plotexport {

bool isImagePath(const QString &path)
{
    return path.endsWith(QLatin1String(".png"), Qt::CaseInsensitive)
        || path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive);
}

QString save(
    const TraceFrame &frame, QSize size, const QPalette &palette, const QString &path, qreal scale)
{
    return save(
        size, path, QStringLiteral("Wirebench logic analyzer"),
        [&frame, &palette](QPainter *painter, const QRect &area) {
            TracePainter(painter, area, palette).paint(frame);
        },
        scale);
}

QString save(QSize size, const QString &path, const QString &title,
    const std::function<void(QPainter *, const QRect &)> &paint, qreal scale)
{
    if (!isImagePath(path))
        return QCoreApplication::translate(
            "wb::plotexport", "%1: the plot is exported as .png or .svg")
            .arg(path);
    if (size.isEmpty())
        return QCoreApplication::translate("wb::plotexport", "%1: the plot has no size").arg(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QStringLiteral("%1: %2").arg(path, file.errorString());
    if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)) {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(title);
        QPainter painter(&svg);
        paint(&painter, QRect(QPoint(0, 0), size));
    } else {
        QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(scale);
        QPainter painter(&image);
        paint(&painter, QRect(QPoint(0, 0), size));
        painter.end();
        if (!image.save(&file, "PNG"))
            return QCoreApplication::translate(
                "wb::plotexport", "%1: the image could not be written")
                .arg(path);
    }
    if (!file.commit())
        return QStringLiteral("%1: %2").arg(path, file.errorString());
    return {};
}

} // namespace wb::plotexport
