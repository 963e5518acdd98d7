// The workbench's LAN security (issue 7, docs/security.md "The workbench"): a token set through
// the dialog or the settings API makes a LAN node of a running circuit refuse (HTTP 401) a real
// client without it and serve one with it; a change while the circuit runs waits for the next
// Run; a generated token lives in an owner-only file, never in the settings; the dialog refuses
// what cannot work with a clear message; the LAN tag and the inspector say what is in force;
// the wirebench command line refuses bad files before any window. The LAN node listens on all
// addresses, but every byte goes to 127.0.0.1.
#include "../core/certificatekit.h"
#include "canvas/circuitscene.h"
#include "canvas/nodeitem.h"
#include "canvastestkit.h"
#include "circuiteditor.h"
#include "document/circuit.h"
#include "mainwindow.h"
#include "net/handshakepolicy.h"
#include "networksecurity.h"
#include "networksecuritycontrol.h"
#include "networksecuritydialog.h"
#include "nodeselection.h"
#include "panels/inspectorwidget.h"
#include "runtime/meshruntime.h"
#include "windowactions.h"

#include <QCheckBox>
#include <QClipboard>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QNetworkRequest>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>
#include <memory>
#include <sys/stat.h>

using wb::NetworkSecurity;
using wb::NodeKind;

namespace {

constexpr int kWaitMs = 10000;

// What a client gets from a node: "served" with the LED's ack, or the handshake's error.
QString tryClient(quint16 port, const QByteArray &token)
{
    QWebSocket socket;
    QString outcome;
    QObject::connect(&socket, &QWebSocket::connected, &socket,
        [&socket] { socket.sendTextMessage(QStringLiteral("1")); });
    QObject::connect(&socket, &QWebSocket::textMessageReceived, &socket,
        [&outcome](const QString &ack) { outcome = QStringLiteral("served ") + ack; });
    QObject::connect(&socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), &socket,
        [&socket, &outcome](QAbstractSocket::SocketError) {
            if (outcome.isEmpty())
                outcome = socket.errorString();
        });
    QNetworkRequest request(QUrl(QStringLiteral("ws://127.0.0.1:%1/led").arg(port)));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    socket.open(request);
    if (!QTest::qWaitFor([&outcome] { return !outcome.isEmpty(); }, kWaitMs))
        outcome = QStringLiteral("no answer");
    socket.abort();
    return outcome;
}

void writeFile(const QString &path, const QByteArray &text)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text);
}

} // namespace

