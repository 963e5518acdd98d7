#pragma once

#include "runtime/addresslinks.h"
#include "runtime/component.h"
#include "runtime/deliverycontroller.h"
#include "runtime/endpoint.h"
#include "runtime/link.h"
#include "runtime/nodestate.h"
#include "runtime/nodetraffic.h"
#include "runtime/traffic.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <functional>
#include <memory>
#include <optional>

namespace wb {

class Circuit;
class DeliveryController;

// A node of the circuit that runs in this process: its component, its server endpoint and the
// links (one per target and channel) it sends through. It reads its spec from the circuit by
// id, so an edit of the document is what it runs.
class LocalNode final : public QObject, private NodeContext
{
    Q_OBJECT
public:
    // Where a target listens: ws://host:port/channel, or nullopt when it has no address.
    using Resolver = std::function<std::optional<QUrl>(NodeId target, const QString &channel)>;
    // Where the node's log lines go while reporting is on (a call, not a signal: a flat-out
    // pipeline logs a dozen lines per tick, and the runtime is the only reader).
    using LogSink = std::function<void(NodeId id, const QString &text, qint64 timeNs)>;

    // Every message and ack of the node passes `gate`, its runtime's (never nullptr).
    LocalNode(const Circuit *circuit, NodeId id, DeliveryController *gate, Resolver resolver,
        LogSink logSink, QObject *parent = nullptr);
    ~LocalNode() override;

    NodeId id() const { return m_id; }
    NodeState state() const { return m_state; }
    QString errorString() const { return m_error; }
    quint16 listeningPort() const { return m_endpoint ? m_endpoint->port() : 0; }
    bool isStarted() const { return m_started; }
    int connectionCount() const;

    void start();
    // A component with something to say before it goes (a ring member leaving) says it
    // first: the node stops once it is done, within Component::kFarewellMs (state Stopped,
    // isStarted() false, from then on). Every other node stops at once.
    void stop();
    bool isStopping() const { return m_stopping; }
    NodeFault fault() const { return m_fault; }
    void crash();
    void hang();
    void wake();
    // Hands a person's request to the running component (Component::command).
    bool command(const QString &name, const QVariantMap &args);
    // The component's named counts (Component::counts()), and whether it has work in hand.
    QList<QPair<QString, qint64>> counts() const { return m_component->counts(); }
    bool isBusy() const { return m_component->isBusy(); }
    // Applies the circuit's current parameters to the running component.
    void reloadParams();
    // The sender's end of `wire` follows its edited settings (ack timeout, retries).
    void applyWireSettings(const Wire &wire);
    // A wire from this node was added: the component may have a target now.
    void targetsChanged()
    {
        if (m_started)
            m_component->targetsChanged();
    }
    // Forgets connections to a target (its address changed or the wire went away).
    void dropLinksTo(NodeId target);
    // The target is known to be down (its liveness watch says why): messages to it fail at
    // once until this is called again with an empty reason.
    void setTargetDown(NodeId target, const QString &reason);
    // The host others reach this node at (wirebench-node --advertise): its selfAddress().
    void setAdvertisedHost(const QString &host) { m_addressLinks->setAdvertisedHost(host); }
    // Ping interval and pong timeout of every link (docs/protocol.md, "Liveness").
    void setLinkLiveness(int pingIntervalMs, int pongTimeoutMs);
    // Which of the log, traffic() and liveState() anyone listens to (all, unless told
    // otherwise): what nobody reads is not even built, so that an unwatched node runs at the
    // speed of its sockets.
    void setReporting(bool log, bool traffic, bool live);
    bool reportsLog() const { return m_reportLog; }

Q_SIGNALS:
    void stateChanged(wb::NodeId id, wb::NodeState state);
    void faultChanged(wb::NodeId id, wb::NodeFault fault);
    void traffic(const wb::TrafficEvent &event);
    void liveState(wb::NodeId id, const QVariantMap &state);
    void finished(wb::NodeId id, bool ok, int failures);
    void busyChanged(wb::NodeId id, bool busy);

private:
    // NodeContext
    QString nodeName() const override;
    int targetCount() const override;
    void streamToTargets(
        const QStringList &items, const QString &channel, StreamDone done) override;
    void log(const QString &text) override;
    TimeSource *timeSource() const override;
    void sendTo(const QString &address, const QString &channel, const QString &text,
        const SendOptions &options, SendDone done) override;
    QString selfAddress() const override;
    QStringList contacts() const override;
    int transitMs() const override;
    QString currentSender() const override { return m_currentSender; }
    quint64 runSeed() const override;
    QString targetAddress(const QString &name) const override;
    // The component cannot go on: the node stops and shows `reason` in its error state.
    void fail(const QString &reason);
    // Stops the component and closes the links and the server (what stopping and failing share).
    void closeAll();

    void finishStop();
    void prepareLink(Link *link, NodeId target);
    void forEachLink(const std::function<void(Link *link, NodeId target)> &f) const;
    void onIncoming(const Endpoint::Incoming &message, Endpoint::Reply reply);
    // ledgerKey: the connection's name in the frame ledger when the sender is a link of this
    // process (empty otherwise).
    void answer(const DeliveryController::Passage &message, const QString &peer,
        const QString &ledgerKey, const QString &ack, const Endpoint::Reply &reply);
    WireId wireTo(NodeId target) const;

    Link *linkFor(NodeId target, const QString &channel, QString *error);
    void updateState();
    void setState(NodeState state, const QString &error = {});
    void setFault(NodeFault fault);
    // Unfreezes the endpoint, the links and the component, without a word.
    void thaw();
    // Runs `deliver` now, or when the node wakes if it hangs then.
    DeliveryController::Deliver unlessHung(DeliveryController::Deliver deliver);

    const Circuit *m_circuit;
    NodeId m_id;
    DeliveryController *m_gate;
    Resolver m_resolver;
    LogSink m_logSink;
    Component *m_component = nullptr;
    Endpoint *m_endpoint = nullptr;
    QHash<QPair<NodeId, QString>, Link *> m_links;
    AddressLinks *m_addressLinks = nullptr; // sendTo()'s links, by address
    QTimer m_farewell; // bounds a component's goodbye (wall clock: a paused run still stops)
    bool m_stopping = false;
    NodeState m_state = NodeState::Stopped;
    NodeFault m_fault = NodeFault::None;
    QString m_error;
    bool m_started = false;
    bool m_reportLog = true;
    NodeTraffic *m_traffic = nullptr;
    bool m_clockRunning = false; // a clock or keyboard sends until it finishes
    QString m_currentSender; // while the component's loop() runs
    QHash<NodeId, QString> m_down; // targets known to be down, and why
    int m_pingIntervalMs = 1000;
    int m_pongTimeoutMs = 3000;
    // Passages the gate let go (after a delay, or by hand) while this node hung: a stopped
    // process does nothing with them until it goes on.
    QList<std::function<void()>> m_whileHung;
};

} // namespace wb
