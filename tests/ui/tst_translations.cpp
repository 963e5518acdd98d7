// The window in each language (docs/translations.md): every menu and toolbar text is the
// catalogue's translation where the catalogue has one, none is cut off or pushed out of sight,
// a number and a time shown follow the language's locale; the catalogues themselves are
// finished enough (>= 98 %, nothing unfinished in a menu, dialog or error message) and keep
// the English text's placeholders and accelerators.
#include "document/nodespec.h"
#include "i18n/translation.h"
#include "panels/logmodel.h"
#include "panels/runstatus.h"
#include "runcontrol.h"
#include "translation/languagemenu.h"
#include "translation/localeformat.h"
#include "uitestkit.h"
#include "windowactions.h"

#include <QAction>
#include <QFile>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QToolBar>
#include <QToolButton>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

QString catalogueFile(const QString &language)
{
    return QStringLiteral(WIREBENCH_PEERS_DIR "/../../translations/wirebench_%1.ts").arg(language);
}

struct Message
{
    QString context;
    QString source;
    QStringList translations; // one, or the plural forms
    QString type; // "", "unfinished", "vanished", "obsolete"
};

// The .ts file as lupdate and the translators left it.
QList<Message> readCatalogue(const QString &file, QString *error)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        *error = file + QStringLiteral(": ") + in.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&in);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            current = Message { context, {}, {}, {} };
        } else if (xml.name() == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            QString text;
            while (!(xml.isEndElement() && xml.name() == QLatin1String("translation"))
                && !xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                    current.translations << xml.readElementText();
            }
            if (current.translations.isEmpty())
                current.translations << text;
            messages << current;
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1:%2: %3").arg(file).arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

bool isLive(const Message &m)
{
    return m.type != QLatin1String("vanished") && m.type != QLatin1String("obsolete");
}

// Menus, dialogs and error messages must never show English in a translated window: the
// classes that build menus and dialogs, the core's file and lesson errors, and any text with
// an accelerator (a menu entry, a button, a label of a dialog).
bool mustBeFinished(const Message &m)
{
    static const QRegularExpression contexts(QStringLiteral(
        "Menu|Actions|Dialog|CrashRecovery|DocumentController|TeacherMode|LessonController|"
        "CircuitFormat|wb::Lesson$|Recording$|Autosave|plotexport|NetworkSecurity|WavWriter|"
        "labreport|translation"));
    static const QRegularExpression accelerator(QStringLiteral("&[^&\\s]"));
    return contexts.match(m.context).hasMatch() || accelerator.match(m.source).hasMatch();
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("%L?[0-9]+|%n"));
    QStringList found;
    for (auto it = marker.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.sort();
    found.removeDuplicates();
    return found;
}

QString plain(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    return text;
}

QChar accelerator(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == u'&') {
            if (text.at(i + 1) != u'&')
                return text.at(i + 1).toLower();
            ++i;
        }
    }
    return {};
}

struct Shown
{
    QString path; // "File/Open Recent", "toolbar mainToolBar/3"
    QString text;
    QAction *action = nullptr;
    QWidget *owner = nullptr; // the menu bar, the menu or the toolbar showing it
};

void walkMenu(QMenu *menu, const QString &path, QList<Shown> *shown)
{
    for (QAction *action : menu->actions()) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        const QString here = path + u'/' + QString::number(shown->size());
        *shown << Shown { here, action->text(), action, menu };
        if (action->menu())
            walkMenu(action->menu(), here, shown);
    }
}

// Every menu and toolbar text of the window, in the order it shows them.
QList<Shown> shownTexts(wb::MainWindow *window)
{
    QList<Shown> shown;
    QMenuBar *bar = window->menuBar();
    for (QAction *action : bar->actions()) {
        shown << Shown { QString::number(shown.size()), action->text(), action, bar };
        if (action->menu())
            walkMenu(action->menu(), QString::number(shown.size()), &shown);
    }
    const QList<QToolBar *> toolBars = window->findChildren<QToolBar *>();
    for (QToolBar *toolBar : toolBars) {
        for (QAction *action : toolBar->actions()) {
            if (action->isSeparator())
                continue;
            shown << Shown { toolBar->objectName() + u'/' + QString::number(shown.size()),
                action->text(), action, toolBar };
        }
    }
    return shown;
}

} // namespace

