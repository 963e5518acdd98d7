#include "teachermode.h"

#include "circuiteditor.h"
#include "windowactions.h"

#include <QAction>
#include <QApplication>
#include <QCryptographicHash>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QEvent>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QShortcut>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>

namespace wb {

namespace {

const QString kSalt = QStringLiteral("teacher/passphraseSalt");
const QString kHash = QStringLiteral("teacher/passphraseHash");
const QString kOn = QStringLiteral("teacher/on");
const QString kPreviousState = QStringLiteral("teacher/previousState");

QByteArray hashOf(const QByteArray &salt, const QString &passphrase)
{
    return QCryptographicHash::hash(
        QByteArray(salt + passphrase.toUtf8()), QCryptographicHash::Sha256)
        .toHex();
}

} // namespace

TeacherMode::TeacherMode(QMainWindow *window, CircuitEditor *editor, WindowActions *actions,
    QSettings *settings, QObject *parent)
    : QObject(parent), m_window(window), m_editor(editor), m_actions(actions), m_settings(settings)
{
    // Undo's own shortcut is gone with its disabled action: these say why instead.
    for (const QKeySequence::StandardKey key : { QKeySequence::Undo, QKeySequence::Redo }) {
        auto *shortcut = new QShortcut(key, m_window);
        shortcut->setEnabled(false);
        connect(shortcut, &QShortcut::activated, m_editor,
            key == QKeySequence::Undo ? &CircuitEditor::undo : &CircuitEditor::redo);
        m_shortcuts << shortcut;
    }
    connect(m_actions->teacherMode, &QAction::triggered, this, &TeacherMode::toggleRequested);
    m_window->installEventFilter(this);
}

QString TeacherMode::reason()
{
    return tr("teacher mode is on: the circuit is locked. Run, pause, step and inspect it; "
              "the teacher leaves teacher mode in View ▸ Teacher Mode.");
}

void TeacherMode::setPassphrase(const QString &passphrase)
{
    if (passphrase.isEmpty()) {
        m_settings->remove(kSalt);
        m_settings->remove(kHash);
        return;
    }
    QByteArray salt(16, '\0');
    for (char &byte : salt)
        byte = char(QRandomGenerator::system()->bounded(256));
    m_settings->setValue(kSalt, salt.toHex());
    m_settings->setValue(kHash, hashOf(salt, passphrase));
}

bool TeacherMode::hasPassphrase() const
{
    return !m_settings->value(kHash).toByteArray().isEmpty();
}

bool TeacherMode::checkPassphrase(const QString &passphrase) const
{
    if (!hasPassphrase())
        return true;
    const QByteArray salt = QByteArray::fromHex(m_settings->value(kSalt).toByteArray());
    return hashOf(salt, passphrase) == m_settings->value(kHash).toByteArray();
}

QList<QAction *> TeacherMode::editActions() const
{
    QList<QAction *> list { m_actions->undo, m_actions->redo, m_actions->cut, m_actions->paste,
        m_actions->remove, m_actions->insertRing };
    list << m_actions->insertNodes;
    return list;
}

void TeacherMode::enter()
{
    if (m_on)
        return;
    m_on = true;
    m_editor->setLocked(true, reason());
    lockActions();
    presentationLayout();
    m_settings->setValue(kOn, true);
    {
        const QSignalBlocker blocker(m_actions->teacherMode);
        m_actions->teacherMode->setChecked(true);
    }
    Q_EMIT message(tr("Teacher mode: editing is locked; run, pause, step and inspect stay."));
    Q_EMIT changed(true);
}

bool TeacherMode::leave(const QString &passphrase)
{
    if (!m_on)
        return true;
    if (!checkPassphrase(passphrase)) {
        Q_EMIT message(tr("Wrong passphrase: teacher mode stays on."));
        return false;
    }
    m_on = false;
    m_editor->setLocked(false);
    unlockActions();
    QApplication::setFont(m_font);
    for (auto it = m_toolBars.cbegin(); it != m_toolBars.cend(); ++it) {
        it.key()->setToolButtonStyle(Qt::ToolButtonStyle(it.value().first));
        it.key()->setIconSize(it.value().second);
    }
    // The toolbar's style reached every button: the icon-only ones get theirs back.
    for (const auto &[button, style] : std::as_const(m_buttonStyles)) {
        if (button)
            button->setToolButtonStyle(Qt::ToolButtonStyle(style));
    }
    m_toolBars.clear();
    m_buttonStyles.clear();
    m_window->setCorner(Qt::BottomRightCorner, m_corner);
    m_window->restoreState(m_state);
    m_settings->remove(kOn);
    m_settings->remove(kPreviousState);
    {
        const QSignalBlocker blocker(m_actions->teacherMode);
        m_actions->teacherMode->setChecked(false);
    }
    Q_EMIT message(tr("Teacher mode is off: the circuit can be edited."));
    Q_EMIT changed(false);
    return true;
}

void TeacherMode::restore()
{
    if (!m_settings->value(kOn, false).toBool())
        return;
    const QByteArray previous = m_settings->value(kPreviousState).toByteArray();
    enter();
    // The window came back in the presentation layout: leaving goes to the one before it.
    if (!previous.isEmpty()) {
        m_state = previous;
        m_settings->setValue(kPreviousState, previous);
    }
}

void TeacherMode::lockActions()
{
    const QString tip = tr("Locked: %1").arg(reason());
    for (QAction *action : editActions()) {
        m_actionStates.insert(
            action, { action->isEnabled(), action->toolTip(), action->statusTip() });
        m_forcing = true;
        action->setEnabled(false);
        m_forcing = false;
        action->setToolTip(tip);
        action->setStatusTip(tip);
        // The window and the undo stack enable these as the selection and history change:
        // remember what they want, keep them off.
        connect(action, &QAction::enabledChanged, this, [this, action](bool enabled) {
            if (!m_on || m_forcing)
                return;
            m_actionStates[action].wanted = enabled;
            if (enabled) {
                m_forcing = true;
                action->setEnabled(false);
                m_forcing = false;
            }
        });
    }
    for (QShortcut *shortcut : std::as_const(m_shortcuts))
        shortcut->setEnabled(true);
}

void TeacherMode::unlockActions()
{
    for (QShortcut *shortcut : std::as_const(m_shortcuts))
        shortcut->setEnabled(false);
    for (auto it = m_actionStates.cbegin(); it != m_actionStates.cend(); ++it) {
        QAction *action = it.key();
        disconnect(action, &QAction::enabledChanged, this, nullptr);
        action->setToolTip(it->toolTip);
        action->setStatusTip(it->statusTip);
        action->setEnabled(it->wanted);
    }
    m_actionStates.clear();
    // The history did not change while locked: the stack knows best what can be undone.
    m_actions->undo->setEnabled(m_editor->undoStack()->canUndo());
    m_actions->redo->setEnabled(m_editor->undoStack()->canRedo());
}

void TeacherMode::presentationLayout()
{
    m_state = m_window->saveState();
    m_settings->setValue(kPreviousState, m_state);
    m_font = QApplication::font();
    QFont large = m_font;
    if (large.pointSizeF() > 0)
        large.setPointSizeF(large.pointSizeF() * kFontScale);
    else
        large.setPixelSize(qRound(large.pixelSize() * kFontScale));
    QApplication::setFont(large);

    const QList<QToolBar *> bars = m_window->findChildren<QToolBar *>();
    for (QToolBar *bar : bars) {
        if (bar->parentWidget() != m_window)
            continue; // a dock's own toolbar keeps its look
        m_toolBars.insert(bar, { int(bar->toolButtonStyle()), bar->iconSize() });
        const QList<QToolButton *> buttons = bar->findChildren<QToolButton *>();
        for (QToolButton *button : buttons)
            m_buttonStyles.append({ button, int(button->toolButtonStyle()) });
        bar->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
        bar->setIconSize(bar->iconSize() * 1.5);
    }

    // Nothing to place from: the palette goes; the chart goes beside the canvas.
    if (auto *palette = m_window->findChild<QDockWidget *>(QStringLiteral("paletteDock")))
        palette->hide();
    if (auto *mesh = m_window->findChild<QDockWidget *>(QStringLiteral("meshDock")))
        mesh->hide();
    auto *chart = m_window->findChild<QDockWidget *>(QStringLiteral("chartDock"));
    auto *inspector = m_window->findChild<QDockWidget *>(QStringLiteral("inspectorDock"));
    if (!chart)
        return;
    chart->setFloating(false);
    // The right side, top to bottom, is the chart's; the inspector is its tab neighbour.
    m_corner = m_window->corner(Qt::BottomRightCorner);
    m_window->setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    m_window->addDockWidget(Qt::RightDockWidgetArea, chart, Qt::Vertical);
    if (inspector && !inspector->isFloating()) {
        m_window->addDockWidget(Qt::RightDockWidgetArea, inspector, Qt::Vertical);
        m_window->tabifyDockWidget(chart, inspector);
    }
    chart->show();
    chart->raise();
    // Sizes once the docks have settled in their new places, on screen.
    m_sizesPending = true;
    if (m_window->isVisible())
        QTimer::singleShot(0, this, &TeacherMode::applySizes);
}

void TeacherMode::applySizes()
{
    if (!m_on || !m_sizesPending || !m_window->isVisible())
        return;
    m_sizesPending = false;
    auto *chart = m_window->findChild<QDockWidget *>(QStringLiteral("chartDock"));
    if (!chart)
        return;
    // The chart gets the right half, the panels under the canvas a quarter of its height.
    const int height = m_window->height();
    m_window->resizeDocks({ chart }, { m_window->width() / 2 }, Qt::Horizontal);
    const QList<QDockWidget *> docks = m_window->findChildren<QDockWidget *>();
    for (QDockWidget *dock : docks) {
        if (m_window->dockWidgetArea(dock) == Qt::BottomDockWidgetArea && dock->isVisible())
            m_window->resizeDocks({ dock }, { height / 4 }, Qt::Vertical);
    }
}

bool TeacherMode::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Show && m_sizesPending)
        QTimer::singleShot(0, this, &TeacherMode::applySizes);
    return QObject::eventFilter(watched, event);
}

