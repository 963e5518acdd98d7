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
    // Selects the first line of `node` at or after `timeNs` (else the last before it) and stops
    // following: a message selected elsewhere shows what its receiver logged. Returns whether
    // a shown line was found.
    bool selectLineNear(qint64 timeNs, NodeId node);
    // The selected line's row in the LogModel, -1 when none.
    int selectedLine() const;
    // For tests and tools: the list of lines.
    QTreeView *view() const { return m_view; }

Q_SIGNALS:
    // The user made a line the current one (not selectLineNear()): its time and node.
    void lineActivated(qint64 timeNs, wb::NodeId node);

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
    bool m_selectingNear = false;
};

} // namespace wb
