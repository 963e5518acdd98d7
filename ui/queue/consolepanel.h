#pragma once

#include "document/nodespec.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QToolButton;
class QTreeView;

namespace wb {

class Circuit;
class ConsoleModel;
class MeshRuntime;
class NodeSelection;

// The Console dock (docs/queues.md): the lines the consoles printed, with the time, the
// console, the node it came from and the text, for every console or the one picked (the
// canvas's selection picks one too), each console keeping its `history` lines. Below, the
// seed's reader: pick a keyboard, type a line, Enter types it there (keyboardinput), so that
// typing and the printed lines are in one place, as in a terminal. A keyboard that cannot
// take the line says why under it, and the line stays for another try.
class ConsolePanel final : public QWidget
{
    Q_OBJECT
public:
    ConsolePanel(MeshRuntime *runtime, const Circuit *circuit, NodeSelection *selection,
        QWidget *parent = nullptr);

    ConsoleModel *model() const { return m_model; }
    // The console whose lines show; 0: every console's.
    NodeId pickedConsole() const;
    void pickConsole(NodeId id);
    int visibleLineCount() const;
    // Clears the lines shown (the picked console's or all) and the consoles' own history.
    void clear();

    NodeId pickedKeyboard() const;
    void pickKeyboard(NodeId id);
    // Types `text` at the picked keyboard; false when it did not (errorText() says why,
    // unless the text had no line).
    bool type(const QString &text);
    QString errorText() const;

    QComboBox *consoleBox() const { return m_consoles; }
    QComboBox *keyboardBox() const { return m_keyboards; }
    QLineEdit *input() const { return m_input; }
    QTreeView *view() const { return m_view; }

Q_SIGNALS:
    void statusMessage(const QString &text);

private:
    void refillNodes();
    void followSelection();
    void onLiveState(NodeId id, const QVariantMap &state);
    void applyFilter();
    void showError(const QString &text);
    void updateInput();

    MeshRuntime *m_runtime;
    const Circuit *m_circuit;
    NodeSelection *m_selection;
    ConsoleModel *m_model;
    QSortFilterProxyModel *m_filter;
    QComboBox *m_consoles;
    QToolButton *m_clear;
    QTreeView *m_view;
    QComboBox *m_keyboards;
    QLineEdit *m_input;
    QPushButton *m_send;
    QLabel *m_error;
    bool m_follow = true;
    bool m_errorIsState = false; // the error is the keyboard's state: it goes when that does
};

} // namespace wb
