#include "networksecuritydialog.h"

#include "net/socketcredentials.h"
#include "networksecuritycontrol.h"
#include "theme.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace wb {

namespace {

QLabel *note(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QPushButton *button(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    b->setAutoDefault(false);
    return b;
}

} // namespace

NetworkSecurityDialog::NetworkSecurityDialog(NetworkSecurityControl *control, QWidget *parent)
    : QDialog(parent), m_control(control)
{
    setWindowTitle(tr("Network Security"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note(tr("Nodes that listen on the network (LAN) can be reached by other "
                              "machines. Nodes on 127.0.0.1 stay open to this computer's "
                              "programs, as the seed's Python nodes expect."),
        this));
    layout->addWidget(createTokenGroup());
    layout->addWidget(createTlsGroup());
    if (m_control->hasCommandLine()) {
        layout->addWidget(note(tr("This run uses the command line's --token-file, --tls-… "
                                  "options (or WIREBENCH_TOKEN) where given; what you save here "
                                  "applies where they are not, and from the next start."),
            this));
    }
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette palette = m_problem->palette();
    palette.setColor(QPalette::WindowText, theme::colors().error);
    m_problem->setPalette(palette);
    m_problem->hide();
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &NetworkSecurityDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NetworkSecurityDialog::reject);
    layout->addWidget(buttons);
    load(m_control->saved());
    // No minimum width of its own: the layout's (the whole fingerprint) is the dialog's.
}

QWidget *NetworkSecurityDialog::createTokenGroup()
{
    auto *group = new QGroupBox(tr("Token"), this);
    auto *layout = new QVBoxLayout(group);
    m_requireToken = new QCheckBox(tr("&Require a token from clients of LAN nodes"), group);
    m_requireToken->setObjectName(QStringLiteral("requireToken"));
    m_requireToken->setToolTip(tr("Clients send it as \"Authorization: Bearer TOKEN\" or "
                                  "\"?token=TOKEN\"; the nodes of this workbench send it to "
                                  "the nodes they connect to"));
    layout->addWidget(m_requireToken);

    auto *form = new QFormLayout;
    m_generated = new QRadioButton(tr("&Generated:"), group);
    m_generated->setObjectName(QStringLiteral("generated"));
    m_tokenView = new QLineEdit(group);
    m_tokenView->setObjectName(QStringLiteral("tokenView"));
    m_tokenView->setReadOnly(true);
    m_tokenView->setEchoMode(QLineEdit::Password);
    m_showToken = button(tr("Show"), QStringLiteral("showToken"), group);
    m_showToken->setCheckable(true);
    m_copyToken = button(tr("&Copy"), QStringLiteral("copyToken"), group);
    m_copyToken->setToolTip(tr("Copy the token, to give it to the other machines' peers"));
    m_newToken = button(tr("&New"), QStringLiteral("newToken"), group);
    m_newToken->setToolTip(tr("A fresh random token (256 bits); clients with the old one are "
                              "refused from the next Run"));
    auto *tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_tokenView, 1);
    tokenRow->addWidget(m_showToken);
    tokenRow->addWidget(m_copyToken);
    tokenRow->addWidget(m_newToken);
    form->addRow(m_generated, tokenRow);

    m_fromFile = new QRadioButton(tr("From a &file:"), group);
    m_fromFile->setObjectName(QStringLiteral("fromFile"));
    m_tokenFile = new QLineEdit(group);
    m_tokenFile->setObjectName(QStringLiteral("tokenFile"));
    m_tokenFile->setPlaceholderText(tr("Its first line: at least 32 characters"));
    form->addRow(m_fromFile, browseRow(m_tokenFile, tr("Token File"), {}));
    layout->addLayout(form);
    layout->addWidget(note(tr("Peers send it as \"Authorization: Bearer TOKEN\" (Python: "
                              "websockets.connect(url, extra_headers=...)) or ?token=TOKEN; "
                              "see docs/security.md."),
        group));
    auto *sources = new QButtonGroup(group);
    sources->addButton(m_generated);
    sources->addButton(m_fromFile);

