#include "chartview.h"

#include "charttooltip.h"
#include "focusframe.h"
#include "lifelinemodel.h"
#include "recording/recording.h"
#include "tooltips.h"

#include <QKeyEvent>
#include <QPainter>
#include <QWheelEvent>
#include <cmath>

namespace wb {

namespace {

constexpr double kMinNsPerPixel = 1;
constexpr double kMaxNsPerPixel = 1e13; // a chart of years
constexpr int kBottomAir = 24; // below "now" while following
constexpr double kBreakHeight = 18;

} // namespace

ChartView::ChartView(LifelineModel *lifelines, QWidget *parent)
    : QWidget(parent), m_lifelines(lifelines)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    focusframe::install(this);
    m_repaint.setSingleShot(true);
    m_repaint.setInterval(kRepaintMs);
    connect(&m_repaint, &QTimer::timeout, this, qOverload<>(&QWidget::update));
    // A view refresh, wall clock by nature: it reads what the recording gained meanwhile.
    m_tick.setInterval(kRepaintMs);
    connect(&m_tick, &QTimer::timeout, this, &ChartView::onTick);
    m_tick.start();
    connect(m_lifelines, &LifelineModel::lanesChanged, this, &ChartView::requestRepaint);
}

void ChartView::setRecording(const Recording *recording)
{
    m_model.setRecording(recording);
    m_selected = -1;
    m_hoverLane = -1;
    refresh();
    requestRepaint();
}

void ChartView::refresh()
{
    const bool changed = m_model.update();
    m_lifelines->sync(m_model);
    // Cleared, or forgotten with the recording's dropped events.
    if (m_selected >= 0
        && (m_selectedGeneration != m_model.generation() || !m_model.holds(m_selected)))
        m_selected = -1;
    if (changed)
        requestRepaint();
}

void ChartView::onTick()
{
    // Hidden (a closed or tabbed-away dock): nothing to read until it shows again.
    if (isVisible())
        refresh();
}

void ChartView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void ChartView::requestRepaint()
{
    if (!m_repaint.isActive())
        m_repaint.start();
}

QRect ChartView::plotRect() const
{
    return chartlayout::plotRect(rect());
}

chartgeometry::TimeAxis ChartView::axisAt(qint64 originNs, double nsPerPixel) const
{
    const std::vector<SequenceModel::Gap> &gaps = m_model.gaps();
    CachedAxis key;
    key.originNs = originNs;
    key.nsPerPixel = nsPerPixel;
    key.thresholdNs = m_compress ? m_idleThresholdNs : -1;
    key.gaps = gaps.size();
    key.firstGapNs = gaps.empty() ? 0 : gaps.front().fromNs;
    key.generation = m_model.generation();
    const auto same = [&key](const CachedAxis &cached) {
        return cached.originNs == key.originNs && cached.nsPerPixel == key.nsPerPixel
            && cached.thresholdNs == key.thresholdNs && cached.gaps == key.gaps
            && cached.firstGapNs == key.firstGapNs && cached.generation == key.generation;
    };
    for (const std::optional<CachedAxis> &cached : m_axes) {
        if (cached && same(*cached))
            return cached->axis;
    }
    chartgeometry::TimeAxis::Options options;
    options.originNs = originNs;
    options.nsPerPixel = nsPerPixel;
    options.idleThresholdNs = key.thresholdNs;
    options.breakHeight = kBreakHeight;
    key.axis = chartgeometry::TimeAxis(gaps, options);
    m_axes[m_nextAxis] = key;
    m_nextAxis = (m_nextAxis + 1) % m_axes.size();
    return key.axis;
}

qint64 ChartView::originNs() const
{
    if (!m_following)
        return m_originNs;
    // "Now" near the bottom edge.
    const double above = std::max(1, plotRect().height() - kBottomAir);
    return axisAt(m_model.nowNs(), m_nsPerPixel).time(-above);
}

chartgeometry::TimeAxis ChartView::axis() const
{
    return axisAt(originNs(), m_nsPerPixel);
}

ChartFrame ChartView::frame() const
{
    ChartFrame f;
    f.model = &m_model;
    f.lanes = m_lifelines->lanes(int(m_model.participants().size()));
    f.lifelines = m_lifelines->visibleLifelines();
    f.axis = axis();
    f.zeroNs = m_model.recording() ? m_model.recording()->startNs() : 0;
    f.selected = m_selected;
    f.highlight = m_highlight;
    f.hoverLane = m_hoverLane;
    f.placeholder = m_model.participants().isEmpty()
        ? tr("No messages yet. Run the circuit: every message appears here as an arrow from its "
             "sender to its receiver, time flowing downwards.")
        : tr("Every lifeline is hidden. Right-click to show them again.");
    return f;
}

