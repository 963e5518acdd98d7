// The inspector's fields of the asyncio queue seed's kinds (docs/queues.md): a queue's
// capacity and what it does when full, a worker's service time, a console's history, a
// clock's start and message, and the line a running keyboard types. A part of
// InspectorWidget kept apart, like the ring's.
#include "circuiteditor.h"
#include "document/circuit.h"
#include "inspectorwidget.h"
#include "queue/keyboardinput.h"
#include "runtime/meshruntime.h"
#include "theme.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace wb {

namespace {

QString queueToolTip(const QString &key)
{
    if (key == QLatin1String("capacity"))
        return InspectorWidget::tr("How many messages the queue holds, 1 to %L1; its memory is "
                                   "bounded by it")
            .arg(kinds::kMaxQueueCapacity);
    if (key == QLatin1String("whenFull"))
        return InspectorWidget::tr("What a full queue does with one more message: hold its ack "
                                   "back until there is room (a stop-and-wait producer waits: "
                                   "backpressure), or drop it, or drop the oldest waiting one");
    if (key == QLatin1String("serviceMs"))
        return InspectorWidget::tr("How long the worker takes over each message, in run time "
                                   "(pause and slow motion reach it); the mean when random");
    if (key == QLatin1String("service"))
        return InspectorWidget::tr("Fixed: every message takes the service time; random: "
                                   "exponentially distributed with that mean");
    if (key == QLatin1String("seed"))
        return InspectorWidget::tr("A fixed seed makes the random service times repeatable; "
                                   "empty: the run's seed");
    if (key == QLatin1String("history"))
        return InspectorWidget::tr("How many lines the console keeps for the Console dock");
    if (key == QLatin1String("start"))
        return InspectorWidget::tr("Seconds of run time before the first tick (the seed's slow "
                                   "task sleeps 10 s); empty: at once");
    if (key == QLatin1String("message"))
        return InspectorWidget::tr("What each tick sends instead of its number (at most 1024 "
                                   "characters); empty: the number");
    return {};
}

} // namespace

void InspectorWidget::addQueueSeedFields(const NodeSpec &spec)
{
    switch (spec.kind) {
    case NodeKind::Keyboard:
        addTypeRow(spec.id);
        addNote(tr("Each line goes to the keyboard's targets once every target has answered the "
                   "one before: a full queue that holds its ack back holds the keyboard back. "
                   "Type on its card too (double-click it) or in the Console dock."));
        break;
    case NodeKind::Queue:
        addIntField(QStringLiteral("capacity"), tr("Capacity"),
            queueToolTip(QStringLiteral("capacity")), 1, kinds::kMaxQueueCapacity, {});
        addChoiceField(QStringLiteral("whenFull"), tr("When full"),
            queueToolTip(QStringLiteral("whenFull")),
            { { QStringLiteral("block"), tr("block the producer") },
                { QStringLiteral("drop-newest"), tr("drop the newest") },
                { QStringLiteral("drop-oldest"), tr("drop the oldest") } });
        break;
    case NodeKind::Worker:
        addIntField(QStringLiteral("serviceMs"), tr("Service time"),
            queueToolTip(QStringLiteral("serviceMs")), 0, 3600000, {});
        static_cast<QSpinBox *>(field(QStringLiteral("serviceMs")))->setSuffix(tr(" ms"));
        addChoiceField(QStringLiteral("service"), tr("Service"),
            queueToolTip(QStringLiteral("service")),
            { { QStringLiteral("fixed"), tr("fixed") },
                { QStringLiteral("random"), tr("random (exponential)") } });
        addOptionalField(QStringLiteral("seed"), tr("Seed"), queueToolTip(QStringLiteral("seed")),
            tr("the run's"), QStringLiteral("\\d{0,10}"));
        break;
    case NodeKind::Console:
        addIntField(QStringLiteral("history"), tr("History"),
            queueToolTip(QStringLiteral("history")), 1, 100000, {});
        static_cast<QSpinBox *>(field(QStringLiteral("history")))->setSuffix(tr(" lines"));
        addNote(tr("The lines it prints show in the Console dock (View ▸ Console)."));
        break;
    default:
        break;
    }
}

