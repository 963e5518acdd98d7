#include "mainwindow.h"

#include "accessibility.h"
#include "analyzer/logicanalyzer.h"
#include "canvas/circuitscene.h"
#include "canvas/circuitview.h"
#include "canvas/nodeitem.h"
#include "canvas/palettewidget.h"
#include "chart/chartselection.h"
#include "chart/chartview.h"
#include "chart/sequencechart.h"
#include "circuiteditor.h"
#include "classroom/teachermode.h"
#include "classroom/userguide.h"
#include "discoverycontrol.h"
#include "docktitlebar.h"
#include "document/circuit.h"
#include "document/circuitformat.h"
#include "documentcontroller.h"
#include "icons.h"
#include "lesson/lessoncontroller.h"
#include "networksecuritycontrol.h"
#include "networksecuritywarning.h"
#include "nodeselection.h"
#include "panels/inspectorwidget.h"
#include "panels/logmodel.h"
#include "panels/logpanel.h"
#include "panels/meshpanel.h"
#include "panels/meshtablemodel.h"
#include "panels/runstatus.h"
#include "panels/wireinspector.h"
#include "queue/consolepanel.h"
#include "recentfiles.h"
#include "replay/replaybar.h"
#include "replay/replaycontroller.h"
#include "report/reportdialog.h"
#include "ring/ringchat.h"
#include "ring/ringinsertion.h"
#include "runcontrol.h"
#include "runtime/meshruntime.h"
#include "runtime/traffic.h"
#include "runtime/trafficstats.h"
#include "script/scriptcontrol.h"
#include "sound/audiorecorder.h"
#include "sound/buzzersound.h"
#include "theme.h"
#include "translation/languagemenu.h"
#include "windowactions.h"
#include "windowmenus.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>

namespace wb {

namespace {

QString workbenchName()
{
    return QStringLiteral("wirebench");
}

} // namespace

MainWindow::MainWindow(QSettings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_circuit(new Circuit(this))
    , m_editor(new CircuitEditor(m_circuit, this))
    , m_runtime(new MeshRuntime(m_circuit, this))
    , m_stats(new TrafficStats(m_runtime, 30, this))
    , m_selection(new NodeSelection(m_circuit, this))
    , m_documents(new DocumentController(m_circuit, m_editor->undoStack(), this, this))
    , m_recent(new RecentFiles(settings, this))
    , m_sound(new BuzzerSound(m_circuit, m_runtime, this))
    , m_logModel(new LogModel(10000, 100, this))
    , m_actions(new WindowActions(m_editor->undoStack(), this))
{
    accessibility::install(); // names for screen readers, as each widget is polished
    setWindowIcon(QIcon(QStringLiteral(":/wirebench/icons/wirebench.svg")));
    setDockNestingEnabled(true);
    setDocumentMode(true);
    m_view = new CircuitView(m_editor, m_runtime, m_stats, m_selection, this);
    setCentralWidget(m_view);
    createPanels();
    m_runControl = new RunControl(m_runtime, m_actions, m_view, m_settings, this);
    m_menus = new WindowMenus(this, m_actions, m_analyzer, m_recent, m_documents);
    m_lessons->addMenus(m_menus->fileMenu(), m_menus->examplesMenu(), m_menus->helpMenu());
    new LanguageMenu(m_menus->viewMenu(), m_settings, this); // View ▸ Language
    connect(m_lessons, &LessonController::message, this,
        [this](const QString &text) { showMessage(text, 15000); });
    m_discovery = new DiscoveryControl(m_runtime, m_settings, m_actions->discover,
                                       m_actions->registryAddress, this);
    m_security = new NetworkSecurityControl(m_runtime, m_settings, m_actions->networkSecurity,
                                            this);
    statusBar()->addPermanentWidget(new NetworkSecurityWarning(m_security, this));
    m_replay = new ReplayController(m_analyzer, m_view->circuitScene(), m_circuit, this);
    addToolBarBreak(Qt::TopToolBarArea);
    addToolBar(Qt::TopToolBarArea, m_replay->bar());
    connect(m_replay, &ReplayController::statusMessage, this,
        [this](const QString &text) { showMessage(text, 15000); });
    connect(m_replay, &ReplayController::timeChanged, m_chart->view(), &ChartView::showReplayTime);
    connect(m_replay, &ReplayController::replayingChanged, m_chart->view(), [this](bool on) {
        if (!on)
            m_chart->view()->clearReplayTime();
    });
    connectActions();
    connectPanels();
    connectDocument();
    restoreSettings();
    m_replay->bar()->setVisible(m_replay->isReplaying()); // not as the saved state had it
    updateTitle();
}

MainWindow::~MainWindow()
{
    m_sound->stopRecording();
    // Stop the nodes while every view still exists: their last signals reach live objects.
    m_runtime->stopAll();
    // Then discovery, the views and the runtime go, before the document they refer to
    // (children would be deleted in creation order: the document first).
    delete m_discovery;
    delete takeCentralWidget();
    qDeleteAll(findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly));
    delete m_runStatus;
    delete m_sound;
    delete m_stats;
    delete m_runtime;
}

QDockWidget *MainWindow::addPanel(const QString &title, const QString &objectName,
                                  const QString &icon, QWidget *widget, Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(objectName); // saveState() needs it
    dock->setWidget(widget);
    dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable
                      | QDockWidget::DockWidgetFloatable);
    dock->toggleViewAction()->setIcon(icons::action(icon));
    dock->setTitleBarWidget(new DockTitleBar(dock, icons::action(icon)));
    addDockWidget(area, dock);
    return dock;
}

