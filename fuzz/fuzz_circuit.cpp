// The circuit loader on arbitrary bytes: never a crash, and whatever it accepts saves to bytes
// that load back to the same document (the round trip tests/core/tst_circuitformat.cpp checks on
// hand-written files).
#include "document/circuitformat.h"

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    namespace cf = wb::circuitformat;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const cf::Result first = cf::parse(bytes);
    if (!first.ok())
        return 0;
    const QByteArray saved = cf::serialize(first.document);
    const cf::Result again = cf::parse(saved);
    if (!again.ok() || cf::serialize(again.document) != saved) {
        std::fprintf(stderr, "accepted, but its save does not load back: %s\n%s\n",
                     qPrintable(again.error), saved.constData());
        std::abort();
    }
    return 0;
}
