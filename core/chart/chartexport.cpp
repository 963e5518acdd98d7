#include "chart/chartexport.h"

#include "chart/chartdiagram.h"
#include "chart/sequencemodel.h"

#include <QTextStream>
#include <algorithm>

namespace wb::chartexport {

namespace {

using M = ChartMessage;
using End = SequenceModel::End;

// "1.25 s", "52.3 ms", "40 us": three digits.
QString duration(qint64 ns)
{
    if (ns >= 1'000'000'000)
        return QString::number(double(ns) / 1e9, 'g', 3) + QStringLiteral(" s");
    if (ns >= 1'000'000)
        return QString::number(double(ns) / 1e6, 'g', 3) + QStringLiteral(" ms");
    return QString::number(double(ns) / 1e3, 'g', 3) + QStringLiteral(" us");
}

} // namespace

Diagram diagramOf(const SequenceModel &model, const Options &options)
{
    Diagram d;
    d.lanes = model.lanes(options.order);
    std::vector<bool> used(d.lanes.size(), false);
    for (qint64 i = model.firstIndex(); i < model.size(); ++i) {
        const M &m = model.message(i);
        if (m.sentNs < options.fromNs || m.sentNs > options.toNs
            || (options.messageIds && !options.messageIds->contains(m.messageId))
            || (options.participants
                && !(options.participants->contains(m.sender)
                    && options.participants->contains(m.receiver))))
            continue;
        used[m.sender] = used[m.receiver] = true;
        d.entries.push_back({ m.sentNs, i, false });
        if (options.acks && m.has(M::kAckSent))
            d.entries.push_back({ m.ackSentNs, i, true });
    }
    std::sort(d.entries.begin(), d.entries.end());
    for (std::size_t p = 0; p < used.size(); ++p) {
        if (used[p])
            d.shown.push_back(int(p));
    }
    std::sort(d.shown.begin(), d.shown.end(),
        [&](int a, int b) { return d.lanes[std::size_t(a)] < d.lanes[std::size_t(b)]; });
    return d;
}

QString label(const SequenceModel &model, const Entry &e)
{
    const M &m = model.message(e.index);
    QString text = e.ack ? model.ackText(m) : model.text(m);
    const bool waiting = e.ack ? m.ackIsOpen() : m.isOpen();
    if (waiting && (m.has(e.ack ? M::kAckHeld : M::kHeld)))
        text += QStringLiteral(" (held)");
    else if (waiting)
        text += QStringLiteral(" (in flight)");
    if (!e.ack && m.has(M::kFailed) && !m.has(M::kReceived))
        text += QStringLiteral(" (failed)");
    if (!e.ack && m.has(M::kCopy))
        text += QStringLiteral(" (copy)");
    if (!e.ack && m.has(M::kRetry))
        text += QStringLiteral(" (retry %1)").arg(m.attempt);
    return text;
}

bool droppedEnd(const SequenceModel &model, const Entry &e)
{
    const M &m = model.message(e.index);
    return (e.ack ? model.ackEndOf(m) : model.endOf(m)) == End::Dropped;
}

std::optional<Format> formatFromName(const QString &name)
{
    if (name == QLatin1String("plantuml"))
        return Format::PlantUml;
    if (name == QLatin1String("mermaid"))
        return Format::Mermaid;
    if (name == QLatin1String("svg"))
        return Format::Svg;
    return std::nullopt;
}

// PlantUML reads `\n` as a line break, `\\` as a backslash, and Creole markup in labels (**,
// //, --, __, ~~, "", [[links]], <tags>, entities); `~` shows the character after it as it is
// (checked with Debian's plantuml, tests/core/tst_chartexport.cpp). Control characters become
// spaces.
QString plantUmlText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'\n') {
            out += QStringLiteral("\\n");
        } else if (c.unicode() < 0x20 || c.unicode() == 0x7F) {
            out += u' ';
        } else if (c == u'\\') {
            out += QStringLiteral("\\\\");
        } else if (c == u'<' || c == u'&') {
            // Before any markup PlantUML reads <U+0041> and &#65; as characters.
            out += QStringLiteral("<U+%1>").arg(c.unicode(), 4, 16, QChar(u'0'));
        } else if (c == u'~' || c == u'*' || c == u'/' || c == u'-' || c == u'_' || c == u'"'
            || c == u'[') {
            out += u'~';
            out += c;
        } else {
            out += c;
        }
    }
    return out;
}

