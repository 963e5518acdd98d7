#include "net/socketcredentials.h"

#include "document/regularfile.h"
#include "net/handshakepolicy.h"
#include "net/socketpolicy.h"

namespace wb {

namespace {

// The private key belongs to the certificate: the end of the certificate's public key (the last
// 64 bytes of an RSA modulus with its exponent, or a P-256 point's coordinates) is part of the
// key's own encoding (PKCS#1, or SEC1 with its public key) and of no other key's. Checked here,
// not at the first handshake, where a mismatch only shows as a failed connection.
bool keyMatches(const QSslCertificate &certificate, const QSslKey &key)
{
    const QByteArray publicKey = certificate.publicKey().toDer();
    const QByteArray privateKey = key.toDer();
    return publicKey.size() >= 64 && !privateKey.isEmpty()
        && privateKey.contains(publicKey.right(64));
}

constexpr qint64 kMaxTokenFileBytes = 4096;
constexpr qint64 kMaxPemBytes = 1 << 20;

} // namespace

QList<QSslCertificate> readPemCertificates(const QString &file, QString *error)
{
    QString why;
    const auto pem = readRegularFile(file, kMaxPemBytes, &why);
    const QList<QSslCertificate> certificates
        = pem ? QSslCertificate::fromData(*pem, QSsl::Pem) : QList<QSslCertificate>();
    if (error && certificates.isEmpty())
        *error = pem ? QStringLiteral("no PEM certificate there") : why;
    return certificates;
}

CredentialOptions credentialOptions()
{
    return {
        QCommandLineOption(QStringLiteral("token-file"),
            QStringLiteral("A token (at least 32 characters, e.g. openssl rand "
                           "-hex 16) in FILE: servers beyond loopback require it, "
                           "and every connection this process opens sends it "
                           "(default: $WIREBENCH_TOKEN)."),
            QStringLiteral("FILE")),
        QCommandLineOption(QStringLiteral("tls-cert"),
            QStringLiteral("Serve wss (TLS) with this PEM certificate (with "
                           "--tls-key)."),
            QStringLiteral("FILE")),
        QCommandLineOption(QStringLiteral("tls-key"),
            QStringLiteral("The certificate's PEM private key."), QStringLiteral("FILE")),
        QCommandLineOption(QStringLiteral("tls-pin"),
            QStringLiteral("Connect with wss (TLS) and accept only the "
                           "certificate of this SHA-256 fingerprint (openssl "
                           "x509 -noout -fingerprint -sha256)."),
            QStringLiteral("SHA256")),
    };
}

QString readToken(const QString &file, QByteArray *token)
{
    if (file.isEmpty()) {
        *token = qgetenv("WIREBENCH_TOKEN").trimmed();
        if (token->isEmpty())
            return {};
        const QString problem = handshake::tokenProblem(*token);
        return problem.isEmpty() ? QString() : QStringLiteral("WIREBENCH_TOKEN: ") + problem;
    }
    QString why;
    const auto text = readRegularFile(file, kMaxTokenFileBytes, &why);
    if (!text)
        return QStringLiteral("--token-file %1: %2").arg(file, why);
    *token = text->split('\n').constFirst().trimmed();
    const QString problem = handshake::tokenProblem(*token);
    return problem.isEmpty() ? QString() : QStringLiteral("--token-file %1: %2").arg(file, problem);
}

QString readTlsFiles(const QString &certFile, const QString &keyFile, QSslCertificate *certificate,
    QSslKey *privateKey)
{
    if (certFile.isEmpty() != keyFile.isEmpty())
        return QStringLiteral("--tls-cert and --tls-key go together");
    if (certFile.isEmpty())
        return {};
    QString why;
    const QList<QSslCertificate> certificates = readPemCertificates(certFile, &why);
    if (certificates.isEmpty())
        return QStringLiteral("--tls-cert %1: %2").arg(certFile, why);
    *certificate = certificates.first();
    const auto pem = readRegularFile(keyFile, kMaxPemBytes, &why);
    if (!pem)
        return QStringLiteral("--tls-key %1: %2").arg(keyFile, why);
    for (const QSsl::KeyAlgorithm algorithm : { QSsl::Rsa, QSsl::Ec }) {
        const QSslKey key(*pem, algorithm);
        if (key.isNull())
            continue;
        if (!keyMatches(*certificate, key)) {
            return QStringLiteral("--tls-key %1: not the key of the certificate %2")
                .arg(keyFile, certFile);
        }
        *privateKey = key;
        return {};
    }
    return QStringLiteral("--tls-key %1: no unencrypted RSA or EC key in PEM there").arg(keyFile);
}

QString readTlsPin(const QString &text, QByteArray *pin)
{
    *pin = parseFingerprint(text);
    if (!pin->isEmpty())
        return {};
    return QStringLiteral("--tls-pin %1: expected 64 hex digits (a SHA-256 fingerprint)").arg(text);
}

} // namespace wb
