#include "traceview.h"

#include "focusframe.h"
#include "recording/recording.h"
#include "rowmenu.h"
#include "runtime/traffic.h"
#include "tooltips.h"
#include "tracetooltip.h"

#include <QKeyEvent>
#include <QMenu>
#include <QPainter>
#include <QWheelEvent>
#include <cmath>

namespace wb {

namespace {

constexpr qint64 kMaxNsPerPixel = 10'000'000'000'000; // a plot of years
constexpr qint64 kEmptyWindowNs = 10'000'000'000;
constexpr int kCursorGrab = 5;

} // namespace

TraceView::TraceView(QWidget *parent) : QWidget(parent), m_rows(new TraceRowModel(this))
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    focusframe::install(this);
    m_repaint.setSingleShot(true);
    m_repaint.setInterval(kRepaintMs);
    connect(&m_repaint, &QTimer::timeout, this, qOverload<>(&QWidget::update));
    m_liveTimer.setInterval(kRepaintMs);
    connect(&m_liveTimer, &QTimer::timeout, this, &TraceView::onLiveTick);
    connect(m_rows, &TraceRowModel::changed, this, [this] {
        m_visible = m_rows->visibleRows();
        setScrollY(m_scrollY);
        requestRepaint();
    });
}

void TraceView::setRecording(const Recording *recording)
{
    m_recording = recording;
    m_hoverRow = -1;
    syncRows();
    requestRepaint();
}

void TraceView::setNodeOrder(const QList<NodeId> &order)
{
    m_nodeOrder = order;
    requestRepaint();
}

void TraceView::setLive(bool live)
{
    m_live = live;
    if (live)
        m_liveTimer.start();
    else
        m_liveTimer.stop();
    requestRepaint();
}

qint64 TraceView::nowNs() const
{
    if (m_live)
        return monotonicNs();
    return m_recording ? m_recording->endNs() : 0;
}

void TraceView::onLiveTick()
{
    const bool grew = m_recording
        && (m_recording->size() != m_paintedSize
            || m_recording->generation() != m_paintedGeneration);
    if (m_following || grew)
        update();
}

void TraceView::requestRepaint()
{
    if (!m_repaint.isActive())
        m_repaint.start();
}

QRect TraceView::plotRect() const
{
    return tracelayout::plotRect(rect());
}

double TraceView::xForTime(qint64 timeNs) const
{
    return TracePainter::xFor(frame(), plotRect(), timeNs);
}

qint64 TraceView::timeAt(int x) const
{
    return frame().startNs + qint64(x - plotRect().left()) * m_nsPerPixel;
}

TraceFrame TraceView::frame() const
{
    TraceFrame f;
    f.recording = m_recording;
    f.rows = m_visible;
    f.nowNs = nowNs();
    f.nsPerPixel = m_nsPerPixel;
    f.startNs = m_following ? f.nowNs - m_nsPerPixel * std::max(1, plotRect().width()) : m_startNs;
    f.cursorA = m_cursorA;
    f.cursorB = m_cursorB;
    f.highlight = m_highlight;
    f.hoverRow = m_hoverRow;
    f.scrollY = m_scrollY;
    f.placeholder = m_live || !m_recording
        ? tr("Nothing recorded yet. Run the circuit: every clock tick, pin bit, LED and buzzer "
             "state, queue fill and every message appears here as it happens.")
        : tr("This recording holds no signals.");
    return f;
}

void TraceView::changeView(qint64 startNs, qint64 nsPerPixel)
{
    m_nsPerPixel = std::clamp<qint64>(nsPerPixel, 1, kMaxNsPerPixel);
    m_startNs = startNs;
    requestRepaint();
    Q_EMIT viewChanged();
}

void TraceView::setView(qint64 startNs, qint64 nsPerPixel)
{
    setFollowing(false);
    changeView(startNs, nsPerPixel);
}

