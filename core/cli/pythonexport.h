#pragma once

#include "document/nodespec.h"

#include <QString>

namespace wb {
class Circuit;
}

// "Export as Python" (docs/python-export.md): a node of a circuit as a seed-style sketch for
// asyncio and websockets, the bridge back to the seed's language.
namespace wb::pythonexport {

struct Result
{
    bool ok = false;
    QString source;
    QString error; // what and where
};

// The node as a seed-style asyncio + websockets sketch (python3-websockets as Debian ships it):
// its server on the node's host and port, setup()/loop(), its targets as ws:// URLs of the
// circuit, runnable as `python3 FILE` against the workbench with nothing changed.
Result exportNode(const Circuit &circuit, NodeId id);

// A node name as a Python class name: "iopin" -> "Iopin", "my-relay.2" -> "MyRelay2".
QString className(const QString &nodeName);

} // namespace wb::pythonexport
