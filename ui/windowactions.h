#pragma once

#include <QObject>

class QAction;
class QActionGroup;
class QMenu;
class QUndoStack;
class QWidgetAction;

namespace wb {

// Every command of the main window as a QAction with its icon, shortcut and tips, so that the
// menus, the toolbar, the context menus and the tests all trigger the same thing.
class WindowActions final : public QObject
{
    Q_OBJECT
public:
    WindowActions(QUndoStack *undoStack, QObject *parent);

    // File
    QAction *newFile;
    QAction *open;
    QAction *save;
    QAction *saveAs;
    QAction *recordSound;
    // The selected node as a Python sketch (ScriptControl enables it).
    QAction *exportPython;
    QAction *quit;
    // Edit
    QAction *undo;
    QAction *redo;
    QAction *cut;
    QAction *copy;
    QAction *paste;
    QAction *remove;
    // Insert: one node of each kind at the middle of the canvas (data: the NodeKind as int),
    // and a whole ring.
    QList<QAction *> insertNodes;
    QAction *insertRing;
    // Insert ▸ script ▸: the default sketch, and one action per script template (data: the
    // template's name; ScriptControl makes these, before the menus are made).
    QAction *insertDefaultScript;
    QList<QAction *> insertScriptTemplates;
    // Run
    QAction *runAll;
    QAction *stopAll;
    QAction *startSelected;
    QAction *stopSelected;
    // The run control (RunControl follows and drives them; the speed slider is its widget).
    QAction *pause;
    QAction *step;
    QActionGroup *pace;
    QAction *realTime;
    QAction *teachingPace;
    QWidgetAction *speed;
    QAction *mute;
    // Mesh
    QAction *discover;
    QAction *registryAddress;
    QAction *networkSecurity;
    // View
    QAction *zoomIn;
    QAction *zoomOut;
    QAction *fitAll;
    QActionGroup *theme;
    QAction *themeSystem;
    QAction *themeLight;
    QAction *themeDark;
    QAction *themeHighContrast;
    // Classroom (docs/classroom.md): View ▸ Teacher Mode, File ▸ Export Lab Report…,
    // Help ▸ User Guide (F1).
    QAction *teacherMode;
    QAction *exportReport;
    QAction *userGuide;
    // Help
    QAction *about;

private:
    QAction *make(const QString &text, const QString &icon, const QString &tip);
};

} // namespace wb
