#include "chart/chartdiagram.h"
#include "chart/chartgeometry.h"

#include <QTextStream>
#include <cmath>

// The SVG export, written as text: core has no QtSvg (and needs none for lines and text).
namespace wb::chartexport {

namespace {

using M = ChartMessage;
using chartgeometry::TimeAxis;

constexpr double kLaneWidth = 160;
constexpr double kHeader = 48; // the participants' boxes above the first message
constexpr double kRowMin = 22; // pixels between two arrows that start at the same time
constexpr double kMaxHeight = 20000;

QString number(double value)
{
    return QString::number(std::round(value * 10) / 10, 'f', 1);
}

// A scale at which the whole range, idle time compressed, is about `height` pixels tall.
TimeAxis axisFor(
    const SequenceModel &model, const Options &options, qint64 from, qint64 to, double height)
{
    TimeAxis::Options o;
    o.originNs = from;
    o.idleThresholdNs = options.idleThresholdNs;
    o.breakHeight = 24;
    o.nsPerPixel = std::max(1.0, double(to - from) / height);
    TimeAxis axis(model.gaps(), o);
    for (int i = 0; i < 4 && axis.y(to) > 0; ++i) {
        o.nsPerPixel = std::max(1.0, o.nsPerPixel * axis.y(to) / height);
        axis = TimeAxis(model.gaps(), o);
    }
    return axis;
}

} // namespace

QString svg(const SequenceModel &model, const Options &options)
{
    const Diagram d = diagramOf(model, options);
    // Lanes: the shown participants side by side.
    std::vector<int> lane(d.lanes.size(), -1);
    for (std::size_t i = 0; i < d.shown.size(); ++i)
        lane[std::size_t(d.shown[i])] = int(i);
    qint64 from = 0;
    qint64 to = 0;
    for (const Entry &e : d.entries) {
        const M &m = model.message(e.index);
        const qint64 end = e.ack ? model.ackEndNs(m) : model.endNs(m);
        from = &e == &d.entries.front() ? e.timeNs : std::min(from, e.timeNs);
        to = std::max({ to, e.timeNs, end });
    }
    const double height = std::clamp(double(d.entries.size()) * kRowMin, 200.0, kMaxHeight);
    const TimeAxis axis = axisFor(model, options, from, to, height);
    const double bottom = kHeader + (d.entries.empty() ? 0 : axis.y(to)) + 40;
    const double width = std::max(1.0, double(d.shown.size())) * kLaneWidth;
    const chartgeometry::LaneLayout layout { 0, kLaneWidth };

    QString out;
    QTextStream s(&out);
    s << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      << "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" << number(width) << "\" height=\""
      << number(bottom + 40) << "\" viewBox=\"0 0 " << number(width) << ' ' << number(bottom + 40)
      << "\" font-family=\"sans-serif\" font-size=\"12\">\n"
      << "<defs><marker id=\"head\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" "
         "markerWidth=\"8\" markerHeight=\"8\" orient=\"auto-start-reverse\">"
         "<path d=\"M0,0 L10,5 L0,10 z\" fill=\"context-stroke\"/></marker></defs>\n"
      << "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n";
    // Lifelines with their names above and below.
    for (std::size_t i = 0; i < d.shown.size(); ++i) {
        const double x = chartgeometry::laneX(int(i), layout);
        const QString name = xmlText(model.participants().at(d.shown[i]).name);
        s << "<line class=\"lifeline\" x1=\"" << number(x) << "\" y1=\"" << number(kHeader - 12)
          << "\" x2=\"" << number(x) << "\" y2=\"" << number(bottom)
          << "\" stroke=\"#999\" stroke-dasharray=\"4 4\"/>\n";
        for (const double y : { 16.0, bottom + 24 })
            s << "<text class=\"participant\" x=\"" << number(x) << "\" y=\"" << number(y)
              << "\" text-anchor=\"middle\" font-weight=\"bold\">" << name << "</text>\n";
    }
    // Idle time compressed: a marked band with how long it was.
    for (const TimeAxis::Break &b : axis.breaksIn(0, axis.y(to))) {
        const double y0 = kHeader + b.y0;
        s << "<rect class=\"break\" x=\"0\" y=\"" << number(y0) << "\" width=\"" << number(width)
          << "\" height=\"" << number(b.y1 - b.y0) << "\" fill=\"#eee\"/>\n<text x=\"4\" y=\""
          << number(y0 + (b.y1 - b.y0) / 2 + 4) << "\" fill=\"#666\">… "
          << QString::number(double(b.toNs - b.fromNs) / 1e9, 'g', 4) << " s …</text>\n";
    }
    for (const Entry &e : d.entries) {
        const M &m = model.message(e.index);
        const int a = lane[e.ack ? m.receiver : m.sender];
        const int b = lane[e.ack ? m.sender : m.receiver];
        const bool dropped = droppedEnd(model, e);
        const bool waiting = e.ack ? m.ackIsOpen() : m.isOpen();
        const double x0 = chartgeometry::laneX(a, layout);
        const double x1
            = dropped ? chartgeometry::dropX(a, b, layout) : chartgeometry::laneX(b, layout);
        const double y0 = kHeader + axis.y(e.timeNs);
        const double y1 = kHeader + axis.y(e.ack ? model.ackEndNs(m) : model.endNs(m));
        s << "<g class=\"" << (e.ack ? "ack" : "message") << "\" data-id=\"" << m.messageId
          << "\">\n<line x1=\"" << number(x0) << "\" y1=\"" << number(y0) << "\" x2=\""
          << number(x1) << "\" y2=\"" << number(y1) << "\" stroke=\""
          << (dropped ? "#c00" : (e.ack ? "#070" : "#036")) << '"'
          << (e.ack ? " stroke-dasharray=\"6 3\"" : "")
          << (waiting ? " stroke-opacity=\"0.5\"" : "")
          << (dropped ? "" : " marker-end=\"url(#head)\"") << "/>\n";
        if (dropped) {
            for (const double dy : { -5.0, 5.0 })
                s << "<line x1=\"" << number(x1 - 5) << "\" y1=\"" << number(y1 - dy) << "\" x2=\""
                  << number(x1 + 5) << "\" y2=\"" << number(y1 + dy)
                  << "\" stroke=\"#c00\" stroke-width=\"2\"/>\n";
        }
        s << "<text x=\"" << number((x0 + x1) / 2) << "\" y=\"" << number(std::min(y0, y1) - 4)
          << "\" text-anchor=\"middle\">" << xmlText(label(model, e)) << "</text>\n</g>\n";
    }
    s << "</svg>\n";
    return out;
}

} // namespace wb::chartexport
