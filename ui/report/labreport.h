#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <limits>

class QGraphicsScene;

namespace wb {

class ChartView;
class Circuit;
class TraceView;
class TrafficStats;

// One check of the lesson as the report prints it (the lessons' CheckOutcome, in words).
struct ReportCheck
{
    QString text; // "every tick acknowledged"
    QString state; // "passed", "failed", "pending"
    QString detail; // "12 of 12 ticks acknowledged"
};

// Everything a lab report shows. The views are read, never changed; any may be null (its
// section then says there is nothing to show).
struct LabReportInput
{
    QString title; // the lesson's or the circuit's name
    QString student;
    QString notes;
    QDateTime date = QDateTime::currentDateTime();
    QList<ReportCheck> checks;
    // The sequence chart's range, on the recording's clock (ns); the default: the whole run.
    qint64 fromNs = std::numeric_limits<qint64>::min();
    qint64 toNs = std::numeric_limits<qint64>::max();
    const Circuit *circuit = nullptr;
    QGraphicsScene *scene = nullptr; // the canvas
    const ChartView *chart = nullptr;
    const TraceView *analyzer = nullptr;
    const TrafficStats *stats = nullptr;
};

// File ▸ Export Lab Report… (docs/classroom.md): a PDF (QPdfWriter, A4) with a title page,
// then the sections "Circuit", "Checks", "Sequence chart", "Logic analyzer", "Message
// statistics" and "Notes", in this order, each starting where the last ended and breaking
// pages between lines, rows and page-sized slices of the chart, never drawing off the page.
namespace labreport {

inline QStringList sectionTitles()
{
    // Not cached: translated in the language of the moment.
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("wb::labreport", text);
    };
    return { tr("Circuit"), tr("Checks"), tr("Sequence chart"), tr("Logic analyzer"),
        tr("Message statistics"), tr("Notes") };
}

// At most this many pages of sequence chart: a longer range is drawn at a smaller scale.
inline constexpr int kMaxChartPages = 3;

// Writes the report to `path`; an error text (what and where), empty on success.
QString write(const LabReportInput &input, const QString &path);

} // namespace labreport
} // namespace wb
