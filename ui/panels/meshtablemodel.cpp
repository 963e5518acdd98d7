#include "meshtablemodel.h"

#include "canvas/componenticons.h"
#include "circuiteditor.h"
#include "document/circuit.h"
#include "healthvisuals.h"
#include "runtime/meshruntime.h"
#include "runtime/trafficstats.h"
#include "statevisuals.h"
#include "theme.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace wb {

namespace {

QVariant alignment(int column)
{
    switch (column) {
    case MeshTableModel::Port:
    case MeshTableModel::In:
    case MeshTableModel::Out:
    case MeshTableModel::Rtt:
    case MeshTableModel::Ping:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case MeshTableModel::Health: // a mark under its label
        return QVariant(Qt::AlignCenter);
    default:
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    }
}

QString dash()
{
    return QStringLiteral("—");
}

} // namespace

MeshTableModel::MeshTableModel(CircuitEditor *editor, MeshRuntime *runtime, TrafficStats *stats,
                               QObject *parent)
    : QAbstractTableModel(parent)
    , m_editor(editor)
    , m_circuit(editor->circuit())
    , m_runtime(runtime)
    , m_stats(stats)
    , m_ids(m_circuit->nodeIds())
{
    refreshIcons();
    connect(m_circuit, &Circuit::reset, this, &MeshTableModel::onReset);
    connect(m_circuit, &Circuit::nodeAdded, this, &MeshTableModel::onNodeAdded);
    connect(m_circuit, &Circuit::nodeAboutToBeRemoved, this,
            &MeshTableModel::onNodeAboutToBeRemoved);
    connect(m_circuit, &Circuit::nodeChanged, this, &MeshTableModel::onNodeChanged);
    connect(m_runtime, &MeshRuntime::nodeStateChanged, this,
            [this](NodeId id, NodeState) { emitRowChanged(id, Port, State); });
    connect(m_runtime, &MeshRuntime::nodeFaultChanged, this,
        [this](NodeId id) { emitRowChanged(id, State, State); });
    connect(m_stats, &TrafficStats::changed, this, [this](const QSet<NodeId> &ids) {
        for (NodeId id : ids)
            emitRowChanged(id, In, LastAck);
    });
    // Health changes are rare and news: at once. Round trips come once a second per peer, from
    // every peer: collected and repainted together.
    connect(m_runtime, &MeshRuntime::peerHealthChanged, this,
            [this](NodeId id) { emitRowChanged(id, Health, Ping); });
    m_rttTimer.setSingleShot(true);
    m_rttTimer.setInterval(kRttRepaintMs);
    connect(&m_rttTimer, &QTimer::timeout, this, &MeshTableModel::flushRtts);
    connect(m_runtime, &MeshRuntime::peerRttMeasured, this, [this](NodeId id) {
        m_rttChanged.insert(id);
        if (!m_rttTimer.isActive())
            m_rttTimer.start();
    });
}

void MeshTableModel::flushRtts()
{
    const QSet<NodeId> ids = std::exchange(m_rttChanged, {});
    for (NodeId id : ids)
        emitRowChanged(id, Ping, Ping);
}

int MeshTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int MeshTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

NodeId MeshTableModel::nodeAt(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0;
}

int MeshTableModel::rowOf(NodeId id) const
{
    return int(m_ids.indexOf(id));
}

QVariant MeshTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const NodeSpec *spec = m_circuit->node(m_ids.at(index.row()));
    if (!spec)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return display(*spec, index.column());
    case Qt::EditRole:
        if (index.column() == Port)
            return int(spec->port);
        return display(*spec, index.column());
    case Qt::DecorationRole:
        return decoration(*spec, index.column());
    case Qt::ToolTipRole:
        return toolTip(*spec, index.column());
    case Qt::TextAlignmentRole:
        return alignment(index.column());
    case Qt::ForegroundRole:
        if (index.column() == State && m_runtime->state(spec->id) == NodeState::Error)
            return theme::colors().error;
        if (index.column() == Health && !kinds::isLocal(spec->kind)
            && m_runtime->peerStatus(spec->id).health == PeerHealth::Dead)
            return theme::colors().error;
        return {};
    case Qt::FontRole:
        if ((index.column() == Name && spec->discovered)
            || (index.column() == Port && kinds::hasServer(spec->kind) && spec->port == 0)) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case NodeIdRole:
        return spec->id;
    default:
        return {};
    }
}