void MainWindow::createPanels()
{
    m_palette = new PaletteWidget(this);
    addPanel(tr("Components"), QStringLiteral("paletteDock"), QStringLiteral("palette"),
             m_palette, Qt::LeftDockWidgetArea);

    m_meshModel = new MeshTableModel(m_editor, m_runtime, m_stats, this);
    m_meshPanel = new MeshPanel(m_meshModel, m_selection, this);
    m_meshPanel->toolBar()->addAction(m_actions->startSelected);
    m_meshPanel->toolBar()->addAction(m_actions->stopSelected);
    QDockWidget *mesh = addPanel(tr("Mesh"), QStringLiteral("meshDock"), QStringLiteral("table"),
                                 m_meshPanel, Qt::RightDockWidgetArea);
    m_inspector = new InspectorWidget(m_editor, m_runtime, m_selection, this);
    m_inspectorDock = addPanel(tr("Inspector"), QStringLiteral("inspectorDock"),
                               QStringLiteral("inspector"), m_inspector, Qt::RightDockWidgetArea);
    splitDockWidget(mesh, m_inspectorDock, Qt::Vertical);

    m_logPanel = new LogPanel(m_logModel, m_circuit, this);
    QDockWidget *log = addPanel(tr("Log"), QStringLiteral("logDock"), QStringLiteral("log"),
                                m_logPanel, Qt::BottomDockWidgetArea);
    m_analyzer = new LogicAnalyzer(m_runtime, m_circuit, this);
    m_analyzerDock = addPanel(tr("Logic Analyzer"), QStringLiteral("analyzerDock"),
                              QStringLiteral("plot"), m_analyzer, Qt::BottomDockWidgetArea);
    splitDockWidget(log, m_analyzerDock, Qt::Horizontal);
    m_chart = new SequenceChart(m_circuit, this);
    QDockWidget *chart = addPanel(tr("Sequence Chart"), QStringLiteral("chartDock"),
        QStringLiteral("chart"), m_chart, Qt::BottomDockWidgetArea);
    tabifyDockWidget(m_analyzerDock, chart);
    m_ringChat = new RingChat(m_runtime, m_circuit, m_selection, this);
    QDockWidget *ring = addPanel(tr("Ring Chat"), QStringLiteral("chatDock"),
        QStringLiteral("chat"), m_ringChat, Qt::BottomDockWidgetArea);
    tabifyDockWidget(chart, ring);
    m_console = new ConsolePanel(m_runtime, m_circuit, m_selection, this);
    QDockWidget *console = addPanel(tr("Console"), QStringLiteral("consoleDock"),
        QStringLiteral("console"), m_console, Qt::BottomDockWidgetArea);
    tabifyDockWidget(ring, console);
    m_analyzerDock->raise();
    m_lessons = new LessonController(this, m_runtime, m_documents, m_recent, m_settings);
    m_scripts = new ScriptControl(this, m_editor, m_runtime, m_selection, m_view, m_inspector,
                                  m_actions);
    connect(m_scripts, &ScriptControl::message, this,
        [this](const QString &text) { showMessage(text); });
    m_ringInsertion = new RingInsertion(m_view, m_settings, this);
    // A new ring is for chatting on.
    connect(m_ringInsertion, &RingInsertion::inserted, ring, [ring] {
        ring->show();
        ring->raise();
    });
    connect(m_ringChat, &RingChat::statusMessage, this,
        [this](const QString &text) { showMessage(text); });
    connect(m_console, &ConsolePanel::statusMessage, this,
        [this](const QString &text) { showMessage(text); });
    new ChartSelection(m_chart, m_analyzer, m_selection, m_logPanel, this);
    connect(m_view, &CircuitView::messagePicked, m_chart,
        [this](quint64 messageId) { m_chart->selectMessage(messageId); });
    connect(m_chart, &SequenceChart::statusMessage, this,
        [this](const QString &text) { showMessage(text); });

    resizeDocks({ mesh, m_inspectorDock }, { 250, 250 }, Qt::Vertical);
    resizeDocks({ mesh }, { 600 }, Qt::Horizontal);
    resizeDocks({ log }, { 260 }, Qt::Vertical);
    resizeDocks({ log, m_analyzerDock }, { 480, 800 }, Qt::Horizontal);

    m_registryStatus = new QLabel(this);
    m_registryStatus->hide();
    statusBar()->addPermanentWidget(m_registryStatus);
    m_runStatus = new RunStatus(m_circuit, m_runtime, m_stats, this);
    statusBar()->addPermanentWidget(m_runStatus);
}

