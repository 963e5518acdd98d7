// The workbench window with many running nodes, offscreen: half clocks at delay 0, half LEDs
// (no buzzers: no sound device needed), each clock wired to its own LED, every view of the
// window live. While they run flat out it measures
//  - event-loop lateness: a single-shot precise timer re-armed every --tick-ms; how late it
//    fires is how long the loop was busy elsewhere (a user's click waits as long);
//  - frame time: how long the window takes to handle each UpdateRequest (repaint every dirty
//    widget into the backing store);
//  - the nodes' total ticks per second, to show that they did run flat out.
//
// With --chart the sequence chart dock is open too, following the live recording (issue 14):
// it reads every message of the run and repaints as they come.
//
//   bench_workbench [--nodes 200] [--seconds 5] [--warmup-ms 1000] [--tick-ms 5] [--chart]
#include "benchutil.h"
#include "chart/chartview.h"
#include "chart/sequencechart.h"
#include "document/circuit.h"
#include "documentcontroller.h"
#include "mainwindow.h"
#include "runtime/meshruntime.h"
#include "sound/buzzersound.h"

#include <QApplication>
#include <QDockWidget>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <cmath>
#include <vector>

using namespace wb::bench;

namespace {

// Times every UpdateRequest of one window: that is one frame of it.
class FrameTimingApplication final : public QApplication
{
public:
    using QApplication::QApplication;

    QObject *window = nullptr;
    bool measuring = false;
    std::vector<qint64> frameNs;

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (!measuring || receiver != window || event->type() != QEvent::UpdateRequest)
            return QApplication::notify(receiver, event);
        const qint64 start = nowNs();
        const bool handled = QApplication::notify(receiver, event);
        frameNs.push_back(nowNs() - start);
        return handled;
    }
};

QVariantMap percentilesMs(std::vector<qint64> samples, const QString &prefix)
{
    std::sort(samples.begin(), samples.end());
    const auto at = [&](double p) {
        if (samples.empty())
            return 0.0;
        const auto rank = std::size_t(std::max(1.0, std::ceil(p * double(samples.size()))));
        return double(samples[std::min(rank, samples.size()) - 1]) / 1e6;
    };
    return { { prefix + QStringLiteral("_ms_p50"), at(0.50) },
             { prefix + QStringLiteral("_ms_p99"), at(0.99) },
             { prefix + QStringLiteral("_ms_max"), at(1.0) },
             { prefix + QStringLiteral("_count"), qint64(samples.size()) } };
}

