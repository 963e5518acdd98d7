#include "selectionsync.h"

#include "circuitscene.h"
#include "nodeselection.h"

namespace wb {

SelectionSync::SelectionSync(CircuitScene *scene, NodeSelection *selection,
                             std::function<void(NodeId)> revealed, QObject *parent)
    : QObject(parent)
    , m_scene(scene)
    , m_selection(selection)
    , m_revealed(std::move(revealed))
{
    connect(scene, &QGraphicsScene::selectionChanged, this, &SelectionSync::push);
    connect(selection, &NodeSelection::changed, this, &SelectionSync::pull);
}

void SelectionSync::push()
{
    if (m_syncing)
        return;
    // Keep the order of the ids that stay, so that the current (last) node stays current.
    const QList<NodeId> selected = m_scene->selectedNodeIds();
    QList<NodeId> ids;
    for (NodeId id : m_selection->ids()) {
        if (selected.contains(id))
            ids << id;
    }
    for (NodeId id : selected) {
        if (!ids.contains(id))
            ids << id;
    }
    m_syncing = true;
    m_selection->set(ids);
    m_syncing = false;
}

void SelectionSync::pull()
{
    if (m_syncing)
        return;
    m_syncing = true;
    m_scene->selectNodes(m_selection->ids());
    m_syncing = false;
    if (m_revealed && m_selection->current() != 0)
        m_revealed(m_selection->current());
}

} // namespace wb