ChartFrame ChartView::frameOf(qint64 fromNs, qint64 toNs, int *plotHeight) const
{
    constexpr int kMargin = 40;
    ChartFrame f = frame();
    f.axis = axisAt(axisAt(fromNs, m_nsPerPixel).time(-kMargin), m_nsPerPixel);
    *plotHeight = int(std::clamp(f.axis.y(toNs) + kMargin, 120.0, 8000.0));
    return f;
}

std::pair<qint64, qint64> ChartView::visibleRange() const
{
    const chartgeometry::TimeAxis a = axis();
    return { a.time(0), a.time(plotRect().height()) };
}

void ChartView::setOrigin(qint64 originNs)
{
    setFollowing(false);
    m_originNs = originNs;
    requestRepaint();
    Q_EMIT viewChanged();
}

void ChartView::scrollPixels(double dy)
{
    setOrigin(axis().time(dy));
}

void ChartView::zoom(double factor, int anchorY)
{
    if (factor <= 0)
        return;
    const double y = std::clamp(anchorY - plotRect().top(), 0, std::max(0, plotRect().height()));
    const qint64 anchor = axis().time(y);
    m_nsPerPixel = std::clamp(m_nsPerPixel / factor, kMinNsPerPixel, kMaxNsPerPixel);
    if (!m_following)
        m_originNs = axisAt(anchor, m_nsPerPixel).time(-y);
    requestRepaint();
    Q_EMIT viewChanged();
}

void ChartView::zoomIn()
{
    zoom(2.0, m_following ? plotRect().bottom() : plotRect().center().y());
}

void ChartView::zoomOut()
{
    zoom(0.5, m_following ? plotRect().bottom() : plotRect().center().y());
}

void ChartView::fit()
{
    const qint64 first = m_model.firstNs();
    // To the last arrow's end (now while one is open), not to a quiet end of the recording.
    qint64 now = first;
    for (const SequenceModel::Block &block : m_model.blocks())
        now = std::max(now, block.maxNs == SequenceModel::kOpenEnd ? m_model.nowNs() : block.maxNs);
    if (m_model.blocks().empty())
        now = m_model.nowNs();
    constexpr int kTopAir = 12;
    const double height = std::max(1, plotRect().height() - kBottomAir - kTopAir);
    // The finest scale at which everything fits: the breaks make it no simple division.
    double lo = std::log(kMinNsPerPixel);
    double hi = std::log(kMaxNsPerPixel);
    for (int i = 0; i < 48; ++i) {
        const double mid = (lo + hi) / 2;
        (axisAt(first, std::exp(mid)).y(now) <= height ? hi : lo) = mid;
    }
    m_nsPerPixel = std::exp(hi);
    setOrigin(axisAt(first, m_nsPerPixel).time(-kTopAir));
}

void ChartView::setFollowing(bool on)
{
    if (on == m_following)
        return;
    if (!on)
        m_originNs = originNs(); // stay where the view is
    m_following = on;
    requestRepaint();
    Q_EMIT followingChanged(on);
    Q_EMIT viewChanged();
}

void ChartView::setCompressIdle(bool on)
{
    if (on == m_compress)
        return;
    const qint64 top = originNs();
    m_compress = on;
    if (!m_following)
        m_originNs = top;
    requestRepaint();
    Q_EMIT viewChanged();
}

void ChartView::setIdleThresholdNs(qint64 ns)
{
    m_idleThresholdNs = std::max<qint64>(SequenceModel::kMinIdleGapNs, ns);
    requestRepaint();
    Q_EMIT viewChanged();
}

int ChartView::contentHeight() const
{
    const double height = axisAt(m_model.firstNs(), m_nsPerPixel).y(m_model.nowNs());
    return int(std::min(1e9, height)) + kBottomAir;
}

int ChartView::scrollY() const
{
    return int(std::clamp(axisAt(m_model.firstNs(), m_nsPerPixel).y(originNs()), -1e9, 1e9));
}

void ChartView::setScrollY(int y)
{
    if (y == scrollY())
        return;
    setOrigin(axisAt(m_model.firstNs(), m_nsPerPixel).time(y));
}