void TeacherMode::toggleRequested(bool on)
{
    // The action shows the mode, not the click: it changes once the dialog says so.
    {
        const QSignalBlocker blocker(m_actions->teacherMode);
        m_actions->teacherMode->setChecked(m_on);
    }
    if (on && !m_on)
        askToEnter();
    else if (!on && m_on)
        askToLeave();
}

void TeacherMode::askToEnter()
{
    auto *dialog = new QDialog(m_window);
    dialog->setObjectName(QStringLiteral("teacherModeEnterDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Teacher Mode"));
    auto *layout = new QFormLayout(dialog);
    auto *text = new QLabel(tr("Teacher mode locks editing: students run, pause, step and "
                               "inspect the circuit but cannot change it. A passphrase (optional) "
                               "is asked for to leave it."),
        dialog);
    text->setWordWrap(true);
    layout->addRow(text);
    auto *passphrase = new QLineEdit(dialog);
    passphrase->setObjectName(QStringLiteral("passphrase"));
    passphrase->setEchoMode(QLineEdit::Password);
    passphrase->setPlaceholderText(tr("none: leaving is one click"));
    layout->addRow(tr("&Passphrase:"), passphrase);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Lock"));
    layout->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(dialog, &QDialog::accepted, this, [this, passphrase] {
        setPassphrase(passphrase->text());
        enter();
    });
    dialog->open();
}

void TeacherMode::askToLeave()
{
    if (!hasPassphrase()) {
        leave();
        return;
    }
    auto *dialog = new QInputDialog(m_window);
    dialog->setObjectName(QStringLiteral("teacherModeLeaveDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Leave Teacher Mode"));
    dialog->setLabelText(tr("Passphrase:"));
    dialog->setTextEchoMode(QLineEdit::Password);
    connect(dialog, &QInputDialog::textValueSelected, this,
        [this](const QString &text) { leave(text); });
    dialog->open();
}

} // namespace wb
