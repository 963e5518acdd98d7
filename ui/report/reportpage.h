#pragma once

#include <QFont>
#include <QPainter>
#include <QRect>
#include <QString>
#include <QStringList>

class QPagedPaintDevice;

namespace wb {

// The lab report's page flow: a cursor down the printable area of a paged device that starts
// a new page whenever what comes next would not fit, so that nothing is drawn off the page.
class ReportPage final
{
public:
    explicit ReportPage(QPagedPaintDevice *device);

    QPainter &painter() { return m_painter; }
    bool isActive() const { return m_painter.isActive(); }
    QRect area() const { return m_area; } // the printable area
    int width() const { return m_area.width(); }
    int y() const { return m_y; }
    int left() const { return m_area.left(); }
    int remaining() const { return m_area.bottom() - m_y; }

    // A new page when fewer than `height` pixels are left (and this page is not empty).
    void ensure(int height);
    void newPage();
    void skip(int height) { m_y += height; }

    void heading(const QString &text);
    // Wrapped text, broken between lines across pages.
    void text(const QString &text, const QFont &font);
    void text(const QString &text) { this->text(text, bodyFont()); }
    // A table: a bold header row, then the rows; the header repeats on a new page.
    void table(
        const QStringList &header, const QList<QStringList> &rows, const QList<int> &stretch);
    // A rectangle of `height` at the cursor, the full width; the cursor moves past it.
    QRect take(int height);

    QFont bodyFont() const;
    QFont headingFont() const;
    int lineHeight(const QFont &font) const;

private:
    QPagedPaintDevice *m_device;
    QPainter m_painter;
    QRect m_area;
    int m_y = 0;
};

} // namespace wb
