#include "startpage.h"

#include "document/circuitformat.h"
#include "lesson/lesson.h"
#include "recentfiles.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>

namespace wb {

namespace {

QListWidget *makeList(QWidget *parent)
{
    auto *list = new QListWidget(parent);
    list->setMinimumWidth(240);
    list->setUniformItemSizes(true);
    return list;
}

} // namespace

StartPage::StartPage(RecentFiles *recent, QWidget *parent)
    : QDialog(parent)
    , m_recentFiles(recent)
    , m_recent(makeList(this))
    , m_examples(makeList(this))
    , m_lessons(makeList(this))
    , m_showAtLaunch(new QCheckBox(tr("Show this page when Wirebench starts"), this))
{
    setWindowTitle(tr("Welcome to Wirebench"));
    setObjectName(QStringLiteral("startPage"));
    setModal(false);
    auto *layout = new QGridLayout(this);
    auto *intro = new QLabel(tr("<h2>Wirebench</h2><p>Every component on the canvas is a real "
                                "WebSocket node. Open a recent circuit, start from an example, "
                                "or follow a lesson: each comes with a circuit, steps, questions "
                                "and checks that judge your run.</p>"),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro, 0, 0, 1, 3);
    layout->addWidget(new QLabel(tr("<b>Recent files</b>"), this), 1, 0);
    layout->addWidget(new QLabel(tr("<b>Examples</b>"), this), 1, 1);
    layout->addWidget(new QLabel(tr("<b>Lessons</b>"), this), 1, 2);
    layout->addWidget(m_recent, 2, 0);
    layout->addWidget(m_examples, 2, 1);
    layout->addWidget(m_lessons, 2, 2);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *folder
        = buttons->addButton(tr("Open Lesson Folder…"), QDialogButtonBox::ActionRole);
    layout->addWidget(m_showAtLaunch, 3, 0, 1, 2);
    layout->addWidget(buttons, 3, 2);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(folder, &QPushButton::clicked, this, &StartPage::openLessonFolderRequested);
    connect(m_showAtLaunch, &QCheckBox::toggled, this, &StartPage::showAtLaunchChanged);
    for (QListWidget *list : { m_recent, m_examples })
        connect(list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
            Q_EMIT fileChosen(item->data(Qt::UserRole).toString());
        });
    connect(m_lessons, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT lessonChosen(item->data(Qt::UserRole).toString());
    });
    refresh();
}

void StartPage::setShowAtLaunch(bool show)
{
    const QSignalBlocker blocker(m_showAtLaunch);
    m_showAtLaunch->setChecked(show);
}

void StartPage::refresh()
{
    const auto add
        = [](QListWidget *list, const QString &text, const QString &value, const QString &tip) {
              auto *item = new QListWidgetItem(text, list);
              item->setData(Qt::UserRole, value);
              item->setToolTip(tip);
          };
    m_recent->clear();
    for (const QString &path : m_recentFiles->files()) {
        if (QFileInfo::exists(path))
            add(m_recent, QFileInfo(path).fileName(), path, QDir::toNativeSeparators(path));
    }
    if (m_recent->count() == 0) {
        auto *none = new QListWidgetItem(tr("(none yet)"), m_recent);
        none->setFlags(Qt::NoItemFlags);
    }
    m_examples->clear();
    QStringList paths { circuitformat::seedCircuitPath() };
    const QDir examples(QStringLiteral(":/wirebench/circuits/examples"));
    for (const QString &name : examples.entryList({ QStringLiteral("*.json") }, QDir::Files))
        paths << examples.filePath(name);
    for (const QString &path : std::as_const(paths)) {
        const circuitformat::Result r = circuitformat::load(path);
        add(m_examples,
            r.ok() && !r.document.title.isEmpty() ? r.document.title : QFileInfo(path).baseName(),
            path, {});
    }
    m_lessons->clear();
    for (const QString &folder : lessonformat::builtInFolders()) {
        const lessonformat::Result r = lessonformat::load(folder);
        if (r.ok())
            add(m_lessons, QStringLiteral("%1. %2").arg(r.lesson.order).arg(r.lesson.title), folder,
                r.lesson.goal.simplified());
    }
}

} // namespace wb
