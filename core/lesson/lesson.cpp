#include "lesson/lesson.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace wb::lessonformat {

namespace {

const QString kFileName = QStringLiteral("lesson.json");
const QString kBuiltIn = QStringLiteral(":/wirebench/lessons");

Result failure(const QString &where, const QString &what)
{
    Result r;
    r.error = kFileName + QStringLiteral(": ")
        + (where.isEmpty() ? QString() : where + QStringLiteral(": ")) + what;
    return r;
}

QString lineColumn(const QByteArray &json, qsizetype offset)
{
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < offset && i < json.size(); ++i) {
        if (json.at(i) == '\n') {
            ++line;
            column = 1;
        } else if ((json.at(i) & 0xC0) != 0x80) {
            ++column;
        }
    }
    return QCoreApplication::translate("wb::Lesson", "line %1, column %2").arg(line).arg(column);
}

// A text, or a list of texts joined by newlines (long prose reads better as lines in JSON).
bool readText(const QJsonValue &v, QString *out)
{
    if (v.isString()) {
        *out = v.toString();
        return true;
    }
    if (!v.isArray())
        return false;
    QStringList lines;
    for (const QJsonValue &line : v.toArray()) {
        if (!line.isString())
            return false;
        lines << line.toString();
    }
    *out = lines.join(u'\n');
    return true;
}

bool readList(const QJsonValue &v, QStringList *out)
{
    if (!v.isArray())
        return false;
    for (const QJsonValue &item : v.toArray()) {
        if (!item.isString() || item.toString().trimmed().isEmpty())
            return false;
        *out << item.toString();
    }
    return true;
}

// A file of the folder, named without leaving it.
bool isPlainFileName(const QString &name)
{
    return !name.isEmpty() && !name.contains(u'/') && !name.contains(u'\\')
        && name != QLatin1String(".") && name != QLatin1String("..");
}

} // namespace

