#pragma once

#include "document/circuitformat.h"
#include "lesson/checkexpr.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace wb {

// One check of a lesson: the words a student reads and the condition that judges it.
struct LessonCheck
{
    QString text;
    QString source; // in the check language (docs/lessons.md)
    CheckExprPtr expr;
};

// A lesson (docs/lessons.md): a folder with a lesson.json (what to do and what to look at),
// the circuit it runs, the checks that judge a run, and any files a student needs (a Python
// member, a sketch).
struct Lesson
{
    QString folder; // where it was loaded from (a path or a ":/" resource)
    QString title;
    int order = 0; // where it comes in the list of lessons
    QString goal;
    QStringList steps;
    QStringList questions;
    QString circuitFile; // relative to the folder
    circuitformat::Document circuit; // as loaded, ports already freed with freePorts
    double runSeconds = 10; // how long a headless run lasts, in run time
    // Local servers listen on any free port (0) rather than the circuit's: lessons run
    // alongside each other without a clash.
    bool freePorts = true;
    bool needsRegistry = false; // the circuit's external nodes are found through a registry
    QStringList files; // other files of the folder a student uses
    QList<LessonCheck> checks;

    QString circuitPath() const { return folder + u'/' + circuitFile; }
    QString filePath(const QString &name) const { return folder + u'/' + name; }
};

namespace lessonformat {

inline constexpr int kVersion = 1;
inline constexpr qint64 kMaxFileBytes = 1024 * 1024;

struct Result
{
    Lesson lesson;
    QString error; // "lesson.json: checks[2].check: line 1, column 7: what"
    bool ok() const { return error.isEmpty(); }
};

// Reads lesson.json and its circuit from a folder (or a ":/" resource folder).
Result load(const QString &folder);
// Parses lesson.json's text; the circuit is read from `folder` unless `readCircuit` is false.
Result parse(const QByteArray &json, const QString &folder, bool readCircuit = true);

// The built-in lessons (":/wirebench/lessons/NN-slug"), in their order.
QStringList builtInFolders();
// A folder on disk, or the built-in lesson whose folder name (NN-slug) or slug this is.
QString resolve(const QString &nameOrFolder);

} // namespace lessonformat

} // namespace wb
