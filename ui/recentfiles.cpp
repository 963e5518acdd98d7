#include "recentfiles.h"

#include "desktoprecent.h"

#include <QFileInfo>
#include <QSettings>
#include <QtGlobal>

namespace wb {

namespace {

QString key()
{
    return QStringLiteral("documents/recentFiles");
}

} // namespace

RecentFiles::RecentFiles(QSettings *settings, QObject *parent)
    : QObject(parent), m_settings(settings), m_files(settings->value(key()).toStringList())
{ }

void RecentFiles::add(const QString &path)
{
    if (path.isEmpty() || path.startsWith(QLatin1Char(':')))
        return; // resources (the examples) are under File > Examples already
    const QString absolute = QFileInfo(path).absoluteFilePath();
    m_files.removeAll(absolute);
    m_files.prepend(absolute);
    while (m_files.size() > kMaxFiles)
        m_files.removeLast();
    store();
    // The desktop's list too (file choosers, docks): a failure there costs only that entry.
    if (const QString error = desktoprecent::record(absolute); !error.isEmpty())
        qWarning("recent files: %s", qUtf8Printable(error));
}

void RecentFiles::remove(const QString &path)
{
    if (m_files.removeAll(QFileInfo(path).absoluteFilePath()) > 0)
        store();
}

void RecentFiles::clear()
{
    m_files.clear();
    store();
}

void RecentFiles::store()
{
    m_settings->setValue(key(), m_files);
    Q_EMIT changed();
}

} // namespace wb
