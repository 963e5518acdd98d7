#pragma once

#include "tracepainter.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

namespace wb {

class Recording;
class TraceRowModel;

// The plot of the logic analyzer: one row per signal under a time ruler, drawn by TracePainter
// from decimated edges. Wheel zooms around the mouse (Shift+wheel pans, wheel over the labels
// scrolls the rows), dragging pans, + - F Home End Left Right from the keyboard; two cursors
// (click the ruler, drag them; or C shows them, A or B picks one and Ctrl+Left/Right moves it)
// measure Δt and frequency; PageUp/PageDown scroll the rows a page. Repaints at most 30 times a second,
// and while live and following it keeps "now" at the right edge.
class TraceView final : public QWidget
{
    Q_OBJECT
public:
    explicit TraceView(QWidget *parent = nullptr);

    static constexpr int kRepaintMs = 33; // at most 30 frames a second

    void setRecording(const Recording *recording);
    const Recording *recording() const { return m_recording; }
    TraceRowModel *rows() const { return m_rows; }
    // The circuit's node order for the rows.
    void setNodeOrder(const QList<NodeId> &order);
    // Live: the recording is still growing and "now" is the clock.
    void setLive(bool live);
    bool isLive() const { return m_live; }
    qint64 nowNs() const;

    qint64 startNs() const { return m_startNs; }
    qint64 nsPerPixel() const { return m_nsPerPixel; }
    void setView(qint64 startNs, qint64 nsPerPixel); // stops following
    void zoom(double factor, int anchorX); // > 1 zooms in
    void zoomIn();
    void zoomOut();
    void fit();
    void panPixels(int dx);
    bool isFollowing() const { return m_following; }
    void setFollowing(bool on);

    bool cursorsShown() const { return m_cursorA.has_value(); }
    void setCursorsShown(bool on);
    std::optional<qint64> cursorA() const { return m_cursorA; }
    std::optional<qint64> cursorB() const { return m_cursorB; }
    void setCursors(qint64 a, qint64 b);
    // Which cursor Ctrl+Left/Right moves (the A and B keys choose).
    bool keyMovesCursorB() const { return m_keyCursorB; }

    void highlightNode(NodeId id);
    NodeId highlightedNode() const { return m_highlight; }
    int scrollY() const { return m_scrollY; }
    void setScrollY(int y);
    int contentHeight() const;

    QRect plotRect() const;
    double xForTime(qint64 timeNs) const;
    qint64 timeAt(int x) const;
    // What a paint shows now (the export paints the same).
    TraceFrame frame() const;
    int framesPainted() const { return m_frames; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void nodeActivated(wb::NodeId id);
    void viewChanged();
    void followingChanged(bool following);
    void cursorsChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void leaveEvent(QEvent *event) override;
    bool event(QEvent *event) override;

private:
    enum class Drag { None, Pan, CursorA, CursorB, Row };

    void requestRepaint();
    void onLiveTick();
    void changeView(qint64 startNs, qint64 nsPerPixel);
    void syncRows();
    int cursorNear(int x) const; // 1 A, 2 B, 0 none
    void placeCursor(int x);
    // Moves the keyboard's cursor by `pixels` (showing the cursors first) and keeps it in view.
    void moveKeyCursor(int pixels);

    const Recording *m_recording = nullptr;
    TraceRowModel *m_rows;
    QList<NodeId> m_nodeOrder;
    QList<TraceRow> m_visible;
    qint64 m_startNs = 0;
    qint64 m_nsPerPixel = 1'000'000;
    bool m_live = false;
    bool m_following = true;
    std::optional<qint64> m_cursorA;
    std::optional<qint64> m_cursorB;
    bool m_keyCursorB = false;
    NodeId m_highlight = 0;
    int m_scrollY = 0;
    int m_hoverRow = -1;

    Drag m_drag = Drag::None;
    QPoint m_pressPos;
    qint64 m_pressStartNs = 0;
    int m_dragRow = -1;
    bool m_moved = false;

    QTimer m_repaint;
    QTimer m_liveTimer;
    qsizetype m_paintedSize = -1;
    quint64 m_paintedGeneration = 0;
    int m_frames = 0;
};

} // namespace wb
