#include "i18n/translation.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QTranslator>

namespace wb::translation {

namespace {

struct Language
{
    const char *code;
    const char *nativeName;
};

// English is the sources' language; the others have a catalogue each (translations/).
constexpr Language kLanguages[] = {
    { "en", "English" },
    { "de", "Deutsch" },
    { "fr", "Français" },
    { "es", "Español" },
};

// The translators live as long as the application: QCoreApplication keeps only pointers.
QList<QTranslator *> &installed()
{
    static QList<QTranslator *> translators;
    return translators;
}

bool load(const QString &file)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(file)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    installed().append(translator);
    return true;
}

} // namespace

QString catalogue(const QString &language)
{
    return QStringLiteral(":/i18n/wirebench_%1.qm").arg(language);
}

QStringList languages()
{
    QStringList list;
    for (const Language &l : kLanguages) {
        const QString code = QString::fromLatin1(l.code);
        if (code == QLatin1String("en") || QFileInfo::exists(catalogue(code)))
            list << code;
    }
    return list;
}

QString nativeName(const QString &language)
{
    for (const Language &l : kLanguages) {
        if (language == QLatin1String(l.code))
            return QString::fromUtf8(l.nativeName);
    }
    return language;
}

QString normalize(const QString &text, QString *error)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    // "de", "de_AT", "de-DE.UTF-8": the language is what comes before the territory.
    const QString language
        = trimmed.section(QRegularExpression(QStringLiteral("[_.@-]")), 0, 0).toLower();
    if (languages().contains(language))
        return language;
    if (error) {
        *error = QCoreApplication::translate(
            "wb::translation", "%1 is not a language of Wirebench (%2)")
                     .arg(trimmed, languages().join(QStringLiteral(", ")));
    }
    return {};
}

QString fromLocale(const QLocale &locale)
{
    const QStringList spoken = languages();
    for (const QString &ui : locale.uiLanguages()) {
        const QString language = ui.section(u'-', 0, 0).toLower();
        if (spoken.contains(language))
            return language;
    }
    return QStringLiteral("en");
}

QLocale localeFor(const QString &language, const QLocale &system)
{
    if (language.isEmpty() || QLocale(language).language() == system.language())
        return system;
    return QLocale(language);
}

Installed install(const QString &language)
{
    for (QTranslator *translator : std::as_const(installed())) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    installed().clear();

    Installed result;
    const QLocale system = QLocale::system();
    result.language = language.isEmpty() ? fromLocale(system) : language;
    QLocale::setDefault(localeFor(language, system));
    if (result.language == QLatin1String("en"))
        return result;
    // Qt's own texts first, ours last: the last installed is asked first.
    const QString qtDirectory = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    const QString qtbase = qtDirectory + QStringLiteral("/qtbase_%1.qm").arg(result.language);
    if (load(qtbase))
        result.files << qtbase;
    if (load(catalogue(result.language)))
        result.files << catalogue(result.language);
    return result;
}

std::optional<QString> takeLanguageArgument(int *argc, char **argv)
{
    std::optional<QString> language;
    int kept = 1;
    for (int i = 1; i < *argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (arg == "--") { // the rest is not options
            while (i < *argc)
                argv[kept++] = argv[i++];
            break;
        }
        if (arg == "--lang" && i + 1 < *argc) {
            language = QString::fromLocal8Bit(argv[++i]);
        } else if (arg.startsWith("--lang=")) {
            language = QString::fromLocal8Bit(argv[i] + 7);
        } else {
            argv[kept++] = argv[i];
        }
    }
    *argc = kept;
    argv[kept] = nullptr;
    if (!language && qEnvironmentVariableIsSet("WIREBENCH_LANG"))
        language = qEnvironmentVariable("WIREBENCH_LANG");
    return language;
}

} // namespace wb::translation
