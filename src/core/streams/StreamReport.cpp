#include "streams/StreamReport.h"

#include <QJsonArray>
#include <cmath>

namespace blihops {

namespace {

QJsonValue optionalNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

const StreamStatement *firstWithState(const QList<StreamStatement> &statements)
{
    for (const StreamStatement &statement : statements) {
        if (statement.state != StreamStatus::State::Unknown)
            return &statement;
    }
    return nullptr;
}

QJsonValue statedText(const StreamStatement *statement)
{
    return statement ? QJsonValue(statement->text) : QJsonValue();
}

QJsonArray statementsJson(const QList<StreamStatement> &statements)
{
    QJsonArray array;
    for (const StreamStatement &statement : statements)
        array.append(statement.toJson());
    return array;
}

QList<StreamStatement> statementsFrom(const QJsonValue &value)
{
    QList<StreamStatement> statements;
    for (const QJsonValue &entry : value.toArray())
        statements.append(StreamStatement::fromJson(entry.toObject()));
    return statements;
}

QStringList stringsFrom(const QJsonValue &value)
{
    QStringList strings;
    for (const QJsonValue &entry : value.toArray())
        strings << entry.toString();
    return strings;
}

// A unit as stored; reportJson adds what the CLI contract names.
QJsonObject unitJson(const StreamUnit &unit)
{
    QJsonArray subtasks;
    for (const StreamUnit &subtask : unit.subtasks)
        subtasks.append(unitJson(subtask));
    return {{QStringLiteral("id"), unit.id},
            {QStringLiteral("title"), unit.title},
            {QStringLiteral("statements"), statementsJson(unit.stated)},
            {QStringLiteral("done"), unit.done},
            {QStringLiteral("total"), unit.total},
            {QStringLiteral("subtasks"), subtasks}};
}

StreamUnit unitFrom(const QJsonObject &object)
{
    StreamUnit unit;
    unit.id = object.value(QStringLiteral("id")).toString();
    unit.title = object.value(QStringLiteral("title")).toString();
    unit.stated = statementsFrom(object.value(QStringLiteral("statements")));
    unit.done = object.value(QStringLiteral("done")).toInt();
    unit.total = object.value(QStringLiteral("total")).toInt();
    for (const QJsonValue &subtask : object.value(QStringLiteral("subtasks")).toArray())
        unit.subtasks.append(unitFrom(subtask.toObject()));
    return unit;
}

QJsonArray unitsJson(const QList<StreamUnit> &units)
{
    QJsonArray array;
    for (const StreamUnit &unit : units)
        array.append(unitJson(unit));
    return array;
}

QList<StreamUnit> unitsFrom(const QJsonValue &value)
{
    QList<StreamUnit> units;
    for (const QJsonValue &entry : value.toArray())
        units.append(unitFrom(entry.toObject()));
    return units;
}

// The statement that gives a percentage, for "stated_completion".
std::optional<double> statedPercent(const QList<StreamStatement> &statements)
{
    for (const StreamStatement &statement : statements) {
        if (statement.percent)
            return statement.percent;
    }
    return std::nullopt;
}

} // namespace

QString StreamStatement::summary() const
{
    QString text =
        state == StreamStatus::State::Unknown ? QString() : StreamStatus::headline(this->text);
    if (percent && !text.contains(QLatin1Char('%')))
        text += QLatin1Char(' ') + QString::number(*percent) + QLatin1Char('%');
    return text.trimmed();
}

namespace {

const QStringList kSources = {QStringLiteral("field"), QStringLiteral("table"),
                              QStringLiteral("summary")};

} // namespace

QJsonObject StreamStatement::toJson() const
{
    return {{QStringLiteral("where"), where},
            {QStringLiteral("source"), kSources.at(int(source))},
            {QStringLiteral("text"), text},
            {QStringLiteral("state"), StreamStatus::key(state)},
            {QStringLiteral("completion"), optionalNumber(percent)}};
}

StreamStatement StreamStatement::fromJson(const QJsonObject &object)
{
    StreamStatement statement;
    statement.where = object.value(QStringLiteral("where")).toString();
    statement.source = Source(std::max<qsizetype>(
        0, kSources.indexOf(object.value(QStringLiteral("source")).toString())));
    statement.text = object.value(QStringLiteral("text")).toString();
    statement.state = StreamStatus::fromKey(object.value(QStringLiteral("state")).toString());
    if (object.value(QStringLiteral("completion")).isDouble())
        statement.percent = object.value(QStringLiteral("completion")).toDouble();
    return statement;
}

std::optional<double> StreamUnit::completion() const
{
    return StreamReport::percentOf(done, total);
}

const StreamStatement *StreamUnit::statedStatus() const
{
    return firstWithState(stated);
}

QString StreamUnit::statedSummary() const
{
    QStringList parts;
    for (const StreamStatement &statement : stated)
        parts << statement.summary();
    parts.removeAll(QString());
    parts.removeDuplicates();
    return parts.join(QStringLiteral("; "));
}

QJsonObject StreamContradiction::toJson() const
{
    return {{QStringLiteral("kind"), kind},
            {QStringLiteral("where"), where},
            {QStringLiteral("stated"), stated},
            {QStringLiteral("computed"), computed},
            {QStringLiteral("message"), message}};
}

std::optional<double> StreamReport::percentOf(int done, int total)
{
    if (total <= 0)
        return std::nullopt;
    return std::round(1000.0 * done / total) / 10.0;
}

std::optional<double> StreamReport::completion() const
{
    return percentOf(done, total);
}

const StreamStatement *StreamReport::statedStatus() const
{
    return firstWithState(stated);
}

QJsonObject StreamReport::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("title"), title},
            {QStringLiteral("source"), source},
            {QStringLiteral("statements"), statementsJson(stated)},
            {QStringLiteral("done"), done},
            {QStringLiteral("total"), total},
            {QStringLiteral("tasks"), unitsJson(tasks)},
            {QStringLiteral("tests"), unitsJson(tests)},
            {QStringLiteral("blockers"), QJsonArray::fromStringList(blockers)},
            {QStringLiteral("dependencies"), QJsonArray::fromStringList(dependencies)}};
}

