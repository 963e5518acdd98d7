#include "desktoprecent.h"

#include <QDir>
#include <QDomDocument>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrl>

namespace wb::desktoprecent {

namespace {

const QString kBookmarkNs
    = QStringLiteral("http://www.freedesktop.org/standards/desktop-bookmarks");
const QString kMimeNs = QStringLiteral("http://www.freedesktop.org/standards/shared-mime-info");
const QString kOwner = QStringLiteral("http://freedesktop.org");
const QString kApplication = QStringLiteral("wirebench");

// The first child element of `parent` with this namespace and local name (and, when given, this
// attribute value), made at the end of `parent` when there is none.
QDomElement childOf(QDomDocument &doc, QDomElement parent, const QString &ns,
    const QString &qualified, const QString &attribute = {}, const QString &value = {})
{
    const QString local = qualified.section(u':', -1);
    for (QDomElement e = parent.firstChildElement(); !e.isNull(); e = e.nextSiblingElement()) {
        // Parsed elements have a local name; ones made in this call (no namespace) a tag name.
        const QString name = e.localName().isEmpty() ? e.tagName() : e.localName();
        if (name == local && e.namespaceURI() == ns
            && (attribute.isEmpty() || e.attribute(attribute) == value))
            return e;
    }
    QDomElement made
        = ns.isEmpty() ? doc.createElement(qualified) : doc.createElementNS(ns, qualified);
    if (!attribute.isEmpty())
        made.setAttribute(attribute, value);
    parent.appendChild(made);
    return made;
}

QDomDocument emptyList()
{
    QDomDocument doc;
    doc.appendChild(doc.createProcessingInstruction(
        QStringLiteral("xml"), QStringLiteral("version=\"1.0\" encoding=\"UTF-8\"")));
    QDomElement xbel = doc.createElement(QStringLiteral("xbel"));
    xbel.setAttribute(QStringLiteral("version"), QStringLiteral("1.0"));
    xbel.setAttribute(QStringLiteral("xmlns:bookmark"), kBookmarkNs);
    xbel.setAttribute(QStringLiteral("xmlns:mime"), kMimeNs);
    doc.appendChild(xbel);
    return doc;
}

} // namespace

QString path()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/recently-used.xbel");
}

QString record(const QString &file, const QDateTime &when)
{
    const QString listPath = path();
    QDomDocument doc;
    QFile existing(listPath);
    if (existing.exists()) {
        if (!existing.open(QIODevice::ReadOnly))
            return QStringLiteral("cannot read %1: %2").arg(listPath, existing.errorString());
        QString error;
        int line = 0;
        if (!doc.setContent(existing.readAll(), true, &error, &line))
            return QStringLiteral("%1, line %2: %3; left as it is")
                .arg(listPath)
                .arg(line)
                .arg(error);
        if (doc.documentElement().tagName() != QStringLiteral("xbel"))
            return QStringLiteral("%1 is not a bookmark file (no xbel element); left as it is")
                .arg(listPath);
    } else {
        doc = emptyList();
    }

    const QString now = when.toUTC().toString(Qt::ISODateWithMs);
    const QString uri = QString::fromUtf8(QUrl::fromLocalFile(file).toEncoded());
    QDomElement xbel = doc.documentElement();
    QDomElement bookmark
        = childOf(doc, xbel, {}, QStringLiteral("bookmark"), QStringLiteral("href"), uri);
    if (!bookmark.hasAttribute(QStringLiteral("added")))
        bookmark.setAttribute(QStringLiteral("added"), now);
    bookmark.setAttribute(QStringLiteral("modified"), now);
    bookmark.setAttribute(QStringLiteral("visited"), now);
    QDomElement info = childOf(doc, bookmark, {}, QStringLiteral("info"));
    QDomElement metadata
        = childOf(doc, info, {}, QStringLiteral("metadata"), QStringLiteral("owner"), kOwner);
    QDomElement mime = childOf(doc, metadata, kMimeNs, QStringLiteral("mime:mime-type"));
    mime.setAttribute(QStringLiteral("type"), QStringLiteral(WIREBENCH_CIRCUIT_MIME_TYPE));
    QDomElement applications
        = childOf(doc, metadata, kBookmarkNs, QStringLiteral("bookmark:applications"));
    QDomElement application = childOf(doc, applications, kBookmarkNs,
        QStringLiteral("bookmark:application"), QStringLiteral("name"), kApplication);
    application.setAttribute(QStringLiteral("exec"), QStringLiteral("wirebench %f"));
    application.setAttribute(QStringLiteral("modified"), now);
    application.removeAttribute(QStringLiteral("timestamp")); // the old form of `modified`
    const int count = application.attribute(QStringLiteral("count")).toInt();
    application.setAttribute(QStringLiteral("count"), QString::number(qMax(count, 0) + 1));

    if (!QDir().mkpath(QFileInfo(listPath).absolutePath()))
        return QStringLiteral("cannot make the folder of %1").arg(listPath);
    QSaveFile out(listPath);
    if (!out.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write %1: %2").arg(listPath, out.errorString());
    if (!existing.exists()) // the list tells what one worked on: the user's alone
        out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (out.write(doc.toByteArray(2)) < 0 || !out.commit())
        return QStringLiteral("cannot write %1: %2").arg(listPath, out.errorString());
    return {};
}

} // namespace wb::desktoprecent