    connect(m_requireToken, &QCheckBox::toggled, this, &NetworkSecurityDialog::updateEnabled);
    connect(m_generated, &QRadioButton::toggled, this, [this](bool on) {
        if (on && m_token.isEmpty())
            setToken(NetworkSecurity::generateToken(), true);
        updateEnabled();
    });
    connect(m_showToken, &QAbstractButton::toggled, m_tokenView, [this](bool shown) {
        m_tokenView->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_showToken->setText(shown ? tr("Hide") : tr("Show"));
    });
    connect(m_copyToken, &QAbstractButton::clicked, this,
        [this] { QGuiApplication::clipboard()->setText(QString::fromLatin1(m_token)); });
    connect(m_newToken, &QAbstractButton::clicked, this,
        [this] { setToken(NetworkSecurity::generateToken(), true); });
    return group;
}

QWidget *NetworkSecurityDialog::createTlsGroup()
{
    auto *group = new QGroupBox(tr("TLS (wss)"), this);
    auto *form = new QFormLayout(group);
    const QString pem = tr("PEM files (*.pem *.crt *.key);;All files (*)");
    m_certFile = new QLineEdit(group);
    m_certFile->setObjectName(QStringLiteral("certFile"));
    m_certFile->setPlaceholderText(tr("None: nodes serve plain ws://"));
    form->addRow(tr("Ce&rtificate:"), browseRow(m_certFile, tr("Certificate"), pem));
    m_keyFile = new QLineEdit(group);
    m_keyFile->setObjectName(QStringLiteral("keyFile"));
    m_keyFile->setPlaceholderText(tr("The certificate's unencrypted RSA or EC key"));
    form->addRow(tr("Private &key:"), browseRow(m_keyFile, tr("Private Key"), pem));
    m_ownFingerprint = new QLineEdit(group);
    m_ownFingerprint->setObjectName(QStringLiteral("ownFingerprint"));
    m_ownFingerprint->setReadOnly(true);
    m_ownFingerprint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Read aloud or compared by eye with another machine's: shown whole, never scrolled.
    m_ownFingerprint->setMinimumWidth(
        QFontMetrics(m_ownFingerprint->font()).horizontalAdvance(QString(95, u'0')) + 16);
    m_ownFingerprint->setToolTip(tr("SHA-256 of this certificate: pin it on the machines that "
                                    "connect to these nodes"));
    m_copyFingerprint = button(tr("Cop&y"), QStringLiteral("copyFingerprint"), group);
    auto *ownRow = new QHBoxLayout;
    ownRow->addWidget(m_ownFingerprint, 1);
    ownRow->addWidget(m_copyFingerprint);
    form->addRow(tr("Its fingerprint:"), ownRow);
    m_pin = new QLineEdit(group);
    m_pin->setObjectName(QStringLiteral("pin"));
    m_pin->setPlaceholderText(tr("None: connections use plain ws:// (with a certificate: "
                                 "its fingerprint)"));
    m_pin->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_pin->setToolTip(tr("Every connection these nodes open then speaks wss and accepts only "
                         "the certificate of this SHA-256 fingerprint (64 hex digits, colons "
                         "allowed: openssl x509 -noout -fingerprint -sha256)"));
    form->addRow(tr("&Pin for connections:"), m_pin);
    form->addRow(QString(),
        note(tr("A certificate makes every node here serve wss, those on "
                "127.0.0.1 too: plain ws:// peers (the seed's Python nodes) "
                "then need wss and the pin."),
            group));
    connect(
        m_certFile, &QLineEdit::textChanged, this, &NetworkSecurityDialog::updateOwnFingerprint);
    connect(m_copyFingerprint, &QAbstractButton::clicked, this,
        [this] { QGuiApplication::clipboard()->setText(m_ownFingerprint->text()); });
    return group;
}

