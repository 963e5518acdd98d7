#pragma once

#include <QWidget>

class QLineEdit;

namespace wb {

class CircuitEditor;

// The run's seed, shown by the inspector when nothing is selected: the delivery gate's fault
// decisions follow from it, so the same seed repeats a run's drops, copies and delays exactly
// (docs/delivery.md). Empty: a new seed every run. An edit is one undoable RunSettingsCommand.
class SeedField final : public QWidget
{
    Q_OBJECT
public:
    explicit SeedField(CircuitEditor *editor, QWidget *parent = nullptr);

    QLineEdit *edit() const { return m_edit; }

private:
    void reload();

    CircuitEditor *m_editor;
    QLineEdit *m_edit;
};

} // namespace wb
