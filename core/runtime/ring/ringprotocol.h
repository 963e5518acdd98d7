#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <optional>

// The ring's messages and acks (docs/protocol.md, "The ring") as pure functions: JSON objects,
// one text frame each. Parsing checks everything a hostile peer could send and says what is
// wrong and where ("ring: successors: at most 16 members"); a receiver closes the connection
// with that reason.
namespace wb::ring {

inline constexpr int kMaxMembers = 16; // in any list of a message
inline constexpr int kMaxTextChars = 4096; // a chat text
inline constexpr int kMaxAddressChars = 256;
inline constexpr int kMaxIdChars = 320;
inline constexpr int kMaxHops = 1024; // a chat message goes no further
inline constexpr int kMaxStatusMembers = 4096; // in a status answer

// The paths a member connects to: chat and the ring's upkeep, and pings and probes (so that a
// heartbeat never waits behind a chat message for its ack).
QString chatChannel();
QString pingChannel();

struct Member
{
    QString addr; // ws://HOST:PORT, as wire::canonicalAddress() spells it
    quint32 key = 0;
    QString name;

    bool isNull() const { return addr.isEmpty(); }
    bool operator==(const Member &) const = default;
};

enum class MessageType { Chat, Ping, Probe, Join, Stabilise, Notify, Leave, Status };

struct Message
{
    MessageType type = MessageType::Ping;
    Member from; // null only in a status request that left it out
    // chat
    QString id;
    Member origin;
    QString text;
    int hops = 1;
    int attempt = 1;
    // ping, probe
    qint64 seq = 0;
    QString target; // probe
    quint32 key = 0; // join: the joiner's
    // notify: the sender's successor before the receiver, which the sender found dead (empty
    // when none): the receiver's predecessor, if it is that one, has gone without a word
    QString gone;
    // leave
    std::optional<Member> predecessor;
    QList<Member> successors;
};

enum class AckType { Ok, Pong, Probed, Successor, Redirect, State };

struct Ack
{
    AckType type = AckType::Ok;
    bool duplicate = false; // ok, to a chat message
    Member from; // pong
    qint64 seq = 0; // pong
    QString target; // probed
    bool alive = false; // probed
    Member member; // successor, redirect
    // state
    Member self;
    std::optional<Member> predecessor;
    QList<Member> successors;
    // state, answering a status request
    std::optional<QMap<QString, QString>> members;
    int seen = -1;
};

QString typeName(MessageType type);

QString encode(const Message &message);
QString encode(const Ack &ack);

// `self`: the receiver's own address, which no sender may claim. nullopt with `error` set
// when the frame breaks a rule.
std::optional<Message> parseMessage(const QString &text, const QString &self, QString *error);
std::optional<Ack> parseAck(const QString &text, QString *error);

} // namespace wb::ring
