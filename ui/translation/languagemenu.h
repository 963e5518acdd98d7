#pragma once

#include <QObject>
#include <QString>

class QActionGroup;
class QMenu;
class QSettings;

namespace wb {

class MainWindow;

// View ▸ Language (docs/translations.md): the system's language or one of the catalogues',
// saved in appearance/language and applied at the next start: the window's texts are made once,
// in the language of its start, so a live switch would leave half of them behind.
class LanguageMenu final : public QObject
{
    Q_OBJECT

public:
    LanguageMenu(QMenu *parent, QSettings *settings, MainWindow *window);

    static QString settingsKey();
    QMenu *menu() const { return m_menu; }

private:
    void choose(const QString &language);

    QSettings *m_settings;
    MainWindow *m_window;
    QMenu *m_menu;
    QActionGroup *m_group;
};

namespace languagesetting {

// The language of this run: `commandLine` (--lang) if given, else appearance/language, else the
// system's; installs its translators (core/i18n/translation.h). A bad --lang is an error (false,
// *error says why); a bad saved value falls back to the system's language with a warning in
// *error and true.
bool apply(QSettings *settings, const QString &commandLine, QString *error);

} // namespace languagesetting

} // namespace wb
