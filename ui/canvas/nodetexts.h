#pragma once

#include "document/nodespec.h"
#include "runtime/liveness/peerhealth.h"
#include "runtime/localnode.h"

#include <QList>
#include <QString>
#include <QVariantMap>

// The words a node's card and tooltip show, from what the scene told the item. Pure functions.
namespace wb::nodetexts {

// host:port, the listening port when the document says 0; "no server" for a clock.
QString address(const NodeSpec &spec, quint16 listeningPort);

// The line beside the live widget: the clock's pace, the bit being sent, the sound, on/off, a
// ring member's last chat line, an external node's kind and round trip.
struct Live
{
    bool active = false; // running or listening
    QVariantMap state;
    QList<int> bits;
    int currentBit = -1;
    PeerStatus peer;
    QString error; // why a local node is in the error state, empty otherwise
};
QString detail(const NodeSpec &spec, const Live &live);

// Rich text: name, kind, address, state or health, and why it is discovered or on the LAN.
QString toolTip(const NodeSpec &spec, const QString &address, NodeState state, const QString &error,
    const PeerStatus &peer, bool onLan, bool lanOpen);

} // namespace wb::nodetexts
