#include "net/fdlimit.h"

#include "net/socketpolicy.h"

#include <algorithm>
#include <climits>
#include <sys/resource.h>

namespace wb {

int raiseOpenFileLimit()
{
    rlimit limit {};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return -1;
    if (limit.rlim_cur < limit.rlim_max) {
        rlimit raised = limit;
        raised.rlim_cur = limit.rlim_max;
        if (setrlimit(RLIMIT_NOFILE, &raised) == 0)
            limit = raised;
    }
    return openFileLimit();
}

int openFileLimit()
{
    rlimit limit {};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return -1;
    if (limit.rlim_cur == RLIM_INFINITY || limit.rlim_cur > rlim_t(INT_MAX))
        return INT_MAX;
    return int(limit.rlim_cur);
}

int processConnectionCap()
{
    const int files = openFileLimit();
    if (files < 0)
        return 1024 - limits::kReservedDescriptors;
    // Small limits (tests lower them) still leave a few connections.
    return std::max(16, files - limits::kReservedDescriptors);
}

} // namespace wb
