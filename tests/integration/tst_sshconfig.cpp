#include "CliRun.h"
#include "LabSupport.h"
#include "Require.h"
#include "docker/EnvironmentMonitor.h"
#include "remote/HostKeyStore.h"
#include "remote/Process.h"
#include "remote/SshConnection.h"
#include "util/Error.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace blihops;
using namespace std::chrono_literals;

namespace {

QString lab(const char *name)
{
    return test::labValue(name);
}

// The lab's sshd under the names a user's ~/.ssh/config gives it.
QByteArray configFor(const QString &jumpKnownHosts, const QString &emptyKnownHosts,
                     const QString &sentinel)
{
    const QByteArray common =
        "  HostName 127.0.0.1\n  Port " + lab("BLIHOPS_TEST_SSH_PORT").toUtf8() + "\n  User " +
        lab("BLIHOPS_TEST_SSH_USER").toUtf8() + "\n  IdentityFile " +
        lab("BLIHOPS_TEST_SSH_IDENTITY").toUtf8() + "\n  IdentitiesOnly yes\n";
    return "Host staging-box\n" + common +
           // The jump host is the user's own business: known to their own known_hosts.
           "Host lab-jump\n" + common + "  UserKnownHostsFile " + jumpKnownHosts.toUtf8() +
           "\n  StrictHostKeyChecking yes\n" + "Host behind-jump\n" + common +
           "  ProxyJump lab-jump\n" + "Host hashed-alias\n" + common +
           "  HostKeyAlias lab-box\n  HashKnownHosts yes\n  CheckHostIP yes\n" +
           // A jump host the user's own known_hosts does not know.
           "Host untrusted-jump\n" + common + "  UserKnownHostsFile " + emptyKnownHosts.toUtf8() +
           "\n  StrictHostKeyChecking yes\n" + "Host behind-untrusted-jump\n" + common +
           "  ProxyJump untrusted-jump\n" +
           // Host keys from elsewhere than the app's own file: none of them may count.
           "Host other-keys-box\n" + common + "  GlobalKnownHostsFile " + jumpKnownHosts.toUtf8() +
           "\n  KnownHostsCommand /usr/bin/touch " + sentinel.toUtf8() + "\n";
}

SshTarget alias(const char *name)
{
    return {{}, QString::fromLatin1(name), -1};
}

Environment devEnvironmentAt(const char *host)
{
    return test::labEnvironment(QStringLiteral("DEV"), QStringLiteral("ssh://%1%2")
                                                           .arg(QString::fromLatin1(host),
                                                                lab("BLIHOPS_TEST_DOCKER_SOCKET")));
}

bool waitReady(EnvironmentMonitor &monitor)
{
    QSignalSpy ready(&monitor, &EnvironmentMonitor::ready);
    return ready.wait(30000);
}

} // namespace

// Hosts as a user's ssh config names them: an alias with its own port and identity, a host
// behind ProxyJump, HostKeyAlias with hashed known_hosts. Whatever ssh accepts, the app
// accepts; no agent holds a key here, the config's IdentityFile must be what is used.
class TestSshConfig : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_config;
    QString m_fingerprint;

    QString sentinel() const { return m_dir.filePath(QStringLiteral("known-hosts-command-ran")); }

