#include "ringchat.h"

#include "chatmodel.h"
#include "document/circuit.h"
#include "icons.h"
#include "nodeselection.h"
#include "runtime/meshruntime.h"
#include "theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace wb {

RingChat::RingChat(
    MeshRuntime *runtime, const Circuit *circuit, NodeSelection *selection, QWidget *parent)
    : QWidget(parent)
    , m_runtime(runtime)
    , m_circuit(circuit)
    , m_selection(selection)
    , m_model(new ChatModel(5000, this))
    , m_filter(new QSortFilterProxyModel(this))
    , m_nodes(new QComboBox(this))
    , m_only(new QCheckBox(tr("Only this member"), this))
    , m_clear(new QToolButton(this))
    , m_view(new QTreeView(this))
    , m_input(new QLineEdit(this))
    , m_say(new QPushButton(tr("Say"), this))
    , m_error(new QLabel(this))
{
    m_filter->setSourceModel(m_model);
    m_filter->setFilterRole(ChatModel::NodeIdRole);
    m_filter->setFilterKeyColumn(ChatModel::Node);
    m_view->setModel(m_filter);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->header()->setStretchLastSection(true);
    const QFontMetrics metrics = m_view->fontMetrics();
    m_view->setColumnWidth(
        ChatModel::Time, metrics.horizontalAdvance(QStringLiteral("00:00:00.000")) + 24);
    m_view->setColumnWidth(
        ChatModel::Node, metrics.horizontalAdvance(QStringLiteral("ring0000")) + 24);

    m_nodes->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_nodes->setMinimumContentsLength(8);
    m_nodes->setToolTip(tr("The member that says your line; selecting a ring node on the canvas "
                           "picks it too"));
    m_only->setToolTip(tr("Show what the picked member sees, not every member's events"));
    m_clear->setIcon(icons::action(QStringLiteral("clear")));
    m_clear->setToolTip(tr("Clear the chat"));
    m_clear->setAutoRaise(true);
    m_input->setPlaceholderText(tr("Say something round the ring, then Enter"));
    m_input->setClearButtonEnabled(true);
    m_input->setMaxLength(kMaxText);
    m_say->setIcon(icons::action(QStringLiteral("chat")));
    m_say->setToolTip(tr("Send the line round the ring from the picked member (Enter)"));
    m_error->setObjectName(QStringLiteral("chatError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette palette = m_error->palette();
    palette.setColor(QPalette::WindowText, theme::colors().error);
    m_error->setPalette(palette);
    m_error->hide();

    auto *top = new QHBoxLayout;
    top->setContentsMargins(6, 4, 6, 4);
    top->setSpacing(6);
    top->addWidget(m_only);
    top->addStretch();
    top->addWidget(m_clear);
    auto *bottom = new QHBoxLayout;
    bottom->setContentsMargins(6, 4, 6, 0);
    bottom->setSpacing(6);
    bottom->addWidget(m_nodes);
    bottom->addWidget(m_input, 1);
    bottom->addWidget(m_say);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 4);
    layout->setSpacing(0);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);
    layout->addSpacing(2);
    auto *errorRow = new QHBoxLayout;
    errorRow->setContentsMargins(8, 2, 8, 0);
    errorRow->addWidget(m_error);
    layout->addLayout(errorRow);

    const auto sayInput = [this] {
        if (say(m_input->text()))
            m_input->clear();
    };
    connect(m_input, &QLineEdit::returnPressed, this, sayInput);
    connect(m_say, &QPushButton::clicked, this, sayInput);
    connect(m_input, &QLineEdit::textEdited, this, [this] { showError({}); });
    connect(m_nodes, &QComboBox::currentIndexChanged, this, [this] {
        showError({});
        setOnlyPicked(onlyPicked()); // the filter follows the pick
        updateInput();
    });
    connect(m_only, &QCheckBox::toggled, this, &RingChat::setOnlyPicked);
    connect(m_clear, &QToolButton::clicked, m_model, &ChatModel::clear);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_follow)
            m_view->scrollToBottom();
    });
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        // Scrolled up to read: stay there; back at the bottom follows again.
        m_follow = value == m_view->verticalScrollBar()->maximum();
    });

    connect(m_runtime, &MeshRuntime::liveState, this, &RingChat::onLiveState);
    connect(m_runtime, &MeshRuntime::nodeStateChanged, this, &RingChat::updateInput);
    connect(m_runtime, &MeshRuntime::nodeFaultChanged, this, &RingChat::updateInput);
    connect(m_circuit, &Circuit::reset, this, &RingChat::refillNodes);
    connect(m_circuit, &Circuit::nodeAdded, this, &RingChat::refillNodes);
    connect(m_circuit, &Circuit::nodeRemoved, this, &RingChat::refillNodes);
    connect(m_circuit, &Circuit::nodeChanged, this, [this](NodeId, NodeField field) {
        if (field == NodeField::Name)
            refillNodes();
    });
    connect(m_selection, &NodeSelection::changed, this, &RingChat::followSelection);
    refillNodes();
}

