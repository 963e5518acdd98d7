#pragma once

#include "document/circuitformat.h"

#include <QHash>
#include <QPointF>

class QMimeData;

namespace wb {
class Circuit;
}

// Copied nodes travel as a circuit document (circuitformat), so that a copy can be pasted into
// another window or a text editor and back.
namespace wb::canvasclipboard {

QString mimeType(); // application/x-wirebench-circuit; the same JSON goes as text too

// The nodes `ids` with the wires among them, at `positions` where given.
QMimeData *mimeData(const Circuit &circuit, const QList<NodeId> &ids,
                    const QHash<NodeId, QPointF> &positions);
// The nodes and wires in `data`; empty when it holds no circuit.
circuitformat::Document contents(const QMimeData *data);

} // namespace wb::canvasclipboard
