#pragma once

#include "remote/HostKeyStore.h"
#include "remote/Process.h"
#include "remote/SshTarget.h"
#include "workspace/Environment.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QString>

namespace blihops::test {

// The lab's addresses, from `eval "$(tests/lab/lab.sh env)"`; empty when the lab is not up.
inline QString labValue(const char *name)
{
    return qEnvironmentVariable(name);
}

// The docker CLI against the lab's engine, as a person at the host would use it.
inline ProcessResult labDocker(const QStringList &arguments)
{
    return Process::run(QStringLiteral("docker"),
                        QStringList{QStringLiteral("-H"), labValue("BLIHOPS_TEST_DOCKER_HOST")} +
                            arguments,
                        std::chrono::seconds(60));
}

// The container of a service of the lab's logs stack.
inline QString logsContainer(const QString &service)
{
    return labValue("BLIHOPS_LAB_LOGS_PROJECT") + QLatin1Char('_') + service + QStringLiteral("_1");
}

// The time of the latest start of the logs stack's longline container: its first line's, as
// docker logs -t prints it (a whole log holds every start since the container was made).
inline QString logsLongLineStart()
{
    const QByteArray log = labDocker({QStringLiteral("logs"), QStringLiteral("-t"),
                                      logsContainer(QStringLiteral("longline"))})
                               .standardOutput;
    const qsizetype at = log.lastIndexOf(" before the long line\n");
    const qsizetype begin = log.lastIndexOf('\n', at) + 1;
    return QString::fromLatin1(log.mid(begin, at - begin));
}

// The lab's compose stack ("DEV" or "STAGING") as an environment on the given engine
// address, named lab-dev or lab-staging. With envFile, its compose files interpolate.
inline Environment labEnvironment(const QString &stack, const QString &engineUrl,
                                  const QString &envFile = {})
{
    const QByteArray prefix = "BLIHOPS_LAB_" + stack.toLatin1() + '_';
    Environment environment;
    environment.name = QStringLiteral("lab-") + stack.toLower();
    environment.engineUrl = engineUrl;
    environment.composeFiles = {labValue(prefix + "COMPOSE")};
    environment.projectName = labValue(prefix + "PROJECT");
    environment.envFile = envFile;
    return environment;
}

// Writes, under dir, the env file a stack's compose file needs to interpolate: the image and
// the path of the stack's own env file (which holds its passwords). Returns its path.
inline QString writeLabEnvFile(const QString &stack, const QString &dir)
{
    const QByteArray variable = "BLIHOPS_LAB_" + stack.toLatin1() + "_ENV_FILE";
    const QString path = QDir(dir).filePath(stack.toLower() + QStringLiteral(".env"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    file.write("BLIHOPS_LAB_IMAGE=" + labValue("BLIHOPS_LAB_IMAGE").toUtf8() + '\n');
    file.write(variable + '=' + labValue(variable.constData()).toUtf8() + '\n');
    return path;
}

// ssh://user@host:port/docker.sock of the lab's sshd and engine.
inline QString sshEngineUrl()
{
    return QStringLiteral("ssh://%1@%2:%3%4")
        .arg(labValue("BLIHOPS_TEST_SSH_USER"), labValue("BLIHOPS_TEST_SSH_HOST"),
             labValue("BLIHOPS_TEST_SSH_PORT"), labValue("BLIHOPS_TEST_DOCKER_SOCKET"));
}

inline SshTarget sshTarget()
{
    return {labValue("BLIHOPS_TEST_SSH_USER"), labValue("BLIHOPS_TEST_SSH_HOST"),
            labValue("BLIHOPS_TEST_SSH_PORT").toInt()};
}

// The fingerprint the lab's sshd offers now, from lab.sh rather than our environment: a test
// that ran earlier in the same ctest run (tst_engine) may have re-keyed it since.
inline QString labSshFingerprint()
{
    QProcess lab;
    lab.start(QStringLiteral(BLIHOPS_SOURCE_DIR "/tests/lab/lab.sh"), {QStringLiteral("env")});
    lab.waitForFinished(60000);
    static const QRegularExpression line(
        QStringLiteral("BLIHOPS_TEST_SSH_HOST_FINGERPRINT=(\\S+)"));
    return line.match(QString::fromUtf8(lab.readAllStandardOutput())).captured(1);
}

// ssh://LOGIN@host:port/docker.sock of the lab's systemd host, as root or its ordinary login
// (BLIHOPS_LAB_SYSTEMD_USER); the engine is the lab's, bound in there.
inline QString systemdEngineUrl(const QString &login)
{
    return QStringLiteral("ssh://%1@%2:%3%4")
        .arg(login, labValue("BLIHOPS_LAB_SYSTEMD_SSH_HOST"),
             labValue("BLIHOPS_LAB_SYSTEMD_SSH_PORT"), labValue("BLIHOPS_TEST_DOCKER_SOCKET"));
}

inline SshTarget systemdTarget(const QString &login)
{
    return {login, labValue("BLIHOPS_LAB_SYSTEMD_SSH_HOST"),
            labValue("BLIHOPS_LAB_SYSTEMD_SSH_PORT").toInt()};
}

// argv on the lab's systemd host as login (root or the ordinary one), from its home, with the
// XDG_RUNTIME_DIR its ssh sessions get (through which `systemctl --user` reaches its manager).
inline ProcessResult onSystemdHost(const QString &login, const QStringList &argv)
{
    QStringList exec = {QStringLiteral("exec")};
    if (login != QLatin1String("root")) {
        exec << QStringLiteral("-u") << login << QStringLiteral("-w")
             << QStringLiteral("/home/") + login;
    }
    exec << labValue("BLIHOPS_LAB_SYSTEMD_CONTAINER") << QStringLiteral("sh")
         << QStringLiteral("-c") << QStringLiteral("XDG_RUNTIME_DIR=/run/user/$(id -u) exec \"$@\"")
         << QStringLiteral("sh");
    return labDocker(exec + argv);
}

// One property of a unit of login's systemd (the user manager for a login that is not root),
// as `systemctl show --value` prints it.
inline QString systemdUnitProperty(const QString &login, const QString &unit,
                                   const QString &property)
{
    QStringList argv = {QStringLiteral("systemctl")};
    if (login != QLatin1String("root"))
        argv << QStringLiteral("--user");
    argv << QStringLiteral("show") << QStringLiteral("--value") << QStringLiteral("-p") << property
         << unit;
    return QString::fromUtf8(onSystemdHost(login, argv).standardOutput).trimmed();
}

// A known_hosts file at path that trusts the lab's sshd, by the fingerprint the lab gives.
inline HostKeyStore trustedLabKeys(const QString &path)
{
    HostKeyStore keys(path);
    keys.trust(sshTarget(), labSshFingerprint());
    return keys;
}

} // namespace blihops::test
