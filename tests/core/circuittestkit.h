#pragma once

// Circuit values for tests.

#include "document/nodespec.h"

namespace wbtest {

// A node of `kind` with the kind's default parameters.
inline wb::NodeSpec nodeSpec(
    const QString &name, wb::NodeKind kind, quint16 port = 0, wb::NodeId id = 0)
{
    wb::NodeSpec spec;
    spec.id = id;
    spec.name = name;
    spec.kind = kind;
    spec.port = port;
    spec.params = wb::kinds::defaultParams(kind);
    return spec;
}

} // namespace wbtest
