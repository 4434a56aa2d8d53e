#include "actions/ProjectSync.h"

#include "actions/ComposeCommand.h"
#include "remote/Process.h"
#include "remote/SshConnection.h"
#include "util/Error.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace std::chrono_literals;

namespace blihops {

namespace {

QByteArray readLocal(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw Error(ErrorKind::BadInput,
                    ProjectSync::tr("%1 cannot be read: %2. Check the path and its permissions.")
                        .arg(path, file.errorString()));
    }
    return file.readAll();
}

// diff -u of the host's copy against ours, labelled so that the reader knows which is which.
QString differenceOf(const QByteArray &host, const QByteArray &local, const QString &name)
{
    QTemporaryDir dir;
    const QString hostCopy = dir.filePath(QStringLiteral("host"));
    const QString localCopy = dir.filePath(QStringLiteral("local"));
    for (const auto &[path, bytes] : {std::pair(hostCopy, host), std::pair(localCopy, local)}) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return ProjectSync::tr("(no difference shown: %1)").arg(file.errorString());
    }
    const ProcessResult diff =
        Process::run(QStringLiteral("diff"),
                     {QStringLiteral("-u"), QStringLiteral("--label"),
                      ProjectSync::tr("%1 on the host").arg(name), QStringLiteral("--label"),
                      ProjectSync::tr("%1 here").arg(name), hostCopy, localCopy},
                     30s);
    return QString::fromUtf8(diff.standardOutput);
}

void runOrThrow(SshConnection &ssh, const QStringList &argv, const QString &what,
                const QByteArray &input = {})
{
    const ProcessResult result = ssh.run(argv, 60s, input);
    if (!result.ok()) {
        throw Error(ErrorKind::Unreachable,
                    ProjectSync::tr("Cannot %1 on %2: %3.")
                        .arg(what, ssh.target().display(), result.summary()));
    }
}

} // namespace

QList<ProjectSync::File> ProjectSync::compare(SshConnection &ssh, const Environment &environment)
{
    QList<File> files;
    for (const QString &path : environment.composeFiles + QStringList{environment.envFile}) {
        if (path.isEmpty())
            continue;
        File file;
        file.localPath = path;
        file.hostPath = ComposeCommand::hostPathOf(environment, path);
        file.secret = path == environment.envFile;
        files << file;
    }
    QStringList argv = {QStringLiteral("sha256sum"), QStringLiteral("--")};
    for (const File &file : std::as_const(files))
        argv << file.hostPath;
    // A missing copy makes sha256sum complain and exit 1; the others are still listed.
    const ProcessResult hashed = ssh.run(argv, 60s);
    if (hashed.status != ProcessResult::Status::Finished) {
        throw Error(ErrorKind::Unreachable, tr("Cannot read the files in %1 on %2: %3.")
                                                .arg(environment.effectiveRemoteDirectory(),
                                                     ssh.target().display(), hashed.summary()));
    }
    QHash<QString, QByteArray> hostHashes;
    for (const QByteArray &line : hashed.standardOutput.split('\n')) {
        const qsizetype gap = line.indexOf("  ");
        if (gap == 64)
            hostHashes.insert(QString::fromUtf8(line.mid(66)), line.left(64));
    }
    for (File &file : files) {
        const QByteArray local = readLocal(file.localPath);
        const QByteArray hash = QCryptographicHash::hash(local, QCryptographicHash::Sha256).toHex();
        if (!hostHashes.contains(file.hostPath)) {
            file.state = File::State::Missing;
        } else if (hostHashes.value(file.hostPath) != hash) {
            file.state = File::State::Changed;
            if (!file.secret) {
                const ProcessResult copy =
                    ssh.run({QStringLiteral("cat"), QStringLiteral("--"), file.hostPath}, 60s);
                file.difference =
                    differenceOf(copy.standardOutput, local, QFileInfo(file.localPath).fileName());
            }
        }
    }
    return files;
}

bool ProjectSync::inSync(const QList<File> &files)
{
    return std::all_of(files.begin(), files.end(),
                       [](const File &file) { return file.state == File::State::Same; });
}

QStringList ProjectSync::describe(const QList<File> &files)
{
    QStringList lines;
    for (const File &file : files) {
        if (file.state == File::State::Changed)
            lines << tr("%1 (changed)").arg(file.hostPath);
        else if (file.state == File::State::Missing)
            lines << tr("%1 (not on the host yet)").arg(file.hostPath);
    }
    return lines;
}

void ProjectSync::upload(SshConnection &ssh, const Environment &environment,
                         const QList<File> &files)
{
    runOrThrow(ssh,
               {QStringLiteral("mkdir"), QStringLiteral("-p"), QStringLiteral("--"),
                environment.hostDirectory()},
               tr("make the folder %1").arg(environment.effectiveRemoteDirectory()));
    for (const File &file : files) {
        if (file.state == File::State::Same)
            continue;
        const QString partial = file.hostPath + QStringLiteral(".partial");
        const QString what = tr("write %1").arg(file.hostPath);
        // Made empty with its mode before anything is written: the env file is never
        // readable by others, not even for a moment.
        runOrThrow(ssh,
                   {QStringLiteral("install"), QStringLiteral("-m"),
                    file.secret ? QStringLiteral("600") : QStringLiteral("644"),
                    QStringLiteral("--"), QStringLiteral("/dev/null"), partial},
                   what);
        runOrThrow(ssh, {QStringLiteral("tee"), QStringLiteral("--"), partial}, what,
                   readLocal(file.localPath));
        runOrThrow(ssh,
                   {QStringLiteral("mv"), QStringLiteral("-f"), QStringLiteral("--"), partial,
                    file.hostPath},
                   what);
    }
}

} // namespace blihops
