#pragma once

#include <QToolBar>

class QComboBox;
class QLabel;
class QSlider;

namespace wb {

class Replayer;

// The controls of a replay (docs/recording.md, "Replay"): a time slider over the recording
// (drag it, click it, or Left/Right/PageUp/PageDown/Home/End), Play/Pause, the speed (0.05× to
// 4×, or real time), the time, a note when the open circuit does not match the recording, and
// Back to Live. A view of a Replayer: it moves the replayer and follows it.
class ReplayBar final : public QToolBar
{
    Q_OBJECT
public:
    // Slider steps at most: finer than a pixel on any screen.
    static constexpr int kMaxSteps = 1'000'000;

    explicit ReplayBar(Replayer *replayer, QWidget *parent = nullptr);

    void setTitle(const QString &title);
    void setNote(const QString &note); // empty: hidden
    QSlider *slider() const { return m_slider; }
    QComboBox *speedBox() const { return m_speed; }
    QAction *playAction() const { return m_play; }
    QAction *backAction() const { return m_back; }
    QString timeText() const;

    // The recording's time of a slider value and back (ns).
    qint64 timeOf(int value) const;
    int valueOf(qint64 timeNs) const;

Q_SIGNALS:
    void backToLive();

private:
    void updateRange();
    void updatePosition(qint64 timeNs);
    void updatePlaying(bool playing);

    Replayer *m_replayer;
    QLabel *m_title;
    QAction *m_play;
    QSlider *m_slider;
    QLabel *m_time;
    QComboBox *m_speed;
    QLabel *m_note;
    QAction *m_back;
    qint64 m_stepNs = 1;
    qint64 m_rangeFromNs = -1;
    qint64 m_rangeToNs = -1;
};

} // namespace wb
