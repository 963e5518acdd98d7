#include "filechooser.h"

#include <QFileDialog>
#include <QFileInfo>

namespace wb {

void chooseFile(QWidget *parent, const QString &title, const QStringList &filters, bool save,
    const std::function<void(const QString &)> &done)
{
    auto *dialog = new QFileDialog(parent, title);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setNameFilters(filters);
    dialog->setAcceptMode(save ? QFileDialog::AcceptSave : QFileDialog::AcceptOpen);
    dialog->setFileMode(save ? QFileDialog::AnyFile : QFileDialog::ExistingFile);
    QObject::connect(
        dialog, &QFileDialog::fileSelected, parent, [dialog, save, done](QString path) {
            if (save && QFileInfo(path).suffix().isEmpty()) {
                const QString filter = dialog->selectedNameFilter();
                const qsizetype star = filter.indexOf(QLatin1String("*."));
                if (star >= 0)
                    path += filter.mid(star + 1, filter.indexOf(u')', star) - star - 1);
            }
            done(path);
        });
    dialog->open();
}

} // namespace wb
