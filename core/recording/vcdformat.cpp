#include "recording/vcdformat.h"

#include "recording/recording.h"

#include <QDateTime>
#include <QIODevice>
#include <cmath>
#include <queue>

namespace wb::vcd {

namespace {

constexpr qsizetype kFlushBytes = 1 << 20;

// Short identifier codes from the printable ASCII range, as the standard allows.
QByteArray codeFor(int index)
{
    QByteArray code;
    do {
        code.append(char('!' + index % 94));
        index /= 94;
    } while (index > 0);
    return code;
}

QByteArray variableName(const QString &name, NodeId id)
{
    QByteArray out = name.toUtf8();
    for (char &c : out) {
        const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
            || (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '-';
        if (!plain)
            c = '_';
    }
    return out.isEmpty() ? "node" + QByteArray::number(id) : out;
}

std::optional<QByteArray> timescaleText(qint64 ns)
{
    static const std::pair<qint64, const char *> units[]
        = { { 1, "ns" }, { 1000, "us" }, { 1000000, "ms" }, { 1000000000, "s" } };
    for (const auto &[size, unit] : units) {
        for (const qint64 factor : { 1, 10, 100 }) {
            if (size * factor == ns)
                return QByteArray::number(factor) + ' ' + unit;
        }
    }
    return std::nullopt;
}

// One signal's changes in time order: the `before` level (after a drop), then its edges.
struct Cursor
{
    const Recording::Digital *digital = nullptr;
    int index = 0;
    qsizetype next = 0; // -1: the before level is still to come
    qint64 time() const
    {
        return next < 0 ? digital->knownFromNs : digital->edges[std::size_t(next)];
    }
    bool value() const { return next < 0 ? *digital->before : digital->valueAt(std::size_t(next)); }
    bool done() const { return next >= qsizetype(digital->edges.size()); }
};

// The gate's decisions, one comment each, in the header: sigrok-cli 0.5 stops reading at a
// comment among the value changes, and string variables it skips (docs/recording.md).
template<class Units, class Flush>
bool writeGateComments(const Recording &recording, Units units, QByteArray &out, Flush flush)
{
    bool ok = true;
    recording.forEachEvent([&](int s, qsizetype i) {
        const Recording::Stream &stream = recording.stream(s);
        const Recording::Record &r = stream.records[std::size_t(i)];
        if (!ok || !Recording::isGate(r.type))
            return;
        QByteArray rule = recording.text(r).toUtf8();
        for (char &c : rule) {
            if (c == '$' || c == '\n' || c == '\r')
                c = ' ';
        }
        out += "$comment wirebench-gate #" + QByteArray::number(units(r.timeNs)) + ' '
            + variableName(recording.nodeName(stream.node), stream.node) + ' '
            + trafficTypeName(TrafficEvent::Type(int(r.type))).toUtf8()
            + ((r.flags & Recording::kAck) ? " ack" : " message") + " id="
            + QByteArray::number(r.messageId) + " wire=" + QByteArray::number(stream.wireOf(r));
        if (r.type == Recording::EventType::Delayed && Recording::rttNs(r) >= 0)
            out += " delay_ns=" + QByteArray::number(Recording::rttNs(r));
        out += " rule=" + rule + " $end\n";
        ok = flush(false);
    });
    return ok;
}

} // namespace

QString write(const Recording &recording, QIODevice *device, const WriteOptions &options)
{
    const auto timescale = timescaleText(options.timescaleNs);
    if (!timescale)
        return QStringLiteral("a VCD timescale is 1, 10 or 100 of s, ms, us or ns");
    const qint64 unit = options.timescaleNs;
    const qint64 start = recording.startNs();
    const auto units = [&](qint64 t) {
        return std::max<qint64>(0, t - start) / unit;
    };

    QByteArray out;
    const auto flush = [&](bool force) {
        if (out.size() < kFlushBytes && !force)
            return true;
        const bool ok = device->write(out) == out.size();
        out.clear();
        return ok;
    };
    const QString date = options.date.isEmpty() ? QDateTime::currentDateTime().toString(Qt::ISODate)
                                                : options.date;
    out += "$date " + date.toUtf8() + " $end\n";
    out += "$version Wirebench " WIREBENCH_VERSION " $end\n";
    QByteArray kinds = "$comment wirebench-kinds";
    for (int i = 0; i < recording.digitalCount(); ++i) {
        const NodeId id = recording.digital(i).node;
        const Recording::Node *node = recording.node(id);
        kinds += ' ' + variableName(recording.nodeName(id), id) + '='
            + kinds::name(node ? node->kind : NodeKind::External).toUtf8();
    }
    out += kinds + " $end\n";
    if (recording.droppedCount() > 0) {
        out += "$comment " + QByteArray::number(recording.droppedCount())
            + " older events were dropped (recording cap), the last at #"
            + QByteArray::number(units(recording.droppedUntilNs())) + " $end\n";
    }
    if (!writeGateComments(recording, units, out, flush))
        return device->errorString();
    out += "$timescale " + *timescale + " $end\n$scope module wirebench $end\n";
    std::vector<Cursor> cursors;
    for (int i = 0; i < recording.digitalCount(); ++i) {
        const Recording::Digital &d = recording.digital(i);
        out += "$var wire 1 " + codeFor(i) + ' ' + variableName(recording.nodeName(d.node), d.node)
            + " $end\n";
        Cursor cursor { &d, i, d.before ? -1 : 0 };
        cursors.push_back(cursor);
    }
    out += "$upscope $end\n$enddefinitions $end\n#0\n$dumpvars\n";
    for (int i = 0; i < recording.digitalCount(); ++i)
        out += 'x' + codeFor(i) + '\n';
    out += "$end\n";

    const auto later = [](const Cursor *a, const Cursor *b) {
        return a->time() != b->time() ? a->time() > b->time() : a->index > b->index;
    };
    std::priority_queue<Cursor *, std::vector<Cursor *>, decltype(later)> queue(later);
    for (Cursor &cursor : cursors) {
        if (!cursor.done())
            queue.push(&cursor);
    }
    qint64 written = 0;
    while (!queue.empty()) {
        Cursor *cursor = queue.top();
        queue.pop();
        const qint64 t = units(cursor->time());
        if (t > written) {
            out += '#' + QByteArray::number(t) + '\n';
            written = t;
        }
        out += (cursor->value() ? '1' : '0') + codeFor(cursor->index) + '\n';
        ++cursor->next;
        if (!cursor->done())
            queue.push(cursor);
        if (!flush(false))
            return device->errorString();
    }
    // The end of the run as a last timestamp, so that readers hold the last levels until then.
    const qint64 end = units(recording.endNs());
    if (end > written)
        out += '#' + QByteArray::number(end) + '\n';
    return flush(true) ? QString() : device->errorString();
}

namespace {

// Whitespace-separated words of a VCD, without copying the text.
class Words
{
public:
    explicit Words(const QByteArray &text)
        : m_p(text.constData()), m_end(text.constData() + text.size())
    { }
    bool next(QByteArrayView *word)
    {
        while (m_p < m_end && std::isspace(static_cast<unsigned char>(*m_p)))
            ++m_p;
        if (m_p == m_end)
            return false;
        const char *begin = m_p;
        while (m_p < m_end && !std::isspace(static_cast<unsigned char>(*m_p)))
            ++m_p;
        *word = QByteArrayView(begin, m_p - begin);
        return true;
    }
    // The words up to $end.
    QList<QByteArrayView> section()
    {
        QList<QByteArrayView> words;
        QByteArrayView word;
        while (next(&word) && word != "$end")
            words << word;
        return words;
    }

private:
    const char *m_p;
    const char *m_end;
};

std::optional<double> parseTimescale(const QList<QByteArrayView> &words)
{
    QByteArray text;
    for (const QByteArrayView w : words)
        text += w.toByteArray();
    qsizetype digits = 0;
    while (digits < text.size() && std::isdigit(static_cast<unsigned char>(text[digits])))
        ++digits;
    bool ok = false;
    const double factor = text.left(digits).toDouble(&ok);
    if (!ok)
        return std::nullopt;
    static const std::pair<const char *, double> units[] = { { "s", 1e9 }, { "ms", 1e6 },
        { "us", 1e3 }, { "ns", 1 }, { "ps", 1e-3 }, { "fs", 1e-6 } };
    for (const auto &[name, ns] : units) {
        if (text.mid(digits) == name)
            return factor * ns;
    }
    return std::nullopt;
}

} // namespace

Dump read(QIODevice *device)
{
    Dump dump;
    const QByteArray text = device->readAll();
    Words words(text);
    QHash<QByteArray, int> byCode; // 1-bit variables only
    qint64 now = 0;
    QByteArrayView word;
    const auto fail = [&](const QString &why) {
        dump.error = why;
        return dump;
    };
    // sigrok-cli puts a "META samplerate: N" line before the header: text before the first
    // keyword is not part of the dump.
    bool started = false;
    while (words.next(&word)) {
        started = started || word.startsWith('$');
        if (!started)
            continue;
        if (word.startsWith('$')) {
            if (word == "$timescale") {
                const auto ns = parseTimescale(words.section());
                if (!ns)
                    return fail(QStringLiteral("unreadable $timescale"));
                dump.nsPerUnit = *ns;
            } else if (word == "$var") {
                const QList<QByteArrayView> v = words.section();
                if (v.size() < 4)
                    return fail(QStringLiteral("unreadable $var"));
                // Strings, reals and events are no levels, whatever their size says.
                const bool level = v.at(0) != "string" && v.at(0) != "real" && v.at(0) != "realtime"
                    && v.at(0) != "event";
                if (level && v.at(1) == "1" && !byCode.contains(v.at(2).toByteArray())) {
                    byCode.insert(v.at(2).toByteArray(), int(dump.variables.size()));
                    dump.variables.append(
                        { QString::fromLatin1(v.at(2)), QString::fromUtf8(v.at(3)), {} });
                }
            } else if (word == "$comment") {
                const QList<QByteArrayView> c = words.section();
                if (!c.isEmpty() && c.first() == "wirebench-kinds") {
                    for (qsizetype i = 1; i < c.size(); ++i) {
                        const QString pair = QString::fromUtf8(c.at(i));
                        dump.kinds.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1));
                    }
                }
            } else if (word == "$date" || word == "$version" || word == "$scope"
                || word == "$upscope" || word == "$enddefinitions") {
                words.section();
            }
            // $dumpvars, $dumpall, $dumpon, $dumpoff and their $end hold plain value changes.
            continue;
        }
        const char first = word.front();
        if (first == '#') {
            bool ok = false;
            const qint64 t = word.sliced(1).toLongLong(&ok);
            if (!ok)
                return fail(QStringLiteral("unreadable time %1").arg(QString::fromLatin1(word)));
            now = std::llround(double(t) * dump.nsPerUnit);
            dump.lastTimeNs = std::max(dump.lastTimeNs, now);
        } else if (QByteArrayView("01xXzZ").contains(first)) {
            const auto it = byCode.constFind(word.sliced(1).toByteArray());
            if (it != byCode.cend()) {
                const char value = char(std::tolower(static_cast<unsigned char>(first)));
                dump.variables[*it].changes.push_back({ now, value });
            }
        } else if (QByteArrayView("bBrRsS").contains(first)) {
            words.next(&word); // a vector, real or string value: skip its code
        } else {
            return fail(QStringLiteral("unexpected %1").arg(QString::fromLatin1(word)));
        }
    }
    return dump;
}

void toRecording(const Dump &dump, Recording *recording)
{
    recording->clear();
    recording->setStartNs(0);
    for (int i = 0; i < dump.variables.size(); ++i) {
        const Dump::Variable &v = dump.variables.at(i);
        const auto kind = kinds::fromName(dump.kinds.value(v.name));
        recording->setNode(i + 1, v.name, kind.value_or(NodeKind::External));
    }
    // In time order across variables, as a run would have produced them.
    std::vector<std::tuple<qint64, int, bool>> changes;
    for (int i = 0; i < dump.variables.size(); ++i) {
        for (const Dump::Change &c : dump.variables.at(i).changes) {
            if (c.value == '0' || c.value == '1')
                changes.emplace_back(c.timeNs, i, c.value == '1');
        }
    }
    std::stable_sort(changes.begin(), changes.end(),
        [](const auto &a, const auto &b) { return std::get<0>(a) < std::get<0>(b); });
    for (const auto &[t, i, high] : changes)
        recording->appendLevel(i + 1, t, high);
    recording->setEndNs(dump.lastTimeNs);
}

} // namespace wb::vcd
