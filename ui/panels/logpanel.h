#pragma once

#include "document/nodespec.h"

#include <QWidget>
#include <optional>

class QComboBox;
class QLineEdit;
class QToolButton;
class QTreeView;

namespace wb {

class Circuit;
class LogFilterModel;
class LogModel;

// The log: a filter by node and by text over the LogModel, following the newest line unless
// the user scrolled away.
class LogPanel final : public QWidget
{
    Q_OBJECT
public:
    LogPanel(LogModel *model, const Circuit *circuit, QWidget *parent = nullptr);

    void setNodeFilter(std::optional<NodeId> node);
    void setTextFilter(const QString &text);
    int visibleLineCount() const;

private:
    void refillNodes();
    void onFlushed();

    LogModel *m_model;
    const Circuit *m_circuit;
    LogFilterModel *m_filter;
    QTreeView *m_view;
    QComboBox *m_nodes;
    QLineEdit *m_search;
    QToolButton *m_follow;
};

} // namespace wb
