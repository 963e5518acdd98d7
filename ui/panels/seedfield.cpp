#include "seedfield.h"

#include "circuiteditor.h"
#include "document/circuit.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>

namespace wb {

SeedField::SeedField(CircuitEditor *editor, QWidget *parent)
    : QWidget(parent), m_editor(editor), m_edit(new QLineEdit(this))
{
    m_edit->setPlaceholderText(tr("random each run"));
    m_edit->setToolTip(tr("The fault rules' random choices follow from the seed: the same seed "
                          "drops, copies and delays the same messages again"));
    // Nineteen digits stay below 2^64.
    m_edit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,19}")), m_edit));
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 4, 0, 0);
    form->setHorizontalSpacing(12);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->addRow(tr("Run seed"), m_edit);
    connect(m_edit, &QLineEdit::editingFinished, this, [this] {
        m_edit->setModified(false);
        const QString text = m_edit->text().trimmed();
        m_editor->setSeed(
            text.isEmpty() ? std::nullopt : std::optional<quint64>(text.toULongLong()));
    });
    connect(m_editor->circuit(), &Circuit::seedChanged, this, &SeedField::reload);
    connect(m_editor->circuit(), &Circuit::reset, this, &SeedField::reload);
    connect(m_editor, &CircuitEditor::refused, this, &SeedField::reload);
    reload();
}

void SeedField::reload()
{
    if (m_edit->hasFocus() && m_edit->isModified())
        return;
    const std::optional<quint64> seed = m_editor->circuit()->seed();
    m_edit->setText(seed ? QString::number(*seed) : QString());
}

} // namespace wb
