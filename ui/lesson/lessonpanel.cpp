#include "lessonpanel.h"

#include "lessoncheckmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace wb {

namespace {

QString paragraphs(const QString &text)
{
    QString html;
    for (const QString &p : text.split(QStringLiteral("\n\n")))
        html += QStringLiteral("<p>") + p.toHtmlEscaped().replace(u'\n', u' ')
            + QStringLiteral("</p>");
    return html;
}

QString list(const char *tag, const QStringList &items)
{
    QString html = QStringLiteral("<%1>").arg(QLatin1String(tag));
    for (const QString &item : items)
        html += QStringLiteral("<li>") + item.toHtmlEscaped() + QStringLiteral("</li>");
    return html + QStringLiteral("</%1>").arg(QLatin1String(tag));
}

} // namespace

LessonPanel::LessonPanel(LessonCheckModel *model, QWidget *parent)
    : QWidget(parent)
    , m_text(new QTextBrowser(this))
    , m_checks(new QTableView(this))
    , m_runLength(new QLabel(this))
    , m_saveFiles(new QPushButton(tr("Save Lesson Files…"), this))
    , m_close(new QPushButton(tr("Close Lesson"), this))
    , m_open(new QPushButton(tr("Open a Lesson…"), this))
{
    m_text->setOpenExternalLinks(false);
    m_checks->setModel(model);
    m_checks->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_checks->setWordWrap(true);
    m_checks->verticalHeader()->hide();
    m_checks->horizontalHeader()->setStretchLastSection(true);
    m_checks->horizontalHeader()->setSectionResizeMode(
        LessonCheckModel::CheckColumn, QHeaderView::ResizeToContents);
    m_checks->setObjectName(QStringLiteral("lessonChecks"));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_text);
    auto *checks = new QWidget(splitter);
    auto *checksLayout = new QVBoxLayout(checks);
    checksLayout->setContentsMargins(0, 0, 0, 0);
    auto *heading = new QLabel(tr("<b>Checks</b> (judged over the run; those that need the whole "
                                  "run are judged when it stops)"),
        checks);
    heading->setWordWrap(true);
    checksLayout->addWidget(heading);
    checksLayout->addWidget(m_checks);
    splitter->addWidget(checks);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_runLength, 1);
    buttons->addWidget(m_open);
    buttons->addWidget(m_saveFiles);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);
    connect(m_open, &QPushButton::clicked, this, &LessonPanel::openLessonRequested);
    connect(m_saveFiles, &QPushButton::clicked, this, &LessonPanel::saveFilesRequested);
    connect(m_close, &QPushButton::clicked, this, &LessonPanel::closeRequested);
    showLesson(nullptr);
}

void LessonPanel::showLesson(const Lesson *lesson)
{
    m_saveFiles->setVisible(lesson && !lesson->files.isEmpty());
    m_close->setVisible(lesson != nullptr);
    m_open->setVisible(lesson == nullptr);
    if (!lesson) {
        m_text->setHtml(tr("<p>No lesson is open. File ▸ Lessons lists the built-in ones; a "
                           "lesson folder of your own opens with File ▸ Lessons ▸ Open Lesson "
                           "Folder….</p>"));
        m_runLength->clear();
        return;
    }
    QString html = QStringLiteral("<h2>%1</h2>").arg(lesson->title.toHtmlEscaped());
    html += QStringLiteral("<h3>%1</h3>").arg(tr("Goal")) + paragraphs(lesson->goal);
    if (!lesson->steps.isEmpty())
        html += QStringLiteral("<h3>%1</h3>").arg(tr("Steps")) + list("ol", lesson->steps);
    if (!lesson->questions.isEmpty())
        html += QStringLiteral("<h3>%1</h3>").arg(tr("Questions")) + list("ul", lesson->questions);
    if (!lesson->files.isEmpty())
        html += QStringLiteral("<h3>%1</h3>").arg(tr("Files")) + list("ul", lesson->files)
            + tr("<p>Save Lesson Files… copies them to a folder of yours.</p>");
    m_text->setHtml(html);
    m_runLength->setText(
        tr("Run length: %1 s%2")
            .arg(QLocale().toString(lesson->runSeconds))
            .arg(lesson->needsRegistry ? tr(" · needs a registry (Run ▸ Discover Nodes)")
                                       : QString()));
}

} // namespace wb