// `pairs` clocks each wired to its own LED.
std::pair<QList<wb::NodeSpec>, QList<wb::Wire>> circuitOf(int pairs)
{
    QList<wb::NodeSpec> nodes;
    QList<wb::Wire> wires;
    const int columns = 10;
    for (int i = 0; i < pairs; ++i) {
        const double x = (i % columns) * 260.0;
        const double y = (i / columns) * 90.0;
        wb::NodeSpec clock;
        clock.id = 2 * i + 1;
        clock.kind = wb::NodeKind::Clock;
        clock.name = QStringLiteral("clock") + QString::number(i);
        clock.params = { { QStringLiteral("tacks"), -1 }, { QStringLiteral("delay"), 0 } };
        clock.position = QPointF(x, y);
        wb::NodeSpec led;
        led.id = 2 * i + 2;
        led.kind = wb::NodeKind::Led;
        led.name = QStringLiteral("led") + QString::number(i);
        led.params = wb::kinds::defaultParams(wb::NodeKind::Led);
        led.port = 0; // ephemeral: the runtime reports the real one
        led.position = QPointF(x + 120.0, y);
        nodes << clock << led;
        wires.append({ i + 1, clock.id, led.id, {}, {} });
    }
    return { nodes, wires };
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    FrameTimingApplication app(argc, argv);
    const Options options(QCoreApplication::arguments());
    const int pairs = int(std::max<qint64>(1, options.integer(QStringLiteral("nodes"), 200) / 2));
    const qint64 seconds = std::max<qint64>(1, options.integer(QStringLiteral("seconds"), 5));
    const int warmupMs = int(options.integer(QStringLiteral("warmup-ms"), 1000));
    const int tickMs = int(std::max<qint64>(1, options.integer(QStringLiteral("tick-ms"), 5)));

    QTemporaryDir home; // fresh settings: nobody's window layout, no recent files
    QSettings settings(home.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    wb::MainWindow window(&settings);
    window.resize(1600, 1000);
    window.sound()->setMuted(true);
    const auto [nodes, wires] = circuitOf(pairs);
    window.circuit()->setContents(nodes, wires);
    window.show();
    app.window = &window;
    const bool chart = options.flag(QStringLiteral("chart"));
    if (chart) {
        auto *dock = window.findChild<QDockWidget *>(QStringLiteral("chartDock"));
        if (!dock)
            return report({ { QStringLiteral("ok"), false },
                { QStringLiteral("error"), QStringLiteral("no chart dock") } });
        dock->show();
        dock->raise();
        window.chart()->view()->setFollowing(true);
    }

    qint64 ticks = 0;
    QObject::connect(window.runtime(), &wb::MeshRuntime::traffic, &app,
                     [&ticks, pairs](const wb::TrafficEvent &event) {
                         // Clocks have odd ids: count their acknowledged ticks.
                         if (event.type == wb::TrafficEvent::Type::AckReceived
                             && event.node % 2 == 1 && event.node <= 2 * pairs) {
                             ++ticks;
                         }
                     });

    std::vector<qint64> latenessNs;
    QTimer probe;
    probe.setSingleShot(true);
    probe.setTimerType(Qt::PreciseTimer);
    qint64 dueNs = 0;
    QObject::connect(&probe, &QTimer::timeout, &app, [&] {
        if (app.measuring)
            latenessNs.push_back(std::max<qint64>(0, nowNs() - dueNs));
        dueNs = nowNs() + qint64(tickMs) * 1'000'000;
        probe.start(tickMs);
    });

    Stopwatch stopwatch;
    qint64 ticksAtStart = 0;
    QVariantMap result { { QStringLiteral("ok"), false } };
    window.runtime()->startAll();
    dueNs = nowNs() + qint64(tickMs) * 1'000'000;
    probe.start(tickMs);
    QTimer::singleShot(warmupMs, &app, [&] {
        app.measuring = true;
        ticksAtStart = ticks;
        stopwatch.start();
    });
    QTimer::singleShot(warmupMs + int(seconds * 1000), &app, [&] {
        app.measuring = false;
        const qint64 measuredTicks = ticks - ticksAtStart;
        result = stopwatch.result(measuredTicks);
        result.insert(QStringLiteral("ok"), measuredTicks > 0 && !app.frameNs.empty());
        result.insert(QStringLiteral("nodes"), 2 * pairs);
        result.insert(QStringLiteral("chart"), chart);
        if (chart) {
            const wb::ChartView *view = window.chart()->view();
            result.insert(QStringLiteral("chart_messages"), view->model().heldCount());
            result.insert(QStringLiteral("chart_frames"), view->framesPainted());
            result.insert(QStringLiteral("chart_following"), view->isFollowing());
        }
        result.insert(percentilesMs(latenessNs, QStringLiteral("lateness")));
        result.insert(percentilesMs(app.frameNs, QStringLiteral("frame")));
        window.runtime()->stopAll();
        window.documents()->setPrompt(
            [](const QString &, std::function<void(wb::DocumentController::Answer)> answer) {
                answer(wb::DocumentController::Answer::Discard);
            });
        window.close();
        QCoreApplication::quit();
    });
    QTimer::singleShot(warmupMs + int(seconds * 1000) + 60000, &app, &QCoreApplication::quit);
    app.exec();
    return report(result);
}
