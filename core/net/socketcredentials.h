#pragma once

#include <QByteArray>
#include <QCommandLineOption>
#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>

// The secrets of docs/security.md from where wirebench-node is told to find them. Each returns
// an error for the command line, or empty; an error never quotes a secret.
namespace wb {

// --token-file, --tls-cert, --tls-key and --tls-pin, as every program of ours takes them.
struct CredentialOptions
{
    QCommandLineOption tokenFile;
    QCommandLineOption tlsCert;
    QCommandLineOption tlsKey;
    QCommandLineOption tlsPin;
};
CredentialOptions credentialOptions();

// The first line of `file`; with no file, the environment variable WIREBENCH_TOKEN (none: an
// empty token). Checked with handshake::tokenProblem().
QString readToken(const QString &file, QByteArray *token);
// A PEM certificate and its unencrypted RSA or EC key: both files or neither, and the key must
// be the certificate's (else the error names both files).
QString readTlsFiles(const QString &certFile, const QString &keyFile, QSslCertificate *certificate,
    QSslKey *privateKey);
// The certificates in a PEM file, reading at most 1 MiB of a regular file (never a device or a
// pipe: those would not end); empty, with *error saying why, when there are none.
QList<QSslCertificate> readPemCertificates(const QString &file, QString *error = nullptr);
// A SHA-256 fingerprint as --tls-pin takes it (see parseFingerprint()).
QString readTlsPin(const QString &text, QByteArray *pin);

} // namespace wb
