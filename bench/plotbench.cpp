// The logic analyzer over a big recording: builds one of --events events (10 million by
// default, the recording cap) in the seed circuit's pattern, measures its memory, then renders
// the analyzer offscreen through a zoom-and-pan session and reports frame times (p50/p99).
// Issue 5 wants under 16 ms a frame; this measures it, no test asserts it.
//   bench_plot [--events N] [--frames N] [--width PX] [--height PX] [--png DIR]
//              [--theme light|dark]
#include "analyzer/logicanalyzer.h"
#include "analyzer/traceview.h"
#include "benchutil.h"
#include "document/circuit.h"
#include "recording/recording.h"
#include "runtime/meshruntime.h"
#include "theme.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QRandomGenerator>
#include <algorithm>

namespace {

using wb::TrafficEvent;

TrafficEvent event(TrafficEvent::Type type, qint64 t, wb::NodeId node, wb::NodeId peer,
    const QString &channel, const QString &text, quint64 id = 0, qint64 rtt = -1)
{
    TrafficEvent e;
    e.type = type;
    e.timeNs = t;
    e.node = node;
    e.peer = peer;
    e.channel = channel;
    e.text = text;
    e.messageId = id;
    e.rttNs = rtt;
    return e;
}

// The seed circuit at 1000 ticks a second: 16 events a tick (a tick, three bits, their acks).
std::unique_ptr<wb::Recording> seedPattern(qint64 events)
{
    using Type = TrafficEvent::Type;
    auto recording = std::make_unique<wb::Recording>(std::max<qint64>(1, events));
    recording->setNode(1, QStringLiteral("clock"), wb::NodeKind::Clock);
    recording->setNode(2, QStringLiteral("iopin"), wb::NodeKind::IoPin);
    recording->setNode(3, QStringLiteral("buzzer"), wb::NodeKind::Buzzer);
    recording->setStartNs(0);
    const QString tick = QStringLiteral("/datafeed");
    const QString pin = QStringLiteral("/iopin");
    const QString bits[] = { QStringLiteral("0"), QStringLiteral("1") };
    const QString acks[] = { QStringLiteral("..."), QStringLiteral("buzz buzz buzz") };
    const QString ok = QStringLiteral("acknowledged");
    QRandomGenerator random(42);
    quint64 message = 0;
    for (qint64 k = 0; qint64(recording->size()) < events; ++k) {
        const qint64 t = k * 1'000'000;
        const QString n = QString::number(k);
        recording->append(event(Type::Sent, t, 1, 2, tick, n, quint64(k)));
        recording->append(event(Type::Received, t + 40'000, 2, 0, tick, n));
        for (int b = 0; b < 3; ++b) {
            const int bit = random.generateDouble() < 0.6 ? 0 : 1;
            const qint64 s = t + 60'000 + b * 90'000;
            recording->append(event(Type::Sent, s, 2, 3, pin, bits[bit], message));
            recording->append(event(Type::Received, s + 30'000, 3, 0, pin, bits[bit]));
            recording->append(event(Type::AckSent, s + 45'000, 3, 0, pin, acks[bit]));
            recording->append(
                event(Type::AckReceived, s + 70'000, 2, 3, pin, acks[bit], message++, 70'000));
        }
        recording->append(event(Type::AckSent, t + 360'000, 2, 0, tick, ok));
        recording->append(
            event(Type::AckReceived, t + 400'000, 1, 2, tick, ok, quint64(k), 400'000));
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

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const wb::bench::Options options(QCoreApplication::arguments());
    const qint64 events = options.integer(QStringLiteral("events"), wb::Recording::kDefaultCap);
    const int frames = int(options.integer(QStringLiteral("frames"), 200));
    const QSize size(int(options.integer(QStringLiteral("width"), 1600)),
        int(options.integer(QStringLiteral("height"), 420)));
    const QString pngDir = options.text(QStringLiteral("png"));
    wb::theme::apply(
        wb::theme::modeFromName(options.text(QStringLiteral("theme"), QStringLiteral("light"))));

    const qint64 rssBefore = wb::bench::residentKiB();
    const qint64 buildStart = wb::bench::nowNs();
    std::unique_ptr<wb::Recording> recording = seedPattern(events);
    const qint64 buildNs = wb::bench::nowNs() - buildStart;
    const qint64 rssAfter = wb::bench::residentKiB();
    const qint64 held = recording->size();
    const double layoutBytes
        = double(recording->approximateBytes()) / double(std::max<qint64>(1, held));

    wb::Circuit circuit;
    wb::MeshRuntime runtime(&circuit);
    wb::LogicAnalyzer analyzer(&runtime, &circuit);
    analyzer.resize(size);
    analyzer.showRecording(std::move(recording), QStringLiteral("bench"));
    wb::TraceView *view = analyzer.view();
    analyzer.show();
    QCoreApplication::processEvents();

    QImage image(view->size(), QImage::Format_ARGB32_Premultiplied);
    const auto render = [&] {
        const qint64 t0 = wb::bench::nowNs();
        view->render(&image);
        return wb::bench::nowNs() - t0;
    };
    const auto save = [&](const QString &name) {
        if (!pngDir.isEmpty())
            image.save(QDir(pngDir).filePath(name));
    };

    // A session: the whole recording, then zooming into its middle step by step with a pan at
    // every level, down to single messages, and back out.
    std::vector<qint64> samples;
    view->fit();
    samples.push_back(render());
    save(QStringLiteral("plot-fit.png"));
    const int centre = view->plotRect().center().x();
    int step = 0;
    while (int(samples.size()) < frames) {
        const int phase = step % 60;
        if (phase < 30)
            view->zoom(1.6, centre);
        else
            view->zoom(1 / 1.6, centre);
        view->panPixels(step % 2 ? 37 : -41);
        samples.push_back(render());
        if (phase == 14) {
            save(QStringLiteral("plot-zoom.png"));
            if (!pngDir.isEmpty()) {
                view->setCursors(view->timeAt(centre - 200), view->timeAt(centre + 150));
                analyzer.grab().save(QDir(pngDir).filePath(QStringLiteral("analyzer.png")));
                view->setCursorsShown(false);
            }
        }
        if (phase == 29)
            save(QStringLiteral("plot-deep.png"));
        ++step;
    }

    QVariantMap result;
    result.insert(QStringLiteral("ok"), true);
    result.insert(QStringLiteral("events"), held);
    result.insert(QStringLiteral("build_seconds"), double(buildNs) / 1e9);
    result.insert(QStringLiteral("bytes_per_event_layout"), layoutBytes);
    if (rssBefore >= 0 && rssAfter >= 0) {
        result.insert(QStringLiteral("bytes_per_event_rss"),
            double(rssAfter - rssBefore) * 1024.0 / double(std::max<qint64>(1, held)));
    }
    result.insert(QStringLiteral("frames"), qint64(samples.size()));
    result.insert(QStringLiteral("width"), view->width());
    result.insert(QStringLiteral("height"), view->height());
    result.insert(QStringLiteral("frame_ms_p50"), percentile(samples, 0.50));
    result.insert(QStringLiteral("frame_ms_p99"), percentile(samples, 0.99));
    result.insert(QStringLiteral("frame_ms_max"), percentile(samples, 1.0));
    return wb::bench::report(result);
}
