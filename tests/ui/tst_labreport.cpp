// File ▸ Export Lab Report… on a real short run: the PDF is read back by poppler's pdftotext
// and rendered by pdftoppm as real processes: the title page, then the sections in order, the
// student's name, the checks, the nodes, the round trips and the notes are in its text, long
// notes break onto further pages, and every page renders with something drawn on it.
#include "analyzer/logicanalyzer.h"
#include "report/labreport.h"
#include "report/reportdialog.h"
#include "runtime/meshruntime.h"
#include "runtime/traffic.h"
#include "uitestkit.h"
#include "windowactions.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QImage>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>

using wb::NodeKind;

namespace {

constexpr int kTimeout = 20000;

// A clock that ticks ten times, 50 ms apart, into an LED.
void loadClockAndLed(uitest::Window &w)
{
    const wb::circuitformat::Document document = uitest::circuit(
        { uitest::node(QStringLiteral("clock"), NodeKind::Clock, 0,
              { { QStringLiteral("tacks"), 10 }, { QStringLiteral("delay"), 0.05 } }),
            uitest::node(QStringLiteral("lamp"), NodeKind::Led, uitest::freePort()) },
        { { 0, 1 } }, QStringLiteral("Blinking lamp"));
    wb::circuitformat::setDocument(w->circuit(), document);
}

// Runs a program to its end; its standard output.
QByteArray run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        qWarning() << program << arguments << process.readAllStandardError();
        return {};
    }
    return process.readAllStandardOutput();
}

// The share of a page's pixels that are not white.
double inkOf(const QImage &page)
{
    qint64 ink = 0;
    const QImage rgb = page.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < rgb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x)
            ink += qGray(line[x]) < 200;
    }
    return double(ink) / double(rgb.width() * rgb.height());
}

} // namespace