void ChartView::reveal(qint64 index)
{
    if (!m_model.holds(index))
        return;
    const ChartMessage &m = m_model.message(index);
    const auto [from, to] = visibleRange();
    if (m.sentNs >= from && m_model.endNs(m) <= to)
        return;
    setOrigin(axisAt(m.sentNs, m_nsPerPixel).time(-plotRect().height() / 3.0));
}

void ChartView::selectMessage(qint64 index)
{
    m_selected = m_model.holds(index) ? index : -1;
    m_selectedGeneration = m_model.generation();
    requestRepaint();
}

void ChartView::selectNext(int step)
{
    if (m_model.heldCount() == 0)
        return;
    qint64 index = 0;
    if (m_model.holds(m_selected)) {
        index = std::clamp(m_selected + step, m_model.firstIndex(), m_model.size() - 1);
    } else {
        // From where the reader is looking: the message nearest the top of the view.
        index = m_model.nearest(visibleRange().first);
        if (!m_model.holds(index))
            index = step > 0 ? m_model.firstIndex() : m_model.size() - 1;
    }
    selectMessage(index);
    setFollowing(false);
    reveal(index);
    Q_EMIT messageActivated(index);
}

void ChartView::highlightNode(NodeId id)
{
    if (id == m_highlight)
        return;
    m_highlight = id;
    requestRepaint();
}

std::optional<QLineF> ChartView::arrowLine(qint64 index) const
{
    const ChartFrame f = frame();
    const auto arrow = chartgeometry::arrowOf(
        m_model, index, chartgeometry::Arrow::Kind::Message, chartlayout::view(f, rect()));
    if (!arrow)
        return std::nullopt;
    const chartgeometry::LaneLayout layout = chartlayout::lanes(rect(), int(f.lifelines.size()));
    const double top = plotRect().top();
    const double x1 = arrow->end == chartgeometry::Arrow::End::Dropped
        ? chartgeometry::dropX(arrow->fromLane, arrow->toLane, layout)
        : chartgeometry::laneX(arrow->toLane, layout);
    return QLineF(
        chartgeometry::laneX(arrow->fromLane, layout), top + arrow->y0, x1, top + arrow->y1);
}

int ChartView::laneAt(const QPoint &pos) const
{
    const int count = int(m_lifelines->visibleLifelines().size());
    return chartgeometry::laneAt(pos.x(), chartlayout::lanes(rect(), count), count);
}

QSize ChartView::sizeHint() const
{
    return { 640, 420 };
}

QSize ChartView::minimumSizeHint() const
{
    return { chartlayout::kRulerWidth + 2 * chartlayout::kMinLaneWidth,
        chartlayout::kHeaderHeight + 80 };
}

void ChartView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    ChartPainter(&painter, rect(), palette()).paint(frame());
    if (m_replayNs) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 1.5));
        const double y = plotRect().top() + axis().y(*m_replayNs);
        painter.drawLine(QPointF(plotRect().left(), y), QPointF(plotRect().right(), y));
    }
    focusframe::paint(&painter, this);
    ++m_frames;
}

void ChartView::showReplayTime(qint64 timeNs)
{
    m_replayNs = timeNs;
    if (const auto [from, to] = visibleRange(); timeNs < from || timeNs > to)
        setOrigin(axis().time(axis().y(timeNs) - plotRect().height() / 3.0));
    requestRepaint();
}

void ChartView::clearReplayTime()
{
    m_replayNs.reset();
    requestRepaint();
}

void ChartView::wheelEvent(QWheelEvent *event)
{
    const QPoint delta = event->angleDelta();
    if (event->modifiers() & Qt::ControlModifier) {
        zoom(std::pow(1.25, delta.y() / 120.0), int(event->position().y()));
    } else if (delta.y() != 0) {
        scrollPixels(-delta.y() / 2.0);
    }
    event->accept();
}

void ChartView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    const QPoint pos = event->position().toPoint();
    m_pressPos = pos;
    m_moved = false;
    if (pos.y() < plotRect().top()) {
        m_dragLane = laneAt(pos);
        m_drag = m_dragLane >= 0 ? Drag::Lane : Drag::None;
    } else {
        m_pressOriginNs = originNs();
        m_drag = Drag::Scroll;
    }
}

