#pragma once

#include <QMetaType>
#include <QString>

namespace wb {

enum class NodeState { Stopped, Listening, Running, Error };
QString nodeStateName(NodeState state);

// A fault injected into a running node (docs/delivery.md): crashed (its connections cut
// without close frames, its component stopped, until it is started again) or hung (everything
// open, nothing answered, until it wakes).
enum class NodeFault { None, Crashed, Hung };
QString nodeFaultName(NodeFault fault);

} // namespace wb

Q_DECLARE_METATYPE(wb::NodeState)
Q_DECLARE_METATYPE(wb::NodeFault)
