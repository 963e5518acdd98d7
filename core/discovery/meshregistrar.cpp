#include "discovery/meshregistrar.h"

#include "discovery/registryclient.h"
#include "runtime/meshruntime.h"

#include <QHostAddress>
#include <QHostInfo>
#include <QPointer>
#include <memory>

namespace wb {

MeshRegistrar::MeshRegistrar(RegistryClient *client, MeshRuntime *runtime, QObject *parent)
    : QObject(parent), m_client(client), m_runtime(runtime)
{
    connect(m_runtime, &MeshRuntime::nodeStateChanged, this, &MeshRegistrar::follow);
    connect(m_runtime->circuit(), &Circuit::nodeAboutToBeRemoved, this, &MeshRegistrar::withdraw);
    connect(m_runtime->circuit(), &Circuit::nodeChanged, this, [this](NodeId id, NodeField field) {
        if (field == NodeField::Name || field == NodeField::Host || field == NodeField::Port)
            follow(id);
    });
}

QString MeshRegistrar::advertisedHost(const QString &listenHost, const QString &advertise)
{
    if (!advertise.isEmpty())
        return advertise;
    if (listenHost.isEmpty() || listenHost == QLatin1String("0.0.0.0")
        || listenHost == QLatin1String("::") || listenHost == QLatin1String("[::]")) {
        return QHostInfo::localHostName();
    }
    return listenHost;
}

bool MeshRegistrar::isLoopback(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    QString text = host;
    if (text.startsWith(u'[') && text.endsWith(u']'))
        text = text.mid(1, text.size() - 2);
    const QHostAddress address(text);
    return !address.isNull() && address.isLoopback();
}

void MeshRegistrar::start()
{
    m_running = true;
    const QList<NodeId> ids = m_runtime->circuit()->nodeIds();
    for (NodeId id : ids)
        follow(id);
}

void MeshRegistrar::stop(std::function<void()> done)
{
    m_running = false;
    auto left = std::make_shared<int>(int(m_registrations.size()) + 1);
    const auto one = [left, done] {
        if (--*left == 0 && done)
            done();
    };
    const auto registrations = std::exchange(m_registrations, {});
    for (NodeRegistration *registration : registrations) {
        registration->disconnect(this);
        registration->stop([guard = QPointer<NodeRegistration>(registration), one] {
            if (guard)
                guard->deleteLater();
            one();
        });
    }
    one();
}

NodeRegistration::State MeshRegistrar::state(NodeId id) const
{
    const NodeRegistration *registration = m_registrations.value(id);
    return registration ? registration->state() : NodeRegistration::State::Idle;
}

void MeshRegistrar::follow(NodeId id)
{
    const NodeSpec *spec = m_runtime->circuit()->node(id);
    const NodeState state = m_runtime->state(id);
    const quint16 port = m_runtime->listeningPort(id);
    if (!m_running || !spec || !kinds::isLocal(spec->kind) || !kinds::hasServer(spec->kind)
        || port == 0 || (state != NodeState::Listening && state != NodeState::Running)) {
        withdraw(id);
        return;
    }
    registry::NodeRecord record;
    record.name = spec->name;
    record.kind = kinds::name(spec->kind);
    record.host = advertisedHost(spec->host, m_advertise);
    record.port = port;
    record.version = QStringLiteral(WIREBENCH_VERSION);
    if (const NodeRegistration *current = m_registrations.value(id)) {
        if (current->record() == record)
            return;
        withdraw(id);
    }
    auto *registration = new NodeRegistration(m_client, record, m_ttlSeconds, this);
    registration->setBackoff(m_backoff);
    connect(registration, &NodeRegistration::stateChanged, this,
        [this, id, registration](NodeRegistration::State s, const QString &message) {
            Q_EMIT registrationChanged(id, registration->record(), s, message);
        });
    m_registrations.insert(id, registration);
    registration->start();
}

void MeshRegistrar::withdraw(NodeId id)
{
    NodeRegistration *registration = m_registrations.take(id);
    if (!registration)
        return;
    registration->disconnect(this);
    registration->stop([guard = QPointer<NodeRegistration>(registration)] {
        if (guard)
            guard->deleteLater();
    });
}

} // namespace wb
