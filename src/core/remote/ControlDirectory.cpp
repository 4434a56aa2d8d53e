#include "remote/ControlDirectory.h"

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

// Socket paths are limited to about 100 bytes and ssh adds a suffix of its own while it
// binds: leave room for our names and that.
constexpr qsizetype kMaxFolderLength = 60;

[[noreturn]] void refuse(const QString &message)
{
    throw Error(ErrorKind::BadInput, message);
}

// The folder is acceptable if it is a real folder (not a link), ours, and closed to others.
void check(const QString &folder)
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
    if (info.st_uid != getuid()) {
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

QMutex g_mutex;
QString madeForThisProcess;

// The folder made for this process goes with it. A master still listening in it would
// outlive its socket (and linger for ControlPersist): it is asked to leave first, and
// waited for, as nothing else runs at this point.
void removeMadeFolder()
{
    const QDir folder(madeForThisProcess);
    for (const QFileInfo &entry : folder.entryInfoList({QStringLiteral("cm-*")}, QDir::System)) {
        QProcess exit;
        exit.setStandardOutputFile(QProcess::nullDevice());
        exit.setStandardErrorFile(QProcess::nullDevice());
        exit.start(QStringLiteral("ssh"),
                   {QStringLiteral("-F"), QStringLiteral("/dev/null"), QStringLiteral("-o"),
                    QStringLiteral("ControlPath=") + entry.filePath(), QStringLiteral("-O"),
                    QStringLiteral("exit"), QStringLiteral("--"), QStringLiteral("master")});
        exit.waitForFinished(2000);
    }
    QDir(madeForThisProcess).removeRecursively();
}

} // namespace

QString ControlDirectory::path()
{
    QMutexLocker locker(&g_mutex);

    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty() && runtime.size() <= kMaxFolderLength) {
        const QString folder = QDir(runtime).filePath(QStringLiteral("blihops-ssh"));
        const QByteArray native = QFile::encodeName(folder);
        // mkdir with 0700 leaves an existing folder as it is: then it is checked.
        if (mkdir(native.constData(), S_IRWXU) != 0 && errno != EEXIST) {
            refuse(tr("Cannot make the SSH control folder %1: %2.")
                       .arg(folder, QString::fromLocal8Bit(std::strerror(errno))));
        }
        check(folder);
        return folder;
    }
    if (madeForThisProcess.isEmpty()) {
        if (QDir::tempPath().size() > kMaxFolderLength) {
            refuse(tr("The temporary folder %1 is too long a path for SSH control sockets. Set "
                      "XDG_RUNTIME_DIR or TMPDIR to a short folder of your own.")
                       .arg(QDir::tempPath()));
        }
        QByteArray pattern = QFile::encodeName(QDir::tempPath()) + "/blihops-ssh-XXXXXX";
        if (!mkdtemp(pattern.data())) {
            refuse(tr("Cannot make an SSH control folder in %1: %2.")
                       .arg(QDir::tempPath(), QString::fromLocal8Bit(std::strerror(errno))));
        }
        madeForThisProcess = QFile::decodeName(pattern);
        qAddPostRoutine(removeMadeFolder);
    }
    check(madeForThisProcess);
    return madeForThisProcess;
}

} // namespace blihops
