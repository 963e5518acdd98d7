#include "documentcontroller.h"

#include "document/circuit.h"
#include "document/circuitformat.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QUndoStack>

namespace wb {

namespace {

QString fileFilter()
{
    return DocumentController::tr("Wirebench circuits (*.json);;All files (*)");
}

} // namespace

DocumentController::DocumentController(Circuit *circuit, QUndoStack *undoStack,
                                       QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_circuit(circuit)
    , m_undoStack(undoStack)
    , m_dialogParent(dialogParent)
{
    m_prompt = [this](const QString &name, std::function<void(Answer)> answer) {
        defaultPrompt(name, std::move(answer));
    };
    m_chooser = [this](bool save, const QString &suggestion,
                       std::function<void(const QString &)> chosen) {
        defaultChooser(save, suggestion, std::move(chosen));
    };
    connect(m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
    connect(m_undoStack, &QUndoStack::indexChanged, this, &DocumentController::edited);
}

QString DocumentController::displayName() const
{
    if (!m_path.isEmpty())
        return QFileInfo(m_path).fileName();
    return m_name.isEmpty() ? tr("Untitled") : m_name;
}

bool DocumentController::isModified() const
{
    return !m_undoStack->isClean();
}

void DocumentController::newDocument()
{
    whenSafeToDiscard([this] {
        m_circuit->setTitle({});
        m_circuit->setContents({});
        m_undoStack->clear();
        m_path.clear();
        m_name.clear();
        Q_EMIT documentChanged();
    });
}

void DocumentController::open()
{
    whenSafeToDiscard([this] {
        const QString dir = m_path.isEmpty()
            ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
            : QFileInfo(m_path).absolutePath();
        m_chooser(false, dir, [this](const QString &path) {
            if (!path.isEmpty())
                load(path);
        });
    });
}

void DocumentController::openFile(const QString &path)
{
    whenSafeToDiscard([this, path] { load(path); });
}

bool DocumentController::load(const QString &path)
{
    const circuitformat::Result result = circuitformat::load(path);
    if (!result.ok()) {
        Q_EMIT failed(result.error);
        return false;
    }
    circuitformat::setDocument(m_circuit, result.document);
    m_undoStack->clear();
    const bool resource = path.startsWith(QLatin1Char(':'));
    // An example opens as an untitled copy: saving asks where, never over the resource.
    m_path = resource ? QString() : QFileInfo(path).absoluteFilePath();
    m_name = resource ? QFileInfo(path).fileName() : QString();
    Q_EMIT documentChanged();
    Q_EMIT loaded(path);
    return true;
}

circuitformat::Document DocumentController::document() const
{
    return circuitformat::documentOf(*m_circuit);
}

void DocumentController::restore(const circuitformat::Document &document, const QString &path,
                                 const QString &name)
{
    circuitformat::setDocument(m_circuit, document);
    m_undoStack->clear();
    m_undoStack->resetClean(); // nothing on disk holds these changes yet
    m_path = path;
    m_name = path.isEmpty() ? name : QString();
    Q_EMIT documentChanged();
}

void DocumentController::save(std::function<void(bool)> done)
{
    if (m_path.isEmpty()) {
        saveAs(std::move(done));
        return;
    }
    const bool ok = saveTo(m_path);
    if (done)
        done(ok);
}

void DocumentController::saveAs(std::function<void(bool)> done)
{
    QString suggestion = m_path;
    if (suggestion.isEmpty()) {
        const QString base = m_name.isEmpty() ? QStringLiteral("circuit.json") : m_name;
        suggestion = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
            + QLatin1Char('/') + base;
    }
    m_chooser(true, suggestion, [this, done](const QString &path) {
        const bool ok = !path.isEmpty() && saveTo(path);
        if (done)
            done(ok);
    });
}

bool DocumentController::saveTo(const QString &path)
{
    QString target = path;
    if (QFileInfo(target).suffix().isEmpty())
        target += QStringLiteral(".json");
    const QString error = circuitformat::save(target, document());
    if (!error.isEmpty()) {
        Q_EMIT failed(error);
        return false;
    }
    m_path = QFileInfo(target).absoluteFilePath();
    m_name.clear();
    m_undoStack->setClean();
    Q_EMIT documentChanged();
    Q_EMIT saved(m_path);
    return true;
}

void DocumentController::whenSafeToDiscard(std::function<void()> proceed)
{
    if (!isModified()) {
        proceed();
        return;
    }
    m_prompt(displayName(), [this, proceed](Answer answer) {
        switch (answer) {
        case Answer::Discard:
            proceed();
            break;
        case Answer::Save:
            save([proceed](bool ok) {
                if (ok)
                    proceed();
            });
            break;
        case Answer::Cancel:
            break;
        }
    });
}

void DocumentController::defaultPrompt(const QString &name, std::function<void(Answer)> answer)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Unsaved changes"),
                                tr("Save the changes to “%1”?").arg(name),
                                QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                m_dialogParent);
    box->setInformativeText(tr("Your changes are lost if you don't save them."));
    box->setDefaultButton(QMessageBox::Save);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::finished, this, [box, answer](int) {
        const QMessageBox::StandardButton button = box->standardButton(box->clickedButton());
        answer(button == QMessageBox::Save      ? Answer::Save
                   : button == QMessageBox::Discard ? Answer::Discard
                                                    : Answer::Cancel);
    });
    box->open();
}

void DocumentController::defaultChooser(bool save, const QString &suggestion,
                                        std::function<void(const QString &)> chosen)
{
    auto *dialog = new QFileDialog(m_dialogParent, save ? tr("Save circuit") : tr("Open circuit"),
                                   suggestion, fileFilter());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(save ? QFileDialog::AcceptSave : QFileDialog::AcceptOpen);
    dialog->setFileMode(save ? QFileDialog::AnyFile : QFileDialog::ExistingFile);
    dialog->setDefaultSuffix(QStringLiteral("json"));
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QFileDialog::finished, this, [dialog, chosen](int result) {
        const QStringList files = dialog->selectedFiles();
        chosen(result == QDialog::Accepted && !files.isEmpty() ? files.first() : QString());
    });
    dialog->open();
}

} // namespace wb