// Inside double quotes, where `~` escapes nothing: PlantUML's <U+XXXX> for the quotes
// (typographic ones close the name too), markup and backslashes.
QString plantUmlName(const QString &name)
{
    QString out;
    for (const QChar c : name) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7F)
            out += u' ';
        else if (QStringView(u"\"\u201C\u201D<*/-_~\\").contains(c))
            out += QStringLiteral("<U+%1>").arg(c.unicode(), 4, 16, QChar(u'0')).toUpper();
        else
            out += c;
    }
    return u'"' + out + u'"';
}

// Mermaid ends a message at a newline and reads `;` as one, `#` starts an entity code
// (`#59;`), and `<` `>` may be taken for HTML: all of them as entity codes.
QString mermaidText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'\n')
            out += QStringLiteral("<br>");
        else if (c.unicode() < 0x20 || c.unicode() == 0x7F)
            out += u' ';
        else if (c == u'#' || c == u';' || c == u'<' || c == u'>' || c == u'&' || c == u'"'
            || c == u'%' || c == u':')
            out += u'#' + QString::number(c.unicode()) + u';';
        else
            out += c;
    }
    return out;
}

QString mermaidName(const QString &name)
{
    return mermaidText(name).replace(QStringLiteral("<br>"), QStringLiteral(" "));
}

QString xmlText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '&':
            out += QStringLiteral("&amp;");
            break;
        case '<':
            out += QStringLiteral("&lt;");
            break;
        case '>':
            out += QStringLiteral("&gt;");
            break;
        case '"':
            out += QStringLiteral("&quot;");
            break;
        case '\'':
            out += QStringLiteral("&apos;");
            break;
        default:
            // XML 1.0 allows tab, newline and carriage return only of the control characters.
            out += ((c.unicode() < 0x20 && c != u'\t' && c != u'\n' && c != u'\r')
                       || c.unicode() == 0xFFFE || c.unicode() == 0xFFFF)
                ? QChar(u' ')
                : c;
        }
    }
    return out;
}

QString plantUml(const SequenceModel &model, const Options &options)
{
    const Diagram d = diagramOf(model, options);
    QString out;
    QTextStream s(&out);
    s << "@startuml\n";
    for (const int p : d.shown)
        s << "participant " << plantUmlName(model.participants().at(p).name) << " as P" << p
          << '\n';
    qint64 last = 0;
    bool first = true;
    for (const Entry &e : d.entries) {
        const M &m = model.message(e.index);
        // A long silence is PlantUML's delay: "... 1s ..."
        if (!first && options.idleThresholdNs >= 0 && e.timeNs - last > options.idleThresholdNs)
            s << "... " << duration(e.timeNs - last) << " ...\n";
        last = std::max(last, e.timeNs);
        first = false;
        const int from = e.ack ? m.receiver : m.sender;
        const int to = e.ack ? m.sender : m.receiver;
        s << 'P' << from << ' ' << (e.ack ? "-->" : "->") << (droppedEnd(model, e) ? "x" : "")
          << " P" << to;
        const QString text = label(model, e);
        if (!text.isEmpty())
            s << " : " << plantUmlText(text);
        s << '\n';
    }
    s << "@enduml\n";
    return out;
}

QString mermaid(const SequenceModel &model, const Options &options)
{
    const Diagram d = diagramOf(model, options);
    QString out;
    QTextStream s(&out);
    s << "sequenceDiagram\n";
    for (const int p : d.shown)
        s << "    participant P" << p << " as " << mermaidName(model.participants().at(p).name)
          << '\n';
    for (const Entry &e : d.entries) {
        const M &m = model.message(e.index);
        const int from = e.ack ? m.receiver : m.sender;
        const int to = e.ack ? m.sender : m.receiver;
        const bool dropped = droppedEnd(model, e);
        s << "    P" << from << (e.ack ? "--" : "-") << (dropped ? "x" : ">>") << 'P' << to << ": "
          << mermaidText(label(model, e)) << '\n';
    }
    return out;
}

QString write(Format format, const SequenceModel &model, const Options &options)
{
    switch (format) {
    case Format::PlantUml:
        return plantUml(model, options);
    case Format::Mermaid:
        return mermaid(model, options);
    case Format::Svg:
        return svg(model, options);
    }
    return {};
}

} // namespace wb::chartexport
