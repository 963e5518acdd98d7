#include "nodetexts.h"

#include "healthvisuals.h"
#include "statevisuals.h"

#include <QLocale>
#include <QObject>

namespace wb::nodetexts {

namespace {

QString paramText(const QVariant &value)
{
    return value.typeId() == QMetaType::Double ? QLocale().toString(value.toDouble(), 'g', 4)
                                               : value.toString();
}

} // namespace

QString address(const NodeSpec &spec, quint16 listeningPort)
{
    if (!kinds::hasServer(spec.kind))
        return QObject::tr("no server");
    const quint16 port = spec.port != 0 ? spec.port : listeningPort;
    return QStringLiteral("%1:%2").arg(
        spec.host, port ? QString::number(port) : QStringLiteral("–"));
}

QString detail(const NodeSpec &spec, const Live &live)
{
    const QVariantMap &p = spec.params;
    switch (spec.kind) {
    case NodeKind::Clock: {
        const qint64 tacks = p.value(QStringLiteral("tacks")).toLongLong();
        const QString delay = paramText(p.value(QStringLiteral("delay")));
        // A first tick later than at once (the seed's slow task) says when.
        const double start = p.value(QStringLiteral("start")).toDouble();
        if (start > 0) {
            const QString at = paramText(p.value(QStringLiteral("start")));
            return tacks == 1 ? QObject::tr("once at %1 s").arg(at)
                : tacks < 0   ? QObject::tr("every %1 s from %2 s").arg(delay, at)
                              : QObject::tr("%1 × %2 s from %3 s").arg(tacks).arg(delay, at);
        }
        return tacks < 0 ? QObject::tr("every %1 s").arg(delay)
                         : QObject::tr("%1 × %2 s").arg(tacks).arg(delay);
    }
    case NodeKind::IoPin:
        return live.currentBit >= 0 && live.currentBit < live.bits.size()
            ? QObject::tr("sending %1").arg(live.bits.at(live.currentBit))
            : QObject::tr("p(0) %1").arg(paramText(p.value(QStringLiteral("chance"))));
    case NodeKind::Buzzer:
        return live.active && live.state.value(QStringLiteral("buzzing")).toBool()
            ? p.value(QStringLiteral("sound")).toString()
            : QObject::tr("silent");
    case NodeKind::Led:
        return live.active && live.state.value(QStringLiteral("on")).toBool() ? QObject::tr("on")
                                                                              : QObject::tr("off");
    case NodeKind::Proxy:
        return QObject::tr("relays both ways");
    case NodeKind::Script: {
        // A sketch that stopped the node says why on the card: "line N: …", "runaway: …".
        if (!live.active && !live.error.isEmpty())
            return live.error;
        // The sketch's last error, where it is (docs/scripts.md, "Errors"), else its version.
        const QVariantMap script
            = live.active ? live.state.value(QStringLiteral("script")).toMap() : QVariantMap();
        const QVariantMap error = script.value(QStringLiteral("error")).toMap();
        if (!error.isEmpty())
            return QObject::tr("line %1: %2")
                .arg(error.value(QStringLiteral("line")).toInt())
                .arg(error.value(QStringLiteral("message")).toString());
        const int reloads = script.value(QStringLiteral("reloads")).toInt();
        return reloads > 0 ? QObject::tr("sketch, reloaded %n time(s)", nullptr, reloads)
                           : QObject::tr("JavaScript sketch");
    }
    case NodeKind::Keyboard:
    case NodeKind::Queue:
    case NodeKind::Worker:
    case NodeKind::Console:
        return {}; // their cards word what they do themselves (queuecard.h)
    case NodeKind::Ring: {
        // Its last chat event, as the chat dock words it (RingComponent's "line").
        const QString line = live.active ? live.state.value(QStringLiteral("chat"))
                                               .toMap()
                                               .value(QStringLiteral("line"))
                                               .toString()
                                         : QString();
        return line.isEmpty() ? QObject::tr("ring member") : line;
    }
    case NodeKind::External: {
        QStringList parts;
        if (!spec.remoteKind.isEmpty())
            parts << spec.remoteKind;
        if (isReachable(live.peer.health) && live.peer.rttNs >= 0)
            parts << statevisuals::durationText(live.peer.rttNs);
        return parts.isEmpty() ? QObject::tr("runs elsewhere") : parts.join(QStringLiteral(" · "));
    }
    }
    return QString();
}

QString toolTip(const NodeSpec &spec, const QString &address, NodeState state, const QString &error,
    const PeerStatus &peer, bool onLan, bool lanOpen)
{
    QString tip = QStringLiteral("<b>%1</b> · %2<br>%3")
                      .arg(spec.name.toHtmlEscaped(), kinds::name(spec.kind), address);
    if (kinds::isLocal(spec.kind)) {
        tip += QStringLiteral("<br>") + statevisuals::text(state);
        if (!error.isEmpty())
            tip += QStringLiteral(": ") + error.toHtmlEscaped();
    } else {
        tip += QStringLiteral("<br>")
            + healthvisuals::details(peer).toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
    }
    if (spec.discovered) {
        const QString as = spec.remoteKind.isEmpty()
            ? QString()
            : QObject::tr(" as %1").arg(spec.remoteKind.toHtmlEscaped());
        tip += QStringLiteral("<br><i>%1</i>")
                   .arg(QObject::tr("Discovered in the registry%1: read-only, not saved in the "
                                    "file")
                            .arg(as));
    }
    if (onLan)
        tip += QStringLiteral("<br><i>%1</i>")
                   .arg(lanOpen ? QObject::tr("Listens on %1: other machines can reach it without "
                                              "a token (Run ▸ Network Security…)")
                                      .arg(spec.host.toHtmlEscaped())
                                : QObject::tr("Listens on %1: other machines need the token")
                                      .arg(spec.host.toHtmlEscaped()));
    return tip;
}

} // namespace wb::nodetexts
