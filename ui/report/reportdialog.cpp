#include "reportdialog.h"

#include "analyzer/logicanalyzer.h"
#include "analyzer/traceview.h"
#include "canvas/circuitscene.h"
#include "canvas/circuitview.h"
#include "chart/chartview.h"
#include "chart/sequencechart.h"
#include "document/circuit.h"
#include "documentcontroller.h"
#include "lesson/lesson.h"
#include "lesson/lessoncheck.h"
#include "lesson/lessoncontroller.h"
#include "mainwindow.h"
#include "recording/recording.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace wb {

ReportDialog::ReportDialog(MainWindow *window)
    : QDialog(window)
    , m_window(window)
    , m_student(new QLineEdit(this))
    , m_notes(new QPlainTextEdit(this))
    , m_wholeRun(new QCheckBox(tr("The whole run"), this))
    , m_from(new QDoubleSpinBox(this))
    , m_to(new QDoubleSpinBox(this))
{
    setObjectName(QStringLiteral("labReportDialog"));
    setWindowTitle(tr("Export Lab Report"));
    setWindowModality(Qt::WindowModal);
    m_student->setObjectName(QStringLiteral("student"));
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setPlaceholderText(tr("What you saw, what you measured, your answers…"));
    m_wholeRun->setChecked(true);
    const Recording *recording = window->analyzer()->recording();
    const double length = recording ? double(recording->endNs() - recording->startNs()) / 1e9 : 0.0;
    for (QDoubleSpinBox *box : { m_from, m_to }) {
        box->setRange(0, 1e6);
        box->setDecimals(3);
        box->setSuffix(tr(" s"));
        box->setEnabled(false);
    }
    m_to->setValue(length);
    connect(m_wholeRun, &QCheckBox::toggled, this, [this](bool whole) {
        m_from->setEnabled(!whole);
        m_to->setEnabled(!whole);
    });

    auto *range = new QHBoxLayout;
    range->addWidget(m_wholeRun);
    range->addWidget(new QLabel(tr("or from"), this));
    range->addWidget(m_from);
    range->addWidget(new QLabel(tr("to"), this));
    range->addWidget(m_to);
    auto *layout = new QFormLayout(this);
    layout->addRow(tr("&Student:"), m_student);
    layout->addRow(tr("Sequence chart:"), range);
    layout->addRow(tr("&Notes:"), m_notes);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Export PDF…"));
    layout->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReportDialog::chooseFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(560, 420);
}

ReportDialog *ReportDialog::ask(MainWindow *window)
{
    auto *dialog = new ReportDialog(window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The open lesson's checks as they stand now, in the report's words.
    QList<ReportCheck> checks;
    for (const CheckOutcome &outcome : window->currentLessonOutcomes()) {
        const QString state = outcome.state == CheckOutcome::State::Passed ? tr("passed")
            : outcome.state == CheckOutcome::State::Failed                 ? tr("failed")
                                                                           : tr("pending");
        checks.append({ outcome.text, state, outcome.detail });
    }
    dialog->setChecks(checks);
    dialog->open();
    return dialog;
}

qint64 ReportDialog::recordingStartNs() const
{
    const Recording *recording = m_window->analyzer()->recording();
    return recording ? recording->startNs() : 0;
}

LabReportInput ReportDialog::input() const
{
    LabReportInput in;
    const Lesson *lesson = m_window->lessons()->lesson();
    const QString title = lesson ? lesson->title : m_window->circuit()->title();
    in.title = title.isEmpty() ? m_window->documents()->displayName() : title;
    in.student = m_student->text().trimmed();
    in.notes = m_notes->toPlainText();
    in.checks = m_checks;
    if (!m_wholeRun->isChecked()) {
        const qint64 start = recordingStartNs();
        in.fromNs = start + qint64(m_from->value() * 1e9);
        in.toNs = start + qint64(std::max(m_to->value(), m_from->value()) * 1e9);
    }
    in.circuit = m_window->circuit();
    in.scene = m_window->view()->circuitScene();
    in.chart = m_window->chart()->view();
    in.analyzer = m_window->analyzer()->view();
    in.stats = m_window->stats();
    return in;
}

QString ReportDialog::exportTo(const QString &path)
{
    // The chart reads the recording on its timer: all of it, up to now, goes in the report.
    m_window->chart()->view()->refresh();
    const QString error = labreport::write(input(), path);
    m_window->showMessage(error.isEmpty()
            ? tr("Wrote the lab report to %1").arg(QDir::toNativeSeparators(path))
            : tr("The lab report was not written: %1").arg(error),
        10000);
    return error;
}

void ReportDialog::chooseFile()
{
    const QString base = m_student->text().trimmed().isEmpty()
        ? QStringLiteral("lab-report.pdf")
        : QStringLiteral("lab-report-%1.pdf")
              .arg(m_student->text().trimmed().simplified().replace(u' ', u'-'));
    auto *files = new QFileDialog(this, tr("Export Lab Report"), base, tr("PDF (*.pdf)"));
    files->setAttribute(Qt::WA_DeleteOnClose);
    files->setAcceptMode(QFileDialog::AcceptSave);
    files->setDefaultSuffix(QStringLiteral("pdf"));
    connect(files, &QFileDialog::fileSelected, this, [this](const QString &path) {
        if (exportTo(path).isEmpty())
            accept();
    });
    files->open();
}

} // namespace wb
