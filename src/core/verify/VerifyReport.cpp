#include "verify/VerifyReport.h"

#include <QJsonArray>
#include <algorithm>

namespace blihops {

bool VerifyReport::ok() const
{
    const bool stepsOk = std::all_of(steps.cbegin(), steps.cend(), [](const VerifyStep &s) {
        return s.state == VerifyStep::State::Passed || s.state == VerifyStep::State::Skipped;
    });
    const bool objectsOk = std::all_of(objects.cbegin(), objects.cend(),
                                       [](const ObjectCount &c) { return c.dump == c.restored; });
    return stepsOk && !cancelled && objectsOk && errors.isEmpty() && missing.isEmpty() &&
           extra.isEmpty() && changed.isEmpty() && (!proven || mismatchedTables() == 0);
}

int VerifyReport::mismatchedTables() const
{
    return int(std::count_if(tables.cbegin(), tables.cend(),
                             [](const Table &table) { return !table.matches(); }));
}

VerifyStep &VerifyReport::step(VerifyStep::Kind kind)
{
    return steps[int(kind)];
}

const VerifyStep &VerifyReport::step(VerifyStep::Kind kind) const
{
    return steps.at(int(kind));
}

void VerifyReport::sortTables()
{
    const bool compare = proven;
    std::stable_sort(tables.begin(), tables.end(), [compare](const Table &a, const Table &b) {
        const bool aBad = compare && !a.matches();
        const bool bBad = compare && !b.matches();
        if (aBad != bBad)
            return aBad;
        return std::pair(a.schema, a.name) < std::pair(b.schema, b.name);
    });
}

namespace {

QJsonValue optionalNumber(const std::optional<qint64> &value)
{
    return value ? QJsonValue(double(*value)) : QJsonValue();
}

QJsonObject tablesAndRest(const VerifyReport &report, bool withChecksums)
{
    QJsonArray tables;
    for (const VerifyReport::Table &table : report.tables) {
        QJsonObject object{{QStringLiteral("schema"), table.schema},
                           {QStringLiteral("name"), table.name},
                           {QStringLiteral("rows_expected"), optionalNumber(table.rowsExpected)},
                           {QStringLiteral("rows_restored"), optionalNumber(table.rowsRestored)},
                           // Without a manifest there is nothing to match.
                           {QStringLiteral("checksum_match"),
                            report.proven ? QJsonValue(table.matches()) : QJsonValue()}};
        if (withChecksums) {
            object.insert(QStringLiteral("checksum_expected"), table.checksumExpected);
            object.insert(QStringLiteral("checksum_restored"), table.checksumRestored);
        }
        tables.append(object);
    }
    QJsonArray steps;
    for (const VerifyStep &step : report.steps)
        steps.append(step.toJson());
    QJsonObject objects;
    for (auto it = report.objects.cbegin(); it != report.objects.cend(); ++it) {
        objects.insert(it.key(), QJsonObject{{QStringLiteral("dump"), double(it->dump)},
                                             {QStringLiteral("restored"), double(it->restored)}});
    }
    return {
        {QStringLiteral("ok"), report.ok()},
        {QStringLiteral("proven"), report.proven},
        {QStringLiteral("backup"), report.backup},
        {QStringLiteral("target"),
         QJsonObject{{QStringLiteral("environment"), report.targetEnvironment},
                     {QStringLiteral("database"), report.targetDatabase},
                     {QStringLiteral("kept"), report.kept}}},
        {QStringLiteral("steps"), steps},
        {QStringLiteral("tables"), tables},
        {QStringLiteral("objects"), objects},
        {QStringLiteral("files"),
         QJsonObject{{QStringLiteral("missing"), QJsonArray::fromStringList(report.missing)},
                     {QStringLiteral("extra"), QJsonArray::fromStringList(report.extra)},
                     {QStringLiteral("changed"), QJsonArray::fromStringList(report.changed)}}},
        {QStringLiteral("errors"), QJsonArray::fromStringList(report.errors)},
        {QStringLiteral("environment"), report.environment},
        {QStringLiteral("job"), report.job},
        {QStringLiteral("kind"), BackupRecord::kindKey(report.kind)},
        {QStringLiteral("sha256"), report.sha256},
        {QStringLiteral("started"), report.started.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("finished"), report.finished.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("cancelled"), report.cancelled},
    };
}

} // namespace

QJsonObject VerifyReport::toJson() const
{
    return tablesAndRest(*this, false);
}

QJsonObject VerifyReport::evidenceJson() const
{
    return tablesAndRest(*this, true);
}

VerifyReport VerifyReport::begin(const QString &environment, const QString &backup,
                                 BackupRecord::Kind kind)
{
    VerifyReport report;
    report.environment = environment;
    report.backup = backup;
    report.kind = kind;
    report.started = QDateTime::currentDateTimeUtc();
    for (const VerifyStep::Kind step : {VerifyStep::Kind::Checksum, VerifyStep::Kind::Restore,
                                        VerifyStep::Kind::Compare, VerifyStep::Kind::Cleanup}) {
        VerifyStep pending;
        pending.kind = step;
        report.steps.append(pending);
    }
    return report;
}

} // namespace blihops
