#include "tokenlayer.h"

#include "circuitscene.h"
#include "ring/ringoverlay.h"
#include "runtime/meshruntime.h"
#include "wireitem.h"

#include <QLineF>
#include <algorithm>

namespace wb {

namespace {

constexpr int kSamples = 32;

QPointF pointAlong(const QList<QPointF> &samples, qreal t)
{
    if (samples.isEmpty())
        return {};
    if (samples.size() == 1)
        return samples.first();
    const qreal at = std::clamp(t, 0.0, 1.0) * qreal(samples.size() - 1);
    const auto i = std::min(qsizetype(at), samples.size() - 2);
    const qreal f = at - qreal(i);
    return samples.at(i) * (1 - f) + samples.at(i + 1) * f;
}

// Where a held token sits: `along` on its wire, or further on when an earlier token already
// sits there. Wires that leave one port share their first stretch, and two held messages at the
// same spot could not be told apart, nor clicked one by one.
QPointF clearOf(
    const QList<QPointF> &samples, qreal along, bool back, const QList<QPointF> &taken, qreal gap)
{
    QPointF at = pointAlong(samples, along);
    for (int step = 0; step < 12; ++step) {
        const bool clear = std::none_of(taken.cbegin(), taken.cend(),
            [&](QPointF other) { return QLineF(other, at).length() < gap; });
        if (clear)
            break;
        along = std::clamp(along + (back ? -0.05 : 0.05), 0.0, 1.0);
        at = pointAlong(samples, along);
    }
    return at;
}

} // namespace

TokenLayer::TokenLayer(CircuitScene *scene, MeshRuntime *runtime)
    : QObject(scene), m_scene(scene), m_runtime(runtime)
{
    m_clock.start();
    m_timer.setInterval(kFrameMs);
    connect(&m_timer, &QTimer::timeout, this, &TokenLayer::frame);
    connect(runtime, &MeshRuntime::traffic, this, &TokenLayer::onTraffic);
    DeliveryController *gate = runtime->delivery();
    connect(gate, &DeliveryController::heldChanged, this, [this] {
        m_gateChanged = true;
        wake();
    });
    connect(gate, &DeliveryController::pausedChanged, this, &TokenLayer::wake);
    connect(runtime, &MeshRuntime::runningChanged, this, [this](bool running) {
        if (!running) { // what was in flight is forgotten with the run
            m_model.clear();
            wake();
        }
    });
}

TokenLayer::~TokenLayer()
{
    qDeleteAll(m_items);
}

DeliveryController *TokenLayer::delivery() const
{
    return m_runtime ? m_runtime->delivery() : nullptr;
}

QList<TokenItem::Drawn> TokenLayer::drawn() const
{
    QList<TokenItem::Drawn> all;
    for (const TokenItem *item : m_items)
        all << item->tokens();
    return all;
}

std::optional<TokenItem::Drawn> TokenLayer::find(quint64 messageId, bool ack) const
{
    for (const TokenItem::Drawn &d : drawn()) {
        if (d.token.messageId == messageId && d.token.ack == ack)
            return d;
    }
    return std::nullopt;
}

std::optional<TokenItem::Drawn> TokenLayer::heldAt(QPointF scenePos, qreal radius) const
{
    std::optional<TokenItem::Drawn> best;
    qreal bestDistance = 0;
    for (const TokenItem::Drawn &d : drawn()) {
        const qreal distance = QLineF(d.at, scenePos).length();
        const qreal reach = std::max(radius, TokenItem::radius(d.token));
        if (d.token.ticket == 0 || distance > reach || (best && distance >= bestDistance))
            continue;
        best = d;
        bestDistance = distance;
    }
    return best;
}

void TokenLayer::refresh()
{
    frame();
}

void TokenLayer::showReplay(const QList<TokenModel::Shown> &tokens)
{
    if (!m_replay)
        m_model.clear(); // the run's tokens come back with its next events
    m_replay = tokens;
    m_timer.stop();
    draw(tokens);
}

void TokenLayer::endReplay()
{
    if (!m_replay)
        return;
    m_replay.reset();
    m_gateChanged = true;
    frame();
}

void TokenLayer::onTraffic(const TrafficEvent &event)
{
    if (m_replay)
        return;
    const WireId wire
        = event.wire != 0 ? event.wire : connectorBetween(event.node, event.peer, true);
    if (wire == 0)
        return;
    m_model.apply(event, wire, m_clock.elapsed());
    wake();
}

WireId TokenLayer::connectorBetween(NodeId from, NodeId to, bool eitherWay) const
{
    if (from == 0 || to == 0)
        return 0;
    const Circuit *circuit = m_scene->circuit();
    const RingOverlay *ring = m_scene->ring();
    // Ring members also send outside their wires (to a successor past a dead one): their
    // passages have no wire of their own but may travel on a bypass the canvas draws.
    if (const WireId wire = circuit->wireBetween(from, to); wire != 0)
        return wire;
    if (const WireId bypass = ring ? ring->connectorBetween(from, to) : 0; bypass != 0)
        return bypass;
    return eitherWay ? connectorBetween(to, from, false) : 0;
}

void TokenLayer::wake()
{
    if (!m_timer.isActive() && !m_replay)
        m_timer.start();
}

void TokenLayer::frame()
{
    const qint64 wallMs = m_clock.elapsed();
    DeliveryController *gate = delivery();
    if (!gate) {
        m_model.clear();
    } else if (m_gateChanged) {
        m_gateChanged = false;
        QList<TokenModel::Gate> held;
        for (const DeliveryController::HeldInfo &info : gate->held()) {
            const DeliveryController::Passage &p = info.passage;
            const bool ack = p.direction == Direction::Ack;
            // The wire runs from the message's sender to its receiver, whichever way this goes.
            const WireId wire = p.wire != 0 ? p.wire
                : ack                       ? connectorBetween(p.to, p.from, false)
                                            : connectorBetween(p.from, p.to, false);
            held << TokenModel::Gate { info.ticket, p.messageId, ack, wire, p.at == p.to,
                info.delayed, info.sinceRunNs, info.dueRunNs };
        }
        m_model.setGate(held, wallMs);
    }
    const bool paused = gate && gate->isPaused();
    const qint64 runNs = gate ? gate->timeSource()->nowNs() : 0;
    draw(m_model.frame(wallMs, runNs, paused));
    // Held tokens keep still, but their wire may move (a card dragged, a wire routed anew):
    // frames go on while there are any; a frame that changes nothing repaints nothing.
    if (m_model.isEmpty())
        m_timer.stop();
}

void TokenLayer::draw(const QList<TokenModel::Shown> &shown)
{
    QHash<WireId, QList<TokenItem::Drawn>> byWire;
    QList<QPointF> heldSpots;
    for (const TokenModel::Shown &token : shown) {
        // A wire, or a ring's bypass where a passage goes round a dead member.
        const QPainterPath path = m_scene->connectorPath(token.wire);
        if (path.isEmpty())
            continue;
        const QList<QPointF> &samples = samplesOf(token.wire, path);
        const qreal along = token.ack ? 1.0 - token.progress : token.progress;
        QPointF at = pointAlong(samples, along);
        if (token.state == TokenModel::State::Held) {
            at = clearOf(samples, along, token.ack, heldSpots, 2 * TokenItem::radius(token) + 2);
            heldSpots << at;
        }
        byWire[token.wire] << TokenItem::Drawn { at, token };
    }
    for (auto it = m_items.begin(); it != m_items.end();) {
        if (byWire.contains(it.key())) {
            ++it;
            continue;
        }
        delete it.value();
        m_samples.remove(it.key());
        if (WireItem *wire = m_scene->wireItem(it.key()))
            wire->setBusy(false);
        it = m_items.erase(it);
    }
    for (auto it = byWire.cbegin(); it != byWire.cend(); ++it) {
        TokenItem *&item = m_items[it.key()];
        if (!item) {
            item = new TokenItem(&m_scene->theme());
            m_scene->addItem(item);
        }
        if (item->tokens() != it.value())
            item->setTokens(it.value());
        if (WireItem *wire = m_scene->wireItem(it.key()))
            wire->setBusy(true);
    }
}

const QList<QPointF> &TokenLayer::samplesOf(WireId wire, const QPainterPath &path)
{
    Samples &samples = m_samples[wire];
    if (samples.points.isEmpty() || samples.path != path) {
        samples.path = path;
        samples.points.clear();
        for (int i = 0; i <= kSamples; ++i)
            samples.points << path.pointAtPercent(qreal(i) / kSamples);
    }
    return samples.points;
}

} // namespace wb
