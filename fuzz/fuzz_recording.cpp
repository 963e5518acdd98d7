// The recording readers on arbitrary files: the first byte picks VCD or CSV. What a reader
// accepts can be written again in both formats, and a CSV written from it reads back.
#include "recording/csvformat.h"
#include "recording/recording.h"
#include "recording/vcdformat.h"

#include <QBuffer>

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    QBuffer in(&bytes);
    in.open(QIODevice::ReadOnly);
    wb::Recording recording;
    if (data[0] & 1) {
        const wb::vcd::Dump dump = wb::vcd::read(&in);
        if (!dump.error.isEmpty())
            return 0;
        wb::vcd::toRecording(dump, &recording);
    } else if (!wb::csv::read(&in, &recording).isEmpty()) {
        return 0;
    }

    QByteArray vcd;
    QBuffer vcdOut(&vcd);
    vcdOut.open(QIODevice::WriteOnly);
    (void)wb::vcd::write(recording, &vcdOut);
    QByteArray csv;
    QBuffer csvOut(&csv);
    csvOut.open(QIODevice::WriteOnly);
    if (!wb::csv::write(recording, &csvOut).isEmpty())
        return 0;
    csvOut.close();
    QBuffer again(&csv);
    again.open(QIODevice::ReadOnly);
    wb::Recording copy;
    if (const QString error = wb::csv::read(&again, &copy); !error.isEmpty()) {
        std::fprintf(stderr, "a CSV written from an accepted file does not read back: %s\n%s\n",
                     qPrintable(error), csv.constData());
        std::abort();
    }
    return 0;
}
