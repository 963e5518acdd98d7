#include "keyboardinput.h"

#include "document/circuit.h"
#include "runtime/meshruntime.h"

#include <QObject>

namespace wb::keyboardinput {

QString whyNot(const MeshRuntime *runtime, const Circuit *circuit, NodeId id)
{
    const NodeSpec *spec = circuit->node(id);
    if (!spec || spec->kind != NodeKind::Keyboard)
        return QObject::tr("There is no keyboard to type at: place one from the Components.");
    switch (runtime->fault(id)) {
    case NodeFault::Crashed:
        return QObject::tr("%1 has crashed: restart it (its menu on the canvas) to type there.")
            .arg(spec->name);
    case NodeFault::Hung:
        return QObject::tr("%1 hangs: wake it up (its menu on the canvas) to type there.")
            .arg(spec->name);
    case NodeFault::None:
        break;
    }
    switch (runtime->state(id)) {
    case NodeState::Stopped:
        return QObject::tr("%1 does not run: Run (F5) starts the circuit, or Start in its "
                           "inspector.")
            .arg(spec->name);
    case NodeState::Error:
        return QObject::tr("%1 could not start: %2").arg(spec->name, runtime->errorString(id));
    case NodeState::Listening:
    case NodeState::Running:
        break;
    }
    return {};
}

bool hasLine(const QString &text)
{
    const QStringList lines = text.split(u'\n');
    for (const QString &line : lines) {
        if (!line.isEmpty())
            return true;
    }
    return false;
}

QString type(MeshRuntime *runtime, const Circuit *circuit, NodeId id, const QString &text)
{
    if (!hasLine(text))
        return {}; // nothing to send: nothing to complain about either
    if (QString error = whyNot(runtime, circuit, id); !error.isEmpty())
        return error;
    if (text.size() > kMaxText)
        return QObject::tr("At most %L1 characters at once; this text has %L2.")
            .arg(kMaxText)
            .arg(text.size());
    if (!runtime->command(id, QStringLiteral("type"), { { QStringLiteral("text"), text } }))
        return QObject::tr("%1 did not take the line: 100,000 lines wait there already.")
            .arg(circuit->node(id)->name);
    return {};
}

} // namespace wb::keyboardinput
