// wirebench-iconrender SVG OUTDIR CATEGORY NAME SIZE...: renders a scalable icon as the PNG files
// of a hicolor icon theme, OUTDIR/SIZExSIZE/CATEGORY/NAME.png, at build time. Desktops that draw
// no SVG (and menus at small sizes) pick these; the SVG stays the source.
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <cstdio>

int main(int argc, char *argv[])
{
    // No display at build time; raster painting needs none.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 6) {
        std::fprintf(stderr, "usage: wirebench-iconrender SVG OUTDIR CATEGORY NAME SIZE...\n");
        return 1;
    }
    QSvgRenderer svg(args.at(1));
    if (!svg.isValid()) {
        std::fprintf(
            stderr, "wirebench-iconrender: %s is not a valid SVG file\n", qPrintable(args.at(1)));
        return 1;
    }
    for (qsizetype i = 5; i < args.size(); ++i) {
        bool ok = false;
        const int size = args.at(i).toInt(&ok);
        if (!ok || size < 1 || size > 4096) {
            std::fprintf(stderr, "wirebench-iconrender: %s is not a size in pixels\n",
                qPrintable(args.at(i)));
            return 1;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        svg.render(&painter, QRectF(0, 0, size, size));
        painter.end();
        const QString dir = QStringLiteral("%1/%2x%2/%3").arg(args.at(2)).arg(size).arg(args.at(3));
        const QString file = dir + u'/' + args.at(4) + QStringLiteral(".png");
        if (!QDir().mkpath(dir) || !image.save(file, "PNG")) {
            std::fprintf(stderr, "wirebench-iconrender: cannot write %s\n", qPrintable(file));
            return 1;
        }
    }
    return 0;
}