void TraceView::zoom(double factor, int anchorX)
{
    if (factor <= 0)
        return;
    const TraceFrame f = frame();
    const int offset = std::clamp(anchorX - plotRect().left(), 0, std::max(0, plotRect().width()));
    const qint64 anchor = f.startNs + qint64(offset) * m_nsPerPixel;
    const qint64 npp = std::clamp<qint64>(
        qint64(std::llround(double(m_nsPerPixel) / factor)), 1, kMaxNsPerPixel);
    changeView(anchor - qint64(offset) * npp, npp == m_nsPerPixel && factor > 1 ? npp - 1 : npp);
}

void TraceView::zoomIn()
{
    zoom(2.0, m_following ? plotRect().right() : plotRect().center().x());
}

void TraceView::zoomOut()
{
    zoom(0.5, m_following ? plotRect().right() : plotRect().center().x());
}

void TraceView::fit()
{
    const int width = std::max(1, plotRect().width());
    const qint64 now = nowNs();
    if (!m_recording || m_recording->isEmpty()) {
        setView(now - kEmptyWindowNs, kEmptyWindowNs / width);
        return;
    }
    const qint64 from = m_recording->startNs();
    const qint64 span = std::max<qint64>(1, now - from);
    // A little air on the right, so that the last level shows.
    setView(from, std::max<qint64>(1, (span + span / 50) / width + 1));
}

void TraceView::panPixels(int dx)
{
    const TraceFrame f = frame();
    setFollowing(false);
    changeView(f.startNs + qint64(dx) * m_nsPerPixel, m_nsPerPixel);
}

void TraceView::setFollowing(bool on)
{
    if (on == m_following)
        return;
    if (!on)
        m_startNs = frame().startNs; // stay where the view is
    m_following = on;
    requestRepaint();
    Q_EMIT followingChanged(on);
}

void TraceView::setCursorsShown(bool on)
{
    if (on == cursorsShown())
        return;
    if (on) {
        const TraceFrame f = frame();
        const int w = std::max(3, plotRect().width());
        m_cursorA = f.startNs + qint64(w / 3) * m_nsPerPixel;
        m_cursorB = f.startNs + qint64(2 * w / 3) * m_nsPerPixel;
    } else {
        m_cursorA.reset();
        m_cursorB.reset();
    }
    requestRepaint();
    Q_EMIT cursorsChanged();
}

void TraceView::setCursors(qint64 a, qint64 b)
{
    m_cursorA = a;
    m_cursorB = b;
    requestRepaint();
    Q_EMIT cursorsChanged();
}

void TraceView::highlightNode(NodeId id)
{
    m_highlight = id;
    for (int i = 0; i < m_visible.size(); ++i) {
        if (m_visible.at(i).node != id)
            continue;
        const QRect row = tracelayout::rowRect(m_visible, rect(), m_scrollY, i);
        if (row.top() < plotRect().top() || row.bottom() > rect().bottom())
            setScrollY(m_scrollY + row.top() - plotRect().top());
        break;
    }
    requestRepaint();
}

int TraceView::contentHeight() const
{
    return tracelayout::kRulerHeight + tracelayout::rowsHeight(m_visible);
}

void TraceView::setScrollY(int y)
{
    const int clamped = std::clamp(y, 0, std::max(0, contentHeight() - height()));
    if (clamped == m_scrollY)
        return;
    m_scrollY = clamped;
    requestRepaint();
    Q_EMIT viewChanged();
}

void TraceView::syncRows()
{
    if (m_recording)
        m_rows->sync(*m_recording, m_nodeOrder);
    else
        m_visible.clear();
}

QSize TraceView::sizeHint() const
{
    return { 720, std::max(220, contentHeight() + 2) };
}

QSize TraceView::minimumSizeHint() const
{
    return { tracelayout::kLabelWidth + 120,
        tracelayout::kRulerHeight + 2 * tracelayout::kDigitalHeight };
}

void TraceView::paintEvent(QPaintEvent *)
{
    syncRows();
    QPainter painter(this);
    TracePainter(&painter, rect(), palette()).paint(frame());
    focusframe::paint(&painter, this);
    ++m_frames;
    if (m_recording) {
        m_paintedSize = m_recording->size();
        m_paintedGeneration = m_recording->generation();
    }
}

