#pragma once

#include "net/socketpolicy.h"

#include <QString>

class QSettings;

namespace wb {

// The workbench's LAN security (docs/security.md, "The workbench"): what the user chose, where
// it is kept, and the socket policy it makes. The choices and file paths live in the settings;
// a generated token lives in a file of its own (owner-only) in the data directory, never in the
// settings. Pure apart from reading and writing those files: the dialog and the control use it,
// and so do the command line and the tests.
struct NetworkSecurity
{
    enum class TokenSource {
        None, // LAN nodes are open to anyone who reaches them
        Generated, // the token file in the data directory (generatedTokenPath())
        File, // a token file of the user's
        Environment, // WIREBENCH_TOKEN (from the environment only, never saved)
    };

    TokenSource tokenSource = TokenSource::None;
    QString tokenFile; // for TokenSource::File
    QString certFile; // PEM certificate and key: LAN and loopback servers speak wss
    QString keyFile;
    QString pin; // SHA-256 fingerprint as typed: every connection we open speaks wss to it

    bool operator==(const NetworkSecurity &) const = default;

    static NetworkSecurity load(const QSettings &settings);
    void save(QSettings *settings) const;

    // Where a generated token is kept: beside an INI settings file given on the command line
    // (tests, profiles), else in the application's data location.
    static QString dataDirectory(const QSettings &settings);
    static QString generatedTokenPath(const QSettings &settings);
    // A fresh token of 256 random bits (64 hex digits).
    static QByteArray generateToken();
    // Writes `token` to `path`, readable and writable by its owner only (0600), atomically.
    // Returns an error, or empty.
    static QString writeTokenFile(const QString &path, const QByteArray &token);

    // Which of the command line's options a problem concerns, so that the dialog can name the
    // field instead (the texts come from core's readers, shared with wirebench-node).
    enum class Field { None, Token, Certificate, Key, Pin };
    struct Problem
    {
        Field field = Field::None;
        QString text; // never holds the token
        bool ok() const { return text.isEmpty(); }
    };

    // Reads the files and builds the policy on top of `base` (the process's limits): token,
    // certificate, key and pin are replaced. `generatedToken` is the path of the generated
    // token file. With a certificate, every node of the process serves wss and the pin is that
    // certificate's (the process's links reach its own nodes); another pin is a problem.
    Problem makePolicy(
        const QString &generatedToken, const SocketPolicy &base, SocketPolicy *policy) const;
    // The same problem, as the dialog says it ("Token file /x: ..." for "--token-file /x: ...").
    static QString forDialog(const QString &commandLineText);

    // The certificate's SHA-256 fingerprint as AB:CD:..., empty for a null certificate.
    static QString fingerprint(const QSslCertificate &certificate);

    // The command line's --token-file, --tls-cert, --tls-key and --tls-pin (empty: not given).
    struct CommandLine
    {
        QString tokenFile;
        QString certFile;
        QString keyFile;
        QString pin;
    };
    // The command line's options over this (saved) choice, for one run: each option given
    // replaces its part. With no --token-file, a WIREBENCH_TOKEN in the environment is the
    // token, as for wirebench-node.
    NetworkSecurity overriddenBy(const CommandLine &options) const;

    // What a LAN node of this policy is, for its tag ("LAN · token") and warnings.
    static QString lanTag(const SocketPolicy &policy);
    static bool lanIsOpen(const SocketPolicy &policy) { return policy.token.isEmpty(); }
};

} // namespace wb
