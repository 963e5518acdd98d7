#pragma once

#include <QString>
#include <QVariantMap>
#include <memory>
#include <optional>

class QJSEngine;

namespace wb {

// An error in a sketch, where it is: from the editor's own syntax check while typing, or from the
// running node's live state "script" (docs/scripts.md, "Errors").
struct ScriptProblem
{
    int line = 0; // 1-based; 0 when the error has no line
    int column = 0; // 1-based; 0 when unknown
    QString message;
    QString phase; // load, setup, loop, timer, runaway; "syntax" for the editor's own check

    // "line N: message" as the node's card words it.
    QString text() const;
    bool operator==(const ScriptProblem &other) const = default;

    // The live state's {"line", "column", "message", "phase"} map; nothing for an empty map.
    static std::optional<ScriptProblem> fromLiveState(const QVariantMap &error);
};

// Parses `source` as the script component loads it, without running any of it: first as the
// body of `new Function(source)`, which only parses; only if that fails, as a script on an engine
// where nothing runs past a parse error, for the line. Nothing when it parses.
class SyntaxCheck final
{
public:
    SyntaxCheck();
    ~SyntaxCheck();
    SyntaxCheck(const SyntaxCheck &) = delete;
    SyntaxCheck &operator=(const SyntaxCheck &) = delete;

    std::optional<ScriptProblem> check(const QString &source);

private:
    std::unique_ptr<QJSEngine> m_engine; // made at the first check: most windows need none
};

} // namespace wb
