#include "replaybar.h"

#include "replay/replayer.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QSlider>
#include <QStyle>
#include <algorithm>

namespace wb {

namespace {

QString seconds(qint64 ns)
{
    return QStringLiteral("%L1 s").arg(double(ns) / 1e9, 0, 'f', 3);
}

} // namespace

ReplayBar::ReplayBar(Replayer *replayer, QWidget *parent)
    : QToolBar(tr("Replay"), parent)
    , m_replayer(replayer)
    , m_title(new QLabel(this))
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_time(new QLabel(this))
    , m_speed(new QComboBox(this))
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("replayBar")); // saveState() needs it
    setMovable(false);
    toggleViewAction()->setVisible(false); // shown while a replay lasts, not by choice
    m_title->setContentsMargins(6, 0, 6, 0);
    addWidget(m_title);
    m_play = addAction(style()->standardIcon(QStyle::SP_MediaPlay), tr("Play"));
    m_play->setCheckable(true);
    m_play->setToolTip(tr("Play the recording at the chosen speed"));
    connect(m_play, &QAction::toggled, m_replayer, &Replayer::setPlaying);

    m_slider->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_slider->setMinimumWidth(160);
    m_slider->setToolTip(tr("The moment of the recording shown (Left, Right, Page Up, Page "
                            "Down, Home, End)"));
    addWidget(m_slider);
    connect(m_slider, &QSlider::valueChanged, this,
        [this](int value) { m_replayer->setPosition(timeOf(value)); });
    m_time->setContentsMargins(6, 0, 6, 0);
    m_time->setTextInteractionFlags(Qt::TextSelectableByMouse);
    addWidget(m_time);

    for (const double speed : { 0.05, 0.1, 0.25, 0.5 })
        m_speed->addItem(QStringLiteral("%L1×").arg(speed), speed);
    m_speed->addItem(tr("Real time"), Replayer::kRealTime);
    for (const double speed : { 2.0, 4.0 })
        m_speed->addItem(QStringLiteral("%L1×").arg(speed), speed);
    m_speed->setCurrentIndex(m_speed->findData(m_replayer->speed()));
    m_speed->setToolTip(tr("How fast Play moves through the recording"));
    addWidget(m_speed);
    connect(m_speed, &QComboBox::currentIndexChanged, this,
        [this](int index) { m_replayer->setSpeed(m_speed->itemData(index).toDouble()); });

    m_note->setContentsMargins(6, 0, 6, 0);
    m_note->setWordWrap(false);
    addWidget(m_note);
    m_back = addAction(tr("Back to Live"));
    m_back->setToolTip(tr("End the replay: the canvas, the chart and the analyzer show the "
                          "circuit's own run again"));
    connect(m_back, &QAction::triggered, this, &ReplayBar::backToLive);

    connect(m_replayer, &Replayer::positionChanged, this, &ReplayBar::updatePosition);
    connect(m_replayer, &Replayer::playingChanged, this, &ReplayBar::updatePlaying);
    connect(m_replayer, &Replayer::speedChanged, this, [this](double speed) {
        if (const int index = m_speed->findData(speed); index >= 0)
            m_speed->setCurrentIndex(index);
    });
    updateRange();
    updatePosition(m_replayer->position());
}

void ReplayBar::setTitle(const QString &title)
{
    m_title->setText(tr("Replaying <b>%1</b>").arg(title.toHtmlEscaped()));
    updateRange();
    updatePosition(m_replayer->position());
}

void ReplayBar::setNote(const QString &note)
{
    m_note->setText(note);
    m_note->setToolTip(note);
    m_note->setVisible(!note.isEmpty());
}

QString ReplayBar::timeText() const
{
    return m_time->text();
}

qint64 ReplayBar::timeOf(int value) const
{
    return std::min(m_replayer->fromNs() + qint64(value) * m_stepNs, m_replayer->toNs());
}

int ReplayBar::valueOf(qint64 timeNs) const
{
    const qint64 offset = std::max<qint64>(0, timeNs - m_replayer->fromNs());
    return int(std::min<qint64>(m_slider->maximum(), (offset + m_stepNs - 1) / m_stepNs));
}

void ReplayBar::updateRange()
{
    if (m_rangeFromNs == m_replayer->fromNs() && m_rangeToNs == m_replayer->toNs())
        return;
    m_rangeFromNs = m_replayer->fromNs();
    m_rangeToNs = m_replayer->toNs();
    const qint64 span = m_rangeToNs - m_rangeFromNs;
    // 1 µs a step where the recording is short enough, coarser beyond.
    m_stepNs = std::max<qint64>(1000, (span + kMaxSteps - 1) / kMaxSteps);
    const int steps = int((span + m_stepNs - 1) / m_stepNs);
    const QSignalBlocker blocker(m_slider);
    m_slider->setRange(0, steps);
    m_slider->setSingleStep(std::max(1, steps / 200));
    m_slider->setPageStep(std::max(1, steps / 20));
}

void ReplayBar::updatePosition(qint64 timeNs)
{
    updateRange();
    {
        const QSignalBlocker blocker(m_slider);
        m_slider->setValue(valueOf(timeNs));
    }
    m_time->setText(QStringLiteral("%1 / %2").arg(seconds(timeNs - m_replayer->fromNs()),
        seconds(m_replayer->toNs() - m_replayer->fromNs())));
}

void ReplayBar::updatePlaying(bool playing)
{
    const QSignalBlocker blocker(m_play);
    m_play->setChecked(playing);
    m_play->setText(playing ? tr("Pause") : tr("Play"));
    m_play->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
}

} // namespace wb
