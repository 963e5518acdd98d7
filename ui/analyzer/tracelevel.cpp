// A numeric level's row: a queue's fill as a step plot (TracePainter).
#include "recording/decimation.h"
#include "theme.h"
#include "tracepainter.h"

#include <QCoreApplication>
#include <QPainter>
#include <ranges>

namespace wb {

using theme::withAlpha;

// From min/max-decimated changes, one run of equal columns at a time: a flat line at the value
// with the area below filled (in the warning colour where the queue is full), a bar from the
// lowest to the highest value where a column hides changes, a riser where the value steps.
// Values are written above their step where there is room; the capacity is a dashed line.
void TracePainter::paintLevel(const TraceFrame &frame, const TraceRow &row, const QRect &rect)
{
    const Recording &recording = *frame.recording;
    const Recording::Numeric &n = recording.numeric(row.index);
    const auto &records = recording.stream(n.stream).records;
    const auto times = records | std::views::transform(&Recording::Record::timeNs);
    const auto values = records | std::views::transform(&Recording::Record::value);
    const decimation::Steps steps { n.before, n.knownFromNs, frame.nowNs };
    const decimation::Window window { frame.startNs, frame.nsPerPixel, rect.width() };
    const std::vector<decimation::StepRun> runs = decimation::stepRuns(
        decimation::numeric(times, values, steps, window, [&](qsizetype from, qsizetype to) {
            return recording.numericMinMax(row.index, from, to);
        }));

    const QFontMetrics metrics(m_p->font());
    const int top = rect.top() + metrics.height() / 2 + 4;
    const int bottom = rect.bottom() - 5;
    const quint32 range = std::max<quint32>(1, n.range);
    const auto yFor = [&](quint32 value) {
        return bottom - int(std::lround(double(bottom - top) * std::min(value, range) / range));
    };
    QColor line = row.color;
    if (!m_dark)
        line = line.darker(118);
    const QColor fill = withAlpha(row.color, m_dark ? 46 : 40);
    const QColor full = withAlpha(theme::colors().warning, m_dark ? 90 : 80);
    const QColor busy = m_dark ? row.color.lighter(135) : row.color.darker(135);

    // Full is where the producers wait: the capacity as a dashed line, named at the left.
    m_p->setPen(QPen(withAlpha(m_dim, 140), 1, Qt::DashLine));
    m_p->drawLine(rect.left(), top, rect.right(), top);

    QList<QLine> lines;
    QList<QRect> fills;
    QList<QRect> fulls;
    QList<QRect> bars;
    QList<QRect> hidden;
    QList<std::pair<QRect, quint32>> labels;
    std::optional<int> previous; // the y the last run ended at
    for (const decimation::StepRun &run : runs) {
        const int x0 = rect.left() + run.x0;
        const int x1 = rect.left() + run.x1;
        const decimation::Step &s = run.step;
        if (!s.known) {
            previous.reset();
            continue;
        }
        if (previous && *previous != yFor(s.first))
            lines << QLine(x0, *previous, x0, yFor(s.first));
        if (s.min == s.max) {
            const int y = yFor(s.min);
            lines << QLine(x0, y, x1, y);
            (s.min >= range ? fulls : fills) << QRect(x0, y, x1 - x0, bottom - y + 1);
            labels.append(
                { QRect(x0, y - metrics.height() - 1, x1 - x0, metrics.height()), s.min });
        } else {
            // Several values within a pixel: a bar over them, brighter where it hides several.
            (s.changes >= decimation::kSeveral ? hidden : bars)
                << QRect(x0, yFor(s.max), x1 - x0, yFor(s.min) - yFor(s.max) + 1);
            fills << QRect(x0, yFor(s.min), x1 - x0, bottom - yFor(s.min) + 1);
        }
        previous = yFor(s.last);
    }
    for (const QRect &r : std::as_const(fills))
        m_p->fillRect(r, fill);
    for (const QRect &r : std::as_const(fulls))
        m_p->fillRect(r, full);
    for (const QRect &r : std::as_const(bars))
        m_p->fillRect(r, line);
    for (const QRect &r : std::as_const(hidden))
        m_p->fillRect(r, busy);
    m_p->setPen(QPen(line, 2, Qt::SolidLine, Qt::FlatCap));
    m_p->drawLines(lines);

    // A value where its step is wide enough to read it.
    const QFont font = m_p->font();
    QFont small = font;
    small.setPointSizeF(small.pointSizeF() * 0.85);
    m_p->setFont(small);
    const QFontMetrics smallMetrics(small);
    m_p->setPen(m_text);
    for (const auto &[box, value] : std::as_const(labels)) {
        const QString text = QString::number(value);
        if (box.width() < smallMetrics.horizontalAdvance(text) + 8)
            continue;
        // Above the step, or inside the area below it when it is at the top.
        const QRect at = box.top() < rect.top() ? box.translated(0, metrics.height() + 2) : box;
        m_p->drawText(at.adjusted(4, 0, -2, 0), Qt::AlignLeft | Qt::AlignBottom, text);
    }
    m_p->setPen(m_dim);
    m_p->drawText(QRect(rect.right() - 120, rect.top(), 116, top - rect.top()),
        Qt::AlignRight | Qt::AlignVCenter,
        QCoreApplication::translate("wb::TracePainter", "capacity %L1").arg(range));
    m_p->setFont(font);
}

} // namespace wb
