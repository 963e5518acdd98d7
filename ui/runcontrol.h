#pragma once

#include <QObject>

class QSettings;
class QWidget;

namespace wb {

class CircuitView;
class DeliveryController;
class MeshRuntime;
class WindowActions;

// The window's run control: Pause (Space), Step (N, Right), and the pace (real time, or
// teaching pace at 0.05x to 4x), as WindowActions' actions and the toolbar's SpeedControl.
// Every control calls the runtime's DeliveryController and the actions follow its signals: a
// run that stops unpauses, and Pause shows it. Pause works while something runs, Step while
// paused or while anything is held. Pace and teaching speed are kept in the settings.
//
// Space, N and Right are plain keys: a text field keeps all three while it has focus, a button
// or a combo box keeps Space, and a list, a slider or the analyzer keeps Right. On the canvas,
// Space held pans and a tap pauses, and Right nudges the selection when there is one.
class RunControl final : public QObject
{
    Q_OBJECT
public:
    // `window` is where the keys are watched; the actions' speed widget is made here, so call
    // this before the toolbar is laid out.
    RunControl(MeshRuntime *runtime, WindowActions *actions, CircuitView *view, QSettings *settings,
        QWidget *window);

    bool isTeaching() const;
    // The speed of the teaching pace; real time runs at 1x and keeps it for the next time.
    double teachingSpeed() const { return m_teachingSpeed; }

public Q_SLOTS:
    void setTeaching(bool on);
    void setTeachingSpeed(double speed);

Q_SIGNALS:
    void paceChanged(bool teaching);
    void teachingSpeedChanged(double speed);
    // For the status bar ("nothing to step").
    void message(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void stepOne();
    void updateActions();
    void store();

    MeshRuntime *m_runtime;
    DeliveryController *m_delivery;
    WindowActions *m_actions;
    QSettings *m_settings;
    double m_teachingSpeed = 1.0;
};

} // namespace wb
