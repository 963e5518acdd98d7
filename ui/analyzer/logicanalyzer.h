#pragma once

#include "document/nodespec.h"

#include <QWidget>
#include <functional>
#include <memory>

class QAction;
class QLabel;
class QScrollBar;
class QToolBar;

namespace wb {

class Circuit;
class MeshRuntime;
class Recorder;
class Recording;
class TraceView;

// The logic analyzer: every run of the mesh recorded (core/recording) and plotted live, one row
// per signal and per message stream, with zoom, pan, follow-live, cursors, hover details, row
// order/visibility/colour, and files: the recording saved as VCD or CSV, the plot as PNG or
// SVG, a saved recording opened for review without running anything. Selecting a node here
// (clicking its row label) emits nodeActivated(); selectNode() highlights a node's rows.
class LogicAnalyzer final : public QWidget
{
    Q_OBJECT
public:
    LogicAnalyzer(MeshRuntime *runtime, const Circuit *circuit, QWidget *parent = nullptr);
    ~LogicAnalyzer() override;

    // The live capture (each start of the mesh begins a new one).
    Recording *recording() const { return m_live.get(); }
    // What the plot shows: the live capture or an opened file.
    const Recording *shownRecording() const;
    bool isReviewing() const { return m_review != nullptr; }
    QString reviewTitle() const { return m_reviewTitle; }
    TraceView *view() const { return m_view; }
    QToolBar *toolBar() const { return m_toolBar; }
    // The status line below the plot: counts, the cursors' times and what level rows read there.
    QString statusText() const;

    // For the main window's menus; they are on the analyzer's own toolbar too.
    QAction *openAction() const { return m_open; }
    QAction *saveAction() const { return m_save; }
    QAction *exportImageAction() const { return m_exportImage; }
    QAction *zoomInAction() const { return m_zoomIn; }
    QAction *zoomOutAction() const { return m_zoomOut; }
    QAction *fitAction() const { return m_fit; }
    QAction *followAction() const { return m_follow; }
    QAction *cursorsAction() const { return m_cursors; }
    QAction *liveAction() const { return m_backToLive; }

    // Files. Each returns an error text, empty on success (and says so on statusMessage()).
    QString openRecording(const QString &path); // .vcd or .csv, for review
    QString saveRecording(const QString &path); // the shown recording, .vcd or .csv
    QString exportImage(const QString &path); // the visible plot, .png or .svg
    void showRecording(std::unique_ptr<Recording> recording, const QString &title);
    void showLive();

    // Events kept before the oldest drop (default Recording::kDefaultCap).
    void setCap(qsizetype cap);

public Q_SLOTS:
    void selectNode(wb::NodeId id);
    // A replay's moment (ui/replay): cursor A there, in view.
    void showReplayTime(qint64 timeNs);

Q_SIGNALS:
    void nodeActivated(wb::NodeId id);
    void statusMessage(const QString &text);
    // shownRecording() is another one now (a file opened for review, or back to live).
    void shownRecordingChanged();

private:
    void createActions();
    void updateLive();
    void updateStatus();
    void updateScrollBar();
    void updateNodeOrder();
    void chooseFile(const QString &title, const QStringList &filters, bool save,
        const std::function<void(const QString &)> &done);
    QString report(const QString &error, const QString &success);

    MeshRuntime *m_runtime;
    const Circuit *m_circuit;
    std::unique_ptr<Recording> m_live;
    std::unique_ptr<Recording> m_review;
    QString m_reviewTitle;
    Recorder *m_recorder;
    TraceView *m_view;
    QScrollBar *m_scroll;
    QToolBar *m_toolBar;
    QWidget *m_banner;
    QLabel *m_bannerText;
    QLabel *m_status;
    QAction *m_open = nullptr;
    QAction *m_save = nullptr;
    QAction *m_exportImage = nullptr;
    QAction *m_zoomIn = nullptr;
    QAction *m_zoomOut = nullptr;
    QAction *m_fit = nullptr;
    QAction *m_follow = nullptr;
    QAction *m_cursors = nullptr;
    QAction *m_backToLive = nullptr;
};

} // namespace wb
