#pragma once

#include "chart/chartexport.h"
#include "chart/sequencemodel.h"

#include <vector>

// What every export draws, in order: shared by chartexport.cpp and chartsvg.cpp.
namespace wb::chartexport {

// One line of a diagram: a message or its ack, at the time it starts.
struct Entry
{
    qint64 timeNs = 0;
    qint64 index = 0;
    bool ack = false;
    auto operator<=>(const Entry &) const = default;
};

struct Diagram
{
    std::vector<Entry> entries;
    std::vector<int> lanes; // participant -> lane
    std::vector<int> shown; // participants with an arrow, in lane order
};

// The messages sent in [from, to] (of the selection), with their acks, in time order.
Diagram diagramOf(const SequenceModel &model, const Options &options);

// A message's label: its text (or its ack's), with what became of it.
QString label(const SequenceModel &model, const Entry &e);
// The arrow ends in a ✕ (dropped, or failed before it arrived).
bool droppedEnd(const SequenceModel &model, const Entry &e);

} // namespace wb::chartexport
