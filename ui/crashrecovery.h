#pragma once

#include "autosave.h"

#include <QList>
#include <QObject>

#include <functional>
#include <memory>
#include <vector>

class QLockFile;
class QWidget;

namespace wb {

// At start: the recovery files whose process is gone (it crashed or was killed), newest first,
// offered one by one. Recover opens the changes as a modified document that keeps its file name;
// Discard deletes them; Later leaves them all for the next start. A file whose owner still runs
// is never touched: its lock is held. Nothing blocks: the question is a replaceable callback.
class CrashRecovery final : public QObject
{
    Q_OBJECT
public:
    enum class Answer { Recover, Discard, Later };
    using Prompt = std::function<void(const RecoveryFile &recovery,
                                      std::function<void(Answer)> answer)>;

    CrashRecovery(DocumentController *documents, Autosave *autosave, const QString &directory,
                  QWidget *dialogParent, QObject *parent = nullptr);
    ~CrashRecovery() override;

    void setPrompt(Prompt prompt) { m_prompt = std::move(prompt); }
    // Answers every question with `answer` (command line: --recover yes|no).
    void answerAlways(Answer answer);

    // Looks for abandoned files and asks about them; `finished` when no question is left.
    void start();

Q_SIGNALS:
    void recovered(const RecoveryFile &recovery);
    void discarded(const QString &file);
    void finished();

private:
    struct Pending
    {
        RecoveryFile recovery;
        std::unique_ptr<QLockFile> lock;
    };

    void askNext();
    void answered(Answer answer);
    void defaultPrompt(const RecoveryFile &recovery, std::function<void(Answer)> answer);

    DocumentController *m_documents;
    Autosave *m_autosave;
    QString m_directory;
    QWidget *m_dialogParent;
    Prompt m_prompt;
    std::vector<Pending> m_pending;
};

} // namespace wb
