#include "reportpage.h"

#include <QFontMetrics>
#include <QPagedPaintDevice>
#include <QTextLayout>

namespace wb {

namespace {

constexpr int kGap = 8;

} // namespace

ReportPage::ReportPage(QPagedPaintDevice *device)
    : m_device(device), m_painter(device), m_area(0, 0, device->width(), device->height())
{
    m_y = m_area.top();
    m_painter.setFont(bodyFont());
}

QFont ReportPage::bodyFont() const
{
    // In points: the views' painters scale the font they are given by its point size.
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(9);
    return font;
}

QFont ReportPage::headingFont() const
{
    QFont font = bodyFont();
    font.setPointSizeF(15);
    font.setBold(true);
    return font;
}

int ReportPage::lineHeight(const QFont &font) const
{
    return QFontMetrics(font, m_device).lineSpacing();
}

void ReportPage::newPage()
{
    m_device->newPage();
    m_y = m_area.top();
}

void ReportPage::ensure(int height)
{
    if (m_y > m_area.top() && m_y + height > m_area.bottom())
        newPage();
}

void ReportPage::heading(const QString &text)
{
    const QFont font = headingFont();
    const int height = lineHeight(font);
    // A heading never ends a page: some of what it heads comes with it.
    ensure(height + kGap + 6 * lineHeight(bodyFont()));
    if (m_y > m_area.top())
        m_y += 2 * kGap;
    m_painter.setFont(font);
    m_painter.setPen(Qt::black);
    m_painter.drawText(
        QRect(m_area.left(), m_y, m_area.width(), height), Qt::AlignLeft | Qt::AlignVCenter, text);
    m_y += height;
    m_painter.drawLine(m_area.left(), m_y, m_area.right(), m_y);
    m_y += kGap;
}

void ReportPage::text(const QString &text, const QFont &font)
{
    m_painter.setFont(font);
    m_painter.setPen(Qt::black);
    const QStringList paragraphs = text.split(u'\n');
    for (const QString &paragraph : paragraphs) {
        QTextLayout layout(paragraph, font, m_device);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        qreal top = 0;
        QList<QTextLine> lines;
        while (true) {
            QTextLine line = layout.createLine();
            if (!line.isValid())
                break;
            line.setLineWidth(m_area.width());
            line.setPosition(QPointF(0, top));
            top += line.height();
            lines << line;
        }
        layout.endLayout();
        if (lines.isEmpty()) { // an empty line between paragraphs
            m_y += lineHeight(font);
            continue;
        }
        for (const QTextLine &line : std::as_const(lines)) {
            ensure(int(line.height()) + 1);
            line.draw(&m_painter, QPointF(m_area.left(), m_y - line.y()));
            m_y += int(std::ceil(line.height()));
        }
    }
    m_y += kGap / 2;
}

void ReportPage::table(
    const QStringList &header, const QList<QStringList> &rows, const QList<int> &stretch)
{
    const QFont font = bodyFont();
    QFont bold = font;
    bold.setBold(true);
    const int row = lineHeight(font) + 4;
    int total = 0;
    for (int s : stretch)
        total += s;
    QList<QRect> columns;
    int x = m_area.left();
    for (int i = 0; i < header.size(); ++i) {
        const int w = m_area.width() * stretch.value(i, 1) / std::max(total, 1);
        columns << QRect(x, 0, w, row);
        x += w;
    }
    const auto drawRow = [&](const QStringList &cells, const QFont &f, bool line) {
        m_painter.setFont(f);
        for (int i = 0; i < columns.size(); ++i) {
            const QRect cell = columns.at(i).translated(0, m_y).adjusted(3, 0, -3, 0);
            const QString text = QFontMetrics(f, m_device)
                                     .elidedText(cells.value(i), Qt::ElideRight, cell.width());
            m_painter.drawText(
                cell, (i == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter, text);
        }
        m_y += row;
        if (line)
            m_painter.drawLine(m_area.left(), m_y, m_area.right(), m_y);
    };
    m_painter.setPen(Qt::black);
    ensure(3 * row);
    drawRow(header, bold, true);
    for (const QStringList &cells : rows) {
        if (m_y + row > m_area.bottom()) {
            newPage();
            drawRow(header, bold, true);
        }
        drawRow(cells, font, false);
    }
    m_y += kGap;
}

QRect ReportPage::take(int height)
{
    height = std::min(height, m_area.height());
    ensure(height);
    const QRect rect(m_area.left(), m_y, m_area.width(), height);
    m_y += height + kGap;
    return rect;
}

} // namespace wb
