// Prints the host script BackupScript generates for one source, for bench_backup.sh to time
// exactly what a job runs.
// Usage: backupscripthelper database NAME DESTINATION PROJECT
//        backupscripthelper path FOLDER DESTINATION
//        backupscripthelper checksum        (the table checksum statement, in a transaction)
#include "backup/BackupScript.h"
#include "backup/TableChecksumSql.h"

#include <QCoreApplication>
#include <cstdio>

using namespace blihops;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.value(1) == QLatin1String("checksum")) {
        std::printf("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY;\n%sCOMMIT;\n",
                    qPrintable(TableChecksumSql::psqlScript()));
        return 0;
    }
    if (args.size() < 4 ||
        (args.at(1) != QLatin1String("database") && args.at(1) != QLatin1String("path"))) {
        std::fprintf(stderr, "usage: backupscripthelper database NAME DESTINATION PROJECT | "
                             "path FOLDER DESTINATION\n");
        return 2;
    }
    BackupJob job;
    job.environment = QStringLiteral("bench");
    job.name = QStringLiteral("bench");
    if (args.at(1) == QLatin1String("database")) {
        job.databaseService = QStringLiteral("postgres");
        job.databases = {args.at(2)};
        job.databaseDestination = args.at(3);
    } else {
        job.paths = {args.at(2)};
        job.storageDestination = args.at(3);
    }
    std::fputs(qPrintable(BackupScript::generate(job, args.value(4))), stdout);
    return 0;
}
