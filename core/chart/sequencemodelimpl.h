#pragma once

// SequenceModel's reading state, shared by sequencemodel.cpp (update(), the summaries) and
// sequencereader.cpp (what each event does to its message). Private to core/chart.

#include "chart/sequencemodel.h"
#include "recording/recording.h"

#include <QHash>

namespace wb {

struct SequenceModel::Impl
{
    using Record = Recording::Record;

    struct Cursor
    {
        qsizetype next = 0; // the next record to read
        qint64 lastNs = kNoTime; // the time of the last one read ...
        qsizetype atLast = 0; // ... and how many of that time were read
    };
    std::vector<Cursor> cursors;
    quint64 recordingGeneration = 0;
    quint64 dropped = 0;
    QHash<NodeId, int> byNode;
    QHash<QString, int> byAddress;
    // The newest transmission of each (receiver, id) that may still see events.
    QHash<quint64, qint64> open;
    qint64 lastEventNs = kNoTime;
    std::vector<std::size_t> dirty; // blocks to summarise again
    // Messages received before their send was read, with their stream: the client's address
    // is their sender unless a send pairs with them in the same update().
    static constexpr quint16 kPendingSender = 0xFFFF; // never a participant (kMaxParticipants)
    std::vector<std::pair<qint64, int>> pendingSenders;

    static quint64 key(int receiver, quint32 id) { return (quint64(receiver) << 32) | id; }

    int addressParticipant(SequenceModel &model, const QString &address);
    void syncNodes(SequenceModel &model);
    void settleSenders(SequenceModel &model);
    void read(SequenceModel &model, int streamIndex, const Record &record);
    qint64 create(SequenceModel &model, const ChartMessage &message);
    void touch(qint64 index)
    {
        const auto block = std::size_t(index / kBlockSize);
        if (dirty.empty() || dirty.back() != block)
            dirty.push_back(block);
    }
    // The newest (or oldest, within kSearch) transmission of `id` to `receiver` that fits.
    // Without a newest one, it looks back only when told (`late`: a copy or an extra ack, which
    // may come after their message was done) or without an id (an older recording).
    template<class P>
    qint64 find(const SequenceModel &model, int receiver, quint32 id, bool oldest, P fits,
        bool late = false) const;
    void summarise(SequenceModel &model, std::size_t block);
    void summariseSpan(SequenceModel &model, std::size_t span);
};

} // namespace wb
