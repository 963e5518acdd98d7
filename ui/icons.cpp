#include "icons.h"

#include <QApplication>
#include <QBuffer>
#include <QFile>
#include <QHash>
#include <QIconEngine>
#include <QImageReader>
#include <QPainter>
#include <QPalette>

namespace wb::icons {

namespace {

class TintedSvgEngine final : public QIconEngine
{
public:
    explicit TintedSvgEngine(const QString &path)
        : m_path(path)
    {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            m_svg = file.readAll();
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        QPixmap pm = render(rect.size() * dpr, mode, state);
        pm.setDevicePixelRatio(dpr);
        painter->drawPixmap(rect, pm);
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return render(size, mode, state);
    }

    QIconEngine *clone() const override { return new TintedSvgEngine(m_path); }
    QString key() const override { return QStringLiteral("wb-tinted-svg"); }
    bool isNull() override { return m_svg.isEmpty(); }

private:
    QPixmap render(const QSize &size, QIcon::Mode mode, QIcon::State) const
    {
        const QPalette palette = QApplication::palette();
        const QColor colour = mode == QIcon::Disabled
            ? palette.color(QPalette::Disabled, QPalette::WindowText)
            : palette.color(QPalette::Normal, QPalette::WindowText);
        const QString key = QStringLiteral("%1x%2/%3/%4")
                                .arg(size.width())
                                .arg(size.height())
                                .arg(int(mode))
                                .arg(colour.name());
        if (const auto it = m_cache.constFind(key); it != m_cache.constEnd())
            return it.value();
        QByteArray svg = m_svg;
        svg.replace("currentColor", colour.name().toLatin1());
        if (mode == QIcon::Disabled) {
            // Coloured accents fade too, so a disabled Run does not look ready.
            svg.replace("stroke-width=\"1.8\"", "stroke-width=\"1.8\" opacity=\"0.45\"");
        }
        QBuffer buffer(&svg);
        buffer.open(QIODevice::ReadOnly);
        QImageReader reader(&buffer, "svg");
        reader.setScaledSize(size);
        const QImage image = reader.read();
        if (image.isNull())
            return {};
        const QPixmap pixmap = QPixmap::fromImage(image);
        m_cache.insert(key, pixmap);
        return pixmap;
    }

    QString m_path;
    QByteArray m_svg;
    mutable QHash<QString, QPixmap> m_cache; // few sizes and modes per icon
};

} // namespace

QIcon action(const QString &name)
{
    return QIcon(new TintedSvgEngine(QStringLiteral(":/wirebench/icons/action-%1.svg").arg(name)));
}

} // namespace wb::icons
