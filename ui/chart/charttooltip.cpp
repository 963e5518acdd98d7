#include "charttooltip.h"

#include "analyzer/timeaxis.h"
#include "chart/sequencemodel.h"

#include <QCoreApplication>
#include <QStringList>

namespace wb {

namespace {

QString tr(const char *text)
{
    // lupdate files a bare tr() in a function of namespace wb under the context "wb".
    return QCoreApplication::translate("wb", text);
}

} // namespace

QString chartToolTip(const SequenceModel &model, const ChartMessage &m, qint64 zeroNs)
{
    const auto name = [&model](int participant) {
        return participant < model.participants().size() ? model.participants().at(participant).name
                                                         : QString();
    };
    const auto at = [zeroNs](qint64 ns) {
        return timeaxis::timeLabel(ns - zeroNs, 1000);
    };
    QStringList lines;
    lines << QStringLiteral("<b>%1</b>").arg(model.text(m).toHtmlEscaped());
    lines << tr("%1 → %2").arg(name(m.sender).toHtmlEscaped(), name(m.receiver).toHtmlEscaped());
    lines << tr("message id %1 · attempt %2").arg(m.messageId).arg(m.attempt);
    if (!m.has(ChartMessage::kSendUnknown))
        lines << tr("sent at %1").arg(at(m.sentNs));
    if (m.has(ChartMessage::kReceived))
        lines << tr("received at %1 · latency %2")
                     .arg(at(m.arrivedNs), timeaxis::duration(m.latencyNs()));
    else if (m.has(ChartMessage::kDropped))
        lines << tr("dropped by the gate at %1").arg(at(m.arrivedNs));
    else if (m.has(ChartMessage::kFailed))
        lines << tr("failed at %1").arg(at(m.arrivedNs));
    else if (m.has(ChartMessage::kHeld))
        lines << tr("held at the gate, waiting");
    else
        lines << tr("in flight");
    if (m.has(ChartMessage::kCopy))
        lines << tr("a second delivery (the gate duplicated it)");
    if (m.has(ChartMessage::kEstimated))
        lines << tr("the receiver is not recorded: its times are estimated");
    if (m.has(ChartMessage::kAckSent)) {
        QString ack = tr("ack “%1”").arg(model.ackText(m).toHtmlEscaped());
        if (m.has(ChartMessage::kAckReceived))
            ack += tr(" · round trip %1").arg(timeaxis::duration(m.roundTripNs()));
        else if (m.has(ChartMessage::kAckDropped))
            ack += tr(" · dropped");
        else if (m.has(ChartMessage::kAckHeld))
            ack += tr(" · held");
        lines << ack;
    }
    return lines.join(QStringLiteral("<br>"));
}

} // namespace wb
