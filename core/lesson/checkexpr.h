#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QVariant>
#include <memory>

namespace wb {

// One node of a parsed check (docs/lessons.md, "The check language"): a literal, an event
// pattern (`acked(from: "clock")`), a function call (`count(...)`), a comparison or a logical
// operator. Immutable once parsed; shared between the checks that hold it.
struct CheckExpr
{
    enum class Op { Number, Text, Truth, Pattern, Call, Compare, And, Or, Not };

    Op op = Op::Number;
    double number = 0; // Number (durations in seconds)
    QString text; // Text; Compare: the operator ("==", "<=", ...)
    bool truth = false; // Truth
    QString name; // Pattern and Call: the name
    QList<std::shared_ptr<const CheckExpr>> args; // Call's arguments; Compare's, And's, ...
    // Pattern: the filters in the order written (`from: "clock"` -> {"from", "clock"}).
    QList<QPair<QString, QVariant>> filters;
    QString source; // the expression as written, for details
    int line = 1;
    int column = 1;
};

using CheckExprPtr = std::shared_ptr<const CheckExpr>;

namespace checklanguage {

struct Parsed
{
    CheckExprPtr expr; // null on error
    QString error; // "line L, column C: what"
    int line = 0;
    int column = 0;
    bool ok() const { return expr != nullptr; }
};

// Parses and validates one check: its names, its filters and the kinds of its arguments, so
// that evaluation never meets a mistake. Errors say where, by line and column of `source`.
Parsed parse(const QString &source);

// The event patterns and the filters each takes (for the documentation and error messages).
QStringList patternNames();
QStringList functionNames();

} // namespace checklanguage

} // namespace wb
