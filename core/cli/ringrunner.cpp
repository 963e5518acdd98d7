#include "cli/ringrunner.h"

#include "cli/headlessrunner.h"
#include "cli/linereader.h"
#include "discovery/meshregistrar.h"
#include "discovery/registryclient.h"
#include "discovery/registryrecord.h"
#include "document/circuit.h"
#include "net/wireprotocol.h"
#include "runtime/meshruntime.h"

#include <QTimer>
#include <unistd.h>
#include <utility>

namespace wb {

namespace {

constexpr NodeId kSelf = 1; // the one node of the circuit
constexpr qsizetype kMaxTextLength = 4096; // characters of a chat text (docs/protocol.md)
constexpr int kMaxContacts = 16; // the join parameter's limit
constexpr int kLookUpMs = 3000; // how often a member alone asks the registry again
constexpr qsizetype kMaxWaiting = 100; // lines typed before the member has joined

// ws://HOST:PORT of a registry record (an IPv6 host in brackets).
QString addressOf(const registry::NodeRecord &record)
{
    const QString host = record.host.contains(u':') && !record.host.startsWith(u'[')
        ? u'[' + record.host + u']'
        : record.host;
    return QStringLiteral("ws://%1:%2").arg(host).arg(record.port);
}

} // namespace

RingRunner::RingRunner(const RingCommand &command, FILE *out, FILE *err, QObject *parent)
    : QObject(parent)
    , m_command(command)
    , m_runner(new HeadlessRunner(command.node, out, err, this))
{
    connect(m_runner, &HeadlessRunner::finished, this, &RingRunner::finished);
    // A chat, not a server's diary: the connections that come and go are left out.
    m_runner->setLogFilter([](const QString &text) {
        return !text.startsWith(QLatin1String("** new client connected"))
            && !text.startsWith(QLatin1String("done processing messages"));
    });
    m_runner->setInterruptHandler([this] {
        m_runner->printOut(QStringLiteral("interrupted, leaving the ring"));
        leaveThenFinish(exitcode::kOk);
    });
    connect(m_runner->runtime(), &MeshRuntime::liveState, this,
        [this](NodeId id, const QVariantMap &state) {
            if (id == kSelf)
                onLiveState(state);
        });

    m_contactsKnown = command.node.registry.isEmpty();
    if (MeshRegistrar *registrar = m_runner->registrar()) {
        connect(registrar, &MeshRegistrar::registrationChanged, this,
            [this](NodeId id, const registry::NodeRecord &, NodeRegistration::State state,
                const QString &) {
                if (id == kSelf && state == NodeRegistration::State::Registered)
                    lookUpContacts();
            });
        m_lookUp = new QTimer(this);
        m_lookUp->setInterval(kLookUpMs);
        connect(m_lookUp, &QTimer::timeout, this, [this] {
            if (!joined())
                lookUpContacts();
        });
    }

    if (command.untilDone) {
        QTimer::singleShot(command.timeoutMs, this, [this] {
            if (m_leaving)
                return;
            m_runner->printErr(QStringLiteral("ring: \"%1\" did not come back within %2 s")
                                   .arg(m_command.say.left(80))
                                   .arg(m_command.timeoutMs / 1000.0));
            leaveThenFinish(exitcode::kUnacknowledged);
        });
    } else {
        // UTF-8 takes at most 4 bytes a character; sayLine() counts the characters.
        auto *input = new LineReader(STDIN_FILENO, kMaxTextLength * 4, this);
        connect(input, &LineReader::line, this, [this](const QString &text) { sayLine(text); });
        connect(input, &LineReader::tooLong, this, [this](qsizetype bytes) {
            m_runner->printErr(
                QStringLiteral("a line of more than %1 bytes is not said: a chat text has at "
                               "most %2 characters")
                    .arg(bytes)
                    .arg(kMaxTextLength));
        });
    }
}

void RingRunner::start()
{
    const NodeSpec *self = m_runner->circuit()->node(kSelf);
    if (self && m_command.node.advertise.isEmpty() && wire::connectHost(self->host) != self->host) {
        m_runner->printErr(QStringLiteral("warning: listening on %1 without --advertise, this "
                                          "member calls itself ws://%2:PORT, which other "
                                          "machines cannot reach; give --advertise HOST (or "
                                          "--listen with this machine's address)")
                               .arg(self->host, wire::connectHost(self->host)));
    }
    m_runner->start();
    if (m_lookUp)
        m_lookUp->start();
    QTimer::singleShot(0, this, &RingRunner::trySay);
}

void RingRunner::onLiveState(const QVariantMap &state)
{
    if (const auto ring = state.constFind(QStringLiteral("ring")); ring != state.cend()) {
        m_ring = ring->toMap();
        if (!m_everJoined && joined()) {
            m_everJoined = true;
            sayWaiting();
        }
        trySay();
    }
    const auto chat = state.constFind(QStringLiteral("chat"));
    if (chat == state.cend() || !m_said)
        return;
    const QVariantMap event = chat->toMap();
    const QString type = event.value(QStringLiteral("event")).toString();
    const QString id = event.value(QStringLiteral("id")).toString();
    if (type == QLatin1String("said") && m_sayId.isEmpty()
        && event.value(QStringLiteral("text")).toString() == m_command.say) {
        m_sayId = id;
    } else if (type == QLatin1String("returned") && !m_sayId.isEmpty() && id == m_sayId
        && m_command.untilDone) {
        leaveThenFinish(exitcode::kOk);
    }
}

void RingRunner::lookUpContacts()
{
    RegistryClient *client = m_runner->registry();
    if (!client || m_leaving)
        return;
    client->range(this, registry::keyPrefix(), [this](const RegistryClient::RangeResult &result) {
        if (!result.error.isEmpty()) {
            m_runner->printErr(
                result.error + QStringLiteral("; the member asks the registry again"));
            return;
        }
        const NodeSpec *self = m_runner->circuit()->node(kSelf);
        QStringList contacts;
        for (const RegistryClient::KeyValue &kv : result.values) {
            const auto record = registry::fromJson(kv.value);
            if (!record || record->kind != kinds::name(NodeKind::Ring) || !self
                || record->name == self->name || contacts.size() >= kMaxContacts) {
                continue;
            }
            contacts << addressOf(*record);
        }
        m_contactsKnown = true;
        const QString join = contacts.join(u',');
        if (join != m_contacts) {
            m_contacts = join;
            if (!join.isEmpty()) {
                m_runner->printOut(QStringLiteral("ring members in the registry: %1")
                                       .arg(contacts.join(QStringLiteral(", "))));
            }
            m_runner->circuit()->setParam(kSelf, QStringLiteral("join"), join);
        }
        if (!hasContacts())
            sayWaiting(); // the first member: a ring of its own
        trySay();
    });
}

bool RingRunner::hasContacts() const
{
    const NodeSpec *self = m_runner->circuit()->node(kSelf);
    return self && !self->params.value(QStringLiteral("join")).toString().isEmpty();
}

bool RingRunner::joined() const
{
    const QString self = m_ring.value(QStringLiteral("self")).toString();
    const QStringList successors = m_ring.value(QStringLiteral("successors")).toStringList();
    const QString predecessor = m_ring.value(QStringLiteral("predecessor")).toString();
    // The predecessor has told us we are its successor: what we say comes round to us.
    return !self.isEmpty() && !successors.isEmpty() && successors.first() != self
        && !predecessor.isEmpty() && predecessor != self;
}

void RingRunner::trySay()
{
    if (m_command.say.isEmpty() || m_said || m_leaving || !m_contactsKnown)
        return;
    if (hasContacts() && !joined())
        return;
    m_said = true; // before the command: alone, the text comes back within it
    if (!m_runner->runtime()->command(
            kSelf, QStringLiteral("say"), { { QStringLiteral("text"), m_command.say } })) {
        m_said = false; // not running yet: the next change of the ring's view tries again
    }
}

void RingRunner::sayWaiting()
{
    for (const QString &text : std::exchange(m_waiting, {}))
        sayLine(text, true);
}

void RingRunner::sayLine(const QString &text, bool now)
{
    if (text.trimmed().isEmpty() || m_leaving)
        return;
    // Said alone, a line would come back at once instead of going round the ring it is
    // joining: it waits until the member has joined.
    if (!now && !m_everJoined && (hasContacts() || !m_contactsKnown)) {
        if (m_waiting.size() >= kMaxWaiting) {
            m_runner->printErr(QStringLiteral("not joined yet: a line is not said (%1 wait)")
                                   .arg(m_waiting.size()));
            return;
        }
        if (m_waiting.isEmpty())
            m_runner->printOut(QStringLiteral("not joined yet: what you type is said once "
                                              "the member has joined"));
        m_waiting << text;
        return;
    }
    if (text.size() > kMaxTextLength) {
        m_runner->printErr(QStringLiteral("a line of %1 characters is not said: at most %2")
                               .arg(text.size())
                               .arg(kMaxTextLength));
        return;
    }
    if (!m_runner->runtime()->command(
            kSelf, QStringLiteral("say"), { { QStringLiteral("text"), text } }))
        m_runner->printErr(QStringLiteral("the member is not running: the line is not said"));
}

// Stopping the member is leaving: its farewell tells its neighbours (at most
// Component::kFarewellMs) before the run ends.
void RingRunner::leaveThenFinish(int exitCode)
{
    if (m_leaving)
        return;
    m_leaving = true;
    m_runner->finish(exitCode);
}

} // namespace wb
