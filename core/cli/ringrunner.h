#pragma once

#include "cli/ringcommand.h"

#include <QObject>
#include <QStringList>
#include <QVariantMap>
#include <cstdio>

class QTimer;

namespace wb {

class HeadlessRunner;

// Runs `wirebench-node ring`: a HeadlessRunner with one ring node, which prints the member's
// log (every chat line, every failure it notices) and registers it with --registry. On top of
// that: the lines of standard input are said, --say is said once the member has joined, with
// --until-done the run ends when it came back (or at the timeout), and SIGINT/SIGTERM leave
// the ring (the neighbours are told) before the process ends.
class RingRunner final : public QObject
{
    Q_OBJECT
public:
    RingRunner(const RingCommand &command, FILE *out, FILE *err, QObject *parent = nullptr);

    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void onLiveState(const QVariantMap &state);
    void onRegistered();
    void lookUpContacts();
    // now: even before the member has joined
    void sayLine(const QString &text, bool now = false);
    void sayWaiting();
    void trySay();
    void leaveThenFinish(int exitCode);
    bool joined() const;
    bool hasContacts() const; // --join, or members found in the registry

    RingCommand m_command;
    HeadlessRunner *m_runner;
    QTimer *m_lookUp = nullptr; // with --registry: asks again while the member is alone
    QVariantMap m_ring; // the member's last view of the ring (liveState "ring")
    QString m_contacts; // the join parameter the registry gave
    bool m_contactsKnown = false; // no registry, or it has been asked once
    bool m_said = false; // --say was said
    QString m_sayId; // its chat id, from the "said" event
    bool m_everJoined = false;
    QStringList m_waiting; // lines typed before the member joined
    bool m_leaving = false;
};

} // namespace wb
