// The inspector's fields of a ring member (docs/ring.md, "Parameters"): a part of
// InspectorWidget kept apart, as the ring has more parameters than all other kinds together.
#include "circuiteditor.h"
#include "document/circuit.h"
#include "inspectorwidget.h"

#include <QFormLayout>
#include <QLabel>

namespace wb {

namespace {

QString ringToolTip(const QString &key)
{
    if (key == QLatin1String("key"))
        return InspectorWidget::tr("The member's place on the ring, 0 to 4294967295; empty: the "
                                   "first four bytes of the SHA-1 of its name");
    if (key == QLatin1String("successors"))
        return InspectorWidget::tr("How many members after it the member keeps in its "
                                   "successor list: with 3, two neighbours may die at once");
    if (key == QLatin1String("heartbeat"))
        return InspectorWidget::tr("How often the member pings its successor");
    if (key == QLatin1String("suspect"))
        return InspectorWidget::tr("No pong for this long: the successor is suspected, and other "
                                   "members are asked to probe it");
    if (key == QLatin1String("probeTimeout"))
        return InspectorWidget::tr("How long an indirect probe waits for the suspect's pong "
                                   "before it counts as failed");
    if (key == QLatin1String("probes"))
        return InspectorWidget::tr("How many other members are asked to probe a suspect (SWIM); "
                                   "0: a suspect that misses one more ping is dead");
    if (key == QLatin1String("stabilise"))
        return InspectorWidget::tr("How often the member asks its successor for its predecessor "
                                   "and list, and notifies it (Chord)");
    if (key == QLatin1String("resendWindow"))
        return InspectorWidget::tr("Chat messages passed on this recently are sent again to a "
                                   "new successor when the old one dies");
    if (key == QLatin1String("join"))
        return InspectorWidget::tr("Members to join through, ws://HOST:PORT, comma-separated; "
                                   "without: the node its wire goes to, then the circuit's "
                                   "other ring nodes");
    return {};
}

} // namespace

void InspectorWidget::addRingFields()
{
    addOptionalField(QStringLiteral("key"), tr("Key"), ringToolTip(QStringLiteral("key")),
        tr("from the name"), QStringLiteral("\\d{0,10}"));
    addIntField(QStringLiteral("successors"), tr("Successors"),
        ringToolTip(QStringLiteral("successors")), 1, 16, {});
    addDoubleField(QStringLiteral("heartbeat"), tr("Heartbeat"),
        ringToolTip(QStringLiteral("heartbeat")), 0.01, 3600, 0.1, 2, tr(" s"));
    addDoubleField(QStringLiteral("suspect"), tr("Suspect after"),
        ringToolTip(QStringLiteral("suspect")), 0.01, 3600, 0.1, 2, tr(" s"));
    addDoubleField(QStringLiteral("probeTimeout"), tr("Probe timeout"),
        ringToolTip(QStringLiteral("probeTimeout")), 0.01, 3600, 0.1, 2, tr(" s"));
    addIntField(QStringLiteral("probes"), tr("Probes"), ringToolTip(QStringLiteral("probes")), 0, 8,
        tr("none"));
    addDoubleField(QStringLiteral("stabilise"), tr("Stabilise"),
        ringToolTip(QStringLiteral("stabilise")), 0.01, 3600, 0.1, 2, tr(" s"));
    addDoubleField(QStringLiteral("resendWindow"), tr("Resend window"),
        ringToolTip(QStringLiteral("resendWindow")), 0, 3600, 1, 1, tr(" s"));
    addOptionalField(QStringLiteral("join"), tr("Join through"),
        ringToolTip(QStringLiteral("join")), tr("its wire's node"), {});
    auto *note = new QLabel(tr("Say something round the ring in the Ring Chat (View ▸ Ring Chat); "
                               "docs/ring.md explains the parameters."),
        m_form);
    note->setObjectName(QStringLiteral("note"));
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    m_formLayout->addRow(note);
}

} // namespace wb
