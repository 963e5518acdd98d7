#pragma once

#include "runtime/component.h"

#include <QQueue>

namespace wb {

// The seed's reader: lines a person types (the "type" command; standard input headless) become
// messages to every target on channel "keyboard", stop-and-wait: a line leaves only when every
// target has answered the one before, so a queue that holds its ack holds the keyboard back.
// Lines typed meanwhile wait here, in order (at most kMaxWaiting). After "end" (no more input)
// it emits finished() once every line typed before has been answered.
//
// Live state: {"waiting": int, "sent": int, "last": text, "lastAck": text}.
// Log: "> line" when a line leaves, "< ack" for each answer, the failure when one fails.
// Counts: typed, sent, acked, failed (an error ack counts as failed, as for the clock).
class KeyboardComponent final : public Component
{
    Q_OBJECT
public:
    static constexpr qsizetype kMaxWaiting = 100000;

    explicit KeyboardComponent(NodeContext *context, QObject *parent = nullptr);

    static QString channel() { return QStringLiteral("keyboard"); }

    void setup(const QVariantMap &) override { }
    void start() override;
    void stop() override;
    bool isFinite() const override { return m_ended; }
    // "type" {"text": ...}: its lines (split on \n, a trailing \r cut, empty ones skipped) are
    // typed; false when more than kMaxWaiting would wait, or after "end".
    // "end" {}: no more input.
    bool command(const QString &name, const QVariantMap &args) override;
    QList<QPair<QString, qint64>> counts() const override;
    bool isBusy() const override { return m_inFlight || !m_waiting.isEmpty(); }

private:
    void sendNext();
    void onAnswered(const NodeContext::StreamResult &result);
    void finishIfDone();
    void report();

    QQueue<QString> m_waiting;
    QString m_last;
    QString m_lastAck;
    bool m_running = false;
    bool m_inFlight = false;
    bool m_sending = false; // inside streamToTargets(): an answer now is synchronous
    bool m_ended = false;
    bool m_finished = false;
    quint64 m_generation = 0; // ignores answers to lines sent before a stop
    qint64 m_typed = 0;
    qint64 m_sent = 0;
    qint64 m_acked = 0;
    qint64 m_failed = 0;
};

} // namespace wb
