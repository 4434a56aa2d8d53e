#pragma once

#include "backup/BackupRecord.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <functional>

namespace blihops {

// A job's manifest: the append-only JSON-lines file `manifest.jsonl` beside its backups on
// the host, one line per run and source (see BackupRecord for the fields). It is the
// catalog: a backup is what a line says, never what a file name suggests.
//
// The host script appends each line with one write, after the backup is complete and before
// it is renamed into place. A run killed while appending leaves a last line without its
// newline: it is ignored and reported (tornLine), never taken for a record. Any other line
// that is not a valid record is reported with its line number and skipped, so that one bad
// line does not hide the rest of the catalog.
class BackupManifest
{
    Q_DECLARE_TR_FUNCTIONS(BackupManifest)

public:
    struct Problem
    {
        int line = 0; // 1-based
        QString message;
    };

    struct Parsed
    {
        QList<BackupRecord> records; // in file order
        QList<Problem> problems;     // malformed lines, duplicate ids
        int tornLine = 0;            // the unterminated last line, 0 when there is none
    };

    static QString fileName() { return QStringLiteral("manifest.jsonl"); }

    static Parsed parse(const QByteArray &text);
    // Each complete line of a JSON-lines file as an object, to take (the same rules for every
    // such file on the host): an empty line is skipped; one that is not an object, or that
    // take refuses with an Error, becomes a problem. Returns the number of the torn last
    // line, 0 when there is none.
    static int readLines(const QByteArray &text,
                         const std::function<void(const QJsonObject &)> &take,
                         QList<Problem> &problems);
    // One line as the script writes it: compact JSON and a newline.
    static QByteArray line(const BackupRecord &record);
};

} // namespace blihops