class TestLabReport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_window = std::make_unique<uitest::Window>();
        loadClockAndLed(*m_window);
        uitest::show(*m_window);
    }

    void cleanup() { m_window.reset(); }

    void report_data()
    {
        QTest::addColumn<bool>("running");
        QTest::addColumn<bool>("wholeRun");
        QTest::addColumn<int>("noteLines");
        QTest::newRow("a run, the whole of it") << true << true << 3;
        QTest::newRow("a run, its first 0.2 s") << true << false << 3;
        QTest::newRow("long notes") << true << true << 400;
        QTest::newRow("nothing run yet") << false << true << 1;
    }

    void report()
    {
        QFETCH(bool, running);
        QFETCH(bool, wholeRun);
        QFETCH(int, noteLines);
        uitest::Window &w = *m_window;
        if (running) {
            QSignalSpy traffic(w->runtime(), &wb::MeshRuntime::traffic);
            QTest::keyClick(w.window.get(), Qt::Key_F5);
            const auto acked = [&traffic] {
                return std::count_if(
                    traffic.cbegin(), traffic.cend(), [](const QList<QVariant> &a) {
                        return a.first().value<wb::TrafficEvent>().type
                            == wb::TrafficEvent::Type::AckReceived;
                    });
            };
            QTRY_VERIFY_WITH_TIMEOUT(acked() >= 10, kTimeout);
            QTest::keyClick(w.window.get(), Qt::Key_F5, Qt::ShiftModifier);
            QTRY_VERIFY_WITH_TIMEOUT(!w->runtime()->isRunning(), kTimeout);
        }

        w->actions()->exportReport->trigger();
        wb::ReportDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = w->findChild<wb::ReportDialog *>()), 5000);
        QTest::keyClicks(dialog->studentField(), QStringLiteral("Ada Lovelace"));
        QStringList notes;
        for (int i = 1; i <= noteLines; ++i)
            notes << QStringLiteral("Observation %1: the lamp lit on every tick.").arg(i);
        dialog->notesField()->setPlainText(notes.join(u'\n'));
        QVERIFY(dialog->wholeRunBox()->isChecked());
        if (!wholeRun) {
            dialog->wholeRunBox()->click();
            QVERIFY(dialog->fromField()->isEnabled());
            dialog->fromField()->setValue(0);
            dialog->toField()->setValue(0.2);
        }
        dialog->setChecks({ { QStringLiteral("every tick acknowledged"), QStringLiteral("passed"),
                                QStringLiteral("10 of 10 ticks acknowledged") },
            { QStringLiteral("the lamp heard at least 20 ones"), QStringLiteral("failed"),
                QStringLiteral("4 of 20") } });

        const QString pdf = w.dir.filePath(QStringLiteral("report.pdf"));
        QCOMPARE(dialog->exportTo(pdf), QString());
        QVERIFY(QFileInfo(pdf).size() > 1000);

        // Its text, as poppler reads it.
        const QString text = QString::fromUtf8(run(
            QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") }));
        QVERIFY2(!text.isEmpty(), "pdftotext read nothing");
        const QStringList pages = text.split(u'\f', Qt::SkipEmptyParts);
        QVERIFY(pages.first().contains(QStringLiteral("Blinking lamp")));
        QVERIFY(pages.first().contains(QStringLiteral("Ada Lovelace")));
        QVERIFY(pages.first().contains(QStringLiteral("Wirebench lab report")));
        qsizetype at = pages.first().size();
        for (const QString &section : wb::labreport::sectionTitles()) {
            const qsizetype found = text.indexOf(section, at);
            QVERIFY2(found > at, qPrintable(section + " missing or out of order"));
            at = found;
        }
        QVERIFY(text.contains(QStringLiteral("every tick acknowledged")));
        QVERIFY(text.contains(QStringLiteral("1 of 2 checks passed")));
        QVERIFY(text.contains(QStringLiteral("lamp")));
        QVERIFY(text.contains(QStringLiteral("clock → lamp")));
        QVERIFY(text.contains(notes.first()));
        QVERIFY(text.contains(notes.last()));
        if (running) {
            QVERIFY(text.contains(QStringLiteral("Round trips")));
            // Every tick, in the wire's counts and, for the whole run, in the round trips.
            static const QRegularExpression all(QStringLiteral("clock → lamp\\s+10\\s+10\\s"));
            int rows = 0;
            for (auto it = all.globalMatch(text); it.hasNext(); it.next())
                ++rows;
            QCOMPARE(rows, wholeRun ? 2 : 1);
            QVERIFY(!text.contains(QStringLiteral("No messages were recorded")));
            QVERIFY(text.contains(
                wholeRun ? QStringLiteral("From 0.0") : QStringLiteral("From 0.000 s to 0.200 s")));
        } else {
            QVERIFY(text.contains(QStringLiteral("No messages were recorded")));
        }
        if (noteLines > 100)
            QVERIFY(
                text.indexOf(notes.last()) > text.lastIndexOf(u'\f', text.indexOf(notes.first())));

        // Every page, rendered: something drawn on each, the title page too.
        const QString prefix = w.dir.filePath(QStringLiteral("page"));
        run(QStringLiteral("pdftoppm"),
            { QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("40"), pdf, prefix });
        const QStringList images
            = QDir(w.dir.path())
                  .entryList({ QStringLiteral("page-*.png") }, QDir::Files, QDir::Name);
        QCOMPARE(images.size(), pages.size());
        QVERIFY(images.size() >= (noteLines > 100 ? 5 : running ? 3 : 2));
        for (const QString &name : images) {
            const QImage page(w.dir.filePath(name));
            QVERIFY2(!page.isNull(), qPrintable(name));
            QVERIFY2(page.width() < page.height(), "A4 upright");
            const double ink = inkOf(page);
            QVERIFY2(
                ink > 0.002, qPrintable(QStringLiteral("%1 is blank (%2)").arg(name).arg(ink)));
        }
    }

    void unwritablePathSaysWhere()
    {
        uitest::Window &w = *m_window;
        wb::ReportDialog dialog(w.window.get());
        const QString path = w.dir.filePath(QStringLiteral("no/such/folder/report.pdf"));
        const QString error = dialog.exportTo(path);
        QVERIFY(error.contains(path));
        QVERIFY(!QFileInfo::exists(path));
    }

private:
    std::unique_ptr<uitest::Window> m_window;
};

QTEST_MAIN(TestLabReport)
#include "tst_labreport.moc"
