#pragma once

#include "streams/StreamReport.h"
#include "streams/StreamSnapshot.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <optional>

namespace blihops {

class Workspace;

// Stream documents as imported over time. Each import keeps a snapshot (the report as read,
// its counts, the file's checksum), so that the dashboard can draw how a stream moved
// between imports of the same document.
class StreamRepository
{
    Q_DECLARE_TR_FUNCTIONS(StreamRepository)

public:
    struct Imported
    {
        StreamSnapshot snapshot;
        StreamReport report;
        bool unchanged = false; // the same bytes as the stream's previous import
    };

    explicit StreamRepository(Workspace &workspace) : m_workspace(workspace) {}

    // Throws as MarkdownReader::readFile does.
    Imported import(const QString &path);
    // Stores a report read elsewhere; bytes are the document's, for its checksum.
    Imported store(const StreamReport &report, const QByteArray &bytes);
    // The latest snapshot of each stream, by stream id (numbers in numeric order).
    QList<StreamSnapshot> latest();
    // Every snapshot of every stream, oldest first.
    QHash<QString, QList<StreamSnapshot>> histories();
    // The latest report of each stream, in the order of latest().
    QList<StreamReport> reports();
    // Throws Error(NotFound) naming the streams there are.
    StreamReport report(const QString &stream);

    // Numbers in numeric order ("2" before "10"), then text.
    static bool streamOrder(const QString &a, const QString &b);

private:
    Workspace &m_workspace;
};

} // namespace blihops
