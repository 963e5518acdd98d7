#include "consolepanel.h"

#include "consolemodel.h"
#include "document/circuit.h"
#include "icons.h"
#include "keyboardinput.h"
#include "nodeselection.h"
#include "runtime/meshruntime.h"
#include "theme.h"

#include <QComboBox>
#include <QDateTime>
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

ConsolePanel::ConsolePanel(
    MeshRuntime *runtime, const Circuit *circuit, NodeSelection *selection, QWidget *parent)
    : QWidget(parent)
    , m_runtime(runtime)
    , m_circuit(circuit)
    , m_selection(selection)
    , m_model(new ConsoleModel(
          [circuit](NodeId id) {
              const NodeSpec *spec = circuit->node(id);
              return spec ? spec->params.value(QStringLiteral("history"), qint64(1000)).toLongLong()
                          : qint64(1000);
          },
          this))
    , m_filter(new QSortFilterProxyModel(this))
    , m_consoles(new QComboBox(this))
    , m_clear(new QToolButton(this))
    , m_view(new QTreeView(this))
    , m_keyboards(new QComboBox(this))
    , m_input(new QLineEdit(this))
    , m_send(new QPushButton(tr("Send"), this))
    , m_error(new QLabel(this))
{
    m_filter->setSourceModel(m_model);
    m_filter->setFilterRole(ConsoleModel::NodeIdRole);
    m_filter->setFilterKeyColumn(ConsoleModel::Console);
    m_view->setModel(m_filter);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->header()->setStretchLastSection(true);
    const QFontMetrics metrics = m_view->fontMetrics();
    m_view->setColumnWidth(
        ConsoleModel::Time, metrics.horizontalAdvance(QStringLiteral("00:00:00.000")) + 24);
    m_view->setColumnWidth(
        ConsoleModel::Console, metrics.horizontalAdvance(QStringLiteral("console00")) + 24);
    m_view->setColumnWidth(
        ConsoleModel::From, metrics.horizontalAdvance(QStringLiteral("worker000")) + 24);

    m_consoles->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_consoles->setMinimumContentsLength(10);
    m_consoles->setToolTip(tr("Whose lines show; selecting a console on the canvas picks it"));
    m_clear->setIcon(icons::action(QStringLiteral("clear")));
    m_clear->setToolTip(tr("Clear the lines shown, and the consoles' own history"));
    m_clear->setAutoRaise(true);
    m_keyboards->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_keyboards->setMinimumContentsLength(8);
    m_keyboards->setToolTip(tr("The keyboard your line is typed at; selecting a keyboard on the "
                               "canvas picks it too"));
    m_input->setClearButtonEnabled(true);
    m_input->setMaxLength(keyboardinput::kMaxText);
    m_send->setIcon(icons::action(QStringLiteral("type")));
    m_send->setToolTip(tr("Type the line at the picked keyboard (Enter)"));
    m_error->setObjectName(QStringLiteral("consoleError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette palette = m_error->palette();
    palette.setColor(QPalette::WindowText, theme::colors().error);
    m_error->setPalette(palette);
    m_error->hide();

    auto *top = new QHBoxLayout;
    top->setContentsMargins(6, 4, 6, 4);
    top->setSpacing(6);
    top->addWidget(new QLabel(tr("Show"), this));
    top->addWidget(m_consoles);
    top->addStretch();
    top->addWidget(m_clear);
    auto *bottom = new QHBoxLayout;
    bottom->setContentsMargins(6, 4, 6, 0);
    bottom->setSpacing(6);
    bottom->addWidget(m_keyboards);
    bottom->addWidget(m_input, 1);
    bottom->addWidget(m_send);
    auto *errorRow = new QHBoxLayout;
    errorRow->setContentsMargins(8, 2, 8, 0);
    errorRow->addWidget(m_error);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 4);
    layout->setSpacing(0);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);
    layout->addSpacing(2);
    layout->addLayout(errorRow);

    const auto typeInput = [this] {
        if (type(m_input->text()))
            m_input->clear();
    };
    connect(m_input, &QLineEdit::returnPressed, this, typeInput);
    connect(m_send, &QPushButton::clicked, this, typeInput);
    connect(m_input, &QLineEdit::textEdited, this, [this] { showError({}); });
    connect(m_keyboards, &QComboBox::currentIndexChanged, this, [this] {
        showError({});
        updateInput();
    });
    connect(m_consoles, &QComboBox::currentIndexChanged, this, &ConsolePanel::applyFilter);
    connect(m_clear, &QToolButton::clicked, this, &ConsolePanel::clear);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_follow)
            m_view->scrollToBottom();
    });
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        // Scrolled up to read: stay there; back at the bottom follows again.
        m_follow = value == m_view->verticalScrollBar()->maximum();
    });

    connect(m_runtime, &MeshRuntime::liveState, this, &ConsolePanel::onLiveState);
    connect(m_runtime, &MeshRuntime::nodeStateChanged, this, &ConsolePanel::updateInput);
    connect(m_runtime, &MeshRuntime::nodeFaultChanged, this, &ConsolePanel::updateInput);
    connect(m_circuit, &Circuit::reset, this, [this] {
        m_model->clear();
        refillNodes();
    });
    connect(m_circuit, &Circuit::nodeAdded, this, &ConsolePanel::refillNodes);
    connect(m_circuit, &Circuit::nodeRemoved, this, &ConsolePanel::refillNodes);
    connect(m_circuit, &Circuit::nodeChanged, this, [this](NodeId, NodeField field) {
        if (field == NodeField::Name)
            refillNodes();
    });
    connect(m_selection, &NodeSelection::changed, this, &ConsolePanel::followSelection);
    refillNodes();
}

