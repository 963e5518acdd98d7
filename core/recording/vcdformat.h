#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <optional>
#include <vector>

class QIODevice;

namespace wb {

class Recording;

// Value Change Dump (IEEE 1364 §18) of a recording's digital signals, one 1-bit wire per node,
// and its numeric ones (a queue's fill), one real per node, readable by GTKWave, PulseView and
// sigrok-cli (sigrok 0.5 skips the reals: a wider vector would stop it reading the file).
// Message rows have no place in a VCD that all three read (sigrok skips string variables with
// warnings): they go to the CSV.
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

// What a VCD file holds: its 1-bit variables and their changes, its numbers (vectors, integers
// and reals) and theirs, in nanoseconds.
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

    struct NumberChange
    {
        qint64 timeNs = 0;
        std::optional<quint64> value; // unknown: x or z bits, a real that is no whole number
        bool operator==(const NumberChange &) const = default;
    };
    struct Number
    {
        QString code;
        QString name;
        int width = 0; // bits; 0: a real
        std::vector<NumberChange> changes;
        // Every known value a whole number >= 0: only such a number is a level (a fill).
        bool whole = true;
    };

    QString error; // empty when the file was read
    double nsPerUnit = 1;
    QList<Variable> variables; // 1-bit
    QList<Number> numbers;
    QHash<QString, QString> kinds; // node name -> kind name, from a Wirebench comment
    QHash<QString, quint32> capacities; // node name -> a fill's capacity, from another
    qint64 lastTimeNs = 0; // the last timestamp
};

Dump read(QIODevice *device);

// A dump as a recording of levels (one node per variable: a 1-bit one's high and low, a whole
// number's values of its capacity or else of its width's range), for review.
void toRecording(const Dump &dump, Recording *recording);

} // namespace vcd
} // namespace wb
