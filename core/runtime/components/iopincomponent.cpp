#include "runtime/components/iopincomponent.h"

#include "net/wireprotocol.h"

#include <QVariantList>

namespace wb {

IoPinComponent::IoPinComponent(NodeContext *context, QObject *parent)
    : Component(context, parent), m_random(QRandomGenerator::securelySeeded())
{ }

void IoPinComponent::setup(const QVariantMap &params)
{
    m_chance = params.value(QStringLiteral("chance"), 0.6).toDouble();
    m_sequence = int(params.value(QStringLiteral("sequence"), 3).toLongLong());
    std::optional<quint32> seed;
    if (params.contains(QStringLiteral("seed")))
        seed = quint32(params.value(QStringLiteral("seed")).toLongLong());
    // Reseed only when the seed itself changes, so that editing another parameter mid-run does
    // not restart the sequence.
    if (seed != m_seed) {
        m_seed = seed;
        m_random = seed ? QRandomGenerator(*seed) : QRandomGenerator::securelySeeded();
    }
}

void IoPinComponent::loop(const QString &channel, const QString &message, Reply reply)
{
    if (logging())
        log(u"new tick triggered on " + channel + u": " + message);
    QList<int> bits;
    QStringList items;
    items.reserve(m_sequence);
    for (int i = 0; i < m_sequence; ++i) {
        const int bit = m_random.generateDouble() < m_chance ? 0 : 1;
        bits << bit;
        items << (bit ? QStringLiteral("1") : QStringLiteral("0"));
    }
    if (logging())
        log(QStringLiteral("toggling pin state: ") + wire::bitsText(bits));
    if (reportingLive()) {
        QVariantList states;
        for (int bit : std::as_const(bits))
            states << bit;
        Q_EMIT liveState({ { QStringLiteral("bits"), states } });
    }
    if (context()->targetCount() == 0) {
        reply(QStringLiteral("acknowledged"));
        return;
    }
    context()->streamToTargets(items, context()->nodeName(),
        [reply = std::move(reply)](const NodeContext::StreamResult &result) {
            reply(result.ok ? QStringLiteral("acknowledged") : wire::errorPrefix() + result.error);
        });
}

} // namespace wb