QWidget *NetworkSecurityDialog::browseRow(
    QLineEdit *edit, const QString &title, const QString &filter)
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    QPushButton *browse = button(tr("Browse…"), edit->objectName() + QStringLiteral("Browse"), row);
    layout->addWidget(browse);
    connect(browse, &QPushButton::clicked, this, [this, edit, title, filter] {
        auto *picker = new QFileDialog(this, title, edit->text(), filter);
        picker->setAttribute(Qt::WA_DeleteOnClose);
        picker->setFileMode(QFileDialog::ExistingFile);
        connect(picker, &QFileDialog::fileSelected, edit, &QLineEdit::setText);
        picker->open();
    });
    return row;
}

void NetworkSecurityDialog::load(const NetworkSecurity &choice)
{
    const bool required = choice.tokenSource != NetworkSecurity::TokenSource::None;
    m_requireToken->setChecked(required);
    if (choice.tokenSource == NetworkSecurity::TokenSource::Generated) {
        QByteArray token;
        if (readToken(m_control->generatedTokenPath(), &token).isEmpty())
            setToken(token, false);
    }
    if (choice.tokenSource == NetworkSecurity::TokenSource::File)
        m_fromFile->setChecked(true);
    else
        m_generated->setChecked(true); // the natural choice; generates one when there is none
    m_tokenFile->setText(choice.tokenFile);
    m_certFile->setText(choice.certFile);
    m_keyFile->setText(choice.keyFile);
    m_pin->setText(choice.pin);
    updateOwnFingerprint();
    updateEnabled();
}

NetworkSecurity NetworkSecurityDialog::choice() const
{
    NetworkSecurity c;
    if (m_requireToken->isChecked()) {
        c.tokenSource = m_fromFile->isChecked() ? NetworkSecurity::TokenSource::File
                                                : NetworkSecurity::TokenSource::Generated;
    }
    c.tokenFile = m_tokenFile->text().trimmed();
    c.certFile = m_certFile->text().trimmed();
    c.keyFile = m_keyFile->text().trimmed();
    c.pin = m_pin->text().trimmed();
    return c;
}

QString NetworkSecurityDialog::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void NetworkSecurityDialog::accept()
{
    const NetworkSecurity c = choice();
    const bool writeToken
        = c.tokenSource == NetworkSecurity::TokenSource::Generated && m_tokenIsNew;
    if (const QString error = m_control->apply(c, writeToken ? m_token : QByteArray());
        !error.isEmpty()) {
        showProblem(error);
        return;
    }
    m_tokenIsNew = false;
    QDialog::accept();
}

void NetworkSecurityDialog::setToken(const QByteArray &token, bool fresh)
{
    m_token = token;
    m_tokenIsNew = fresh;
    m_tokenView->setText(QString::fromLatin1(token));
    m_tokenView->setCursorPosition(0);
}

void NetworkSecurityDialog::updateEnabled()
{
    const bool required = m_requireToken->isChecked();
    m_generated->setEnabled(required);
    m_fromFile->setEnabled(required);
    const bool generated = required && m_generated->isChecked();
    for (QWidget *w : { static_cast<QWidget *>(m_tokenView), static_cast<QWidget *>(m_showToken),
             static_cast<QWidget *>(m_copyToken), static_cast<QWidget *>(m_newToken) })
        w->setEnabled(generated);
    m_tokenFile->parentWidget()->setEnabled(required && m_fromFile->isChecked());
}

void NetworkSecurityDialog::updateOwnFingerprint()
{
    // Read at every keystroke: bounded, and never a device or a pipe the path passes through.
    const QList<QSslCertificate> certificates = readPemCertificates(m_certFile->text().trimmed());
    const QString print
        = certificates.isEmpty() ? QString() : NetworkSecurity::fingerprint(certificates.first());
    m_ownFingerprint->setText(print);
    m_ownFingerprint->setCursorPosition(0);
    m_ownFingerprint->setPlaceholderText(m_certFile->text().trimmed().isEmpty()
            ? tr("No certificate")
            : tr("No PEM certificate in that file"));
    m_copyFingerprint->setEnabled(!print.isEmpty());
}

void NetworkSecurityDialog::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->show();
}

} // namespace wb
