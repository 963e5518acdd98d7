#include "recording/vcdformat.h"

#include "recording/recording.h"

#include <QCoreApplication>
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

// One signal's changes in time order: the `before` level (after a drop), then its edges, or
// a numeric signal's changes.
struct Cursor
{
    const Recording::Digital *digital = nullptr;
    const Recording::Numeric *numeric = nullptr;
    const Recording::Stream *stream = nullptr; // the numeric signal's changes
    int index = 0;
    qsizetype next = 0; // -1: the before level is still to come
    qsizetype size() const
    {
        return digital ? qsizetype(digital->edges.size()) : qsizetype(stream->records.size());
    }
    qint64 time() const
    {
        if (next < 0)
            return digital ? digital->knownFromNs : numeric->knownFromNs;
        return digital ? digital->edges[std::size_t(next)]
                       : stream->records[std::size_t(next)].timeNs;
    }
    // The value change as the dump writes it, with the variable's code.
    QByteArray change() const
    {
        if (digital) {
            const bool high = next < 0 ? *digital->before : digital->valueAt(std::size_t(next));
            return (high ? '1' : '0') + codeFor(index);
        }
        const quint32 value
            = next < 0 ? *numeric->before : stream->records[std::size_t(next)].value;
        return 'r' + QByteArray::number(value) + ' ' + codeFor(index);
    }
    bool done() const { return next >= size(); }
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
        return QCoreApplication::translate(
            "wb::Recording", "a VCD timescale is 1, 10 or 100 of s, ms, us or ns");
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
    const auto addKind = [&](NodeId id) {
        const Recording::Node *node = recording.node(id);
        kinds += ' ' + variableName(recording.nodeName(id), id) + '='
            + kinds::name(node ? node->kind : NodeKind::External).toUtf8();
    };
    for (int i = 0; i < recording.digitalCount(); ++i)
        addKind(recording.digital(i).node);
    for (int i = 0; i < recording.numericCount(); ++i)
        addKind(recording.numeric(i).node);
    out += kinds + " $end\n";
    // A real has no width to tell a queue's capacity: a comment does, for our reader.
    if (recording.numericCount() > 0) {
        out += "$comment wirebench-capacity";
        for (int i = 0; i < recording.numericCount(); ++i) {
            const Recording::Numeric &n = recording.numeric(i);
            out += ' ' + variableName(recording.nodeName(n.node), n.node) + '='
                + QByteArray::number(n.range);
        }
        out += " $end\n";
    }
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
        cursors.push_back({ &d, nullptr, nullptr, i, d.before ? -1 : 0 });
    }
    // A queue's fill as a real: sigrok 0.5 (Debian's sigrok-cli and PulseView) stops reading
    // the whole file at the first value of a vector or integer wider than a bit, and skips a
    // real; GTKWave and newer sigrok show a real as a number (docs/recording.md).
    for (int i = 0; i < recording.numericCount(); ++i) {
        const Recording::Numeric &n = recording.numeric(i);
        const int index = recording.digitalCount() + i;
        out += "$var real 64 " + codeFor(index) + ' '
            + variableName(recording.nodeName(n.node), n.node) + " $end\n";
        cursors.push_back({ nullptr, &n, &recording.stream(n.stream), index, n.before ? -1 : 0 });
    }
    out += "$upscope $end\n$enddefinitions $end\n#0\n$dumpvars\n";
    // A real has no unknown value: it is left out until its first.
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
        out += cursor->change() + '\n';
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

// A vector's bits, unknown when any is x or z (or it is wider than 64).
std::optional<quint64> binaryValue(QByteArrayView bits)
{
    if (bits.isEmpty() || bits.size() > 64)
        return std::nullopt;
    quint64 value = 0;
    for (const char c : bits) {
        if (c != '0' && c != '1')
            return std::nullopt;
        value = value * 2 + quint64(c == '1');
    }
    return value;
}

// A real's value when it is a whole number >= 0; `whole` learns when one is not.
std::optional<quint64> wholeValue(QByteArrayView text, bool *whole)
{
    bool ok = false;
    const double value = text.toByteArray().toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt; // NaN or unreadable: unknown
    if (value < 0 || value != std::floor(value) || value >= 18446744073709551616.0) {
        *whole = false;
        return std::nullopt;
    }
    return quint64(value);
}

} // namespace

