#pragma once

#include "document/nodespec.h"

#include <QObject>
#include <functional>

namespace wb {

class CircuitScene;
class NodeSelection;

// Keeps the scene's selected node and wire items and the shared NodeSelection the same, both
// ways, without echoing a change back to where it came from.
class SelectionSync final : public QObject
{
    Q_OBJECT
public:
    // `revealed` is called with the current node when the selection changed elsewhere.
    SelectionSync(CircuitScene *scene, NodeSelection *selection,
                  std::function<void(NodeId)> revealed, QObject *parent = nullptr);

private:
    void push();
    void pull();

    CircuitScene *m_scene;
    NodeSelection *m_selection;
    std::function<void(NodeId)> m_revealed;
    bool m_syncing = false;
};

} // namespace wb
