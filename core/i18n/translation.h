#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>
#include <optional>

class QTranslator;

// The languages Wirebench speaks (docs/translations.md): English in the sources, the others from
// the catalogues translations/wirebench_LANG.ts, compiled into :/i18n/wirebench_LANG.qm. Qt's own
// texts (the buttons of a message box, a file dialog's labels) come from the system's
// qtbase_LANG.qm when it is installed (Debian: qt6-translations-l10n).
namespace wb::translation {

// "en" first, then every language with a catalogue in :/i18n, in the order of kLanguages.
QStringList languages();

// A language's name in that language ("Deutsch"), for a menu that must be readable to someone
// who does not read the current one.
QString nativeName(const QString &language);
// The compiled catalogue of a language, in the core's resources (":/i18n/wirebench_LANG.qm").
QString catalogue(const QString &language);

// "de", "de_AT", "de-DE", "DE" -> "de"; "" stays "" (the system's); anything Wirebench does not
// speak -> "" and *error says so ("--lang xx: ..." is the caller's to prefix).
QString normalize(const QString &text, QString *error = nullptr);

// The language for a locale: its first UI language Wirebench speaks, else "en".
QString fromLocale(const QLocale &locale);

// The locale whose formats (numbers, times) the window uses for `language`: the system's own
// when it speaks that language (de_AT stays Austrian), else the language's main one.
QLocale localeFor(const QString &language, const QLocale &system = QLocale::system());

// What a process installed: the catalogues found (":/i18n/wirebench_de.qm", the system's
// qtbase_de.qm) and the language in effect.
struct Installed
{
    QString language;
    QStringList files;
};

// Installs the translators for `language` ("" = the system's locale) on the application and
// makes its locale the default one (QLocale::setDefault). "en" installs none. Call it after the
// QCoreApplication exists and before any window: texts are translated when they are made.
Installed install(const QString &language);

// wirebench-node's --lang L (or --lang=L), taken out of argv before Qt reads it: each of its
// commands parses its own options, and this one is the process's. Returns L, else the
// environment's WIREBENCH_LANG, else std::nullopt: the node's messages then stay English
// whatever the locale, because scripts read them.
std::optional<QString> takeLanguageArgument(int *argc, char **argv);

} // namespace wb::translation
