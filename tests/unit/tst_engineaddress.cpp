#include "docker/EngineAddress.h"
#include "util/Error.h"

#include <QTest>

using namespace blihops;

class TestEngineAddress : public QObject
{
    Q_OBJECT

private slots:
    void parsesValidAddresses_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<int>("scheme");
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("user");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("socket");
        QTest::newRow("unix") << "unix:///var/run/docker.sock" << int(EngineAddress::Scheme::Unix)
                              << ""
                              << "" << -1 << "/var/run/docker.sock";
        QTest::newRow("ssh") << "ssh://deploy@prod.example.org" << int(EngineAddress::Scheme::Ssh)
                             << "prod.example.org"
                             << "deploy" << -1 << "";
        QTest::newRow("ssh port") << "ssh://deploy@10.0.0.5:2222" << int(EngineAddress::Scheme::Ssh)
                                  << "10.0.0.5"
                                  << "deploy" << 2222 << "";
        QTest::newRow("ssh socket") << "ssh://root@127.0.0.1:52222/run/user/docker.sock"
                                    << int(EngineAddress::Scheme::Ssh) << "127.0.0.1"
                                    << "root" << 52222 << "/run/user/docker.sock";
        QTest::newRow("ssh no user") << "ssh://host" << int(EngineAddress::Scheme::Ssh) << "host"
                                     << "" << -1 << "";
        QTest::newRow("tcp") << "tcp://docker.example.org:2376" << int(EngineAddress::Scheme::Tcp)
                             << "docker.example.org"
                             << "" << 2376 << "";
    }

    void parsesValidAddresses()
    {
        QFETCH(QString, url);
        QFETCH(int, scheme);
        QFETCH(QString, host);
        QFETCH(QString, user);
        QFETCH(int, port);
        QFETCH(QString, socket);
        const EngineAddress address = EngineAddress::parse(url);
        QCOMPARE(int(address.scheme), scheme);
        QCOMPARE(address.host, host);
        QCOMPARE(address.user, user);
        QCOMPARE(address.port, port);
        QCOMPARE(address.socketPath, socket);
    }

    void rejectsMalformedAddresses_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("why");
        QTest::newRow("empty") << ""
                               << "empty";
        QTest::newRow("no scheme") << "docker.example.org"
                                   << "not a URL";
        QTest::newRow("unknown scheme") << "http://host:2375"
                                        << "unknown scheme";
        QTest::newRow("relative socket") << "unix://var/run/docker.sock"
                                         << "absolute socket path";
        QTest::newRow("ssh no host") << "ssh://"
                                     << "host is missing";
        QTest::newRow("ssh password") << "ssh://root:secret@host"
                                      << "password";
        QTest::newRow("tcp no port") << "tcp://host"
                                     << "needs a port";
        QTest::newRow("tcp path") << "tcp://host:2376/v1"
                                  << "path";
        QTest::newRow("query") << "ssh://host?x=1"
                               << "query";
        // Names ssh would read as its options.
        QTest::newRow("user as an option") << "ssh://-oProxyCommand=touch%20pwned@127.0.0.1:2222"
                                           << "the user must not start with \"-\"";
        QTest::newRow("host as an option") << "ssh://root@-oProxyCommand"
                                           << "the host must not start with \"-\"";
        QTest::newRow("dash user") << "ssh://-l@host"
                                   << "the user must not start with \"-\"";
        QTest::newRow("user with a space") << "ssh://a%20b@host"
                                           << "contain spaces";
        QTest::newRow("user with a newline") << "ssh://a%0Ab@host"
                                             << "control characters";
    }

    void rejectsMalformedAddresses()
    {
        QFETCH(QString, url);
        QFETCH(QString, why);
        try {
            EngineAddress::parse(url);
            QFAIL("accepted a malformed address");
        } catch (const Error &error) {
            QCOMPARE(error.kind(), ErrorKind::BadInput);
            QVERIFY2(error.message().contains(why), qPrintable(error.message()));
            QVERIFY2(error.message().contains(QStringLiteral("\"%1\"").arg(url)),
                     qPrintable(error.message()));
        }
    }
};

QTEST_GUILESS_MAIN(TestEngineAddress)
#include "tst_engineaddress.moc"
