// Recent files reach the desktop's list ($XDG_DATA_HOME/recently-used.xbel): a new list, an
// existing one whose other entries stay as they were, a broken one left alone, the list as GLib
// (GTK's file chooser, GNOME's "Recent") reads it, and the window recording what it opens and
// saves.
#include "desktoprecent.h"
#include "recentfiles.h"
#include "uitestkit.h"

#include <QDomDocument>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QTemporaryDir>
#include <QUrl>

#ifdef WIREBENCH_HAVE_GLIB
#include <glib.h>
#endif

using wb::NodeKind;

namespace {

const QString kBookmarkNs
    = QStringLiteral("http://www.freedesktop.org/standards/desktop-bookmarks");
const QString kMimeNs = QStringLiteral("http://www.freedesktop.org/standards/shared-mime-info");

QString uriOf(const QString &path)
{
    return QString::fromUtf8(QUrl::fromLocalFile(path).toEncoded());
}

QDomDocument readList()
{
    QFile file(wb::desktoprecent::path());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QDomDocument doc;
    if (!doc.setContent(file.readAll(), true))
        return {};
    return doc;
}

QList<QDomElement> bookmarks(const QDomDocument &doc, const QString &href)
{
    QList<QDomElement> found;
    for (QDomElement e = doc.documentElement().firstChildElement(QStringLiteral("bookmark"));
         !e.isNull(); e = e.nextSiblingElement(QStringLiteral("bookmark"))) {
        if (e.attribute(QStringLiteral("href")) == href)
            found.append(e);
    }
    return found;
}

QDomElement descendant(
    const QDomElement &from, const QString &ns, const QString &local, const QString &name = {})
{
    const QDomNodeList all = from.elementsByTagNameNS(ns, local);
    for (int i = 0; i < all.size(); ++i) {
        const QDomElement e = all.at(i).toElement();
        if (name.isEmpty() || e.attribute(QStringLiteral("name")) == name)
            return e;
    }
    return {};
}

// An entry of another application, in the form GLib writes.
const char kOtherList[]
    = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<xbel version=\"1.0\"\n"
      "      xmlns:bookmark=\"http://www.freedesktop.org/standards/desktop-bookmarks\"\n"
      "      xmlns:mime=\"http://www.freedesktop.org/standards/shared-mime-info\"\n"
      ">\n"
      "  <bookmark href=\"file:///home/someone/notes.txt\" added=\"2026-01-02T03:04:05.000000Z\" "
      "modified=\"2026-01-02T03:04:05.000000Z\" visited=\"2026-01-02T03:04:05.000000Z\">\n"
      "    <info>\n"
      "      <metadata owner=\"http://freedesktop.org\">\n"
      "        <mime:mime-type type=\"text/plain\"/>\n"
      "        <bookmark:applications>\n"
      "          <bookmark:application name=\"gedit\" exec=\"&apos;gedit %u&apos;\" "
      "modified=\"2026-01-02T03:04:05.000000Z\" count=\"3\"/>\n"
      "        </bookmark:applications>\n"
      "      </metadata>\n"
      "    </info>\n"
      "  </bookmark>\n"
      "  <bookmark href=\"%1\" added=\"2026-01-02T03:04:05.000000Z\" "
      "modified=\"2026-01-02T03:04:05.000000Z\" visited=\"2026-01-02T03:04:05.000000Z\">\n"
      "    <info>\n"
      "      <metadata owner=\"http://freedesktop.org\">\n"
      "        <mime:mime-type type=\"application/json\"/>\n"
      "        <bookmark:applications>\n"
      "          <bookmark:application name=\"gedit\" exec=\"&apos;gedit %u&apos;\" "
      "modified=\"2026-01-02T03:04:05.000000Z\" count=\"1\"/>\n"
      "        </bookmark:applications>\n"
      "      </metadata>\n"
      "    </info>\n"
      "  </bookmark>\n"
      "</xbel>\n";

} // namespace

class TestDesktopRecent : public QObject
{
    Q_OBJECT

