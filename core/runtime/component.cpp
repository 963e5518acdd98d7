#include "runtime/component.h"

#include "net/wireprotocol.h"
#include "runtime/components/buzzercomponent.h"
#include "runtime/components/clockcomponent.h"
#include "runtime/components/consolecomponent.h"
#include "runtime/components/iopincomponent.h"
#include "runtime/components/keyboardcomponent.h"
#include "runtime/components/ledcomponent.h"
#include "runtime/components/proxycomponent.h"
#include "runtime/components/queuecomponent.h"
#include "runtime/components/workercomponent.h"
#include "runtime/ring/ringcomponent.h"
#include "runtime/script/scriptcomponent.h"
#include "runtime/timesource.h"
#include "runtime/traffic.h"

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

void Component::updateBusy()
{
    const bool busy = isBusy();
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

qint64 Component::runNowNs() const
{
    const TimeSource *time = m_context->timeSource();
    return time ? time->nowNs() : monotonicNs();
}

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
        return new KeyboardComponent(context, parent);
    case NodeKind::Queue:
        return new QueueComponent(context, parent);
    case NodeKind::Worker:
        return new WorkerComponent(context, parent);
    case NodeKind::Console:
        return new ConsoleComponent(context, parent);
    case NodeKind::Script:
        return new ScriptComponent(context, parent);
    case NodeKind::External:
        break;
    }
    return nullptr;
}

} // namespace wb
