#include "TestData.h"
#include "TestWorkspace.h"
#include "backup/BackupHealthLog.h"
#include "backup/BackupStatus.h"
#include "checklist/EvidenceValidators.h"
#include "streams/EnvironmentFacts.h"
#include "verify/DumpObjects.h"
#include "verify/RestoreVerification.h"
#include "verify/ScratchDatabase.h"
#include "verify/VerificationRepository.h"
#include "verify/VerifyReport.h"
#include "workspace/AuditLog.h"
#include "workspace/EnvironmentRepository.h"
#include "workspace/Workspace.h"

#include <QJsonArray>
#include <QTest>
#include <QTimeZone>

using namespace blihops;
using blihops::test::TestWorkspace;

namespace {

// A part of Pagila's `pg_restore --list`, as PostgreSQL 15 prints it.
const QByteArray kListing = R"(;
; Archive created at 2026-12-01 15:53:23 UTC
;     dbname: pagila
;     Format: CUSTOM
;
; Selected TOC Entries:
;
3720; 0 0 ACL - SCHEMA public pg_database_owner
888; 1247 16386 DOMAIN public year blihops
257; 1255 16402 FUNCTION public _group_concat(text, text) blihops
258; 1255 16403 FUNCTION public film_in_stock(integer, integer) blihops
1067; 1255 16474 AGGREGATE public group_concat(text) blihops
214; 1259 16410 SEQUENCE public customer_customer_id_seq blihops
215; 1259 16411 TABLE public customer blihops
230; 1259 16525 TABLE public payment blihops
231; 1259 16528 TABLE public payment_p2022_01 blihops
3590; 0 0 TABLE ATTACH public payment_p2022_01 blihops
232; 1259 16532 VIEW public actor_info blihops
233; 1259 16537 MATERIALIZED VIEW public rental_by_category blihops
3700; 0 16411 TABLE DATA public customer blihops
3701; 0 16528 TABLE DATA public payment_p2022_01 blihops
3710; 0 0 SEQUENCE SET public customer_customer_id_seq blihops
3711; 0 0 SEQUENCE OWNED BY public customer_customer_id_seq blihops
3400; 2606 16611 CONSTRAINT public customer customer_pkey blihops
3401; 1259 16656 INDEX public idx_fk_address_id blihops
3402; 0 0 INDEX ATTACH public payment_p2022_01_customer_id_idx blihops
3500; 2606 16698 FK CONSTRAINT public customer customer_address_id_fkey blihops
3600; 0 16537 MATERIALIZED VIEW DATA public rental_by_category blihops
3650; 2620 16700 TRIGGER public customer last_updated blihops
)";

} // namespace

// The pieces of restore verification that need no server: the table of contents' object
// counts, scratch database names, kinds by magic bytes, the report's result and JSON.
class TestVerifyParts : public QObject
{
    Q_OBJECT

private slots:
    void countsTheTableOfContents()
    {
        const QMap<QString, qint64> counts = DumpObjects::fromToc(kListing);
        QCOMPARE(counts.keys(),
                 QStringList({QStringLiteral("constraints"), QStringLiteral("functions"),
                              QStringLiteral("indexes"), QStringLiteral("materialized_views"),
                              QStringLiteral("sequences"), QStringLiteral("tables"),
                              QStringLiteral("views")}));
        QCOMPARE(counts.value(QStringLiteral("tables")), 3);
        QCOMPARE(counts.value(QStringLiteral("indexes")), 1);
        QCOMPARE(counts.value(QStringLiteral("sequences")), 1);
        QCOMPARE(counts.value(QStringLiteral("constraints")), 2);
        QCOMPARE(counts.value(QStringLiteral("views")), 1);
        QCOMPARE(counts.value(QStringLiteral("materialized_views")), 1);
        QCOMPARE(counts.value(QStringLiteral("functions")), 2);
        QCOMPARE(DumpObjects::dataEntries(kListing), 2);
    }

    void readsTheCatalogCounts()
    {
        const QMap<QString, qint64> counts = DumpObjects::parseCatalog(
            R"({"tables" : 22, "indexes" : 34, "sequences" : 13, "constraints" : 58, "views" : 7, "materialized_views" : 1, "functions" : 9})");
        QCOMPARE(counts.value(QStringLiteral("constraints")), 58);
        QVERIFY_THROWS_EXCEPTION(Error, DumpObjects::parseCatalog(R"({"tables": 1})"));
    }