QVariant MeshTableModel::display(const NodeSpec &spec, int column) const
{
    const bool server = kinds::hasServer(spec.kind);
    const TrafficStats::NodeCounters counters = m_stats->node(spec.id);
    switch (column) {
    case Name:
        return spec.name;
    case Kind:
        return spec.remoteKind.isEmpty()
            ? kinds::name(spec.kind)
            : QStringLiteral("%1 (%2)").arg(kinds::name(spec.kind), spec.remoteKind);
    case Host:
        return server ? spec.host : dash();
    case Port: {
        if (!server)
            return dash();
        // A port the system chose is in italics, so that the column stays as narrow as a
        // number.
        const quint16 real = m_runtime->listeningPort(spec.id);
        if (spec.port == 0)
            return real != 0 ? QString::number(real) : QStringLiteral("auto");
        return QString::number(spec.port);
    }
    case Scope:
        return kinds::isLocal(spec.kind) ? tr("local")
            : spec.discovered            ? tr("discovered")
                                         : tr("external");
    case State:
        return kinds::isLocal(spec.kind)
            ? statevisuals::text(m_runtime->state(spec.id), m_runtime->fault(spec.id))
            : spec.discovered ? tr("discovered")
                              : tr("remote");
    case Health:
        return kinds::isLocal(spec.kind)
            ? dash()
            : healthvisuals::text(m_runtime->peerStatus(spec.id).health);
    case Ping: {
        if (kinds::isLocal(spec.kind))
            return dash();
        const PeerStatus status = m_runtime->peerStatus(spec.id);
        return isReachable(status.health) ? statevisuals::durationText(status.rttNs) : QString();
    }
    case In:
        // A node that runs elsewhere tells nothing of what it receives: its senders' acks do.
        if (!server)
            return dash();
        return kinds::isLocal(spec.kind) ? counters.messagesIn : counters.sentTo;
    case Out:
        return kinds::hasOutput(spec.kind) ? QVariant(counters.messagesOut) : QVariant(dash());
    case LastAck:
        return counters.lastAck;
    case Rtt:
        return statevisuals::durationText(counters.lastRttNs);
    default:
        return {};
    }
}

QVariant MeshTableModel::decoration(const NodeSpec &spec, int column) const
{
    if (column == Name) // a discovered node: what it says it is, like on the canvas
        return m_kindIcons.value(kinds::fromName(spec.remoteKind).value_or(spec.kind));
    if (column == Health && !kinds::isLocal(spec.kind))
        return healthvisuals::icon(m_runtime->peerStatus(spec.id).health);
    if (column != State)
        return {};
    if (!kinds::isLocal(spec.kind))
        return statevisuals::dot(theme::colors().grid);
    return statevisuals::icon(m_runtime->state(spec.id), m_runtime->fault(spec.id));
}

QVariant MeshTableModel::toolTip(const NodeSpec &spec, int column) const
{
    switch (column) {
    case State: {
        const QString error = m_runtime->errorString(spec.id);
        return error.isEmpty() ? QVariant() : QVariant(error);
    }
    case Port:
        if (!kinds::hasServer(spec.kind))
            return {};
        if (spec.port == 0)
            return tr("Chosen by the system when the node starts (port 0, auto, in the file). "
                      "Double-click to set one (1–65535).");
        return tr("Double-click to change the port (1–65535); a running node restarts.");
    case Name:
        if (spec.discovered)
            return tr("Discovered in the registry: it comes and goes with its registration, "
                      "is not saved in the file and cannot be edited here");
        return tr("%1: double-click to rename").arg(spec.name); // whole, where cut short
    case Health:
    case Ping:
        if (kinds::isLocal(spec.kind))
            return {};
        return healthvisuals::details(m_runtime->peerStatus(spec.id));
    case Rtt:
        return tr("Round-trip time of the last acknowledged message");
    case LastAck: { // the whole of what the column may cut short
        const QString ack = m_stats->node(spec.id).lastAck;
        return ack.isEmpty() ? QVariant() : QVariant(ack);
    }
    default:
        return {};
    }
}

