#pragma once

#include "bitdecimation.h"
#include "nodespec.h"

#include <QHash>
#include <QTimer>
#include <QWidget>

namespace wb {

class Circuit;
class MeshRuntime;
struct TrafficEvent;

// A live plot of the bits of every iopin, LED and buzzer: one row each, time running to the
// right. Signals are stored as edges (bounded per row) and drawn decimated to pixels, and the
// plot repaints from a timer at most 30 times a second, however fast the bits come.
class BitPlot final : public QWidget
{
    Q_OBJECT
public:
    BitPlot(Circuit *circuit, MeshRuntime *runtime, QWidget *parent = nullptr);

    static constexpr int kMaxEdgesPerRow = 20000;

    QList<NodeId> rows() const { return m_rows; }
    // The stored edges of a row, oldest first.
    std::vector<bitplot::Edge> edges(NodeId id) const { return m_tracks.value(id); }
    void record(NodeId id, bool value, qint64 timeNs);
    void clear();

    qint64 windowNs() const { return m_windowNs; }
    void setWindowNs(qint64 ns);
    // Brings a row into view and marks it for a moment.
    void highlight(NodeId id);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    void refillRows();
    void onTraffic(const TrafficEvent &event);
    void onLiveState(NodeId id, const QVariantMap &state);
    void requestRepaint();
    void paintRow(QPainter &painter, const QRect &rect, NodeId id, qint64 start,
                  qint64 nsPerPixel, qint64 end);
    void paintAxis(QPainter &painter, const QRect &rect, qint64 end);
    int labelWidth() const;

    Circuit *m_circuit;
    MeshRuntime *m_runtime;
    QList<NodeId> m_rows;
    QHash<NodeId, std::vector<bitplot::Edge>> m_tracks;
    qint64 m_windowNs = 10'000'000'000;
    qint64 m_frozenEndNs = 0; // the plot's "now" once the mesh stopped
    NodeId m_highlight = 0;
    QTimer m_repaint;
    QTimer m_highlightTimer;
    bool m_dirty = false;
};

} // namespace wb
