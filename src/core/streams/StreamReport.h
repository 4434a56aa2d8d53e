#pragma once

#include "streams/StreamStatus.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace blihops {

// One place where a document states how far something is: a Status field, a row of a
// results table, a line of a summary.
struct StreamStatement
{
    // A field's name as the document writes it, or the heading of a table or summary list;
    // shown in words (in the reader's language) by StreamReview::placeOf.
    enum class Source
    {
        Field,
        Table,
        Summary,
    };

    QString where; // "Status", "Overall Progress", "Test Results Summary", ...
    QString text;  // as written, emoji repaired
    StreamStatus::State state = StreamStatus::State::Unknown;
    std::optional<double> percent;
    Source source = Source::Field;

    // What it says at a glance: "NOT STARTED", "PASS 75%", "50%".
    QString summary() const;
    QJsonObject toJson() const;
    static StreamStatement fromJson(const QJsonObject &object);
};

// "Subtask 1.1.2", "TASK 1.1" or "Test 3": its heading's number and title, the document's
// statements about it, and what its checkboxes show.
struct StreamUnit
{
    QString id; // the number as written: "1.1", "1.1.2", "3"
    QString title;
    QList<StreamStatement> stated;
    int done = 0;
    int total = 0;
    QList<StreamUnit> subtasks; // tasks only

    std::optional<double> completion() const;
    // The first statement that names a state (a Status field, a table's status), if any.
    const StreamStatement *statedStatus() const;
    // Every statement's summary, once each: "NOT STARTED; 100%"; empty without any.
    QString statedSummary() const;
};

// A contradiction between what a document states and what its checkboxes show.
struct StreamContradiction
{
    QString kind;  // status, test-pass, percentage, header-status
    QString where; // "Task 1.1", "Test 2", "Stream 1"
    QString stated;
    QString computed;
    QString message;

    QJsonObject toJson() const;
};

// A stream document read: its own statements and counts, its tasks (with subtasks) and
// tests, blockers and dependencies. The contradictions are not part of it: StreamReview
// finds them (in the reader's language) whenever the report is shown.
struct StreamReport
{
    QString id; // "1" for "STREAM 1: ...", else the file's name
    QString title;
    QString source; // the file it was read from
    QList<StreamStatement> stated;
    int done = 0;
    int total = 0;
    QList<StreamUnit> tasks;
    QList<StreamUnit> tests;
    QStringList blockers;
    QStringList dependencies;

    std::optional<double> completion() const;
    const StreamStatement *statedStatus() const;
    // As stored in a snapshot: everything the document said, no contradictions.
    QJsonObject toJson() const;
    static StreamReport fromJson(const QJsonObject &object);
    // The object `blihopsctl stream report --json` prints for the stream.
    QJsonObject reportJson(const QList<StreamContradiction> &contradictions) const;

    // done/total as a percentage with one decimal; none without items.
    static std::optional<double> percentOf(int done, int total);
};

} // namespace blihops

// Qt's implicitly shared members only: moved as bytes when a list of them grows (a stream
// document of thousands of tasks).
Q_DECLARE_TYPEINFO(blihops::StreamStatement, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(blihops::StreamUnit, Q_RELOCATABLE_TYPE);
