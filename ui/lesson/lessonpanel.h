#pragma once

#include "lesson/lesson.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace wb {

class LessonCheckModel;

// The lesson dock's widget: the lesson's goal, steps and questions, and its checks with their
// live ✓/✗ and details (a LessonCheckModel). Without a lesson it offers to open one.
class LessonPanel final : public QWidget
{
    Q_OBJECT
public:
    LessonPanel(LessonCheckModel *model, QWidget *parent = nullptr);

    void showLesson(const Lesson *lesson); // null: no lesson open
    QTableView *checkView() const { return m_checks; }
    QTextBrowser *text() const { return m_text; }

Q_SIGNALS:
    void openLessonRequested();
    void saveFilesRequested();
    void closeRequested();

private:
    QTextBrowser *m_text;
    QTableView *m_checks;
    QLabel *m_runLength;
    QPushButton *m_saveFiles;
    QPushButton *m_close;
    QPushButton *m_open;
};

} // namespace wb
