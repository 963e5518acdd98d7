// The message sequence chart over a big recording: builds one of --messages messages (1 million
// by default) in the seed circuit's pattern, with both ends and acks, reads it into the chart's
// model, then paints the chart dock's frames (ChartPainter into an offscreen image, as the
// dock's paintEvent does: geometry, decimation and painting) through a zoom-and-pan session from
// the whole recording down to single messages and back, and reports frame times (p50/p99), and
// the geometry's share alone (geometry_ms_*). Issue 14 wants p99 under 16 ms. The brute-force
// reference (every message's arrow, merged) on some of the same frames gives the ratio
// decimation buys, measured in the same run.
//   bench_chart [--messages N] [--frames N] [--height PX] [--reference-frames N]
#include "benchutil.h"
#include "chart/chartgeometry.h"
#include "chart/chartpainter.h"
#include "chart/sequencemodel.h"
#include "recording/recording.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <algorithm>
#include <map>

namespace {

using wb::TrafficEvent;
using namespace wb::chartgeometry;

// One message with both ends and its ack: 4 events.
void message(wb::Recording &recording, qint64 t, wb::NodeId from, wb::NodeId to,
    const QString &channel, const QString &text, const QString &ack, quint64 id)
{
    TrafficEvent e;
    e.channel = channel;
    e.messageId = id;
    const auto add = [&](TrafficEvent::Type type, qint64 at, wb::NodeId node, wb::NodeId peer,
                         const QString &what) {
        e.type = type;
        e.timeNs = at;
        e.node = node;
        e.peer = peer;
        e.text = what;
        recording.append(e);
    };
    add(TrafficEvent::Type::Sent, t, from, to, text);
    add(TrafficEvent::Type::Received, t + 30'000, to, 0, text);
    add(TrafficEvent::Type::AckSent, t + 45'000, to, 0, ack);
    add(TrafficEvent::Type::AckReceived, t + 70'000, from, to, ack);
}

// Ticks 1 ms apart in bursts of 1000 with a second of silence after each (what idle-time
// compression is for): a tick to the pin, three bits to the buzzer, their acks.
std::unique_ptr<wb::Recording> seedRun(qint64 messages)
{
    auto recording = std::make_unique<wb::Recording>(messages * 4 + 16);
    recording->setNode(1, QStringLiteral("clock"), wb::NodeKind::Clock);
    recording->setNode(2, QStringLiteral("iopin"), wb::NodeKind::IoPin);
    recording->setNode(3, QStringLiteral("buzzer"), wb::NodeKind::Buzzer);
    recording->setStartNs(0);
    const QString tick = QStringLiteral("/datafeed");
    const QString pin = QStringLiteral("/iopin");
    const QString bits[] = { QStringLiteral("0"), QStringLiteral("1") };
    const QString acks[] = { QStringLiteral("..."), QStringLiteral("buzz buzz buzz") };
    QRandomGenerator random(42);
    quint64 id = 1;
    qint64 t = 0;
    for (qint64 k = 0; qint64(id) <= messages; ++k) {
        t += k % 1000 == 0 && k ? 1'000'000'000 : 1'000'000;
        // The clock's tick is answered after the bits: sent first, acked last.
        message(
            *recording, t, 1, 2, tick, QString::number(k), QStringLiteral("acknowledged"), id++);
        for (int b = 0; b < 3; ++b) {
            const int bit = random.generateDouble() < 0.6 ? 0 : 1;
            message(*recording, t + 100'000 + b * 90'000, 2, 3, pin, bits[bit], acks[bit], id++);
        }
    }
    recording->setEndNs(recording->lastNs() + 1'000'000);
    return recording;
}

double percentile(std::vector<qint64> samples, double p)
{
    if (samples.empty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const auto index = std::size_t(
        std::min<double>(double(samples.size() - 1), p * double(samples.size() - 1) + 0.5));
    return double(samples[index]) / 1e6;
}

// The brute-force reference of tests/core/tst_chartgeometry.cpp: every message visited.
std::size_t bruteForce(const wb::SequenceModel &model, const View &view)
{
    std::map<std::tuple<int, int, int, int, int, int>, quint32> merged;
    for (qint64 i = 0; i < model.size(); ++i) {
        for (const Arrow::Kind kind : { Arrow::Kind::Message, Arrow::Kind::Ack }) {
            if (const auto a = arrowOf(model, i, kind, view))
                merged[{ int(a->kind), int(a->end), a->fromLane, a->toLane, a->y0, a->y1 }]
                    += a->count;
        }
    }
    return merged.size();
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const wb::bench::Options options(QCoreApplication::arguments());
    const qint64 messages = options.integer(QStringLiteral("messages"), 1'000'000);
    const int frames = int(options.integer(QStringLiteral("frames"), 300));
    const double height = double(options.integer(QStringLiteral("height"), 800));
    const int referenceFrames = int(options.integer(QStringLiteral("reference-frames"), 8));

    std::unique_ptr<wb::Recording> recording = seedRun(messages);
    const qint64 rssBefore = wb::bench::residentKiB();
    const qint64 buildStart = wb::bench::nowNs();
    wb::SequenceModel model(recording.get());
    model.update();
    const qint64 buildNs = wb::bench::nowNs() - buildStart;
    const qint64 rssAfter = wb::bench::residentKiB();
    const std::vector<int> lanes = model.lanes({ 1, 2, 3 });
    // The dock's frame: its lifelines, ruler and header around a plot `height` tall.
    wb::ChartFrame chart;
    chart.model = &model;
    chart.lanes = lanes;
    for (const wb::SequenceModel::Participant &p : model.participants()) {
        chart.lifelines.append(
            { QStringLiteral("n/") + p.name, p.node, p.name, p.kind, int(chart.lifelines.size()) });
    }
    const QRect area(0, 0, 640, int(height) + wb::chartlayout::kHeaderHeight);
    QImage image(area.size(), QImage::Format_ARGB32_Premultiplied);

    // A session: the whole recording, then zooming into its middle by 1.6 a frame with a pan
    // at every level, down to a microsecond a pixel (single messages), and back out.
    const qint64 first = model.firstNs();
    const qint64 span = std::max<qint64>(1, model.nowNs() - first);
    const double whole = double(span) / height;
    const qint64 idle = 10'000'000; // compress silences longer than 10 ms
    qint64 centre = first + span / 2;
    double nsPerPixel = whole;
    bool zoomingIn = true;
    std::vector<qint64> samples;
    std::vector<qint64> geometry;
    std::vector<std::pair<TimeAxis, double>> referenceViews;
    std::size_t arrowsMax = 0;
    qint64 arrowsTotal = 0;
    for (int f = 0; f < frames; ++f) {
        const qint64 t0 = wb::bench::nowNs();
        // Keep `centre` in the middle of the view.
        const TimeAxis anchored(model.gaps(), { centre, nsPerPixel, idle, 16 });
        const TimeAxis axis(model.gaps(), { anchored.time(-height / 2), nsPerPixel, idle, 16 });
        chart.axis = axis;
        {
            QPainter painter(&image);
            wb::ChartPainter(&painter, area, app.palette()).paint(chart);
        }
        samples.push_back(wb::bench::nowNs() - t0);
        // The geometry's share, measured again on its own.
        const qint64 g0 = wb::bench::nowNs();
        const auto result = arrows(model, { &axis, height, &lanes });
        geometry.push_back(wb::bench::nowNs() - g0);
        arrowsMax = std::max(arrowsMax, result.size());
        arrowsTotal += qint64(result.size());
        if (referenceFrames > 0 && f % std::max(1, frames / referenceFrames) == 0)
            referenceViews.emplace_back(axis, height);
        // Next frame: zoom, and pan by a few dozen pixels.
        nsPerPixel = zoomingIn ? nsPerPixel / 1.6 : nsPerPixel * 1.6;
        if (nsPerPixel < 1000)
            zoomingIn = false;
        if (nsPerPixel > whole)
            zoomingIn = true;
        centre = axis.time(height / 2 + (f % 2 ? 37 : -41));
    }
    std::vector<qint64> reference;
    for (const auto &[axis, h] : referenceViews) {
        const qint64 t0 = wb::bench::nowNs();
        const std::size_t n = bruteForce(model, { &axis, h, &lanes });
        reference.push_back(wb::bench::nowNs() - t0);
        if (n == 0 && model.size() == 0)
            break;
    }

    QVariantMap result;
    result.insert(QStringLiteral("ok"), model.size() >= messages);
    result.insert(QStringLiteral("messages"), model.size());
    result.insert(QStringLiteral("events"), recording->size());
    result.insert(QStringLiteral("build_seconds"), double(buildNs) / 1e9);
    result.insert(QStringLiteral("bytes_per_message_layout"),
        double(model.approximateBytes()) / double(std::max<qint64>(1, model.size())));
    if (rssBefore >= 0 && rssAfter >= 0) {
        result.insert(QStringLiteral("bytes_per_message_rss"),
            double(rssAfter - rssBefore) * 1024.0 / double(std::max<qint64>(1, model.size())));
    }
    result.insert(QStringLiteral("frames"), qint64(samples.size()));
    result.insert(QStringLiteral("height"), height);
    result.insert(QStringLiteral("frame_ms_p50"), percentile(samples, 0.50));
    result.insert(QStringLiteral("frame_ms_p99"), percentile(samples, 0.99));
    result.insert(QStringLiteral("frame_ms_max"), percentile(samples, 1.0));
    result.insert(QStringLiteral("geometry_ms_p50"), percentile(geometry, 0.50));
    result.insert(QStringLiteral("geometry_ms_p99"), percentile(geometry, 0.99));
    result.insert(QStringLiteral("frame_ms_first"),
        samples.empty() ? 0.0 : double(samples.front()) / 1e6); // the whole recording
    result.insert(QStringLiteral("arrows_max"), qint64(arrowsMax));
    result.insert(QStringLiteral("arrows_mean"), double(arrowsTotal) / std::max(1, frames));
    if (!reference.empty()) {
        // The same frames, brute force: what decimation by blocks and rows saves.
        std::vector<qint64> same;
        for (int i = 0; i < int(reference.size()); ++i)
            same.push_back(geometry[std::size_t(i * std::max(1, frames / referenceFrames))]);
        result.insert(QStringLiteral("reference_ms_p50"), percentile(reference, 0.5));
        result.insert(QStringLiteral("reference_ratio"),
            percentile(reference, 0.5) / std::max(1e-6, percentile(same, 0.5)));
    }
    return wb::bench::report(result);
}
