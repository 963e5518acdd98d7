#pragma once

#include "labreport.h"

#include <QDialog>

class QCheckBox;
class QDoubleSpinBox;
class QLineEdit;
class QPlainTextEdit;

namespace wb {

class MainWindow;

// File ▸ Export Lab Report…: the student's name, notes, and the sequence chart's time range
// (the whole run unless narrowed), then a PDF file to write (labreport.h). Window-modal and
// never blocking: open() it, or ask() for the window's.
class ReportDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ReportDialog(MainWindow *window);

    // Opens one for `window` (deleted on close).
    static ReportDialog *ask(MainWindow *window);

    QLineEdit *studentField() const { return m_student; }
    QPlainTextEdit *notesField() const { return m_notes; }
    QCheckBox *wholeRunBox() const { return m_wholeRun; }
    QDoubleSpinBox *fromField() const { return m_from; }
    QDoubleSpinBox *toField() const { return m_to; }
    // The lesson's checks, as the lessons dock words them (none: not a lesson).
    void setChecks(const QList<ReportCheck> &checks) { m_checks = checks; }

    // What the report would show now.
    LabReportInput input() const;
    // Writes the PDF; the error text, empty on success (also said on the status bar).
    QString exportTo(const QString &path);

private:
    void chooseFile();
    qint64 recordingStartNs() const;

    MainWindow *m_window;
    QLineEdit *m_student;
    QPlainTextEdit *m_notes;
    QCheckBox *m_wholeRun;
    QDoubleSpinBox *m_from;
    QDoubleSpinBox *m_to;
    QList<ReportCheck> m_checks;
};

} // namespace wb
