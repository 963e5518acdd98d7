#pragma once

#include "document/nodespec.h"
#include "lesson/lessoncheck.h"

#include <QMainWindow>

class QDockWidget;
class QLabel;
class QSettings;

namespace wb {

class BuzzerSound;
class Circuit;
class CircuitEditor;
class CircuitView;
class ConsolePanel;
class DiscoveryControl;
class DocumentController;
class InspectorWidget;
class LessonController;
class LogicAnalyzer;
class LogModel;
class LogPanel;
class MeshPanel;
class MeshRuntime;
class MeshTableModel;
class NetworkSecurityControl;
class NodeSelection;
class PaletteWidget;
class RecentFiles;
class ReplayController;
class RingChat;
class RingInsertion;
class RunControl;
class RunStatus;
class ScriptControl;
class SequenceChart;
class TeacherMode;
class UserGuide;
class TrafficStats;
class WindowActions;
class WindowMenus;

// The workbench window: it owns the document, the runtime and the views of them, lays out the
// canvas and the panels, and connects the actions. The work itself is in the classes it holds.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    // `settings` outlives the window (tests pass a temporary file).
    explicit MainWindow(QSettings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens `path`, else the last file, else the seed circuit.
    void openInitial(const QString &path = {});
    // Returns an error text, empty on success.
    QString startRecording(const QString &path);
    QString stopRecording();
    void showMessage(const QString &text, int timeoutMs = 5000);
    // Closes as the user would, without the question about unsaved changes: for a quit that
    // kept them elsewhere (gracefulquit.h).
    void closeWithoutAsking()
    {
        m_closeApproved = true;
        close();
    }

    Circuit *circuit() const { return m_circuit; }
    CircuitEditor *editor() const { return m_editor; }
    MeshRuntime *runtime() const { return m_runtime; }
    TrafficStats *stats() const { return m_stats; }
    NodeSelection *selection() const { return m_selection; }
    DocumentController *documents() const { return m_documents; }
    BuzzerSound *sound() const { return m_sound; }
    LogModel *logModel() const { return m_logModel; }
    MeshTableModel *meshModel() const { return m_meshModel; }
    MeshPanel *meshPanel() const { return m_meshPanel; }
    InspectorWidget *inspector() const { return m_inspector; }
    LogicAnalyzer *analyzer() const { return m_analyzer; }
    SequenceChart *chart() const { return m_chart; }
    RingChat *ringChat() const { return m_ringChat; }
    ConsolePanel *consolePanel() const { return m_console; }
    RingInsertion *ringInsertion() const { return m_ringInsertion; }
    DiscoveryControl *discovery() const { return m_discovery; }
    NetworkSecurityControl *networkSecurity() const { return m_security; }
    CircuitView *view() const { return m_view; }
    RunStatus *runStatus() const { return m_runStatus; }
    RunControl *runControl() const { return m_runControl; }
    WindowActions *actions() const { return m_actions; }
    ReplayController *replay() const { return m_replay; }
    LessonController *lessons() const { return m_lessons; }
    // The open lesson's checks as they stand (empty without a lesson): the lab report's.
    QList<CheckOutcome> currentLessonOutcomes() const;
    ScriptControl *scripts() const { return m_scripts; }
    TeacherMode *teacherMode() const { return m_teacherMode; }
    UserGuide *userGuide() const { return m_userGuide; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QDockWidget *addPanel(const QString &title, const QString &objectName, const QString &icon,
                          QWidget *widget, Qt::DockWidgetArea area);
    void createPanels();
    void connectActions();
    void connectPanels();
    void connectDocument();
    void updateTitle();
    void log(const QString &text);
    void setTheme(const QString &name);
    void toggleRecording(bool on);
    void restoreSettings();
    void storeSettings();

    QSettings *m_settings;
    Circuit *m_circuit;
    CircuitEditor *m_editor;
    MeshRuntime *m_runtime;
    TrafficStats *m_stats;
    NodeSelection *m_selection;
    DocumentController *m_documents;
    RecentFiles *m_recent;
    BuzzerSound *m_sound;
    LogModel *m_logModel;
    WindowActions *m_actions;
    CircuitView *m_view = nullptr;
    PaletteWidget *m_palette = nullptr;
    MeshTableModel *m_meshModel = nullptr;
    MeshPanel *m_meshPanel = nullptr;
    InspectorWidget *m_inspector = nullptr;
    LogPanel *m_logPanel = nullptr;
    LogicAnalyzer *m_analyzer = nullptr;
    SequenceChart *m_chart = nullptr;
    RingChat *m_ringChat = nullptr;
    ConsolePanel *m_console = nullptr;
    RingInsertion *m_ringInsertion = nullptr;
    RunStatus *m_runStatus = nullptr;
    RunControl *m_runControl = nullptr;
    QLabel *m_registryStatus = nullptr;
    DiscoveryControl *m_discovery = nullptr;
    NetworkSecurityControl *m_security = nullptr;
    WindowMenus *m_menus = nullptr;
    ReplayController *m_replay = nullptr;
    LessonController *m_lessons = nullptr;
    ScriptControl *m_scripts = nullptr;
    QDockWidget *m_inspectorDock = nullptr;
    QDockWidget *m_analyzerDock = nullptr;
    TeacherMode *m_teacherMode = nullptr;
    UserGuide *m_userGuide = nullptr;
    bool m_closeApproved = false;
};

} // namespace wb
