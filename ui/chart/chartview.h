#pragma once

#include "chart/sequencemodel.h"
#include "chartpainter.h"

#include <QTimer>
#include <array>
#include <QWidget>

namespace wb {

class LifelineModel;
class Recording;

// The message sequence chart's plot: lane headers over one lifeline per participant, time
// flowing downwards, drawn by ChartPainter from the geometry's decimated arrows. Ctrl+wheel
// (or + -) zooms the time scale around the mouse, the wheel and dragging scroll, F fits, End
// follows live, Left/Right select the previous/next message (Enter shows it elsewhere too),
// PageUp/PageDown scroll a page; idle time above a threshold is compressed into marked breaks. Clicking an
// arrow selects its message (messageActivated), clicking a lane header its node; dragging a
// header moves its lifeline. Reads new events and repaints at most 30 times a second.
class ChartView final : public QWidget
{
    Q_OBJECT
public:
    explicit ChartView(LifelineModel *lifelines, QWidget *parent = nullptr);

    static constexpr int kRepaintMs = 33; // at most 30 frames a second

    void setRecording(const Recording *recording);
    const SequenceModel &model() const { return m_model; }
    LifelineModel *lifelines() const { return m_lifelines; }
    // Reads what the recording gained and brings the lifelines up to date (the timer does it).
    void refresh();

    double nsPerPixel() const { return m_nsPerPixel; }
    void zoom(double factor, int anchorY); // > 1 zooms in
    void zoomIn();
    void zoomOut();
    void fit();
    void scrollPixels(double dy);
    bool isFollowing() const { return m_following; }
    void setFollowing(bool on);
    bool compressesIdle() const { return m_compress; }
    void setCompressIdle(bool on);
    qint64 idleThresholdNs() const { return m_idleThresholdNs; }
    void setIdleThresholdNs(qint64 ns);
    // The scroll position over everything recorded (for a scroll bar), in pixels.
    int contentHeight() const;
    int scrollY() const;
    void setScrollY(int y);

    // The selected message (a model index, -1: none).
    qint64 selectedMessage() const { return m_selected; }
    void selectMessage(qint64 index);
    // Scrolls a message's send into view when it is not (stops following).
    void reveal(qint64 index);
    void highlightNode(NodeId id);
    NodeId highlightedNode() const { return m_highlight; }
    // The keyboard's selection: the message `step` after (or before) the selected one, or the
    // first one in view when none is; revealed and selected everywhere (messageActivated).
    void selectNext(int step);

    QRect plotRect() const;
    // Where a message's arrow is drawn now (its send and arrival points), for tests and tools.
    std::optional<QLineF> arrowLine(qint64 index) const;
    // What a paint shows now (the export paints the same).
    ChartFrame frame() const;
    // A frame of [fromNs, toNs] at the current scale, and the plot height that shows it all.
    ChartFrame frameOf(qint64 fromNs, qint64 toNs, int *plotHeight) const;
    // The time range visible now.
    std::pair<qint64, qint64> visibleRange() const;
    int framesPainted() const { return m_frames; }
    QString toolTipAt(const QPoint &pos) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // A replay's moment (ui/replay): a line across the lifelines, scrolled into view.
    std::optional<qint64> replayTime() const { return m_replayNs; }

public Q_SLOTS:
    void showReplayTime(qint64 timeNs);
    void clearReplayTime();

Q_SIGNALS:
    void messageActivated(qint64 index);
    void nodeActivated(wb::NodeId id);
    void viewChanged();
    void followingChanged(bool following);
    void lifelineMenuRequested(int row, const QPoint &globalPos);

protected:
    void paintEvent(QPaintEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void leaveEvent(QEvent *event) override;
    bool event(QEvent *event) override;

private:
    enum class Drag { None, Scroll, Lane };

    void requestRepaint();
    void onTick();
    chartgeometry::TimeAxis axisAt(qint64 originNs, double nsPerPixel) const;
    chartgeometry::TimeAxis axis() const;
    qint64 originNs() const;
    void setOrigin(qint64 originNs);
    int laneAt(const QPoint &pos) const;

    SequenceModel m_model;
    LifelineModel *m_lifelines;
    qint64 m_originNs = 0;
    double m_nsPerPixel = 100'000; // 0.1 ms a pixel
    bool m_following = true;
    bool m_compress = true;
    qint64 m_idleThresholdNs = 50'000'000;
    qint64 m_selected = -1;
    std::optional<qint64> m_replayNs;
    quint64 m_selectedGeneration = 0;
    NodeId m_highlight = 0;
    int m_hoverLane = -1;

    Drag m_drag = Drag::None;
    QPoint m_pressPos;
    qint64 m_pressOriginNs = 0;
    int m_dragLane = -1;
    bool m_moved = false;

    // A frame asks for the same few axes several times (now, the view, the scroll bar's):
    // each is built from every gap of the model, once until something changes.
    struct CachedAxis
    {
        qint64 originNs = 0;
        double nsPerPixel = 0;
        qint64 thresholdNs = 0;
        std::size_t gaps = 0;
        qint64 firstGapNs = 0;
        quint64 generation = 0;
        chartgeometry::TimeAxis axis;
    };
    mutable std::array<std::optional<CachedAxis>, 4> m_axes;
    mutable std::size_t m_nextAxis = 0;

    QTimer m_repaint;
    QTimer m_tick;
    int m_frames = 0;
};

} // namespace wb
