#include "runtime/nodestate.h"

namespace wb {

QString nodeStateName(NodeState state)
{
    switch (state) {
    case NodeState::Stopped:
        return QStringLiteral("stopped");
    case NodeState::Listening:
        return QStringLiteral("listening");
    case NodeState::Running:
        return QStringLiteral("running");
    case NodeState::Error:
        return QStringLiteral("error");
    }
    return {};
}

QString nodeFaultName(NodeFault fault)
{
    switch (fault) {
    case NodeFault::None:
        return QStringLiteral("none");
    case NodeFault::Crashed:
        return QStringLiteral("crashed");
    case NodeFault::Hung:
        return QStringLiteral("hung");
    }
    return {};
}

} // namespace wb
