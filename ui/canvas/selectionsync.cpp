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
    const auto ordered = [](const QList<int> &before, const QList<int> &selected) {
        QList<int> ids;
        for (int id : before) {
            if (selected.contains(id))
                ids << id;
        }
        for (int id : selected) {
            if (!ids.contains(id))
                ids << id;
        }
        return ids;
    };
    m_syncing = true;
    m_selection->set(ordered(m_selection->ids(), m_scene->selectedNodeIds()),
        ordered(m_selection->wireIds(), m_scene->selectedWireIds()));
    m_syncing = false;
}

void SelectionSync::pull()
{
    if (m_syncing)
        return;
    m_syncing = true;
    m_scene->selectNodes(m_selection->ids(), m_selection->wireIds());
    m_syncing = false;
    if (m_revealed && m_selection->current() != 0)
        m_revealed(m_selection->current());
}

} // namespace wb
