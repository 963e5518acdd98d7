#include "runtime/script/scriptcomponent.h"

#include "net/wireprotocol.h"
#include "runtime/script/scriptsession.h"

#include <QCryptographicHash>

namespace wb {

ScriptComponent::ScriptComponent(NodeContext *context, QObject *parent) : Component(context, parent)
{ }

ScriptComponent::~ScriptComponent()
{
    stop();
}

QString ScriptComponent::versionOf(const QString &source)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(source.toUtf8(), QCryptographicHash::Sha1).toHex().left(12));
}

void ScriptComponent::setup(const QVariantMap &params)
{
    QVariantMap own = params;
    const QString source = own.take(QStringLiteral("script")).toString();
    const bool changed = source != m_source || own != m_params;
    m_source = source;
    m_params = own;
    if (!m_running || !changed)
        return;
    // A live edit: the new sketch loads beside the running one, which serves until the new
    // one is ready (or refused: then it just goes on).
    delete m_next;
    m_next = makeSession(m_source);
}

ScriptSession *ScriptComponent::makeSession(const QString &source)
{
    auto *session = new ScriptSession(context(), source, m_params, this);
    session->setFrozen(m_frozen);
    connect(session, &ScriptSession::loaded, this, [this, session] { onLoaded(session); });
    connect(session, &ScriptSession::failed, this,
        [this, session](const ScriptError &error) { onFailed(session, error); });
    connect(session, &ScriptSession::errorReported, this, &ScriptComponent::onErrorReported);
    connect(session, &ScriptSession::logLine, this, [this](const QString &text) {
        if (logging())
            log(text);
    });
    connect(session, &ScriptSession::replied, this, [this](bool error) {
        ++m_acked;
        if (error)
            ++m_errors;
        updateBusy();
    });
    connect(session, &ScriptSession::drained, this, [this, session] {
        if (m_retiring.removeOne(session))
            session->deleteLater();
    });
    return session;
}

void ScriptComponent::start()
{
    stop();
    m_running = true;
    m_error.reset();
    m_runningSource = m_source;
    m_current = makeSession(m_source);
}

void ScriptComponent::stop()
{
    m_running = false;
    delete m_next;
    m_next = nullptr;
    delete m_current;
    m_current = nullptr;
    qDeleteAll(m_retiring);
    m_retiring.clear();
    updateBusy();
}

void ScriptComponent::setFrozen(bool frozen)
{
    m_frozen = frozen;
    for (ScriptSession *session : { m_current, m_next })
        if (session)
            session->setFrozen(frozen);
}

void ScriptComponent::loop(const QString &channel, const QString &message, Reply reply)
{
    ++m_received;
    if (!m_current) {
        ++m_acked;
        ++m_errors;
        reply(wire::errorPrefix() + QStringLiteral("the sketch is not running"));
        return;
    }
    m_current->dispatch(channel, message, std::move(reply));
    updateBusy();
}

bool ScriptComponent::isBusy() const
{
    if (m_current && m_current->pendingCount() > 0)
        return true;
    for (const ScriptSession *session : m_retiring) {
        if (session->pendingCount() > 0)
            return true;
    }
    return false;
}

QList<QPair<QString, qint64>> ScriptComponent::counts() const
{
    return { { QStringLiteral("received"), m_received }, { QStringLiteral("acked"), m_acked },
        { QStringLiteral("errors"), m_errors }, { QStringLiteral("reloads"), m_reloads } };
}

void ScriptComponent::onLoaded(ScriptSession *session)
{
    if (session == m_next) {
        // The reload took: the old sketch's timers stop, what it owes it still answers.
        m_next = nullptr;
        if (m_current) {
            m_current->retire();
            if (m_current->pendingCount() > 0)
                m_retiring << m_current;
            else
                m_current->deleteLater();
        }
        m_current = session;
        m_runningSource = m_source;
        ++m_reloads;
        if (logging())
            log(QStringLiteral("** sketch reloaded (version %1)").arg(versionOf(m_runningSource)));
    } else if (session != m_current) {
        return;
    }
    m_error.reset();
    report();
}

void ScriptComponent::onFailed(ScriptSession *session, const ScriptError &error)
{
    ++m_errors;
    m_error = error;
    if (session == m_next) {
        // A reload that does not load is refused: the running sketch goes on.
        m_next = nullptr;
        session->deleteLater();
        if (logging())
            log(QStringLiteral("** reload refused: ") + error.text());
        report();
        return;
    }
    if (session != m_current) {
        m_retiring.removeOne(session); // a retired sketch that failed owes nothing more
        session->deleteLater();
        return;
    }
    if (logging())
        log(QStringLiteral("** ") + error.text());
    report();
    // Queued: the node stops this component (and deletes the session) in answer, which must
    // not happen inside the session's own signal.
    QMetaObject::invokeMethod(
        this, [this, reason = error.text()] { Q_EMIT failed(reason); }, Qt::QueuedConnection);
}

void ScriptComponent::onErrorReported(const ScriptError &error)
{
    if (error.phase == ScriptError::Phase::Timer)
        ++m_errors; // a loop() error is counted with its ack
    m_error = error;
    if (logging()) {
        log(error.phase == ScriptError::Phase::Timer
                ? QStringLiteral("error in a timer: ") + error.text()
                : QStringLiteral("error in loop(): ") + error.text());
    }
    report();
}

void ScriptComponent::report()
{
    if (!reportingLive())
        return;
    QVariantMap script { { QStringLiteral("error"),
                             m_error ? QVariant(m_error->toMap()) : QVariant() },
        { QStringLiteral("reloads"), m_reloads },
        { QStringLiteral("version"), versionOf(m_runningSource) } };
    Q_EMIT liveState({ { QStringLiteral("script"), script } });
}

} // namespace wb