class TestNetworkSecurity final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    wb::SocketPolicy m_processDefaults;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<wb::Circuit> m_circuit;
    std::unique_ptr<wb::MeshRuntime> m_runtime;
    std::unique_ptr<wb::NetworkSecurityControl> m_control;
    wb::NodeId m_led = 0;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    quint16 runLed()
    {
        m_runtime->startAll();
        if (!QTest::qWaitFor([this] { return m_runtime->listeningPort(m_led) != 0; }, kWaitMs))
            return 0;
        return m_runtime->listeningPort(m_led);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_processDefaults = wb::SocketPolicy::processDefaults();
        QVERIFY(wbtest::makeCertificate(path(QStringLiteral("a"))));
        // A pipe nobody writes to: opening it for reading would wait for ever.
        QCOMPARE(::mkfifo(QFile::encodeName(path(QStringLiteral("pipe"))).constData(), 0600), 0);
        QVERIFY(wbtest::makeCertificate(path(QStringLiteral("b"))));
        writeFile(path(QStringLiteral("short-token")), "abc\n");
        writeFile(path(QStringLiteral("good-token")), QByteArray(32, 'a') + '\n');
    }

    void init()
    {
        QFile::remove(path(QStringLiteral("wirebench.ini")));
        QFile::remove(path(QStringLiteral("lan-token")));
        m_settings = std::make_unique<QSettings>(
            path(QStringLiteral("wirebench.ini")), QSettings::IniFormat);
        m_circuit = std::make_unique<wb::Circuit>();
        wb::NodeSpec led = canvastest::node(QStringLiteral("led"), NodeKind::Led, { 0, 0 }, 0);
        led.host = QStringLiteral("0.0.0.0"); // reachable from the LAN; we use 127.0.0.1 only
        m_led = m_circuit->addNode(led);
        m_runtime = std::make_unique<wb::MeshRuntime>(m_circuit.get());
        m_control = std::make_unique<wb::NetworkSecurityControl>(
            m_runtime.get(), m_settings.get(), nullptr, nullptr);
        m_control->restore();
    }

    void cleanup()
    {
        m_runtime->stopAll();
        m_control.reset();
        m_runtime.reset();
        m_circuit.reset();
        m_settings.reset();
        wb::SocketPolicy::setProcessDefaults(m_processDefaults);
    }

    void tokenGuardsTheLanNode()
    {
        // Open by default: the seed's peers need nothing.
        quint16 port = runLed();
        QVERIFY(port != 0);
        QCOMPARE(tryClient(port, {}), QStringLiteral("served on"));
        m_runtime->stopAll();

        NetworkSecurity choice;
        choice.tokenSource = NetworkSecurity::TokenSource::Generated;
        const QByteArray token = NetworkSecurity::generateToken();
        QCOMPARE(token.size(), 64); // 256 bits in hex
        QCOMPARE(m_control->apply(choice, token), QString());

        port = runLed();
        QVERIFY(tryClient(port, {}).contains(QStringLiteral("401")));
        QVERIFY(tryClient(port, QByteArray(64, 'f')).contains(QStringLiteral("401")));
        QCOMPARE(tryClient(port, token), QStringLiteral("served on"));

        // The token has a file of its own, owner-only; the settings name the choice only.
        const QString tokenPath = m_control->generatedTokenPath();
        QCOMPARE(QFileInfo(tokenPath).absolutePath(), QFileInfo(m_dir.path()).absoluteFilePath());
        QCOMPARE(QFile::permissions(tokenPath),
            QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);
        m_settings->sync();
        QFile ini(m_settings->fileName());
        QVERIFY(ini.open(QIODevice::ReadOnly));
        const QByteArray settingsText = ini.readAll();
        QVERIFY(settingsText.contains("generated"));
        QVERIFY(!settingsText.contains(token));
    }

    // Endpoints copy the policy when a node starts: a change while it runs waits for the stop.
    void changeWhileRunningAppliesAtTheNextRun()
    {
        const quint16 port = runLed();
        QSignalSpy applied(m_control.get(), &wb::NetworkSecurityControl::applied);
        QSignalSpy messages(m_control.get(), &wb::NetworkSecurityControl::message);
        NetworkSecurity choice;
        choice.tokenSource = NetworkSecurity::TokenSource::File;
        choice.tokenFile = path(QStringLiteral("good-token"));
        QCOMPARE(m_control->apply(choice), QString());
        QVERIFY(m_control->isPending());
        QCOMPARE(applied.count(), 0);
        QVERIFY(messages.last().first().toString().contains(QStringLiteral("next Run")));
        QVERIFY(wb::SocketPolicy::processDefaults().token.isEmpty());
        QCOMPARE(tryClient(port, {}), QStringLiteral("served on"));

        m_runtime->stopAll();
        QCOMPARE(applied.count(), 1);
        QVERIFY(!m_control->isPending());
        QCOMPARE(wb::SocketPolicy::processDefaults().token, QByteArray(32, 'a'));
        QVERIFY(tryClient(runLed(), {}).contains(QStringLiteral("401")));
    }

    // With a certificate every node serves wss, and our own connections pin it by themselves:
    // the workbench's links reach its nodes, a plain ws:// client does not.
    void certificateServesWssToOurOwnConnections()
    {
        NetworkSecurity choice;
        choice.tokenSource = NetworkSecurity::TokenSource::File;
        choice.tokenFile = path(QStringLiteral("good-token"));
        choice.certFile = path(QStringLiteral("a.pem"));
        choice.keyFile = path(QStringLiteral("a.key"));
        QCOMPARE(m_control->apply(choice), QString());
        const quint16 port = runLed();
        QVERIFY(port != 0);
        QVERIFY(tryClient(port, QByteArray(32, 'a')) != QStringLiteral("served on"));

        QWebSocket socket;
        QString ack;
        connect(&socket, &QWebSocket::connected, &socket,
            [&socket] { socket.sendTextMessage(QStringLiteral("1")); });
        connect(&socket, &QWebSocket::textMessageReceived, &socket,
            [&ack](const QString &text) { ack = text; });
        wb::openClientSocket(&socket, QUrl(QStringLiteral("ws://127.0.0.1:%1/led").arg(port)));
        QTRY_COMPARE_WITH_TIMEOUT(ack, QStringLiteral("on"), kWaitMs);
        QCOMPARE(socket.requestUrl().scheme(), QStringLiteral("wss"));
        socket.abort();
    }

    // A token file gone after it was chosen must not open the LAN node.
    void unreadableSavedTokenFailsClosed()
    {
        NetworkSecurity choice;
        choice.tokenSource = NetworkSecurity::TokenSource::Generated;
        choice.save(m_settings.get()); // no token file was ever written
        QSignalSpy messages(m_control.get(), &wb::NetworkSecurityControl::message);
        m_control->restore();
        QCOMPARE(messages.count(), 1);
        QVERIFY(messages.first().first().toString().contains(QStringLiteral("refuse every")));
        QCOMPARE(m_control->warning(), messages.first().first().toString());
        QVERIFY(!wb::SocketPolicy::processDefaults().token.isEmpty());
        QVERIFY(tryClient(runLed(), {}).contains(QStringLiteral("401")));
    }

    void dialogValidation_data()
    {
        QTest::addColumn<QString>("tokenFile"); // empty: no token required
        QTest::addColumn<QString>("cert");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("pin");
        QTest::addColumn<QString>("problem"); // empty: accepted
        const QString none;
        const QString a = QStringLiteral("a.pem");
        const QString aKey = QStringLiteral("a.key");
        const QString good = QStringLiteral("good-token");
        QTest::newRow("all set") << good << a << aKey << QStringLiteral("own") << none;
        QTest::newRow("certificate, its pin implied") << good << a << aKey << none << none;
        QTest::newRow("a pin alone") << none << none << none << QString(64, u'A') << none;
        QTest::newRow("certificate and another pin")
            << none << a << aKey << QString(64, u'A')
            << QStringLiteral("Fingerprint %1: with --tls-cert, connections pin that certificate");
        QTest::newRow("nothing") << none << none << none << none << none;
        QTest::newRow("token too short")
            << QStringLiteral("short-token") << none << none << none
            << QStringLiteral("Token file %1: a token needs at least 32 characters");
        QTest::newRow("token file missing") << QStringLiteral("missing") << none << none << none
                                            << QStringLiteral("Token file %1: ");
        QTest::newRow("no certificate there")
            << none << QStringLiteral("short-token") << aKey << none
            << QStringLiteral("Certificate %1: no PEM certificate there");
        QTest::newRow("key of another certificate")
            << none << a << QStringLiteral("b.key") << none
            << QStringLiteral("Private key %1: not the key of the certificate");
        QTest::newRow("certificate without key")
            << none << a << none << none << QStringLiteral("A certificate needs its key");
        // Named by mistake: opening a pipe would freeze the window until someone writes to it.
        QTest::newRow("token file a pipe") << QStringLiteral("pipe") << none << none << none
                                           << QStringLiteral("Token file %1: not a regular file");
        QTest::newRow("key a pipe") << none << a << QStringLiteral("pipe") << none
                                    << QStringLiteral("Private key %1: not a regular file");
        QTest::newRow("key unreadable") << none << a << QStringLiteral("missing.key") << none
                                        << QStringLiteral("Private key %1: ");
        QTest::newRow("fingerprint too short")
            << none << none << none << QStringLiteral("AB:CD")
            << QStringLiteral("Fingerprint AB:CD: expected 64 hex digits");
        QTest::newRow("fingerprint not hex")
            << none << none << none << QString(64, u'g')
            << QStringLiteral("Fingerprint %1: expected 64 hex digits");
    }

    void dialogValidation()
    {
        QFETCH(QString, tokenFile);
        QFETCH(QString, cert);
        QFETCH(QString, key);
        QFETCH(QString, pin);
        QFETCH(QString, problem);
        const auto full = [this](const QString &name) {
            return name.isEmpty() ? name : path(name);
        };
        if (pin == QLatin1String("own")) {
            pin = NetworkSecurity::fingerprint(
                QSslCertificate::fromPath(path(QStringLiteral("a.pem"))).constFirst());
        }
        wb::NetworkSecurityDialog dialog(m_control.get());
        dialog.findChild<QCheckBox *>(QStringLiteral("requireToken"))
            ->setChecked(!tokenFile.isEmpty());
        dialog.findChild<QRadioButton *>(QStringLiteral("fromFile"))->setChecked(true);
        dialog.findChild<QLineEdit *>(QStringLiteral("tokenFile"))->setText(full(tokenFile));
        dialog.findChild<QLineEdit *>(QStringLiteral("certFile"))->setText(full(cert));
        dialog.findChild<QLineEdit *>(QStringLiteral("keyFile"))->setText(full(key));
        dialog.findChild<QLineEdit *>(QStringLiteral("pin"))->setText(pin);
        dialog.accept();
        if (problem.isEmpty()) {
            QCOMPARE(dialog.problem(), QString());
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            QCOMPARE(m_control->saved(), dialog.choice());
            return;
        }
        const QString expected = problem.contains(QStringLiteral("%1"))
            ? problem.arg(problem.startsWith(QLatin1String("Token"))   ? full(tokenFile)
                    : problem.startsWith(QLatin1String("Certificate")) ? full(cert)
                    : problem.startsWith(QLatin1String("Private"))     ? full(key)
                                                                       : pin)
            : problem;
        QVERIFY2(dialog.problem().startsWith(expected), qPrintable(dialog.problem()));
        QCOMPARE(dialog.result(), int(QDialog::Rejected)); // still open
        QCOMPARE(m_control->saved(), NetworkSecurity()); // nothing saved
    }

    // Generated on first use, masked until shown, copied whole; kept across dialogs.
    void generatedTokenInTheDialog()
    {
        QByteArray token;
        {
            wb::NetworkSecurityDialog dialog(m_control.get());
            dialog.findChild<QCheckBox *>(QStringLiteral("requireToken"))->setChecked(true);
            auto *view = dialog.findChild<QLineEdit *>(QStringLiteral("tokenView"));
            token = dialog.generatedToken();
            QVERIFY(wb::handshake::tokenProblem(token).isEmpty());
            QCOMPARE(view->echoMode(), QLineEdit::Password);
            dialog.findChild<QPushButton *>(QStringLiteral("showToken"))->click();
            QCOMPARE(view->echoMode(), QLineEdit::Normal);
            dialog.findChild<QPushButton *>(QStringLiteral("copyToken"))->click();
            QCOMPARE(QGuiApplication::clipboard()->text(), QString::fromLatin1(token));
            dialog.accept();
            QCOMPARE(dialog.problem(), QString());
        }
        QCOMPARE(wb::SocketPolicy::processDefaults().token, token);
        wb::NetworkSecurityDialog again(m_control.get());
        QCOMPARE(again.generatedToken(), token);
        again.findChild<QPushButton *>(QStringLiteral("newToken"))->click();
        QVERIFY(again.generatedToken() != token);
        again.reject(); // a new token replaces the old one only on OK
        QCOMPARE(wb::SocketPolicy::processDefaults().token, token);
    }

    void ownFingerprintIsShown()
    {
        wb::NetworkSecurityDialog dialog(m_control.get());
        dialog.findChild<QLineEdit *>(QStringLiteral("certFile"))
            ->setText(path(QStringLiteral("a.pem")));
        const QSslCertificate certificate
            = QSslCertificate::fromPath(path(QStringLiteral("a.pem"))).constFirst();
        const QString shown
            = dialog.findChild<QLineEdit *>(QStringLiteral("ownFingerprint"))->text();
        QCOMPARE(wb::parseFingerprint(shown), certificate.digest(QCryptographicHash::Sha256));
        // Whole, at the dialog's first size: people compare it by eye with another machine's.
        dialog.findChild<QCheckBox *>(QStringLiteral("requireToken"))->setChecked(true);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QLineEdit *field = dialog.findChild<QLineEdit *>(QStringLiteral("ownFingerprint"));
        QVERIFY(QFontMetrics(field->font()).horizontalAdvance(shown) < field->width());
        const QWidget *copy = dialog.findChild<QPushButton *>(QStringLiteral("copyFingerprint"));
        const int fieldRight = field->mapTo(&dialog, QPoint(field->width(), 0)).x();
        QVERIFY(fieldRight <= copy->mapTo(&dialog, QPoint(0, 0)).x());
        QVERIFY(copy->mapTo(&dialog, QPoint(copy->width(), 0)).x() <= dialog.width());
        // A look at it as a person sees it: WIREBENCH_SCREENSHOTS=DIR keeps a picture.
        if (const QString dir = qEnvironmentVariable("WIREBENCH_SCREENSHOTS"); !dir.isEmpty())
            QVERIFY(dialog.grab().save(dir + QStringLiteral("/networksecurity.png")));
    }

    // The certificate field is read at every keystroke: typing a device or a pipe (whose
    // open would wait for a writer) shows "no certificate" at once instead of freezing.
    void typedDevicesAndPipesDoNotFreeze_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("a device") << QStringLiteral("/dev/zero");
        QTest::newRow("a pipe") << QStringLiteral("$DIR/pipe");
        QTest::newRow("a folder") << QStringLiteral("$DIR");
    }
    void typedDevicesAndPipesDoNotFreeze()
    {
        QFETCH(QString, typed);
        wb::NetworkSecurityDialog dialog(m_control.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *certFile = dialog.findChild<QLineEdit *>(QStringLiteral("certFile"));
        certFile->setText(path(QStringLiteral("a.pem")));
        const auto *own = dialog.findChild<QLineEdit *>(QStringLiteral("ownFingerprint"));
        QVERIFY(!own->text().isEmpty());
        certFile->clear();
        certFile->setFocus();
        QTest::keyClicks(certFile, typed.replace(QStringLiteral("$DIR"), m_dir.path()));
        QCOMPARE(certFile->text(), typed);
        QVERIFY(own->text().isEmpty());
        QCOMPARE(own->placeholderText(), QStringLiteral("No PEM certificate in that file"));
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("copyFingerprint"))->isEnabled());
    }

    void lanTagAndWarning_data()
    {
        QTest::addColumn<bool>("token");
        QTest::addColumn<bool>("tls");
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("warning");
        QTest::newRow("open") << false << false << QStringLiteral("LAN · open")
                              << QStringLiteral("(plain ws://, no token)");
        QTest::newRow("token") << true << false << QStringLiteral("LAN · token")
                               << QStringLiteral("refuses clients without the token");
        QTest::newRow("TLS and token")
            << true << true << QStringLiteral("LAN · TLS · token") << QStringLiteral("(wss, TLS)");
        QTest::newRow("TLS, no token") << false << true << QStringLiteral("LAN · TLS · open")
                                       << QStringLiteral("(wss, TLS, no token)");
    }

    void lanTagAndWarning()
    {
        QFETCH(bool, token);
        QFETCH(bool, tls);
        QFETCH(QString, tag);
        QFETCH(QString, warning);
        wb::CircuitScene scene(m_circuit.get(), nullptr, nullptr);
        wb::CircuitEditor editor(m_circuit.get());
        wb::NodeSelection selection(m_circuit.get());
        wb::InspectorWidget inspector(&editor, m_runtime.get(), &selection);
        selection.set({ m_led });
        NetworkSecurity choice;
        if (token) {
            choice.tokenSource = NetworkSecurity::TokenSource::File;
            choice.tokenFile = path(QStringLiteral("good-token"));
        }
        if (tls) {
            choice.certFile = path(QStringLiteral("a.pem"));
            choice.keyFile = path(QStringLiteral("a.key"));
        }
        QCOMPARE(m_control->apply(choice), QString());
        scene.nodeItem(m_led)->securityChanged();
        inspector.securityChanged();
        QCOMPARE(scene.nodeItem(m_led)->lanTagText(), tag);
        auto *label = inspector.findChild<QLabel *>(QStringLiteral("listenWarning"));
        QVERIFY(label);
        QVERIFY2(label->text().contains(warning), qPrintable(label->text()));
    }

    // Run ▸ Network Security… opens the dialog on the window, without a nested event loop; a
    // change reaches the canvas's LAN tag.
    void windowMenuOpensTheDialog()
    {
        QSettings settings(path(QStringLiteral("window.ini")), QSettings::IniFormat);
        wb::MainWindow window(&settings);
        window.openInitial();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAction *action = window.actions()->networkSecurity;
        bool inRunMenu = false;
        for (QAction *menu : window.menuBar()->actions())
            inRunMenu = inRunMenu || (menu->menu() && menu->menu()->actions().contains(action));
        QVERIFY(inRunMenu);
        action->trigger();
        wb::NetworkSecurityDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (dialog = window.findChild<wb::NetworkSecurityDialog *>()) && dialog->isVisible(),
            kWaitMs);
        dialog->findChild<QCheckBox *>(QStringLiteral("requireToken"))->setChecked(true);
        dialog->accept();
        QTRY_VERIFY_WITH_TIMEOUT(!window.findChild<wb::NetworkSecurityDialog *>(), kWaitMs);
        QVERIFY(!wb::SocketPolicy::processDefaults().token.isEmpty());
        QVERIFY(QFile::exists(path(QStringLiteral("lan-token"))));
    }

    // A token file gone at start: the fail-closed warning stays in the status bar while later
    // messages ("Opened ...") replace the passing one; a click on it opens the dialog, and once
    // a choice that works is in effect the warning goes.
    void failClosedWarningStaysInTheStatusBar()
    {
        QSettings settings(path(QStringLiteral("failclosed.ini")), QSettings::IniFormat);
        NetworkSecurity saved;
        saved.tokenSource = NetworkSecurity::TokenSource::Generated;
        saved.save(&settings); // and no token file: init() removed it
        wb::MainWindow window(&settings);
        window.openInitial();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(
            window.statusBar()->currentMessage().startsWith(QStringLiteral("Opened")), kWaitMs);
        window.showMessage(QStringLiteral("An ordinary message"));
        auto *warning = window.statusBar()->findChild<QLabel *>(QStringLiteral("securityWarning"));
        QVERIFY(warning);
        QVERIFY(warning->isVisible());
        QVERIFY(warning->text().contains(QStringLiteral("refuse every client")));
        QVERIFY2(warning->toolTip().contains(QStringLiteral("lan-token"))
                && warning->toolTip().contains(QStringLiteral("refuse every client until")),
            qPrintable(warning->toolTip()));
        QCOMPARE(warning->toolTip(), window.networkSecurity()->warning());
        QVERIFY(!wb::SocketPolicy::processDefaults().token.isEmpty()); // closed, as it says

        QTest::mouseClick(warning, Qt::LeftButton);
        wb::NetworkSecurityDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (dialog = window.findChild<wb::NetworkSecurityDialog *>()) && dialog->isVisible(),
            kWaitMs);
        // The dialog offers a fresh generated token for the one that is gone; OK saves it.
        QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!window.findChild<wb::NetworkSecurityDialog *>(), kWaitMs);
        QVERIFY(QFile::exists(path(QStringLiteral("lan-token"))));
        QVERIFY(warning->isHidden());
        QCOMPARE(window.networkSecurity()->warning(), QString());
    }

    void commandLineErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("error");
        QTest::newRow("token file missing") << QStringList { QStringLiteral("--token-file"),
            QStringLiteral("missing") } << QStringLiteral("--token-file missing: ");
        QTest::newRow("token too short")
            << QStringList { QStringLiteral("--token-file"), QStringLiteral("short-token") }
            << QStringLiteral("--token-file short-token: a token needs at least 32");
        QTest::newRow("mismatched key")
            << QStringList { QStringLiteral("--tls-cert"), QStringLiteral("a.pem"),
                   QStringLiteral("--tls-key"), QStringLiteral("b.key") }
            << QStringLiteral("--tls-key b.key: not the key of the certificate");
        QTest::newRow("bad pin") << QStringList { QStringLiteral("--tls-pin"),
            QStringLiteral("12:34") }
                                 << QStringLiteral("--tls-pin 12:34: expected 64 hex digits");
    }

    void commandLineErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, error);
        QProcess wirebench;
        wirebench.setWorkingDirectory(m_dir.path());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.remove(QStringLiteral("WIREBENCH_TOKEN"));
        wirebench.setProcessEnvironment(env);
        arguments << QStringLiteral("--settings") << path(QStringLiteral("cli.ini"))
                  << QStringLiteral("--quit-after") << QStringLiteral("5000");
        wirebench.start(QStringLiteral(WIREBENCH_BIN_DIR "/wirebench"), arguments);
        QVERIFY(wirebench.waitForFinished(kWaitMs));
        QCOMPARE(wirebench.exitCode(), 1);
        const QString stderrText = QString::fromUtf8(wirebench.readAllStandardError());
        QVERIFY2(
            stderrText.contains(QStringLiteral("wirebench: ") + error), qPrintable(stderrText));
        QVERIFY(!QFile::exists(path(QStringLiteral("cli.ini")))); // no window, nothing saved
    }
};

QTEST_MAIN(TestNetworkSecurity)
#include "tst_networksecurity.moc"
