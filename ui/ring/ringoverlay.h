#pragma once

#include "document/circuit.h"
#include "ringpicture.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace wb {

class BypassItem;
class CircuitScene;
class MeshRuntime;
class RingMarkItem;

// The ring's state on the canvas, as its running members report it (RingPicture): a mark on
// each member that another suspects or believes dead, and a bypass from each member whose
// successor is not the node its wire goes to. Owned by the scene; its items are the scene's
// top-level items, placed when reports, wires or cards change (never in paint()), at most
// every kSettleMs.
class RingOverlay final : public QObject
{
    Q_OBJECT
public:
    static constexpr int kSettleMs = 50;

    RingOverlay(CircuitScene *scene, MeshRuntime *runtime);
    ~RingOverlay() override;

    const RingPicture &picture() const { return m_picture; }
    QList<BypassItem *> bypassItems() const { return m_bypasses.values(); }
    BypassItem *bypass(NodeId from, NodeId to) const { return m_bypasses.value({ from, to }); }
    RingMarkItem *mark(NodeId node) const { return m_marks.value(node); }
    // The bypass a passage between two nodes travels on, if one is drawn: its id for the token
    // layer (below 0, never a wire's), or 0.
    WireId connectorBetween(NodeId from, NodeId to) const;
    BypassItem *connector(WireId id) const;
    // Applies what came in now rather than at the next settle.
    void refresh();

private:
    void onLiveState(NodeId id, const QVariantMap &state);
    void forget(NodeId id);
    void schedule();
    void place(NodeId moved);
    void placeBypass(BypassItem *item) const;
    QHash<QString, NodeId> addresses() const;

    CircuitScene *m_scene;
    QPointer<MeshRuntime> m_runtime;
    RingPicture m_picture;
    QTimer m_settle;
    QHash<QPair<NodeId, NodeId>, BypassItem *> m_bypasses;
    QHash<NodeId, RingMarkItem *> m_marks;
    WireId m_lastConnector = 0;
};

} // namespace wb