void MainWindow::connectActions()
{
    WindowActions *a = m_actions;
    connect(a->newFile, &QAction::triggered, m_documents, &DocumentController::newDocument);
    connect(a->open, &QAction::triggered, m_documents, &DocumentController::open);
    connect(a->save, &QAction::triggered, m_documents, [this] { m_documents->save(); });
    connect(a->saveAs, &QAction::triggered, m_documents, [this] { m_documents->saveAs(); });
    connect(a->recordSound, &QAction::triggered, this, &MainWindow::toggleRecording);
    connect(a->quit, &QAction::triggered, this, &MainWindow::close);
    // Undo and redo go through the editor, so that teacher mode's lock applies to them too.
    disconnect(a->undo, &QAction::triggered, m_editor->undoStack(), &QUndoStack::undo);
    disconnect(a->redo, &QAction::triggered, m_editor->undoStack(), &QUndoStack::redo);
    connect(a->undo, &QAction::triggered, m_editor, &CircuitEditor::undo);
    connect(a->redo, &QAction::triggered, m_editor, &CircuitEditor::redo);
    m_teacherMode = new TeacherMode(this, m_editor, a, m_settings, this);
    connect(m_teacherMode, &TeacherMode::message, this, [this](const QString &text) {
        showMessage(text, 10000);
    });
    m_userGuide = new UserGuide(this);
    connect(a->userGuide, &QAction::triggered, m_userGuide, &UserGuide::show);
    connect(a->exportReport, &QAction::triggered, this, [this] { ReportDialog::ask(this); });

    connect(a->remove, &QAction::triggered, this, [this] {
        if (!m_selection->wireIds().isEmpty())
            m_view->deleteSelection(); // the nodes and wires selected on the canvas
        else if (!m_selection->ids().isEmpty())
            m_editor->removeNodes(m_selection->ids());
    });
    connect(a->copy, &QAction::triggered, m_view, &CircuitView::copySelection);
    connect(a->paste, &QAction::triggered, m_view, &CircuitView::paste);
    connect(a->cut, &QAction::triggered, m_view, [this] {
        m_view->copySelection();
        m_view->deleteSelection();
    });
    for (QAction *insert : std::as_const(a->insertNodes)) {
        connect(insert, &QAction::triggered, m_view,
            [this, insert] { m_view->placeNode(NodeKind(insert->data().toInt())); });
    }
    connect(a->insertRing, &QAction::triggered, m_ringInsertion, &RingInsertion::ask);
    connect(a->runAll, &QAction::triggered, m_runtime, &MeshRuntime::startAll);
    connect(a->stopAll, &QAction::triggered, m_runtime, &MeshRuntime::stopAll);
    connect(a->startSelected, &QAction::triggered, this, [this] {
        for (NodeId id : m_selection->ids())
            m_runtime->start(id);
    });
    connect(a->stopSelected, &QAction::triggered, this, [this] {
        for (NodeId id : m_selection->ids())
            m_runtime->stop(id);
    });
    const auto updateRunActions = [this] {
        const bool any = !m_selection->ids().isEmpty();
        m_actions->stopAll->setEnabled(m_runtime->isRunning());
        m_actions->startSelected->setEnabled(any);
        m_actions->stopSelected->setEnabled(any);
        m_actions->remove->setEnabled(any || !m_selection->wireIds().isEmpty());
        m_actions->cut->setEnabled(any);
        m_actions->copy->setEnabled(any);
    };
    connect(m_runtime, &MeshRuntime::runningChanged, this, updateRunActions);
    connect(m_selection, &NodeSelection::changed, this, updateRunActions);
    updateRunActions();
    connect(a->mute, &QAction::toggled, this, [this](bool muted) {
        m_sound->setMuted(muted);
        m_settings->setValue(QStringLiteral("sound/muted"), muted);
    });

    connect(a->fitAll, &QAction::triggered, m_view, &CircuitView::fitAll);
    connect(a->zoomIn, &QAction::triggered, m_view, &CircuitView::zoomIn);
    connect(a->zoomOut, &QAction::triggered, m_view, &CircuitView::zoomOut);
    connect(a->themeSystem, &QAction::triggered, this, [this] { setTheme(QStringLiteral("system")); });
    connect(a->themeLight, &QAction::triggered, this, [this] { setTheme(QStringLiteral("light")); });
    connect(a->themeDark, &QAction::triggered, this, [this] { setTheme(QStringLiteral("dark")); });
    connect(a->themeHighContrast, &QAction::triggered, this,
        [this] { setTheme(QStringLiteral("high-contrast")); });
    connect(a->about, &QAction::triggered, this, [this] {
        auto *box = new QMessageBox(
            QMessageBox::Information, tr("About Wirebench"),
            tr("<b>Wirebench %1</b><p>A circuit workbench whose components are real WebSocket "
               "nodes, compatible with the Python nodes of “Reactive Python” (2016).</p>")
                .arg(QStringLiteral(WIREBENCH_VERSION)),
            QMessageBox::Close, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });

    connect(m_menus, &WindowMenus::message, this, [this](const QString &text) {
        showMessage(text);
    });
    connect(m_runControl, &RunControl::message, this,
        [this](const QString &text) { showMessage(text); });
}

void MainWindow::connectPanels()
{
    // The placed card has the focus next, so the arrow keys move it and W wires it.
    connect(m_palette, &PaletteWidget::placeRequested, this, [this](NodeKind kind) {
        if (m_view->placeNode(kind) != 0)
            m_view->setFocus(Qt::OtherFocusReason);
    });
    connect(m_view, &CircuitView::statusMessage, this, [this](const QString &text) {
        showMessage(text);
    });
    connect(m_view, &CircuitView::propertiesRequested, this, [this](NodeId id) {
        m_selection->set({ id });
        m_inspectorDock->show();
        m_inspectorDock->raise();
        if (QWidget *name = m_inspector->field(QStringLiteral("name")))
            name->setFocus();
    });
    connect(m_view, &CircuitView::wireFaultsRequested, this, [this] {
        m_inspectorDock->show();
        m_inspectorDock->raise();
        if (QWidget *drop = m_inspector->wireInspector()->field(QStringLiteral("message.drop")))
            drop->setFocus();
    });
    connect(m_view, &CircuitView::showInPlotRequested, this, [this](NodeId id) {
        m_analyzerDock->show();
        m_analyzerDock->raise();
        m_selection->set({ id });
        m_analyzer->selectNode(id);
    });
    connect(m_selection, &NodeSelection::changed, m_analyzer,
            [this] { m_analyzer->selectNode(m_selection->current()); });
    connect(m_analyzer, &LogicAnalyzer::nodeActivated, m_selection,
            [this](NodeId id) { m_selection->set({ id }); });
    connect(m_analyzer, &LogicAnalyzer::statusMessage, this,
            [this](const QString &text) { showMessage(text); });
    // Discovered nodes arrive after the document was fitted: fit again while untouched.
    connect(m_circuit, &Circuit::nodeAdded, m_view, [this](NodeId id) {
        const NodeSpec *spec = m_circuit->node(id);
        if (spec && spec->discovered && m_view->autoFit())
            m_view->fitAll();
    });
    connect(m_discovery, &DiscoveryControl::message, this, [this](const QString &text) {
        log(text);
        showMessage(text, 10000);
    });
    connect(m_security, &NetworkSecurityControl::message, this, [this](const QString &text) {
        log(text);
        showMessage(text, 10000);
    });
    connect(m_security, &NetworkSecurityControl::applied, this, [this] {
        const QList<NodeItem *> cards = m_view->circuitScene()->nodeItems();
        for (NodeItem *card : cards)
            card->securityChanged();
        m_inspector->securityChanged();
    });
    connect(m_discovery, &DiscoveryControl::statusChanged, m_registryStatus,
            [this](const QString &text, const QString &details) {
                m_registryStatus->setText(text);
                m_registryStatus->setToolTip(details);
                m_registryStatus->setVisible(!text.isEmpty());
            });
    connect(m_editor, &CircuitEditor::refused, this, [this](const QString &reason) {
        showMessage(tr("Not changed: %1").arg(reason));
    });
    connect(m_runtime, &MeshRuntime::logLine, m_logModel, &LogModel::append);
    connect(m_runtime, &MeshRuntime::nodeStateChanged, this, [this](NodeId id, NodeState state) {
        const NodeSpec *spec = m_circuit->node(id);
        if (state == NodeState::Error && spec)
            showMessage(tr("%1 could not start: %2").arg(spec->name, m_runtime->errorString(id)),
                        10000);
    });
    connect(m_sound, &BuzzerSound::message, this, &MainWindow::log);
}

void MainWindow::connectDocument()
{
    connect(m_documents, &DocumentController::documentChanged, this, &MainWindow::updateTitle);
    connect(m_documents, &DocumentController::modifiedChanged, this,
            &QMainWindow::setWindowModified);
    connect(m_documents, &DocumentController::failed, this, [this](const QString &error) {
        log(error);
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Wirebench"), error,
                                    QMessageBox::Close, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    const auto remember = [this](const QString &path) {
        m_recent->add(path);
        m_settings->setValue(QStringLiteral("documents/lastFile"), path);
    };
    connect(m_documents, &DocumentController::loaded, this, [this, remember](const QString &p) {
        remember(p);
        showMessage(tr("Opened %1").arg(m_documents->displayName()));
    });
    connect(m_documents, &DocumentController::saved, this, [this, remember](const QString &p) {
        remember(p);
        showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(p)));
    });
}

void MainWindow::updateTitle()
{
    setWindowTitle(QStringLiteral("%1[*] — Wirebench").arg(m_documents->displayName()));
    setWindowModified(m_documents->isModified());
}

void MainWindow::showMessage(const QString &text, int timeoutMs)
{
    statusBar()->showMessage(text, timeoutMs);
}

void MainWindow::log(const QString &text)
{
    m_logModel->append(0, workbenchName(), text, monotonicNs());
}

void MainWindow::setTheme(const QString &name)
{
    const theme::Mode mode = theme::modeFromName(name);
    theme::apply(mode);
    m_settings->setValue(QStringLiteral("view/theme"), theme::modeName(mode));
    m_actions->themeSystem->setChecked(mode == theme::Mode::System);
    m_actions->themeLight->setChecked(mode == theme::Mode::Light);
    m_actions->themeDark->setChecked(mode == theme::Mode::Dark);
    m_actions->themeHighContrast->setChecked(mode == theme::Mode::HighContrast);
}

QString MainWindow::startRecording(const QString &path)
{
    const QString error = m_sound->startRecording(path);
    if (error.isEmpty())
        log(tr("recording the buzzer's sound to %1").arg(QDir::toNativeSeparators(path)));
    else
        log(tr("cannot record: %1").arg(error));
    const QSignalBlocker blocker(m_actions->recordSound);
    m_actions->recordSound->setChecked(m_sound->isRecording());
    return error;
}

QString MainWindow::stopRecording()
{
    if (!m_sound->isRecording())
        return {};
    const QString path = m_sound->recorder()->path();
    const QString error = m_sound->stopRecording();
    log(error.isEmpty() ? tr("sound recorded to %1").arg(QDir::toNativeSeparators(path))
                        : tr("recording failed: %1").arg(error));
    const QSignalBlocker blocker(m_actions->recordSound);
    m_actions->recordSound->setChecked(false);
    return error;
}

void MainWindow::toggleRecording(bool on)
{
    if (!on) {
        stopRecording();
        return;
    }
    {
        const QSignalBlocker blocker(m_actions->recordSound);
        m_actions->recordSound->setChecked(false); // until a file is chosen
    }
    auto *dialog = new QFileDialog(this, tr("Record sound to"), QStringLiteral("buzzer.wav"),
                                   tr("WAV audio (*.wav)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("wav"));
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &path) { startRecording(path); });
    dialog->open();
}

QList<CheckOutcome> MainWindow::currentLessonOutcomes() const
{
    return m_lessons->outcomes();
}

void MainWindow::openInitial(const QString &path)
{
    const QString last = m_settings->value(QStringLiteral("documents/lastFile")).toString();
    if (!path.isEmpty()) {
        if (m_documents->load(path))
            return;
    } else if (!last.isEmpty() && QFileInfo::exists(last) && m_documents->load(last)) {
        return;
    }
    m_documents->load(circuitformat::seedCircuitPath());
}

void MainWindow::restoreSettings()
{
    const QString themeName = m_settings->value(QStringLiteral("view/theme"),
                                                QStringLiteral("system")).toString();
    setTheme(themeName);
    m_actions->mute->setChecked(m_settings->value(QStringLiteral("sound/muted"), false).toBool());
    if (!restoreGeometry(m_settings->value(QStringLiteral("window/geometry")).toByteArray())) {
        const QSize available = screen() ? screen()->availableSize() : QSize(1600, 1000);
        resize(std::min(1440, available.width() * 9 / 10),
               std::min(900, available.height() * 9 / 10));
    }
    restoreState(m_settings->value(QStringLiteral("window/state")).toByteArray());
    m_meshPanel->restoreHeaderState(m_settings->value(QStringLiteral("mesh/header")).toByteArray());
    m_discovery->restore();
    m_security->restore();
    m_teacherMode->restore();
}

void MainWindow::storeSettings()
{
    m_settings->setValue(QStringLiteral("window/geometry"), saveGeometry());
    m_settings->setValue(QStringLiteral("window/state"), saveState());
    m_settings->setValue(QStringLiteral("mesh/header"), m_meshPanel->headerState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_closeApproved || !m_documents->isModified()) {
        storeSettings();
        event->accept();
        return;
    }
    // Ask without blocking; a yes closes again (queued: not from inside this close).
    event->ignore();
    m_documents->whenSafeToDiscard([this] {
        m_closeApproved = true;
        QMetaObject::invokeMethod(this, &QWidget::close, Qt::QueuedConnection);
    });
}

} // namespace wb
