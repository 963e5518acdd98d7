#include "meshpanel.h"

#include "meshtablemodel.h"
#include "nodeselection.h"

#include <QAction>
#include <QDataStream>
#include <QEvent>
#include <QHeaderView>
#include <QIODevice>
#include <QScopedValueRollback>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace wb {

namespace {

// Saved header states carry this layout's number: a state of an older layout (other widths,
// resize modes or columns) is dropped rather than restored over this one. Bump it whenever the
// columns or their sizing change.
constexpr quint32 kStateMagic = 0x57424d48; // "WBMH"
constexpr quint16 kLayoutVersion = 2;

// Ports are edited in a spin box, so that only 1–65535 can be typed. An external node's health
// is its mark (a shape per health): the word and the details are its tooltip, which keeps the
// column narrow.
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

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.column() == MeshTableModel::Health
            && option->features.testFlag(QStyleOptionViewItem::HasDecoration)) {
            option->text.clear();
            option->features.setFlag(QStyleOptionViewItem::HasDisplay, false);
            option->decorationAlignment = Qt::AlignCenter;
            option->decorationPosition = QStyleOptionViewItem::Top; // centred in the cell
        }
    }
};

// A column's widest usual value, and whether an icon comes before it.
struct Sample
{
    const char *text = nullptr; // none: the last ack takes what is left
    bool icon = false;
};

Sample widestValue(int column)
{
    switch (column) {
    case MeshTableModel::Name:
        return { "buzzer-12", true };
    case MeshTableModel::Kind:
    case MeshTableModel::Scope:
        return { "discovered", false };
    case MeshTableModel::Host:
        return { "127.0.0.1", false };
    case MeshTableModel::Port:
        return { "65535", false };
    case MeshTableModel::State:
        return { "listening", true };
    case MeshTableModel::In:
    case MeshTableModel::Out:
        return { "99999", false };
    case MeshTableModel::Rtt:
    case MeshTableModel::Ping:
        return { "999.9 ms", false };
    case MeshTableModel::Health: // the mark alone
        return { "", true };
    default:
        return {};
    }
}

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
    QHeaderView *header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setMinimumSectionSize(24);
    // Every column fits the default dock: the columns are as wide as their widest usual value,
    // and the last ack, the one free text, takes what is left and elides (its tooltip has it
    // whole).
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    // The name's icon tells the kind, and the kind whether it is local: the header's context
    // menu brings these columns back.
    m_view->setColumnHidden(MeshTableModel::Kind, true);
    m_view->setColumnHidden(MeshTableModel::Scope, true);
    for (int column = 0; column < MeshTableModel::ColumnCount; ++column)
        m_view->setColumnWidth(column, defaultWidth(column));

    // An external node's liveness after the message counts, which every node has: in a
    // narrow dock a circuit of local nodes shows what it does first.
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

int MeshPanel::defaultWidth(int column) const
{
    // Measured the way the view measures a cell: the style's size of an item with the sample.
    const auto cell = [this](const char *sample, bool icon) {
        QStyleOptionViewItem option;
        option.initFrom(m_view);
        option.font = m_view->font();
        option.fontMetrics = m_view->fontMetrics();
        option.text = QLatin1String(sample);
        option.features.setFlag(QStyleOptionViewItem::HasDisplay, !option.text.isEmpty());
        option.features.setFlag(QStyleOptionViewItem::HasDecoration, icon);
        option.decorationSize = m_view->iconSize().isValid() ? m_view->iconSize() : QSize(16, 16);
        return m_view->style()->sizeFromContents(QStyle::CT_ItemViewItem, &option, {}, m_view)
            .width();
    };
    const Sample widest = widestValue(column);
    const int content = widest.text ? cell(widest.text, widest.icon) : 0;
    return std::max(content, m_view->horizontalHeader()->sectionSizeHint(column));
}

QByteArray MeshPanel::headerState() const
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << kStateMagic << kLayoutVersion << qint32(MeshTableModel::ColumnCount)
        << m_view->horizontalHeader()->saveState();
    return bytes;
}

bool MeshPanel::restoreHeaderState(const QByteArray &state)
{
    QDataStream in(state);
    quint32 magic = 0;
    quint16 version = 0;
    qint32 columns = 0;
    QByteArray headerBytes;
    in >> magic >> version >> columns >> headerBytes;
    if (in.status() != QDataStream::Ok || magic != kStateMagic || version != kLayoutVersion
        || columns != MeshTableModel::ColumnCount)
        return false;
    // QHeaderView refuses, and leaves as it is, what is not a state of its own.
    QHeaderView *header = m_view->horizontalHeader();
    if (!header->restoreState(headerBytes))
        return false;
    // The name identifies the row: it can be moved, never hidden. A width the user cannot
    // mean (narrower than the label, or a screen wide) is the default again.
    m_view->setColumnHidden(MeshTableModel::Name, false);
    for (int column = 0; column < MeshTableModel::ColumnCount; ++column) {
        const int size = header->sectionSize(column);
        const int normal = defaultWidth(column);
        if (!header->isSectionHidden(column)
            && (size < header->sectionSizeHint(column) || size > kMaxWidthFactor * normal))
            header->resizeSection(column, normal);
    }
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
