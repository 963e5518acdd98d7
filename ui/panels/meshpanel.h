#pragma once

#include <QByteArray>
#include <QList>
#include <QWidget>

class QAction;
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
    // The columns' order, widths and which are shown, kept in the settings across runs.
    QByteArray headerState() const;
    // False, and nothing changes, for bytes that are not a header state of this layout (an
    // older version's, or one with other columns). Widths beyond reason come back as defaults.
    bool restoreHeaderState(const QByteArray &state);
    // A column's width at first: its widest usual value, or its label.
    int defaultWidth(int column) const;

    // A restored column wider than this many times its default width is taken as a mistake.
    static constexpr int kMaxWidthFactor = 6;

protected:
    void changeEvent(QEvent *event) override;

private:
    void pushSelection();
    void pullSelection();
    void syncColumnActions();

    MeshTableModel *m_model;
    NodeSelection *m_selection;
    QTableView *m_view;
    QToolBar *m_toolBar;
    QList<QAction *> m_columnActions; // by model column: the header's menu
    bool m_syncing = false;
};

} // namespace wb
