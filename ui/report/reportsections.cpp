#include "reportsections.h"

#include "analyzer/tracepainter.h"
#include "analyzer/traceview.h"
#include "chart/chartpainter.h"
#include "chart/chartview.h"
#include "chart/sequencemodel.h"
#include "document/circuit.h"
#include "labreport.h"
#include "recording/recording.h"
#include "reportpage.h"
#include "runtime/trafficstats.h"
#include "theme.h"

#include <QCoreApplication>
#include <QMap>
#include <algorithm>
#include <limits>

namespace wb::reportsections {

namespace {

constexpr double kBreakHeight = 18; // as the chart view draws an idle break
constexpr double kMinNsPerPixel = 20'000; // a short range is not blown up beyond 20 µs a pixel

QString tr(const char *text)
{
    return QCoreApplication::translate("wb::reportsections", text);
}

QString seconds(qint64 ns)
{
    return QStringLiteral("%L1 s").arg(double(ns) / 1e9, 0, 'f', 3);
}

QString milliseconds(double ns)
{
    return QStringLiteral("%L1 ms").arg(ns / 1e6, 0, 'f', 2);
}

// [fromNs, toNs] within what the model holds.
std::pair<qint64, qint64> clampRange(const SequenceModel &model, qint64 fromNs, qint64 toNs)
{
    return { std::max(fromNs, model.firstNs()), std::min(toNs, model.nowNs()) };
}

} // namespace

void chart(ReportPage &page, const ChartView *view, qint64 fromNs, qint64 toNs)
{
    if (!view || view->model().size() == 0) {
        page.text(tr("No messages were recorded: run the circuit before exporting."));
        return;
    }
    const SequenceModel &model = view->model();
    const auto [from, to] = clampRange(model, fromNs, toNs);
    const qint64 zero = model.recording() ? model.recording()->startNs() : 0;
    // The range as chosen; the whole run from its first message to its end.
    const qint64 shownFrom = fromNs == std::numeric_limits<qint64>::min() ? from : fromNs;
    const qint64 shownTo = toNs == std::numeric_limits<qint64>::max() ? to : toNs;
    page.text(
        tr("From %1 to %2 of the run.").arg(seconds(shownFrom - zero), seconds(shownTo - zero)));

    ChartFrame frame = view->frame();
    frame.selected = -1;
    frame.highlight = 0;
    frame.hoverLane = -1;
    // Lanes narrower than the chart's minimum would overlap: a wide circuit is drawn smaller.
    const int needed
        = chartlayout::kRulerWidth + int(frame.lifelines.size()) * chartlayout::kMinLaneWidth;
    const double shrink = std::min(1.0, double(page.width()) / std::max(needed, 1));
    const int areaWidth = int(page.width() / shrink);
    page.ensure(page.area().height() / 2);
    const int plotHeight = int((page.remaining() - 8) / shrink) - chartlayout::kHeaderHeight;
    const int fullPlotHeight
        = int((page.area().height() - 8) / shrink) - chartlayout::kHeaderHeight;

    chartgeometry::TimeAxis::Options options;
    options.nsPerPixel = std::max(
        kMinNsPerPixel, double(to - from) / (double(fullPlotHeight) * labreport::kMaxChartPages));
    options.idleThresholdNs = view->compressesIdle() ? view->idleThresholdNs() : -1;
    options.breakHeight = kBreakHeight;
    // A little time above the first message, so that its arrow does not touch the headers.
    options.originNs = from - qint64(20 * options.nsPerPixel);
    const QPalette palette = theme::palette(false); // paper is white
    for (int slice = 0; slice < labreport::kMaxChartPages; ++slice) {
        const int height = slice == 0 ? plotHeight : fullPlotHeight;
        frame.axis = chartgeometry::TimeAxis(model.gaps(), options);
        const double endY = frame.axis.y(to) + 20;
        const int drawn = int(std::clamp(endY, 60.0, double(height)));
        const QRect target = page.take(int((chartlayout::kHeaderHeight + drawn) * shrink));
        QPainter &painter = page.painter();
        painter.save();
        painter.setClipRect(target);
        painter.translate(target.topLeft());
        painter.scale(shrink, shrink);
        ChartPainter(&painter, QRect(0, 0, areaWidth, chartlayout::kHeaderHeight + drawn), palette)
            .paint(frame);
        painter.restore();
        options.originNs = frame.axis.time(height);
        if (options.originNs >= to)
            return;
    }
    page.text(tr("(The chart continues beyond %1: choose a shorter range to see the rest.)")
                  .arg(seconds(options.originNs - zero)));
}

void analyzer(ReportPage &page, const TraceView *view, qint64 fromNs, qint64 toNs)
{
    TraceFrame frame = view ? view->frame() : TraceFrame();
    if (!frame.recording || frame.rows.isEmpty()) {
        page.text(tr("The logic analyzer recorded nothing: run the circuit before exporting."));
        return;
    }
    const qint64 from = std::max(fromNs, frame.recording->startNs());
    const qint64 to = std::min(toNs, std::max(frame.recording->endNs(), from + 1));
    const int rowsHeight = tracelayout::kRulerHeight + tracelayout::rowsHeight(frame.rows);
    const int height = std::min(rowsHeight, page.area().height() - 8);
    const QRect target = page.take(height);
    const QRect plot = tracelayout::plotRect(QRect(QPoint(0, 0), target.size()));
    frame.startNs = from;
    frame.nsPerPixel = std::max<qint64>(1, (to - from) / std::max(plot.width(), 1));
    frame.nowNs = std::min(frame.nowNs, to);
    frame.cursorA.reset();
    frame.cursorB.reset();
    frame.highlight = 0;
    frame.hoverRow = -1;
    frame.scrollY = 0;
    QPainter &painter = page.painter();
    painter.save();
    painter.setClipRect(target);
    painter.translate(target.topLeft());
    TracePainter(&painter, QRect(QPoint(0, 0), target.size()), theme::palette(false)).paint(frame);
    painter.restore();
    if (rowsHeight > height)
        page.text(tr("(Only the rows that fit on a page are shown.)"));
}

void statistics(ReportPage &page, const LabReportInput &input)
{
    if (!input.circuit || !input.stats) {
        page.text(tr("No statistics."));
        return;
    }
    const Circuit &circuit = *input.circuit;
    page.text(tr("Per node, over the whole run:"));
    QList<QStringList> nodes;
    for (const NodeSpec &spec : circuit.nodes()) {
        const TrafficStats::NodeCounters c = input.stats->node(spec.id);
        nodes << QStringList { spec.name, QString::number(c.messagesIn),
            QString::number(c.messagesOut), QString::number(c.acksIn), QString::number(c.failures),
            c.lastRttNs < 0 ? QStringLiteral("—") : milliseconds(c.lastRttNs) };
    }
    page.table({ tr("Node"), tr("Received"), tr("Sent"), tr("Acks"), tr("Failures"),
                   tr("Last round trip") },
        nodes, { 3, 2, 2, 2, 2, 3 });

    page.text(tr("Per wire, over the whole run:"));
    QList<QStringList> wires;
    for (const Wire &wire : circuit.wires()) {
        const TrafficStats::WireCounters c = input.stats->wire(wire.id);
        const NodeSpec *from = circuit.node(wire.from);
        const NodeSpec *to = circuit.node(wire.to);
        wires << QStringList { QStringLiteral("%1 → %2").arg(
                                   from ? from->name : QString(), to ? to->name : QString()),
            QString::number(c.sent), QString::number(c.acked), QString::number(c.failed),
            QString::number(c.inFlight) };
    }
    if (wires.isEmpty())
        page.text(tr("The circuit has no wires."));
    else
        page.table({ tr("Wire"), tr("Sent"), tr("Acked"), tr("Failed"), tr("In flight") }, wires,
            { 4, 2, 2, 2, 2 });

    if (!input.chart || input.chart->model().size() == 0)
        return;
    // Round trips (send to ack back) of the messages sent in the chart's range, per pair.
    const SequenceModel &model = input.chart->model();
    const auto [from, to] = clampRange(model, input.fromNs, input.toNs);
    struct Trips
    {
        qint64 messages = 0;
        qint64 acked = 0;
        double sumNs = 0;
        qint64 maxNs = 0;
    };
    QMap<QPair<int, int>, Trips> pairs;
    for (qint64 i = model.firstIndex(); i < model.size(); ++i) {
        const ChartMessage &m = model.message(i);
        if (m.sentNs < from || m.sentNs > to)
            continue;
        Trips &t = pairs[{ m.sender, m.receiver }];
        ++t.messages;
        if (const qint64 rtt = m.roundTripNs(); rtt >= 0) {
            ++t.acked;
            t.sumNs += double(rtt);
            t.maxNs = std::max(t.maxNs, rtt);
        }
    }
    QList<QStringList> rows;
    const QList<SequenceModel::Participant> &participants = model.participants();
    for (auto it = pairs.cbegin(); it != pairs.cend(); ++it) {
        const Trips &t = it.value();
        rows << QStringList { QStringLiteral("%1 → %2").arg(participants.value(it.key().first).name,
                                  participants.value(it.key().second).name),
            QString::number(t.messages), QString::number(t.acked),
            t.acked ? milliseconds(t.sumNs / double(t.acked)) : QStringLiteral("—"),
            t.acked ? milliseconds(double(t.maxNs)) : QStringLiteral("—") };
    }
    page.text(tr("Round trips (send to ack) of the messages sent in the chart's range:"));
    page.table({ tr("From → to"), tr("Messages"), tr("Acked"), tr("Mean"), tr("Longest") }, rows,
        { 4, 2, 2, 2, 2 });
}

} // namespace wb::reportsections
