#pragma once

#include "runtime/component.h"
#include "runtime/script/scripterror.h"

#include <QList>
#include <QPointer>

namespace wb {

class ScriptSession;

// A node whose behaviour is a JavaScript sketch (the `script` parameter): setup(params) when
// it starts, loop(channel, message) per message, its return value the ack (docs/scripts.md).
// The sketch runs in a ScriptSession (an engine in a thread of its own); an edit of the
// parameters while the node runs loads the sketch again in place (a hot reload): the node
// keeps its server, connections and counts. Live state: {"script": {"error", "reloads",
// "version"}}.
class ScriptComponent final : public Component
{
    Q_OBJECT
public:
    explicit ScriptComponent(NodeContext *context, QObject *parent = nullptr);
    ~ScriptComponent() override;

    void setup(const QVariantMap &params) override;
    void loop(const QString &channel, const QString &message, Reply reply) override;
    void start() override;
    void stop() override;
    void setFrozen(bool frozen) override;
    QList<QPair<QString, qint64>> counts() const override;
    bool isBusy() const override;

    // The first 12 hex digits of the SHA-1 of `source`: the live state's "version".
    static QString versionOf(const QString &source);

private:
    ScriptSession *makeSession(const QString &source);
    void onLoaded(ScriptSession *session);
    void onFailed(ScriptSession *session, const ScriptError &error);
    void onErrorReported(const ScriptError &error);
    void dropSession(ScriptSession *session);
    void report();

    QString m_source;
    QVariantMap m_params; // the sketch's own: every parameter but `script`
    bool m_running = false;
    bool m_frozen = false;
    ScriptSession *m_current = nullptr;
    ScriptSession *m_next = nullptr; // a reload loading: the current one serves meanwhile
    QList<ScriptSession *> m_retiring;
    QString m_runningSource; // what m_current runs
    std::optional<ScriptError> m_error; // the last one, for the live state
    qint64 m_received = 0;
    qint64 m_acked = 0;
    qint64 m_errors = 0;
    qint64 m_reloads = 0;
};

} // namespace wb