void TraceView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    setScrollY(m_scrollY);
}

void TraceView::wheelEvent(QWheelEvent *event)
{
    const QPoint delta = event->angleDelta();
    const int x = int(event->position().x());
    if (x < plotRect().left()) {
        setScrollY(m_scrollY - delta.y() / 2);
    } else if (event->modifiers() & Qt::ShiftModifier || delta.x() != 0) {
        const int d = delta.x() != 0 ? delta.x() : delta.y();
        panPixels(-d * plotRect().width() / 1200);
    } else if (delta.y() != 0) {
        zoom(std::pow(1.25, delta.y() / 120.0), x);
    }
    event->accept();
}

int TraceView::cursorNear(int x) const
{
    for (const auto &[cursor, id] : { std::pair(m_cursorA, 1), std::pair(m_cursorB, 2) }) {
        if (cursor && std::abs(xForTime(*cursor) - x) <= kCursorGrab)
            return id;
    }
    return 0;
}

void TraceView::placeCursor(int x)
{
    const qint64 t = timeAt(x);
    if (!cursorsShown()) {
        m_cursorA = t;
        m_cursorB = t + 80 * m_nsPerPixel;
        m_drag = Drag::CursorB;
    } else {
        const double da = std::abs(xForTime(*m_cursorA) - x);
        const double db = std::abs(xForTime(*m_cursorB) - x);
        (da <= db ? m_cursorA : m_cursorB) = t;
        m_drag = da <= db ? Drag::CursorA : Drag::CursorB;
    }
    requestRepaint();
    Q_EMIT cursorsChanged();
}

void TraceView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    const QPoint pos = event->position().toPoint();
    const QRect plot = plotRect();
    m_pressPos = pos;
    m_moved = false;
    if (pos.x() < plot.left()) {
        m_dragRow = tracelayout::rowAt(m_visible, rect(), m_scrollY, pos.y());
        m_drag = m_dragRow >= 0 ? Drag::Row : Drag::None;
    } else if (pos.y() < plot.top()) {
        placeCursor(pos.x());
    } else if (const int c = cursorNear(pos.x())) {
        m_drag = c == 1 ? Drag::CursorA : Drag::CursorB;
    } else {
        m_pressStartNs = frame().startNs;
        setFollowing(false);
        m_drag = Drag::Pan;
        setCursor(Qt::ClosedHandCursor);
    }
}

void TraceView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    m_moved = m_moved || (pos - m_pressPos).manhattanLength() > 4;
    switch (m_drag) {
    case Drag::Pan:
        changeView(m_pressStartNs - qint64(pos.x() - m_pressPos.x()) * m_nsPerPixel, m_nsPerPixel);
        return;
    case Drag::CursorA:
    case Drag::CursorB:
        (m_drag == Drag::CursorA ? m_cursorA : m_cursorB) = timeAt(pos.x());
        requestRepaint();
        Q_EMIT cursorsChanged();
        return;
    case Drag::Row: {
        const int target = tracelayout::rowAt(m_visible, rect(), m_scrollY, pos.y());
        if (!m_moved || target < 0 || target == m_dragRow)
            return;
        m_rows->move(m_rows->indexOf(m_visible.at(m_dragRow).key),
            m_rows->indexOf(m_visible.at(target).key));
        m_dragRow = target;
        return;
    }
    case Drag::None:
        break;
    }
    const int hover = pos.x() < plotRect().left()
        ? tracelayout::rowAt(m_visible, rect(), m_scrollY, pos.y())
        : -1;
    if (hover != m_hoverRow) {
        m_hoverRow = hover;
        requestRepaint();
    }
    const bool onCursor = pos.x() >= plotRect().left() && cursorNear(pos.x()) != 0;
    setCursor(onCursor                                  ? Qt::SizeHorCursor
            : pos.x() < plotRect().left() && hover >= 0 ? Qt::OpenHandCursor
                                                        : Qt::ArrowCursor);
}