NodeId RingChat::pickedNode() const
{
    return m_nodes->currentData().toInt();
}

void RingChat::pick(NodeId id)
{
    const int index = m_nodes->findData(id);
    if (index >= 0)
        m_nodes->setCurrentIndex(index);
}

void RingChat::setOnlyPicked(bool on)
{
    if (m_only->isChecked() != on) {
        m_only->setChecked(on); // comes back here through toggled()
        return;
    }
    const NodeId id = pickedNode();
    m_filter->setFilterRegularExpression(
        on && id != 0 ? QRegularExpression(QStringLiteral("^%1$").arg(id)) : QRegularExpression());
    m_view->scrollToBottom();
}

bool RingChat::onlyPicked() const
{
    return m_only->isChecked();
}

QString RingChat::whyNot(NodeId id) const
{
    const NodeSpec *spec = m_circuit->node(id);
    if (!spec)
        return tr("There is no ring node to say it: Insert ▸ Ring of N… places a ring.");
    switch (m_runtime->fault(id)) {
    case NodeFault::Crashed:
        return tr("%1 has crashed: restart it (its menu on the canvas) to say anything there.")
            .arg(spec->name);
    case NodeFault::Hung:
        return tr("%1 hangs: wake it up (its menu on the canvas) to say anything there.")
            .arg(spec->name);
    case NodeFault::None:
        break;
    }
    if (const LocalNode *node = m_runtime->node(id); node && node->isStopping())
        return tr("%1 is leaving the ring: it stops.").arg(spec->name);
    switch (m_runtime->state(id)) {
    case NodeState::Stopped:
        return tr("%1 does not run: Run (F5) starts the circuit, or Start in its inspector.")
            .arg(spec->name);
    case NodeState::Error:
        return tr("%1 could not start: %2").arg(spec->name, m_runtime->errorString(id));
    case NodeState::Listening:
    case NodeState::Running:
        break;
    }
    return {};
}

bool RingChat::say(const QString &text)
{
    if (text.trimmed().isEmpty())
        return false; // nothing to say: nothing to complain about either
    const NodeId id = pickedNode();
    QString error = whyNot(id);
    m_errorIsState = !error.isEmpty();
    if (error.isEmpty() && text.size() > kMaxText)
        error = tr("A chat line has at most %L1 characters; this one has %L2.")
                    .arg(kMaxText)
                    .arg(text.size());
    if (error.isEmpty()
        && !m_runtime->command(id, QStringLiteral("say"), { { QStringLiteral("text"), text } }))
        error = tr("%1 did not take the line (is it a ring member that runs?).")
                    .arg(m_circuit->node(id)->name);
    showError(error);
    if (!error.isEmpty())
        Q_EMIT statusMessage(error);
    return error.isEmpty();
}

QString RingChat::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

int RingChat::visibleLineCount() const
{
    return m_filter->rowCount();
}

void RingChat::showError(const QString &text)
{
    if (text.isEmpty())
        m_errorIsState = false;
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void RingChat::onLiveState(NodeId id, const QVariantMap &state)
{
    const auto chat = state.constFind(QStringLiteral("chat"));
    if (chat == state.cend())
        return;
    const NodeSpec *spec = m_circuit->node(id);
    if (std::optional<ChatModel::Entry> entry
        = ChatModel::parse(id, spec ? spec->name : QString::number(id), chat->toMap()))
        m_model->append(*entry);
}

void RingChat::refillNodes()
{
    const NodeId current = pickedNode();
    {
        const QSignalBlocker blocker(m_nodes);
        m_nodes->clear();
        const QList<NodeId> ids = m_circuit->nodeIds();
        for (NodeId id : ids) {
            const NodeSpec *spec = m_circuit->node(id);
            if (spec->kind == NodeKind::Ring)
                m_nodes->addItem(spec->name, id);
        }
        const int index = m_nodes->findData(current);
        m_nodes->setCurrentIndex(index >= 0 ? index : 0);
    }
    if (m_nodes->count() == 0)
        m_nodes->setPlaceholderText(tr("no ring node"));
    setOnlyPicked(onlyPicked());
    updateInput();
}

void RingChat::followSelection()
{
    const NodeSpec *spec = m_circuit->node(m_selection->current());
    if (spec && spec->kind == NodeKind::Ring)
        pick(spec->id);
}

void RingChat::updateInput()
{
    const bool any = m_nodes->count() > 0;
    m_nodes->setEnabled(any);
    m_input->setEnabled(any);
    m_say->setEnabled(any);
    m_input->setPlaceholderText(any ? tr("Say something round the ring, then Enter")
                                    : tr("Insert ▸ Ring of N… places a ring to chat on"));
    // The reason it could not say the last line is gone (the node was started).
    if (m_errorIsState && whyNot(pickedNode()).isEmpty())
        showError({});
}

} // namespace wb
