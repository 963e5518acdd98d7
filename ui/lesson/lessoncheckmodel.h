#pragma once

#include "lesson/lessoncheck.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace wb {

class LessonChecker;

// The checks of the open lesson as a table (the check, its detail), following a LessonChecker
// live: a row changes as its check turns ✓ or ✗. Qt::UserRole holds the CheckOutcome::State.
class LessonCheckModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { CheckColumn, DetailColumn, ColumnCount };
    static constexpr int StateRole = Qt::UserRole;

    explicit LessonCheckModel(QObject *parent = nullptr);

    // Follows `checker` (null: no lesson, no rows); `sources` are the checks as written, for
    // the tooltips.
    void setChecker(LessonChecker *checker, const QStringList &sources);
    QList<CheckOutcome> outcomes() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString mark(CheckOutcome::State state);

private:
    QPointer<LessonChecker> m_checker;
    QStringList m_sources;
};

} // namespace wb