void InspectorWidget::addClockStartFields()
{
    addOptionalField(QStringLiteral("start"), tr("Start after"),
        queueToolTip(QStringLiteral("start")), tr("0 s"), QStringLiteral("\\d{0,5}(\\.\\d{0,3})?"));
    addOptionalField(QStringLiteral("message"), tr("Message"),
        queueToolTip(QStringLiteral("message")), tr("the tick's number"), {});
    static_cast<QLineEdit *>(field(QStringLiteral("message")))->setMaxLength(1024);
}

void InspectorWidget::addChoiceField(const QString &key, const QString &label,
    const QString &toolTip, const QList<QPair<QString, QString>> &choices)
{
    auto *combo = new QComboBox(m_form);
    combo->setToolTip(toolTip);
    for (const auto &[value, text] : choices)
        combo->addItem(text, value);
    m_formLayout->addRow(label, combo);
    m_fields.append({ key, combo, [combo, key](const NodeSpec &s) {
                         combo->setCurrentIndex(combo->findData(s.params.value(key).toString()));
                     } });
    const NodeId id = m_node;
    connect(combo, &QComboBox::activated, this, [this, id, key, combo] {
        const NodeSpec *s = m_editor->circuit()->node(id);
        const QString value = combo->currentData().toString();
        if (s && s->params.value(key).toString() != value)
            m_editor->setParam(id, key, value);
    });
}

void InspectorWidget::addTypeRow(NodeId id)
{
    auto *line = new QLineEdit(m_form);
    line->setClearButtonEnabled(true);
    line->setMaxLength(keyboardinput::kMaxText);
    line->setToolTip(tr("Enter sends the line to the keyboard's targets"));
    auto *send = new QPushButton(tr("Send"), m_form);
    send->setObjectName(QStringLiteral("sendLine"));
    send->setToolTip(tr("Type the line at the keyboard (Enter)"));
    auto *row = new QHBoxLayout;
    row->setSpacing(6);
    row->addWidget(line, 1);
    row->addWidget(send);
    m_formLayout->addRow(tr("Type"), row);
    auto *error = new QLabel(m_form);
    error->setObjectName(QStringLiteral("typeError"));
    error->setWordWrap(true);
    QPalette palette = error->palette();
    palette.setColor(QPalette::WindowText, theme::colors().error);
    error->setPalette(palette);
    error->hide();
    m_formLayout->addRow(QString(), error);
    const auto nothing = [](const NodeSpec &) {
    };
    m_fields.append({ QStringLiteral("type"), line, nothing });
    m_fields.append({ QStringLiteral("send"), send, nothing });
    m_fields.append({ QStringLiteral("typeError"), error, nothing });
    const auto typeLine = [this, id, line, error] {
        const QString problem
            = keyboardinput::type(m_runtime, m_editor->circuit(), id, line->text());
        error->setText(problem);
        error->setVisible(!problem.isEmpty());
        if (problem.isEmpty())
            line->clear();
    };
    connect(line, &QLineEdit::returnPressed, this, typeLine);
    connect(send, &QPushButton::clicked, this, typeLine);
    connect(line, &QLineEdit::textEdited, error, &QLabel::hide);
}

void InspectorWidget::updateTypeRow()
{
    QWidget *line = field(QStringLiteral("type"));
    if (!line)
        return;
    const bool runs = keyboardinput::whyNot(m_runtime, m_editor->circuit(), m_node).isEmpty();
    line->setEnabled(runs);
    field(QStringLiteral("send"))->setEnabled(runs);
    static_cast<QLineEdit *>(line)->setPlaceholderText(
        runs ? tr("A line for its targets, then Enter") : tr("Start the keyboard to type"));
    if (!runs)
        field(QStringLiteral("typeError"))->hide();
}

} // namespace wb
