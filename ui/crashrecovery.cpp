#include "crashrecovery.h"

#include "documentcontroller.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QLockFile>
#include <QMessageBox>
#include <QPushButton>

#include <algorithm>

namespace wb {

CrashRecovery::CrashRecovery(DocumentController *documents, Autosave *autosave,
                             const QString &directory, QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_documents(documents)
    , m_autosave(autosave)
    , m_directory(directory)
    , m_dialogParent(dialogParent)
{
    m_prompt = [this](const RecoveryFile &recovery, std::function<void(Answer)> answer) {
        defaultPrompt(recovery, std::move(answer));
    };
}

CrashRecovery::~CrashRecovery() = default;

void CrashRecovery::answerAlways(Answer answer)
{
    m_prompt = [answer](const RecoveryFile &, std::function<void(Answer)> reply) { reply(answer); };
}

void CrashRecovery::start()
{
    m_pending.clear();
    const QFileInfoList files
        = QDir(m_directory).entryInfoList({ QStringLiteral("*.json") }, QDir::Files);
    for (const QFileInfo &info : files) {
        const QString file = info.absoluteFilePath();
        if (m_autosave && file == QFileInfo(m_autosave->filePath()).absoluteFilePath())
            continue;
        auto lock = std::make_unique<QLockFile>(Autosave::lockPathFor(file));
        lock->setStaleLockTime(0);
        if (!lock->tryLock(0))
            continue; // its Wirebench still runs, or another one is asking about it right now
        Pending pending;
        if (const QString error = RecoveryFile::read(file, &pending.recovery); !error.isEmpty()) {
            // Never deleted: what we cannot read may still be someone's work.
            qWarning("wirebench: cannot read the recovery file %s", qPrintable(error));
            continue;
        }
        pending.lock = std::move(lock);
        m_pending.push_back(std::move(pending));
    }
    std::sort(m_pending.begin(), m_pending.end(), [](const Pending &a, const Pending &b) {
        return a.recovery.saved > b.recovery.saved;
    });
    askNext();
}

void CrashRecovery::askNext()
{
    if (m_pending.empty()) {
        Q_EMIT finished();
        return;
    }
    m_prompt(m_pending.front().recovery, [this](Answer answer) { answered(answer); });
}

void CrashRecovery::answered(Answer answer)
{
    if (m_pending.empty())
        return;
    auto current = std::make_shared<Pending>(std::move(m_pending.front()));
    m_pending.erase(m_pending.begin());
    switch (answer) {
    case Answer::Recover:
        // One document per window: the others wait for the next start (their locks go now).
        m_pending.clear();
        m_documents->whenSafeToDiscard([this, current] {
            const RecoveryFile &r = current->recovery;
            m_documents->restore(r.document, r.path, r.name);
            // Our own autosave holds the changes before theirs goes.
            if (m_autosave) {
                if (const QString error = m_autosave->saveNow(); !error.isEmpty()) {
                    qWarning("wirebench: %s", qPrintable(error));
                    Q_EMIT finished();
                    return;
                }
            }
            QFile::remove(r.file);
            Q_EMIT recovered(r);
            Q_EMIT finished();
        });
        break;
    case Answer::Discard:
        QFile::remove(current->recovery.file);
        Q_EMIT discarded(current->recovery.file);
        askNext();
        break;
    case Answer::Later:
        m_pending.clear();
        Q_EMIT finished();
        break;
    }
}

void CrashRecovery::defaultPrompt(const RecoveryFile &recovery, std::function<void(Answer)> answer)
{
    const QString name = recovery.path.isEmpty()
        ? (recovery.name.isEmpty() ? tr("Untitled") : recovery.name)
        : QFileInfo(recovery.path).fileName();
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Recover unsaved changes"),
                                tr("Wirebench did not close properly. Recover the unsaved "
                                   "changes to “%1”?")
                                    .arg(name),
                                QMessageBox::NoButton, m_dialogParent);
    if (!recovery.quitReason.isEmpty()) {
        // A graceful quit (gracefulquit.h) kept them without asking: no crash to speak of.
        const QString why = recovery.quitReason == QLatin1String("session")
            ? tr("the desktop session ended")
            : recovery.quitReason; // the signal's name
        box->setText(tr("Wirebench was told to quit (%1) and kept the unsaved changes to "
                        "“%2”. Recover them?")
                         .arg(why, name));
    }
    box->setInformativeText(
        tr("They were saved automatically on %1. Discard deletes them; Later keeps them for "
           "the next start.")
            .arg(QLocale().toString(recovery.saved.toLocalTime(), QLocale::ShortFormat)));
    QPushButton *recover = box->addButton(tr("Recover"), QMessageBox::AcceptRole);
    QPushButton *discard = box->addButton(tr("Discard"), QMessageBox::DestructiveRole);
    box->addButton(tr("Later"), QMessageBox::RejectRole);
    box->setDefaultButton(recover);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::finished, this, [box, recover, discard, answer](int) {
        const QAbstractButton *clicked = box->clickedButton();
        answer(clicked == recover   ? Answer::Recover
                   : clicked == discard ? Answer::Discard
                                        : Answer::Later);
    });
    box->open();
}

} // namespace wb
