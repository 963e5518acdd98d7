#include "languagemenu.h"

#include "i18n/translation.h"
#include "mainwindow.h"

#include <QActionGroup>
#include <QMenu>
#include <QSettings>
#include <QTranslator>

namespace wb {

namespace {

// The menu's own accelerators: the native names never change, so none may take the letter of
// "System" in any language (S), nor each other's.
QString menuText(const QString &language)
{
    if (language == QLatin1String("en"))
        return QStringLiteral("&English");
    if (language == QLatin1String("de"))
        return QStringLiteral("&Deutsch");
    if (language == QLatin1String("fr"))
        return QStringLiteral("&Français");
    if (language == QLatin1String("es"))
        return QStringLiteral("Es&pañol");
    return translation::nativeName(language);
}

// The notice in the chosen language too: whoever picked it may not read the current one.
QString inLanguage(const QString &language, const char *text)
{
    QTranslator translator;
    if (language != QLatin1String("en")
        && translator.load(translation::catalogue(language))) {
        const QString translated = translator.translate("wb::LanguageMenu", text);
        if (!translated.isEmpty())
            return translated;
    }
    return QString::fromUtf8(text);
}

} // namespace

LanguageMenu::LanguageMenu(QMenu *parent, QSettings *settings, MainWindow *window)
    : QObject(parent)
    , m_settings(settings)
    , m_window(window)
    , m_menu(parent->addMenu(tr("&Language")))
    , m_group(new QActionGroup(this))
{
    m_menu->setObjectName(QStringLiteral("languageMenu"));
    const QString saved = translation::normalize(m_settings->value(settingsKey()).toString());
    QAction *system = m_group->addAction(
        tr("&System (%1)")
            .arg(translation::nativeName(translation::fromLocale(QLocale::system()))));
    system->setData(QString());
    for (const QString &language : translation::languages())
        m_group->addAction(menuText(language))->setData(language);
    for (QAction *action : m_group->actions()) {
        action->setCheckable(true);
        action->setChecked(action->data().toString() == saved);
        m_menu->addAction(action);
        if (action == system)
            m_menu->addSeparator();
        connect(action, &QAction::triggered, this,
            [this, action] { choose(action->data().toString()); });
    }
}

QString LanguageMenu::settingsKey()
{
    return QStringLiteral("appearance/language");
}

void LanguageMenu::choose(const QString &language)
{
    m_settings->setValue(settingsKey(), language);
    const QString effective
        = language.isEmpty() ? translation::fromLocale(QLocale::system()) : language;
    const char *notice = QT_TR_NOOP("Wirebench speaks %1 from its next start.");
    QString text = tr(notice).arg(translation::nativeName(effective));
    const QString theirs = inLanguage(effective, notice).arg(translation::nativeName(effective));
    if (theirs != text)
        text += QStringLiteral(" — ") + theirs;
    m_window->showMessage(text, 15000);
}

namespace languagesetting {

bool apply(QSettings *settings, const QString &commandLine, QString *error)
{
    QString language;
    if (!commandLine.isEmpty()) {
        language = translation::normalize(commandLine, error);
        if (language.isEmpty()) {
            *error = QStringLiteral("--lang ") + *error;
            return false;
        }
    } else {
        const QString saved = settings->value(LanguageMenu::settingsKey()).toString();
        QString why;
        language = translation::normalize(saved, &why);
        if (!why.isEmpty())
            *error = LanguageMenu::settingsKey() + QStringLiteral(": ") + why;
    }
    translation::install(language);
    return true;
}

} // namespace languagesetting

} // namespace wb
