#include "scriptcontrol.h"

#include "canvas/circuitview.h"
#include "circuiteditor.h"
#include "cli/pythonexport.h"
#include "docktitlebar.h"
#include "filechooser.h"
#include "icons.h"
#include "nodeselection.h"
#include "panels/inspectorwidget.h"
#include "runtime/script/scripttemplates.h"
#include "scriptdock.h"
#include "windowactions.h"

#include <QAction>
#include <QDir>
#include <QMainWindow>
#include <QMessageBox>
#include <QSaveFile>
#include <QUndoStack>

namespace wb {

ScriptControl::ScriptControl(QMainWindow *window, CircuitEditor *editor, MeshRuntime *runtime,
    NodeSelection *selection, CircuitView *view, InspectorWidget *inspector, WindowActions *actions)
    : QObject(window)
    , m_window(window)
    , m_editor(editor)
    , m_selection(selection)
    , m_view(view)
    , m_actions(actions)
    , m_dock(new ScriptDock(editor, runtime, selection, window))
{
    m_dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable
        | QDockWidget::DockWidgetFloatable);
    const QIcon icon = icons::action(QStringLiteral("script"));
    m_dock->toggleViewAction()->setIcon(icon);
    m_dock->setTitleBarWidget(new DockTitleBar(m_dock, icon));
    window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    m_dock->hide(); // until a sketch is to be edited
    connect(m_dock, &ScriptDock::statusMessage, this, &ScriptControl::message);
    connect(view, &CircuitView::scriptEditRequested, m_dock, &ScriptDock::editNode);
    connect(inspector, &InspectorWidget::scriptEditRequested, m_dock, &ScriptDock::editNode);

    connect(actions->insertDefaultScript, &QAction::triggered, view,
        [view] { view->placeNode(NodeKind::Script); });
    // Insert ▸ script ▸ TEMPLATE (WindowMenus lists them: made before the menus are).
    const QStringList names = scripttemplates::names();
    for (const QString &name : names) {
        auto *action = new QAction(scripttemplates::title(name), actions);
        action->setData(name);
        action->setToolTip(tr("A script node whose sketch starts as the template “%1”")
                               .arg(scripttemplates::title(name)));
        action->setStatusTip(action->toolTip());
        actions->insertScriptTemplates << action;
        connect(action, &QAction::triggered, this, [this, name] { placeTemplate(name); });
    }

    m_chooser = [this](const QString &, std::function<void(const QString &)> chosen) {
        chooseFile(m_window, tr("Export as Python"), { tr("Python sketch (*.py)") }, true,
            std::move(chosen));
    };
    connect(actions->exportPython, &QAction::triggered, this, &ScriptControl::exportSelected);
    connect(selection, &NodeSelection::changed, this, &ScriptControl::updateExportAction);
    connect(editor->circuit(), &Circuit::nodeChanged, this, &ScriptControl::updateExportAction);
    updateExportAction();
}

NodeId ScriptControl::placeTemplate(const QString &name)
{
    const QString source = scripttemplates::source(name);
    if (source.isEmpty())
        return 0;
    // Placed as every node is (the view's place tool), then given its sketch: one undo step.
    QUndoStack *stack = m_editor->undoStack();
    stack->beginMacro(tr("Add %1 script").arg(scripttemplates::title(name)));
    const NodeId id = m_view->placeNode(NodeKind::Script);
    if (id)
        m_editor->setParam(id, QStringLiteral("script"), source);
    stack->endMacro();
    if (id)
        Q_EMIT message(tr("Placed a script node from the template “%1”: double-click it to "
                          "edit the sketch")
                           .arg(scripttemplates::title(name)));
    return id;
}

bool ScriptControl::canExport(NodeKind kind)
{
    switch (kind) {
    case NodeKind::Clock:
    case NodeKind::IoPin:
    case NodeKind::Buzzer:
    case NodeKind::Led:
    case NodeKind::Script:
        return true;
    default:
        return false;
    }
}

void ScriptControl::updateExportAction()
{
    const QList<NodeId> ids = m_selection->ids();
    const NodeSpec *spec = ids.size() == 1 ? m_editor->circuit()->node(ids.first()) : nullptr;
    const bool can = spec && !spec->discovered && canExport(spec->kind);
    m_actions->exportPython->setEnabled(can);
    m_actions->exportPython->setText(
        can ? tr("Export %1 as &Python…").arg(spec->name) : tr("Export as &Python…"));
}

void ScriptControl::exportSelected()
{
    const QList<NodeId> ids = m_selection->ids();
    const NodeSpec *spec = ids.size() == 1 ? m_editor->circuit()->node(ids.first()) : nullptr;
    if (!spec) {
        Q_EMIT message(tr("Select one node to export it as Python"));
        return;
    }
    const pythonexport::Result result = pythonexport::exportNode(*m_editor->circuit(), spec->id);
    if (!result.ok) {
        showError(tr("%1 cannot be exported as Python.").arg(spec->name), result.error);
        return;
    }
    const QString name = spec->name;
    const QString source = result.source;
    m_chooser(name + QStringLiteral(".py"), [this, source, name](const QString &path) {
        if (!path.isEmpty())
            writeExport(path, source, name);
    });
}

void ScriptControl::writeExport(const QString &path, const QString &source, const QString &name)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        file.write(source.toUtf8());
        if (file.commit()) {
            Q_EMIT message(tr("Exported %1 as Python to %2: run it with python3")
                               .arg(name, QDir::toNativeSeparators(path)));
            return;
        }
    }
    showError(tr("Cannot write %1").arg(QDir::toNativeSeparators(path)), file.errorString());
}

void ScriptControl::showError(const QString &text, const QString &details)
{
    Q_EMIT message(QStringLiteral("%1 %2").arg(text, details));
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Export as Python"), text, QMessageBox::Close, m_window);
    box->setObjectName(QStringLiteral("exportPythonError"));
    box->setInformativeText(details);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace wb
