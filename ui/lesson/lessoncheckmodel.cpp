#include "lessoncheckmodel.h"

#include "lesson/lessonchecker.h"

#include <QColor>

namespace wb {

LessonCheckModel::LessonCheckModel(QObject *parent) : QAbstractTableModel(parent)
{ }

void LessonCheckModel::setChecker(LessonChecker *checker, const QStringList &sources)
{
    beginResetModel();
    if (m_checker)
        disconnect(m_checker, nullptr, this, nullptr);
    m_checker = checker;
    m_sources = sources;
    if (checker) {
        connect(checker, &LessonChecker::outcomeChanged, this,
            [this](int row) { Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1)); });
        connect(checker, &QObject::destroyed, this, [this] { setChecker(nullptr, {}); });
    }
    endResetModel();
}

QList<CheckOutcome> LessonCheckModel::outcomes() const
{
    return m_checker ? m_checker->outcomes() : QList<CheckOutcome>();
}

int LessonCheckModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_checker ? 0 : int(m_checker->outcomes().size());
}

int LessonCheckModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LessonCheckModel::mark(CheckOutcome::State state)
{
    switch (state) {
    case CheckOutcome::State::Passed:
        return QStringLiteral("✓");
    case CheckOutcome::State::Failed:
        return QStringLiteral("✗");
    case CheckOutcome::State::Pending:
        break;
    }
    return QStringLiteral("…");
}

QVariant LessonCheckModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_checker || index.row() >= m_checker->outcomes().size())
        return {};
    const CheckOutcome o = m_checker->outcomes().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == CheckColumn)
            return QString(mark(o.state) + u' ' + o.text);
        return o.state == CheckOutcome::State::Pending && o.detail.isEmpty()
            ? tr("waiting for the run")
            : o.detail;
    case Qt::ForegroundRole:
        if (index.column() != CheckColumn || o.state == CheckOutcome::State::Pending)
            return {};
        // Green and red that read on light and dark themes alike.
        return o.state == CheckOutcome::State::Passed ? QColor(0x2e, 0x9d, 0x4f)
                                                      : QColor(0xd0, 0x3b, 0x3b);
    case Qt::ToolTipRole:
        return QStringLiteral("%1\n%2\n\n%3").arg(o.text, o.detail, m_sources.value(index.row()));
    case StateRole:
        return int(o.state);
    default:
        return {};
    }
}

QVariant LessonCheckModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == CheckColumn ? tr("Check") : tr("Detail");
}

} // namespace wb
