#include "chartpainter.h"

#include "analyzer/timeaxis.h"
#include "canvas/componenticons.h"
#include "chart/sequencemodel.h"
#include "theme.h"

#include <QPainter>
#include <QPainterPath>
#include <cmath>

namespace wb {

namespace chartlayout {

QRect plotRect(const QRect &area)
{
    return area.adjusted(kRulerWidth, kHeaderHeight, 0, 0);
}

chartgeometry::LaneLayout lanes(const QRect &area, int laneCount)
{
    const QRect plot = plotRect(area);
    const int count = std::max(1, laneCount);
    const int width = std::clamp(plot.width() / count, kMinLaneWidth, kMaxLaneWidth);
    // A few lanes in a wide dock stand in its middle, not at its left edge.
    const int spare = std::max(0, plot.width() - width * count);
    return { double(plot.left() + spare / 2), double(width) };
}

chartgeometry::View view(const ChartFrame &frame, const QRect &area)
{
    return { &frame.axis, double(plotRect(area).height()), &frame.lanes };
}

} // namespace chartlayout

namespace {

using chartgeometry::Arrow;

constexpr int kSelfLoop = 28; // how far a message to itself swings out
constexpr int kHead = 7;
// Arrows in adjacent rows between the same lanes drawn as one band from this many (zoomed out,
// a run of thousands of messages is a few hundred of them).
constexpr std::size_t kMinRun = 3;
constexpr int kRunGap = 2; // rows between two of a run (lines 2 px wide, heads 6)

using theme::blend;
using theme::withAlpha;

QPolygonF headOf(const QLineF &line)
{
    if (line.length() < 1)
        return {};
    const QPointF tip = line.p2();
    const QPointF back = QLineF(tip, line.p1()).unitVector().p2() - tip;
    const QPointF normal(-back.y(), back.x());
    QPolygonF head;
    head << tip << tip + back * kHead + normal * (kHead * 0.45)
         << tip + back * kHead - normal * (kHead * 0.45);
    return head;
}

void paintHead(QPainter *p, const QLineF &line, const QColor &color)
{
    const QPolygonF head = headOf(line);
    if (head.isEmpty())
        return;
    const QPen pen = p->pen();
    p->setPen(Qt::NoPen);
    p->setBrush(color);
    p->drawPolygon(head);
    p->setBrush(Qt::NoBrush);
    p->setPen(pen);
}

void paintCross(QPainter *p, const QPointF &at, const QColor &color)
{
    p->save();
    p->setPen(QPen(color, 2.2, Qt::SolidLine, Qt::RoundCap));
    const double r = 5;
    p->drawLine(at + QPointF(-r, -r), at + QPointF(r, r));
    p->drawLine(at + QPointF(-r, r), at + QPointF(r, -r));
    p->restore();
}

} // namespace

ChartPainter::ChartPainter(QPainter *painter, const QRect &area, const QPalette &palette)
    : m_p(painter), m_area(area), m_plot(chartlayout::plotRect(area))
{
    m_dark = palette.color(QPalette::Base).lightness() < 128;
    m_background = m_dark ? QColor(0x15, 0x17, 0x1a) : QColor(0xff, 0xff, 0xff);
    m_text = palette.color(QPalette::Text);
    m_grid = blend(m_background, m_text, m_dark ? 0.16 : 0.12);
    m_dim = blend(m_background, m_text, 0.55);
    m_panel = palette.color(QPalette::Window);
}

void ChartPainter::paint(const ChartFrame &frame)
{
    m_layout = chartlayout::lanes(m_area, int(frame.lifelines.size()));
    m_small = m_p->font();
    m_small.setPointSizeF(m_small.pointSizeF() * 0.85);
    m_smallMetrics.emplace(m_small);
    m_labelRows.clear();
    m_colors = theme::colors();
    m_p->save();
    m_p->fillRect(m_area, m_background);
    if (!frame.model || frame.lifelines.isEmpty()) {
        paintHeaders(frame);
        paintRuler(frame);
        m_p->setPen(m_dim);
        m_p->drawText(m_plot.adjusted(16, 16, -16, -16), Qt::AlignCenter | Qt::TextWordWrap,
            frame.placeholder);
        m_p->restore();
        return;
    }
    m_p->setClipRect(m_plot);
    paintBreaks(frame);
    paintLifelines(frame);
    m_p->setRenderHint(QPainter::Antialiasing);
    m_p->translate(0, m_plot.top());
    const chartgeometry::View view = chartlayout::view(frame, m_area);
    const std::vector<Arrow> arrows = chartgeometry::arrows(*frame.model, view);
    const int height = m_plot.height();
    // Sorted by kind, end, lanes, then rows: runs of arrows in adjacent rows are neighbours.
    const auto inside = [height](const Arrow &a) {
        return a.fromLane != a.toLane && a.y0 >= 0 && a.y1 >= 0 && a.y0 < height && a.y1 < height;
    };
    const auto continues = [&inside](const Arrow &previous, const Arrow &a) {
        return inside(a) && a.kind == previous.kind && a.end == previous.end
            && a.fromLane == previous.fromLane && a.toLane == previous.toLane
            && a.y0 - previous.y0 <= kRunGap && std::abs(a.y1 - previous.y1) <= kRunGap;
    };
    for (std::size_t i = 0; i < arrows.size();) {
        std::size_t end = i + 1;
        if (inside(arrows[i])) {
            while (end < arrows.size() && continues(arrows[end - 1], arrows[end]))
                ++end;
        }
        if (end - i >= kMinRun)
            paintRun(frame, std::span(arrows).subspan(i, end - i));
        else
            for (; i < end; ++i)
                paintArrow(frame, arrows[i], false);
        i = end;
    }
    // The selected message on top, whatever it was merged with.
    if (frame.model->holds(frame.selected)) {
        for (const Arrow::Kind kind : { Arrow::Kind::Message, Arrow::Kind::Ack }) {
            if (const auto arrow = chartgeometry::arrowOf(*frame.model, frame.selected, kind, view))
                paintArrow(frame, *arrow, true);
        }
    }
    m_p->translate(0, -m_plot.top());
    m_p->setRenderHint(QPainter::Antialiasing, false);
    m_p->setClipping(false);
    paintHeaders(frame);
    paintRuler(frame);
    m_p->restore();
}

void ChartPainter::paintRuler(const ChartFrame &frame)
{
    const QRect ruler(m_area.left(), m_plot.top(), chartlayout::kRulerWidth, m_plot.height());
    m_p->fillRect(ruler, m_panel);
    m_p->setPen(m_grid);
    m_p->drawLine(ruler.right(), ruler.top(), ruler.right(), ruler.bottom());
    if (!frame.model)
        return;
    QFont small = m_p->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    m_p->setFont(small);
    const double height = m_plot.height();
    const std::vector<chartgeometry::TimeAxis::Break> breaks = frame.axis.breaksIn(0, height);
    const qint64 step = timeaxis::majorStep(
        std::max<qint64>(1, qint64(std::ceil(frame.axis.options().nsPerPixel))), 60);
    const qint64 from = frame.axis.time(0) - frame.zeroNs;
    const qint64 to = frame.axis.time(height) - frame.zeroNs;
    qint64 t = (from / step) * step;
    double lastY = -100;
    std::size_t b = 0;
    for (int guard = 0; t <= to && guard < 1000; ++guard, t += step) {
        // Ticks do not count through a break: the ruler goes on after it.
        while (b < breaks.size() && breaks[b].toNs - frame.zeroNs < t)
            ++b;
        if (b < breaks.size() && breaks[b].fromNs - frame.zeroNs < t) {
            t = ((breaks[b].toNs - frame.zeroNs) / step + 1) * step - step;
            continue;
        }
        const double y = frame.axis.y(t + frame.zeroNs);
        if (y < 0 || y > height || y - lastY < 18)
            continue;
        lastY = y;
        const int sy = m_plot.top() + int(std::lround(y));
        m_p->setPen(m_grid);
        m_p->drawLine(ruler.right() - 5, sy, ruler.right(), sy);
        m_p->setPen(m_dim);
        m_p->drawText(QRect(ruler.left() + 2, sy - 8, ruler.width() - 10, 16),
            Qt::AlignRight | Qt::AlignVCenter, timeaxis::timeLabel(t, step));
    }
    m_p->setFont(QFont());
}

void ChartPainter::paintBreaks(const ChartFrame &frame)
{
    QFont small = m_p->font();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    m_p->save();
    m_p->setFont(small);
    const std::vector<chartgeometry::TimeAxis::Break> breaks
        = frame.axis.breaksIn(0, m_plot.height());
    for (const chartgeometry::TimeAxis::Break &gap : breaks) {
        const QRectF band(m_area.left(), m_plot.top() + gap.y0, m_area.width(), gap.y1 - gap.y0);
        m_p->fillRect(band, withAlpha(m_text, m_dark ? 18 : 12));
        // A torn edge: the time in between is not to scale.
        QPainterPath zigzag;
        const double mid = band.center().y();
        zigzag.moveTo(band.left(), mid);
        for (double x = band.left(); x < band.right(); x += 8)
            zigzag.lineTo(x + 4, mid + ((int(x / 8) % 2) ? 3 : -3));
        m_p->setPen(QPen(m_grid, 1));
        m_p->drawPath(zigzag);
        m_p->setPen(m_dim);
        m_p->drawText(band.adjusted(m_plot.left() - m_area.left() + 6, 0, -6, 0),
            Qt::AlignRight | Qt::AlignVCenter,
            QObject::tr("%1 idle").arg(timeaxis::duration(gap.toNs - gap.fromNs)));
    }
    m_p->restore();
}

void ChartPainter::paintLifelines(const ChartFrame &frame)
{
    const QColor accent = theme::colors().accent;
    for (int lane = 0; lane < frame.lifelines.size(); ++lane) {
        const double x = chartgeometry::laneX(lane, m_layout);
        const bool highlight
            = frame.highlight != 0 && frame.lifelines.at(lane).node == frame.highlight;
        if (highlight)
            m_p->fillRect(
                QRectF(x - m_layout.width / 2, m_plot.top(), m_layout.width, m_plot.height()),
                withAlpha(accent, m_dark ? 30 : 18));
        m_p->setPen(highlight ? QPen(accent, 2) : QPen(m_grid, 1, Qt::DashLine));
        m_p->drawLine(QPointF(x, m_plot.top()), QPointF(x, m_plot.bottom()));
    }
}

void ChartPainter::paintHeaders(const ChartFrame &frame)
{
    const QRect header(m_area.left(), m_area.top(), m_area.width(), chartlayout::kHeaderHeight);
    m_p->fillRect(header, m_panel);
    m_p->setPen(m_grid);
    m_p->drawLine(header.left(), header.bottom(), header.right(), header.bottom());
    const QColor accent = theme::colors().accent;
    QFont bold = m_p->font();
    bold.setBold(true);
    for (int lane = 0; lane < frame.lifelines.size(); ++lane) {
        const Lifeline &line = frame.lifelines.at(lane);
        const double x = chartgeometry::laneX(lane, m_layout);
        const QRectF box(
            x - m_layout.width / 2 + 4, header.top() + 6, m_layout.width - 8, header.height() - 12);
        const bool highlight = frame.highlight != 0 && line.node == frame.highlight;
        m_p->save();
        m_p->setRenderHint(QPainter::Antialiasing);
        m_p->setPen(highlight ? QPen(accent, 2) : QPen(m_grid, 1));
        m_p->setBrush(highlight           ? withAlpha(accent, m_dark ? 70 : 45)
                : lane == frame.hoverLane ? withAlpha(m_text, 20)
                                          : m_background);
        m_p->drawRoundedRect(box, 5, 5);
        QRectF text = box.adjusted(6, 0, -6, 0);
        if (line.node != 0 && line.kind != NodeKind::External) {
            componenticons::paint(
                m_p, QRectF(text.left(), box.center().y() - 8, 16, 16), line.kind, m_dark);
            text.adjust(20, 0, 0, 0);
        }
        m_p->setFont(bold);
        m_p->setPen(m_text);
        m_p->drawText(text, Qt::AlignVCenter | Qt::AlignLeft,
            QFontMetrics(bold).elidedText(line.name, Qt::ElideMiddle, int(text.width())));
        m_p->restore();
    }
    m_p->fillRect(
        QRect(m_area.left(), m_area.top(), chartlayout::kRulerWidth, header.height() - 1), m_panel);
}

QColor ChartPainter::colorOf(const Arrow &arrow, bool selected) const
{
    if (selected)
        return m_colors.accent;
    if (arrow.end == Arrow::End::Dropped)
        return m_colors.error;
    if (arrow.end == Arrow::End::Waiting)
        return m_colors.warning;
    return arrow.kind == Arrow::Kind::Ack
        ? m_colors.running
        : (m_dark ? QColor(0x8c, 0xb4, 0xff) : QColor(0x1d, 0x4e, 0xb0));
}

void ChartPainter::paintRun(const ChartFrame &frame, std::span<const Arrow> run)
{
    // A line swept down a few rows is the hull of its first and last positions: one polygon
    // instead of a stroke each (what makes the whole recording cheap to paint). Acks, dashed
    // one by one, are a lighter band.
    const Arrow &first = run.front();
    const Arrow &last = run.back();
    const bool ack = first.kind == Arrow::Kind::Ack;
    const QColor color = colorOf(first, false);
    const double x0 = chartgeometry::laneX(first.fromLane, m_layout);
    const double x1 = first.end == Arrow::End::Dropped
        ? chartgeometry::dropX(first.fromLane, first.toLane, m_layout)
        : chartgeometry::laneX(first.toLane, m_layout);
    const double half = 1.0;
    QPolygonF band;
    band << QPointF(x0, first.y0 - half) << QPointF(x1, first.y1 - half)
         << QPointF(x1, last.y1 + half) << QPointF(x0, last.y0 + half);
    m_p->setPen(Qt::NoPen);
    m_p->setBrush(ack ? withAlpha(color, 150) : color);
    // Whole rows: antialiasing would only cost (the rasterizer's slow path).
    m_p->setRenderHint(QPainter::Antialiasing, false);
    m_p->drawPolygon(band);
    m_p->setRenderHint(QPainter::Antialiasing);
    const QLineF top(x0, first.y0, x1, first.y1);
    const QLineF bottom(x0, last.y0, x1, last.y1);
    switch (first.end) {
    case Arrow::End::Arrived: {
        const QPolygonF a = headOf(top);
        const QPolygonF b = headOf(bottom);
        if (!a.isEmpty() && !b.isEmpty()) {
            // The top head's upper corner, the tips, the bottom head's lower corner.
            const auto upper = [](const QPolygonF &h) {
                return h[1].y() < h[2].y() ? h[1] : h[2];
            };
            const auto lower = [](const QPolygonF &h) {
                return h[1].y() < h[2].y() ? h[2] : h[1];
            };
            QPolygonF heads;
            heads << upper(a) << a[0] << b[0] << lower(b);
            m_p->setBrush(color);
            m_p->drawPolygon(heads);
        }
        break;
    }
    case Arrow::End::Dropped:
        paintCross(m_p, top.p2(), color);
        paintCross(m_p, bottom.p2(), color);
        break;
    case Arrow::End::Waiting:
        m_p->setBrush(Qt::NoBrush);
        m_p->setPen(QPen(color, 1.6));
        m_p->drawEllipse(top.p2(), 3.5, 3.5);
        m_p->drawEllipse(bottom.p2(), 3.5, 3.5);
        break;
    }
    m_p->setBrush(Qt::NoBrush);
    m_p->setPen(color);
    Arrow total = first;
    total.count = 0;
    for (const Arrow &a : run) {
        total.count += a.count;
        total.first = std::min(total.first, a.first);
    }
    paintLabel(frame, total, QLineF(x0, (first.y0 + last.y0) / 2.0, x1, (first.y1 + last.y1) / 2.0),
        false);
}

void ChartPainter::paintArrow(const ChartFrame &frame, const Arrow &arrow, bool selected)
{
    const bool ack = arrow.kind == Arrow::Kind::Ack;
    const QColor color = colorOf(arrow, selected);
    const double width = selected ? 2.6 : arrow.count > 1 ? 2.0 : 1.3;
    Qt::PenStyle style = ack ? Qt::DashLine : Qt::SolidLine;
    if (arrow.flags & ChartMessage::kEstimated)
        style = Qt::DotLine;
    m_p->setPen(QPen(color, width, style, Qt::FlatCap)); // round caps cost a curve a dash
    m_p->setBrush(Qt::NoBrush);

    const double x0 = chartgeometry::laneX(arrow.fromLane, m_layout);
    const double x1 = chartgeometry::laneX(arrow.toLane, m_layout);
    const QRectF bounds(m_area.left(), -2, m_area.width(), m_plot.height() + 4);
    QLineF line(x0, arrow.y0, x1, arrow.y1);
    if (arrow.end == Arrow::End::Dropped)
        line.setP2(QPointF(chartgeometry::dropX(arrow.fromLane, arrow.toLane, m_layout), arrow.y1));
    if (arrow.fromLane == arrow.toLane) {
        // To itself: a loop out to the right and back.
        QPainterPath loop;
        loop.moveTo(x0, arrow.y0);
        loop.lineTo(x0 + kSelfLoop, arrow.y0);
        loop.lineTo(x0 + kSelfLoop, std::max(arrow.y1, arrow.y0 + 6));
        loop.lineTo(x0, std::max(arrow.y1, arrow.y0 + 6));
        m_p->drawPath(loop);
        line = QLineF(
            x0 + kSelfLoop, std::max(arrow.y1, arrow.y0 + 6), x0, std::max(arrow.y1, arrow.y0 + 6));
    } else {
        const auto clipped = chartgeometry::clip(line, bounds);
        if (!clipped)
            return;
        m_p->drawLine(clipped->line);
        if (clipped->endClipped) {
            paintLabel(frame, arrow, line, selected);
            return;
        }
    }
    switch (arrow.end) {
    case Arrow::End::Arrived:
        paintHead(m_p, line, color);
        break;
    case Arrow::End::Dropped:
        paintCross(m_p, line.p2(), color);
        break;
    case Arrow::End::Waiting:
        // Still on its way (held, delayed, in flight): an open ring where it is now.
        m_p->setBrush(Qt::NoBrush);
        m_p->setPen(QPen(color, 1.6));
        m_p->drawEllipse(line.p2(), 3.5, 3.5);
        break;
    }
    paintLabel(frame, arrow, line, selected);
}

void ChartPainter::paintLabel(
    const ChartFrame &frame, const Arrow &arrow, const QLineF &line, bool selected)
{
    // Dense arrows between two lanes: a label only where the previous one leaves room.
    const QFontMetrics &metrics = *m_smallMetrics;
    const quint64 pair = (quint64(arrow.kind) << 40) | (quint64(quint16(arrow.fromLane)) << 20)
        | quint64(quint16(arrow.toLane));
    const double y = line.center().y();
    if (!selected && m_labelRows.contains(pair) && y - m_labelRows.value(pair) < metrics.height())
        return;
    m_labelRows.insert(pair, y);
    QString text;
    if (arrow.count > 1) {
        text = QStringLiteral("×%L1").arg(arrow.count);
    } else if (frame.model->holds(arrow.first)) {
        const ChartMessage &m = frame.model->message(arrow.first);
        text = arrow.kind == Arrow::Kind::Ack ? frame.model->ackText(m) : frame.model->text(m);
        if (m.has(ChartMessage::kCopy))
            text += QObject::tr(" (copy)");
        else if (m.has(ChartMessage::kRetry))
            text += QObject::tr(" (retry %1)").arg(m.attempt);
        if (arrow.kind == Arrow::Kind::Message && m.has(ChartMessage::kHeld))
            text += QObject::tr(" · held");
    }
    if (text.isEmpty())
        return;
    const double span = std::max(40.0, std::abs(line.dx()) - 12);
    const QString shown = metrics.elidedText(text, Qt::ElideRight, int(span));
    const QPointF mid = line.center();
    const double w = metrics.horizontalAdvance(shown) + 4;
    // Messages labelled above their line, acks below: a quick ack runs along its message.
    const double top
        = arrow.kind == Arrow::Kind::Ack ? mid.y() + 1 : mid.y() - metrics.height() - 1;
    const QRectF box(mid.x() - w / 2, top, w, metrics.height());
    m_p->save();
    m_p->setFont(m_small);
    m_p->setPen(m_p->pen().color());
    m_p->fillRect(box, withAlpha(m_background, 200));
    m_p->drawText(box, Qt::AlignCenter, shown);
    m_p->restore();
}

} // namespace wb
