#include "bitplot.h"

#include "canvas/componenticons.h"
#include "circuit.h"
#include "meshruntime.h"
#include "theme.h"
#include "traffic.h"

#include <QPainter>
#include <QPainterPath>
#include <QWheelEvent>

namespace wb {

namespace {

constexpr int kRowHeight = 30;
constexpr int kAxisHeight = 22;
constexpr int kRepaintMs = 33; // ≤ 30 Hz

bool isPlotted(NodeKind kind)
{
    return kind == NodeKind::IoPin || kind == NodeKind::Led || kind == NodeKind::Buzzer;
}

QString secondsText(double s)
{
    if (s == 0)
        return QStringLiteral("now");
    return QStringLiteral("%1 s").arg(s, 0, 'g', 3);
}

} // namespace

BitPlot::BitPlot(Circuit *circuit, MeshRuntime *runtime, QWidget *parent)
    : QWidget(parent)
    , m_circuit(circuit)
    , m_runtime(runtime)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setToolTip(tr("Bits over time, newest at the right. Wheel: zoom the time window."));
    m_repaint.setInterval(kRepaintMs);
    connect(&m_repaint, &QTimer::timeout, this, [this] {
        update();
        // While the mesh runs the time axis moves, so keep ticking; otherwise only on news.
        if (!m_runtime->isRunning() && !std::exchange(m_dirty, false))
            m_repaint.stop();
        m_dirty = false;
    });
    m_highlightTimer.setSingleShot(true);
    m_highlightTimer.setInterval(1500);
    connect(&m_highlightTimer, &QTimer::timeout, this, [this] {
        m_highlight = 0;
        update();
    });

    connect(m_circuit, &Circuit::reset, this, [this] {
        m_tracks.clear();
        refillRows();
    });
    connect(m_circuit, &Circuit::nodeAdded, this, &BitPlot::refillRows);
    connect(m_circuit, &Circuit::nodeRemoved, this, [this](NodeId id) {
        m_tracks.remove(id);
        refillRows();
    });
    connect(m_circuit, &Circuit::nodeChanged, this, [this](NodeId, NodeField field) {
        if (field == NodeField::Name)
            update();
    });
    connect(m_runtime, &MeshRuntime::traffic, this, &BitPlot::onTraffic);
    connect(m_runtime, &MeshRuntime::liveState, this, &BitPlot::onLiveState);
    connect(m_runtime, &MeshRuntime::runningChanged, this, [this](bool running) {
        m_frozenEndNs = running ? 0 : monotonicNs();
        requestRepaint();
    });
    refillRows();
}

void BitPlot::refillRows()
{
    m_rows.clear();
    const QList<NodeSpec> nodes = m_circuit->nodes();
    for (const NodeSpec &spec : nodes) {
        if (isPlotted(spec.kind))
            m_rows << spec.id;
    }
    updateGeometry();
    requestRepaint();
}

void BitPlot::record(NodeId id, bool value, qint64 timeNs)
{
    std::vector<bitplot::Edge> &edges = m_tracks[id];
    if (!edges.empty() && edges.back().value == value)
        return; // not an edge
    edges.push_back({ std::max(timeNs, edges.empty() ? timeNs : edges.back().timeNs), value });
    // Bounded memory: drop the older half at once, so that dropping costs O(1) per edge.
    if (edges.size() > std::size_t(kMaxEdgesPerRow))
        edges.erase(edges.begin(), edges.begin() + kMaxEdgesPerRow / 2);
    requestRepaint();
}

void BitPlot::clear()
{
    m_tracks.clear();
    requestRepaint();
}

void BitPlot::setWindowNs(qint64 ns)
{
    m_windowNs = std::clamp<qint64>(ns, 100'000'000, 600'000'000'000);
    requestRepaint();
}

void BitPlot::highlight(NodeId id)
{
    m_highlight = id;
    m_highlightTimer.start();
    update();
}

void BitPlot::onTraffic(const TrafficEvent &event)
{
    // A pin's bits are what it sends; LEDs and buzzers report their own state.
    if (event.type != TrafficEvent::Type::Sent)
        return;
    const NodeSpec *spec = m_circuit->node(event.node);
    if (spec && spec->kind == NodeKind::IoPin)
        record(event.node, event.text == QLatin1String("1"), event.timeNs);
}

void BitPlot::onLiveState(NodeId id, const QVariantMap &state)
{
    const NodeSpec *spec = m_circuit->node(id);
    if (!spec)
        return;
    if (spec->kind == NodeKind::Led && state.contains(QStringLiteral("on")))
        record(id, state.value(QStringLiteral("on")).toBool(), monotonicNs());
    else if (spec->kind == NodeKind::Buzzer && state.contains(QStringLiteral("buzzing")))
        record(id, state.value(QStringLiteral("buzzing")).toBool(), monotonicNs());
}

void BitPlot::requestRepaint()
{
    m_dirty = true;
    if (!m_repaint.isActive())
        m_repaint.start();
}

int BitPlot::labelWidth() const
{
    return fontMetrics().horizontalAdvance(QStringLiteral("buzzer-00")) + 34;
}

QSize BitPlot::sizeHint() const
{
    return { 600, kAxisHeight + 8 + std::max<int>(3, int(m_rows.size())) * kRowHeight };
}

QSize BitPlot::minimumSizeHint() const
{
    return { 200, kAxisHeight + kRowHeight + 8 };
}

void BitPlot::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QPalette pal = palette();
    painter.fillRect(rect(), pal.color(QPalette::Base));
    const qint64 end = m_frozenEndNs != 0 && !m_runtime->isRunning() ? m_frozenEndNs
                                                                      : monotonicNs();
    const QRect plot = rect().adjusted(labelWidth(), 4, -12, -kAxisHeight);
    if (m_rows.isEmpty() || plot.width() <= 0) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter,
                         tr("Add an iopin, LED or buzzer to see its bits here."));
        return;
    }
    const qint64 nsPerPixel = std::max<qint64>(1, m_windowNs / plot.width());
    const qint64 start = end - nsPerPixel * plot.width();
    for (int i = 0; i < m_rows.size(); ++i) {
        const QRect row(0, plot.top() + i * kRowHeight, width(), kRowHeight);
        if (row.top() > plot.bottom())
            break;
        paintRow(painter, row, m_rows.at(i), start, nsPerPixel, end);
    }
    paintAxis(painter, QRect(plot.left(), plot.bottom(), plot.width(), kAxisHeight), end);
}

