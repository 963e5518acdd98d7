#pragma once

#include <QWidget>

class QLabel;
class QSlider;
class QToolButton;

namespace wb {

class RunControl;

// The toolbar's pace control: a toggle for teaching pace, a slider for its speed (0.05x to 4x
// in round steps, pacescale) and the factor beside it. Moving the slider turns teaching pace
// on. It shows what the run control says, so the Run menu's pace and the slider agree.
class SpeedControl final : public QWidget
{
    Q_OBJECT
public:
    explicit SpeedControl(RunControl *control, QWidget *parent = nullptr);

    QToolButton *paceButton() const { return m_pace; }
    QSlider *slider() const { return m_slider; }
    QString factorText() const;

private:
    void refresh();

    RunControl *m_control;
    QToolButton *m_pace;
    QSlider *m_slider;
    QLabel *m_factor;
};

} // namespace wb
