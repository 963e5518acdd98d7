#include "meshpanel.h"

#include "meshtablemodel.h"
#include "nodeselection.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QScopedValueRollback>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace wb {

namespace {

// Ports are edited in a spin box, so that only 1–65535 can be typed.
class MeshDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override
    {
        if (index.column() != MeshTableModel::Port)
            return QStyledItemDelegate::createEditor(parent, option, index);
        auto *spin = new QSpinBox(parent);
        spin->setRange(1, 65535);
        spin->setFrame(false);
        spin->setButtonSymbols(QAbstractSpinBox::NoButtons);
        return spin;
    }
};

} // namespace

MeshPanel::MeshPanel(MeshTableModel *model, NodeSelection *selection, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_selection(selection)
    , m_view(new QTableView(this))
    , m_toolBar(new QToolBar(this))
{
    m_toolBar->setIconSize({ 18, 18 });
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_view->setModel(m_model);
    m_view->setItemDelegate(new MeshDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setMinimumSectionSize(32);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // The name's icon tells the kind, and the kind whether it is local: the header's context
    // menu brings these columns back.
    m_view->setColumnHidden(MeshTableModel::Kind, true);
    m_view->setColumnHidden(MeshTableModel::Scope, true);
    const QFontMetrics fm = m_view->fontMetrics();
    const auto width = [&fm](const char *sample) {
        return fm.horizontalAdvance(QLatin1String(sample)) + 24;
    };
    m_view->setColumnWidth(MeshTableModel::Name, width("buzzer-1") + 20);
    m_view->setColumnWidth(MeshTableModel::Kind, width("external"));
    m_view->setColumnWidth(MeshTableModel::Host, width("127.0.0.1") - 12);
    m_view->setColumnWidth(MeshTableModel::Port, width("65535"));
    m_view->setColumnWidth(MeshTableModel::Scope, width("external"));
    m_view->setColumnWidth(MeshTableModel::State, width("discovered") + 14);
    m_view->setColumnWidth(MeshTableModel::In, width("9999"));
    m_view->setColumnWidth(MeshTableModel::Out, width("9999"));
    m_view->setColumnWidth(MeshTableModel::Rtt, width("10.00 ms"));
    m_view->setColumnWidth(MeshTableModel::Health, width("reconnecting") + 14);
    m_view->setColumnWidth(MeshTableModel::Ping, width("10.00 ms"));

    // An external node's liveness after the message counts, which every node has: in a
    // narrow dock a circuit of local nodes shows what it does without scrolling.
    QHeaderView *header = m_view->horizontalHeader();
    const int beforeLastAck = header->visualIndex(MeshTableModel::LastAck) - 1;
    header->moveSection(header->visualIndex(MeshTableModel::Health), beforeLastAck);
    header->moveSection(header->visualIndex(MeshTableModel::Ping), beforeLastAck);

    // The header's context menu shows and hides columns.
    header->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (int column = 0; column < MeshTableModel::ColumnCount; ++column) {
        auto *action = new QAction(
            m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString(), this);
        action->setCheckable(true);
        action->setEnabled(column != MeshTableModel::Name);
        connect(action, &QAction::toggled, this,
                [this, column](bool on) { m_view->setColumnHidden(column, !on); });
        header->addAction(action);
        m_columnActions << action;
    }
    syncColumnActions();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_view);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MeshPanel::pushSelection);
    connect(m_selection, &NodeSelection::changed, this, &MeshPanel::pullSelection);
    // Rows that come back (undo, reopen) must show the shared selection again.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MeshPanel::pullSelection);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MeshPanel::pullSelection);
    pullSelection();
}

QByteArray MeshPanel::headerState() const
{
    return m_view->horizontalHeader()->saveState();
}

bool MeshPanel::restoreHeaderState(const QByteArray &state)
{
    // QHeaderView refuses, and leaves as it is, what is not a state of its own.
    if (!m_view->horizontalHeader()->restoreState(state))
        return false;
    // The name identifies the row: it can be moved, never hidden.
    m_view->setColumnHidden(MeshTableModel::Name, false);
    syncColumnActions();
    return true;
}

void MeshPanel::syncColumnActions()
{
    for (int column = 0; column < m_columnActions.size(); ++column) {
        const QSignalBlocker blocker(m_columnActions.at(column));
        m_columnActions.at(column)->setChecked(!m_view->isColumnHidden(column));
    }
}

void MeshPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        m_model->refreshIcons();
    QWidget::changeEvent(event);
}

void MeshPanel::pushSelection()
{
    if (m_syncing)
        return;
    QList<NodeId> ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        ids << m_model->nodeAt(index.row());
    // Keep the node the user clicked last as the current one.
    const NodeId current = m_model->nodeAt(m_view->selectionModel()->currentIndex().row());
    if (current != 0 && ids.removeOne(current))
        ids << current;
    const QScopedValueRollback guard(m_syncing, true);
    m_selection->set(ids);
}

void MeshPanel::pullSelection()
{
    if (m_syncing)
        return;
    const QScopedValueRollback guard(m_syncing, true);
    QItemSelection selection;
    const QList<NodeId> ids = m_selection->ids();
    for (NodeId id : ids) {
        const int row = m_model->rowOf(id);
        if (row >= 0)
            selection.select(m_model->index(row, 0),
                             m_model->index(row, MeshTableModel::ColumnCount - 1));
    }
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (const int row = m_model->rowOf(m_selection->current()); row >= 0) {
        m_view->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                                  QItemSelectionModel::NoUpdate);
        m_view->scrollTo(m_model->index(row, 0));
    }
}

} // namespace wb
