#pragma once

#include "document/circuitformat.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QTimer>
#include <memory>

class QLockFile;

namespace wb {

class DocumentController;

// What an autosave holds: a circuit file (any Wirebench opens it) with a "recovery" object at
// its root naming the document it belongs to.
struct RecoveryFile
{
    QString file;             // the recovery file itself
    circuitformat::Document document;
    QString path;             // the document's own file; empty when it was untitled
    QString name;             // the untitled document's name ("seed.json" of an example)
    QDateTime saved;          // when it was written (UTC)
    qint64 pid = 0;           // the process that wrote it
    QString quitReason; // empty: written while it ran; else why it quit ("SIGTERM")

    static QByteArray encode(const RecoveryFile &recovery);
    // Returns an error text ("file: what"), empty on success.
    static QString read(const QString &file, RecoveryFile *recovery);
};

// Writes the modified document to a recovery file of this process in `directory`, atomically,
// at most `interval` after an edit, and removes it once nothing is unsaved: after a save, an
// undo back to the saved state, another document, or a clean exit (destruction). While the
// process lives it holds a lock beside the file, so that another Wirebench never offers it.
class Autosave final : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultIntervalMs = 30000;

    Autosave(DocumentController *documents, const QString &directory, QObject *parent = nullptr);
    ~Autosave() override;

    // 0 turns autosaving off (and removes what was written).
    void setInterval(int ms);
    int interval() const { return m_interval; }
    QString filePath() const { return m_file; }
    static QString lockPathFor(const QString &file);

    // Writes at once when the document is modified; returns an error text, empty otherwise.
    QString saveNow();
    // A quit without questions (graceful quit): writes at once as saveNow() does, noting
    // `reason`, and from then on leaves the file for the next start to offer instead of
    // removing it at destruction. Returns an error text, empty otherwise.
    QString keepForNextStart(const QString &reason);

Q_SIGNALS:
    void written(const QString &file);
    void failed(const QString &error);

private:
    void schedule();
    void remove();

    DocumentController *m_documents;
    QString m_directory;
    QString m_file;
    std::unique_ptr<QLockFile> m_lock;
    QTimer m_timer;
    int m_interval = kDefaultIntervalMs;
    QString m_quitReason;
    bool m_kept = false;
};

} // namespace wb