QVariant MeshTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return alignment(section);
    if (role == Qt::ToolTipRole)
        return headerToolTip(section);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Kind:
        return tr("Kind");
    case Host:
        return tr("Host");
    case Port:
        return tr("Port");
    case Scope:
        return tr("Where");
    case State:
        return tr("State");
    case Health:
        return tr("Health");
    case Ping:
        return tr("Ping");
    case In:
        return tr("In");
    case Out:
        return tr("Out");
    case LastAck:
        return tr("Ack"); // the last one: its tooltip says so
    case Rtt:
        return tr("RTT");
    default:
        return {};
    }
}

QVariant MeshTableModel::headerToolTip(int section)
{
    switch (section) {
    case Scope:
        return tr("Local (runs in this program), external (at an address) or discovered");
    case Health:
        return tr("An external node's liveness (ping/pong): point at its mark for the details");
    case Ping:
        return tr("The last ping round trip of an external node");
    case In:
        return tr("Messages received (by a node that runs elsewhere: those sent to it)");
    case Out:
        return tr("Messages sent");
    case Rtt:
        return tr("Round-trip time of the last acknowledged message");
    case LastAck:
        return tr("The last acknowledgement the node received or sent");
    default:
        return {};
    }
}

Qt::ItemFlags MeshTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return Qt::NoItemFlags;
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const NodeSpec *spec = m_circuit->node(m_ids.at(index.row()));
    if (spec && spec->discovered)
        return result; // the registry's, not ours to edit
    const bool server = spec && kinds::hasServer(spec->kind);
    if (index.column() == Name || (server && (index.column() == Host || index.column() == Port)))
        result |= Qt::ItemIsEditable;
    return result;
}

bool MeshTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const NodeId id = m_ids.at(index.row());
    switch (index.column()) {
    case Name:
        return m_editor->renameNode(id, value.toString().trimmed());
    case Host:
        return m_editor->setHost(id, value.toString().trimmed());
    case Port:
        // Not a number becomes 0, which the editor refuses with the allowed range.
        return m_editor->setPort(id, value.toString().trimmed().toInt());
    default:
        return false;
    }
}

void MeshTableModel::onNodeAdded(NodeId id)
{
    if (m_ids.contains(id))
        return;
    // Keep the document's order: an undone removal comes back where it was.
    const QList<NodeId> order = m_circuit->nodeIds();
    int row = 0;
    for (NodeId other : order) {
        if (other == id)
            break;
        if (m_ids.contains(other))
            ++row;
    }
    beginInsertRows({}, row, row);
    m_ids.insert(row, id);
    endInsertRows();
}

void MeshTableModel::onNodeAboutToBeRemoved(NodeId id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_ids.removeAt(row);
    endRemoveRows();
}

void MeshTableModel::onNodeChanged(NodeId id, NodeField field)
{
    switch (field) {
    case NodeField::Name:
        emitRowChanged(id, Name, Name);
        break;
    case NodeField::Host:
    case NodeField::Port:
        emitRowChanged(id, Host, Ping); // a new address is watched anew
        break;
    case NodeField::Params:
    case NodeField::Position:
        break;
    }
}

void MeshTableModel::onReset()
{
    beginResetModel();
    m_ids = m_circuit->nodeIds();
    endResetModel();
}

void MeshTableModel::refreshIcons()
{
    const QPalette palette = QGuiApplication::palette();
    for (const QString &name : kinds::names()) {
        const NodeKind kind = *kinds::fromName(name);
        m_kindIcons.insert(kind, componenticons::icon(kind, palette));
    }
    if (!m_ids.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void MeshTableModel::emitRowChanged(NodeId id, int first, int last)
{
    const int row = rowOf(id);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, first), index(row, last));
}

} // namespace wb
