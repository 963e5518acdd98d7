#include "logpanel.h"

#include "document/circuit.h"
#include "icons.h"
#include "logmodel.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace wb {

class LogFilterModel final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setNode(std::optional<NodeId> node)
    {
        m_node = node;
        invalidateRowsFilter();
    }
    void setText(const QString &text)
    {
        m_text = text;
        invalidateRowsFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &) const override
    {
        const auto *model = static_cast<const LogModel *>(sourceModel());
        const LogModel::Entry &e = model->entry(row);
        if (m_node && e.node != *m_node)
            return false;
        return m_text.isEmpty() || e.text.contains(m_text, Qt::CaseInsensitive)
            || e.name.contains(m_text, Qt::CaseInsensitive);
    }

private:
    std::optional<NodeId> m_node;
    QString m_text;
};

LogPanel::LogPanel(LogModel *model, const Circuit *circuit, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_circuit(circuit)
    , m_filter(new LogFilterModel(this))
    , m_view(new QTreeView(this))
    , m_nodes(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_follow(new QToolButton(this))
{
    m_filter->setSourceModel(m_model);
    m_view->setModel(m_filter);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true); // keeps 10,000 rows cheap
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_view->header()->setStretchLastSection(true);
    m_view->setColumnWidth(LogModel::Time,
                           m_view->fontMetrics().horizontalAdvance(QStringLiteral("00:00:00.000"))
                               + 24);

    m_nodes->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    // The filter field gives way first: a translated "All nodes" must not be cut off.
    m_nodes->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed);
    m_nodes->setToolTip(tr("Show the lines of one node"));
    m_search->setPlaceholderText(tr("Filter lines…"));
    m_search->setClearButtonEnabled(true);
    m_follow->setIcon(icons::action(QStringLiteral("follow")));
    m_follow->setCheckable(true);
    m_follow->setChecked(true);
    m_follow->setToolTip(tr("Follow the newest line"));
    m_follow->setAutoRaise(true);
    auto *clear = new QToolButton(this);
    clear->setIcon(icons::action(QStringLiteral("clear")));
    clear->setToolTip(tr("Clear the log"));
    clear->setAutoRaise(true);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(6, 4, 6, 4);
    bar->setSpacing(6);
    bar->addWidget(m_nodes);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_follow);
    bar->addWidget(clear);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_view);

    connect(m_search, &QLineEdit::textChanged, this, &LogPanel::setTextFilter);
    connect(m_nodes, &QComboBox::activated, this, [this](int index) {
        const QVariant id = m_nodes->itemData(index);
        setNodeFilter(id.isValid() ? std::optional<NodeId>(id.toInt()) : std::nullopt);
    });
    connect(clear, &QToolButton::clicked, m_model, &LogModel::clear);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) {
            const QModelIndex source = m_filter->mapToSource(current);
            if (m_selectingNear || !source.isValid() || source.row() >= m_model->rowCount())
                return;
            const LogModel::Entry &e = m_model->entry(source.row());
            Q_EMIT lineActivated(e.timeNs, e.node);
        });
    connect(m_model, &LogModel::flushed, this, &LogPanel::onFlushed);
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        // Scrolling up stops following; back at the bottom follows again.
        m_follow->setChecked(value == m_view->verticalScrollBar()->maximum());
    });
    connect(m_circuit, &Circuit::reset, this, &LogPanel::refillNodes);
    connect(m_circuit, &Circuit::nodeAdded, this, &LogPanel::refillNodes);
    connect(m_circuit, &Circuit::nodeRemoved, this, &LogPanel::refillNodes);
    connect(m_circuit, &Circuit::nodeChanged, this, [this](NodeId, NodeField field) {
        if (field == NodeField::Name)
            refillNodes();
    });
    refillNodes();
}

void LogPanel::setNodeFilter(std::optional<NodeId> node)
{
    m_filter->setNode(node);
    const int index = node ? m_nodes->findData(*node) : 0;
    if (index >= 0)
        m_nodes->setCurrentIndex(index);
}

void LogPanel::setTextFilter(const QString &text)
{
    if (m_search->text() != text)
        m_search->setText(text);
    m_filter->setText(text);
}

int LogPanel::visibleLineCount() const
{
    return m_filter->rowCount();
}

bool LogPanel::selectLineNear(qint64 timeNs, NodeId node)
{
    m_model->flush();
    const int rows = m_model->rowCount();
    // Lines arrive in time order: the first at or after timeNs, then that node's nearest.
    int first = 0;
    int count = rows;
    while (count > 0) {
        const int half = count / 2;
        if (m_model->entry(first + half).timeNs < timeNs) {
            first += half + 1;
            count -= half + 1;
        } else {
            count = half;
        }
    }
    int found = -1;
    for (int row = first; row < rows && found < 0; ++row) {
        if (m_model->entry(row).node == node)
            found = row;
    }
    for (int row = first - 1; row >= 0 && found < 0; --row) {
        if (m_model->entry(row).node == node)
            found = row;
    }
    const QModelIndex index
        = found >= 0 ? m_filter->mapFromSource(m_model->index(found, 0)) : QModelIndex();
    if (!index.isValid())
        return false;
    m_follow->setChecked(false);
    m_selectingNear = true;
    m_view->setCurrentIndex(index);
    m_selectingNear = false;
    m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
    return true;
}

int LogPanel::selectedLine() const
{
    const QModelIndex current = m_filter->mapToSource(m_view->currentIndex());
    return current.isValid() ? current.row() : -1;
}

void LogPanel::refillNodes()
{
    const QVariant current = m_nodes->currentData();
    m_nodes->clear();
    m_nodes->addItem(tr("All nodes"));
    m_nodes->addItem(tr("Workbench"), 0);
    const QList<NodeSpec> nodes = m_circuit->nodes();
    for (const NodeSpec &spec : nodes)
        m_nodes->addItem(spec.name, spec.id);
    const int index = current.isValid() ? m_nodes->findData(current) : 0;
    if (index < 0)
        m_filter->setNode(std::nullopt); // its node is gone
    m_nodes->setCurrentIndex(std::max(0, index));
}

void LogPanel::onFlushed()
{
    if (m_follow->isChecked())
        m_view->scrollToBottom();
}

} // namespace wb