void BitPlot::paintRow(QPainter &painter, const QRect &rect, NodeId id, qint64 start,
                       qint64 nsPerPixel, qint64 end)
{
    const theme::Colors colors = theme::colors();
    const QPalette pal = palette();
    const NodeSpec *spec = m_circuit->node(id);
    const int left = labelWidth();
    const int plotWidth = rect.width() - left - 12;
    if (id == m_highlight)
        painter.fillRect(rect, QColor(colors.accent.red(), colors.accent.green(),
                                      colors.accent.blue(), 40));
    painter.setPen(colors.grid);
    painter.drawLine(rect.left(), rect.bottom(), rect.right(), rect.bottom());

    const auto it = m_tracks.constFind(id);
    const bool hasData = it != m_tracks.constEnd() && !it->empty();
    if (spec) {
        painter.setRenderHint(QPainter::Antialiasing);
        componenticons::paint(&painter, QRectF(rect.left() + 8, rect.center().y() - 7, 16, 16),
                              spec->kind, theme::isDark());
        painter.setRenderHint(QPainter::Antialiasing, false);
    }
    painter.setPen(pal.color(QPalette::Text));
    painter.drawText(QRect(rect.left() + 30, rect.top(), left - 34, rect.height()),
                     Qt::AlignVCenter | Qt::AlignLeft,
                     fontMetrics().elidedText(spec ? spec->name : QString(), Qt::ElideRight,
                                              left - 34));
    if (!hasData)
        return;

    const int yHigh = rect.top() + 7;
    const int yLow = rect.bottom() - 6;
    const std::vector<bitplot::Run> runs
        = bitplot::runs(bitplot::decimate(*it, start, nsPerPixel, plotWidth, end));
    QColor fill = colors.signalHigh;
    fill.setAlpha(theme::isDark() ? 60 : 45);
    QPen highPen(colors.signalHigh, 2);
    QPen lowPen(colors.signalLow, 2);
    bitplot::Level previous = bitplot::Level::None;
    for (const bitplot::Run &run : runs) {
        const int x0 = left + run.x0;
        const int x1 = left + run.x1;
        switch (run.level) {
        case bitplot::Level::None:
            break;
        case bitplot::Level::High:
            painter.fillRect(QRect(QPoint(x0, yHigh), QPoint(x1 - 1, yLow)), fill);
            painter.setPen(highPen);
            painter.drawLine(x0, yHigh, x1, yHigh);
            break;
        case bitplot::Level::Low:
            painter.setPen(lowPen);
            painter.drawLine(x0, yLow, x1, yLow);
            break;
        case bitplot::Level::Mixed:
            // Too many edges for these pixels: a solid block says "busy here".
            painter.fillRect(QRect(QPoint(x0, yHigh), QPoint(x1 - 1, yLow)), colors.signalHigh);
            break;
        }
        const bool flip = (previous == bitplot::Level::High && run.level == bitplot::Level::Low)
            || (previous == bitplot::Level::Low && run.level == bitplot::Level::High);
        if (flip) {
            painter.setPen(highPen);
            painter.drawLine(x0, yHigh, x0, yLow);
        }
        previous = run.level;
    }
}

void BitPlot::paintAxis(QPainter &painter, const QRect &rect, qint64 end)
{
    Q_UNUSED(end)
    const theme::Colors colors = theme::colors();
    painter.setPen(colors.grid);
    painter.drawLine(rect.topLeft(), rect.topRight());
    // Ticks at a round step that gives about one label per 90 pixels.
    const double windowS = double(m_windowNs) / 1e9;
    const double rough = windowS / std::max(1, rect.width() / 90);
    double step = 1e-3;
    for (double candidate : { 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1.0, 2.0,
                              5.0, 10.0, 15.0, 30.0, 60.0, 120.0, 300.0 }) {
        step = candidate;
        if (candidate >= rough)
            break;
    }
    painter.setPen(palette().color(QPalette::PlaceholderText));
    for (double t = 0; t <= windowS + 1e-9; t += step) {
        const int x = rect.right() - int(t / windowS * rect.width());
        painter.drawLine(x, rect.top(), x, rect.top() + 4);
        const QString label = secondsText(-t);
        const int w = fontMetrics().horizontalAdvance(label);
        painter.drawText(QRect(x - w / 2 - 2, rect.top() + 4, w + 4, rect.height() - 4),
                         Qt::AlignCenter, label);
    }
}

void BitPlot::wheelEvent(QWheelEvent *event)
{
    const int steps = event->angleDelta().y() / 120;
    if (steps == 0)
        return;
    setWindowNs(qint64(double(m_windowNs) * std::pow(0.8, steps)));
    event->accept();
}

} // namespace wb