    void scratchNamesAreValidAndRecognisable()
    {
        const QDateTime at(QDate(2026, 12, 1), QTime(16, 5, 7, 89), Qt::UTC);
        QCOMPARE(ScratchDatabase::name(QStringLiteral("Nightly-DB.2"), at),
                 QStringLiteral("blihops_verify_nightly_db_2_20261201t160507089"));
        QCOMPARE(ScratchDatabase::name(QString(), at),
                 QStringLiteral("blihops_verify_file_20261201t160507089"));
        const QString longName =
            ScratchDatabase::name(QString(100, u'x') + QStringLiteral("\"; DROP"), at);
        QCOMPARE(longName.size(), 63);
        QVERIFY(longName.endsWith(QStringLiteral("_20261201t160507089")));
        for (const QString &name : {longName, ScratchDatabase::name(QStringLiteral("ä ö"), at)})
            QVERIFY2(ScratchDatabase::isScratch(name), qPrintable(name));
        QVERIFY(!ScratchDatabase::isScratch(QStringLiteral("blihops_db")));
        QVERIFY(!ScratchDatabase::isScratch(QStringLiteral("blihops_verify_x; DROP")));
    }

    void tellsKindsByMagic()
    {
        QCOMPARE(RestoreVerification::kindOf("PGDMP\x01\x0e"), BackupRecord::Kind::Database);
        QCOMPARE(RestoreVerification::kindOf("\x28\xb5\x2f\xfd\x04"), BackupRecord::Kind::Storage);
        QCOMPARE(RestoreVerification::kindOf("\x1f\x8b\x08"), BackupRecord::Kind::Storage);
        QVERIFY(!RestoreVerification::kindOf("-- PostgreSQL database dump\n"));
        QVERIFY(!RestoreVerification::kindOf({}));
    }

    void aMismatchFailsAndComesFirst()
    {
        VerifyReport report = VerifyReport::begin(QStringLiteral("stage"), QStringLiteral("b1"),
                                                  BackupRecord::Kind::Database);
        for (VerifyStep &step : report.steps)
            step.state = VerifyStep::State::Passed;
        report.proven = true;
        report.tables = {
            {QStringLiteral("public"), QStringLiteral("a"), 5, QStringLiteral("x"), 5,
             QStringLiteral("x")},
            {QStringLiteral("public"), QStringLiteral("b"), 5, QStringLiteral("x"), 4,
             QStringLiteral("y")},
            {QStringLiteral("app"), QStringLiteral("c"), 1, QStringLiteral("z"), std::nullopt,
             QString()},
        };
        report.sortTables();
        QCOMPARE(report.tables.at(0).name, QStringLiteral("c"));
        QCOMPARE(report.tables.at(1).name, QStringLiteral("b"));
        QCOMPARE(report.tables.at(2).name, QStringLiteral("a"));
        QCOMPARE(report.mismatchedTables(), 2);
        QVERIFY(!report.ok());
        const QJsonObject json = report.toJson();
        QCOMPARE(json.value(QStringLiteral("ok")).toBool(true), false);
        const QJsonObject missing = json.value(QStringLiteral("tables")).toArray().at(0).toObject();
        QVERIFY(missing.value(QStringLiteral("rows_restored")).isNull());
        QCOMPARE(missing.value(QStringLiteral("checksum_match")).toBool(true), false);
        for (const char *key :
             {"ok", "proven", "backup", "target", "steps", "tables", "objects", "files", "errors"})
            QVERIFY2(json.contains(QLatin1String(key)), key);
        QCOMPARE(json.value(QStringLiteral("files")).toObject().keys(),
                 (QStringList{QStringLiteral("changed"), QStringLiteral("extra"),
                              QStringLiteral("missing")}));

        // Equal tables, every step passed: ok. An object count off: not.
        report.tables.removeFirst();
        report.tables.removeFirst();
        QVERIFY(report.ok());
        report.objects.insert(QStringLiteral("indexes"), {3, 2});
        QVERIFY(!report.ok());
        report.objects.insert(QStringLiteral("indexes"), {3, 3});
        report.step(VerifyStep::Kind::Cleanup).state = VerifyStep::State::Failed;
        QVERIFY(!report.ok());
    }

    void withoutManifestNothingMatchesButAllMayPass()
    {
        VerifyReport report = VerifyReport::begin(
            QStringLiteral("stage"), QStringLiteral("/x.dump"), BackupRecord::Kind::Database);
        for (VerifyStep &step : report.steps)
            step.state = VerifyStep::State::Passed;
        report.tables = {{QStringLiteral("public"), QStringLiteral("a"), std::nullopt, QString(), 5,
                          QStringLiteral("x")}};
        QVERIFY(report.ok());
        const QJsonObject table =
            report.toJson().value(QStringLiteral("tables")).toArray().at(0).toObject();
        QVERIFY(table.value(QStringLiteral("checksum_match")).isNull());
        QVERIFY(table.value(QStringLiteral("rows_expected")).isNull());
        QCOMPARE(report.evidenceJson()
                     .value(QStringLiteral("tables"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("checksum_restored"))
                     .toString(),
                 QStringLiteral("x"));
    }
};

// The evidence in the workspace, on SQLite and PostgreSQL alike.
class TestVerificationRepository : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> m_store;
    std::unique_ptr<Workspace> m_workspace;

