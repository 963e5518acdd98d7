#pragma once

#include "document/nodespec.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QToolButton;
class QTreeView;

namespace wb {

class ChatModel;
class Circuit;
class MeshRuntime;
class NodeSelection;

// The ring chat (docs/ring.md): pick a ring member (the canvas's selection picks one too),
// type a line, Enter says it there (MeshRuntime::command "say"); below, what every member (or
// only the picked one) sees as the messages go round: said, passed on at each hop, duplicate,
// came back after N hops in T ms. A member that cannot say anything (stopped, crashed, hung)
// says why under the line, and the line stays for another try.
class RingChat final : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kMaxText = 4096; // RingComponent's limit

    RingChat(MeshRuntime *runtime, const Circuit *circuit, NodeSelection *selection,
        QWidget *parent = nullptr);

    ChatModel *model() const { return m_model; }
    NodeId pickedNode() const;
    void pick(NodeId id);
    // Only the picked member's events, or everyone's.
    void setOnlyPicked(bool on);
    bool onlyPicked() const;
    // Says `text` at the picked member; false when it did not (errorText() says why, unless
    // the text was blank).
    bool say(const QString &text);
    QString errorText() const;
    int visibleLineCount() const;

    QComboBox *nodeBox() const { return m_nodes; }
    QLineEdit *input() const { return m_input; }
    QTreeView *view() const { return m_view; }

Q_SIGNALS:
    void statusMessage(const QString &text);

private:
    void refillNodes();
    void followSelection();
    void onLiveState(NodeId id, const QVariantMap &state);
    void showError(const QString &text);
    void updateInput();
    QString whyNot(NodeId id) const;

    MeshRuntime *m_runtime;
    const Circuit *m_circuit;
    NodeSelection *m_selection;
    ChatModel *m_model;
    QSortFilterProxyModel *m_filter;
    QComboBox *m_nodes;
    QCheckBox *m_only;
    QToolButton *m_clear;
    QTreeView *m_view;
    QLineEdit *m_input;
    QPushButton *m_say;
    QLabel *m_error;
    bool m_follow = true;
    bool m_errorIsState = false; // the error is the member's state: it goes when that does
};

} // namespace wb
