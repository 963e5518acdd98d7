#include "logicanalyzer.h"

#include "document/circuit.h"
#include "filechooser.h"
#include "icons.h"
#include "plotexport.h"
#include "recording/recorder.h"
#include "recording/recording.h"
#include "recording/recordingfile.h"
#include "runtime/meshruntime.h"
#include "theme.h"
#include "timeaxis.h"
#include "tracerows.h"
#include "tracetooltip.h"
#include "traceview.h"

#include <QAction>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace wb {

namespace {

constexpr qint64 kInitialNsPerPixel = 10'000'000; // 8 s over 800 pixels

} // namespace

LogicAnalyzer::LogicAnalyzer(MeshRuntime *runtime, const Circuit *circuit, QWidget *parent)
    : QWidget(parent)
    , m_runtime(runtime)
    , m_circuit(circuit)
    , m_live(std::make_unique<Recording>())
    , m_recorder(new Recorder(runtime, m_live.get(), this))
    , m_view(new TraceView(this))
    , m_scroll(new QScrollBar(Qt::Vertical, this))
    , m_toolBar(new QToolBar(this))
    , m_banner(new QWidget(this))
    , m_bannerText(new QLabel(m_banner))
    , m_status(new QLabel(this))
{
    m_view->setRecording(m_live.get());
    m_view->setView(0, kInitialNsPerPixel);
    m_view->setFollowing(true);
    createActions();

    m_toolBar->setIconSize(QSize(18, 18));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_toolBar->addActions({ m_open, m_save, m_exportImage });
    m_toolBar->addSeparator();
    m_toolBar->addActions({ m_zoomIn, m_zoomOut, m_fit, m_follow });
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_cursors);

    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(8, 3, 8, 3);
    bannerLayout->addWidget(m_bannerText, 1);
    auto *back = new QPushButton(tr("Back to live"), m_banner);
    connect(back, &QPushButton::clicked, this, &LogicAnalyzer::showLive);
    bannerLayout->addWidget(back);
    m_banner->setAutoFillBackground(true);
    QPalette bannerPalette = m_banner->palette();
    bannerPalette.setColor(
        QPalette::Window, theme::colors().warning.lighter(theme::isDark() ? 60 : 170));
    m_banner->setPalette(bannerPalette);
    m_banner->hide();

    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setContentsMargins(8, 2, 8, 2);
    QFont small = m_status->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_status->setFont(small);

    auto *plot = new QHBoxLayout;
    plot->setContentsMargins(0, 0, 0, 0);
    plot->setSpacing(0);
    plot->addWidget(m_view, 1);
    plot->addWidget(m_scroll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_banner);
    layout->addLayout(plot, 1);
    layout->addWidget(m_status);

    connect(m_view, &TraceView::nodeActivated, this, &LogicAnalyzer::nodeActivated);
    connect(m_view, &TraceView::followingChanged, m_follow, &QAction::setChecked);
    connect(m_view, &TraceView::cursorsChanged, this, [this] {
        m_cursors->setChecked(m_view->cursorsShown());
        updateStatus();
    });
    connect(m_view, &TraceView::viewChanged, this, &LogicAnalyzer::updateScrollBar);
    connect(m_view->rows(), &TraceRowModel::changed, this, &LogicAnalyzer::updateScrollBar);
    connect(m_scroll, &QScrollBar::valueChanged, m_view, &TraceView::setScrollY);
    connect(m_runtime, &MeshRuntime::runningChanged, this, &LogicAnalyzer::updateLive);
    connect(m_recorder, &Recorder::captureStarted, this, [this] {
        if (isReviewing())
            showLive();
        m_view->setFollowing(true);
    });
    connect(m_circuit, &Circuit::reset, this, &LogicAnalyzer::updateNodeOrder);
    connect(m_circuit, &Circuit::nodeAdded, this, &LogicAnalyzer::updateNodeOrder);
    connect(m_circuit, &Circuit::nodeRemoved, this, &LogicAnalyzer::updateNodeOrder);
    // The counts below the plot move with the capture, a few times a second is plenty.
    auto *status = new QTimer(this);
    status->setInterval(250);
    connect(status, &QTimer::timeout, this, [this] {
        updateStatus();
        updateScrollBar();
    });
    status->start();
    updateNodeOrder();
    updateLive();
    updateStatus();
}

