// Listening and LAN mode of wirebench-node (docs/security.md): loopback by default and open
// to any local client; --listen beyond loopback with --token-file requires the token, which a
// Python peer sends as a bearer header and which our own clock sends by itself. Servers here
// bind every interface but every byte goes to 127.0.0.1.
#include "../core/certificatekit.h"
#include "processkit.h"

#include <QCryptographicHash>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

using namespace wbtest;

namespace {

const QString kToken = QStringLiteral("0123456789abcdef0123456789abcdef");

} // namespace

class TestLan final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_tokenFile;

    // A self-signed certificate and its key, made with openssl; returns its SHA-256 digest.
    QByteArray makeCertificate(const QString &name, wbtest::KeyType type)
    {
        const QString base = m_dir.filePath(name);
        return wbtest::makeCertificate(base, type) ? wbtest::certificateSha256(base) : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_tokenFile = m_dir.filePath(QStringLiteral("token"));
        QFile file(m_tokenFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(kToken.toLatin1() + '\n');
    }

    // -p 0: any free port, named in the log; 127.0.0.1 unless told otherwise.
    void loopbackByDefaultOnAnyFreePort()
    {
        Process node;
        node.startNode({ QStringLiteral("led"), QStringLiteral("-p"), QStringLiteral("0") });
        const auto serving = node.waitForOutput(QStringLiteral(R"(serving on ([^\s]+):(\d+)$)"));
        QVERIFY2(serving.hasMatch(), qPrintable(node.report()));
        QCOMPARE(serving.captured(1), QStringLiteral("127.0.0.1"));
        const quint16 port = quint16(serving.captured(2).toUInt());
        QVERIFY(port > 0);
        Process clock;
        clock.startClock(true, port, 2);
        QVERIFY(clock.waitForExit());
        QCOMPARE(clock.process.exitCode(), 0);
    }

    void tokenRequiredBeyondLoopback_data()
    {
        QTest::addColumn<QString>("token"); // what the Python clock sends
        QTest::addColumn<int>("exitCode");
        QTest::newRow("the token") << kToken << 0;
        QTest::newRow("no token") << QString() << 1;
        QTest::newRow("another token") << QString(32, u'f') << 1;
    }
    void tokenRequiredBeyondLoopback()
    {
        QFETCH(QString, token);
        QFETCH(int, exitCode);
        Process node;
        node.startNode({ QStringLiteral("buzzer"), QStringLiteral("--listen"),
            QStringLiteral("0.0.0.0"), QStringLiteral("-p"), QStringLiteral("0"),
            QStringLiteral("--token-file"), m_tokenFile });
        const quint16 port = node.waitForServing();
        QVERIFY2(port, qPrintable(node.report()));
        Process clock;
        QStringList args { QStringLiteral("clock"), QStringLiteral("-s"),
            QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(port),
            QStringLiteral("-t"), QStringLiteral("2"), QStringLiteral("-d"), QStringLiteral("0") };
        if (!token.isEmpty())
            args << QStringLiteral("--token") << token;
        clock.startPython(args);
        QVERIFY(clock.waitForExit());
        QCOMPARE(clock.process.exitCode(), exitCode);
        if (exitCode != 0) {
            QVERIFY(clock.out.contains(QStringLiteral("401")));
            QVERIFY(node.waitForOutput(QStringLiteral("HTTP 401")).hasMatch());
        }
        QVERIFY(!node.out.contains(kToken)); // never logged
        QVERIFY(!node.err.contains(kToken));
    }

    // Our own clock and pin send the process's token: a LAN circuit of wirebench-nodes works.
    void ourNodesSendTheToken()
    {
        Process buzzer;
        buzzer.startNode({ QStringLiteral("buzzer"), QStringLiteral("--listen"),
            QStringLiteral("0.0.0.0"), QStringLiteral("-p"), QStringLiteral("0"),
            QStringLiteral("--token-file"), m_tokenFile });
        const quint16 port = buzzer.waitForServing();
        QVERIFY(port);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("WIREBENCH_TOKEN"), kToken);
        Process clock;
        clock.process.setProcessEnvironment(env);
        clock.startClock(false, port, 3);
        QVERIFY(clock.waitForExit());
        QVERIFY2(clock.process.exitCode() == 0, qPrintable(clock.report()));
        Process without;
        without.startClock(false, port, 1);
        QVERIFY(without.waitForExit());
        QCOMPARE(without.process.exitCode(), 3); // not acknowledged: refused
    }

    void openWithoutTokenWarns()
    {
        Process node;
        node.startNode({ QStringLiteral("led"), QStringLiteral("--listen"),
            QStringLiteral("0.0.0.0"), QStringLiteral("-p"), QStringLiteral("0") });
        QVERIFY(node.waitForServing());
        QVERIFY(waitFor([&] { return node.err.contains(QStringLiteral("without a token")); }));
    }

    // wss with a pinned certificate: our clock reaches a TLS node only with its fingerprint
    // (and, beyond loopback, the token); a plain ws client does not get in at all. With an EC
    // and with an RSA key.
    void wssWithPinnedCertificate_data()
    {
        QTest::addColumn<wbtest::KeyType>("type");
        QTest::newRow("EC P-256") << wbtest::KeyType::Ec;
        QTest::newRow("RSA 2048") << wbtest::KeyType::Rsa;
    }
    void wssWithPinnedCertificate()
    {
        QFETCH(wbtest::KeyType, type);
        const QByteArray pin = makeCertificate(QStringLiteral("node"), type);
        const QByteArray otherPin = makeCertificate(QStringLiteral("other"), type);
        QVERIFY(!pin.isEmpty() && !otherPin.isEmpty());
        Process buzzer;
        buzzer.startNode({ QStringLiteral("buzzer"), QStringLiteral("--listen"),
            QStringLiteral("0.0.0.0"), QStringLiteral("-p"), QStringLiteral("0"),
            QStringLiteral("--token-file"), m_tokenFile, QStringLiteral("--tls-cert"),
            m_dir.filePath(QStringLiteral("node.pem")), QStringLiteral("--tls-key"),
            m_dir.filePath(QStringLiteral("node.key")) });
        const quint16 port = buzzer.waitForServing();
        QVERIFY2(port, qPrintable(buzzer.report()));
        const auto clockWithPin = [&](const QByteArray &fingerprint) {
            Process clock;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("WIREBENCH_TOKEN"), kToken);
            clock.process.setProcessEnvironment(env);
            clock.startNode({ QStringLiteral("clock"), QStringLiteral("-p"), QString::number(port),
                QStringLiteral("-t"), QStringLiteral("2"), QStringLiteral("-d"),
                QStringLiteral("0"), QStringLiteral("--tls-pin"),
                QString::fromLatin1(fingerprint.toHex(':')) });
            return clock.waitForExit() ? clock.process.exitCode() : -1;
        };
        QCOMPARE(clockWithPin(pin), 0);
        QCOMPARE(clockWithPin(otherPin), 3);
        Process plain;
        plain.startClock(true, port, 1);
        QVERIFY(plain.waitForExit());
        QCOMPARE(plain.process.exitCode(), 1);
    }

    // An address this machine does not have: cannot listen, exit code 2.
    void listenFailureIsExitCode2()
    {
        Process node;
        node.startNode({ QStringLiteral("led"), QStringLiteral("--listen"),
            QStringLiteral("192.0.2.1"), QStringLiteral("-p"), QStringLiteral("0") });
        QVERIFY(node.waitForExit());
        QCOMPARE(node.process.exitCode(), 2);
    }
};

QTEST_GUILESS_MAIN(TestLan)
#include "tst_lan.moc"
