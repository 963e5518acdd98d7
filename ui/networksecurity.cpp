#include "networksecurity.h"

#include "net/socketcredentials.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

namespace wb {

namespace {

const QString kSource = QStringLiteral("security/token");
const QString kTokenFile = QStringLiteral("security/tokenFile");
const QString kCert = QStringLiteral("security/tlsCert");
const QString kKey = QStringLiteral("security/tlsKey");
const QString kPin = QStringLiteral("security/tlsPin");

QString sourceName(NetworkSecurity::TokenSource source)
{
    switch (source) {
    case NetworkSecurity::TokenSource::Generated:
        return QStringLiteral("generated");
    case NetworkSecurity::TokenSource::File:
        return QStringLiteral("file");
    case NetworkSecurity::TokenSource::None:
    case NetworkSecurity::TokenSource::Environment: // never saved
        break;
    }
    return QStringLiteral("none");
}

} // namespace

NetworkSecurity NetworkSecurity::load(const QSettings &settings)
{
    NetworkSecurity s;
    const QString source = settings.value(kSource).toString();
    if (source == QLatin1String("generated"))
        s.tokenSource = TokenSource::Generated;
    else if (source == QLatin1String("file"))
        s.tokenSource = TokenSource::File;
    s.tokenFile = settings.value(kTokenFile).toString();
    s.certFile = settings.value(kCert).toString();
    s.keyFile = settings.value(kKey).toString();
    s.pin = settings.value(kPin).toString();
    return s;
}

void NetworkSecurity::save(QSettings *settings) const
{
    settings->setValue(kSource, sourceName(tokenSource));
    settings->setValue(kTokenFile, tokenFile);
    settings->setValue(kCert, certFile);
    settings->setValue(kKey, keyFile);
    settings->setValue(kPin, pin);
}

QString NetworkSecurity::dataDirectory(const QSettings &settings)
{
    // The default settings are native; an INI file is one that the command line named.
    if (settings.format() == QSettings::IniFormat)
        return QFileInfo(settings.fileName()).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString NetworkSecurity::generatedTokenPath(const QSettings &settings)
{
    return dataDirectory(settings) + QStringLiteral("/lan-token");
}

QByteArray NetworkSecurity::generateToken()
{
    quint32 words[8];
    QRandomGenerator::system()->fillRange(words);
    return QByteArray(reinterpret_cast<const char *>(words), sizeof(words)).toHex();
}

QString NetworkSecurity::writeTokenFile(const QString &path, const QByteArray &token)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return QCoreApplication::translate("wb::NetworkSecurity", "%1: cannot create its folder")
            .arg(QDir::toNativeSeparators(path));
    QSaveFile out(path);
    // Owner-only before a byte is written, so that the token is never readable by others.
    const bool ok = out.open(QIODevice::WriteOnly)
        && out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        && out.write(token + '\n') == token.size() + 1 && out.commit();
    return ok ? QString()
              : QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), out.errorString());
}

NetworkSecurity::Problem NetworkSecurity::makePolicy(
    const QString &generatedToken, const SocketPolicy &base, SocketPolicy *policy) const
{
    *policy = base;
    policy->token.clear();
    policy->certificate = QSslCertificate();
    policy->privateKey = QSslKey();
    policy->pinnedSha256.clear();
    QString problem;
    switch (tokenSource) {
    case TokenSource::None:
        break;
    case TokenSource::Generated:
        problem = readToken(generatedToken, &policy->token);
        break;
    case TokenSource::File:
        problem = tokenFile.isEmpty()
            ? QCoreApplication::translate("wb::NetworkSecurity", "--token-file: choose a file")
            : readToken(tokenFile, &policy->token);
        break;
    case TokenSource::Environment:
        problem = readToken({}, &policy->token);
        break;
    }
    if (!problem.isEmpty())
        return { Field::Token, problem };
    problem = readTlsFiles(certFile, keyFile, &policy->certificate, &policy->privateKey);
    if (!problem.isEmpty())
        return { problem.startsWith(QLatin1String("--tls-key")) ? Field::Key : Field::Certificate,
            problem };
    if (!pin.trimmed().isEmpty()) {
        problem = readTlsPin(pin.trimmed(), &policy->pinnedSha256);
        if (!problem.isEmpty())
            return { Field::Pin, problem };
    }
    if (policy->isSecureServer()) {
        // Every node here then serves wss with this certificate, loopback ones too, and the
        // process has one pin: its own links reach its own nodes only with this one.
        const QByteArray own = policy->certificate.digest(QCryptographicHash::Sha256);
        if (!policy->pinnedSha256.isEmpty() && policy->pinnedSha256 != own) {
            return { Field::Pin,
                QCoreApplication::translate("wb::NetworkSecurity",
                    "--tls-pin %1: with --tls-cert, connections pin that certificate "
                    "(the nodes here connect to each other over wss); leave it out")
                    .arg(pin.trimmed()) };
        }
        policy->pinnedSha256 = own;
    }
    return {};
}

QString NetworkSecurity::forDialog(const QString &commandLineText)
{
    // Translated when used: the language is chosen after the first call could happen.
    static const QList<QPair<QString, const char *>> names {
        { QStringLiteral("--tls-cert and --tls-key go together"),
            QT_TRANSLATE_NOOP(
                "wb::NetworkSecurity", "A certificate needs its key, and a key its certificate") },
        { QStringLiteral("WIREBENCH_TOKEN"),
            QT_TRANSLATE_NOOP("wb::NetworkSecurity", "The token of WIREBENCH_TOKEN") },
        { QStringLiteral("--token-file"), QT_TRANSLATE_NOOP("wb::NetworkSecurity", "Token file") },
        { QStringLiteral("--tls-cert"), QT_TRANSLATE_NOOP("wb::NetworkSecurity", "Certificate") },
        { QStringLiteral("--tls-key"), QT_TRANSLATE_NOOP("wb::NetworkSecurity", "Private key") },
        { QStringLiteral("--tls-pin"), QT_TRANSLATE_NOOP("wb::NetworkSecurity", "Fingerprint") },
    };
    for (const auto &[option, label] : names) {
        if (commandLineText.startsWith(option))
            return QCoreApplication::translate("wb::NetworkSecurity", label)
                + commandLineText.mid(option.size());
    }
    return commandLineText;
}

QString NetworkSecurity::fingerprint(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return {};
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

NetworkSecurity NetworkSecurity::overriddenBy(const CommandLine &options) const
{
    NetworkSecurity s = *this;
    if (!options.tokenFile.isEmpty()) {
        s.tokenSource = TokenSource::File;
        s.tokenFile = options.tokenFile;
    } else if (qEnvironmentVariableIsSet("WIREBENCH_TOKEN")) {
        s.tokenSource = TokenSource::Environment;
    }
    if (!options.certFile.isEmpty() || !options.keyFile.isEmpty()) {
        s.certFile = options.certFile;
        s.keyFile = options.keyFile;
    }
    if (!options.pin.isEmpty())
        s.pin = options.pin;
    return s;
}

QString NetworkSecurity::lanTag(const SocketPolicy &policy)
{
    QString tag = QStringLiteral("LAN");
    if (policy.isSecureServer())
        tag += QStringLiteral(" · TLS");
    tag += policy.token.isEmpty() ? QCoreApplication::translate("wb::NetworkSecurity", " · open")
                                  : QCoreApplication::translate("wb::NetworkSecurity", " · token");
    return tag;
}

} // namespace wb
