#pragma once

#include <QObject>

namespace wb {

class LogicAnalyzer;
class LogPanel;
class NodeSelection;
class SequenceChart;
struct ChartPick;

// One selection everywhere, for the sequence chart: the chart shows what the logic analyzer
// shows; clicking an arrow selects its message's two nodes and wire on the canvas (the receiver
// last, so that the inspector and the analyzer show it), puts the analyzer's cursors on its send
// and arrival, and selects what the receiver logged then; selecting a node anywhere highlights its
// lifeline. The other way, selecting a line of the log or moving the analyzer's cursor selects
// the arrow nearest in time of that node, and a wire selected alone its arrow nearest the
// cursor. The main window only makes one (and points a picked token at its arrow).
class ChartSelection final : public QObject
{
    Q_OBJECT
public:
    ChartSelection(SequenceChart *chart, LogicAnalyzer *analyzer, NodeSelection *selection,
        LogPanel *log, QObject *parent = nullptr);

private:
    void select(const ChartPick &pick);

    SequenceChart *m_chart;
    LogicAnalyzer *m_analyzer;
    NodeSelection *m_selection;
    LogPanel *m_log;
    // The node selection and the cursors change because of the chart's own.
    bool m_selecting = false;
};

} // namespace wb
