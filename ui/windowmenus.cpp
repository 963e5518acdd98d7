#include "windowmenus.h"

#include "analyzer/logicanalyzer.h"
#include "document/circuitformat.h"
#include "document/nodespec.h"
#include "documentcontroller.h"
#include "icons.h"
#include "recentfiles.h"
#include "windowactions.h"

#include <QAction>
#include <QActionGroup>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenuBar>
#include <QToolBar>
#include <QWidgetAction>

namespace wb {

WindowMenus::WindowMenus(QMainWindow *window, WindowActions *actions, LogicAnalyzer *analyzer,
    RecentFiles *recent, DocumentController *documents)
    : QObject(window)
    , m_window(window)
    , m_actions(actions)
    , m_recent(recent)
    , m_documents(documents)
{
    createMenus(analyzer);
    createToolBar();
    connect(m_recent, &RecentFiles::changed, this, &WindowMenus::fillRecentMenu);
}

void WindowMenus::createMenus(LogicAnalyzer *analyzer)
{
    WindowActions *a = m_actions;
    QMenuBar *bar = m_window->menuBar();
    QMenu *file = m_fileMenu = bar->addMenu(tr("&File"));
    file->addAction(a->newFile);
    file->addAction(a->open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_examplesMenu = file->addMenu(icons::action(QStringLiteral("example")), tr("&Examples"));
    file->addSeparator();
    file->addAction(a->save);
    file->addAction(a->saveAs);
    file->addSeparator();
    file->addAction(analyzer->openAction());
    file->addAction(analyzer->saveAction());
    file->addAction(analyzer->exportImageAction());
    file->addAction(a->recordSound);
    file->addAction(a->exportPython);
    file->addAction(a->exportReport);
    file->addSeparator();
    file->addAction(a->quit);
    fillRecentMenu();
    fillExamplesMenu();

    QMenu *edit = bar->addMenu(tr("&Edit"));
    edit->addAction(a->undo);
    edit->addAction(a->redo);
    edit->addSeparator();
    edit->addAction(a->cut);
    edit->addAction(a->copy);
    edit->addAction(a->paste);
    edit->addAction(a->remove);

    QMenu *insert = bar->addMenu(tr("&Insert"));
    for (QAction *action : std::as_const(a->insertNodes)) {
        if (NodeKind(action->data().toInt()) != NodeKind::Script) {
            insert->addAction(action);
            continue;
        }
        // script ▸ the default sketch and the templates (docs/script-editor.md).
        QMenu *scripts = insert->addMenu(action->icon(), action->text());
        scripts->setToolTipsVisible(true);
        scripts->addAction(a->insertDefaultScript);
        scripts->addSeparator();
        scripts->addActions(a->insertScriptTemplates);
    }
    insert->addSeparator();
    insert->addAction(a->insertRing);

    QMenu *run = bar->addMenu(tr("&Run"));
    run->addAction(a->runAll);
    run->addAction(a->stopAll);
    run->addAction(a->pause);
    run->addAction(a->step);
    run->addSeparator();
    run->addActions(a->pace->actions());
    run->addSeparator();
    run->addAction(a->startSelected);
    run->addAction(a->stopSelected);
    run->addSeparator();
    run->addAction(a->discover);
    run->addAction(a->registryAddress);
    run->addAction(a->networkSecurity);
    run->addSeparator();
    run->addAction(a->mute);

    QMenu *view = m_viewMenu = bar->addMenu(tr("&View"));
    view->addAction(a->zoomIn);
    view->addAction(a->zoomOut);
    view->addAction(a->fitAll);
    view->addSeparator();
    const QList<QDockWidget *> docks = m_window->findChildren<QDockWidget *>();
    for (QDockWidget *dock : docks)
        view->addAction(dock->toggleViewAction());
    view->addSeparator();
    QMenu *themes = view->addMenu(icons::action(QStringLiteral("theme")), tr("&Theme"));
    themes->addActions(a->theme->actions());
    view->addAction(a->teacherMode);

    QMenu *help = m_helpMenu = bar->addMenu(tr("&Help"));
    help->addAction(a->userGuide);
    help->addAction(a->about);
}

void WindowMenus::createToolBar()
{
    WindowActions *a = m_actions;
    QToolBar *bar = m_window->addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setIconSize({ 20, 20 });
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    const auto iconOnly = [bar](QAction *action) {
        bar->addAction(action);
        if (auto *button = bar->widgetForAction(action))
            button->setProperty("toolButtonStyle", int(Qt::ToolButtonIconOnly));
    };
    iconOnly(a->newFile);
    iconOnly(a->open);
    iconOnly(a->save);
    bar->addSeparator();
    iconOnly(a->undo);
    iconOnly(a->redo);
    bar->addSeparator();
    bar->addAction(a->runAll);
    bar->addAction(a->stopAll);
    iconOnly(a->pause);
    iconOnly(a->step);
    bar->addAction(a->speed);
    bar->addSeparator();
    bar->addAction(a->discover);
    bar->addSeparator();
    iconOnly(a->zoomIn);
    iconOnly(a->zoomOut);
    iconOnly(a->fitAll);
    bar->addSeparator();
    iconOnly(a->mute);
}

void WindowMenus::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_recent->files();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files.at(i);
        QAction *action = m_recentMenu->addAction(
            QStringLiteral("&%1  %2").arg(i + 1).arg(QFileInfo(path).fileName()));
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] {
            if (!QFileInfo::exists(path)) {
                m_recent->remove(path);
                Q_EMIT message(tr("%1 no longer exists").arg(QDir::toNativeSeparators(path)));
                return;
            }
            m_documents->openFile(path);
        });
    }
    if (!files.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("&Clear List"), m_recent, &RecentFiles::clear);
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void WindowMenus::fillExamplesMenu()
{
    QStringList paths { circuitformat::seedCircuitPath() };
    const QDir examples(QStringLiteral(":/wirebench/circuits/examples"));
    const QStringList names = examples.entryList({ QStringLiteral("*.json") }, QDir::Files);
    for (const QString &name : names)
        paths << examples.filePath(name);
    for (const QString &path : std::as_const(paths)) {
        const circuitformat::Result result = circuitformat::load(path);
        const QString title = result.ok() && !result.document.title.isEmpty()
            ? result.document.title
            : QFileInfo(path).baseName();
        QAction *action = m_examplesMenu->addAction(title);
        action->setData(path);
        connect(action, &QAction::triggered, this, [this, path] { m_documents->openFile(path); });
    }
}

} // namespace wb
