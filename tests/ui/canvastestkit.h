#pragma once

// Shared by the canvas and editor tests: a small circuit built in code, and a document snapshot
// that compares regardless of node order (undoing a removal appends the node again).
#include "canvas/circuitview.h"
#include "canvas/nodeitem.h"
#include "document/circuit.h"
#include "document/circuitformat.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QMenu>
#include <QTest>
#include <algorithm>

namespace canvastest {

inline wb::NodeSpec node(const QString &name, wb::NodeKind kind, QPointF position,
                         quint16 port = 0)
{
    wb::NodeSpec spec;
    spec.name = name;
    spec.kind = kind;
    spec.port = wb::kinds::hasServer(kind) && port == 0 ? quint16(9000 + name.size()) : port;
    spec.params = wb::kinds::defaultParams(kind);
    spec.position = position;
    return spec;
}

// clock -> iopin -> buzzer, led; ids 1..4, 240 apart like the seed circuit.
inline void buildSeedLike(wb::Circuit &circuit)
{
    using wb::NodeKind;
    QList<wb::NodeSpec> nodes {
        node(QStringLiteral("clock"), NodeKind::Clock, { 0, 0 }),
        node(QStringLiteral("iopin"), NodeKind::IoPin, { 240, 0 }, 8765),
        node(QStringLiteral("buzzer"), NodeKind::Buzzer, { 480, 0 }, 8766),
        node(QStringLiteral("led"), NodeKind::Led, { 480, 160 }, 8767),
    };
    for (int i = 0; i < nodes.size(); ++i)
        nodes[i].id = i + 1;
    // Wire ids 1..3: clock -> iopin, iopin -> buzzer, iopin -> led.
    circuit.setContents(nodes, { { 1, 1, 2, {}, {} }, { 2, 2, 3, {}, {} }, { 3, 2, 4, {}, {} } });
}

// In the document's order: an undo must put a node (or a wire) back in its place, not only
// back.
inline wb::circuitformat::Document snapshot(const wb::Circuit &circuit)
{
    return wb::circuitformat::documentOf(circuit);
}

inline QString describe(const wb::circuitformat::Document &document)
{
    QStringList parts;
    for (const wb::NodeSpec &n : document.nodes) {
        QStringList targets;
        for (const wb::Wire &w : document.wires) {
            if (w.from == n.id) {
                targets << QStringLiteral("%1#%2%3").arg(w.to).arg(w.id).arg(
                    w.faults.isNone() ? QString() : u' ' + wb::faults::summary(w.faults));
            }
        }
        parts << QStringLiteral("%1:%2 %3:%4 [%5] %6")
                     .arg(n.id)
                     .arg(n.name, n.host)
                     .arg(n.port)
                     .arg(targets.join(u','))
                     .arg(n.position ? QStringLiteral("(%1,%2)")
                                           .arg(n.position->x())
                                           .arg(n.position->y())
                                     : QStringLiteral("-"));
    }
    return parts.join(QStringLiteral("; "));
}

// Opens the context menu on a node with a real event and triggers the action called `text`.
inline void triggerNodeMenu(wb::CircuitView *view, wb::NodeId id, const QString &text)
{
    const QPoint at = view->mapFromScene(view->nodeItem(id)->pos() + QPointF(60, 70));
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, view->viewport()->mapToGlobal(at));
    QApplication::sendEvent(view->viewport(), &event);
    QMenu *menu = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((menu = view->findChild<QMenu *>()) && menu->isVisible(), 5000);
    QAction *found = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->text() == text)
            found = action;
    }
    QVERIFY2(found, qPrintable(text));
    found->trigger();
    menu->close();
    QTRY_VERIFY_WITH_TIMEOUT(!view->findChild<QMenu *>(), 5000);
}

} // namespace canvastest
