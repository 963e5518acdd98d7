#pragma once

#include <QList>
#include <QString>

// Time ruler arithmetic for the logic analyzer: round steps, tick positions and readable times.
// Pure, so that it can be tested without painting.
namespace wb::timeaxis {

struct Tick
{
    qint64 timeNs = 0; // from the recording's start
    bool major = false;
    QString label; // majors only
};

// The step (1, 2 or 5 times a power of ten, in ns) whose majors lie at least `minPixels` apart.
qint64 majorStep(qint64 nsPerPixel, int minPixels = 90);
// Ticks for [startNs, startNs + nsPerPixel * width), times from the recording's start: majors
// with labels, and four or five minors between them.
QList<Tick> ticks(qint64 startNs, qint64 nsPerPixel, int width, int minPixels = 90);

// A time on the ruler, as precise as `stepNs` needs: "1.25 s", "340 ms", "12.5 µs".
QString timeLabel(qint64 ns, qint64 stepNs);
// A duration with about four significant digits: "812.3 µs", "1.000 s", "950 ns".
QString duration(qint64 ns);
// 1 / period: "1.000 kHz", "12.50 Hz"; empty for a zero period.
QString frequency(qint64 periodNs);

} // namespace wb::timeaxis
