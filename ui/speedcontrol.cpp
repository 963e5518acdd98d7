#include "speedcontrol.h"

#include "icons.h"
#include "pacescale.h"
#include "runcontrol.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <QToolButton>

namespace wb {

SpeedControl::SpeedControl(RunControl *control, QWidget *parent)
    : QWidget(parent)
    , m_control(control)
    , m_pace(new QToolButton(this))
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_factor(new QLabel(this))
{
    setObjectName(QStringLiteral("speedControl"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->setSpacing(6);
    layout->addWidget(m_pace);
    layout->addWidget(m_slider);
    layout->addWidget(m_factor);

    m_pace->setObjectName(QStringLiteral("teachingPaceButton"));
    m_pace->setCheckable(true);
    m_pace->setIcon(icons::action(QStringLiteral("pace")));
    m_pace->setText(tr("Teaching pace"));
    m_pace->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_pace->setAutoRaise(true);
    m_pace->setToolTip(tr("Teaching pace: every hop takes a while, at the slider's speed. "
                          "Off: real time."));

    m_slider->setObjectName(QStringLiteral("speedSlider"));
    m_slider->setRange(0, pacescale::stepCount() - 1);
    m_slider->setPageStep(3);
    m_slider->setFixedWidth(120);
    m_slider->setFocusPolicy(Qt::StrongFocus);
    m_slider->setToolTip(tr("Speed of the teaching pace, 0.05× to 4×"));
    // The widest factor, so that the toolbar does not jump while the slider moves.
    m_factor->setMinimumWidth(
        m_factor->fontMetrics().horizontalAdvance(QStringLiteral("0.05×")) + 4);

    connect(m_pace, &QToolButton::clicked, m_control, &RunControl::setTeaching);
    connect(m_slider, &QSlider::valueChanged, m_control, [this](int position) {
        m_control->setTeachingSpeed(pacescale::speedAt(position));
        m_control->setTeaching(true);
    });
    connect(m_control, &RunControl::paceChanged, this, &SpeedControl::refresh);
    connect(m_control, &RunControl::teachingSpeedChanged, this, &SpeedControl::refresh);
    refresh();
}

QString SpeedControl::factorText() const
{
    return m_factor->text();
}

void SpeedControl::refresh()
{
    const bool teaching = m_control->isTeaching();
    m_pace->setChecked(teaching);
    {
        const QSignalBlocker blocker(m_slider);
        m_slider->setValue(pacescale::positionOf(m_control->teachingSpeed()));
    }
    m_factor->setText(pacescale::factorText(m_control->teachingSpeed()));
    m_factor->setEnabled(teaching);
}

} // namespace wb