StreamReport StreamReport::fromJson(const QJsonObject &object)
{
    StreamReport report;
    report.id = object.value(QStringLiteral("id")).toString();
    report.title = object.value(QStringLiteral("title")).toString();
    report.source = object.value(QStringLiteral("source")).toString();
    report.stated = statementsFrom(object.value(QStringLiteral("statements")));
    report.done = object.value(QStringLiteral("done")).toInt();
    report.total = object.value(QStringLiteral("total")).toInt();
    report.tasks = unitsFrom(object.value(QStringLiteral("tasks")));
    report.tests = unitsFrom(object.value(QStringLiteral("tests")));
    report.blockers = stringsFrom(object.value(QStringLiteral("blockers")));
    report.dependencies = stringsFrom(object.value(QStringLiteral("dependencies")));
    return report;
}

QJsonObject StreamReport::reportJson(const QList<StreamContradiction> &contradictions) const
{
    const auto unitReport = [](const StreamUnit &unit, bool task) {
        QJsonObject object = unitJson(unit);
        object.insert(QStringLiteral("completion"), optionalNumber(unit.completion()));
        object.insert(QStringLiteral("stated_completion"),
                      optionalNumber(statedPercent(unit.stated)));
        if (task) {
            object.insert(QStringLiteral("stated_status"), statedText(unit.statedStatus()));
        } else {
            // A test's statements as one phrase: "PASS 75%".
            const QString stated = unit.statedSummary();
            object.insert(QStringLiteral("stated"),
                          stated.isEmpty() ? QJsonValue() : QJsonValue(stated));
        }
        return object;
    };
    QJsonArray taskArray;
    for (const StreamUnit &task : tasks) {
        QJsonObject object = unitReport(task, true);
        QJsonArray subtaskArray;
        for (const StreamUnit &subtask : task.subtasks)
            subtaskArray.append(unitReport(subtask, true));
        object.insert(QStringLiteral("subtasks"), subtaskArray);
        taskArray.append(object);
    }
    QJsonArray testArray;
    for (const StreamUnit &test : tests)
        testArray.append(unitReport(test, false));
    QJsonArray contradictionArray;
    for (const StreamContradiction &contradiction : contradictions)
        contradictionArray.append(contradiction.toJson());
    return {{QStringLiteral("id"), id},
            {QStringLiteral("title"), title},
            {QStringLiteral("source"), source},
            {QStringLiteral("stated_status"), statedText(statedStatus())},
            {QStringLiteral("stated_completion"), optionalNumber(statedPercent(stated))},
            {QStringLiteral("statements"), statementsJson(stated)},
            {QStringLiteral("done"), done},
            {QStringLiteral("total"), total},
            {QStringLiteral("completion"), optionalNumber(completion())},
            {QStringLiteral("tasks"), taskArray},
            {QStringLiteral("tests"), testArray},
            {QStringLiteral("blockers"), QJsonArray::fromStringList(blockers)},
            {QStringLiteral("dependencies"), QJsonArray::fromStringList(dependencies)},
            {QStringLiteral("contradictions"), contradictionArray}};
}

} // namespace blihops