NodeId ConsolePanel::pickedConsole() const
{
    return m_consoles->currentData().toInt();
}

void ConsolePanel::pickConsole(NodeId id)
{
    const int index = m_consoles->findData(id);
    if (index >= 0)
        m_consoles->setCurrentIndex(index);
}

int ConsolePanel::visibleLineCount() const
{
    return m_filter->rowCount();
}

void ConsolePanel::clear()
{
    const NodeId picked = pickedConsole();
    m_model->clear(picked);
    for (NodeId id : m_circuit->nodeIds()) {
        const NodeSpec *spec = m_circuit->node(id);
        if (spec->kind == NodeKind::Console && (picked == 0 || picked == id)
            && m_runtime->state(id) != NodeState::Stopped)
            m_runtime->command(id, QStringLiteral("clear"), {});
    }
}

NodeId ConsolePanel::pickedKeyboard() const
{
    return m_keyboards->currentData().toInt();
}

void ConsolePanel::pickKeyboard(NodeId id)
{
    const int index = m_keyboards->findData(id);
    if (index >= 0)
        m_keyboards->setCurrentIndex(index);
}

bool ConsolePanel::type(const QString &text)
{
    if (!keyboardinput::hasLine(text))
        return false;
    const NodeId id = pickedKeyboard();
    const QString error = keyboardinput::type(m_runtime, m_circuit, id, text);
    m_errorIsState = !keyboardinput::whyNot(m_runtime, m_circuit, id).isEmpty();
    showError(error);
    if (!error.isEmpty())
        Q_EMIT statusMessage(error);
    return error.isEmpty();
}

QString ConsolePanel::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void ConsolePanel::showError(const QString &text)
{
    if (text.isEmpty())
        m_errorIsState = false;
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void ConsolePanel::onLiveState(NodeId id, const QVariantMap &state)
{
    const NodeSpec *spec = m_circuit->node(id);
    if (!spec || spec->kind != NodeKind::Console)
        return;
    if (state.value(QStringLiteral("cleared")).toBool()) {
        m_model->clear(id); // whoever asked: the console's views forget its lines
        return;
    }
    if (std::optional<ConsoleModel::Entry> entry
        = ConsoleModel::parse(id, spec->name, state, QDateTime::currentMSecsSinceEpoch()))
        m_model->append(*entry);
}

void ConsolePanel::applyFilter()
{
    const NodeId id = pickedConsole();
    m_filter->setFilterRegularExpression(
        id != 0 ? QRegularExpression(QStringLiteral("^%1$").arg(id)) : QRegularExpression());
    m_view->scrollToBottom();
}

void ConsolePanel::refillNodes()
{
    const NodeId console = pickedConsole();
    const NodeId keyboard = pickedKeyboard();
    {
        const QSignalBlocker consoles(m_consoles);
        const QSignalBlocker keyboards(m_keyboards);
        m_consoles->clear();
        m_keyboards->clear();
        m_consoles->addItem(tr("every console"), 0);
        for (NodeId id : m_circuit->nodeIds()) {
            const NodeSpec *spec = m_circuit->node(id);
            if (spec->kind == NodeKind::Console)
                m_consoles->addItem(spec->name, id);
            else if (spec->kind == NodeKind::Keyboard)
                m_keyboards->addItem(spec->name, id);
        }
        m_consoles->setCurrentIndex(std::max(0, m_consoles->findData(console)));
        const int index = m_keyboards->findData(keyboard);
        m_keyboards->setCurrentIndex(index >= 0 ? index : 0);
    }
    if (m_keyboards->count() == 0)
        m_keyboards->setPlaceholderText(tr("no keyboard"));
    applyFilter();
    updateInput();
}

void ConsolePanel::followSelection()
{
    const NodeSpec *spec = m_circuit->node(m_selection->current());
    if (spec && spec->kind == NodeKind::Console)
        pickConsole(spec->id);
    else if (spec && spec->kind == NodeKind::Keyboard)
        pickKeyboard(spec->id);
}

void ConsolePanel::updateInput()
{
    const bool any = m_keyboards->count() > 0;
    m_keyboards->setEnabled(any);
    m_input->setEnabled(any);
    m_send->setEnabled(any);
    m_input->setPlaceholderText(any
            ? tr("Type a line for %1, then Enter").arg(m_keyboards->currentText())
            : tr("Place a keyboard (Components) to type lines here"));
    // The reason it could not type the last line is gone (the keyboard was started).
    if (m_errorIsState && keyboardinput::whyNot(m_runtime, m_circuit, pickedKeyboard()).isEmpty())
        showError({});
}

} // namespace wb