    QTemporaryDir m_data;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_data.isValid());
        qputenv("XDG_DATA_HOME", m_data.path().toUtf8());
        QCOMPARE(wb::desktoprecent::path(), m_data.filePath(QStringLiteral("recently-used.xbel")));
    }

    void init() { QFile::remove(wb::desktoprecent::path()); }

    void aNewListHoldsTheCircuit()
    {
        const QString circuit = m_data.filePath(QStringLiteral("my circuit.wbc.json"));
        QCOMPARE(wb::desktoprecent::record(circuit), QString());
        // The list tells what one worked on: the user's alone.
        QCOMPARE(QFile::permissions(wb::desktoprecent::path())
                & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
            QFileDevice::Permissions());
        const QDomDocument doc = readList();
        QCOMPARE(doc.documentElement().tagName(), QStringLiteral("xbel"));
        QCOMPARE(doc.documentElement().attribute(QStringLiteral("version")), QStringLiteral("1.0"));
        const QList<QDomElement> found = bookmarks(doc, uriOf(circuit));
        QCOMPARE(found.size(), 1);
        QVERIFY(uriOf(circuit).contains(QStringLiteral("my%20circuit"))); // escaped, as URIs are
        for (const char *stamp : { "added", "modified", "visited" })
            QVERIFY2(QDateTime::fromString(
                         found.first().attribute(QString::fromLatin1(stamp)), Qt::ISODateWithMs)
                         .isValid(),
                stamp);
        const QDomElement mime = descendant(found.first(), kMimeNs, QStringLiteral("mime-type"));
        QCOMPARE(mime.attribute(QStringLiteral("type")),
            QStringLiteral("application/x-wirebench-circuit"));
        const QDomElement app = descendant(
            found.first(), kBookmarkNs, QStringLiteral("application"), QStringLiteral("wirebench"));
        QVERIFY(!app.isNull());
        QCOMPARE(app.attribute(QStringLiteral("count")), QStringLiteral("1"));
        QCOMPARE(app.attribute(QStringLiteral("exec")), QStringLiteral("wirebench %f"));
    }

    void otherEntriesStayAndUsesAreCounted()
    {
        const QString circuit = m_data.filePath(QStringLiteral("shared.json"));
        {
            QFile file(wb::desktoprecent::path());
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QString::fromUtf8(kOtherList).arg(uriOf(circuit)).toUtf8());
        }
        const QDateTime first(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC);
        QCOMPARE(wb::desktoprecent::record(circuit, first), QString());
        QCOMPARE(wb::desktoprecent::record(circuit, first.addSecs(60)), QString());

        const QDomDocument doc = readList();
        const QList<QDomElement> notes
            = bookmarks(doc, QStringLiteral("file:///home/someone/notes.txt"));
        QCOMPARE(notes.size(), 1);
        const QDomElement gedit = descendant(
            notes.first(), kBookmarkNs, QStringLiteral("application"), QStringLiteral("gedit"));
        QCOMPARE(gedit.attribute(QStringLiteral("count")), QStringLiteral("3"));
        QCOMPARE(gedit.attribute(QStringLiteral("exec")), QStringLiteral("'gedit %u'"));
        QCOMPARE(notes.first().attribute(QStringLiteral("modified")),
            QStringLiteral("2026-01-02T03:04:05.000000Z"));
        QVERIFY(descendant(
            notes.first(), kBookmarkNs, QStringLiteral("application"), QStringLiteral("wirebench"))
                    .isNull());

        const QList<QDomElement> shared = bookmarks(doc, uriOf(circuit));
        QCOMPARE(shared.size(), 1); // used again: the same entry, not a second one
        QCOMPARE(shared.first().attribute(QStringLiteral("added")),
            QStringLiteral("2026-01-02T03:04:05.000000Z"));
        QCOMPARE(shared.first().attribute(QStringLiteral("modified")),
            QStringLiteral("2026-12-01T10:01:00.000Z"));
        QVERIFY(!descendant(
            shared.first(), kBookmarkNs, QStringLiteral("application"), QStringLiteral("gedit"))
                     .isNull());
        const QDomElement ours = descendant(shared.first(), kBookmarkNs,
            QStringLiteral("application"), QStringLiteral("wirebench"));
        QCOMPARE(ours.attribute(QStringLiteral("count")), QStringLiteral("2"));
        QCOMPARE(descendant(shared.first(), kMimeNs, QStringLiteral("mime-type"))
                     .attribute(QStringLiteral("type")),
            QStringLiteral("application/x-wirebench-circuit"));
    }

    void aBrokenListIsLeftAlone_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::newRow("not XML") << QByteArray("<xbel version=\"1.0\"><bookmark href=");
        QTest::newRow("another XML document") << QByteArray("<?xml version=\"1.0\"?><html/>");
    }

    void aBrokenListIsLeftAlone()
    {
        QFETCH(QByteArray, contents);
        {
            QFile file(wb::desktoprecent::path());
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(contents);
        }
        const QString error = wb::desktoprecent::record(m_data.filePath(QStringLiteral("a.json")));
        QVERIFY(error.contains(wb::desktoprecent::path()));
        QVERIFY(error.contains(QStringLiteral("left as it is")));
        QFile file(wb::desktoprecent::path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), contents);
    }

    void glibReadsTheList()
    {
#ifdef WIREBENCH_HAVE_GLIB
        const QString circuit = m_data.filePath(QStringLiteral("glib.json"));
        {
            QFile file(wb::desktoprecent::path());
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QString::fromUtf8(kOtherList).arg(uriOf(circuit)).toUtf8());
        }
        QCOMPARE(wb::desktoprecent::record(circuit), QString());
        QCOMPARE(wb::desktoprecent::record(m_data.filePath(QStringLiteral("new.json"))), QString());

        GBookmarkFile *list = g_bookmark_file_new();
        GError *error = nullptr;
        const bool loaded = g_bookmark_file_load_from_file(
            list, QFile::encodeName(wb::desktoprecent::path()).constData(), &error);
        QVERIFY2(loaded, error ? error->message : "");
        QCOMPARE(g_bookmark_file_get_size(list), 3);
        const QByteArray uri = uriOf(circuit).toUtf8();
        gchar *mime = g_bookmark_file_get_mime_type(list, uri.constData(), nullptr);
        QCOMPARE(QByteArray(mime), QByteArray("application/x-wirebench-circuit"));
        g_free(mime);
        QVERIFY(g_bookmark_file_has_application(list, uri.constData(), "gedit", nullptr));
        gchar *exec = nullptr;
        guint count = 0;
        QVERIFY(g_bookmark_file_get_application_info(
            list, uri.constData(), "wirebench", &exec, &count, nullptr, nullptr));
        // GLib expands %f to the file's path: the command that opens it again.
        QCOMPARE(QString::fromUtf8(exec),
            QStringLiteral("wirebench %1").arg(QFileInfo(circuit).absoluteFilePath()));
        QCOMPARE(count, 1u);
        g_free(exec);
        QVERIFY(g_bookmark_file_has_item(
            list, uriOf(m_data.filePath(QStringLiteral("new.json"))).toUtf8().constData()));
        g_bookmark_file_free(list);
#else
        QSKIP("GLib's development files were not found at configure time");
#endif
    }

    void theWindowRecordsWhatItOpensAndSaves()
    {
        uitest::Window w;
        const QString opened = uitest::writeCircuit(w.dir, QStringLiteral("opened.json"),
            { uitest::node(QStringLiteral("x"), NodeKind::Led) }, {});
        w->documents()->openFile(opened);
        const QString saved = w.dir.filePath(QStringLiteral("saved.wbc.json"));
        QVERIFY(w->documents()->saveTo(saved));
        w->documents()->openFile(
            QStringLiteral(":/wirebench/circuits/examples/seed-with-led.json"));
        const QDomDocument doc = readList();
        QCOMPARE(bookmarks(doc, uriOf(opened)).size(), 1);
        QCOMPARE(bookmarks(doc, uriOf(saved)).size(), 1);
        // An example is a resource, not a file of the user's: not on the desktop's list.
        QCOMPARE(doc.documentElement().elementsByTagName(QStringLiteral("bookmark")).size(), 2);
    }
};

QTEST_MAIN(TestDesktopRecent)
#include "tst_desktoprecent.moc"
