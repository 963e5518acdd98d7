#pragma once

// Self-signed certificates for the TLS tests, made with openssl: EC P-256 (or RSA 2048), valid
// for a day. Header-only.

#include "wstestkit.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QSslCertificate>

namespace wbtest {

enum class KeyType { Ec, Rsa };

// Writes `base`.pem and its unencrypted key `base`.key; false when openssl fails.
inline bool makeCertificate(const QString &base, KeyType type = KeyType::Ec)
{
    const QStringList key = type == KeyType::Ec ? QStringList { QStringLiteral("ec"),
        QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1") }
                                                : QStringList { QStringLiteral("rsa:2048") };
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
        QStringList { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey") }
            + key
            + QStringList { QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("1"),
                QStringLiteral("-subj"), QStringLiteral("/CN=wirebench-test"),
                QStringLiteral("-keyout"), base + QStringLiteral(".key"), QStringLiteral("-out"),
                base + QStringLiteral(".pem") });
    return openssl.waitForFinished(kWaitMs) && openssl.exitCode() == 0;
}

// The SHA-256 digest of `base`.pem (what --tls-pin takes); empty when it cannot be read.
inline QByteArray certificateSha256(const QString &base)
{
    const auto certificates = QSslCertificate::fromPath(base + QStringLiteral(".pem"));
    return certificates.isEmpty() ? QByteArray()
                                  : certificates.first().digest(QCryptographicHash::Sha256);
}

} // namespace wbtest
