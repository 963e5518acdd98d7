#pragma once

#include <QObject>

class QAction;
class QActionGroup;
class QMenu;
class QUndoStack;

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
    QAction *quit;
    // Edit
    QAction *undo;
    QAction *redo;
    QAction *cut;
    QAction *copy;
    QAction *paste;
    QAction *remove;
    // Run
    QAction *runAll;
    QAction *stopAll;
    QAction *startSelected;
    QAction *stopSelected;
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
    // Help
    QAction *about;

private:
    QAction *make(const QString &text, const QString &icon, const QString &tip);
};

} // namespace wb