LogicAnalyzer::~LogicAnalyzer() = default;

void LogicAnalyzer::createActions()
{
    const auto make = [this](const QString &icon, const QString &text, const QString &tip) {
        auto *action = new QAction(icons::action(icon), text, this);
        action->setToolTip(tip);
        return action;
    };
    m_open = make(QStringLiteral("open"), tr("Open Recording…"),
        tr("Open a saved recording (.vcd or .csv) for review"));
    connect(m_open, &QAction::triggered, this, [this] {
        chooseFile(tr("Open Recording"), { tr("Recordings (*.vcd *.csv)") }, false,
            [this](const QString &path) { openRecording(path); });
    });
    m_save = make(QStringLiteral("save"), tr("Save Recording…"),
        tr("Save the recording: VCD for GTKWave, PulseView and sigrok; CSV with every "
           "message"));
    connect(m_save, &QAction::triggered, this, [this] {
        chooseFile(tr("Save Recording"),
            { tr("Value Change Dump (*.vcd)"), tr("Every event as CSV (*.csv)") }, true,
            [this](const QString &path) { saveRecording(path); });
    });
    m_exportImage = make(QStringLiteral("plot"), tr("Export Plot Image…"),
        tr("Save the visible plot as PNG or SVG"));
    connect(m_exportImage, &QAction::triggered, this, [this] {
        chooseFile(tr("Export Plot"), { tr("PNG image (*.png)"), tr("SVG drawing (*.svg)") }, true,
            [this](const QString &path) { exportImage(path); });
    });
    m_zoomIn = make(QStringLiteral("zoom-in"), tr("Zoom In"), tr("Zoom in (+, or the wheel)"));
    connect(m_zoomIn, &QAction::triggered, m_view, &TraceView::zoomIn);
    m_zoomOut = make(QStringLiteral("zoom-out"), tr("Zoom Out"), tr("Zoom out (-)"));
    connect(m_zoomOut, &QAction::triggered, m_view, &TraceView::zoomOut);
    m_fit = make(QStringLiteral("zoom-fit"), tr("Fit"), tr("Show the whole recording (F)"));
    connect(m_fit, &QAction::triggered, m_view, &TraceView::fit);
    m_follow = make(QStringLiteral("follow"), tr("Follow Live"),
        tr("Keep now at the right edge while the circuit runs (End)"));
    m_follow->setCheckable(true);
    m_follow->setChecked(m_view->isFollowing());
    connect(m_follow, &QAction::toggled, m_view, &TraceView::setFollowing);
    m_cursors = make(QStringLiteral("cursors"), tr("Cursors"),
        tr("Two cursors that measure Δt and frequency (or click the time ruler)"));
    m_cursors->setCheckable(true);
    connect(m_cursors, &QAction::toggled, m_view, &TraceView::setCursorsShown);
    m_backToLive = new QAction(tr("Back to Live Recording"), this);
    connect(m_backToLive, &QAction::triggered, this, &LogicAnalyzer::showLive);
    m_backToLive->setEnabled(false);
    for (QAction *action : { m_zoomIn, m_zoomOut, m_fit, m_follow, m_cursors })
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
}

const Recording *LogicAnalyzer::shownRecording() const
{
    return m_review ? m_review.get() : m_live.get();
}

void LogicAnalyzer::updateLive()
{
    m_view->setLive(!isReviewing() && m_runtime->isRunning());
}

void LogicAnalyzer::updateNodeOrder()
{
    m_view->setNodeOrder(m_circuit->nodeIds());
}

void LogicAnalyzer::setCap(qsizetype cap)
{
    m_live->setCap(cap);
}

void LogicAnalyzer::selectNode(NodeId id)
{
    m_view->highlightNode(id);
}

