#include "canvasmenu.h"

#include "circuiteditor.h"
#include "circuitscene.h"
#include "circuitview.h"
#include "componenticons.h"
#include "nodeitem.h"
#include "palettewidget.h"
#include "runtime/meshruntime.h"
#include "wireitem.h"

#include <QMenu>

namespace wb::canvasmenu {

namespace {

QAction *addFaultAction(QMenu *menu, const QString &text, const QString &name, const QString &tip)
{
    QAction *action = menu->addAction(text);
    action->setObjectName(name);
    action->setToolTip(tip);
    action->setStatusTip(tip);
    return action;
}

// Faults injected into the running node, as its peers would meet them (docs/delivery.md).
void addFaultActions(QMenu *menu, CircuitView *view, MeshRuntime *runtime, NodeId id)
{
    const NodeFault fault = runtime->fault(id);
    const bool started
        = runtime->state(id) != NodeState::Stopped && runtime->state(id) != NodeState::Error;
    menu->addSeparator();
    if (started) {
        QAction *crash = addFaultAction(menu, QObject::tr("Crash"), QStringLiteral("crashNode"),
            QObject::tr("Cut every connection without a goodbye and stop the component"));
        QObject::connect(crash, &QAction::triggered, view, [runtime, id] { runtime->crash(id); });
    }
    if (fault == NodeFault::Hung) {
        QAction *wake = addFaultAction(menu, QObject::tr("Wake Up"), QStringLiteral("wakeNode"),
            QObject::tr("Answer again, overdue timers first"));
        QObject::connect(wake, &QAction::triggered, view, [runtime, id] { runtime->wake(id); });
    } else if (started) {
        QAction *hang = addFaultAction(menu, QObject::tr("Hang"), QStringLiteral("hangNode"),
            QObject::tr("Keep every connection open but answer nothing, not even pings"));
        QObject::connect(hang, &QAction::triggered, view, [runtime, id] { runtime->hang(id); });
    }
    if (started || fault != NodeFault::None) {
        QAction *restart = addFaultAction(menu, QObject::tr("Restart"),
            QStringLiteral("restartNode"), QObject::tr("Crash, then start again"));
        QObject::connect(
            restart, &QAction::triggered, view, [runtime, id] { runtime->restart(id); });
    }
}

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
        if (runtime->isRunning())
            addFaultActions(menu, view, runtime, id);
        menu->addSeparator();
    }
    if (item->kind() == NodeKind::Keyboard) {
        QAction *type = menu->addAction(QObject::tr("Type a Line"));
        type->setToolTip(QObject::tr("Type lines on the card for the keyboard to send"));
        // Once the menu has gone and the canvas has the focus back: the line takes it from there.
        QObject::connect(type, &QAction::triggered, view, [view, id] {
            QMetaObject::invokeMethod(
                view, [view, id] { view->openTyping(id); }, Qt::QueuedConnection);
        });
    }
    if (item->kind() == NodeKind::Script) {
        QAction *script = menu->addAction(QObject::tr("Edit Script…"));
        QObject::connect(script, &QAction::triggered, view,
                         [view, id] { Q_EMIT view->scriptEditRequested(id); });
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

// Quick fault rules for a wire: each replaces what its messages meet (and lifts a cut); Cut
// toggles the partition and keeps the rest. The inspector edits every field.
void addWireActions(QMenu *menu, CircuitView *view, WireId id)
{
    CircuitEditor *editor = view->editor();
    const Wire *wire = editor->circuit()->wire(id);
    if (!wire)
        return;
    const WireFaults current = wire->faults;
    QMenu *faultMenu = menu->addMenu(QObject::tr("Faults"));
    const auto preset = [&](const QString &text, const std::function<void(WireFaults &)> &rule) {
        QAction *action = faultMenu->addAction(text);
        QObject::connect(action, &QAction::triggered, view, [editor, id, rule] {
            const Wire *w = editor->circuit()->wire(id);
            if (!w)
                return;
            WireFaults faults = w->faults;
            rule(faults);
            editor->setWireFaults(id, faults);
        });
        return action;
    };
    QAction *none = preset(QObject::tr("No Faults"), [](WireFaults &f) { f = WireFaults(); });
    none->setEnabled(!current.isNone());
    faultMenu->addSeparator();
    preset(QObject::tr("Drop 30 %"), [](WireFaults &f) {
        f.message = {};
        f.message.drop = 0.3;
        f.cut = false;
    });
    preset(QObject::tr("Delay 200 ms"), [](WireFaults &f) {
        f.message = {};
        f.message.delayMs = 200;
        f.cut = false;
    });
    preset(QObject::tr("Duplicate 20 %"), [](WireFaults &f) {
        f.message = {};
        f.message.duplicate = 0.2;
        f.cut = false;
    });
    QAction *cut = preset(QObject::tr("Cut"), [](WireFaults &f) { f.cut = !f.cut; });
    cut->setCheckable(true);
    cut->setChecked(current.cut);
    menu->addSeparator();
    QAction *edit = menu->addAction(QObject::tr("Edit Faults…"));
    QObject::connect(edit, &QAction::triggered, view, [view, id] {
        view->circuitScene()->selectNodes({}, { id });
        Q_EMIT view->wireFaultsRequested(id);
    });
    menu->addSeparator();
    QAction *remove = menu->addAction(QObject::tr("Delete Wire"));
    remove->setShortcut(QKeySequence::Delete);
    QObject::connect(remove, &QAction::triggered, view, [editor, id] { editor->removeWire(id); });
}

void addCanvasActions(QMenu *menu, CircuitView *view, QPointF scenePos)
{
    QMenu *add = menu->addMenu(QObject::tr("Add Node"));
    for (const NodeKind kind : PaletteWidget::components()) {
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
        // As for a node: the menu acts on the wire under the mouse, shown selected.
        if (!wire->isSelected())
            scene->selectNodes({}, { wire->id() });
        addWireActions(menu, view, wire->id());
        return menu;
    }
    addCanvasActions(menu, view, scenePos);
    return menu;
}

} // namespace wb::canvasmenu