class TestTranslations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { wb::translation::install(QStringLiteral("en")); }

    void catalogueIsFinished_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *language : { "de", "fr", "es" })
            QTest::newRow(language) << QString::fromLatin1(language);
    }

    void catalogueIsFinished()
    {
        QFETCH(QString, language);
        QString error;
        const QList<Message> messages = readCatalogue(catalogueFile(language), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!messages.isEmpty());
        int live = 0;
        int finished = 0;
        QStringList problems;
        for (const Message &m : messages) {
            if (!isLive(m))
                continue;
            ++live;
            if (!m.type.isEmpty()) {
                if (mustBeFinished(m))
                    problems << QStringLiteral("unfinished in %1: %2").arg(m.context, m.source);
                continue;
            }
            ++finished;
            for (const QString &t : m.translations) {
                if (placeholders(t) != placeholders(m.source)) {
                    problems << QStringLiteral("%1: \"%2\" -> \"%3\": the placeholders differ")
                                    .arg(m.context, m.source, t);
                }
                if (accelerator(m.source).isNull() != accelerator(t).isNull()) {
                    problems << QStringLiteral("%1: \"%2\" -> \"%3\": the accelerator (&) is "
                                               "missing or new")
                                    .arg(m.context, m.source, t);
                }
            }
        }
        if (finished == 0) {
            // Filled on a translator's branch of its own: a skeleton is not a broken catalogue.
            QSKIP(qPrintable(QStringLiteral("wirebench_%1.ts is still a skeleton (0 of %2 "
                                            "finished): its translation comes on its own branch")
                                 .arg(language)
                                 .arg(live)));
        }
        const double percent = 100.0 * finished / live;
        if (percent < 98.0)
            problems.prepend(QStringLiteral("%1 of %2 finished (%3 %), 98 % needed")
                                 .arg(finished)
                                 .arg(live)
                                 .arg(percent, 0, 'f', 1));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void window_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *language : { "de", "fr", "es" })
            QTest::newRow(language) << QString::fromLatin1(language);
    }

    // Menus and toolbars translated where the catalogue has it, and no worse than the English
    // window at the size of a 1366×768 laptop's: no text cut off or pushed out of sight (a
    // dock's toolbar may overflow in English already), no accelerator shared in a menu.
    void window()
    {
        QFETCH(QString, language);
        // What the catalogue translates: every finished source and its translations.
        QHash<QString, QStringList> catalogue;
        QString error;
        for (const Message &m : readCatalogue(catalogueFile(language), &error)) {
            if (isLive(m) && m.type.isEmpty())
                catalogue[m.source] << m.translations;
        }
        QVERIFY2(error.isEmpty(), qPrintable(error));
        if (catalogue.isEmpty())
            QSKIP(qPrintable(language + QStringLiteral(": the catalogue is still a skeleton")));

        wb::translation::install(QStringLiteral("en"));
        QList<Shown> english;
        QMap<QString, QString> englishProblems;
        {
            uitest::Window w;
            uitest::show(w, kLaptop);
            english = shownTexts(w.window.get());
            englishProblems = layoutProblems(english);
            QVERIFY(english.size() > 50);
        }
        const wb::translation::Installed installed = wb::translation::install(language);
        QCOMPARE(installed.language, language);
        QVERIFY2(installed.files.contains(QStringLiteral(":/i18n/wirebench_%1.qm").arg(language)),
            qPrintable(installed.files.join(u' ')));
        uitest::Window w;
        uitest::show(w, kLaptop);
        const QList<Shown> shown = shownTexts(w.window.get());
        QCOMPARE(shown.size(), english.size());

        QStringList problems;
        int translated = 0;
        for (qsizetype i = 0; i < shown.size(); ++i) {
            const QString &source = english.at(i).text;
            // A component kind (Insert ▸ external) is a word of the file format, shown as
            // written, even where the same English word is translated elsewhere.
            if (!catalogue.contains(source) || wb::kinds::fromName(plain(source)))
                continue;
            if (catalogue.value(source).contains(shown.at(i).text)) {
                ++translated;
            } else {
                problems << QStringLiteral("%1: \"%2\" shows as \"%3\", the catalogue says %4")
                                .arg(shown.at(i).path, source, shown.at(i).text,
                                    catalogue.value(source).join(QStringLiteral(" / ")));
            }
        }
        const QMap<QString, QString> layout = layoutProblems(shown);
        for (auto it = layout.cbegin(); it != layout.cend(); ++it) {
            if (!englishProblems.contains(it.key()))
                problems << it.value();
        }
        // The menus and both toolbars of the window: well over fifty texts.
        QVERIFY2(translated > 50, qPrintable(QString::number(translated)));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // The language of a start: --lang, else the saved setting, else the system's; a bad
    // --lang is refused, a bad saved value falls back with a warning. Qt's own catalogue comes
    // along when the system has it.
    void languageOfAStart_data()
    {
        QTest::addColumn<QString>("saved");
        QTest::addColumn<QString>("commandLine");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("warning");
        const QString system = wb::translation::fromLocale(QLocale::system());
        QTest::newRow("saved de") << "de"
                                  << "" << true << "de"
                                  << "";
        QTest::newRow("saved de_AT") << "de_AT"
                                     << "" << true << "de"
                                     << "";
        QTest::newRow("--lang wins") << "de"
                                     << "en" << true << "en"
                                     << "";
        QTest::newRow("--lang de-DE") << ""
                                      << "de-DE" << true << "de"
                                      << "";
        QTest::newRow("system") << ""
                                << "" << true << system << "";
        QTest::newRow("saved nonsense")
            << "xx"
            << "" << true << system << "appearance/language: xx is not a language";
        QTest::newRow("--lang nonsense") << "de"
                                         << "xx" << false << ""
                                         << "--lang xx is not";
    }

    void languageOfAStart()
    {
        QFETCH(QString, saved);
        QFETCH(QString, commandLine);
        QFETCH(bool, accepted);
        QFETCH(QString, language);
        QFETCH(QString, warning);
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        if (!saved.isEmpty())
            settings.setValue(wb::LanguageMenu::settingsKey(), saved);
        QString error;
        QCOMPARE(wb::languagesetting::apply(&settings, commandLine, &error), accepted);
        QVERIFY2(
            warning.isEmpty() ? error.isEmpty() : error.startsWith(warning), qPrintable(error));
        QCOMPARE(settings.value(wb::LanguageMenu::settingsKey()).toString(), saved); // untouched
        if (!accepted)
            return;
        const QString menu = QCoreApplication::translate("wb::WindowMenus", "&File");
        QCOMPARE(menu == QLatin1String("&File"), language == QLatin1String("en"));
        if (language == QLatin1String("de"))
            QCOMPARE(menu, QStringLiteral("&Datei"));
        const QString qtbase = QLibraryInfo::path(QLibraryInfo::TranslationsPath)
            + QStringLiteral("/qtbase_%1.qm").arg(language);
        const wb::translation::Installed installed = wb::translation::install(
            commandLine.isEmpty() ? wb::translation::normalize(saved) : commandLine.left(2));
        QCOMPARE(installed.language, language);
        // English needs no catalogue, not even Qt's own (Debian ships a qtbase_en.qm).
        QCOMPARE(installed.files.contains(qtbase),
            language != QLatin1String("en") && QFileInfo::exists(qtbase));
    }

    // View ▸ Language saves the choice and says, in both languages, that it applies from the
    // next start.
    void languageMenu()
    {
        uitest::Window w;
        auto *menu = w->findChild<QMenu *>(QStringLiteral("languageMenu"));
        QVERIFY(menu);
        QStringList entries;
        QAction *deutsch = nullptr;
        for (QAction *action : menu->actions()) {
            if (action->isSeparator())
                continue;
            entries << action->text();
            if (action->data().toString() == QLatin1String("de"))
                deutsch = action;
            QCOMPARE(action->isChecked(), action->data().toString().isEmpty()); // nothing saved
        }
        QCOMPARE(entries.size(), wb::translation::languages().size() + 1);
        QVERIFY(entries.first().startsWith(QStringLiteral("&System (")));
        QVERIFY(deutsch);
        deutsch->trigger();
        QVERIFY(deutsch->isChecked());
        QCOMPARE(
            w.settings->value(wb::LanguageMenu::settingsKey()).toString(), QStringLiteral("de"));
        const QString message = w->statusBar()->currentMessage();
        QVERIFY2(message.contains(QStringLiteral("Wirebench speaks Deutsch from its next start."))
                && message.contains(
                    QStringLiteral("Wirebench spricht ab dem nächsten Start Deutsch.")),
            qPrintable(message));
        // The window stays in its language until then.
        QCOMPARE(w->menuBar()->actions().constFirst()->text(), QStringLiteral("&File"));
    }

    void numbersAndTimesFollowTheLocale_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("pace");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("0.5×");
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("0,5×");
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("0,5×");
        QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("0,5×");
    }

    void numbersAndTimesFollowTheLocale()
    {
        QFETCH(QString, language);
        QFETCH(QString, pace);
        wb::translation::install(language);
        const QLocale locale(language);
        QCOMPARE(QLocale().language(), locale.language());
        uitest::Window w;
        uitest::show(w);

        // A number: the teaching pace in the status bar.
        w->runControl()->setTeachingSpeed(0.5);
        w->actions()->teachingPace->trigger();
        QTRY_VERIFY2(
            w->runStatus()->holdText().contains(pace), qPrintable(w->runStatus()->holdText()));

        // A time: the log's time stamp, to the millisecond behind the locale's decimal point.
        wb::LogModel *log = w->logModel();
        log->append(0, QStringLiteral("Workbench"), QStringLiteral("hello"), 0);
        log->flush();
        QVERIFY(log->rowCount() > 0);
        const QString stamp
            = log->data(log->index(log->rowCount() - 1, wb::LogModel::Time)).toString();
        const QString format = wb::localeformat::timeFormatWithMs(locale);
        QVERIFY2(locale.toTime(stamp, format).isValid(),
            qPrintable(stamp + QStringLiteral(" is not ") + format));
        QVERIFY2(stamp.contains(QRegularExpression(
                     QStringLiteral("\\d%1\\d{3}")
                         .arg(QRegularExpression::escape(QString(locale.decimalPoint()))))),
            qPrintable(stamp));
    }

