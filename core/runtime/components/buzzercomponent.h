#pragma once

#include "runtime/component.h"

namespace wb {

// Acks its sound for "1" and "..." for anything else.
class BuzzerComponent final : public Component
{
    Q_OBJECT
public:
    using Component::Component;

    void setup(const QVariantMap &params) override;
    void loop(const QString &channel, const QString &message, Reply reply) override;

private:
    QString m_sound = QStringLiteral("buzz buzz buzz");
};

} // namespace wb
