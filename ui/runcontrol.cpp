#include "runcontrol.h"

#include "canvas/circuitview.h"
#include "runtime/meshruntime.h"
#include "speedcontrol.h"
#include "windowactions.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTextEdit>
#include <QWidgetAction>
#include <algorithm>
#include <cmath>

namespace wb {

namespace {

const QString kPaceKey = QStringLiteral("run/pace");
const QString kSpeedKey = QStringLiteral("run/teachingSpeed");
const QString kTeaching = QStringLiteral("teaching");
const QString kRealTime = QStringLiteral("real-time");

bool editsText(const QWidget *widget)
{
    const auto *combo = qobject_cast<const QComboBox *>(widget);
    return qobject_cast<const QLineEdit *>(widget) || qobject_cast<const QAbstractSpinBox *>(widget)
        || qobject_cast<const QTextEdit *>(widget) || qobject_cast<const QPlainTextEdit *>(widget)
        || (combo && combo->isEditable());
}

// Whether the focused widget has a use of its own for a plain run key. The canvas is not asked
// here: it claims the keys it wants itself (CircuitView::event).
bool focusUsesKey(const QWidget *focus, int key)
{
    if (!focus || qobject_cast<const CircuitView *>(focus))
        return false;
    if (editsText(focus))
        return true;
    switch (key) {
    case Qt::Key_Space:
        return qobject_cast<const QAbstractButton *>(focus)
            || qobject_cast<const QComboBox *>(focus);
    case Qt::Key_Right:
        // Lists, sliders and the analyzer move with the arrows; a button has no use for them.
        return !qobject_cast<const QAbstractButton *>(focus);
    default:
        return false;
    }
}

} // namespace

RunControl::RunControl(MeshRuntime *runtime, WindowActions *actions, CircuitView *view,
    QSettings *settings, QWidget *window)
    : QObject(window)
    , m_runtime(runtime)
    , m_delivery(runtime->delivery())
    , m_actions(actions)
    , m_settings(settings)
{
    const double stored = m_settings->value(kSpeedKey, 1.0).toDouble();
    m_teachingSpeed = std::isfinite(stored)
        ? std::clamp(stored, TimeSource::kMinSpeed, TimeSource::kMaxSpeed)
        : 1.0;
    setTeaching(m_settings->value(kPaceKey, kRealTime).toString() == kTeaching);
    actions->speed->setDefaultWidget(new SpeedControl(this));

    connect(actions->pause, &QAction::triggered, m_delivery, &DeliveryController::setPaused);
    connect(actions->step, &QAction::triggered, this, &RunControl::stepOne);
    // Run goes on with a paused run, too.
    connect(
        actions->runAll, &QAction::triggered, m_delivery, [this] { m_delivery->setPaused(false); });
    connect(actions->realTime, &QAction::triggered, this, [this] { setTeaching(false); });
    connect(actions->teachingPace, &QAction::triggered, this, [this] { setTeaching(true); });
    connect(view, &CircuitView::spaceTapped, this, [this] {
        if (m_actions->pause->isEnabled())
            m_actions->pause->trigger();
    });

    connect(m_delivery, &DeliveryController::paceChanged, this, [this] {
        const bool teaching = isTeaching();
        (teaching ? m_actions->teachingPace : m_actions->realTime)->setChecked(true);
        Q_EMIT paceChanged(teaching);
    });
    connect(m_delivery, &DeliveryController::pausedChanged, this, &RunControl::updateActions);
    connect(m_delivery, &DeliveryController::heldChanged, this, &RunControl::updateActions);
    connect(m_runtime, &MeshRuntime::runningChanged, this, &RunControl::updateActions);
    (isTeaching() ? m_actions->teachingPace : m_actions->realTime)->setChecked(true);
    updateActions();
    window->installEventFilter(this);
}

bool RunControl::isTeaching() const
{
    return m_delivery->pace() == DeliveryController::Pace::Teaching;
}

void RunControl::setTeaching(bool on)
{
    m_delivery->setSpeed(on ? m_teachingSpeed : 1.0);
    m_delivery->setPace(
        on ? DeliveryController::Pace::Teaching : DeliveryController::Pace::RealTime);
    store();
}

void RunControl::setTeachingSpeed(double speed)
{
    speed = std::clamp(speed, TimeSource::kMinSpeed, TimeSource::kMaxSpeed);
    if (!std::isfinite(speed) || speed == m_teachingSpeed)
        return;
    m_teachingSpeed = speed;
    if (isTeaching())
        m_delivery->setSpeed(speed);
    store();
    Q_EMIT teachingSpeedChanged(speed);
}

void RunControl::stepOne()
{
    if (!m_delivery->step())
        Q_EMIT message(tr("Nothing is in flight to step"));
}

void RunControl::updateActions()
{
    const bool running = m_runtime->isRunning();
    const bool paused = m_delivery->isPaused();
    m_actions->pause->setEnabled(running);
    m_actions->pause->setChecked(paused);
    m_actions->step->setEnabled(running && (paused || m_delivery->heldCount() > 0));
}

void RunControl::store()
{
    m_settings->setValue(kPaceKey, isTeaching() ? kTeaching : kRealTime);
    m_settings->setValue(kSpeedKey, m_teachingSpeed);
}

bool RunControl::eventFilter(QObject *watched, QEvent *event)
{
    // A plain run key that reached the window unclaimed: give it to the focused widget rather
    // than to the shortcut when that widget has a use for it (typing a space in a name).
    if (event->type() == QEvent::ShortcutOverride) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const Qt::KeyboardModifiers mods = key->modifiers() & ~Qt::KeypadModifier;
        const bool runKey
            = key->key() == Qt::Key_Space || key->key() == Qt::Key_N || key->key() == Qt::Key_Right;
        if (runKey && (mods == Qt::NoModifier || mods == Qt::ShiftModifier)
            && focusUsesKey(QApplication::focusWidget(), key->key())) {
            event->accept();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace wb
