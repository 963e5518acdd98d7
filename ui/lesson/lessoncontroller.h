#pragma once

#include "lesson/lesson.h"
#include "lesson/lessoncheck.h"

#include <QObject>
#include <functional>
#include <optional>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;
class QSettings;

namespace wb {

class DocumentController;
class LessonCheckModel;
class LessonChecker;
class LessonPanel;
class MeshRuntime;
class RecentFiles;
class StartPage;

// The workbench's lessons: File ▸ Lessons (the built-in ones by title, Open Lesson Folder…),
// the lesson dock and the start page. Opening a lesson opens its circuit as the document and
// judges its checks over every run from then on, until another lesson opens or it is closed.
class LessonController final : public QObject
{
    Q_OBJECT
public:
    LessonController(QMainWindow *window, MeshRuntime *runtime, DocumentController *documents,
        RecentFiles *recent, QSettings *settings);
    ~LessonController() override;

    // Call once the File and Help menus exist: Lessons goes after `after` (Examples) in
    // `file`, and the start page is reachable from both menus.
    void addMenus(QMenu *file, QMenu *after, QMenu *help);

    // Opens the lesson in `folder` (a path, or a built-in ":/wirebench/lessons/NN-slug") once
    // unsaved changes may go; an error goes to message(). `done(true)` once it is open.
    void openLesson(const QString &folder, std::function<void(bool)> done = {});
    void chooseLessonFolder(); // asks for a folder
    void closeLesson();

    const Lesson *lesson() const { return m_lesson ? &*m_lesson : nullptr; }
    LessonChecker *checker() const { return m_checker; }
    LessonCheckModel *model() const { return m_model; }
    LessonPanel *panel() const { return m_panel; }
    QDockWidget *dock() const { return m_dock; }
    QMenu *lessonsMenu() const { return m_menu; }
    StartPage *startPage() const { return m_startPage; }
    // The outcomes of the open lesson's checks (empty without a lesson), for the lab report.
    QList<CheckOutcome> outcomes() const;

    // The start page; at launch only when the user has not turned it off.
    void showStartPage();
    void showStartPageAtLaunch();

    // Tests answer the folder questions themselves.
    using FolderChooser
        = std::function<void(const QString &title, std::function<void(const QString &)> chosen)>;
    void setFolderChooser(FolderChooser chooser) { m_chooser = std::move(chooser); }

Q_SIGNALS:
    void message(const QString &text);
    void lessonChanged();

private:
    void fillMenu();
    void saveFiles();

    QMainWindow *m_window;
    MeshRuntime *m_runtime;
    DocumentController *m_documents;
    RecentFiles *m_recent;
    QSettings *m_settings;
    std::optional<Lesson> m_lesson;
    LessonChecker *m_checker = nullptr;
    LessonCheckModel *m_model;
    LessonPanel *m_panel;
    QDockWidget *m_dock;
    QMenu *m_menu = nullptr;
    StartPage *m_startPage = nullptr;
    FolderChooser m_chooser;
};

} // namespace wb