void ChartView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    m_moved = m_moved || (pos - m_pressPos).manhattanLength() > 4;
    if (m_drag == Drag::Scroll && m_moved) {
        setCursor(Qt::ClosedHandCursor);
        setOrigin(axisAt(m_pressOriginNs, m_nsPerPixel).time(m_pressPos.y() - pos.y()));
        return;
    }
    if (m_drag == Drag::Lane) {
        const int target = laneAt(pos);
        if (!m_moved || target < 0 || target == m_dragLane)
            return;
        const QList<Lifeline> visible = m_lifelines->visibleLifelines();
        m_lifelines->move(m_lifelines->indexOf(visible.at(m_dragLane).key),
            m_lifelines->indexOf(visible.at(target).key));
        m_dragLane = target;
        return;
    }
    const int hover = pos.y() < plotRect().top() ? laneAt(pos) : -1;
    if (hover != m_hoverLane) {
        m_hoverLane = hover;
        requestRepaint();
    }
    setCursor(hover >= 0 ? Qt::OpenHandCursor : Qt::ArrowCursor);
}

void ChartView::mouseReleaseEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (event->button() == Qt::LeftButton && !m_moved) {
        const QList<Lifeline> visible = m_lifelines->visibleLifelines();
        if (m_drag == Drag::Lane && m_dragLane >= 0 && m_dragLane < visible.size()) {
            const NodeId node = visible.at(m_dragLane).node;
            if (node != 0) {
                highlightNode(node);
                Q_EMIT nodeActivated(node);
            }
        } else if (m_drag == Drag::Scroll) {
            const ChartFrame f = frame();
            const chartgeometry::Hit hit = chartgeometry::hit(m_model, chartlayout::view(f, rect()),
                chartlayout::lanes(rect(), int(f.lifelines.size())),
                QPointF(pos.x(), pos.y() - plotRect().top()));
            selectMessage(hit.index);
            if (hit.index >= 0)
                Q_EMIT messageActivated(hit.index);
        }
    }
    m_drag = Drag::None;
    m_dragLane = -1;
    unsetCursor();
    QWidget::mouseReleaseEvent(event);
}

void ChartView::keyPressEvent(QKeyEvent *event)
{
    const int page = std::max(1, plotRect().height() * 7 / 8);
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
        zoomOut();
        break;
    case Qt::Key_F:
        fit();
        break;
    case Qt::Key_Home:
        setOrigin(m_model.firstNs());
        break;
    case Qt::Key_End:
        setFollowing(true);
        break;
    case Qt::Key_Up:
        scrollPixels(-40);
        break;
    case Qt::Key_Down:
        scrollPixels(40);
        break;
    case Qt::Key_PageUp:
        scrollPixels(-page);
        break;
    case Qt::Key_PageDown:
        scrollPixels(page);
        break;
    case Qt::Key_Escape:
        selectMessage(-1);
        break;
    case Qt::Key_Left:
    case Qt::Key_Right:
        selectNext((event->key() == Qt::Key_Left ? -1 : 1)
            * (event->modifiers() & Qt::ShiftModifier ? 10 : 1));
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_model.holds(m_selected))
            Q_EMIT messageActivated(m_selected);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void ChartView::contextMenuEvent(QContextMenuEvent *event)
{
    const int lane = event->pos().y() < plotRect().top() ? laneAt(event->pos()) : -1;
    const QList<Lifeline> visible = m_lifelines->visibleLifelines();
    const int row
        = lane >= 0 && lane < visible.size() ? m_lifelines->indexOf(visible.at(lane).key) : -1;
    Q_EMIT lifelineMenuRequested(row, event->globalPos());
}

void ChartView::leaveEvent(QEvent *event)
{
    if (m_hoverLane != -1) {
        m_hoverLane = -1;
        requestRepaint();
    }
    QWidget::leaveEvent(event);
}

QString ChartView::toolTipAt(const QPoint &pos) const
{
    if (!plotRect().contains(pos))
        return {};
    const ChartFrame f = frame();
    const chartgeometry::Hit hit = chartgeometry::hit(m_model, chartlayout::view(f, rect()),
        chartlayout::lanes(rect(), int(f.lifelines.size())),
        QPointF(pos.x(), pos.y() - plotRect().top()));
    if (hit.index < 0)
        return {};
    return chartToolTip(m_model, m_model.message(hit.index), f.zeroNs);
}

bool ChartView::event(QEvent *event)
{
    if (showToolTip(this, event, [this](const QPoint &pos) { return toolTipAt(pos); }))
        return true;
    return QWidget::event(event);
}

} // namespace wb