private:
    static constexpr QSize kLaptop { 1229, 691 }; // 90 % of a 1366×768 screen

    // What the window shows badly, keyed by what it is about (the same keys in every language):
    // a text cut off or out of sight, two entries of a menu with the same accelerator.
    static QMap<QString, QString> layoutProblems(const QList<Shown> &shown)
    {
        QMap<QString, QString> problems;
        QHash<QWidget *, QHash<QChar, int>> accelerators;
        for (qsizetype i = 0; i < shown.size(); ++i) {
            const Shown &s = shown.at(i);
            const QString problem = elision(s);
            if (!problem.isEmpty())
                problems.insert(
                    QStringLiteral("shown %1").arg(i), s.path + QStringLiteral(": ") + problem);
            // One accelerator letter per menu: two make Alt+letter cycle instead of choose.
            const QChar key = accelerator(s.text);
            if (key.isNull() || qobject_cast<QToolBar *>(s.owner))
                continue;
            if (const int other = accelerators[s.owner].value(key, -1); other >= 0) {
                problems.insert(QStringLiteral("key %1 %2").arg(other).arg(i),
                    QStringLiteral("\"%1\" and \"%2\" share the accelerator %3")
                        .arg(shown.at(other).text, s.text, key));
            } else {
                accelerators[s.owner].insert(key, int(i));
            }
        }
        return problems;
    }

    // Whether the text of a menu entry, a menu title or a toolbar button shows whole.
    static QString elision(const Shown &s)
    {
        const QString text = plain(s.text);
        if (auto *bar = qobject_cast<QMenuBar *>(s.owner)) {
            const QRect at = bar->actionGeometry(s.action);
            if (at.isEmpty() || !bar->rect().contains(at))
                return QStringLiteral("\"%1\" does not fit in the menu bar (%2 px wide)")
                    .arg(text)
                    .arg(bar->width());
            if (at.width() < bar->fontMetrics().horizontalAdvance(text))
                return QStringLiteral("\"%1\" is cut off in the menu bar").arg(text);
            return {};
        }
        if (auto *menu = qobject_cast<QMenu *>(s.owner)) {
            const QRect at = menu->actionGeometry(s.action);
            const int needed = menu->fontMetrics().horizontalAdvance(text);
            if (at.width() < needed)
                return QStringLiteral("\"%1\" needs %2 px, the menu gives it %3")
                    .arg(text)
                    .arg(needed)
                    .arg(at.width());
            return {};
        }
        auto *toolBar = qobject_cast<QToolBar *>(s.owner);
        if (!toolBar || !toolBar->isVisible())
            return {};
        auto *button = qobject_cast<QToolButton *>(toolBar->widgetForAction(s.action));
        if (!button)
            return {};
        if (!button->isVisible())
            return QStringLiteral("\"%1\" is pushed into the toolbar's overflow").arg(text);
        if (button->width() < button->sizeHint().width())
            return QStringLiteral("\"%1\" is squeezed: %2 px of %3")
                .arg(text)
                .arg(button->width())
                .arg(button->sizeHint().width());
        return {};
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
