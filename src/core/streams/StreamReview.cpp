#include "streams/StreamReview.h"

#include <cmath>

namespace blihops {

namespace {

using State = StreamStatus::State;

QString percentText(double value)
{
    return QString::number(value, 'f', value == std::floor(value) ? 0 : 1) + QLatin1Char('%');
}

QString computedText(int done, int total)
{
    return StreamReview::tr("%1 of %2 ticked, %3")
        .arg(done)
        .arg(total)
        .arg(percentText(*StreamReport::percentOf(done, total)));
}

// Contradictions of one task or test ("Task 1.1", "Test 2") or of the stream.
class Finder
{
public:
    explicit Finder(QList<StreamContradiction> &found) : m_found(found) {}

    void unit(const QString &where, const StreamUnit &unit, bool isTest)
    {
        if (unit.total == 0)
            return; // nothing to hold a statement against
        for (const StreamStatement &statement : unit.stated) {
            const QString stated = statement.summary();
            const QString computed = computedText(unit.done, unit.total);
            const int unticked = unit.total - unit.done;
            const bool claimsPass = statement.state == State::Pass ||
                                    statement.state == State::Complete ||
                                    (statement.percent && *statement.percent >= 100);
            if (isTest && claimsPass && unticked > 0) {
                add(QStringLiteral("test-pass"), where, statement, computed,
                    StreamReview::tr("%1 is stated %2 (%3) but not all of its items are ticked "
                                     "(%4).")
                        .arg(where, stated, StreamReview::placeOf(statement), computed));
                continue; // its percentage says the same again
            }
            if (!isTest || !claimsPass)
                status(where, statement, unit.done, unit.total);
            percentage(where, statement, unit.done, unit.total);
        }
    }

    void stream(const StreamReport &report)
    {
        if (report.total == 0)
            return;
        const QString where = StreamReview::tr("Stream %1").arg(report.id);
        QStringList unfinished;
        for (const StreamUnit &task : report.tasks) {
            if (task.done < task.total)
                unfinished << StreamReview::tr("Task %1 (%2 of %3)")
                                  .arg(task.id)
                                  .arg(task.done)
                                  .arg(task.total);
        }
        const QString computed = computedText(report.done, report.total);
        for (const StreamStatement &statement : report.stated) {
            const QString stated = statement.summary();
            const State state = statement.state;
            QString message;
            if ((state == State::Complete || state == State::Pass) && report.done < report.total) {
                message = unfinished.isEmpty()
                              ? StreamReview::tr("The stream is stated %1 (%2) but %3.")
                                    .arg(stated, StreamReview::placeOf(statement), computed)
                              : StreamReview::tr("The stream is stated %1 (%2) but these tasks "
                                                 "are not done: %3.")
                                    .arg(stated, StreamReview::placeOf(statement),
                                         unfinished.join(QStringLiteral(", ")));
            } else if (state == State::NotStarted && report.done > 0) {
                message = StreamReview::tr("The stream is stated %1 (%2) but %3.")
                              .arg(stated, StreamReview::placeOf(statement), computed);
            } else if (state == State::Partial &&
                       (report.done == report.total || report.done == 0)) {
                message = report.done == 0
                              ? StreamReview::tr("The stream is stated %1 (%2) but no item of "
                                                 "its tasks is ticked.")
                                    .arg(stated, StreamReview::placeOf(statement))
                              : StreamReview::tr("The stream is stated %1 (%2) but every item of "
                                                 "its tasks is ticked.")
                                    .arg(stated, StreamReview::placeOf(statement));
            }
            if (!message.isEmpty())
                m_found.append({QStringLiteral("header-status"), where, stated, computed, message});
            percentage(where, statement, report.done, report.total);
        }
    }

private:
    void add(const QString &kind, const QString &where, const StreamStatement &statement,
             const QString &computed, const QString &message)
    {
        m_found.append({kind, where, statement.summary(), computed, message});
    }

    void status(const QString &where, const StreamStatement &statement, int done, int total)
    {
        const QString stated = statement.summary();
        const QString computed = computedText(done, total);
        QString message;
        if ((statement.state == State::Complete || statement.state == State::Pass) &&
            done < total) {
            message = StreamReview::tr("%1 is stated %2 (%3) but not all of its items are ticked "
                                       "(%4).")
                          .arg(where, stated, StreamReview::placeOf(statement), computed);
        } else if (statement.state == State::NotStarted && done > 0) {
            message = StreamReview::tr("%1 is stated %2 (%3) but items are already ticked "
                                       "(%4).")
                          .arg(where, stated, StreamReview::placeOf(statement), computed);
        } else if (statement.state == State::Partial && (done == total || done == 0)) {
            message = done == 0
                          ? StreamReview::tr("%1 is stated %2 (%3) but none of its items "
                                             "is ticked (%4).")
                                .arg(where, stated, StreamReview::placeOf(statement), computed)
                          : StreamReview::tr("%1 is stated %2 (%3) but all of its items "
                                             "are ticked (%4).")
                                .arg(where, stated, StreamReview::placeOf(statement), computed);
        }
        if (!message.isEmpty())
            add(QStringLiteral("status"), where, statement, computed, message);
    }

    void percentage(const QString &where, const StreamStatement &statement, int done, int total)
    {
        if (!statement.percent)
            return;
        const double computed = *StreamReport::percentOf(done, total);
        if (std::abs(*statement.percent - computed) <= StreamReview::kTolerance)
            return;
        add(QStringLiteral("percentage"), where, statement, computedText(done, total),
            StreamReview::tr("%1 is stated at %2 (%3) but its items show %4.")
                .arg(where, percentText(*statement.percent), StreamReview::placeOf(statement),
                     percentText(computed)));
    }

    QList<StreamContradiction> &m_found;
};

} // namespace

QString StreamReview::placeOf(const StreamStatement &statement)
{
    switch (statement.source) {
    case StreamStatement::Source::Table:
        return tr("table under \u201C%1\u201D").arg(statement.where);
    case StreamStatement::Source::Summary:
        return tr("summary under \u201C%1\u201D").arg(statement.where);
    case StreamStatement::Source::Field:
        break;
    }
    return statement.where;
}

QList<StreamContradiction> StreamReview::contradictions(const StreamReport &report)
{
    QList<StreamContradiction> found;
    Finder finder(found);
    finder.stream(report);
    for (const StreamUnit &task : report.tasks) {
        finder.unit(tr("Task %1").arg(task.id), task, false);
        for (const StreamUnit &subtask : task.subtasks)
            finder.unit(tr("Subtask %1").arg(subtask.id), subtask, false);
    }
    for (const StreamUnit &test : report.tests)
        finder.unit(tr("Test %1").arg(test.id), test, true);
    return found;
}

} // namespace blihops
