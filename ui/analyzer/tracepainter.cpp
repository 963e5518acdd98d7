#include "tracepainter.h"

#include "canvas/componenticons.h"
#include "recording/decimation.h"
#include "recording/recording.h"
#include "theme.h"
#include "timeaxis.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>
#include <ranges>

namespace wb {

namespace tracelayout {

int rowHeight(const TraceRow &row)
{
    switch (row.kind) {
    case TraceRow::Kind::Digital:
        return kDigitalHeight;
    case TraceRow::Kind::Level:
        return kLevelHeight;
    case TraceRow::Kind::Messages:
        break;
    }
    return kMessageHeight;
}

int rowsHeight(const QList<TraceRow> &rows)
{
    int height = 0;
    for (const TraceRow &row : rows)
        height += rowHeight(row);
    return height;
}

QRect plotRect(const QRect &area)
{
    return area.adjusted(kLabelWidth, kRulerHeight, 0, 0);
}

QRect rowRect(const QList<TraceRow> &rows, const QRect &area, int scrollY, int row)
{
    int y = area.top() + kRulerHeight - scrollY;
    for (int i = 0; i < row && i < rows.size(); ++i)
        y += rowHeight(rows.at(i));
    if (row < 0 || row >= rows.size())
        return {};
    return QRect(area.left(), y, area.width(), rowHeight(rows.at(row)));
}

int rowAt(const QList<TraceRow> &rows, const QRect &area, int scrollY, int y)
{
    if (y < area.top() + kRulerHeight)
        return -1;
    int top = area.top() + kRulerHeight - scrollY;
    for (int i = 0; i < rows.size(); ++i) {
        const int h = rowHeight(rows.at(i));
        if (y >= top && y < top + h)
            return i;
        top += h;
    }
    return -1;
}

} // namespace tracelayout

using theme::blend;
using theme::withAlpha;

TracePainter::TracePainter(QPainter *painter, const QRect &area, const QPalette &palette)
    : m_p(painter), m_area(area), m_plot(tracelayout::plotRect(area)), m_palette(palette)
{
    m_dark = palette.color(QPalette::Base).lightness() < 128;
    m_background = m_dark ? QColor(0x15, 0x17, 0x1a) : QColor(0xff, 0xff, 0xff);
    m_text = palette.color(QPalette::Text);
    m_stripe = blend(m_background, m_text, m_dark ? 0.035 : 0.025);
    m_grid = blend(m_background, m_text, m_dark ? 0.12 : 0.09);
    m_dim = blend(m_background, m_text, 0.55);
    m_panel = palette.color(QPalette::Window);
}

double TracePainter::xFor(const TraceFrame &frame, const QRect &plot, qint64 timeNs)
{
    return plot.left() + double(timeNs - frame.startNs) / double(frame.nsPerPixel);
}

void TracePainter::paint(const TraceFrame &frame)
{
    m_p->save();
    m_p->fillRect(m_area, m_background);
    m_p->fillRect(
        QRect(m_area.left(), m_plot.top(), tracelayout::kLabelWidth, m_plot.height()), m_panel);
    if (frame.rows.isEmpty() || !frame.recording) {
        paintRuler(frame);
        m_p->setPen(m_dim);
        m_p->drawText(m_plot.adjusted(16, 16, -16, -16), Qt::AlignCenter | Qt::TextWordWrap,
            frame.placeholder);
        m_p->restore();
        return;
    }
    m_p->setClipRect(QRect(m_area.left(), m_plot.top(), m_area.width(), m_plot.height()));
    for (int i = 0; i < frame.rows.size(); ++i) {
        const QRect rect = tracelayout::rowRect(frame.rows, m_area, frame.scrollY, i);
        if (rect.bottom() < m_plot.top() || rect.top() > m_plot.bottom())
            continue;
        paintRow(frame, frame.rows.at(i), rect, i % 2 == 1);
        paintLabel(frame, frame.rows.at(i), rect, i == frame.hoverRow);
    }
    // The label column's edge.
    m_p->setPen(m_grid);
    m_p->drawLine(m_plot.left() - 1, m_plot.top(), m_plot.left() - 1, m_plot.bottom());
    m_p->setClipping(false);
    paintDropped(frame);
    paintRuler(frame);
    paintCursors(frame);
    m_p->restore();
}

void TracePainter::paintRuler(const TraceFrame &frame)
{
    m_p->save();
    const QRect ruler(m_plot.left(), m_area.top(), m_plot.width(), tracelayout::kRulerHeight);
    const QRect corner(
        m_area.left(), m_area.top(), tracelayout::kLabelWidth, tracelayout::kRulerHeight);
    m_p->fillRect(corner.united(ruler), m_panel);
    m_p->setPen(m_grid);
    m_p->drawLine(m_area.left(), ruler.bottom(), m_area.right(), ruler.bottom());
    QFont small = m_p->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    m_p->setFont(small);
    m_p->setPen(m_dim);
    m_p->drawText(corner.adjusted(10, 0, -6, 0), Qt::AlignVCenter | Qt::AlignLeft,
        QStringLiteral("%1 / px").arg(timeaxis::duration(frame.nsPerPixel)));
    if (m_plot.width() <= 0) {
        m_p->restore();
        return;
    }
    const qint64 origin = frame.recording ? frame.recording->startNs() : 0;
    const QList<timeaxis::Tick> ticks
        = timeaxis::ticks(frame.startNs - origin, frame.nsPerPixel, m_plot.width());
    QList<QLine> minors;
    QList<QLine> majors;
    QList<QLine> grid;
    for (const timeaxis::Tick &tick : ticks) {
        const int x = int(std::floor(xFor(frame, m_plot, tick.timeNs + origin)));
        if (!tick.major) {
            minors << QLine(x, ruler.bottom() - 4, x, ruler.bottom());
            continue;
        }
        majors << QLine(x, ruler.bottom() - 10, x, ruler.bottom());
        grid << QLine(x, m_plot.top(), x, m_plot.bottom());
        m_p->setPen(m_text);
        m_p->drawText(QRect(x + 4, ruler.top() + 3, 140, ruler.height() - 14),
            Qt::AlignLeft | Qt::AlignVCenter, tick.label);
    }
    m_p->setPen(m_grid);
    m_p->drawLines(minors);
    m_p->setPen(m_dim);
    m_p->drawLines(majors);
    // Grid lines behind nothing but the background: drawn faint over the rows.
    if (frame.recording && !frame.rows.isEmpty()) {
        m_p->setPen(QPen(withAlpha(m_grid, 150), 1, Qt::DotLine));
        m_p->setClipRect(m_plot);
        m_p->drawLines(grid);
        m_p->setClipping(false);
    }
    m_p->restore();
}

void TracePainter::paintRow(
    const TraceFrame &frame, const TraceRow &row, const QRect &rect, bool odd)
{
    const QRect plotRow(m_plot.left(), rect.top(), m_plot.width(), rect.height());
    if (odd)
        m_p->fillRect(plotRow, m_stripe);
    if (row.node == frame.highlight && frame.highlight != 0)
        m_p->fillRect(plotRow, withAlpha(theme::colors().accent, m_dark ? 34 : 24));
    m_p->setPen(withAlpha(m_grid, 120));
    m_p->drawLine(rect.left(), rect.bottom(), rect.right(), rect.bottom());
    m_p->save();
    m_p->setClipRect(plotRow.intersected(m_plot));
    switch (row.kind) {
    case TraceRow::Kind::Digital:
        paintDigital(frame, row, plotRow);
        break;
    case TraceRow::Kind::Level:
        paintLevel(frame, row, plotRow);
        break;
    case TraceRow::Kind::Messages:
        paintMessages(frame, row, plotRow);
        break;
    }
    m_p->restore();
}

void TracePainter::paintLabel(
    const TraceFrame &frame, const TraceRow &row, const QRect &rect, bool hover)
{
    const QRect label(rect.left(), rect.top(), tracelayout::kLabelWidth - 1, rect.height());
    if (row.node == frame.highlight && frame.highlight != 0)
        m_p->fillRect(label, withAlpha(theme::colors().accent, m_dark ? 70 : 45));
    else if (hover)
        m_p->fillRect(label, withAlpha(m_text, 14));
    m_p->setPen(withAlpha(m_grid, 120));
    m_p->drawLine(label.left(), label.bottom(), label.right(), label.bottom());
    // A node's own signal (a digital one or a level) in bold with its icon; its messages below.
    const bool digital = row.kind != TraceRow::Kind::Messages;
    const int indent = digital ? 0 : 14;
    // The colour tag, as on a probe lead.
    m_p->fillRect(
        QRect(label.left() + indent + 4, label.top() + 5, 4, label.height() - 10), row.color);
    int x = label.left() + indent + 14;
    const Recording::Node *node = frame.recording ? frame.recording->node(row.node) : nullptr;
    if (digital && node && node->kind != NodeKind::External) {
        m_p->save();
        m_p->setRenderHint(QPainter::Antialiasing);
        componenticons::paint(m_p, QRectF(x, label.center().y() - 8, 16, 16), node->kind, m_dark);
        m_p->restore();
        x += 22;
    }
    QFont font = m_p->font();
    font.setBold(digital);
    m_p->setFont(font);
    const QFontMetrics metrics(font);
    const int width = label.right() - x - 6;
    m_p->setPen(m_text);
    const QRect top(x, label.top() + (digital ? 4 : 1), width, label.height() / 2 + 1);
    m_p->drawText(
        top, Qt::AlignLeft | Qt::AlignBottom, metrics.elidedText(row.label, Qt::ElideRight, width));
    QFont small = font;
    small.setBold(false);
    small.setPointSizeF(font.pointSizeF() * 0.85);
    m_p->setFont(small);
    m_p->setPen(m_dim);
    const QRect bottom(x, label.center().y() + (digital ? 3 : 2), width, label.height() / 2 - 3);
    m_p->drawText(bottom, Qt::AlignLeft | Qt::AlignTop,
        QFontMetrics(small).elidedText(row.detail, Qt::ElideRight, width));
    font.setBold(false);
    m_p->setFont(font);
}

void TracePainter::paintDigital(const TraceFrame &frame, const TraceRow &row, const QRect &rect)
{
    const Recording::Digital &d = frame.recording->digital(row.index);
    const decimation::Levels levels { d.frontValue, d.before, d.knownFromNs, frame.nowNs };
    const decimation::Window window { frame.startNs, frame.nsPerPixel, rect.width() };
    const std::vector<decimation::Run> runs
        = decimation::runs(decimation::digital(d.edges, levels, window));

    const int yHigh = rect.top() + 8;
    const int yLow = rect.bottom() - 8;
    QColor line = row.color;
    if (!m_dark)
        line = line.darker(118);
    const QColor fill = withAlpha(row.color, m_dark ? 46 : 40);
    const QColor busy = m_dark ? row.color.lighter(135) : row.color.darker(135);
    QList<QLine> lines;
    QList<QRect> fills;
    QList<QRect> mixed;
    QList<QRect> hidden;
    int previous = -1; // -1 unknown, 0 low, 1 high, 2 both
    for (const decimation::Run &run : runs) {
        const int x0 = rect.left() + run.x0;
        const int x1 = rect.left() + run.x1;
        const decimation::Pixel &p = run.pixel;
        if (!p.known) {
            previous = -1;
            continue;
        }
        if (p.min == p.max) {
            const int level = p.max ? 1 : 0;
            const int y = level ? yHigh : yLow;
            lines << QLine(x0, y, x1, y);
            if (level)
                fills << QRect(x0, yHigh, x1 - x0, yLow - yHigh);
            if (previous == 1 - level)
                lines << QLine(x0, yHigh, x0, yLow);
            previous = level;
            continue;
        }
        // Both levels within a pixel: a bar, brighter where it hides several edges.
        (p.edges >= decimation::kSeveral ? hidden : mixed)
            << QRect(x0, yHigh, x1 - x0, yLow - yHigh + 1);
        previous = 2;
    }
    for (const QRect &r : std::as_const(fills))
        m_p->fillRect(r, fill);
    for (const QRect &r : std::as_const(mixed))
        m_p->fillRect(r, line);
    for (const QRect &r : std::as_const(hidden))
        m_p->fillRect(r, busy);
    m_p->setPen(QPen(line, 2, Qt::SolidLine, Qt::FlatCap));
    m_p->drawLines(lines);
}

void TracePainter::paintMessages(const TraceFrame &frame, const TraceRow &row, const QRect &rect)
{
    const Recording &recording = *frame.recording;
    const Recording::Stream &stream = recording.stream(row.index);
    const qint64 endNs = frame.startNs + frame.nsPerPixel * rect.width();
    const qsizetype lo = recording.lowerBound(row.index, frame.startNs);
    const qsizetype hi = recording.lowerBound(row.index, endNs);
    const int y0 = rect.top() + 5;
    const int y1 = rect.bottom() - 5;
    const theme::Colors colors = theme::colors();

    if (hi - lo > rect.width() / 3) {
        // More messages than pixels can tell apart: where there are any, and how many.
        const auto times = stream.records | std::views::transform(&Recording::Record::timeNs);
        const std::vector<quint32> counts
            = decimation::counts(times, { frame.startNs, frame.nsPerPixel, rect.width() });
        const QColor band = withAlpha(row.color, m_dark ? 120 : 100);
        for (int c = 0; c < int(counts.size());) {
            if (counts[std::size_t(c)] == 0) {
                ++c;
                continue;
            }
            int e = c;
            while (e < int(counts.size()) && counts[std::size_t(e)] > 0)
                ++e;
            m_p->fillRect(QRect(rect.left() + c, y0, e - c, y1 - y0), band);
            c = e;
        }
        m_p->setPen(m_text);
        m_p->drawText(rect, Qt::AlignCenter,
            QCoreApplication::translate("wb::TracePainter", "%L1 events here: zoom in to read them")
                .arg(hi - lo));
        return;
    }

    m_p->setRenderHint(QPainter::Antialiasing);
    const QFontMetrics metrics(m_p->font());
    const QColor fill = withAlpha(row.color, m_dark ? 60 : 42);
    QColor border = row.color;
    if (!m_dark)
        border = border.darker(125);
    // A message that started before the view may end inside it (after its retries and the
    // gate's events).
    for (qsizetype i = std::max<qsizetype>(0, lo - 16); i < hi; ++i) {
        const Recording::Record &q = stream.records[std::size_t(i)];
        if (!recording.isQuestion(row.index, i)) {
            paintMark(frame, rect, q);
            continue;
        }
        const qsizetype a = recording.answerOf(row.index, i);
        const Recording::Record *answer = a >= 0 ? &stream.records[std::size_t(a)] : nullptr;
        // Without an answer, a message the gate dropped ends at the drop.
        const qsizetype l = answer ? -1 : recording.lossOf(row.index, i);
        const Recording::Record *loss = l >= 0 ? &stream.records[std::size_t(l)] : nullptr;
        const qint64 until = answer ? answer->timeNs
            : loss                  ? loss->timeNs
                                    : std::max(q.timeNs, frame.nowNs);
        const double xa = xFor(frame, rect, q.timeNs);
        const double xb = std::max(xa + 1, xFor(frame, rect, until));
        if (xb < rect.left() || xa > rect.right())
            continue;
        const QString ack = answer ? recording.text(*answer) : QString();
        QColor edge = border;
        QColor body = fill;
        if ((answer && answer->type == Recording::EventType::Failed) || loss) {
            edge = colors.error;
            body = withAlpha(colors.error, 60);
        } else if (ack.startsWith(QLatin1String("error: "))) {
            edge = colors.warning;
            body = withAlpha(colors.warning, 60);
        }
        const double mid = rect.center().y() + 0.5;
        const double a0 = std::max(xa, rect.left() - 10.0);
        const double b0 = std::min(xb, rect.right() + 10.0);
        const double bevel = std::min(4.0, (b0 - a0) / 2);
        QPainterPath path;
        path.moveTo(a0, mid);
        path.lineTo(a0 + bevel, y0 + 0.5);
        path.lineTo(b0 - bevel, y0 + 0.5);
        path.lineTo(b0, mid);
        path.lineTo(b0 - bevel, y1 + 0.5);
        path.lineTo(a0 + bevel, y1 + 0.5);
        path.closeSubpath();
        m_p->setPen(QPen(edge, 1));
        m_p->setBrush(body);
        m_p->drawPath(path);
        const double visible0 = std::max(a0, double(rect.left()));
        const double visible1 = std::min(b0, double(rect.right()));
        const int room = int(visible1 - visible0) - 6;
        const QString text = recording.text(q);
        if (room < metrics.horizontalAdvance(text)
            && room < metrics.horizontalAdvance(QStringLiteral("0…")))
            continue;
        QString label = text;
        if (answer && metrics.horizontalAdvance(text + QStringLiteral(" → ") + ack) <= room)
            label = text + QStringLiteral(" → ") + ack;
        m_p->setPen(m_text);
        m_p->drawText(QRectF(visible0 + 3, y0, room, y1 - y0), Qt::AlignCenter,
            metrics.elidedText(label, Qt::ElideRight, room));
    }
    m_p->setRenderHint(QPainter::Antialiasing, false);
}

void TracePainter::paintDropped(const TraceFrame &frame)
{
    const Recording &recording = *frame.recording;
    if (recording.droppedCount() == 0)
        return;
    const double x = xFor(frame, m_plot, recording.droppedUntilNs());
    if (x < m_plot.left())
        return;
    const QColor warning = theme::colors().warning;
    const int right = int(std::min<double>(x, m_plot.right()));
    const QRect lost(m_plot.left(), m_plot.top(), right - m_plot.left() + 1, m_plot.height());
    m_p->fillRect(lost, withAlpha(m_background, 200));
    m_p->fillRect(lost, QBrush(withAlpha(warning, 90), Qt::BDiagPattern));
    m_p->setPen(QPen(warning, 2));
    m_p->drawLine(right, m_area.top(), right, m_plot.bottom());
    const QString text
        = QCoreApplication::translate("wb::TracePainter", "%L1 older events dropped (cap %L2)")
              .arg(recording.droppedCount())
              .arg(recording.cap());
    const int w = m_p->fontMetrics().horizontalAdvance(text) + 12;
    const QRect badge(std::max(m_plot.left() + 2, right - w - 4), m_plot.top() + 4, w, 20);
    m_p->fillRect(badge, warning);
    m_p->setPen(QColor(0x1b, 0x1b, 0x1b));
    m_p->drawText(badge, Qt::AlignCenter, text);
}

void TracePainter::paintCursors(const TraceFrame &frame)
{
    const theme::Colors colors = theme::colors();
    const QColor colorA = colors.accent;
    const QColor colorB(0xe8, 0x6a, 0x1c);
    const int top = m_area.top();
    const int rulerBottom = top + tracelayout::kRulerHeight - 1;
    std::optional<int> xa;
    std::optional<int> xb;
    const auto place = [&](const std::optional<qint64> &t) -> std::optional<int> {
        if (!t)
            return std::nullopt;
        const double x = xFor(frame, m_plot, *t);
        if (x < m_plot.left() - 1 || x > m_plot.right() + 1)
            return std::nullopt;
        return int(std::floor(x));
    };
    xa = place(frame.cursorA);
    xb = place(frame.cursorB);
    if (frame.cursorA && frame.cursorB) {
        const double x0 = std::clamp(xFor(frame, m_plot, std::min(*frame.cursorA, *frame.cursorB)),
            double(m_plot.left()), double(m_plot.right()));
        const double x1 = std::clamp(xFor(frame, m_plot, std::max(*frame.cursorA, *frame.cursorB)),
            double(m_plot.left()), double(m_plot.right()));
        m_p->fillRect(QRectF(x0, m_plot.top(), x1 - x0, m_plot.height()), withAlpha(colorA, 22));
        const qint64 dt = *frame.cursorB - *frame.cursorA;
        const QString text
            = QStringLiteral("Δt %1  ·  %2").arg(timeaxis::duration(dt), timeaxis::frequency(dt));
        const int w = m_p->fontMetrics().horizontalAdvance(text) + 14;
        const int cx = int((x0 + x1) / 2);
        const QRect badge(
            std::clamp(cx - w / 2, m_plot.left(), std::max(m_plot.left(), m_plot.right() - w)),
            rulerBottom - 17, w, 17);
        m_p->fillRect(badge, m_dark ? QColor(0x30, 0x33, 0x39) : QColor(0xff, 0xff, 0xff));
        m_p->setPen(withAlpha(colorA, 200));
        m_p->drawRect(badge.adjusted(0, 0, -1, -1));
        m_p->setPen(m_text);
        m_p->drawText(badge, Qt::AlignCenter, text);
    }
    const auto drawCursor = [&](int x, const QColor &color, const QString &name) {
        m_p->setPen(QPen(color, 1, Qt::DashLine));
        m_p->drawLine(x, m_plot.top(), x, m_plot.bottom());
        m_p->setPen(QPen(color, 1));
        m_p->drawLine(x, top, x, rulerBottom);
        const QRect flag(x - 8, top + 1, 16, 14);
        m_p->fillRect(flag, color);
        m_p->setPen(Qt::white);
        QFont bold = m_p->font();
        bold.setBold(true);
        m_p->setFont(bold);
        m_p->drawText(flag, Qt::AlignCenter, name);
        bold.setBold(false);
        m_p->setFont(bold);
    };
    if (xa)
        drawCursor(*xa, colorA, QStringLiteral("A"));
    if (xb)
        drawCursor(*xb, colorB, QStringLiteral("B"));
}

} // namespace wb
