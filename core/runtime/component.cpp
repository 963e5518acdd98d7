#include "runtime/component.h"

#include "net/wireprotocol.h"
#include "runtime/components/buzzercomponent.h"
#include "runtime/components/clockcomponent.h"
#include "runtime/components/iopincomponent.h"
#include "runtime/components/ledcomponent.h"
#include "runtime/components/proxycomponent.h"
#include "runtime/ring/ringcomponent.h"

namespace wb {

void ComponentReply::refuse(const QString &reason) const
{
    if (m_refuse)
        m_refuse(reason);
    else
        (*this)(wire::errorPrefix() + reason);
}

Component::Component(NodeContext *context, QObject *parent) : QObject(parent), m_context(context)
{ }

void Component::loop(const QString &, const QString &, Reply reply)
{
    reply({});
}

Component *Component::create(NodeKind kind, NodeContext *context, QObject *parent)
{
    switch (kind) {
    case NodeKind::Clock:
        return new ClockComponent(context, parent);
    case NodeKind::IoPin:
        return new IoPinComponent(context, parent);
    case NodeKind::Buzzer:
        return new BuzzerComponent(context, parent);
    case NodeKind::Led:
        return new LedComponent(context, parent);
    case NodeKind::Proxy:
        return new ProxyComponent(context, parent);
    case NodeKind::Ring:
        return new RingComponent(context, parent);
    case NodeKind::Keyboard:
    case NodeKind::Queue:
    case NodeKind::Worker:
    case NodeKind::Console:
    case NodeKind::External:
        break;
    }
    return nullptr;
}

} // namespace wb