private slots:
    void initTestCase()
    {
        BLIHOPS_REQUIRE(!lab("BLIHOPS_TEST_SSH_PORT").isEmpty() &&
                            !lab("BLIHOPS_TEST_DOCKER_SOCKET").isEmpty(),
                        "the lab's sshd and engine are not up: tests/lab/lab.sh up");
        qunsetenv("SSH_AUTH_SOCK");
        m_fingerprint = test::labSshFingerprint();
        const QString jumpKnownHosts = m_dir.filePath(QStringLiteral("jump_known_hosts"));
        test::trustedLabKeys(jumpKnownHosts);
        m_config = m_dir.filePath(QStringLiteral("ssh_config"));
        QFile config(m_config);
        QVERIFY(config.open(QIODevice::WriteOnly));
        const QString emptyKnownHosts = m_dir.filePath(QStringLiteral("empty_known_hosts"));
        QFile empty(emptyKnownHosts);
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        config.write(configFor(jumpKnownHosts, emptyKnownHosts, sentinel()));
        config.close();
        qputenv("BLIHOPS_SSH_CONFIG", m_config.toLocal8Bit());
    }

    void anAliasWithItsOwnPortAndIdentityIsTrustedAtFirstContact()
    {
        QTemporaryDir home;
        QProcessEnvironment extra;
        extra.insert(QStringLiteral("BLIHOPS_SSH_CONFIG"), m_config);
        const QString workspace = home.filePath(QStringLiteral("w.sqlite"));
        const auto ctl = [&](const QStringList &arguments) {
            return test::runCtl(
                home, QStringList{QStringLiteral("--workspace"), workspace} + arguments, {}, extra);
        };
        const Environment environment = devEnvironmentAt("staging-box");
        QCOMPARE(ctl({QStringLiteral("env"), QStringLiteral("add"), QStringLiteral("stg"),
                      QStringLiteral("--engine"), environment.engineUrl,
                      QStringLiteral("--compose"), environment.composeFiles.first(),
                      QStringLiteral("--project-name"), environment.projectName})
                     .exitCode,
                 0);
        const QStringList status = {QStringLiteral("env"), QStringLiteral("status"),
                                    QStringLiteral("stg"), QStringLiteral("--json")};
        const test::CliRun first = ctl(status);
        QCOMPARE(first.exitCode, 2);
        QVERIFY2(first.oneErrorLine() && first.err.contains(m_fingerprint.toLatin1()) &&
                     first.err.contains("--trust-host-key"),
                 first.err.constData());
        const test::CliRun trusted =
            ctl(status + QStringList{QStringLiteral("--trust-host-key"), m_fingerprint});
        QVERIFY2(trusted.exitCode == 0, trusted.err.constData());
        QCOMPARE(trusted.json().value(QStringLiteral("containers")).toArray().size(), 4);
        QCOMPARE(ctl(status).exitCode, 0); // the key is found again under its right name
    }

    void aHostBehindProxyJumpIsReached()
    {
        HostKeyStore keys(m_dir.filePath(QStringLiteral("jumped_known_hosts")));
        QCOMPARE(keys.offeredFingerprint(alias("behind-jump")), m_fingerprint);
        keys.trust(alias("behind-jump"), m_fingerprint);
        EnvironmentMonitor monitor(devEnvironmentAt("behind-jump"), keys);
        monitor.start(EnvironmentMonitor::Mode::Snapshot);
        QVERIFY(waitReady(monitor));
        QVERIFY2(monitor.isReachable(), qPrintable(monitor.rollupReason()));
        QCOMPARE(monitor.containers().size(), 4);
    }

    void aHostKeyAliasIsLookedUpHashedAsSshLooksItUp()
    {
        const QString path = m_dir.filePath(QStringLiteral("hashed_known_hosts"));
        HostKeyStore keys(path);
        QVERIFY(!keys.trustedFingerprint(alias("hashed-alias")));
        keys.trust(alias("hashed-alias"), m_fingerprint);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray written = file.readAll();
        QVERIFY2(written.startsWith("|1|") && !written.contains("lab-box"), written.constData());
        QCOMPARE(keys.trustedFingerprint(alias("hashed-alias")).value_or(QString()), m_fingerprint);
        EnvironmentMonitor monitor(devEnvironmentAt("hashed-alias"), keys);
        monitor.start(EnvironmentMonitor::Mode::Snapshot);
        QVERIFY(waitReady(monitor));
        QVERIFY2(monitor.isReachable(), qPrintable(monitor.rollupReason()));
    }

    // The host's key is trusted and unchanged, but ssh stops at the jump host, which the
    // user's own known_hosts does not know: not a changed key, and the jump host is named
    // (under ControlPersist ssh sends the jump's own words to /dev/null).
    void aJumpHostThatFailsIsNotAChangedKey()
    {
        HostKeyStore keys(m_dir.filePath(QStringLiteral("untrusted_jump_known_hosts")));
        keys.trust(alias("staging-box"), m_fingerprint); // the same name: [127.0.0.1]:port
        QCOMPARE(keys.trustedFingerprint(alias("behind-untrusted-jump")).value_or(QString()),
                 m_fingerprint);
        EnvironmentMonitor monitor(devEnvironmentAt("behind-untrusted-jump"), keys);
        monitor.start(EnvironmentMonitor::Mode::Snapshot);
        QVERIFY(waitReady(monitor));
        QVERIFY(monitor.failure().has_value());
        const QString message = monitor.failure()->message();
        QVERIFY2(monitor.failure()->kind() == ErrorKind::Unreachable, qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("behind-untrusted-jump")) &&
                     message.contains(QStringLiteral("through the jump host untrusted-jump")) &&
                     !message.contains(QStringLiteral("has changed")),
                 qPrintable(message));
    }

    // Only the app's known_hosts decides: a global known_hosts or a KnownHostsCommand in the
    // user's config that would vouch for the host does not, and the command never runs.
    void onlyTheAppsKnownHostsDecides()
    {
        const QString path = m_dir.filePath(QStringLiteral("none_known_hosts"));
        QFile empty(path);
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        const HostKeyStore keys(path);
        const std::shared_ptr<SshConnection> connection =
            SshConnection::acquire(alias("other-keys-box"), keys);
        const ProcessResult ran = Process::run(
            QStringLiteral("ssh"), connection->commandFor({QStringLiteral("true")}), 30s);
        QVERIFY2(!ran.ok() && ran.standardError.contains("Host key verification failed"),
                 qPrintable(ran.summary()));
        QVERIFY2(!QFile::exists(sentinel()), "the config's KnownHostsCommand ran");
    }

    // ssh expands %h, %d and the like in file options and the ControlPath: a % in the app's
    // paths must reach ssh as itself.
    void aPercentInThePathsIsNotExpanded()
    {
        const QString runtime = m_dir.filePath(QStringLiteral("run%h"));
        QVERIFY(QDir().mkpath(runtime));
        QVERIFY(QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                   QFileDevice::ExeOwner));
        const QByteArray xdg = qgetenv("XDG_RUNTIME_DIR");
        qputenv("XDG_RUNTIME_DIR", runtime.toLocal8Bit());
        const HostKeyStore keys(m_dir.filePath(QStringLiteral("100%d/known_hosts")));
        test::trustedLabKeys(keys.path());
        const std::shared_ptr<SshConnection> connection =
            SshConnection::acquire(alias("staging-box"), keys);
        QVERIFY(connection->controlPath().contains(QStringLiteral("run%h")));
        const ProcessResult ran = connection->run({QStringLiteral("true")}, 30s);
        connection->close();
        qputenv("XDG_RUNTIME_DIR", xdg);
        QVERIFY2(ran.ok(), qPrintable(ran.summary()));
    }

    // Last: it gives the lab's sshd a new key.
    void aChangedKeyBehindAnAliasIsRefusedWithBothFingerprints()
    {
        HostKeyStore keys(m_dir.filePath(QStringLiteral("alias_known_hosts")));
        keys.trust(alias("staging-box"), m_fingerprint);
        QVERIFY(Process::run(QStringLiteral(BLIHOPS_SOURCE_DIR "/tests/lab/lab.sh"),
                             {QStringLiteral("rekey"), QStringLiteral("ssh")}, 120s)
                    .ok());
        const QString offered = test::labSshFingerprint();
        QVERIFY(offered != m_fingerprint);
        EnvironmentMonitor monitor(devEnvironmentAt("staging-box"), keys);
        monitor.start(EnvironmentMonitor::Mode::Live);
        QVERIFY(waitReady(monitor));
        QVERIFY(monitor.failure().has_value());
        QCOMPARE(monitor.failure()->kind(), ErrorKind::ChangedHostKey);
        const QString message = monitor.failure()->message();
        QVERIFY2(message.contains(m_fingerprint) && message.contains(offered) &&
                     message.contains(QStringLiteral("staging-box")),
                 qPrintable(message));
        // The way out, under the name ssh looks the key up under.
        // (every word quoted, so that it can be pasted whatever the path holds)
        QVERIFY2(message.contains(QStringLiteral("'ssh-keygen' '-f' '") + keys.path() +
                                  QStringLiteral("' '-R' '[127.0.0.1]:") +
                                  lab("BLIHOPS_TEST_SSH_PORT") + QStringLiteral("'")),
                 qPrintable(message));
        QCOMPARE(keys.trustedFingerprint(alias("staging-box")).value_or(QString()), m_fingerprint);
    }
};

QTEST_GUILESS_MAIN(TestSshConfig)
#include "tst_sshconfig.moc"
