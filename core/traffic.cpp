#include "traffic.h"

#include <QElapsedTimer>

namespace wb {

qint64 monotonicNs()
{
    static const QElapsedTimer timer = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return timer.nsecsElapsed();
}

} // namespace wb
