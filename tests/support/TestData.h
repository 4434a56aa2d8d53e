#pragma once

#include "util/Error.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QStringList>

namespace blihops::test {

// The error work throws, or a NotFound error saying that none was thrown.
template <typename Work> Error errorOf(Work work)
{
    try {
        work();
    } catch (const Error &error) {
        return error;
    }
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

} // namespace blihops::test