    static VerifyReport report(const QString &backup, bool ok, bool proven, int minutesAgo)
    {
        VerifyReport report =
            VerifyReport::begin(QStringLiteral("stage"), backup, BackupRecord::Kind::Database);
        for (VerifyStep &step : report.steps)
            step.state = ok ? VerifyStep::State::Passed : VerifyStep::State::Failed;
        report.proven = proven;
        report.job = QStringLiteral("nightly");
        report.sha256 = QString(64, u'a');
        report.targetEnvironment = QStringLiteral("stage");
        report.targetDatabase = QStringLiteral("blihops_verify_nightly_20261201t160507089");
        report.tables = {{QStringLiteral("public"), QStringLiteral("t"), 3, QStringLiteral("c"), 3,
                          QStringLiteral("c")}};
        report.started = QDateTime::currentDateTimeUtc().addSecs(-60 * minutesAgo - 5);
        report.finished = QDateTime::currentDateTimeUtc().addSecs(-60 * minutesAgo);
        return report;
    }

private slots:
    void initTestCase_data() { TestWorkspace::addBackendRows(); }

    void init()
    {
        BLIHOPS_INIT_BACKEND(m_store);
        m_workspace = std::make_unique<Workspace>(WorkspaceLocation::resolve(m_store->location()));
        m_workspace->open();
    }

    void cleanup()
    {
        m_workspace.reset();
        m_store.reset();
    }

