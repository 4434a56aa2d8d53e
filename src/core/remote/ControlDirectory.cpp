#include "remote/ControlDirectory.h"

#include "remote/SshSettings.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QDir>
#include <QMutex>
#include <QProcess>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

namespace blihops {

namespace {

[[noreturn]] void refuse(const QString &message)
{
    throw Error(ErrorKind::BadInput, message);
}

bool fits(const QString &folder)
{
    return QFile::encodeName(folder).size() <= ControlDirectory::kMaxLength;
}

QMutex g_mutex;
QString madeForThisProcess;

// The folder made for this process goes with it. A master still listening in it would
// outlive its socket (and linger for ControlPersist): it is asked to leave first, and
// waited for, as nothing else runs at this point.
void removeMadeFolder()
{
    const QDir folder(madeForThisProcess);
    for (const QFileInfo &entry : folder.entryInfoList({QStringLiteral("cm-*")}, QDir::System)) {
        // Only masters: a forwarded socket (cm-…-fwd-….sock) is no ControlPath.
        if (entry.fileName().contains(QLatin1String("-fwd-")))
            continue;
        QProcess exit;
        exit.setStandardOutputFile(QProcess::nullDevice());
        exit.setStandardErrorFile(QProcess::nullDevice());
        exit.start(QStringLiteral("ssh"),
                   QStringList{QStringLiteral("-F"), QStringLiteral("/dev/null")}
                       << SshSettings::fileOption(QStringLiteral("ControlPath"), entry.filePath())
                       << QStringList{QStringLiteral("-O"), QStringLiteral("exit"),
                                      QStringLiteral("--"), QStringLiteral("master")});
        exit.waitForFinished(2000);
    }
    QDir(madeForThisProcess).removeRecursively();
}

} // namespace

void ControlDirectory::check(const QString &folder, uint uid)
{
    struct stat info;
    const QByteArray native = QFile::encodeName(folder);
    if (lstat(native.constData(), &info) != 0) {
        refuse(ControlDirectory::tr("Cannot read the SSH control folder %1: %2.")
                   .arg(folder, QString::fromLocal8Bit(std::strerror(errno))));
    }
    if (!S_ISDIR(info.st_mode)) {
        refuse(ControlDirectory::tr("The SSH control folder %1 is not a folder (a link or a "
                                    "file is there). Remove it; the console makes its own.")
                   .arg(folder));
    }
    if (info.st_uid != uid) {
        refuse(ControlDirectory::tr("The SSH control folder %1 belongs to another user (uid "
                                    "%2): its owner could use your SSH connections. Remove it, "
                                    "or set XDG_RUNTIME_DIR to a folder of your own.")
                   .arg(folder)
                   .arg(info.st_uid));
    }
    if ((info.st_mode & (S_IRWXG | S_IRWXO)) != 0) {
        refuse(ControlDirectory::tr("The SSH control folder %1 is open to other users (mode "
                                    "%2): they could use your SSH connections. Run chmod 700 "
                                    "on it, or remove it.")
                   .arg(folder)
                   .arg(info.st_mode & 07777, 4, 8, QLatin1Char('0')));
    }
}

QString ControlDirectory::path()
{
    QMutexLocker locker(&g_mutex);

    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    const QString folder =
        runtime.isEmpty() ? QString() : QDir(runtime).filePath(QStringLiteral("blihops-ssh"));
    if (!folder.isEmpty() && fits(folder)) {
        const QByteArray native = QFile::encodeName(folder);
        // mkdir with 0700 leaves an existing folder as it is: then it is checked.
        if (mkdir(native.constData(), S_IRWXU) != 0 && errno != EEXIST) {
            refuse(tr("Cannot make the SSH control folder %1: %2.")
                       .arg(folder, QString::fromLocal8Bit(std::strerror(errno))));
        }
        check(folder, getuid());
        return folder;
    }
    if (madeForThisProcess.isEmpty()) {
        const QString name = QStringLiteral("/blihops-ssh-XXXXXX");
        // /tmp when the temporary folder is too long a path (a TMPDIR deep in a home).
        const QString parent =
            fits(QDir::tempPath() + name) ? QDir::tempPath() : QStringLiteral("/tmp");
        QByteArray pattern = QFile::encodeName(parent + name);
        if (!mkdtemp(pattern.data())) {
            refuse(tr("Cannot make an SSH control folder in %1: %2.")
                       .arg(parent, QString::fromLocal8Bit(std::strerror(errno))));
        }
        madeForThisProcess = QFile::decodeName(pattern);
        qAddPostRoutine(removeMadeFolder);
    }
    check(madeForThisProcess, getuid());
    return madeForThisProcess;
}

} // namespace blihops