void TraceView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_drag == Drag::Row && !m_moved && m_dragRow >= 0 && m_dragRow < m_visible.size()) {
        const NodeId node = m_visible.at(m_dragRow).node;
        highlightNode(node);
        Q_EMIT nodeActivated(node);
    }
    m_drag = Drag::None;
    m_dragRow = -1;
    unsetCursor();
    QWidget::mouseReleaseEvent(event);
}

void TraceView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->position().x() >= plotRect().left() && event->position().y() >= plotRect().top())
        zoom(2.0, int(event->position().x()));
}

void TraceView::moveKeyCursor(int pixels)
{
    if (!cursorsShown())
        setCursorsShown(true);
    std::optional<qint64> &cursor = m_keyCursorB ? m_cursorB : m_cursorA;
    *cursor += qint64(pixels) * m_nsPerPixel;
    // Keep it on the plot: pan when it would leave.
    const QRect plot = plotRect();
    const double x = xForTime(*cursor);
    if (x < plot.left())
        panPixels(int(x) - plot.left() - plot.width() / 8);
    else if (x > plot.right())
        panPixels(int(x) - plot.right() + plot.width() / 8);
    requestRepaint();
    Q_EMIT cursorsChanged();
}

void TraceView::keyPressEvent(QKeyEvent *event)
{
    const int step = std::max(1, plotRect().width() / 8);
    if (event->modifiers() & Qt::ControlModifier
        && (event->key() == Qt::Key_Left || event->key() == Qt::Key_Right)) {
        // The keyboard's way to measure: a cursor by 2 pixels, Shift by 20.
        const int pixels = event->modifiers() & Qt::ShiftModifier ? 20 : 2;
        moveKeyCursor(event->key() == Qt::Key_Left ? -pixels : pixels);
        event->accept();
        return;
    }
    switch (event->key()) {
    case Qt::Key_C:
        setCursorsShown(!cursorsShown());
        break;
    case Qt::Key_A:
    case Qt::Key_B:
        m_keyCursorB = event->key() == Qt::Key_B;
        if (!cursorsShown())
            setCursorsShown(true);
        break;
    case Qt::Key_PageUp:
        setScrollY(m_scrollY - std::max(1, plotRect().height() * 7 / 8));
        break;
    case Qt::Key_PageDown:
        setScrollY(m_scrollY + std::max(1, plotRect().height() * 7 / 8));
        break;
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
        if (m_recording)
            setView(m_recording->startNs(), m_nsPerPixel);
        break;
    case Qt::Key_End:
        setFollowing(true);
        break;
    case Qt::Key_Left:
        panPixels(-step);
        break;
    case Qt::Key_Right:
        panPixels(step);
        break;
    case Qt::Key_Up:
        setScrollY(m_scrollY - tracelayout::kMessageHeight);
        break;
    case Qt::Key_Down:
        setScrollY(m_scrollY + tracelayout::kMessageHeight);
        break;
    case Qt::Key_Escape:
        setCursorsShown(false);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void TraceView::contextMenuEvent(QContextMenuEvent *event)
{
    const int row = event->pos().x() < plotRect().left()
        ? tracelayout::rowAt(m_visible, rect(), m_scrollY, event->pos().y())
        : -1;
    QMenu *menu = rowMenu(m_rows, row >= 0 ? m_rows->indexOf(m_visible.at(row).key) : -1, this);
    menu->popup(event->globalPos());
}

void TraceView::leaveEvent(QEvent *event)
{
    if (m_hoverRow != -1) {
        m_hoverRow = -1;
        requestRepaint();
    }
    QWidget::leaveEvent(event);
}

bool TraceView::event(QEvent *event)
{
    if (showToolTip(
            this, event, [this](const QPoint &pos) { return traceToolTip(frame(), rect(), pos); }))
        return true;
    return QWidget::event(event);
}

} // namespace wb
