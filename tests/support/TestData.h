#pragma once

#include "util/Error.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <QTest>

namespace blihops::test {

// The error work throws. When it throws none, the test fails (and a NotFound error saying
// so is returned, for the assertions that follow to read).
template <typename Work>
Error errorOf(Work work, const char *file = __builtin_FILE(), int line = __builtin_LINE())
{
    try {
        work();
    } catch (const Error &error) {
        return error;
    }
    QTest::qFail("an Error was expected, and none was thrown", file, line);
    return Error(ErrorKind::NotFound, QStringLiteral("(no error was thrown)"));
}

// The SHA-256 of a file's bytes as 64 hex digits; empty when it cannot be read.
inline QString sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

// Every compose file of ../shared/corpus/awesome-compose; empty when the corpus is absent.
inline QStringList corpusComposeFiles()
{
    QStringList files;
    QDirIterator it(QStringLiteral(BLIHOPS_CORPUS_DIR "/awesome-compose"),
                    {QStringLiteral("compose.yaml"), QStringLiteral("compose.yml"),
                     QStringLiteral("docker-compose.yml"), QStringLiteral("docker-compose.yaml")},
                    QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    return files;
}

// Writes data to path, making its folders; returns the path.
inline QString writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(data);
    return path;
}

// The names of the files in a folder, sorted, without the hidden ones.
inline QStringList visibleFiles(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files, QDir::Name);
}

} // namespace blihops::test
