#pragma once

#include <QWidget>

class QTableView;
class QToolBar;

namespace wb {

class MeshTableModel;
class NodeSelection;

// The mesh table with its toolbar; its row selection is the shared NodeSelection.
class MeshPanel final : public QWidget
{
    Q_OBJECT
public:
    MeshPanel(MeshTableModel *model, NodeSelection *selection, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QToolBar *toolBar() const { return m_toolBar; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void pushSelection();
    void pullSelection();

    MeshTableModel *m_model;
    NodeSelection *m_selection;
    QTableView *m_view;
    QToolBar *m_toolBar;
    bool m_syncing = false;
};

} // namespace wb
