#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

class QLabel;
class QLineEdit;
class QListWidget;
class QTextBrowser;
class QWidget;

namespace wb {

// Help ▸ User Guide (F1): the offline guide shipped in the program, Markdown pages from
// docs/guide/ in the Qt resource :/wirebench/guide/, shown in a window of its own: the
// contents on the left, the page in a QTextBrowser (links between pages, back and forward),
// Ctrl+F to search in the page.
class UserGuide final : public QObject
{
    Q_OBJECT
public:
    struct Page
    {
        QString file; // "faults.md"
        QString title;
    };

    explicit UserGuide(QWidget *parent);
    ~UserGuide() override;

    static QString root(); // ":/wirebench/guide"
    static QUrl urlOf(const QString &file);
    // Every page, in the contents' order; the title is the page's first heading.
    static QList<Page> pages();

    // Made on first use.
    QWidget *window();
    QTextBrowser *browser();
    QListWidget *contents();
    QLineEdit *findField();
    QUrl currentPage();
    // Where a picture's name in the page (images/x.png) is: a resource path.
    QString imagePath(const QString &name);

public Q_SLOTS:
    void show();
    void open(const QString &file);
    void showFind();
    // Selects the next match of the find field's text in the page (from the top again when
    // there is none below); false, and says so, when the page has none.
    bool findNext();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void create();
    // Pictures at most the page's width, their proportions kept.
    void fitImages();

    QWidget *m_parent;
    QPointer<QWidget> m_window;
    QTextBrowser *m_browser = nullptr;
    QListWidget *m_contents = nullptr;
    QLineEdit *m_find = nullptr;
    QLabel *m_findStatus = nullptr;
};

} // namespace wb
