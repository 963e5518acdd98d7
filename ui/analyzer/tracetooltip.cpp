#include "tracetooltip.h"

#include "recording/recording.h"
#include "timeaxis.h"
#include "tracepainter.h"

#include <QCoreApplication>
#include <algorithm>

namespace wb {

namespace {

QString tr(const char *text)
{
    // lupdate files a bare tr() in a function of namespace wb under the context "wb".
    return QCoreApplication::translate("wb", text);
}

// As precise as a pixel of the plot.
QString at(const TraceFrame &frame, qint64 timeNs)
{
    return timeaxis::timeLabel(timeNs - frame.recording->startNs(), frame.nsPerPixel);
}

QString quoted(const QString &text)
{
    return QStringLiteral("<b>") + text.toHtmlEscaped() + QStringLiteral("</b>");
}

QString digitalTip(const TraceFrame &frame, const TraceRow &row, qint64 t, qint64 slack)
{
    const Recording &recording = *frame.recording;
    const Recording::Digital &d = recording.digital(row.index);
    if (t >= frame.nowNs)
        return {};
    const auto after = std::upper_bound(d.edges.begin(), d.edges.end(), t);
    const auto first = std::upper_bound(d.edges.begin(), d.edges.end(), t - slack);
    const auto last = std::upper_bound(d.edges.begin(), d.edges.end(), t + slack);
    QString text = quoted(row.label) + QStringLiteral(" · ") + row.detail.toHtmlEscaped();
    if (last - first >= 2) {
        return text + QStringLiteral("<br>")
            + tr("%1 edges within this pixel: zoom in to see them").arg(last - first);
    }
    std::optional<bool> level;
    qint64 from = 0;
    if (after != d.edges.begin()) {
        level = d.valueAt(std::size_t(after - d.edges.begin() - 1));
        from = *(after - 1);
    } else if (d.before && t >= d.knownFromNs) {
        level = d.before;
        from = d.knownFromNs;
    }
    if (!level)
        return text + QStringLiteral("<br>") + tr("no level known yet");
    const bool open = after == d.edges.end();
    const qint64 until = open ? frame.nowNs : *after;
    text += QStringLiteral("<br>") + (*level ? tr("high") : tr("low")) + QStringLiteral(" ")
        + tr("from %1 to %2").arg(at(frame, from), open ? tr("now") : at(frame, until))
        + QStringLiteral(" (") + timeaxis::duration(until - from) + u')';
    return text;
}

QString levelTip(const TraceFrame &frame, const TraceRow &row, qint64 t, qint64 slack)
{
    const Recording &recording = *frame.recording;
    const Recording::Numeric &n = recording.numeric(row.index);
    if (t >= frame.nowNs)
        return {};
    const auto &records = recording.stream(n.stream).records;
    const auto timeOf = &Recording::Record::timeNs;
    const auto first = std::ranges::upper_bound(records, t - slack, {}, timeOf);
    const auto last = std::ranges::upper_bound(records, t + slack, {}, timeOf);
    QString text = quoted(row.label) + QStringLiteral(" · ") + row.detail.toHtmlEscaped();
    if (last - first >= 2) {
        const auto [lo, hi] = recording.numericMinMax(
            row.index, qsizetype(first - records.begin()), qsizetype(last - records.begin()));
        return text + QStringLiteral("<br>")
            + tr("%1 changes within this pixel, between %2 and %3: zoom in to see them")
                  .arg(last - first)
                  .arg(lo)
                  .arg(hi);
    }
    const std::optional<Recording::Value> value = recording.numericAt(row.index, t);
    if (!value)
        return text + QStringLiteral("<br>") + tr("no level known yet");
    const auto after = std::ranges::upper_bound(records, t, {}, timeOf);
    const qint64 from = after == records.begin() ? n.knownFromNs : (after - 1)->timeNs;
    const bool open = after == records.end();
    const qint64 until = open ? frame.nowNs : after->timeNs;
    text += QStringLiteral("<br>")
        + tr("%1 of %2 from %3 to %4")
              .arg(value->value)
              .arg(value->range)
              .arg(at(frame, from), open ? tr("now") : at(frame, until))
        + QStringLiteral(" (") + timeaxis::duration(until - from) + u')';
    if (value->value >= value->range)
        text += QStringLiteral("<br>") + tr("full: what comes now waits or is dropped");
    return text;
}

// An event that is no message of its own: what the gate did, a retry, a copy, an extra ack.
QString markTip(const TraceFrame &frame, const Recording::Record &r)
{
    using Type = Recording::EventType;
    const Recording &recording = *frame.recording;
    const QString what = (r.flags & Recording::kAck) ? tr("the ack of message #%1").arg(r.messageId)
                                                     : tr("message #%1").arg(r.messageId);
    const QString rule = recording.text(r).toHtmlEscaped();
    switch (r.type) {
    case Type::Held:
        return tr("%1 held at %2 (%3)").arg(what, at(frame, r.timeNs), rule);
    case Type::Released:
        return tr("%1 went on at %2 (%3)").arg(what, at(frame, r.timeNs), rule);
    case Type::Delayed:
        return tr("%1 delayed by %2 at %3 (%4)")
            .arg(what, timeaxis::duration(std::max<qint64>(0, Recording::rttNs(r))),
                at(frame, r.timeNs), rule);
    case Type::Dropped:
        return tr("%1 dropped at %2 (%3)").arg(what, at(frame, r.timeNs), rule);
    case Type::Duplicated:
        return tr("%1 duplicated at %2 (%3)").arg(what, at(frame, r.timeNs), rule);
    case Type::Sent:
        return r.attempt > 1 ? tr("message #%1 sent again at %2 (attempt %3)")
                                   .arg(r.messageId)
                                   .arg(at(frame, r.timeNs))
                                   .arg(r.attempt)
                             : QString();
    case Type::Received:
        return (r.flags & Recording::kDuplicate)
            ? tr("message %1 received again at %2 (a copy seen before)")
                  .arg(quoted(recording.text(r)), at(frame, r.timeNs))
            : QString();
    case Type::AckReceived:
        return (r.flags & Recording::kDuplicate)
            ? tr("an extra ack %1 of message #%2 at %3 (expected)")
                  .arg(quoted(recording.text(r)))
                  .arg(r.messageId)
                  .arg(at(frame, r.timeNs))
            : QString();
    case Type::Failed:
        return (r.flags & Recording::kWasSent)
            ? QString()
            : tr("not sent, failed at %1: %2")
                  .arg(at(frame, r.timeNs), recording.text(r).toHtmlEscaped());
    case Type::AckSent:
    case Type::Level:
        return {};
    }
    return {};
}

QString messageTip(const TraceFrame &frame, const TraceRow &row, qint64 t, qint64 slack)
{
    const Recording &recording = *frame.recording;
    const Recording::Stream &stream = recording.stream(row.index);
    const qsizetype end = recording.lowerBound(row.index, t + slack + 1);
    // The newest message that covers t: one in flight at a time, its answer comes soon (after
    // the gate's events and retries, if any).
    for (qsizetype i = end - 1; i >= 0 && i >= end - 32; --i) {
        const Recording::Record &q = stream.records[std::size_t(i)];
        if (!recording.isQuestion(row.index, i)) {
            if (q.timeNs < t - slack)
                continue;
            if (const QString mark = markTip(frame, q); !mark.isEmpty())
                return quoted(row.label) + QStringLiteral("<br>") + mark;
            continue;
        }
        const qsizetype a = recording.answerOf(row.index, i);
        const Recording::Record *answer = a >= 0 ? &stream.records[std::size_t(a)] : nullptr;
        const qsizetype l = answer ? -1 : recording.lossOf(row.index, i);
        const qint64 until = answer ? answer->timeNs
            : l >= 0                ? stream.records[std::size_t(l)].timeNs
                                    : frame.nowNs;
        if (t < q.timeNs - slack || t > until + slack)
            continue;
        QString text = tr("%1 on %2").arg(quoted(row.label), stream.channel.toHtmlEscaped());
        if (stream.outgoing) {
            text += QStringLiteral("<br>")
                + tr("message %1 (#%2) sent at %3")
                      .arg(quoted(recording.text(q)))
                      .arg(q.messageId)
                      .arg(at(frame, q.timeNs));
        } else {
            text += QStringLiteral("<br>")
                + tr("message %1 received at %2")
                      .arg(quoted(recording.text(q)), at(frame, q.timeNs));
        }
        if (!answer) {
            if (l < 0)
                return text + QStringLiteral("<br>") + tr("waiting for its answer");
            return text + QStringLiteral("<br>") + markTip(frame, stream.records[std::size_t(l)]);
        }
        if (answer->type == Recording::EventType::Failed) {
            return text + QStringLiteral("<br>")
                + tr("failed at %1: %2")
                      .arg(at(frame, answer->timeNs), recording.text(*answer).toHtmlEscaped());
        }
        const qint64 rtt = stream.outgoing ? Recording::rttNs(*answer) : answer->timeNs - q.timeNs;
        text += QStringLiteral("<br>")
            + (stream.outgoing ? tr("ack %1 at %2") : tr("answered %1 at %2"))
                  .arg(quoted(recording.text(*answer)), at(frame, answer->timeNs));
        if (rtt >= 0) {
            text += QStringLiteral("<br>")
                + (stream.outgoing ? tr("round trip %1") : tr("answered after %1"))
                      .arg(timeaxis::duration(rtt));
        }
        return text;
    }
    return {};
}

} // namespace

QString traceToolTip(const TraceFrame &frame, const QRect &area, QPoint pos)
{
    if (!frame.recording)
        return {};
    const QRect plot = tracelayout::plotRect(area);
    const int row = tracelayout::rowAt(frame.rows, area, frame.scrollY, pos.y());
    if (row < 0)
        return {};
    const TraceRow &r = frame.rows.at(row);
    if (pos.x() < plot.left()) {
        return quoted(r.label) + QStringLiteral("<br>")
            + tr("Click: select the node. Drag: move the row. Right-click: hide, colour.");
    }
    const qint64 t = frame.startNs + qint64(pos.x() - plot.left()) * frame.nsPerPixel;
    const qint64 slack = 2 * frame.nsPerPixel;
    switch (r.kind) {
    case TraceRow::Kind::Digital:
        return digitalTip(frame, r, t, slack);
    case TraceRow::Kind::Level:
        return levelTip(frame, r, t, slack);
    case TraceRow::Kind::Messages:
        break;
    }
    return messageTip(frame, r, t, slack);
}

QStringList levelReadout(const Recording &recording, const QList<TraceRow> &rows,
    std::optional<qint64> cursorA, std::optional<qint64> cursorB)
{
    QStringList parts;
    if (!cursorA && !cursorB)
        return parts;
    const auto valueAt = [&](const TraceRow &row, qint64 t) {
        const auto value = recording.numericAt(row.index, t);
        return value ? QStringLiteral("%1/%2").arg(value->value).arg(value->range)
                     : QStringLiteral("?");
    };
    for (const TraceRow &row : rows) {
        if (row.kind != TraceRow::Kind::Level)
            continue;
        QStringList at;
        if (cursorA)
            at << tr("%1 at A").arg(valueAt(row, *cursorA));
        if (cursorB)
            at << tr("%1 at B").arg(valueAt(row, *cursorB));
        parts << row.label + u' ' + at.join(QStringLiteral(", "));
    }
    return parts;
}

} // namespace wb
