// Chord's arithmetic on the ring (docs/ring.md) as pure functions, row by row: ring order,
// between(), the successor list after stabilising, which predecessor a member takes, the
// answer to a join; the member table; the chat book's seen ids and resend window.

#include "runtime/ring/chatbook.h"
#include "runtime/ring/ringtopology.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using wb::ring::Member;

Q_DECLARE_METATYPE(wb::ring::Member)

namespace {

// Member `n` at key n * 10 (address by its key, so that ties are easy to write).
Member m(int key, const QString &suffix = QString())
{
    return { u"ws://127.0.0.1:%1"_s.arg(10000 + key) + suffix, quint32(key), u"m%1"_s.arg(key) };
}

QList<Member> ms(std::initializer_list<int> keys)
{
    QList<Member> list;
    for (int key : keys)
        list << m(key);
    return list;
}

QStringList addrs(const QList<Member> &list)
{
    QStringList out;
    for (const Member &member : list)
        out << member.addr;
    return out;
}

} // namespace

class TestRingTopology final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keyOfName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<quint32>("key");
        // The first four bytes of SHA-1, big-endian (python3: hashlib.sha1(b"alice")).
        QTest::newRow("alice") << u"alice"_s << 1378559850u;
        QTest::newRow("bob") << u"bob"_s << 1209539277u;
        QTest::newRow("m0") << u"m0"_s << 3712161901u;
    }
    void keyOfName()
    {
        QFETCH(QString, name);
        QFETCH(quint32, key);
        QCOMPARE(wb::ring::keyOfName(name), key);
    }

    void between_data()
    {
        QTest::addColumn<int>("x");
        QTest::addColumn<int>("a");
        QTest::addColumn<int>("b");
        QTest::addColumn<bool>("inside");
        QTest::newRow("inside") << 5 << 1 << 9 << true;
        QTest::newRow("below") << 0 << 1 << 9 << false;
        QTest::newRow("above") << 10 << 1 << 9 << false;
        QTest::newRow("at a") << 1 << 1 << 9 << false;
        QTest::newRow("at b") << 9 << 1 << 9 << false;
        QTest::newRow("wrapping, high") << 10 << 9 << 1 << true;
        QTest::newRow("wrapping, low") << 0 << 9 << 1 << true;
        QTest::newRow("wrapping, outside") << 5 << 9 << 1 << false;
        QTest::newRow("a == b: anywhere else") << 5 << 3 << 3 << true;
        QTest::newRow("a == b: at a") << 3 << 3 << 3 << false;
    }
    void between()
    {
        QFETCH(int, x);
        QFETCH(int, a);
        QFETCH(int, b);
        QFETCH(bool, inside);
        QCOMPARE(wb::ring::between(m(x), m(a), m(b)), inside);
    }

    // Two members with one key are ordered by address.
    void sameKeyOrderedByAddress()
    {
        const Member low { u"ws://10.0.0.1:1"_s, 7, u"a"_s };
        const Member high { u"ws://10.0.0.2:1"_s, 7, u"b"_s };
        QVERIFY(wb::ring::precedes(low, high));
        QVERIFY(!wb::ring::precedes(high, low));
        QVERIFY(wb::ring::between(high, low, m(9)));
        QVERIFY(!wb::ring::between(low, high, m(9)));
        QVERIFY(wb::ring::precedes({ u"ws://z:1"_s, 0, u"z"_s }, low));
    }

    void mergeSuccessors_data()
    {
        QTest::addColumn<QList<Member>>("theirs");
        QTest::addColumn<int>("length");
        QTest::addColumn<QStringList>("excluded");
        QTest::addColumn<QList<Member>>("merged");
        // Self is m(1), its successor m(2).
        QTest::newRow("theirs after it")
            << ms({ 3, 4, 5 }) << 3 << QStringList() << ms({ 2, 3, 4 });
        QTest::newRow("cut to length 1") << ms({ 3, 4 }) << 1 << QStringList() << ms({ 2 });
        QTest::newRow("without self") << ms({ 3, 1, 4 }) << 3 << QStringList() << ms({ 2, 3, 4 });
        QTest::newRow("without repeats") << ms({ 2, 3, 3 }) << 4 << QStringList() << ms({ 2, 3 });
        QTest::newRow("without the dead")
            << ms({ 3, 4, 5 }) << 3 << QStringList { m(3).addr } << ms({ 2, 4, 5 });
        QTest::newRow("a ring of two") << ms({ 1 }) << 3 << QStringList() << ms({ 2 });
    }
    void mergeSuccessors()
    {
        QFETCH(QList<Member>, theirs);
        QFETCH(int, length);
        QFETCH(QStringList, excluded);
        QFETCH(QList<Member>, merged);
        const QSet<QString> dead(excluded.cbegin(), excluded.cend());
        QCOMPARE(addrs(wb::ring::mergeSuccessors(m(1), m(2), theirs, length, dead)), addrs(merged));
    }

    void acceptsPredecessor_data()
    {
        QTest::addColumn<int>("current"); // -1: none
        QTest::addColumn<int>("candidate");
        QTest::addColumn<bool>("gone");
        QTest::addColumn<bool>("accepted");
        // Self is m(5).
        QTest::newRow("none yet") << -1 << 2 << false << true;
        QTest::newRow("nearer") << 2 << 3 << false << true;
        QTest::newRow("farther") << 3 << 2 << false << false;
        QTest::newRow("farther, current gone") << 3 << 2 << true << true;
        QTest::newRow("the same again") << 3 << 3 << false << true;
        QTest::newRow("wrapping, nearer") << 8 << 1 << false << true;
        QTest::newRow("itself") << 3 << 5 << true << false;
    }
    void acceptsPredecessor()
    {
        QFETCH(int, current);
        QFETCH(int, candidate);
        QFETCH(bool, gone);
        QFETCH(bool, accepted);
        const std::optional<Member> now = current < 0 ? std::nullopt : std::optional(m(current));
        QCOMPARE(wb::ring::acceptsPredecessor(m(5), now, m(candidate), gone), accepted);
    }

    void answerJoin_data()
    {
        QTest::addColumn<QList<Member>>("successors");
        QTest::addColumn<int>("joiner");
        QTest::addColumn<bool>("found");
        QTest::addColumn<int>("answer");
        // Self is m(10).
        QTest::newRow("alone") << QList<Member>() << 5 << true << 10;
        QTest::newRow("before the first") << ms({ 20, 30, 40 }) << 15 << true << 20;
        QTest::newRow("between the second and third") << ms({ 20, 30, 40 }) << 35 << true << 40;
        QTest::newRow("past the list: ask its last") << ms({ 20, 30, 40 }) << 45 << false << 40;
        QTest::newRow("wrapping past the largest key") << ms({ 20, 30, 40 }) << 5 << false << 40;
        QTest::newRow("ring of two, wrapping: its successor knows")
            << ms({ 20 }) << 5 << false << 20;
        QTest::newRow("a joiner that was our successor") << ms({ 20, 30 }) << 20 << true << 30;
        QTest::newRow("only the joiner") << ms({ 20 }) << 20 << true << 10;
    }
    void answerJoin()
    {
        QFETCH(QList<Member>, successors);
        QFETCH(int, joiner);
        QFETCH(bool, found);
        QFETCH(int, answer);
        const auto result = wb::ring::answerJoin(m(10), successors, m(joiner));
        QCOMPARE(result.found, found);
        QCOMPARE(result.member.addr, m(answer).addr);
    }

    void memberTable()
    {
        wb::ring::MemberTable table;
        QCOMPARE(table.heard(m(1), 100), std::nullopt);
        QCOMPARE(table.status(m(1).addr), wb::ring::Status::Alive);
        QVERIFY(table.setStatus(m(1).addr, wb::ring::Status::Suspect, 200));
        QVERIFY(!table.setStatus(m(1).addr, wb::ring::Status::Suspect, 300));
        QVERIFY(!table.setStatus(m(9).addr, wb::ring::Status::Dead, 300)); // unknown
        QVERIFY(table.setStatus(m(1).addr, wb::ring::Status::Dead, 400));
        QVERIFY(table.isDead(m(1).addr));
        QCOMPARE(table.dead(), QSet<QString> { m(1).addr });
        QCOMPARE(table.statusMap().value(m(1).addr).toString(), u"dead"_s);
        // Heard again: alive, and it says what it was.
        QCOMPARE(table.heard(m(1), 500), std::optional(wb::ring::Status::Dead));
        QCOMPARE(table.find(m(1).addr)->changedNs, 500);
        QCOMPARE(table.nameMap().value(m(1).addr).toString(), u"m1"_s);
        // Bounded: the dead go first, then those heard of longest ago.
        table.setStatus(m(1).addr, wb::ring::Status::Dead, 600);
        for (int i = 0; i < wb::ring::MemberTable::kMaxMembers; ++i)
            table.heard(m(100 + i), 1000 + i);
        QCOMPARE(table.size(), wb::ring::MemberTable::kMaxMembers);
        QVERIFY(!table.find(m(1).addr));
        table.heard(m(999), 5000);
        QVERIFY(!table.find(m(100).addr));
        QVERIFY(table.find(m(101).addr));
    }

    void deadBefore_data()
    {
        QTest::addColumn<QList<int>>("dead");
        QTest::addColumn<int>("self");
        QTest::addColumn<int>("to");
        QTest::addColumn<int>("gone"); // -1: none
        QTest::newRow("none dead") << QList<int> {} << 10 << 30 << -1;
        QTest::newRow("the one between") << QList<int> { 20 } << 10 << 30 << 20;
        QTest::newRow("the nearest before to") << QList<int> { 15, 25 } << 10 << 30 << 25;
        QTest::newRow("dead elsewhere") << QList<int> { 40, 5 } << 10 << 30 << -1;
        QTest::newRow("round past the top") << QList<int> { 90, 2 } << 80 << 5 << 2;
    }
    void deadBefore()
    {
        QFETCH(QList<int>, dead);
        QFETCH(int, self);
        QFETCH(int, to);
        QFETCH(int, gone);
        wb::ring::MemberTable table;
        for (int key : dead) {
            table.heard(m(key), 1);
            table.setStatus(m(key).addr, wb::ring::Status::Dead, 2);
        }
        table.heard(m(22), 1); // alive, and between 10 and 30: never said gone
        const auto found = table.deadBefore(m(self), m(to));
        QCOMPARE(found.has_value(), gone >= 0);
        if (found)
            QCOMPARE(*found, m(gone));
    }

    void chatBookSeen()
    {
        wb::ring::ChatBook book;
        QVERIFY(book.remember(u"a#1"_s));
        QVERIFY(!book.remember(u"a#1"_s));
        QVERIFY(book.seen(u"a#1"_s));
        for (int i = 2; i <= wb::ring::ChatBook::kSeenIds; ++i)
            book.remember(u"a#%1"_s.arg(i));
        QCOMPARE(book.seenCount(), wb::ring::ChatBook::kSeenIds);
        QVERIFY(book.seen(u"a#1"_s));
        book.remember(u"b#1"_s); // the oldest goes
        QVERIFY(!book.seen(u"a#1"_s));
        QVERIFY(book.seen(u"a#2"_s));
        QCOMPARE(book.seenCount(), wb::ring::ChatBook::kSeenIds);
    }

    void chatBookSaid()
    {
        wb::ring::ChatBook book;
        book.said(u"me#1"_s, 1000);
        QCOMPARE(book.takeSaid(u"me#1"_s), std::optional<qint64>(1000));
        QCOMPARE(book.takeSaid(u"me#1"_s), std::nullopt); // a second return is a duplicate
        QCOMPARE(book.takeSaid(u"never"_s), std::nullopt);
    }

    void chatBookResendWindow()
    {
        wb::ring::ChatBook book;
        const auto chat = [](const QString &id) {
            wb::ring::Message message;
            message.type = wb::ring::MessageType::Chat;
            message.id = id;
            return message;
        };
        book.passedOn(chat(u"x#1"_s), 0);
        book.passedOn(chat(u"x#2"_s), 5);
        book.passedOn(chat(u"x#1"_s), 8); // again: keeps its first time
        QCOMPARE(book.passedOnAt(u"x#1"_s), std::optional<qint64>(0));
        QList<wb::ring::Message> window = book.resendable(10, 7);
        QCOMPARE(window.size(), 1);
        QCOMPARE(window.first().id, u"x#2"_s);
        QCOMPARE(book.passedOnAt(u"x#1"_s), std::nullopt);
        for (int i = 0; i < wb::ring::ChatBook::kMaxResend + 10; ++i)
            book.passedOn(chat(u"y#%1"_s.arg(i)), 20);
        window = book.resendable(20, 100);
        QCOMPARE(window.size(), wb::ring::ChatBook::kMaxResend);
        QCOMPARE(window.last().id, u"y#%1"_s.arg(wb::ring::ChatBook::kMaxResend + 9));
    }
};

QTEST_GUILESS_MAIN(TestRingTopology)
#include "tst_ringtopology.moc"
