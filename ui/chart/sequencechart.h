#pragma once

#include "document/nodespec.h"
#include "document/wire.h"

#include <QMetaType>
#include <QWidget>

class QAction;
class QComboBox;
class QScrollBar;
class QToolBar;

namespace wb {

class ChartView;
class Circuit;
class LifelineModel;
class Recording;

// What selecting an arrow selects elsewhere: the message, its two ends and its wire, and when
// it happened (its send, and its arrival, drop or now).
struct ChartPick
{
    quint32 messageId = 0;
    NodeId sender = 0; // 0: an address outside the circuit
    NodeId receiver = 0;
    WireId wire = 0; // the circuit's wire from sender to receiver, 0 when there is none
    qint64 sentNs = 0;
    qint64 endNs = 0;
};

// The message sequence chart dock: who sent what to whom and when, over the recording the
// logic analyzer shows (live or reviewed). A toolbar for zoom, fit, follow live, idle-time
// compression and its threshold, the lifelines (hide, order) and the exports (PNG, SVG,
// PlantUML, Mermaid) of the visible range or the selected message.
class SequenceChart final : public QWidget
{
    Q_OBJECT
public:
    explicit SequenceChart(const Circuit *circuit, QWidget *parent = nullptr);

    void setRecording(const Recording *recording);
    ChartView *view() const { return m_view; }
    LifelineModel *lifelines() const { return m_lifelines; }
    QToolBar *toolBar() const { return m_toolBar; }
    const Circuit *circuit() const { return m_circuit; }
    QAction *followAction() const { return m_follow; }
    QAction *compressAction() const { return m_compress; }

    enum class Scope { Visible, Selection };
    // .png, .svg, .puml (PlantUML) or .mmd (Mermaid). Returns an error text, empty on success
    // (and says so on statusMessage()).
    QString exportTo(const QString &path, Scope scope);
    // The selected message's ends, or none.
    std::optional<ChartPick> selection() const;

public Q_SLOTS:
    void highlightNode(wb::NodeId id);
    void clearSelection();
    // Selects the arrow nearest in time to `timeNs` sent or received by `node` (0: any), and
    // shows it; emits nothing (the selection came from elsewhere). Returns whether one was.
    bool selectNear(qint64 timeNs, wb::NodeId node);
    // Selects the arrow of that message (its last copy, a retry or duplicate), as a click on
    // its token does; emits nothing. Returns whether the recording has it.
    bool selectMessage(quint64 messageId);
    // Selects the arrow nearest in time to `timeNs` that went from `from` to `to` (a wire
    // selected on the canvas), looking at most a few thousand messages either way.
    bool selectNearOnWire(qint64 timeNs, wb::NodeId from, wb::NodeId to);

Q_SIGNALS:
    void messageSelected(const wb::ChartPick &pick);
    void nodeActivated(wb::NodeId id);
    void statusMessage(const QString &text);

private:
    void createActions();
    void updateScrollBar();
    void showLifelineMenu(int row, const QPoint &globalPos);
    void chooseExport(Scope scope);
    QString exportImage(const QString &path, Scope scope);
    QString exportText(const QString &path, Scope scope);
    ChartPick pickOf(qint64 index) const;

    const Circuit *m_circuit;
    LifelineModel *m_lifelines;
    ChartView *m_view;
    QScrollBar *m_scroll;
    QToolBar *m_toolBar;
    QComboBox *m_threshold;
    QAction *m_follow = nullptr;
    QAction *m_compress = nullptr;
};

} // namespace wb

Q_DECLARE_METATYPE(wb::ChartPick)
