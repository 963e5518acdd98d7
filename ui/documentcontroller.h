#pragma once

#include "document/circuitformat.h"

#include <QObject>
#include <QString>
#include <functional>

class QUndoStack;
class QWidget;

namespace wb {

class Circuit;

// The circuit as a file: new, open, save, save as, and the question whether unsaved changes may
// go. "Modified" is the undo stack's clean state. Nothing here blocks: the questions are asked
// through replaceable callbacks (dialogs opened with open(), never exec()), so a test answers
// them directly.
class DocumentController final : public QObject
{
    Q_OBJECT
public:
    enum class Answer { Save, Discard, Cancel };
    using Prompt = std::function<void(const QString &name, std::function<void(Answer)> answer)>;
    // save: a file to write (else one to read); an empty path means cancelled.
    using FileChooser = std::function<void(bool save, const QString &suggestion,
                                           std::function<void(const QString &path)> chosen)>;

    DocumentController(Circuit *circuit, QUndoStack *undoStack, QWidget *dialogParent,
                       QObject *parent = nullptr);

    QString path() const { return m_path; } // empty: untitled (new, or an example)
    QString displayName() const;
    bool isModified() const;

    void setPrompt(Prompt prompt) { m_prompt = std::move(prompt); }
    void setFileChooser(FileChooser chooser) { m_chooser = std::move(chooser); }

    // Each asks about unsaved changes first.
    void newDocument();
    void open();                     // asks for the file
    void openFile(const QString &path); // a file, or an example (":/...")

    // Saves (Save As when untitled); `done(true)` once written.
    void save(std::function<void(bool)> done = {});
    void saveAs(std::function<void(bool)> done = {});

    // No questions: for the command line and after the user agreed.
    bool load(const QString &path);
    bool saveTo(const QString &path);

    // What a save would write now.
    circuitformat::Document document() const;
    // A document that was never saved there, such as autosaved changes after a crash: it keeps
    // `path` (empty: untitled, shown as `name`) and is marked modified.
    void restore(const circuitformat::Document &document, const QString &path,
                 const QString &name = {});

    // Runs `proceed` once the current document may be replaced or closed: it is unmodified,
    // or the user saved or discarded it. Never runs it when the user cancels.
    void whenSafeToDiscard(std::function<void()> proceed);

Q_SIGNALS:
    void documentChanged(); // path or name changed (title)
    void modifiedChanged(bool modified);
    void edited(); // an edit was done, undone or redone
    void loaded(const QString &path);
    void saved(const QString &path);
    void failed(const QString &error);

private:
    void defaultPrompt(const QString &name, std::function<void(Answer)> answer);
    void defaultChooser(bool save, const QString &suggestion,
                        std::function<void(const QString &)> chosen);

    Circuit *m_circuit;
    QUndoStack *m_undoStack;
    QWidget *m_dialogParent;
    QString m_path;
    QString m_name;
    Prompt m_prompt;
    FileChooser m_chooser;
};

} // namespace wb
