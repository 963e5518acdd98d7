#pragma once

#include "document/nodespec.h"

#include <QList>
#include <QSet>
#include <QString>
#include <limits>
#include <optional>

namespace wb {

class SequenceModel;

// The sequence chart as text for lab reports and slides (docs/chart.md): PlantUML, Mermaid, and
// SVG written directly (core has no QtSvg). Pure functions of the model: the same recording
// gives the same bytes. Messages are listed by send time; a message's ack follows it.
namespace chartexport {

enum class Format { PlantUml, Mermaid, Svg };
std::optional<Format> formatFromName(const QString &name); // plantuml, mermaid, svg

struct Options
{
    // The time range, in the recording's ns: messages sent in [fromNs, toNs].
    qint64 fromNs = std::numeric_limits<qint64>::min();
    qint64 toNs = std::numeric_limits<qint64>::max();
    // Only these message ids (all their retries and copies); none: every message.
    std::optional<QSet<quint32>> messageIds;
    // Lifelines in this order first, then every other participant (SequenceModel::lanes()).
    QList<NodeId> order;
    // Only messages between these participants (SequenceModel's indices: the lifelines a view
    // shows, its hidden ones left out); none: every participant.
    std::optional<QSet<int>> participants;
    bool acks = true;
    // SVG only: compress idle time longer than this (ns; < 0: never).
    qint64 idleThresholdNs = 50'000'000;
};

QString plantUml(const SequenceModel &model, const Options &options = {});
QString mermaid(const SequenceModel &model, const Options &options = {});
QString svg(const SequenceModel &model, const Options &options = {});
QString write(Format format, const SequenceModel &model, const Options &options = {});

// Escaping, one per format (public for the tests).
QString plantUmlText(const QString &text); // a message label
QString plantUmlName(const QString &name); // a participant's display name, quoted
QString mermaidText(const QString &text);
QString mermaidName(const QString &name); // a participant's display name (as an alias)
QString xmlText(const QString &text);

} // namespace chartexport
} // namespace wb
