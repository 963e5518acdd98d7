#include "chartselection.h"

#include "analyzer/logicanalyzer.h"
#include "analyzer/traceview.h"
#include "document/circuit.h"
#include "nodeselection.h"
#include "panels/logpanel.h"
#include "sequencechart.h"

namespace wb {

ChartSelection::ChartSelection(SequenceChart *chart, LogicAnalyzer *analyzer,
    NodeSelection *selection, LogPanel *log, QObject *parent)
    : QObject(parent), m_chart(chart), m_analyzer(analyzer), m_selection(selection), m_log(log)
{
    const auto showRecording = [this] {
        m_chart->setRecording(m_analyzer->shownRecording());
    };
    connect(m_analyzer, &LogicAnalyzer::shownRecordingChanged, m_chart, showRecording);
    showRecording();
    connect(m_chart, &SequenceChart::messageSelected, this, &ChartSelection::select);
    // The other way: a line of the log, or the analyzer's cursor, selects the arrow nearest in
    // time of that node (the cursor: of the node selected, else of any).
    connect(m_log, &LogPanel::lineActivated, m_chart,
        [this](qint64 timeNs, NodeId node) { m_chart->selectNear(timeNs, node); });
    connect(m_analyzer->view(), &TraceView::cursorsChanged, m_chart, [this] {
        if (!m_selecting && m_analyzer->view()->cursorA())
            m_chart->selectNear(*m_analyzer->view()->cursorA(), m_selection->current());
    });
    connect(m_chart, &SequenceChart::nodeActivated, this,
        [this](NodeId id) { m_selection->set({ id }); });
    // The chart as context: the window deletes its docks before the selection.
    connect(m_selection, &NodeSelection::changed, m_chart, [this] {
        m_chart->highlightNode(m_selection->current());
        if (m_selecting)
            return;
        // A wire selected alone: its latest message (or the one at the analyzer's cursor).
        const WireId wireId = m_selection->currentWire();
        const Wire *wire = wireId != 0 && m_selection->ids().isEmpty()
            ? m_chart->circuit()->wire(wireId)
            : nullptr;
        const auto cursor = m_analyzer->view()->cursorA();
        if (!wire
            || !m_chart->selectNearOnWire(
                cursor ? *cursor : std::numeric_limits<qint64>::max(), wire->from, wire->to))
            m_chart->clearSelection();
    });
}

void ChartSelection::select(const ChartPick &pick)
{
    QList<NodeId> nodes;
    for (const NodeId node : { pick.sender, pick.receiver }) {
        if (node != 0 && !nodes.contains(node))
            nodes << node;
    }
    if (!nodes.isEmpty()) {
        m_selecting = true;
        m_selection->set(nodes, pick.wire != 0 ? QList<WireId> { pick.wire } : QList<WireId> {});
        m_selecting = false;
    }

    // The analyzer's cursors measure the message's latency; its plot shows them both.
    TraceView *trace = m_analyzer->view();
    m_selecting = true; // not back to the chart
    trace->setCursors(pick.sentNs, pick.endNs);
    m_selecting = false;
    const TraceFrame frame = trace->frame();
    const qint64 width = std::max(1, trace->plotRect().width());
    qint64 npp = frame.nsPerPixel;
    const qint64 shownTo = frame.startNs + npp * width;
    if (pick.sentNs < frame.startNs || pick.endNs > shownTo) {
        npp = std::max(npp, (pick.endNs - pick.sentNs) * 2 / width + 1);
        trace->setView(pick.sentNs - npp * width / 3, npp);
    }

    if (pick.receiver != 0) // an address outside the circuit logs nothing here
        m_log->selectLineNear(pick.endNs, pick.receiver);
}

} // namespace wb