void LogicAnalyzer::showRecording(std::unique_ptr<Recording> recording, const QString &title)
{
    m_review = std::move(recording);
    m_reviewTitle = title;
    m_view->setRecording(m_review.get());
    m_bannerText->setText(
        tr("Reviewing %1: %L2 events, nothing runs.").arg(title).arg(m_review->size()));
    m_banner->show();
    m_backToLive->setEnabled(true);
    updateLive();
    m_view->fit();
    updateStatus();
    Q_EMIT shownRecordingChanged();
}

void LogicAnalyzer::showLive()
{
    if (!m_review)
        return;
    m_view->setRecording(m_live.get());
    m_review.reset();
    m_reviewTitle.clear();
    m_banner->hide();
    m_backToLive->setEnabled(false);
    updateLive();
    m_view->setFollowing(true);
    updateStatus();
    Q_EMIT shownRecordingChanged();
}

void LogicAnalyzer::showReplayTime(qint64 timeNs)
{
    // Cursor B stays where it was, or marks the start: Δt is then the time into the run.
    m_view->setCursors(timeNs, m_view->cursorB().value_or(shownRecording()->startNs()));
    const qint64 width = qint64(std::max(1, m_view->plotRect().width())) * m_view->nsPerPixel();
    if (timeNs < m_view->startNs() || timeNs > m_view->startNs() + width)
        m_view->setView(timeNs - width / 2, m_view->nsPerPixel());
}

QString LogicAnalyzer::report(const QString &error, const QString &success)
{
    Q_EMIT statusMessage(error.isEmpty() ? success : error);
    return error;
}

QString LogicAnalyzer::openRecording(const QString &path)
{
    auto recording = std::make_unique<Recording>(m_live->cap());
    const QString error = recordingfile::open(path, recording.get());
    if (error.isEmpty())
        showRecording(std::move(recording), QFileInfo(path).fileName());
    return report(error, tr("Opened %1").arg(QFileInfo(path).fileName()));
}

QString LogicAnalyzer::saveRecording(const QString &path)
{
    return report(recordingfile::save(*shownRecording(), path),
        tr("Saved the recording to %1").arg(QFileInfo(path).fileName()));
}

QString LogicAnalyzer::exportImage(const QString &path)
{
    return report(plotexport::save(m_view->frame(), m_view->size(), m_view->palette(), path),
        tr("Saved the plot to %1").arg(QFileInfo(path).fileName()));
}

void LogicAnalyzer::chooseFile(const QString &title, const QStringList &filters, bool save,
    const std::function<void(const QString &)> &done)
{
    wb::chooseFile(this, title, filters, save, done);
}

void LogicAnalyzer::updateScrollBar()
{
    const int range = std::max(0, m_view->contentHeight() - m_view->height());
    m_scroll->setRange(0, range);
    m_scroll->setPageStep(std::max(1, m_view->height()));
    m_scroll->setValue(m_view->scrollY());
    m_scroll->setVisible(range > 0);
}

QString LogicAnalyzer::statusText() const
{
    return m_status->text();
}

void LogicAnalyzer::updateStatus()
{
    const Recording *r = shownRecording();
    QStringList parts;
    parts << tr("%L1 events").arg(r->size());
    parts << QLocale().formattedDataSize(r->approximateBytes(), 1, QLocale::DataSizeSIFormat);
    if (r->droppedCount() > 0)
        parts << tr("%L1 dropped (cap %L2)").arg(r->droppedCount()).arg(r->cap());
    if (m_view->cursorsShown()) {
        const qint64 a = *m_view->cursorA() - r->startNs();
        const qint64 b = *m_view->cursorB() - r->startNs();
        parts << tr("A %1 · B %2 · Δt %3 · %4")
                     .arg(timeaxis::timeLabel(a, 1000), timeaxis::timeLabel(b, 1000),
                         timeaxis::duration(b - a), timeaxis::frequency(b - a));
        // A queue's fill at both cursors: how full it was then.
        parts << levelReadout(
            *r, m_view->rows()->visibleRows(), m_view->cursorA(), m_view->cursorB());
    }
    m_status->setText(parts.join(QStringLiteral("   ·   ")));
}

} // namespace wb
