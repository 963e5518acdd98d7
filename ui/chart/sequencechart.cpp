#include "sequencechart.h"

#include "analyzer/plotexport.h"
#include "chart/chartexport.h"
#include "chartview.h"
#include "document/circuit.h"
#include "filechooser.h"
#include "icons.h"
#include "lifelinemenu.h"
#include "lifelinemodel.h"

#include <QAction>
#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QMenu>
#include <QSaveFile>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace wb {

namespace {

bool hasSuffix(const QString &path, std::initializer_list<const char *> suffixes)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return std::ranges::any_of(
        suffixes, [&suffix](const char *s) { return suffix == QLatin1String(s); });
}

} // namespace

SequenceChart::SequenceChart(const Circuit *circuit, QWidget *parent)
    : QWidget(parent)
    , m_circuit(circuit)
    , m_lifelines(new LifelineModel(circuit, this))
    , m_view(new ChartView(m_lifelines, this))
    , m_scroll(new QScrollBar(Qt::Vertical, this))
    , m_toolBar(new QToolBar(this))
    , m_threshold(new QComboBox(this))
{
    createActions();
    auto *plot = new QHBoxLayout;
    plot->setContentsMargins(0, 0, 0, 0);
    plot->setSpacing(0);
    plot->addWidget(m_view, 1);
    plot->addWidget(m_scroll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addLayout(plot, 1);

    connect(m_view, &ChartView::viewChanged, this, &SequenceChart::updateScrollBar);
    connect(m_view, &ChartView::followingChanged, m_follow, &QAction::setChecked);
    connect(m_view, &ChartView::nodeActivated, this, &SequenceChart::nodeActivated);
    connect(m_view, &ChartView::lifelineMenuRequested, this, &SequenceChart::showLifelineMenu);
    connect(m_view, &ChartView::messageActivated, this,
        [this](qint64 index) { Q_EMIT messageSelected(pickOf(index)); });
    connect(m_scroll, &QScrollBar::valueChanged, m_view, &ChartView::setScrollY);
    // The scroll bar follows the growing recording a few times a second.
    auto *scrollTimer = new QTimer(this);
    scrollTimer->setInterval(250);
    connect(scrollTimer, &QTimer::timeout, this, [this] {
        if (isVisible())
            updateScrollBar();
    });
    scrollTimer->start();
}

void SequenceChart::createActions()
{
    const auto make = [this](const QString &icon, const QString &text, const QString &tip) {
        auto *action = new QAction(icons::action(icon), text, this);
        action->setToolTip(tip);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_toolBar->addAction(action);
        return action;
    };
    m_toolBar->setIconSize(QSize(18, 18));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    connect(make(QStringLiteral("zoom-in"), tr("Zoom In"), tr("Zoom in (+, or Ctrl+wheel)")),
        &QAction::triggered, m_view, &ChartView::zoomIn);
    connect(make(QStringLiteral("zoom-out"), tr("Zoom Out"), tr("Zoom out (-)")),
        &QAction::triggered, m_view, &ChartView::zoomOut);
    connect(make(QStringLiteral("zoom-fit"), tr("Fit"), tr("Show the whole recording (F)")),
        &QAction::triggered, m_view, &ChartView::fit);
    m_follow = make(QStringLiteral("follow"), tr("Follow Live"),
        tr("Keep the newest message at the bottom while the circuit runs (End)"));
    m_follow->setCheckable(true);
    m_follow->setChecked(m_view->isFollowing());
    connect(m_follow, &QAction::toggled, m_view, &ChartView::setFollowing);
    m_toolBar->addSeparator();

    m_compress = new QAction(tr("Compress idle"), this);
    m_compress->setToolTip(
        tr("Draw a quiet time longer than the threshold as a short marked break"));
    m_compress->setCheckable(true);
    m_compress->setChecked(m_view->compressesIdle());
    connect(m_compress, &QAction::toggled, m_view, &ChartView::setCompressIdle);
    m_toolBar->addAction(m_compress);
    if (auto *button = qobject_cast<QToolButton *>(m_toolBar->widgetForAction(m_compress)))
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    const std::pair<const char *, qint64> thresholds[] = {
        { "> 1 ms", 1'000'000 },
        { "> 10 ms", 10'000'000 },
        { "> 50 ms", 50'000'000 },
        { "> 100 ms", 100'000'000 },
        { "> 500 ms", 500'000'000 },
        { "> 1 s", 1'000'000'000 },
    };
    for (const auto &[label, ns] : thresholds) {
        m_threshold->addItem(QString::fromUtf8(label), ns);
        if (ns == m_view->idleThresholdNs())
            m_threshold->setCurrentIndex(m_threshold->count() - 1);
    }
    m_threshold->setToolTip(tr("Idle time longer than this becomes a break"));
    connect(m_threshold, &QComboBox::activated, this, [this](int index) {
        m_view->setIdleThresholdNs(m_threshold->itemData(index).toLongLong());
    });
    connect(m_compress, &QAction::toggled, m_threshold, &QWidget::setEnabled);
    m_toolBar->addWidget(m_threshold);
    m_toolBar->addSeparator();

    auto *lanes = new QAction(icons::action(QStringLiteral("table")), tr("Lifelines"), this);
    lanes->setToolTip(tr("Show, hide and order the lifelines (or right-click a lane's name)"));
    m_toolBar->addAction(lanes);
    connect(lanes, &QAction::triggered, this, [this, lanes] {
        const QWidget *button = m_toolBar->widgetForAction(lanes);
        showLifelineMenu(-1, button->mapToGlobal(QPoint(0, button->height())));
    });

    auto *exportMenu = new QMenu(this);
    connect(exportMenu->addAction(tr("Export Visible Range…")), &QAction::triggered, this,
        [this] { chooseExport(Scope::Visible); });
    QAction *selected = exportMenu->addAction(tr("Export Selected Message…"));
    connect(selected, &QAction::triggered, this, [this] { chooseExport(Scope::Selection); });
    connect(exportMenu, &QMenu::aboutToShow, this,
        [this, selected] { selected->setEnabled(m_view->selectedMessage() >= 0); });
    auto *exportAction = new QAction(icons::action(QStringLiteral("save-as")), tr("Export"), this);
    exportAction->setToolTip(tr("Export the chart as PNG, SVG, PlantUML or Mermaid"));
    exportAction->setMenu(exportMenu);
    m_toolBar->addAction(exportAction);
    if (auto *button = qobject_cast<QToolButton *>(m_toolBar->widgetForAction(exportAction)))
        button->setPopupMode(QToolButton::InstantPopup);
}

void SequenceChart::setRecording(const Recording *recording)
{
    m_view->setRecording(recording);
    updateScrollBar();
}

void SequenceChart::highlightNode(NodeId id)
{
    m_view->highlightNode(id);
}

void SequenceChart::clearSelection()
{
    m_view->selectMessage(-1);
}

bool SequenceChart::selectNear(qint64 timeNs, NodeId node)
{
    const SequenceModel &model = m_view->model();
    const int participant = node != 0 ? model.participantOf(node) : -1;
    if (node != 0 && participant < 0)
        return false;
    const qint64 index = model.nearest(timeNs, participant);
    if (index < 0)
        return false;
    m_view->selectMessage(index);
    m_view->reveal(index);
    return true;
}

bool SequenceChart::selectMessage(quint64 messageId)
{
    if (messageId == 0 || messageId > std::numeric_limits<quint32>::max())
        return false;
    const std::vector<qint64> indices = m_view->model().indicesOf(quint32(messageId));
    if (indices.empty())
        return false;
    m_view->selectMessage(indices.back());
    m_view->reveal(indices.back());
    return true;
}

bool SequenceChart::selectNearOnWire(qint64 timeNs, NodeId from, NodeId to)
{
    const SequenceModel &model = m_view->model();
    const int sender = model.participantOf(from);
    const int receiver = model.participantOf(to);
    if (sender < 0 || receiver < 0)
        return false;
    const qint64 start = model.nearest(std::clamp(timeNs, model.firstNs(), model.nowNs()), sender);
    if (start < 0)
        return false;
    // The sender's nearest message may have gone to another target: look outwards from it.
    constexpr qint64 kReach = 4096;
    for (qint64 step = 0; step <= kReach; ++step) {
        for (const qint64 index : { start - step, start + step }) {
            if (index < model.firstIndex() || index >= model.size())
                continue;
            const ChartMessage &m = model.message(index);
            if (m.sender == sender && m.receiver == receiver) {
                m_view->selectMessage(index);
                m_view->reveal(index);
                return true;
            }
        }
    }
    return false;
}

ChartPick SequenceChart::pickOf(qint64 index) const
{
    const SequenceModel &model = m_view->model();
    const ChartMessage &m = model.message(index);
    const auto node = [&model](int participant) {
        return participant < model.participants().size() ? model.participants().at(participant).node
                                                         : NodeId(0);
    };
    ChartPick pick;
    pick.messageId = m.messageId;
    pick.sender = node(m.sender);
    pick.receiver = node(m.receiver);
    pick.sentNs = m.sentNs;
    pick.endNs = model.endNs(m);
    const QList<Wire> wires = m_circuit->wires();
    for (const Wire &wire : wires) {
        if (wire.from == pick.sender && wire.to == pick.receiver) {
            pick.wire = wire.id;
            break;
        }
    }
    return pick;
}

std::optional<ChartPick> SequenceChart::selection() const
{
    const qint64 index = m_view->selectedMessage();
    if (index < 0)
        return std::nullopt;
    return pickOf(index);
}

void SequenceChart::updateScrollBar()
{
    const QSignalBlocker blocker(m_scroll);
    const int page = std::max(1, m_view->plotRect().height());
    const int range = std::max(0, m_view->contentHeight() - page);
    m_scroll->setRange(0, range);
    m_scroll->setPageStep(page);
    m_scroll->setSingleStep(40);
    m_scroll->setValue(m_view->scrollY());
    m_scroll->setVisible(range > 0);
}

void SequenceChart::showLifelineMenu(int row, const QPoint &globalPos)
{
    lifelineMenu(m_lifelines, row, this)->popup(globalPos);
}

void SequenceChart::chooseExport(Scope scope)
{
    chooseFile(this, scope == Scope::Visible ? tr("Export Visible Range") : tr("Export Message"),
        { tr("PlantUML (*.puml)"), tr("Mermaid (*.mmd)"), tr("SVG drawing (*.svg)"),
            tr("PNG image (*.png)") },
        true, [this, scope](const QString &path) { exportTo(path, scope); });
}

QString SequenceChart::exportTo(const QString &path, Scope scope)
{
    QString error;
    if (scope == Scope::Selection && m_view->selectedMessage() < 0)
        error = tr("%1: no message is selected (click an arrow)").arg(path);
    else if (hasSuffix(path, { "png", "svg" }))
        error = exportImage(path, scope);
    else if (hasSuffix(path, { "puml", "plantuml", "pu", "mmd", "mermaid" }))
        error = exportText(path, scope);
    else
        error = tr("%1: the chart is exported as .png, .svg, .puml (PlantUML) or .mmd (Mermaid)")
                    .arg(path);
    Q_EMIT statusMessage(
        error.isEmpty() ? tr("Saved the chart to %1").arg(QFileInfo(path).fileName()) : error);
    return error;
}

QString SequenceChart::exportImage(const QString &path, Scope scope)
{
    ChartFrame frame = m_view->frame();
    QSize size = m_view->size();
    if (scope == Scope::Selection) {
        const SequenceModel &model = m_view->model();
        const ChartMessage &m = model.message(m_view->selectedMessage());
        int height = 0;
        frame = m_view->frameOf(m.sentNs, model.lastNs(m), &height);
        size.setHeight(chartlayout::kHeaderHeight + height);
    }
    return plotexport::save(size, path, tr("Wirebench message sequence chart"),
        [&frame, this](QPainter *painter, const QRect &area) {
            ChartPainter(painter, area, m_view->palette()).paint(frame);
        });
}

QString SequenceChart::exportText(const QString &path, Scope scope)
{
    const SequenceModel &model = m_view->model();
    chartexport::Options options;
    options.participants.emplace();
    for (const Lifeline &line : m_lifelines->visibleLifelines()) {
        if (line.node != 0)
            options.order << line.node;
        options.participants->insert(line.participant); // hidden lifelines are left out
    }
    if (scope == Scope::Selection) {
        options.messageIds = QSet<quint32> { model.message(m_view->selectedMessage()).messageId };
    } else {
        const auto [from, to] = m_view->visibleRange();
        options.fromNs = from;
        options.toNs = to;
    }
    const bool mermaid = hasSuffix(path, { "mmd", "mermaid" });
    const QString text = chartexport::write(
        mermaid ? chartexport::Format::Mermaid : chartexport::Format::PlantUml, model, options);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return QStringLiteral("%1: %2").arg(path, file.errorString());
    file.write(text.toUtf8());
    if (!file.commit())
        return QStringLiteral("%1: %2").arg(path, file.errorString());
    return {};
}

} // namespace wb
