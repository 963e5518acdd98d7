#pragma once

#include <QByteArray>
#include <QFont>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class QAction;
class QDockWidget;
class QMainWindow;
class QSettings;
class QShortcut;
class QToolBar;
class QToolButton;

namespace wb {

class CircuitEditor;
class WindowActions;

// Teacher mode (docs/classroom.md): the circuit is locked for students while running, pausing,
// stepping, inspecting, the chart and the analyzer stay. The lock itself is the editor's
// (CircuitEditor::setLocked), the one place every edit goes through; here are the rest: the
// edit actions disabled with the reason as their tip, Ctrl+Z saying why instead of nothing,
// the optional passphrase to leave (its salted SHA-256 in the settings), and the presentation
// layout (larger text, the canvas and the sequence chart side by side, toolbar text under the
// icons) that leaving takes back (saveState/restoreState).
class TeacherMode final : public QObject
{
    Q_OBJECT
public:
    TeacherMode(QMainWindow *window, CircuitEditor *editor, WindowActions *actions,
        QSettings *settings, QObject *parent = nullptr);

    static constexpr qreal kFontScale = 1.4;

    bool isOn() const { return m_on; }
    // What a refused edit says.
    static QString reason();

    // Passphrase to leave; empty: none, leaving is one click.
    void setPassphrase(const QString &passphrase);
    bool hasPassphrase() const;
    bool checkPassphrase(const QString &passphrase) const;

    void enter();
    // False (and message()) when a passphrase is set and `passphrase` is not it.
    bool leave(const QString &passphrase = {});
    // Enters again when the window closed in teacher mode (a restart does not unlock).
    void restore();

    // The action's path: asks for a passphrase to set (entering) or the passphrase (leaving),
    // in window-modal dialogs that never block.
    void toggleRequested(bool on);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    void changed(bool on);
    void message(const QString &text);

private:
    struct ActionState
    {
        bool wanted = true; // what the window would have it be without the lock
        QString toolTip;
        QString statusTip;
    };

    QList<QAction *> editActions() const;
    void lockActions();
    void unlockActions();
    void presentationLayout();
    void applySizes();
    void askToLeave();
    void askToEnter();

    QMainWindow *m_window;
    CircuitEditor *m_editor;
    WindowActions *m_actions;
    QSettings *m_settings;
    bool m_on = false;
    bool m_sizesPending = false; // the layout's sizes wait for the window on screen
    bool m_forcing = false; // this class turns an action off: not the window's wish
    QHash<QAction *, ActionState> m_actionStates;
    QList<QShortcut *> m_shortcuts; // undo, redo: refused with the reason while locked
    QFont m_font;
    QByteArray m_state;
    Qt::DockWidgetArea m_corner = Qt::BottomDockWidgetArea;
    QHash<QToolBar *, QPair<int, QSize>> m_toolBars; // style, icon size
    QList<QPair<QPointer<QToolButton>, int>> m_buttonStyles;
};

} // namespace wb
