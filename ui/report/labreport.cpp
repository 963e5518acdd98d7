#include "labreport.h"

#include "document/circuit.h"
#include "reportpage.h"
#include "reportsections.h"

#include <QCoreApplication>
#include <QGraphicsScene>
#include <QLocale>
#include <QPdfWriter>
#include <QSaveFile>

namespace wb::labreport {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("wb::labreport", text, disambiguation, n);
}

void titlePage(ReportPage &page, const LabReportInput &input)
{
    QFont big = page.headingFont();
    big.setPointSizeF(24);
    page.skip(page.area().height() / 4);
    page.text(input.title.isEmpty() ? tr("Untitled circuit") : input.title, big);
    QFont sub = page.bodyFont();
    sub.setPointSizeF(13);
    page.text(tr("Wirebench lab report"), sub);
    page.skip(40);
    page.text(
        tr("Student: %1").arg(input.student.isEmpty() ? tr("(not given)") : input.student), sub);
    page.text(tr("Date: %1").arg(QLocale().toString(input.date, QLocale::LongFormat)), sub);
    if (input.circuit) {
        page.text(tr("%n node(s), ", nullptr, input.circuit->count())
                + tr("%n wire(s)", nullptr, input.circuit->wireCount()),
            page.bodyFont());
    }
    page.newPage();
}

void circuitSection(ReportPage &page, const LabReportInput &input)
{
    page.heading(sectionTitles().at(0));
    if (!input.scene || input.scene->itemsBoundingRect().isEmpty()) {
        page.text(tr("The circuit is empty."));
        return;
    }
    const QRectF source = input.scene->itemsBoundingRect().adjusted(-20, -20, 20, 20);
    const int maxHeight = page.area().height() * 3 / 5;
    const qreal scale = std::min(page.width() / source.width(), maxHeight / source.height());
    const QRect target = page.take(int(source.height() * scale));
    QRectF fitted(target.topLeft(), source.size() * scale);
    fitted.moveLeft(target.left() + (target.width() - fitted.width()) / 2);
    page.painter().save();
    page.painter().setClipRect(target);
    input.scene->render(&page.painter(), fitted, source, Qt::KeepAspectRatio);
    page.painter().restore();
    if (input.circuit) {
        QList<QStringList> rows;
        for (const NodeSpec &spec : input.circuit->nodes()) {
            const QString address = kinds::hasServer(spec.kind)
                ? QStringLiteral("%1:%2").arg(spec.host).arg(spec.port)
                : QStringLiteral("—");
            rows << QStringList { spec.name, kinds::name(spec.kind), address };
        }
        page.table({ tr("Node"), tr("Kind"), tr("Address") }, rows, { 3, 2, 3 });
    }
}

void checksSection(ReportPage &page, const LabReportInput &input)
{
    page.heading(sectionTitles().at(1));
    if (input.checks.isEmpty()) {
        page.text(tr("No lesson checks: this circuit was not opened as a lesson."));
        return;
    }
    QList<QStringList> rows;
    int passed = 0;
    for (const ReportCheck &check : input.checks) {
        const QString state = check.state.toLower();
        const QString mark = state == QLatin1String("passed") ? tr("✓ passed")
            : state == QLatin1String("failed")                ? tr("✗ failed")
                                                              : QStringLiteral("… ") + state;
        passed += state == QLatin1String("passed");
        rows << QStringList { check.text, mark };
        if (!check.detail.isEmpty())
            rows << QStringList { QStringLiteral("    ") + check.detail, QString() };
    }
    page.text(tr("%1 of %2 checks passed.").arg(passed).arg(input.checks.size()));
    page.table({ tr("Check"), tr("Result") }, rows, { 5, 1 });
}

} // namespace

QString write(const LabReportInput &input, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QStringLiteral("%1: %2").arg(path, file.errorString());
    {
        QPdfWriter writer(&file);
        writer.setTitle(tr("Lab report: %1").arg(input.title));
        writer.setCreator(QStringLiteral("Wirebench"));
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setResolution(96); // one pixel of the views is one pixel of the page
        ReportPage page(&writer);
        if (!page.isActive())
            return tr("%1: the PDF could not be started").arg(path);
        titlePage(page, input);
        circuitSection(page, input);
        checksSection(page, input);
        page.ensure(page.area().height() / 2); // the chart starts on a page with room for it
        page.heading(sectionTitles().at(2));
        reportsections::chart(page, input.chart, input.fromNs, input.toNs);
        page.heading(sectionTitles().at(3));
        reportsections::analyzer(page, input.analyzer, input.fromNs, input.toNs);
        page.heading(sectionTitles().at(4));
        reportsections::statistics(page, input);
        page.heading(sectionTitles().at(5));
        page.text(input.notes.trimmed().isEmpty() ? tr("(no notes)") : input.notes);
    }
    if (!file.commit())
        return QStringLiteral("%1: %2").arg(path, file.errorString());
    return {};
}

} // namespace wb::labreport
