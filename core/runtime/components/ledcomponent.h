#pragma once

#include "runtime/component.h"

namespace wb {

// Acks "on" for "1" and "off" for anything else (the seed's grid calls it "blink").
class LedComponent final : public Component
{
    Q_OBJECT
public:
    using Component::Component;

    void setup(const QVariantMap &) override { }
    void loop(const QString &channel, const QString &message, Reply reply) override;
};

} // namespace wb
