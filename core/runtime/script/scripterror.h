#pragma once

#include <QMetaType>
#include <QString>
#include <QVariantMap>

namespace wb {

// Where a sketch went wrong: what the node's live state ("script" → "error") and its error
// reason say. `line` is the sketch's own line (1-based, 0 when unknown); QJSEngine gives no
// column, so `column` is 0 unless known.
struct ScriptError
{
    enum class Phase { Load, Setup, Loop, Timer, Runaway };

    Phase phase = Phase::Load;
    int line = 0;
    int column = 0;
    QString message;
    QString runawayIn; // for a runaway: "loop()", "setup()", "a timer", "the sketch"

    // "line N: Message" (the error state's reason and the error ack's text after "error: "),
    // or "runaway: interrupted after 1 s in loop() at line N".
    QString text() const;
    QVariantMap toMap() const;
    static ScriptError fromMap(const QVariantMap &map);
    static QString phaseName(Phase phase);
};

} // namespace wb
Q_DECLARE_METATYPE(wb::ScriptError)
