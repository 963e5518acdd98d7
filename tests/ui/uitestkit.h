#pragma once

// Helpers shared by the workbench tests: circuits written to temporary files, free ports,
// a window with throw-away settings, and answers to the window's questions.
#include "document/circuitformat.h"
#include "documentcontroller.h"
#include "mainwindow.h"

#include <QSettings>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace uitest {

inline wb::NodeSpec node(const QString &name, wb::NodeKind kind, quint16 port = 0,
                         QVariantMap params = {})
{
    wb::NodeSpec spec;
    spec.name = name;
    spec.kind = kind;
    spec.port = port;
    spec.params = wb::kinds::defaultParams(kind);
    for (auto it = params.cbegin(); it != params.cend(); ++it)
        spec.params.insert(it.key(), it.value());
    return spec;
}

// A port nobody listens on right now (the kernel's choice, then released).
inline quint16 freePort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        qFatal("cannot listen");
    return server.serverPort();
}

// Nodes with ids 1..n, positions, and `wires` (ids 1..m) as (from, to) pairs of indices into
// `nodes`.
inline wb::circuitformat::Document circuit(
    QList<wb::NodeSpec> nodes, const QList<QPair<int, int>> &wires, const QString &title = {})
{
    wb::circuitformat::Document document;
    document.title = title;
    for (int i = 0; i < nodes.size(); ++i) {
        nodes[i].id = i + 1;
        nodes[i].position = QPointF(i * 200.0, 0.0);
    }
    document.nodes = nodes;
    for (const auto &[from, to] : wires)
        document.wires.append({ wb::WireId(document.wires.size() + 1), from + 1, to + 1, {}, {} });
    return document;
}

// Writes a circuit file. Files need real ports: a server node given port 0 gets a free one.
inline QString writeCircuit(const QTemporaryDir &dir, const QString &file,
                            const QList<wb::NodeSpec> &nodes, const QList<QPair<int, int>> &wires,
                            const QString &title = QStringLiteral("test circuit"))
{
    wb::circuitformat::Document document = circuit(nodes, wires, title);
    for (wb::NodeSpec &spec : document.nodes) {
        if (spec.port == 0 && wb::kinds::hasServer(spec.kind))
            spec.port = freePort();
    }
    const QString path = dir.filePath(file);
    const QString error = wb::circuitformat::save(path, document);
    if (!error.isEmpty())
        qFatal("cannot write %s: %s", qPrintable(path), qPrintable(error));
    if (const wb::circuitformat::Result check = wb::circuitformat::load(path); !check.ok())
        qFatal("cannot read back %s: %s", qPrintable(path), qPrintable(check.error));
    return path;
}

// A window with settings in a temporary file, and no questions asked unless a test sets them.
struct Window
{
    QTemporaryDir dir;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<wb::MainWindow> window;
    QStringList prompts; // the names the unsaved-changes question was asked about

    explicit Window(wb::DocumentController::Answer answer = wb::DocumentController::Answer::Discard)
    {
        settings = std::make_unique<QSettings>(dir.filePath(QStringLiteral("settings.ini")),
                                               QSettings::IniFormat);
        window = std::make_unique<wb::MainWindow>(settings.get());
        setAnswer(answer);
        window->documents()->setFileChooser(
            [](bool, const QString &, std::function<void(const QString &)> chosen) {
                chosen({}); // tests that need a file set their own chooser
            });
    }
    ~Window()
    {
        setAnswer(wb::DocumentController::Answer::Discard);
        window->close();
    }
    void setAnswer(wb::DocumentController::Answer answer)
    {
        window->documents()->setPrompt(
            [this, answer](const QString &name,
                           std::function<void(wb::DocumentController::Answer)> reply) {
                prompts << name;
                reply(answer);
            });
    }
    void chooseFile(const QString &path)
    {
        window->documents()->setFileChooser(
            [path](bool, const QString &, std::function<void(const QString &)> chosen) {
                chosen(path);
            });
    }
    wb::MainWindow *operator->() const { return window.get(); }
};

// Shows the window at a size that leaves the canvas room, exposed and active, as a person
// would have it.
inline void show(Window &w, QSize size = QSize(1300, 860))
{
    w->resize(size);
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w.window.get()));
    w->activateWindow();
}

} // namespace uitest
