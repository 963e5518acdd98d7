#pragma once

#include "runtime/component.h"

#include <QRandomGenerator>

namespace wb {

// On each message draws `sequence` bits, 0 with probability `chance`, else 1; streams them one
// by one to its targets, then acks "acknowledged" (or an error ack naming the failure).
class IoPinComponent final : public Component
{
    Q_OBJECT
public:
    explicit IoPinComponent(NodeContext *context, QObject *parent = nullptr);

    void setup(const QVariantMap &params) override;
    void loop(const QString &channel, const QString &message, Reply reply) override;

private:
    double m_chance = 0.6;
    int m_sequence = 3;
    std::optional<quint32> m_seed;
    QRandomGenerator m_random;
};

} // namespace wb
