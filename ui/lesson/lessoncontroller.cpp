#include "lessoncontroller.h"

#include "documentcontroller.h"
#include "icons.h"
#include "lesson/lessonchecker.h"
#include "lessoncheckmodel.h"
#include "lessonpanel.h"
#include "startpage.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QSettings>

namespace wb {

namespace {

const QString kShowStartPage = QStringLiteral("startPage/show");

// Copies a folder's files (not its sub-folders) into `into`; returns an error, empty when done.
QString copyFiles(const QString &from, const QString &into)
{
    if (!QDir().mkpath(into))
        return QObject::tr("cannot make %1").arg(QDir::toNativeSeparators(into));
    const QDir source(from);
    for (const QString &name : source.entryList(QDir::Files)) {
        const QString target = into + u'/' + name;
        QFile::remove(target);
        if (!QFile::copy(source.filePath(name), target))
            return QObject::tr("cannot write %1").arg(QDir::toNativeSeparators(target));
        QFile::setPermissions(
            target, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    }
    return {};
}

} // namespace

LessonController::LessonController(QMainWindow *window, MeshRuntime *runtime,
    DocumentController *documents, RecentFiles *recent, QSettings *settings)
    : QObject(window)
    , m_window(window)
    , m_runtime(runtime)
    , m_documents(documents)
    , m_recent(recent)
    , m_settings(settings)
    , m_model(new LessonCheckModel(this))
    , m_panel(new LessonPanel(m_model, window))
    , m_dock(new QDockWidget(tr("Lesson"), window))
{
    m_dock->setObjectName(QStringLiteral("lessonDock"));
    m_dock->setWidget(m_panel);
    m_dock->toggleViewAction()->setIcon(icons::action(QStringLiteral("example")));
    window->addDockWidget(Qt::LeftDockWidgetArea, m_dock);
    m_dock->hide();
    connect(
        m_panel, &LessonPanel::openLessonRequested, this, &LessonController::chooseLessonFolder);
    connect(m_panel, &LessonPanel::saveFilesRequested, this, &LessonController::saveFiles);
    connect(m_panel, &LessonPanel::closeRequested, this, &LessonController::closeLesson);
    m_chooser = [this](const QString &title, std::function<void(const QString &)> chosen) {
        auto *dialog = new QFileDialog(m_window, title);
        dialog->setFileMode(QFileDialog::Directory);
        dialog->setOption(QFileDialog::ShowDirsOnly);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QFileDialog::fileSelected, this,
            [chosen](const QString &path) { chosen(path); });
        dialog->open();
    };
}

LessonController::~LessonController() = default;

void LessonController::addMenus(QMenu *file, QMenu *after, QMenu *help)
{
    const QList<QAction *> actions = file->actions();
    QAction *before = actions.value(actions.indexOf(after->menuAction()) + 1);
    m_menu = new QMenu(tr("&Lessons"), file);
    m_menu->setIcon(icons::action(QStringLiteral("example")));
    file->insertMenu(before, m_menu);
    auto *start = new QAction(tr("&Start Page"), this);
    connect(start, &QAction::triggered, this, &LessonController::showStartPage);
    file->insertAction(before, start);
    help->addAction(start);
    fillMenu();
}

void LessonController::fillMenu()
{
    m_menu->clear();
    for (const QString &folder : lessonformat::builtInFolders()) {
        const lessonformat::Result r = lessonformat::load(folder);
        if (!r.ok())
            continue; // a built-in lesson that does not load is a test failure, not a menu item
        QAction *action
            = m_menu->addAction(QStringLiteral("&%1  %2").arg(r.lesson.order).arg(r.lesson.title));
        action->setData(folder);
        connect(action, &QAction::triggered, this, [this, folder] { openLesson(folder); });
    }
    m_menu->addSeparator();
    m_menu->addAction(tr("Open Lesson &Folder…"), this, &LessonController::chooseLessonFolder);
    m_menu->addAction(m_dock->toggleViewAction());
}

void LessonController::chooseLessonFolder()
{
    m_chooser(tr("Open Lesson Folder"), [this](const QString &folder) {
        if (!folder.isEmpty())
            openLesson(folder);
    });
}

void LessonController::openLesson(const QString &folder, std::function<void(bool)> done)
{
    lessonformat::Result loaded = lessonformat::load(folder);
    if (!loaded.ok()) {
        Q_EMIT message(loaded.error);
        if (done)
            done(false);
        return;
    }
    m_documents->whenSafeToDiscard([this, lesson = std::move(loaded.lesson), done]() mutable {
        if (!m_documents->load(lesson.circuitPath())) {
            if (done)
                done(false);
            return;
        }
        closeLesson();
        m_lesson = std::move(lesson);
        m_checker = new LessonChecker(m_runtime, m_lesson->checks, this);
        QStringList sources;
        for (const LessonCheck &check : m_lesson->checks)
            sources << check.source;
        m_model->setChecker(m_checker, sources);
        m_panel->showLesson(&*m_lesson);
        m_dock->show();
        m_dock->raise();
        if (m_startPage)
            m_startPage->close();
        Q_EMIT message(tr("Lesson: %1").arg(m_lesson->title));
        Q_EMIT lessonChanged();
        if (done)
            done(true);
    });
}

void LessonController::closeLesson()
{
    if (!m_lesson)
        return;
    m_model->setChecker(nullptr, {});
    delete m_checker;
    m_checker = nullptr;
    m_lesson.reset();
    m_panel->showLesson(nullptr);
    Q_EMIT lessonChanged();
}

QList<CheckOutcome> LessonController::outcomes() const
{
    return m_checker ? m_checker->outcomes() : QList<CheckOutcome>();
}

void LessonController::saveFiles()
{
    if (!m_lesson)
        return;
    const QString from = m_lesson->folder;
    const QString name = QFileInfo(from).fileName();
    m_chooser(tr("Save Lesson Files Into"), [this, from, name](const QString &folder) {
        if (folder.isEmpty())
            return;
        const QString into = folder + u'/' + name;
        const QString error = copyFiles(from, into);
        Q_EMIT message(error.isEmpty()
                ? tr("Lesson files saved in %1").arg(QDir::toNativeSeparators(into))
                : error);
    });
}

void LessonController::showStartPage()
{
    if (!m_startPage) {
        m_startPage = new StartPage(m_recent, m_window);
        m_startPage->setShowAtLaunch(m_settings->value(kShowStartPage, true).toBool());
        connect(m_startPage, &StartPage::showAtLaunchChanged, this,
            [this](bool show) { m_settings->setValue(kShowStartPage, show); });
        connect(m_startPage, &StartPage::fileChosen, this, [this](const QString &path) {
            m_startPage->close();
            m_documents->openFile(path);
        });
        connect(m_startPage, &StartPage::lessonChosen, this,
            [this](const QString &folder) { openLesson(folder); });
        connect(m_startPage, &StartPage::openLessonFolderRequested, this,
            &LessonController::chooseLessonFolder);
    }
    m_startPage->refresh();
    m_startPage->show();
    m_startPage->raise();
    m_startPage->activateWindow();
}

void LessonController::showStartPageAtLaunch()
{
    if (m_settings->value(kShowStartPage, true).toBool())
        showStartPage();
}

} // namespace wb
