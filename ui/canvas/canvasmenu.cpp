#include "canvasmenu.h"

#include "circuiteditor.h"
#include "circuitscene.h"
#include "circuitview.h"
#include "componenticons.h"
#include "nodeitem.h"
#include "runtime/meshruntime.h"
#include "wireitem.h"

#include <QMenu>

namespace wb::canvasmenu {

namespace {

void addNodeActions(QMenu *menu, CircuitView *view, NodeItem *item)
{
    const NodeId id = item->id();
    MeshRuntime *runtime = view->runtime();
    if (runtime && kinds::isLocal(item->kind())) {
        const bool running = runtime->state(id) != NodeState::Stopped;
        QAction *toggle = menu->addAction(running ? QObject::tr("Stop") : QObject::tr("Start"));
        QObject::connect(toggle, &QAction::triggered, view, [runtime, id, running] {
            if (running)
                runtime->stop(id);
            else
                runtime->start(id);
        });
        menu->addSeparator();
    }
    QAction *rename = menu->addAction(QObject::tr("Rename"));
    rename->setShortcut(Qt::Key_F2);
    QObject::connect(rename, &QAction::triggered, view, &CircuitView::renameSelected);
    QAction *properties = menu->addAction(QObject::tr("Properties"));
    QObject::connect(properties, &QAction::triggered, view,
                     [view, id] { Q_EMIT view->propertiesRequested(id); });
    QAction *plot = menu->addAction(QObject::tr("Show in Plot"));
    QObject::connect(plot, &QAction::triggered, view,
                     [view, id] { Q_EMIT view->showInPlotRequested(id); });
    menu->addSeparator();
    QAction *duplicate = menu->addAction(QObject::tr("Duplicate"));
    duplicate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    QObject::connect(duplicate, &QAction::triggered, view, &CircuitView::duplicateSelection);
    QAction *remove = menu->addAction(QObject::tr("Delete"));
    remove->setShortcut(QKeySequence::Delete);
    QObject::connect(remove, &QAction::triggered, view, &CircuitView::deleteSelection);
}

void addCanvasActions(QMenu *menu, CircuitView *view, QPointF scenePos)
{
    QMenu *add = menu->addMenu(QObject::tr("Add Node"));
    for (const NodeKind kind : { NodeKind::Clock, NodeKind::IoPin, NodeKind::Buzzer, NodeKind::Led,
             NodeKind::Proxy, NodeKind::External }) {
        QAction *action = add->addAction(componenticons::icon(kind, view->palette()),
                                         kinds::name(kind));
        QObject::connect(action, &QAction::triggered, view,
                         [view, kind, scenePos] { view->placeNodeAt(kind, scenePos); });
    }
    QAction *paste = menu->addAction(QObject::tr("Paste"));
    paste->setShortcut(QKeySequence::Paste);
    QObject::connect(paste, &QAction::triggered, view, &CircuitView::paste);
    menu->addSeparator();
    QAction *fit = menu->addAction(QObject::tr("Fit All"));
    fit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    QObject::connect(fit, &QAction::triggered, view, &CircuitView::fitAll);
}

} // namespace

QMenu *create(CircuitView *view, QPointF scenePos)
{
    auto *menu = new QMenu(view);
    CircuitScene *scene = view->circuitScene();
    if (NodeItem *item = scene->nodeAt(scenePos)) {
        // The menu acts on the node under the mouse: make it the selection first.
        if (!item->isSelected())
            scene->selectNodes({ item->id() });
        addNodeActions(menu, view, item);
        return menu;
    }
    auto *wire = qgraphicsitem_cast<WireItem *>(scene->itemAt(scenePos, view->transform()));
    if (wire) {
        const WireId id = wire->id();
        QAction *remove = menu->addAction(QObject::tr("Delete Wire"));
        QObject::connect(
            remove, &QAction::triggered, view, [view, id] { view->editor()->removeWire(id); });
        return menu;
    }
    addCanvasActions(menu, view, scenePos);
    return menu;
}

} // namespace wb::canvasmenu
