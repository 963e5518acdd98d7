#pragma once

#include <QObject>
#include <QStringList>

class QSettings;

namespace wb {

// The recently opened or saved circuits, newest first, kept in the settings.
class RecentFiles final : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxFiles = 8;

    explicit RecentFiles(QSettings *settings, QObject *parent = nullptr);

    QStringList files() const { return m_files; }
    void add(const QString &path);
    void remove(const QString &path);
    void clear();

Q_SIGNALS:
    void changed();

private:
    void store();

    QSettings *m_settings;
    QStringList m_files;
};

} // namespace wb
