#pragma once

#include "runtime/component.h"

#include <QQueue>

namespace wb {

// The seed's printer: acks every line "printed" and keeps it with its sender, in order, the
// last `history` lines (what a view that opens late shows first: lines()). Headless, its log
// line "SENDER: text" is what it prints.
//
// Live state, one per line: {"line": "SENDER: text", "from", "text", "channel", "count"};
// after "clear": {"cleared": true, "count"}. Counts: received.
class ConsoleComponent final : public Component
{
    Q_OBJECT
public:
    struct Line
    {
        QString from;
        QString text;
        QString channel;
    };

    using Component::Component;

    void setup(const QVariantMap &params) override;
    void loop(const QString &channel, const QString &message, Reply reply) override;
    void start() override;
    // "clear" {}: forgets the lines kept (the count of received lines stays).
    bool command(const QString &name, const QVariantMap &args) override;
    QList<QPair<QString, qint64>> counts() const override;

    const QQueue<Line> &lines() const { return m_lines; }

private:
    int m_history = 1000;
    QQueue<Line> m_lines;
    qint64 m_received = 0;
};

} // namespace wb
