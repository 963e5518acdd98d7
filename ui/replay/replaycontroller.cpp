#include "replaycontroller.h"

#include "analyzer/logicanalyzer.h"
#include "canvas/circuitscene.h"
#include "canvas/tokenlayer.h"
#include "document/circuit.h"
#include "replay/replayer.h"
#include "replay/replaystate.h"
#include "replaybar.h"

#include <limits>

namespace wb {

namespace {

// A passage is drawn at least this long in wall time, at the replay's speed: a person sees a
// hop of 50 µs only if it lasts a while (TokenModel::kMinVisibleMs does so for a live run).
constexpr qint64 kMinVisibleWallNs = TokenModel::kMinVisibleMs * 1'000'000;
// A flat-out run has thousands in flight at once: the wires show bursts with counts, and a
// frame stays cheap.
constexpr std::size_t kMaxTokens = 20'000;

} // namespace

ReplayController::ReplayController(
    LogicAnalyzer *analyzer, CircuitScene *scene, const Circuit *circuit, QObject *parent)
    : QObject(parent)
    , m_analyzer(analyzer)
    , m_scene(scene)
    , m_circuit(circuit)
    , m_replayer(new Replayer(this))
    , m_bar(new ReplayBar(m_replayer))
{
    m_bar->hide();
    // Another file opened while replaying starts again on it.
    connect(m_analyzer, &LogicAnalyzer::shownRecordingChanged, this, [this] {
        if (m_analyzer->isReviewing())
            start();
        else
            stop();
    });
    connect(m_bar, &ReplayBar::backToLive, m_analyzer, &LogicAnalyzer::showLive);
    connect(m_replayer, &Replayer::positionChanged, this, &ReplayController::show);
    connect(m_replayer, &Replayer::speedChanged, this, [this] {
        if (m_state)
            showTokens(m_replayer->position());
    });
    // The circuit edited or opened anew while replaying: its nodes are matched again.
    const auto rematch = [this] {
        if (!m_state)
            return;
        matchNodes();
        show(m_replayer->position());
    };
    connect(circuit, &Circuit::reset, this, rematch);
    connect(circuit, &Circuit::nodeAdded, this, rematch);
    connect(circuit, &Circuit::nodeRemoved, this, rematch);
    connect(circuit, &Circuit::nodeChanged, this, [rematch](NodeId, NodeField field) {
        if (field == NodeField::Name)
            rematch();
    });
    connect(circuit, &Circuit::wireAdded, this, rematch);
}

ReplayController::~ReplayController()
{
    delete m_bar; // unless a window took it, it has no parent
}

QVariantMap ReplayController::cardState(
    NodeKind kind, std::optional<bool> level, qint64 tick, std::optional<Recording::Value> fill)
{
    QVariantMap state;
    switch (kind) {
    case NodeKind::Led:
        state.insert(QStringLiteral("on"), level.value_or(false));
        break;
    case NodeKind::Buzzer:
        state.insert(QStringLiteral("buzzing"), level.value_or(false));
        break;
    case NodeKind::Clock:
        // High while a tick waits for its answer; the card counts the ticks sent.
        state.insert(QStringLiteral("high"), level.value_or(false));
        if (tick >= 0)
            state.insert(QStringLiteral("tick"), tick);
        break;
    case NodeKind::IoPin:
        if (level)
            state.insert(QStringLiteral("bit"), int(*level));
        break;
    case NodeKind::Queue:
        // Its fill then, as its live state says it (the items themselves are not recorded).
        if (fill) {
            constexpr quint32 kMaxInt = std::numeric_limits<int>::max();
            state.insert(QStringLiteral("fill"), int(std::min(fill->value, kMaxInt)));
            state.insert(QStringLiteral("capacity"), int(std::min(fill->range, kMaxInt)));
        }
        break;
    default:
        break;
    }
    return state;
}

void ReplayController::start()
{
    m_replayer->pause();
    if (m_state) { // another file: its nodes may be others
        m_scene->setReplaying(false);
        m_nodeMap.clear();
    }
    m_state = std::make_unique<ReplayState>(m_analyzer->shownRecording());
    m_shown.clear();
    m_scene->setReplaying(true);
    matchNodes();
    m_replayer->setRange(m_state->startNs(), m_state->endNs());
    m_bar->setTitle(m_analyzer->reviewTitle());
    m_bar->show();
    m_replayer->setPosition(m_state->startNs());
    show(m_replayer->position());
    // Queued: after the analyzer's own "Opened …", which would hide it.
    QMetaObject::invokeMethod(
        this, [this] { Q_EMIT statusMessage(startMessage()); }, Qt::QueuedConnection);
    Q_EMIT replayingChanged(true);
}

QString ReplayController::startMessage() const
{
    if (!m_state)
        return {};
    const QString title = m_analyzer->reviewTitle();
    if (m_nodeMap.isEmpty() && !m_state->recording()->nodes().isEmpty()) {
        return tr("Replaying %1: the open circuit does not match the recording (it has none of "
                  "its nodes): open the circuit it was recorded from to see it on the canvas")
            .arg(title);
    }
    if (!m_unmatched.isEmpty()) {
        return tr("Replaying %1: the open circuit does not match the recording: it has no node "
                  "named %2")
            .arg(title, m_unmatched.join(QStringLiteral(", ")));
    }
    return tr("Replaying %1: move the slider or press Play").arg(title);
}

void ReplayController::stop()
{
    if (!m_state)
        return;
    m_replayer->pause();
    m_scene->setReplaying(false);
    if (TokenLayer *tokens = m_scene->tokens())
        tokens->endReplay();
    m_state.reset();
    m_nodeMap.clear();
    m_shown.clear();
    m_unmatched.clear();
    m_bar->hide();
    Q_EMIT statusMessage(tr("Back to live: the canvas shows the circuit's own run"));
    Q_EMIT replayingChanged(false);
}

void ReplayController::matchNodes()
{
    const QHash<NodeId, NodeId> before = m_nodeMap;
    m_nodeMap.clear();
    m_unmatched.clear();
    for (const Recording::Node &node : m_state->recording()->nodes()) {
        const NodeId id = m_circuit->idByName(node.name);
        const NodeSpec *spec = m_circuit->node(id);
        if (spec && (spec->kind == node.kind || node.kind == NodeKind::External))
            m_nodeMap.insert(node.id, id);
        else
            m_unmatched << node.name;
    }
    // Nodes no longer matched show the run again.
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (m_nodeMap.value(it.key()) != it.value()) {
            m_scene->showReplayState(it.value(), std::nullopt);
            m_shown.remove(it.value());
        }
    }
    m_bar->setNote(m_unmatched.isEmpty()
            ? QString()
            : tr("⚠ Not in the open circuit: %1").arg(m_unmatched.join(QStringLiteral(", "))));
}

