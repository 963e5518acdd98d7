#include "inspectorwidget.h"

#include "canvas/componenticons.h"
#include "circuiteditor.h"
#include "discovery/meshregistrar.h"
#include "document/circuit.h"
#include "healthvisuals.h"
#include "icons.h"
#include "networksecurity.h"
#include "nodeselection.h"
#include "runtime/meshruntime.h"
#include "seedfield.h"
#include "statevisuals.h"
#include "theme.h"
#include "wireinspector.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QVBoxLayout>

namespace wb {

namespace {

// What other machines meet at a LAN node under the process's socket policy: a warning while
// anyone may send it messages, a plain note once they need the token.
void showNetworkWarning(QLabel *warning)
{
    const SocketPolicy &policy = SocketPolicy::processDefaults();
    const bool open = NetworkSecurity::lanIsOpen(policy);
    const QString transport = policy.isSecureServer() ? QObject::tr("wss, TLS")
                                                      : QObject::tr("plain ws://");
    warning->setText(open ? QObject::tr("Open: any machine on the network may send it messages "
                                        "(%1, no token). Set a token in Run ▸ Network Security…")
                                .arg(transport)
                          : QObject::tr("Other machines can reach this node (%1); it refuses "
                                        "clients without the token.")
                                .arg(transport));
    warning->setToolTip(QObject::tr("%1 (docs/security.md)").arg(NetworkSecurity::lanTag(policy)));
    QPalette palette = QGuiApplication::palette();
    if (open)
        palette.setColor(QPalette::WindowText, theme::colors().warning);
    warning->setPalette(palette);
}

QString paramToolTip(const QString &key)
{
    if (key == QLatin1String("tacks"))
        return InspectorWidget::tr("How many ticks the clock sends (forever: until stopped)");
    if (key == QLatin1String("delay"))
        return InspectorWidget::tr("Seconds between the acknowledged tick and the next one");
    if (key == QLatin1String("chance"))
        return InspectorWidget::tr("Probability that a drawn bit is 0");
    if (key == QLatin1String("sequence"))
        return InspectorWidget::tr("How many bits the pin draws and streams per tick");
    if (key == QLatin1String("seed"))
        return InspectorWidget::tr("A fixed random seed makes the bits repeatable; empty: random");
    if (key == QLatin1String("sound"))
        return InspectorWidget::tr("What the buzzer answers to a 1");
    return {};
}

} // namespace

InspectorWidget::InspectorWidget(
    CircuitEditor *editor, MeshRuntime *runtime, NodeSelection *selection, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_runtime(runtime)
    , m_selection(selection)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_state(new QLabel(this))
    , m_startStop(new QPushButton(this))
    , m_form(new QWidget(this))
    , m_empty(new QLabel(tr("Select a node or a wire to see and edit its settings."), this))
    , m_wire(new WireInspector(editor, this))
    , m_seed(new SeedField(editor, this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_state->setObjectName(QStringLiteral("nodeState"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    auto *header = new QHBoxLayout;
    header->setSpacing(8);
    header->addWidget(m_icon);
    header->addWidget(m_title, 1);
    header->addWidget(m_state);
    header->addWidget(m_startStop);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(8);
    layout->addLayout(header);
    layout->addWidget(m_form);
    layout->addWidget(m_wire);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_seed);
    layout->addStretch();

    connect(m_startStop, &QPushButton::clicked, this, [this] {
        if (m_runtime->node(m_node) && m_runtime->node(m_node)->isStarted())
            m_runtime->stop(m_node);
        else
            m_runtime->start(m_node);
    });
    connect(m_selection, &NodeSelection::changed, this, [this] {
        if (m_selection->current() != m_node || shownWire() != m_wire->wire())
            rebuild();
    });
    Circuit *circuit = m_editor->circuit();
    connect(circuit, &Circuit::nodeChanged, this, &InspectorWidget::onNodeChanged);
    connect(circuit, &Circuit::reset, this, &InspectorWidget::rebuild);
    // A refused value leaves the document as it was: show that again.
    connect(m_editor, &CircuitEditor::refused, this, &InspectorWidget::reload);
    connect(m_runtime, &MeshRuntime::nodeStateChanged, this, [this](NodeId id) {
        if (id == m_node)
            updateState();
    });
    // Once a second per watched peer at most, and only the shown node repaints.
    connect(m_runtime, &MeshRuntime::nodeFaultChanged, this, [this](NodeId id) {
        if (id == m_node)
            updateState();
    });
    connect(m_runtime, &MeshRuntime::peerHealthChanged, this, [this](NodeId id) {
        if (id == m_node)
            updateState();
    });
    connect(m_runtime, &MeshRuntime::peerRttMeasured, this, [this](NodeId id) {
        if (id == m_node)
            updateState();
    });
    rebuild();
}

WireId InspectorWidget::shownWire() const
{
    // A node selected with wires is the node's inspector.
    return m_selection->current() == 0 ? m_selection->currentWire() : 0;
}

QWidget *InspectorWidget::field(const QString &key) const
{
    for (const Field &f : m_fields) {
        if (f.key == key)
            return f.widget;
    }
    return nullptr;
}

void InspectorWidget::rebuild()
{
    m_node = m_selection->current();
    m_fields.clear();
    delete m_formLayout;
    // Later: rebuild() may run from a signal of one of these (focus leaving a field).
    const QList<QWidget *> old = m_form->findChildren<QWidget *>(Qt::FindDirectChildrenOnly);
    for (QWidget *w : old) {
        w->hide();
        w->deleteLater();
    }
    m_formLayout = new QFormLayout(m_form);
    m_formLayout->setContentsMargins(0, 4, 0, 0);
    m_formLayout->setHorizontalSpacing(12);
    m_formLayout->setVerticalSpacing(8);
    m_formLayout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_formLayout->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);

    const NodeSpec *spec = m_editor->circuit()->node(m_node);
    const WireId wire = shownWire();
    m_wire->setWire(wire);
    m_wire->setVisible(wire != 0);
    m_seed->setVisible(!spec && wire == 0);
    m_form->setVisible(spec);
    m_empty->setVisible(!spec && wire == 0);
    m_title->setVisible(spec);
    m_icon->setVisible(spec);
    m_state->setVisible(spec);
    m_startStop->setVisible(spec && kinds::isLocal(spec->kind));
    if (!spec)
        return;
    addNameFields(*spec);
    addParamFields(*spec);
    if (spec->discovered) {
        // The registry's record, shown as it is: edits would not survive its next change.
        for (const Field &f : std::as_const(m_fields))
            f.widget->setEnabled(false);
    }
    reload();
}

void InspectorWidget::reload()
{
    const NodeSpec *spec = m_editor->circuit()->node(m_node);
    if (!spec)
        return;
    const int iconSize = m_title->fontMetrics().height() + 8;
    m_icon->setPixmap(componenticons::pixmap(spec->kind, iconSize, palette(), devicePixelRatioF()));
    // The kind in grey, unless the name says it already.
    const QString kind = kinds::name(spec->kind);
    m_title->setText(spec->name == kind
                         ? spec->name.toHtmlEscaped()
                         : QStringLiteral("%1  <span style='font-weight:normal; color:%2'>%3</span>")
                               .arg(spec->name.toHtmlEscaped(),
                                    palette().color(QPalette::PlaceholderText).name(), kind));
    for (const Field &f : std::as_const(m_fields)) {
        const QSignalBlocker blocker(f.widget);
        f.load(*spec);
    }
    updateState();
}

void InspectorWidget::updateState()
{
    const NodeSpec *spec = m_editor->circuit()->node(m_node);
    if (!spec)
        return;
    if (!kinds::isLocal(spec->kind)) {
        const PeerStatus status = m_runtime->peerStatus(m_node);
        m_state->setText(QStringLiteral("<span style='color:%1'>●</span> %2")
                             .arg(healthvisuals::color(status.health).name(),
                                  healthvisuals::summary(status).toHtmlEscaped()));
        m_state->setToolTip(healthvisuals::details(status));
        return;
    }
    const NodeState state = m_runtime->state(m_node);
    const NodeFault fault = m_runtime->fault(m_node);
    const QColor colour = statevisuals::color(state, fault);
    m_state->setText(QStringLiteral("<span style='color:%1'>●</span> %2")
                         .arg(colour.name(), statevisuals::text(state, fault)));
    m_state->setToolTip(m_runtime->errorString(m_node));
    const bool started = m_runtime->node(m_node) && m_runtime->node(m_node)->isStarted();
    m_startStop->setIcon(icons::action(started ? QStringLiteral("node-stop")
                                               : QStringLiteral("node-start")));
    m_startStop->setText(started ? tr("Stop") : tr("Start"));
    m_startStop->setToolTip(started ? tr("Stop this node") : tr("Start this node"));
    updateTypeRow();
}

void InspectorWidget::addNameFields(const NodeSpec &spec)
{
    const NodeId id = spec.id;
    addLineEdit(
        QStringLiteral("name"), tr("Name"), tr("Unique in the circuit"),
        [](const NodeSpec &s) { return s.name; },
        [this, id](const QString &text) { m_editor->renameNode(id, text.trimmed()); });
    if (!kinds::hasServer(spec.kind))
        return;
    addLineEdit(
        QStringLiteral("host"), tr("Host"), tr("The address the node listens on (or runs at)"),
        [](const NodeSpec &s) { return s.host; },
        [this, id](const QString &text) { m_editor->setHost(id, text.trimmed()); });
    if (kinds::isLocal(spec.kind))
        addListenToggle(id);
    auto *port = new QSpinBox(m_form);
    port->setKeyboardTracking(false);
    port->setToolTip(tr("A running node restarts on its new port"));
    port->setSpecialValueText(tr("auto")); // a document port 0 shows as the minimum
    port->setRange(0, 65535);
    m_formLayout->addRow(tr("Port"), port);
    m_fields.append({ QStringLiteral("port"), port,
                      [port](const NodeSpec &s) { port->setValue(s.port); } });
    connect(port, &QSpinBox::valueChanged, this, [this, id](int value) {
        const NodeSpec *s = m_editor->circuit()->node(id);
        if (s && value != s->port)
            m_editor->setPort(id, value);
    });
}

void InspectorWidget::addListenToggle(NodeId id)
{
    // Issue 7: loopback unless the user says otherwise, here or with --listen.
    auto *listen = new QCheckBox(tr("Listen on the network (all addresses)"), m_form);
    listen->setToolTip(tr("Checked: the node listens on 0.0.0.0, unchecked: on 127.0.0.1 only"));
    auto *warning = new QLabel(m_form);
    warning->setObjectName(QStringLiteral("listenWarning"));
    warning->setWordWrap(true);
    warning->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum); // never cut off
    showNetworkWarning(warning);
    m_formLayout->addRow(QString(), listen);
    m_formLayout->addRow(QString(), warning);
    m_fields.append({ QStringLiteral("listen"), listen, [listen, warning](const NodeSpec &s) {
                         const bool lan = !MeshRegistrar::isLoopback(s.host);
                         listen->setChecked(lan);
                         warning->setVisible(lan);
                         showNetworkWarning(warning);
                     } });
    connect(listen, &QCheckBox::toggled, this, [this, id](bool on) {
        m_editor->setHost(id, on ? QStringLiteral("0.0.0.0") : QStringLiteral("127.0.0.1"));
    });
}

void InspectorWidget::addParamFields(const NodeSpec &spec)
{
    switch (spec.kind) {
    case NodeKind::Clock:
        addIntField(QStringLiteral("tacks"), tr("Ticks"), paramToolTip(QStringLiteral("tacks")),
                    -1, 1000000000, tr("forever"));
        addDoubleField(QStringLiteral("delay"), tr("Delay"),
                       paramToolTip(QStringLiteral("delay")), 0, 86400, 0.1, 3, tr(" s"));
        addClockStartFields();
        break;
    case NodeKind::IoPin: {
        addDoubleField(QStringLiteral("chance"), tr("Chance of 0"),
                       paramToolTip(QStringLiteral("chance")), 0, 1, 0.05, 2, {});
        addIntField(QStringLiteral("sequence"), tr("Bits per tick"),
                    paramToolTip(QStringLiteral("sequence")), 1, 10000, {});
        addOptionalField(QStringLiteral("seed"), tr("Seed"), paramToolTip(QStringLiteral("seed")),
            tr("random"), QStringLiteral("\\d{0,10}"));
        break;
    }
    case NodeKind::Buzzer: {
        const NodeId id = spec.id;
        const QString key = QStringLiteral("sound");
        addLineEdit(
            key, tr("Sound"), paramToolTip(key),
            [key](const NodeSpec &s) { return s.params.value(key).toString(); },
            [this, id, key](const QString &text) { m_editor->setParam(id, key, text); });
        break;
    }
    case NodeKind::Ring:
        addRingFields();
        break;
    case NodeKind::Keyboard:
    case NodeKind::Queue:
    case NodeKind::Worker:
    case NodeKind::Console:
        addQueueSeedFields(spec);
        break;
    case NodeKind::Led:
    case NodeKind::Proxy:
    case NodeKind::External: {
        const QString text = spec.kind == NodeKind::Led
            ? tr("An LED has no parameters: it glows on 1.")
            : spec.kind == NodeKind::Proxy
            ? tr("A proxy has no parameters. It relays every message to its target and the "
                 "target's ack back, both through this workbench: pause, step and the fault "
                 "rules of its wires reach traffic between nodes that run elsewhere.")
            : spec.discovered
            ? tr("Discovered in the registry%1. It comes and goes with its registration and is "
                 "not saved in the circuit file: it cannot be renamed, edited or deleted here, "
                 "and its place on the canvas is not kept. Wire a clock, an iopin or a proxy to it "
                 "like to any other node.")
                  .arg(spec.remoteKind.isEmpty() ? QString() : tr(" as %1").arg(spec.remoteKind))
            : tr("An external node runs elsewhere; wires reach it at its host and port.");
        addNote(text);
        break;
    }
    case NodeKind::Script: {
        addNote(tr("A script node runs its JavaScript sketch: setup(params) once, then "
                   "loop(channel, message) for every message, whose return value is the ack."));
        auto *edit = new QPushButton(tr("Edit Script…"), m_form);
        edit->setToolTip(tr("Open the sketch in the Script dock (or double-click the card)"));
        m_formLayout->addRow(edit);
        m_fields.append({ QStringLiteral("script"), edit, [](const NodeSpec &) {} });
        const NodeId id = m_node;
        connect(edit, &QPushButton::clicked, this, [this, id] { Q_EMIT scriptEditRequested(id); });
        break;
    }
    }
}

void InspectorWidget::addNote(const QString &text)
{
    auto *note = new QLabel(text, m_form);
    note->setObjectName(QStringLiteral("note"));
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    m_formLayout->addRow(note);
}

InspectorWidget::~InspectorWidget()
{
    // QWidget's destructor deletes the fields after this object has stopped being an
    // InspectorWidget; a field losing focus then would run its commit on it (UBSan found it).
    for (QObject *child : m_form->findChildren<QObject *>())
        child->disconnect(this);
}

void InspectorWidget::addLineEdit(const QString &key, const QString &label,
                                  const QString &toolTip,
                                  std::function<QString(const NodeSpec &)> get,
                                  std::function<void(const QString &)> commit)
{
    auto *edit = new QLineEdit(m_form);
    edit->setToolTip(toolTip);
    m_formLayout->addRow(label, edit);
    m_fields.append({ key, edit, [edit, get](const NodeSpec &s) {
                         if (!edit->hasFocus() || !edit->isModified())
                             edit->setText(get(s));
                     } });
    const NodeId id = m_node;
    connect(edit, &QLineEdit::editingFinished, this, [this, id, edit, get, commit] {
        const NodeSpec *s = m_editor->circuit()->node(id);
        edit->setModified(false);
        if (s && edit->text() != get(*s))
            commit(edit->text());
    });
}

void InspectorWidget::addOptionalField(const QString &key, const QString &label,
    const QString &toolTip, const QString &placeholder, const QString &pattern)
{
    const NodeId id = m_node;
    addLineEdit(
        key, label, toolTip,
        [key](const NodeSpec &s) {
            const QVariant v = s.params.value(key);
            return v.isValid() ? v.toString() : QString();
        },
        [this, id, key](const QString &text) {
            const QString t = text.trimmed();
            m_editor->setParam(id, key, t.isEmpty() ? QVariant() : QVariant(t));
        });
    auto *edit = static_cast<QLineEdit *>(field(key));
    edit->setPlaceholderText(placeholder);
    if (!pattern.isEmpty())
        edit->setValidator(new QRegularExpressionValidator(QRegularExpression(pattern), edit));
}

void InspectorWidget::addIntField(const QString &key, const QString &label,
                                  const QString &toolTip, qint64 min, qint64 max,
                                  const QString &special)
{
    auto *spin = new QSpinBox(m_form);
    spin->setRange(int(min), int(max));
    spin->setKeyboardTracking(false);
    spin->setToolTip(toolTip);
    if (!special.isEmpty())
        spin->setSpecialValueText(special);
    m_formLayout->addRow(label, spin);
    m_fields.append({ key, spin, [spin, key](const NodeSpec &s) {
                         spin->setValue(int(s.params.value(key).toLongLong()));
                     } });
    const NodeId id = m_node;
    connect(spin, &QSpinBox::valueChanged, this, [this, id, key](int value) {
        const NodeSpec *s = m_editor->circuit()->node(id);
        if (s && s->params.value(key).toLongLong() != value)
            m_editor->setParam(id, key, qint64(value));
    });
}

void InspectorWidget::addDoubleField(const QString &key, const QString &label,
                                     const QString &toolTip, double min, double max, double step,
                                     int decimals, const QString &suffix)
{
    auto *spin = new QDoubleSpinBox(m_form);
    spin->setRange(min, max);
    spin->setSingleStep(step);
    spin->setDecimals(decimals);
    spin->setSuffix(suffix);
    spin->setKeyboardTracking(false);
    spin->setToolTip(toolTip);
    m_formLayout->addRow(label, spin);
    m_fields.append({ key, spin, [spin, key](const NodeSpec &s) {
                         spin->setValue(s.params.value(key).toDouble());
                     } });
    const NodeId id = m_node;
    connect(spin, &QDoubleSpinBox::valueChanged, this, [this, id, key, spin](double value) {
        const NodeSpec *s = m_editor->circuit()->node(id);
        // The spin box rounds to its decimals; only a visible change is an edit.
        if (s && spin->textFromValue(s->params.value(key).toDouble()) != spin->textFromValue(value))
            m_editor->setParam(id, key, value);
    });
}

void InspectorWidget::onNodeChanged(NodeId id, NodeField field)
{
    if (id != m_node || field == NodeField::Position)
        return;
    reload();
}

} // namespace wb
