#pragma once

#include "util/Error.h"

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