Dump read(QIODevice *device)
{
    Dump dump;
    const QByteArray text = device->readAll();
    Words words(text);
    QHash<QByteArray, int> byCode; // 1-bit variables
    QHash<QByteArray, int> numberByCode;
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
                const QByteArray code = v.at(2).toByteArray();
                const bool known = byCode.contains(code) || numberByCode.contains(code);
                const bool real = v.at(0) == "real" || v.at(0) == "realtime";
                bool sized = false;
                const int width = v.at(1).toInt(&sized);
                if (known || (!level && !real) || (!real && (!sized || width < 1)))
                    continue;
                if (level && width == 1) {
                    byCode.insert(code, int(dump.variables.size()));
                    dump.variables.append(
                        { QString::fromLatin1(v.at(2)), QString::fromUtf8(v.at(3)), {} });
                } else {
                    numberByCode.insert(code, int(dump.numbers.size()));
                    dump.numbers.append({ QString::fromLatin1(v.at(2)), QString::fromUtf8(v.at(3)),
                        real ? 0 : width, {}, true });
                }
            } else if (word == "$comment") {
                const QList<QByteArrayView> c = words.section();
                if (!c.isEmpty() && c.first() == "wirebench-kinds") {
                    for (qsizetype i = 1; i < c.size(); ++i) {
                        const QString pair = QString::fromUtf8(c.at(i));
                        dump.kinds.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1));
                    }
                } else if (!c.isEmpty() && c.first() == "wirebench-capacity") {
                    for (qsizetype i = 1; i < c.size(); ++i) {
                        const QString pair = QString::fromUtf8(c.at(i));
                        bool ok = false;
                        const uint capacity = pair.section(u'=', 1).toUInt(&ok);
                        if (ok)
                            dump.capacities.insert(pair.section(u'=', 0, 0), capacity);
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
                return fail(QCoreApplication::translate("wb::Recording", "unreadable time %1")
                                .arg(QString::fromLatin1(word)));
            now = std::llround(double(t) * dump.nsPerUnit);
            dump.lastTimeNs = std::max(dump.lastTimeNs, now);
        } else if (QByteArrayView("01xXzZ").contains(first)) {
            const auto it = byCode.constFind(word.sliced(1).toByteArray());
            if (it != byCode.cend()) {
                const char value = char(std::tolower(static_cast<unsigned char>(first)));
                dump.variables[*it].changes.push_back({ now, value });
            }
        } else if (QByteArrayView("bBrR").contains(first)) {
            const QByteArrayView value = word.sliced(1);
            if (!words.next(&word))
                return fail(QCoreApplication::translate(
                    "wb::Recording", "a value without its variable at the end"));
            const QByteArray code = word.toByteArray();
            if (const auto it = byCode.constFind(code); it != byCode.cend() && !value.isEmpty()) {
                // A 1-bit variable written as a vector: its bit.
                const char bit = char(std::tolower(static_cast<unsigned char>(value.back())));
                if (QByteArrayView("01xz").contains(bit))
                    dump.variables[*it].changes.push_back({ now, bit });
            } else if (const auto n = numberByCode.constFind(code); n != numberByCode.cend()) {
                Dump::Number &number = dump.numbers[*n];
                const std::optional<quint64> v = (first == 'b' || first == 'B')
                    ? binaryValue(value)
                    : wholeValue(value, &number.whole);
                number.changes.push_back({ now, v });
            }
        } else if (first == 's' || first == 'S') {
            words.next(&word); // a string value: skip its code
        } else {
            return fail(QCoreApplication::translate("wb::Recording", "unexpected %1")
                            .arg(QString::fromLatin1(word)));
        }
    }
    return dump;
}

void toRecording(const Dump &dump, Recording *recording)
{
    recording->clear();
    recording->setStartNs(0);
    NodeId id = 0;
    const auto addNode = [&](const QString &name) {
        const auto kind = kinds::fromName(dump.kinds.value(name));
        recording->setNode(++id, name, kind.value_or(NodeKind::External));
        return id;
    };
    // In time order across variables, as a run would have produced them: (time, node, level
    // or value, range; range 0 for a 1-bit level).
    struct Change
    {
        qint64 timeNs;
        NodeId node;
        quint32 value;
        quint32 range;
    };
    std::vector<Change> changes;
    for (const Dump::Variable &v : dump.variables) {
        const NodeId node = addNode(v.name);
        for (const Dump::Change &c : v.changes) {
            if (c.value == '0' || c.value == '1')
                changes.push_back({ c.timeNs, node, quint32(c.value == '1'), 0 });
        }
    }
    // Whole numbers (a fill, a counter, a bus) of their capacity, else of their width's range
    // or of the highest value a real takes; an analog value is no level of ours.
    constexpr quint64 kMax = 0xFFFFFFFFu;
    for (const Dump::Number &n : dump.numbers) {
        if (!n.whole)
            continue;
        const NodeId node = addNode(n.name);
        quint64 range = n.width > 0 && n.width < 32 ? (quint64(1) << n.width) - 1 : kMax;
        if (n.width == 0) {
            range = 1;
            for (const Dump::NumberChange &c : n.changes)
                range = std::max(range, c.value.value_or(0));
        }
        range = dump.capacities.value(n.name, quint32(std::min(range, kMax)));
        for (const Dump::NumberChange &c : n.changes) {
            if (c.value)
                changes.push_back(
                    { c.timeNs, node, quint32(std::min(*c.value, kMax)), quint32(range) });
        }
    }
    std::stable_sort(changes.begin(), changes.end(),
        [](const Change &a, const Change &b) { return a.timeNs < b.timeNs; });
    const NodeId firstNumber = NodeId(dump.variables.size()) + 1;
    for (const Change &c : changes) {
        if (c.node < firstNumber)
            recording->appendLevel(c.node, c.timeNs, c.value != 0);
        else
            recording->appendNumeric(c.node, c.timeNs, { c.value, c.range });
    }
    recording->setEndNs(dump.lastTimeNs);
}

} // namespace wb::vcd
