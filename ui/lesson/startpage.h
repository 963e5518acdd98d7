#pragma once

#include <QDialog>

class QCheckBox;
class QListWidget;

namespace wb {

class RecentFiles;

// The page the workbench greets a user with when it starts without a file: the recent files,
// the examples and the lessons, each a click away. It never blocks (a modeless dialog), goes
// with Close, and comes back from Help ▸ Start Page or File ▸ Start Page.
class StartPage final : public QDialog
{
    Q_OBJECT
public:
    StartPage(RecentFiles *recent, QWidget *parent = nullptr);

    void refresh();
    void setShowAtLaunch(bool show);
    QListWidget *recentList() const { return m_recent; }
    QListWidget *exampleList() const { return m_examples; }
    QListWidget *lessonList() const { return m_lessons; }

Q_SIGNALS:
    void fileChosen(const QString &path);
    void lessonChosen(const QString &folder);
    void openLessonFolderRequested();
    void showAtLaunchChanged(bool show);

private:
    RecentFiles *m_recentFiles;
    QListWidget *m_recent;
    QListWidget *m_examples;
    QListWidget *m_lessons;
    QCheckBox *m_showAtLaunch;
};

} // namespace wb