void ReplayController::show(qint64 timeNs)
{
    if (!m_state)
        return;
    for (const ReplayState::NodeState &node : m_state->nodesAt(timeNs)) {
        const NodeId id = m_nodeMap.value(node.node);
        if (id == 0)
            continue;
        const Recording *recording = m_state->recording();
        const int numeric = recording->numericOf(node.node);
        const QVariantMap state = cardState(node.kind, node.level, node.tick,
            numeric < 0 ? std::nullopt : recording->numericAt(numeric, timeNs));
        const auto shown = m_shown.constFind(id);
        if (shown != m_shown.cend() && *shown == state)
            continue;
        m_shown.insert(id, state);
        m_scene->showReplayState(id, state);
    }
    showTokens(timeNs);
    m_analyzer->showReplayTime(timeNs);
    Q_EMIT timeChanged(timeNs);
}

void ReplayController::showTokens(qint64 timeNs)
{
    TokenLayer *layer = m_scene->tokens();
    if (!layer)
        return;
    const qint64 minVisibleNs = qint64(double(kMinVisibleWallNs) * m_replayer->speed());
    QList<TokenModel::Shown> tokens;
    for (const ReplayState::Token &token : m_state->inFlightAt(timeNs, minVisibleNs, kMaxTokens)) {
        // The wire runs from the message's sender to its receiver, the ack's way too.
        const WireId wire = m_circuit->wireBetween(
            m_nodeMap.value(token.sender), m_nodeMap.value(token.receiver));
        if (wire == 0)
            continue;
        TokenModel::Shown shown;
        shown.wire = wire;
        shown.ack = token.ack;
        shown.progress = token.progress;
        shown.state = token.dropped ? TokenModel::State::Dropped : TokenModel::State::Moving;
        shown.messageId = token.messageId;
        tokens << shown;
    }
    layer->showReplay(TokenModel::coalesce(tokens));
}

} // namespace wb