Result parse(const QByteArray &json, const QString &folder, bool readCircuit)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return failure(lineColumn(json, error.offset), error.errorString());
    if (!doc.isObject())
        return failure({}, QCoreApplication::translate("wb::Lesson", "expected a JSON object"));
    const QJsonObject o = doc.object();
    static const QStringList known { QStringLiteral("format"), QStringLiteral("version"),
        QStringLiteral("title"), QStringLiteral("order"), QStringLiteral("goal"),
        QStringLiteral("steps"), QStringLiteral("questions"), QStringLiteral("circuit"),
        QStringLiteral("run_seconds"), QStringLiteral("free_ports"), QStringLiteral("registry"),
        QStringLiteral("files"), QStringLiteral("checks") };
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!known.contains(it.key()))
            return failure(it.key(),
                QCoreApplication::translate("wb::Lesson", "unknown field (known: %1)")
                    .arg(known.join(QStringLiteral(", "))));
    }
    if (o.value(QLatin1String("format")).toString() != QLatin1String("wirebench-lesson"))
        return failure(QStringLiteral("format"),
            QCoreApplication::translate("wb::Lesson", "must be \"wirebench-lesson\""));
    if (o.value(QLatin1String("version")).toInt(-1) != kVersion)
        return failure(QStringLiteral("version"),
            QCoreApplication::translate("wb::Lesson", "must be %1").arg(kVersion));

    Result r;
    Lesson &l = r.lesson;
    l.folder = folder;
    l.title = o.value(QLatin1String("title")).toString().trimmed();
    if (l.title.isEmpty())
        return failure(QStringLiteral("title"),
            QCoreApplication::translate("wb::Lesson", "a lesson needs a title"));
    if (o.contains(QLatin1String("order"))) {
        const double order = o.value(QLatin1String("order")).toDouble(-1);
        if (order < 0 || order > 9999 || order != std::floor(order))
            return failure(QStringLiteral("order"),
                QCoreApplication::translate("wb::Lesson", "a whole number from 0 to 9999"));
        l.order = int(order);
    }
    if (!readText(o.value(QLatin1String("goal")), &l.goal) || l.goal.trimmed().isEmpty())
        return failure(QStringLiteral("goal"),
            QCoreApplication::translate(
                "wb::Lesson", "a text (or a list of lines) saying what the lesson is for"));
    if (o.contains(QLatin1String("steps")) && !readList(o.value(QLatin1String("steps")), &l.steps))
        return failure(
            QStringLiteral("steps"), QCoreApplication::translate("wb::Lesson", "a list of texts"));
    if (o.contains(QLatin1String("questions"))
        && !readList(o.value(QLatin1String("questions")), &l.questions))
        return failure(QStringLiteral("questions"),
            QCoreApplication::translate("wb::Lesson", "a list of texts"));
    if (o.contains(QLatin1String("files")) && !readList(o.value(QLatin1String("files")), &l.files))
        return failure(QStringLiteral("files"),
            QCoreApplication::translate("wb::Lesson", "a list of file names"));
    for (qsizetype i = 0; i < l.files.size(); ++i) {
        if (!isPlainFileName(l.files.at(i)))
            return failure(QStringLiteral("files[%1]").arg(i),
                QCoreApplication::translate("wb::Lesson", "a file name of the lesson's folder"));
    }
    l.circuitFile = o.value(QLatin1String("circuit")).toString();
    if (!isPlainFileName(l.circuitFile))
        return failure(QStringLiteral("circuit"),
            QCoreApplication::translate(
                "wb::Lesson", "the name of the circuit file in the lesson's folder"));
    if (o.contains(QLatin1String("run_seconds"))) {
        l.runSeconds = o.value(QLatin1String("run_seconds")).toDouble(-1);
        if (!(l.runSeconds >= 0.1 && l.runSeconds <= 3600))
            return failure(QStringLiteral("run_seconds"),
                QCoreApplication::translate("wb::Lesson", "a number of seconds from 0.1 to 3600"));
    }
    for (const auto &[key, field] :
        { std::pair { "free_ports", &l.freePorts }, std::pair { "registry", &l.needsRegistry } }) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isBool())
            return failure(
                QLatin1String(key), QCoreApplication::translate("wb::Lesson", "true or false"));
        if (v.isBool())
            *field = v.toBool();
    }
    const QJsonValue checks = o.value(QLatin1String("checks"));
    if (!checks.isArray() || checks.toArray().isEmpty())
        return failure(QStringLiteral("checks"),
            QCoreApplication::translate("wb::Lesson", "a list of one check or more"));
    const QJsonArray list = checks.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString where = QStringLiteral("checks[%1]").arg(i);
        if (!list.at(i).isObject())
            return failure(where,
                QCoreApplication::translate("wb::Lesson", "an object with \"text\" and \"check\""));
        const QJsonObject c = list.at(i).toObject();
        for (auto it = c.begin(); it != c.end(); ++it) {
            if (it.key() != QLatin1String("text") && it.key() != QLatin1String("check"))
                return failure(where + u'.' + it.key(),
                    QCoreApplication::translate(
                        "wb::Lesson", "unknown field (known: text, check)"));
        }
        LessonCheck check;
        check.text = c.value(QLatin1String("text")).toString().trimmed();
        if (check.text.isEmpty())
            return failure(where + QStringLiteral(".text"),
                QCoreApplication::translate(
                    "wb::Lesson", "the check in words, as students read it"));
        if (!readText(c.value(QLatin1String("check")), &check.source))
            return failure(where + QStringLiteral(".check"),
                QCoreApplication::translate(
                    "wb::Lesson", "a text (or a list of lines) in the check language"));
        const checklanguage::Parsed parsed = checklanguage::parse(check.source);
        if (!parsed.ok())
            return failure(where + QStringLiteral(".check"), parsed.error);
        check.expr = parsed.expr;
        l.checks << check;
    }
    if (!readCircuit)
        return r;
    const circuitformat::Result circuit = circuitformat::load(l.circuitPath());
    if (!circuit.ok()) {
        Result bad;
        bad.error = QCoreApplication::translate("wb::Lesson", "%1: circuit: %2")
                        .arg(kFileName, circuit.error);
        return bad;
    }
    l.circuit = circuit.document;
    if (l.freePorts) {
        for (NodeSpec &spec : l.circuit.nodes) {
            if (kinds::isLocal(spec.kind) && kinds::hasServer(spec.kind))
                spec.port = 0;
        }
    }
    for (const QString &file : std::as_const(l.files)) {
        if (!QFileInfo(l.filePath(file)).isFile())
            return failure(QStringLiteral("files"),
                QCoreApplication::translate("wb::Lesson", "%1 is not in the lesson's folder")
                    .arg(file));
    }
    return r;
}

Result load(const QString &folder)
{
    const QString path = folder + u'/' + kFileName;
    QFile file(path);
    if (!QFileInfo(folder).isDir())
        return failure(
            {}, QCoreApplication::translate("wb::Lesson", "%1 is not a folder").arg(folder));
    if (!file.open(QIODevice::ReadOnly)) {
        Result r;
        r.error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return r;
    }
    if (file.size() > kMaxFileBytes)
        return failure({}, QCoreApplication::translate("wb::Lesson", "larger than 1 MiB"));
    Result r = parse(file.readAll(), folder);
    if (!r.ok())
        r.error = folder + u'/' + r.error;
    return r;
}

QStringList builtInFolders()
{
    QStringList folders;
    const QStringList names
        = QDir(kBuiltIn).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &name : names)
        folders << kBuiltIn + u'/' + name;
    return folders;
}

QString resolve(const QString &nameOrFolder)
{
    if (QFileInfo(nameOrFolder).isDir())
        return nameOrFolder;
    for (const QString &folder : builtInFolders()) {
        const QString name = QFileInfo(folder).fileName();
        if (name == nameOrFolder || name.section(u'-', 1) == nameOrFolder)
            return folder;
    }
    return nameOrFolder;
}

} // namespace wb::lessonformat
