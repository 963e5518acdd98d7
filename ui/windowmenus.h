#pragma once

#include <QObject>

class QMainWindow;
class QMenu;

namespace wb {

class DocumentController;
class LogicAnalyzer;
class RecentFiles;
class WindowActions;

// The main window's menu bar and toolbar, laid out from its actions (and the analyzer's file
// actions and the docks' toggles), with the recent files and examples menus kept current.
class WindowMenus final : public QObject
{
    Q_OBJECT
public:
    // Call once the docks exist: the View menu lists them.
    WindowMenus(QMainWindow *window, WindowActions *actions, LogicAnalyzer *analyzer,
        RecentFiles *recent, DocumentController *documents);

    QMenu *fileMenu() const { return m_fileMenu; }
    QMenu *examplesMenu() const { return m_examplesMenu; }
    QMenu *helpMenu() const { return m_helpMenu; }
    QMenu *viewMenu() const { return m_viewMenu; }

Q_SIGNALS:
    void message(const QString &text);

private:
    void createMenus(LogicAnalyzer *analyzer);
    void createToolBar();
    void fillRecentMenu();
    void fillExamplesMenu();

    QMainWindow *m_window;
    WindowActions *m_actions;
    RecentFiles *m_recent;
    DocumentController *m_documents;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_examplesMenu = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
};

} // namespace wb
