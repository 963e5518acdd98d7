#pragma once

#include "runtime/component.h"

namespace wb {

// The seed's printer: acks every line "printed" and reports it with its sender, in order.
// Headless, its log line "SENDER: text" is what it prints; views keep the last `history`
// lines of its live states themselves.
//
// Live state, one per line: {"line": "SENDER: text", "from", "text", "channel", "count"
// (lines received so far)}; after "clear": {"cleared": true, "count"}. Counts: received.
class ConsoleComponent final : public Component
{
    Q_OBJECT
public:
    using Component::Component;

    void setup(const QVariantMap &) override { }
    void loop(const QString &channel, const QString &message, Reply reply) override;
    void start() override { m_received = 0; }
    // "clear" {}: views forget the lines they show (the count of lines received stays).
    bool command(const QString &name, const QVariantMap &args) override;
    QList<QPair<QString, qint64>> counts() const override;

private:
    qint64 m_received = 0;
};

} // namespace wb
