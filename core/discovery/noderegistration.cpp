#include "discovery/noderegistration.h"

#include "discovery/registryclient.h"

#include <QPointer>

namespace wb {

NodeRegistration::NodeRegistration(
    RegistryClient *client, const registry::NodeRecord &record, int ttlSeconds, QObject *parent)
    : QObject(parent), m_client(client), m_record(record), m_ttlSeconds(ttlSeconds)
{
    qRegisterMetaType<wb::NodeRegistration::State>();
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &NodeRegistration::registerNow);
    // Three keep-alives per TTL: one lost request does not lose the lease.
    m_keepAlive.setInterval(std::max(500, ttlSeconds * 1000 / 3));
    connect(&m_keepAlive, &QTimer::timeout, this, &NodeRegistration::keepAlive);
}

void NodeRegistration::start()
{
    if (m_state != State::Idle)
        return;
    m_backoff.reset();
    registerNow();
}

void NodeRegistration::stop(std::function<void()> done)
{
    ++m_generation;
    m_retry.stop();
    m_keepAlive.stop();
    const qint64 lease = std::exchange(m_lease, 0);
    setState(State::Idle);
    if (lease == 0) {
        if (done)
            done();
        return;
    }
    // The client, not this, guards the answer: `done` comes even if we are deleted meanwhile.
    m_client->revokeLease(m_client, lease, [done](const QString &) {
        if (done)
            done();
    });
}

void NodeRegistration::registerNow()
{
    const quint64 generation = ++m_generation;
    setState(State::Registering, m_message);
    if (generation != m_generation)
        return; // stopped by a receiver of that signal
    m_client->grantLease(
        this, m_ttlSeconds, [this, generation](const RegistryClient::LeaseResult &lease) {
            if (generation != m_generation)
                return;
            if (!lease.error.isEmpty()) {
                retryLater(State::Unreachable, lease.error);
                return;
            }
            m_lease = lease.id;
            write(0);
        });
}

void NodeRegistration::write(qint64 expectedModRevision)
{
    const quint64 generation = m_generation;
    m_client->putIf(this, registry::keyFor(m_record.name), registry::toJson(m_record), m_lease,
        expectedModRevision,
        [this, generation, expectedModRevision](const RegistryClient::PutResult &put) {
            if (generation != m_generation)
                return;
            if (!put.error.isEmpty()) {
                retryLater(State::Unreachable, put.error);
                return;
            }
            if (put.written) {
                m_backoff.reset();
                m_sinceAlive.start();
                m_keepAlive.start();
                setState(State::Registered);
                return;
            }
            const auto holder = put.holder ? registry::fromJson(put.holder->value) : std::nullopt;
            // Our own address: we hold that port now, so whoever wrote it is gone (a run of this
            // node that was killed before its lease ran out). Anything else is another live node.
            if (holder && holder->host == m_record.host && holder->port == m_record.port
                && expectedModRevision == 0 && put.holder->modRevision != 0) {
                write(put.holder->modRevision);
                return;
            }
            const QString where = holder ? registry::describe(*holder) : tr("another node");
            // The lease would keep nothing alive: give it back rather than let it run out.
            m_client->revokeLease(this, std::exchange(m_lease, 0), [](const QString &) {});
            retryLater(State::Refused,
                tr("the name \"%1\" is taken: %2 holds it in the registry; choose another name")
                    .arg(m_record.name, where));
        });
}

void NodeRegistration::keepAlive()
{
    const quint64 generation = m_generation;
    m_client->keepAlive(
        this, m_lease, [this, generation](const RegistryClient::LeaseResult &lease) {
            if (generation != m_generation)
                return;
            if (!lease.error.isEmpty()) {
                // The lease may well survive a short outage: keep trying it at the same pace until
                // it would have run out, then register anew, with backoff.
                if (m_sinceAlive.hasExpired(qint64(m_ttlSeconds) * 1000))
                    retryLater(State::Unreachable, lease.error);
                else
                    setState(State::Unreachable, lease.error);
                return;
            }
            m_sinceAlive.start();
            if (lease.ttl <= 0) {
                // Expired or revoked while we could not reach the registry: register again.
                m_keepAlive.stop();
                m_lease = 0;
                registerNow();
                return;
            }
            if (m_state != State::Registered)
                setState(State::Registered);
        });
}

void NodeRegistration::retryLater(State state, const QString &message)
{
    m_keepAlive.stop();
    m_retry.start(m_backoff.next());
    setState(state, message); // last: a receiver may stop us
}

void NodeRegistration::setState(State state, const QString &message)
{
    if (state == m_state && message == m_message)
        return;
    m_state = state;
    m_message = message;
    Q_EMIT stateChanged(state, message);
}

} // namespace wb