    void recordsWhoWhenAndTheFigures()
    {
        VerificationRepository repository(*m_workspace);
        const qint64 id = repository.record(report(QStringLiteral("b1"), true, true, 10));
        QVERIFY(id > 0);
        const QList<VerificationRepository::Entry> entries = repository.list();
        QCOMPARE(entries.size(), 1);
        const VerificationRepository::Entry &entry = entries.first();
        QCOMPARE(entry.id, id);
        QCOMPARE(entry.backup, QStringLiteral("b1"));
        QCOMPARE(entry.environment, QStringLiteral("stage"));
        QCOMPARE(entry.job, QStringLiteral("nightly"));
        QCOMPARE(entry.kind, QStringLiteral("database"));
        QCOMPARE(entry.actor, QStringLiteral("tester@lab"));
        QVERIFY(entry.ok && entry.proven);
        QCOMPARE(entry.targetDatabase, QStringLiteral("blihops_verify_nightly_20261201t160507089"));
        QCOMPARE(entry.figures.value(QStringLiteral("tables"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("checksum_expected"))
                     .toString(),
                 QStringLiteral("c"));
        const AuditLog::Entry audit = AuditLog(*m_workspace).recent(1).value(0);
        QCOMPARE(audit.action, QStringLiteral("verify.run"));
        QCOMPARE(audit.subject, QStringLiteral("stage/b1"));
        QCOMPARE(audit.actor, QStringLiteral("tester@lab"));
    }

    // Only a passing verification with a manifest proves a backup, and the newest counts.
    void verifiedAtIsTheLastProof()
    {
        VerificationRepository repository(*m_workspace);
        repository.record(report(QStringLiteral("b1"), true, true, 30));
        const VerifyReport last = report(QStringLiteral("b1"), true, true, 20);
        repository.record(last);
        repository.record(report(QStringLiteral("b1"), false, true, 5));
        repository.record(report(QStringLiteral("b2"), false, true, 5));
        repository.record(report(QStringLiteral("/file.dump"), true, false, 5));
        const QHash<QString, QDateTime> at = repository.verifiedAt(QStringLiteral("stage"));
        QCOMPARE(at.keys(), QStringList{QStringLiteral("b1")});
        QCOMPARE(at.value(QStringLiteral("b1")), last.finished);
        QVERIFY(repository.verifiedAt(QStringLiteral("prod")).isEmpty());
        QCOMPARE(repository.list(QStringLiteral("stage"), 2).size(), 2);
        QCOMPARE(repository.list(QStringLiteral("prod")).size(), 0);
        QCOMPARE(repository.lastProven(QStringLiteral("stage"))->finishedAt, last.finished);
        QVERIFY(!repository.lastProven(QStringLiteral("prod")));
    }

    // A verification is checklist evidence of its own environment, and the dashboards show
    // the age of the last proven restore, amber once older than a week.
    void isEvidenceAndTheDashboardsRestoreAge()
    {
        Environment stage;
        stage.name = QStringLiteral("stage");
        stage.engineUrl = QStringLiteral("unix:///var/run/docker.sock");
        stage.composeFiles = {QStringLiteral(BLIHOPS_TEST_DATA_DIR "/compose/base.yml")};
        stage.projectName = QStringLiteral("stage");
        EnvironmentRepository(*m_workspace).add(stage);
        const auto restoreAge = [&]() -> std::optional<EnvironmentFacts::Fact> {
            for (const EnvironmentFacts::Row &row : EnvironmentFacts::collect(*m_workspace)) {
                for (const EnvironmentFacts::Fact &fact : row.facts) {
                    if (row.environment == QLatin1String("stage") &&
                        fact.column == QLatin1String("Last verified restore"))
                        return fact;
                }
            }
            return std::nullopt;
        };
        QVERIFY(!restoreAge()); // nothing to say of an environment without backups or proofs

        VerificationRepository repository(*m_workspace);
        const qint64 old = repository.record(report(QStringLiteral("b1"), true, true, 8 * 1440));
        std::optional<EnvironmentFacts::Fact> fact = restoreAge();
        QVERIFY(fact && !fact->ok);
        QVERIFY2(fact->text.contains(QLatin1String("(backup b1)")), qPrintable(fact->text));
        repository.record(report(QStringLiteral("b2"), false, true, 1));
        QVERIFY(!restoreAge()->ok); // a failed one proves nothing
        repository.record(report(QStringLiteral("b3"), true, true, 60));
        fact = restoreAge();
        QVERIFY(fact->ok);
        QVERIFY2(fact->text.contains(QLatin1String("(backup b3)")), qPrintable(fact->text));

        // A job's scheduled verifications on the host, as a check of the backups found them:
        // a newer pass counts, an older one or a failed one does not, and a failed one of
        // another source does not undo a pass.
        BackupJob job;
        job.environment = stage.name;
        job.name = QStringLiteral("nightly");
        const auto onHost = [&](const QString &backup, bool ok, qint64 secondsAgo) {
            HostVerification verification;
            verification.backup = backup;
            verification.job = job.name;
            verification.ok = ok;
            verification.started = QDateTime::currentDateTimeUtc().addSecs(-secondsAgo);
            verification.durationMs = 5000;
            return verification;
        };
        const auto check = [&](const QList<HostVerification> &verifications) {
            BackupStatus status;
            status.job = job;
            for (const HostVerification &verification : verifications)
                status.note(verification);
            BackupHealthLog(*m_workspace).record(stage.name, {status});
            return restoreAge()->text;
        };
        QVERIFY2(check({onHost(QStringLiteral("h1"), true, 2 * 3600)})
                     .contains(QLatin1String("(backup b3)")),
                 qPrintable(restoreAge()->text)); // b3 is newer
        QVERIFY2(check({onHost(QStringLiteral("h1"), false, 600)})
                     .contains(QLatin1String("(backup b3)")),
                 qPrintable(restoreAge()->text));
        const HostVerification passed = onHost(QStringLiteral("h1"), true, 600);
        QVERIFY2(check({passed, onHost(QStringLiteral("s1"), false, 300)})
                     .contains(QLatin1String("(backup h1, on the host)")),
                 qPrintable(restoreAge()->text));
        QVERIFY(restoreAge()->ok);
        QCOMPARE(BackupHealthLog(*m_workspace).latest(stage.name)->lastVerifiedAt,
                 passed.started.addMSecs(5000));

        const EvidenceValidators::Context context{*m_workspace, QStringLiteral("stage")};
        const Evidence checked = EvidenceValidators::validate(
            context, Evidence::parse(QStringLiteral("verification:%1").arg(old)));
        QCOMPARE(checked.ref, QString::number(old));
        QVERIFY2(checked.detail.startsWith(QLatin1String("passed (proven) of database backup b1")),
                 qPrintable(checked.detail));
        const EvidenceValidators::Context elsewhere{*m_workspace, QStringLiteral("prod")};
        try {
            EvidenceValidators::validate(
                elsewhere, Evidence::parse(QStringLiteral("verification:%1").arg(old)));
            QFAIL("another environment's verification was taken");
        } catch (const Error &error) {
            QCOMPARE(error.kind(), ErrorKind::BadInput);
            QVERIFY(error.message().contains(QLatin1String("not of prod")));
        }
        try {
            EvidenceValidators::validate(context,
                                         Evidence::parse(QStringLiteral("verification:99999")));
            QFAIL("a verification that does not exist was taken");
        } catch (const Error &error) {
            QCOMPARE(error.kind(), ErrorKind::NotFound);
        }
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    TestVerifyParts parts;
    TestVerificationRepository repository;
    return blihops::test::runTests(argc, argv, {&parts, &repository});
}

#include "tst_verification.moc"
