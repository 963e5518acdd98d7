#include "wireinspector.h"

#include "circuiteditor.h"
#include "document/circuit.h"
#include "net/socketpolicy.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace wb {

namespace {

QFormLayout *newForm()
{
    auto *form = new QFormLayout;
    form->setContentsMargins(0, 4, 0, 4);
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(6);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return form;
}

QLabel *newHeading(const QString &text, QWidget *parent)
{
    auto *heading = new QLabel(text, parent);
    QFont font = heading->font();
    font.setBold(true);
    heading->setFont(font);
    return heading;
}

} // namespace

WireInspector::WireInspector(CircuitEditor *editor, QWidget *parent)
    : QWidget(parent), m_editor(editor), m_title(new QLabel(this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);

    QFormLayout *form = newForm();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addLayout(form);
    setLayout(layout);

    auto *channel = new QLineEdit(this);
    channel->setPlaceholderText(tr("the sender's own"));
    channel->setToolTip(tr("The path the sender uses on this wire (\"/iopin\"); empty: the "
                           "sender's own choice"));
    form->addRow(tr("Channel"), channel);
    m_fields.insert(
        QStringLiteral("channel"), { channel, [channel](const Wire &w) {
                                        if (!channel->hasFocus() || !channel->isModified())
                                            channel->setText(w.channel);
                                    } });
    connect(channel, &QLineEdit::editingFinished, this, [this, channel] {
        const Wire *w = m_editor->circuit()->wire(m_wire);
        channel->setModified(false);
        if (w && channel->text().trimmed() != w->channel)
            m_editor->setWireChannel(m_wire, channel->text().trimmed());
    });

    addDirection(QStringLiteral("message"), tr("Messages"), &WireFaults::message);
    addDirection(QStringLiteral("ack"), tr("Acks"), &WireFaults::ack);

    layout->addWidget(newHeading(tr("Sender"), this));
    QFormLayout *sender = newForm();
    layout->addLayout(sender);
    auto *cut = new QCheckBox(tr("Cut: nothing passes, no ack comes"), this);
    cut->setToolTip(tr("A partition: the wire delivers nothing until the cut is undone"));
    sender->addRow(QString(), cut);
    m_fields.insert(QStringLiteral("cut"), { cut, [cut](const Wire &w) {
                                                cut->setChecked(w.faults.cut);
                                            } });
    connect(cut, &QCheckBox::toggled, this,
        [this](bool on) { edit([on](WireFaults &f) { f.cut = on; }); });
    QSpinBox *timeout = addCount(sender, QStringLiteral("timeout"), tr("Ack timeout"),
        tr("How long the sender waits for an ack before it gives up or sends again"),
        faults::kMaxAckTimeoutMs, tr("default (%1 s)").arg(limits::kDefaultAckTimeoutMs / 1000),
        [](WireFaults &f) -> int & { return f.ackTimeoutMs; });
    timeout->setSuffix(tr(" ms"));
    addCount(sender, QStringLiteral("retries"), tr("Retries"),
        tr("How often the sender sends again when no ack comes (0: at most once)"),
        faults::kMaxRetries, tr("none (at most once)"),
        [](WireFaults &f) -> int & { return f.retries; });

    connect(m_editor->circuit(), &Circuit::wireChanged, this, [this](WireId id) {
        if (id == m_wire)
            reload();
    });
    // A refused value leaves the document as it was: show that again.
    connect(m_editor, &CircuitEditor::refused, this, &WireInspector::reload);
}

WireInspector::~WireInspector()
{
    // A field losing focus while the widget goes would commit to a half-destroyed inspector.
    for (QObject *child : findChildren<QObject *>())
        child->disconnect(this);
}

void WireInspector::addDirection(
    const QString &prefix, const QString &title, DirectionFaults WireFaults::*direction)
{
    auto *layout = static_cast<QVBoxLayout *>(this->layout());
    layout->addWidget(newHeading(title, this));
    QFormLayout *form = newForm();
    layout->addLayout(form);
    const QString what = prefix == QLatin1String("ack") ? tr("an ack") : tr("a message");

    addPercent(form, prefix + QStringLiteral(".drop"), tr("Drop"),
        tr("The chance that %1 is lost on the way").arg(what),
        [direction](WireFaults &f) -> double & { return (f.*direction).drop; });
    addPercent(form, prefix + QStringLiteral(".duplicate"), tr("Duplicate"),
        tr("The chance that %1 arrives twice").arg(what),
        [direction](WireFaults &f) -> double & { return (f.*direction).duplicate; });
    addMilliseconds(form, prefix + QStringLiteral(".delay"), tr("Delay"),
        tr("Added transit time of %1").arg(what),
        [direction](WireFaults &f) -> double & { return (f.*direction).delayMs; });
    addMilliseconds(form, prefix + QStringLiteral(".jitter"), tr("Jitter ±"),
        tr("Random spread of the transit: half-width (uniform) or standard "
           "deviation (normal)"),
        [direction](WireFaults &f) -> double & { return (f.*direction).jitterMs; });

    auto *distribution = new QComboBox(this);
    distribution->addItem(tr("uniform"), int(DirectionFaults::Jitter::Uniform));
    distribution->addItem(tr("normal"), int(DirectionFaults::Jitter::Normal));
    distribution->setToolTip(tr("How the jitter spreads the transit times"));
    form->addRow(tr("Distribution"), distribution);
    m_fields.insert(prefix + QStringLiteral(".distribution"),
        { distribution, [distribution, direction](const Wire &w) {
             distribution->setCurrentIndex(
                 distribution->findData(int((w.faults.*direction).jitter)));
         } });
    connect(distribution, &QComboBox::activated, this, [this, distribution, direction](int) {
        const auto jitter = DirectionFaults::Jitter(distribution->currentData().toInt());
        edit([&](WireFaults &f) { (f.*direction).jitter = jitter; });
    });
}

