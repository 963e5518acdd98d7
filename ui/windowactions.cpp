#include "windowactions.h"

#include "canvas/componenticons.h"
#include "canvas/palettewidget.h"
#include "icons.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QUndoStack>
#include <QWidgetAction>

namespace wb {

WindowActions::WindowActions(QUndoStack *undoStack, QObject *parent)
    : QObject(parent)
{
    newFile = make(tr("&New"), QStringLiteral("new"), tr("Start an empty circuit"));
    newFile->setShortcut(QKeySequence::New);
    open = make(tr("&Open…"), QStringLiteral("open"), tr("Open a circuit file"));
    open->setShortcut(QKeySequence::Open);
    save = make(tr("&Save"), QStringLiteral("save"), tr("Save the circuit"));
    save->setShortcut(QKeySequence::Save);
    saveAs = make(tr("Save &As…"), QStringLiteral("save-as"), tr("Save the circuit to a new file"));
    saveAs->setShortcut(QKeySequence::SaveAs);
    recordSound = make(tr("&Record Sound to WAV…"), QStringLiteral("record"),
                       tr("Write what the buzzers play to a WAV file, until unchecked"));
    recordSound->setCheckable(true);
    exportPython = make(tr("Export as &Python…"), QStringLiteral("export-python"),
        tr("Write the selected node as a Python sketch that runs against the workbench"));
    quit = make(tr("&Quit"), QStringLiteral("quit"), tr("Quit Wirebench"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    undo = undoStack->createUndoAction(this, tr("&Undo"));
    undo->setIcon(icons::action(QStringLiteral("undo")));
    undo->setShortcut(QKeySequence::Undo);
    redo = undoStack->createRedoAction(this, tr("&Redo"));
    redo->setIcon(icons::action(QStringLiteral("redo")));
    redo->setShortcut(QKeySequence::Redo);
    cut = make(tr("Cu&t"), QStringLiteral("cut"), tr("Cut the selected nodes"));
    cut->setShortcut(QKeySequence::Cut);
    copy = make(tr("&Copy"), QStringLiteral("copy"), tr("Copy the selected nodes"));
    copy->setShortcut(QKeySequence::Copy);
    paste = make(tr("&Paste"), QStringLiteral("paste"), tr("Paste nodes"));
    paste->setShortcut(QKeySequence::Paste);
    remove = make(tr("&Delete"), QStringLiteral("delete"), tr("Delete the selected nodes"));
    remove->setShortcut(QKeySequence::Delete);

    for (const NodeKind kind : PaletteWidget::components()) {
        QAction *action = make(kinds::name(kind), QString(), PaletteWidget::description(kind));
        action->setIcon(componenticons::icon(kind, QApplication::palette()));
        action->setData(int(kind));
        insertNodes << action;
    }
    insertRing = make(tr("Ring of &N…"), QStringLiteral("ring"),
        tr("Ring nodes on a circle, each wired to the next (Ctrl+Shift+R)"));
    insertRing->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    insertDefaultScript = make(tr("&Default Sketch"), QString(),
        PaletteWidget::description(NodeKind::Script));

    runAll = make(tr("&Run All"), QStringLiteral("run"),
                  tr("Start every local node's server and the clocks (F5)"));
    runAll->setShortcut(Qt::Key_F5);
    runAll->setIconText(tr("Run"));
    stopAll = make(tr("&Stop All"), QStringLiteral("stop"), tr("Stop every node (Shift+F5)"));
    stopAll->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
    stopAll->setIconText(tr("Stop"));
    startSelected = make(tr("Start &Selected Nodes"), QStringLiteral("node-start"),
                         tr("Start the selected nodes only"));
    startSelected->setIconText(tr("Start"));
    stopSelected = make(tr("Stop S&elected Nodes"), QStringLiteral("node-stop"),
                        tr("Stop the selected nodes only"));
    stopSelected->setIconText(tr("Stop"));
    pause = make(tr("&Pause"), QStringLiteral("pause"),
        tr("Hold every message where it is; again to go on (Space)"));
    pause->setCheckable(true);
    pause->setShortcut(Qt::Key_Space);
    step = make(tr("S&tep"), QStringLiteral("step"),
        tr("Deliver the message that waits longest, one hop (N or Right)"));
    step->setShortcuts({ QKeySequence(Qt::Key_N), QKeySequence(Qt::Key_Right) });
    pace = new QActionGroup(this);
    realTime = pace->addAction(tr("&Real Time"));
    realTime->setStatusTip(tr("Messages travel as fast as the sockets carry them"));
    teachingPace = pace->addAction(icons::action(QStringLiteral("pace")), tr("&Teaching Pace"));
    teachingPace->setStatusTip(tr("Every hop takes a while, at the speed of the slider"));
    teachingPace->setToolTip(teachingPace->statusTip());
    for (QAction *action : pace->actions())
        action->setCheckable(true);
    realTime->setChecked(true);
    speed = new QWidgetAction(this);
    speed->setText(tr("Speed"));
    mute = make(tr("&Mute"), QStringLiteral("sound"), tr("Silence the buzzers' sound (Ctrl+M)"));
    mute->setCheckable(true);
    mute->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    connect(mute, &QAction::toggled, mute, [this](bool muted) {
        mute->setIcon(icons::action(muted ? QStringLiteral("mute") : QStringLiteral("sound")));
    });

    discover = make(tr("&Discover Nodes"), QStringLiteral("discover"),
                    tr("Show the nodes registered in the etcd registry and watch every external "
                       "node's health"));
    discover->setCheckable(true);
    discover->setIconText(tr("Discover"));
    registryAddress = make(tr("Registry &Address…"), QString(),
                           tr("The etcd registry that discovery reads (http://HOST:PORT)"));
    networkSecurity = make(tr("Network &Security…"), QString(),
                           tr("The token LAN nodes require, and TLS (wss) with a pinned "
                              "certificate"));

    zoomIn = make(tr("Zoom &In"), QStringLiteral("zoom-in"), tr("Zoom into the canvas"));
    zoomIn->setShortcuts({ QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal) });
    zoomOut = make(tr("Zoom &Out"), QStringLiteral("zoom-out"), tr("Zoom out of the canvas"));
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    fitAll = make(tr("&Fit Circuit"), QStringLiteral("zoom-fit"),
                  tr("Show the whole circuit (Ctrl+0)"));
    fitAll->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    theme = new QActionGroup(this);
    themeSystem = theme->addAction(tr("&System"));
    themeLight = theme->addAction(tr("&Light"));
    themeDark = theme->addAction(tr("&Dark"));
    themeHighContrast = theme->addAction(tr("&High Contrast"));
    for (QAction *action : theme->actions())
        action->setCheckable(true);

    teacherMode = make(tr("&Teacher Mode"), QStringLiteral("inspector"),
        tr("Lock editing for students (run, pause, step and inspect stay) and show the "
           "presentation layout"));
    teacherMode->setCheckable(true);
    exportReport = make(tr("Export &Lab Report…"), QStringLiteral("save-as"),
        tr("Write a PDF: the circuit, the checks, the sequence chart, the analyzer's plot, "
           "the message statistics and your notes"));
    userGuide = make(tr("&User Guide"), QString(), tr("The offline user guide (F1)"));
    userGuide->setShortcut(QKeySequence::HelpContents);
    about = make(tr("&About Wirebench"), QString(), tr("Version and license"));
    about->setMenuRole(QAction::AboutRole);
}

QAction *WindowActions::make(const QString &text, const QString &icon, const QString &tip)
{
    auto *action = new QAction(text, this);
    if (!icon.isEmpty())
        action->setIcon(icons::action(icon));
    action->setToolTip(tip);
    action->setStatusTip(tip);
    return action;
}

} // namespace wb
