#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <vector>

class QIODevice;

namespace wb {

class Recording;

// Value Change Dump (IEEE 1364 §18) of a recording's digital signals, one 1-bit wire per node,
// readable by GTKWave, PulseView and sigrok-cli. Message rows have no place in a VCD that all
// three read (sigrok skips string variables with warnings): they go to the CSV.
namespace vcd {

struct WriteOptions
{
    // sigrok and PulseView turn a VCD into samples at 1 / timescale: 1 µs keeps a run of
    // minutes at a few hundred million samples; 1 ns keeps every edge of a flat-out run apart.
    qint64 timescaleNs = 1000;
    QString date; // empty: now
};

// Returns an error text, empty on success.
QString write(const Recording &recording, QIODevice *device, const WriteOptions &options = {});

// What a VCD file holds: its 1-bit variables and their changes, in nanoseconds.
struct Dump
{
    struct Change
    {
        qint64 timeNs = 0;
        char value = 'x'; // '0', '1', 'x' or 'z'
        bool operator==(const Change &) const = default;
    };
    struct Variable
    {
        QString code;
        QString name;
        std::vector<Change> changes;
    };

    QString error; // empty when the file was read
    double nsPerUnit = 1;
    QList<Variable> variables;
    QHash<QString, QString> kinds; // node name -> kind name, from a Wirebench comment
    qint64 lastTimeNs = 0; // the last timestamp
};

Dump read(QIODevice *device);

// A dump as a recording of levels (one node per variable), for review.
void toRecording(const Dump &dump, Recording *recording);

} // namespace vcd
} // namespace wb
