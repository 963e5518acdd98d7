#include "document/wire.h"

#include <QCoreApplication>

namespace wb::wires {

QString channelError(const QString &channel)
{
    if (channel.isEmpty())
        return {};
    if (!channel.startsWith(u'/') || channel.size() > kMaxChannelLength) {
        return QCoreApplication::translate(
            "wb::CircuitFormat", "\"%1\" is not a channel: \"/\" and up to %2 characters")
            .arg(channel.left(80))
            .arg(kMaxChannelLength - 1);
    }
    for (QChar c : channel) {
        // A space, a control character or '?'/'#' would change the URL rather than name a path.
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f || c == u'?' || c == u'#') {
            return QCoreApplication::translate("wb::CircuitFormat",
                "\"%1\" is not a channel: only printable ASCII without spaces, "
                "'?' or '#'")
                .arg(channel.left(80));
        }
    }
    return {};
}

} // namespace wb::wires
