#include "autosave.h"

#include "documentcontroller.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>

namespace wb {

namespace {

const QLatin1String kRecoveryKey("recovery");

} // namespace

QByteArray RecoveryFile::encode(const RecoveryFile &recovery)
{
    QJsonObject root = QJsonDocument::fromJson(circuitformat::serialize(recovery.document)).object();
    root.insert(kRecoveryKey,
                QJsonObject { { QLatin1String("path"), recovery.path },
                              { QLatin1String("name"), recovery.name },
                              { QLatin1String("saved"), recovery.saved.toString(Qt::ISODateWithMs) },
                              { QLatin1String("pid"), recovery.pid },
                              { QLatin1String("quitReason"), recovery.quitReason } });
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString RecoveryFile::read(const QString &file, RecoveryFile *recovery)
{
    // The circuit loader's limits apply: a recovery file is a circuit file.
    const circuitformat::Result circuit = circuitformat::load(file);
    if (!circuit.ok())
        return circuit.error;
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return file + QStringLiteral(": ") + in.errorString();
    const QJsonObject meta
        = QJsonDocument::fromJson(in.read(circuitformat::kMaxFileBytes)).object().value(kRecoveryKey).toObject();
    if (meta.isEmpty())
        return QCoreApplication::translate("wb::Autosave", "%1: recovery: missing").arg(file);
    recovery->file = file;
    recovery->document = circuit.document;
    recovery->path = meta.value(QLatin1String("path")).toString();
    recovery->name = meta.value(QLatin1String("name")).toString();
    recovery->saved
        = QDateTime::fromString(meta.value(QLatin1String("saved")).toString(), Qt::ISODateWithMs);
    recovery->pid = meta.value(QLatin1String("pid")).toInteger();
    recovery->quitReason = meta.value(QLatin1String("quitReason")).toString();
    return {};
}

Autosave::Autosave(DocumentController *documents, const QString &directory, QObject *parent)
    : QObject(parent)
    , m_documents(documents)
    , m_directory(directory)
{
    // Unique even when a crashed process had our pid: its file must not be overwritten.
    m_file = QDir(directory).filePath(
        QStringLiteral("%1-%2.json")
            .arg(QCoreApplication::applicationPid())
            .arg(QDateTime::currentMSecsSinceEpoch()));
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (const QString error = saveNow(); !error.isEmpty())
            Q_EMIT failed(error);
    });
    connect(documents, &DocumentController::edited, this, &Autosave::schedule);
    connect(documents, &DocumentController::documentChanged, this, &Autosave::schedule);
    connect(documents, &DocumentController::modifiedChanged, this, &Autosave::schedule);
    schedule();
}

Autosave::~Autosave()
{
    if (m_kept)
        m_lock.reset(); // unlocked: the next start offers the file
    else
        remove();
}

QString Autosave::lockPathFor(const QString &file)
{
    return file + QStringLiteral(".lock");
}

void Autosave::setInterval(int ms)
{
    m_interval = ms;
    m_timer.stop();
    schedule();
}

void Autosave::schedule()
{
    if (m_kept)
        return; // quitting: what was written stays as it is
    if (m_interval <= 0 || !m_documents->isModified()) {
        m_timer.stop();
        remove();
        return;
    }
    // The first edit after a write starts the clock; later ones do not push it back, so an
    // edit is never more than one interval from the disk.
    if (!m_timer.isActive())
        m_timer.start(m_interval);
}

QString Autosave::saveNow()
{
    m_timer.stop();
    if (!m_documents->isModified()) {
        remove();
        return {};
    }
    if (!m_lock) {
        if (!QDir().mkpath(m_directory))
            return tr("%1: cannot create the recovery folder").arg(m_directory);
        auto lock = std::make_unique<QLockFile>(lockPathFor(m_file));
        lock->setStaleLockTime(0); // only a dead owner makes it stale, never its age
        if (!lock->tryLock(0))
            return tr("%1: cannot lock").arg(lockPathFor(m_file));
        m_lock = std::move(lock);
    }
    RecoveryFile recovery;
    recovery.document = m_documents->document();
    recovery.path = m_documents->path();
    recovery.name = recovery.path.isEmpty() ? m_documents->displayName() : QString();
    recovery.saved = QDateTime::currentDateTimeUtc();
    recovery.pid = QCoreApplication::applicationPid();
    recovery.quitReason = m_quitReason;
    QSaveFile file(m_file);
    if (!file.open(QIODevice::WriteOnly) || file.write(RecoveryFile::encode(recovery)) < 0
        || !file.commit()) {
        return m_file + QStringLiteral(": ") + file.errorString();
    }
    Q_EMIT written(m_file);
    return {};
}

QString Autosave::keepForNextStart(const QString &reason)
{
    m_quitReason = reason;
    const QString error = saveNow();
    m_kept = true;
    return error;
}

void Autosave::remove()
{
    if (!m_lock)
        return;
    QFile::remove(m_file);
    m_lock.reset(); // unlocks and deletes the lock file
}

} // namespace wb
