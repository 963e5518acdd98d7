#include "userguide.h"

#include <QAction>
#include <QEvent>
#include <QFile>
#include <QHBoxLayout>
#include <QImageReader>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QShortcut>
#include <QSplitter>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QToolBar>
#include <QVBoxLayout>

namespace wb {

namespace {

// The contents' order: from a first run to the classroom.
const char *const kPages[] = {
    "index.md",
    "getting-started.md",
    "components.md",
    "time-control.md",
    "faults.md",
    "ring.md",
    "queues.md",
    "scripts.md",
    "lessons.md",
    "discovery.md",
    "security.md",
    "classroom.md",
};

QString firstHeading(const QString &file)
{
    QFile page(UserGuide::root() + u'/' + file);
    if (!page.open(QIODevice::ReadOnly | QIODevice::Text))
        return file;
    while (!page.atEnd()) {
        const QString line = QString::fromUtf8(page.readLine()).trimmed();
        if (line.startsWith(QLatin1String("# ")))
            return line.mid(2).trimmed();
    }
    return file;
}

} // namespace

UserGuide::UserGuide(QWidget *parent) : QObject(parent), m_parent(parent)
{ }

UserGuide::~UserGuide() = default;

QString UserGuide::root()
{
    return QStringLiteral(":/wirebench/guide");
}

QUrl UserGuide::urlOf(const QString &file)
{
    return QUrl(QStringLiteral("qrc") + root() + u'/' + file);
}

QList<UserGuide::Page> UserGuide::pages()
{
    QList<Page> list;
    for (const char *file : kPages)
        list.append({ QString::fromLatin1(file), firstHeading(QString::fromLatin1(file)) });
    return list;
}

QWidget *UserGuide::window()
{
    create();
    return m_window;
}

QTextBrowser *UserGuide::browser()
{
    create();
    return m_browser;
}

QListWidget *UserGuide::contents()
{
    create();
    return m_contents;
}

QLineEdit *UserGuide::findField()
{
    create();
    return m_find;
}

QUrl UserGuide::currentPage()
{
    return browser()->source();
}

void UserGuide::create()
{
    if (m_window)
        return;
    // A window of its own, but the main window's child: it closes and goes with it, and it is
    // never the last window keeping the program open.
    auto *window = new QWidget(m_parent, Qt::Window);
    m_window = window;
    window->setObjectName(QStringLiteral("userGuide"));
    window->setWindowTitle(tr("Wirebench User Guide"));
    window->setWindowIcon(m_parent->windowIcon());
    window->resize(1000, 720);

    m_browser = new QTextBrowser(window);
    m_browser->setObjectName(QStringLiteral("guideBrowser"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setSearchPaths({ root() });
    m_contents = new QListWidget(window);
    m_contents->setObjectName(QStringLiteral("guideContents"));
    for (const Page &page : pages()) {
        auto *item = new QListWidgetItem(page.title, m_contents);
        item->setData(Qt::UserRole, page.file);
    }
    connect(m_contents, &QListWidget::itemActivated, this,
        [this](QListWidgetItem *item) { open(item->data(Qt::UserRole).toString()); });
    connect(m_contents, &QListWidget::itemClicked, this,
        [this](QListWidgetItem *item) { open(item->data(Qt::UserRole).toString()); });
    // The contents follow the page, however it was reached (a link, back, forward).
    m_browser->installEventFilter(this); // its resizes fit the pictures again
    connect(m_browser, &QTextBrowser::sourceChanged, this, [this](const QUrl &url) {
        fitImages();
        const QString file = url.fileName();
        for (int row = 0; row < m_contents->count(); ++row) {
            if (m_contents->item(row)->data(Qt::UserRole).toString() == file) {
                const QSignalBlocker blocker(m_contents);
                m_contents->setCurrentRow(row);
            }
        }
    });

    auto *bar = new QToolBar(window);
    QAction *back = bar->addAction(tr("Back"), m_browser, &QTextBrowser::backward);
    back->setShortcut(QKeySequence::Back);
    back->setEnabled(false);
    QAction *forward = bar->addAction(tr("Forward"), m_browser, &QTextBrowser::forward);
    forward->setShortcut(QKeySequence::Forward);
    forward->setEnabled(false);
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QAction::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, forward, &QAction::setEnabled);
    bar->addAction(tr("Contents"), this, [this] { open(QStringLiteral("index.md")); });
    bar->addSeparator();
    m_find = new QLineEdit(window);
    m_find->setObjectName(QStringLiteral("guideFind"));
    m_find->setPlaceholderText(tr("Find in page (Ctrl+F)"));
    m_find->setClearButtonEnabled(true);
    m_find->setMaximumWidth(280);
    bar->addWidget(m_find);
    m_findStatus = new QLabel(window);
    bar->addWidget(m_findStatus);
    connect(m_find, &QLineEdit::returnPressed, this, &UserGuide::findNext);
    connect(m_find, &QLineEdit::textChanged, m_findStatus, &QLabel::clear);
    auto *find = new QShortcut(QKeySequence::Find, window);
    connect(find, &QShortcut::activated, this, &UserGuide::showFind);
    auto *again = new QShortcut(QKeySequence::FindNext, window);
    connect(again, &QShortcut::activated, this, &UserGuide::findNext);

    auto *split = new QSplitter(window);
    split->addWidget(m_contents);
    split->addWidget(m_browser);
    split->setStretchFactor(1, 1);
    split->setSizes({ 220, 780 });
    auto *layout = new QVBoxLayout(window);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(bar);
    layout->addWidget(split);

    open(QStringLiteral("index.md"));
}

QString UserGuide::imagePath(const QString &name)
{
    const QUrl url = browser()->source().resolved(QUrl(name));
    return url.scheme() == QLatin1String("qrc") ? u':' + url.path() : url.toLocalFile();
}

void UserGuide::fitImages()
{
    QTextDocument *document = m_browser->document();
    const int room = std::max(200, m_browser->viewport()->width() - 24);
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid() || !fragment.charFormat().isImageFormat())
                continue;
            QTextImageFormat format = fragment.charFormat().toImageFormat();
            const QString path = imagePath(format.name());
            if (path.isEmpty())
                continue; // not a picture of the guide's
            const QSize natural = QImageReader(path).size();
            if (!natural.isValid())
                continue;
            // A picture at its own size when it fits, else scaled down to the page's width.
            const int width = std::min(natural.width(), room);
            format.setWidth(width);
            format.setHeight(double(natural.height()) * width / natural.width());
            QTextCursor cursor(document);
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(format);
        }
    }
}

bool UserGuide::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_browser && event->type() == QEvent::Resize)
        fitImages();
    return QObject::eventFilter(watched, event);
}

void UserGuide::show()
{
    create();
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

void UserGuide::open(const QString &file)
{
    create();
    m_browser->setSource(urlOf(file), QTextDocument::MarkdownResource);
}

void UserGuide::showFind()
{
    create();
    m_find->setFocus();
    m_find->selectAll();
}

bool UserGuide::findNext()
{
    create();
    const QString text = m_find->text();
    if (text.isEmpty())
        return false;
    if (m_browser->find(text))
        return true;
    // From the top again.
    QTextCursor top = m_browser->textCursor();
    top.movePosition(QTextCursor::Start);
    m_browser->setTextCursor(top);
    if (m_browser->find(text)) {
        m_findStatus->setText(tr("from the top"));
        return true;
    }
    m_findStatus->setText(tr("not found"));
    return false;
}

} // namespace wb