QSpinBox *WireInspector::addCount(QFormLayout *form, const QString &key, const QString &label,
    const QString &toolTip, int max, const QString &special,
    std::function<int &(WireFaults &)> value)
{
    auto *spin = new QSpinBox(this);
    spin->setRange(0, max);
    spin->setKeyboardTracking(false);
    spin->setToolTip(toolTip);
    spin->setSpecialValueText(special);
    form->addRow(label, spin);
    m_fields.insert(key, { spin, [spin, value](const Wire &w) {
                              WireFaults f = w.faults;
                              spin->setValue(value(f));
                          } });
    connect(spin, &QSpinBox::valueChanged, this,
        [this, value](int v) { edit([&](WireFaults &f) { value(f) = v; }); });
    return spin;
}

void WireInspector::addPercent(QFormLayout *form, const QString &key, const QString &label,
    const QString &toolTip, std::function<double &(WireFaults &)> value)
{
    auto *spin = new QDoubleSpinBox(this);
    spin->setRange(0, 100);
    spin->setDecimals(1);
    spin->setSingleStep(5);
    spin->setSuffix(QStringLiteral(" %"));
    spin->setKeyboardTracking(false);
    spin->setToolTip(toolTip);
    form->addRow(label, spin);
    m_fields.insert(key, { spin, [spin, value](const Wire &w) {
                              WireFaults f = w.faults;
                              spin->setValue(value(f) * 100);
                          } });
    connect(spin, &QDoubleSpinBox::valueChanged, this, [this, spin, value](double percent) {
        edit([&](WireFaults &f) {
            // The box rounds to its decimals; only a visible change is an edit.
            if (spin->textFromValue(value(f) * 100) != spin->textFromValue(percent))
                value(f) = percent / 100;
        });
    });
}

void WireInspector::addMilliseconds(QFormLayout *form, const QString &key, const QString &label,
    const QString &toolTip, std::function<double &(WireFaults &)> value)
{
    auto *spin = new QDoubleSpinBox(this);
    spin->setRange(0, faults::kMaxDelayMs);
    spin->setDecimals(1);
    spin->setSingleStep(10);
    spin->setSuffix(tr(" ms"));
    spin->setKeyboardTracking(false);
    spin->setToolTip(toolTip);
    form->addRow(label, spin);
    m_fields.insert(key, { spin, [spin, value](const Wire &w) {
                              WireFaults f = w.faults;
                              spin->setValue(value(f));
                          } });
    connect(spin, &QDoubleSpinBox::valueChanged, this, [this, spin, value](double ms) {
        edit([&](WireFaults &f) {
            if (spin->textFromValue(value(f)) != spin->textFromValue(ms))
                value(f) = ms;
        });
    });
}

void WireInspector::setWire(WireId id)
{
    m_wire = id;
    reload();
}

void WireInspector::edit(const std::function<void(WireFaults &)> &change)
{
    const Wire *w = m_editor->circuit()->wire(m_wire);
    if (!w)
        return;
    WireFaults faults = w->faults;
    change(faults);
    if (faults != w->faults)
        m_editor->setWireFaults(m_wire, faults);
}

void WireInspector::reload()
{
    const Circuit *circuit = m_editor->circuit();
    const Wire *w = circuit->wire(m_wire);
    if (!w)
        return;
    const NodeSpec *from = circuit->node(w->from);
    const NodeSpec *to = circuit->node(w->to);
    m_title->setText(
        QStringLiteral("%1 → %2").arg(from ? from->name : QString(), to ? to->name : QString()));
    for (const Field &f : std::as_const(m_fields)) {
        const QSignalBlocker blocker(f.widget);
        f.load(*w);
    }
}

} // namespace wb
