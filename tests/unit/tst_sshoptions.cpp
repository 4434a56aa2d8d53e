#include "TestData.h"
#include "remote/ControlDirectory.h"
#include "remote/HostKeyStore.h"
#include "remote/SshConnection.h"
#include "remote/SshSettings.h"
#include "util/Error.h"

#include <QDir>
#include <QFile>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>
#include <unistd.h>

using namespace blihops;
using blihops::test::errorOf;
using namespace std::chrono_literals;

// What the app hands ssh, without any server: the ssh config it reads, names that must never
// become options, and the folder of its control sockets.
class TestSshOptions : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString writeConfig(const QByteArray &text)
    {
        const QString path = m_dir.filePath(QStringLiteral("ssh_config"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(path));
        file.write(text);
        return path;
    }

private slots:
    void init()
    {
        qunsetenv("BLIHOPS_SSH_CONFIG");
        qputenv("XDG_RUNTIME_DIR", m_dir.path().toLocal8Bit());
        QDir(m_dir.filePath(QStringLiteral("blihops-ssh"))).removeRecursively();
    }

    void anAliasResolvesAsSshResolvesIt()
    {
        qputenv("BLIHOPS_SSH_CONFIG", writeConfig("Host staging-box\n"
                                                  "  HostName 127.0.0.1\n"
                                                  "  Port 2222\n"
                                                  "  User deploy\n"
                                                  "Host aliased\n"
                                                  "  HostName 10.1.2.3\n"
                                                  "  HostKeyAlias box-key\n")
                                          .toLocal8Bit());
        const SshSettings alias = SshSettings::resolve({{}, QStringLiteral("staging-box"), -1});
        QCOMPARE(alias.hostname, QStringLiteral("127.0.0.1"));
        QCOMPARE(alias.port, 2222);
        QCOMPARE(alias.user, QStringLiteral("deploy"));
        // known_hosts names the host ssh connects to, with its port: not the alias.
        QCOMPARE(alias.knownHostsName(), QStringLiteral("[127.0.0.1]:2222"));
        // What the address says wins over the config, as on ssh's command line.
        const SshSettings overridden =
            SshSettings::resolve({QStringLiteral("root"), QStringLiteral("staging-box"), 2200});
        QCOMPARE(overridden.port, 2200);
        QCOMPARE(overridden.user, QStringLiteral("root"));
        QCOMPARE(SshSettings::resolve({{}, QStringLiteral("aliased"), -1}).knownHostsName(),
                 QStringLiteral("box-key"));
        QCOMPARE(
            SshSettings::resolve({{}, QStringLiteral("plain.example.org"), -1}).knownHostsName(),
            QStringLiteral("plain.example.org"));
    }

    void aBrokenConfigIsNamed()
    {
        qputenv("BLIHOPS_SSH_CONFIG", writeConfig("Host x\n  NoSuchOption yes\n").toLocal8Bit());
        const Error error = errorOf([] { SshSettings::resolve({{}, QStringLiteral("x"), -1}); });
        QCOMPARE(error.kind(), ErrorKind::BadInput);
        QVERIFY2(error.message().contains(QStringLiteral("ssh://x")) &&
                     error.message().contains(QStringLiteral("ssh config")),
                 qPrintable(error.message()));
    }

    // A user or host that begins with "-" reaches ssh only after "--": ssh never reads it as
    // -oProxyCommand, so the command in it never runs, whatever the app asks ssh to do.
    void namesNeverBecomeOptions_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("host");
        QTest::newRow("user") << QStringLiteral("-oProxyCommand=touch %1") << "127.0.0.1";
        QTest::newRow("host") << QString() << QStringLiteral("-oProxyCommand=touch %1");
    }

    void namesNeverBecomeOptions()
    {
        QFETCH(QString, user);
        QFETCH(QString, host);
        const QString sentinel = m_dir.filePath(QStringLiteral("pwned"));
        QTcpServer closed; // a port that refuses: nothing answers there
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const int port = closed.serverPort();
        closed.close();
        const SshTarget target{user.contains(QLatin1Char('%')) ? user.arg(sentinel) : user,
                               host.contains(QLatin1Char('%')) ? host.arg(sentinel) : host, port};
        HostKeyStore keys(m_dir.filePath(QStringLiteral("known_hosts")));
        errorOf([&] { keys.offeredFingerprint(target); });
        errorOf([&] { keys.trust(target, QStringLiteral("SHA256:x")); });
        keys.trustedFingerprint(target); // no file yet: nothing to look up
        std::shared_ptr<SshConnection> connection = SshConnection::acquire(target, keys);
        errorOf([&] { connection->run({QStringLiteral("true")}, 10s); });
        QStringList command = connection->commandFor({QStringLiteral("true")});
        QCOMPARE(command.at(command.indexOf(QStringLiteral("--")) + 1), target.destination());
        connection.reset();
        QTest::qWait(500); // a detached ssh -O exit, were there one
        // touch would make "pwned", or "pwned@127.0.0.1" where the host follows the name.
        QVERIFY2(QDir(m_dir.path()).entryList({QStringLiteral("pwned*")}).isEmpty(),
                 "a name became an ssh option");
    }

    void theControlFolderIsPrivate()
    {
        const QString folder = ControlDirectory::path();
        QCOMPARE(folder, m_dir.filePath(QStringLiteral("blihops-ssh")));
        struct stat info;
        QCOMPARE(stat(QFile::encodeName(folder).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, 0700u);
        QCOMPARE(info.st_uid, getuid());
        QCOMPARE(ControlDirectory::path(), folder); // kept
    }

    void aFolderOpenToOthersIsRefused()
    {
        const QString folder = m_dir.filePath(QStringLiteral("blihops-ssh"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(chmod(QFile::encodeName(folder).constData(), 0777) == 0);
        const Error error = errorOf([] { ControlDirectory::path(); });
        QCOMPARE(error.kind(), ErrorKind::BadInput);
        QVERIFY2(error.message().contains(folder) &&
                     error.message().contains(QStringLiteral("open to other users")) &&
                     error.message().contains(QStringLiteral("0777")),
                 qPrintable(error.message()));
        // And nothing SSH starts there.
        const Error connecting = errorOf([] {
            SshConnection::acquire({{}, QStringLiteral("127.0.0.1"), 1})->connect();
        });
        QVERIFY2(connecting.message().contains(QStringLiteral("open to other users")),
                 qPrintable(connecting.message()));
    }

    void aFolderOfAnotherUserIsRefused()
    {
        if (getuid() != 0)
            QSKIP("giving a folder to another user needs root");
        const QString folder = m_dir.filePath(QStringLiteral("blihops-ssh"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(chmod(QFile::encodeName(folder).constData(), 0700) == 0);
        QVERIFY(chown(QFile::encodeName(folder).constData(), 65534, 65534) == 0);
        const Error error = errorOf([] { ControlDirectory::path(); });
        QVERIFY2(error.message().contains(folder) &&
                     error.message().contains(QStringLiteral("belongs to another user")) &&
                     error.message().contains(QStringLiteral("65534")),
                 qPrintable(error.message()));
    }

    void aLinkIsRefused()
    {
        const QString folder = m_dir.filePath(QStringLiteral("blihops-ssh"));
        QVERIFY(QFile::link(QDir::tempPath(), folder));
        const Error error = errorOf([] { ControlDirectory::path(); });
        QVERIFY2(error.message().contains(QStringLiteral("is not a folder")),
                 qPrintable(error.message()));
        QFile::remove(folder);
    }

    void withoutARuntimeFolderAPrivateTemporaryOne()
    {
        qunsetenv("XDG_RUNTIME_DIR");
        const QString folder = ControlDirectory::path();
        QVERIFY2(folder.startsWith(QDir::tempPath() + QStringLiteral("/blihops-ssh-")),
                 qPrintable(folder));
        struct stat info;
        QCOMPARE(stat(QFile::encodeName(folder).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, 0700u);
        QCOMPARE(ControlDirectory::path(), folder); // one per process
    }
};

QTEST_GUILESS_MAIN(TestSshOptions)
#include "tst_sshoptions.moc"
