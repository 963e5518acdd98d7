#pragma once

#include <QtGlobal>

namespace wb {

class ChartView;
class ReportPage;
class TraceView;
struct LabReportInput;

// The lab report's drawn sections (labreport.h): each writes at the page's cursor and breaks
// pages itself.
namespace reportsections {

// The sequence chart of [fromNs, toNs] (clamped to what was recorded), in page-high slices with
// the lane headers on each, at a scale that fits it in labreport::kMaxChartPages pages.
void chart(ReportPage &page, const ChartView *view, qint64 fromNs, qint64 toNs);
// The analyzer's rows over [fromNs, toNs], the page's width.
void analyzer(ReportPage &page, const TraceView *view, qint64 fromNs, qint64 toNs);
// Per node and per wire counts (the whole run), and round trips per pair in the range.
void statistics(ReportPage &page, const LabReportInput &input);

} // namespace reportsections
} // namespace wb
