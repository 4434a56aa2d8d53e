#include "workspace/WorkspaceSchema.h"

#include "util/LogCategories.h"
#include "util/Timestamp.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QStringList>

namespace blihops {

namespace {

// {ID} is an auto-numbered primary key; {REF} the type of a column that refers to one;
// {SQLITE} and {POSTGRES} before a statement keep it to that database.
// Timestamps are ISO-8601 UTC text on both databases so that they compare the same way.
const QList<QStringList> kMigrations = {
    // 1: environments and the audit log
    {
        QStringLiteral("CREATE TABLE workspace_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE environments (id {ID}, name TEXT NOT NULL UNIQUE,"
            " tier TEXT NOT NULL CHECK (tier IN ('development', 'staging', 'production')),"
            " engine_url TEXT NOT NULL, project_name TEXT NOT NULL, env_file TEXT NOT NULL,"
            " created_at TEXT NOT NULL, created_by TEXT NOT NULL,"
            " updated_at TEXT NOT NULL, updated_by TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE environment_compose_files ("
                       " environment_id {REF} NOT NULL REFERENCES environments (id) ON DELETE "
                       "CASCADE,"
                       " position INTEGER NOT NULL, path TEXT NOT NULL,"
                       " PRIMARY KEY (environment_id, position))"),
        QStringLiteral("CREATE TABLE environment_ports ("
                       " environment_id {REF} NOT NULL REFERENCES environments (id) ON DELETE "
                       "CASCADE,"
                       " position INTEGER NOT NULL, service TEXT NOT NULL,"
                       " port INTEGER NOT NULL CHECK (port BETWEEN 1 AND 65535),"
                       " PRIMARY KEY (environment_id, position))"),
        QStringLiteral("CREATE TABLE environment_databases ("
                       " environment_id {REF} NOT NULL REFERENCES environments (id) ON DELETE "
                       "CASCADE,"
                       " position INTEGER NOT NULL, name TEXT NOT NULL,"
                       " PRIMARY KEY (environment_id, position))"),
        QStringLiteral("CREATE TABLE audit_log (id {ID}, at TEXT NOT NULL, actor TEXT NOT NULL,"
                       " action TEXT NOT NULL, subject TEXT NOT NULL, details TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX audit_log_at ON audit_log (at)"),
    },
    // 2: readiness rules silenced per service, with the reason
    {
        QStringLiteral("CREATE TABLE rule_silences ("
                       " environment_id {REF} NOT NULL REFERENCES environments (id) ON DELETE "
                       "CASCADE,"
                       " service TEXT NOT NULL, rule TEXT NOT NULL, reason TEXT NOT NULL,"
                       " created_at TEXT NOT NULL, created_by TEXT NOT NULL,"
                       " PRIMARY KEY (environment_id, service, rule))"),
    },
    // 3: smoke suites as users edited them (JSON, no secrets), and the runs' history
    {
        QStringLiteral("CREATE TABLE smoke_suites ("
                       " environment_id {REF} PRIMARY KEY REFERENCES environments (id) ON DELETE "
                       "CASCADE,"
                       " definition TEXT NOT NULL, updated_at TEXT NOT NULL,"
                       " updated_by TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE smoke_runs (id {ID},"
                       " environment_id {REF} NOT NULL REFERENCES environments (id) ON DELETE "
                       "CASCADE,"
                       " started_at TEXT NOT NULL, finished_at TEXT NOT NULL, actor TEXT NOT NULL,"
                       " cancelled INTEGER NOT NULL, passed INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX smoke_runs_environment ON smoke_runs (environment_id, "
                       "started_at)"),
        QStringLiteral("CREATE TABLE smoke_results ("
                       " run_id {REF} NOT NULL REFERENCES smoke_runs (id) ON DELETE CASCADE,"
                       " position INTEGER NOT NULL, check_name TEXT NOT NULL, kind TEXT NOT NULL,"
                       " service TEXT NOT NULL, target TEXT NOT NULL, passed INTEGER NOT NULL,"
                       " duration_ms BIGINT NOT NULL, message TEXT NOT NULL,"
                       " PRIMARY KEY (run_id, position))"),
    },
    // 4: backup jobs (lists as JSON arrays of text; the webhook URL is a setting, not a secret)
    {
        QStringLiteral("CREATE TABLE backup_jobs (id {ID},"
                       " environment_id {REF} NOT NULL REFERENCES environments (id) ON DELETE "
                       "CASCADE,"
                       " name TEXT NOT NULL, database_service TEXT NOT NULL,"
                       " databases TEXT NOT NULL, database_user TEXT NOT NULL,"
                       " volumes TEXT NOT NULL, paths TEXT NOT NULL, cron TEXT NOT NULL,"
                       " zone TEXT NOT NULL, keep_days INTEGER NOT NULL CHECK (keep_days >= 1),"
                       " keep_min INTEGER NOT NULL CHECK (keep_min >= 1),"
                       " database_destination TEXT NOT NULL, storage_destination TEXT NOT NULL,"
                       " copy_to TEXT NOT NULL, webhook_url TEXT NOT NULL,"
                       " scheduler TEXT NOT NULL CHECK (scheduler IN ('cron', 'systemd-user',"
                       " 'systemd-system')),"
                       " enabled INTEGER NOT NULL, created_at TEXT NOT NULL,"
                       " created_by TEXT NOT NULL, updated_at TEXT NOT NULL,"
                       " updated_by TEXT NOT NULL, UNIQUE (environment_id, name))"),
    },
    // 5: where compose runs on an ssh:// engine's host, and how long the health gate waits
    {
        QStringLiteral("ALTER TABLE environments ADD COLUMN remote_directory TEXT NOT NULL "
                       "DEFAULT ''"),
        QStringLiteral("ALTER TABLE environments ADD COLUMN health_timeout_seconds INTEGER NOT "
                       "NULL DEFAULT 120 CHECK (health_timeout_seconds BETWEEN 1 AND 86400)"),
    },
    // 6: checklist templates, runs, revisions, items, evidence, waivers, sign-offs and their
    // append-only audit; stream document snapshots. Runs name their environment rather than
    // refer to it: a signed checklist outlives the environment's entry.
    {
        QStringLiteral("CREATE TABLE checklist_templates (id {ID}, key TEXT NOT NULL,"
                       " title TEXT NOT NULL,"
                       " origin TEXT NOT NULL CHECK (origin IN ('builtin', 'file')),"
                       " source TEXT NOT NULL, markdown TEXT NOT NULL, sha256 TEXT NOT NULL,"
                       " stored_at TEXT NOT NULL, stored_by TEXT NOT NULL, UNIQUE (key, sha256))"),
        QStringLiteral("CREATE TABLE checklist_runs (id {ID},"
                       " template_id {REF} NOT NULL REFERENCES checklist_templates (id),"
                       " environment TEXT NOT NULL, release_name TEXT NOT NULL,"
                       " created_at TEXT NOT NULL, created_by TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX checklist_runs_environment ON checklist_runs (environment)"),
        QStringLiteral("CREATE TABLE checklist_revisions (id {ID},"
                       " run_id {REF} NOT NULL REFERENCES checklist_runs (id),"
                       " revision INTEGER NOT NULL, signed INTEGER NOT NULL,"
                       " opened_at TEXT NOT NULL, opened_by TEXT NOT NULL,"
                       " UNIQUE (run_id, revision))"),
        QStringLiteral("CREATE TABLE checklist_items (id {ID},"
                       " revision_id {REF} NOT NULL REFERENCES checklist_revisions (id),"
                       " number INTEGER NOT NULL, section TEXT NOT NULL, text TEXT NOT NULL,"
                       " depth INTEGER NOT NULL, parent INTEGER NOT NULL,"
                       " state TEXT NOT NULL"
                       " CHECK (state IN ('pending', 'pass', 'fail', 'blocked', 'na')),"
                       " note TEXT NOT NULL, tie TEXT NOT NULL,"
                       " updated_at TEXT NOT NULL, updated_by TEXT NOT NULL,"
                       " UNIQUE (revision_id, number))"),
        QStringLiteral("CREATE TABLE checklist_evidence (id {ID},"
                       " item_id {REF} NOT NULL REFERENCES checklist_items (id),"
                       " kind TEXT NOT NULL, ref TEXT NOT NULL, detail TEXT NOT NULL,"
                       " recorded_at TEXT NOT NULL, recorded_by TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX checklist_evidence_item ON checklist_evidence (item_id)"),
        QStringLiteral("CREATE TABLE checklist_waivers ("
                       " item_id {REF} PRIMARY KEY REFERENCES checklist_items (id),"
                       " reason TEXT NOT NULL, waived_at TEXT NOT NULL, waived_by TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE checklist_signoffs ("
                       " revision_id {REF} PRIMARY KEY REFERENCES checklist_revisions (id),"
                       " name TEXT NOT NULL, role TEXT NOT NULL, comment TEXT NOT NULL,"
                       " signed_at TEXT NOT NULL, actor TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE checklist_audit (id {ID},"
                       " run_id {REF} NOT NULL REFERENCES checklist_runs (id),"
                       " revision INTEGER NOT NULL, item INTEGER NOT NULL, at TEXT NOT NULL,"
                       " actor TEXT NOT NULL, action TEXT NOT NULL, old_value TEXT NOT NULL,"
                       " new_value TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX checklist_audit_run ON checklist_audit (run_id)"),
        // The audit is append-only in the store itself, not only in this program.
        QStringLiteral("{SQLITE}CREATE TRIGGER checklist_audit_no_update BEFORE UPDATE ON "
                       "checklist_audit BEGIN SELECT RAISE(ABORT, 'checklist_audit is "
                       "append-only: UPDATE refused'); END"),
        QStringLiteral("{SQLITE}CREATE TRIGGER checklist_audit_no_delete BEFORE DELETE ON "
                       "checklist_audit BEGIN SELECT RAISE(ABORT, 'checklist_audit is "
                       "append-only: DELETE refused'); END"),
        QStringLiteral("{POSTGRES}CREATE FUNCTION checklist_audit_refuse() RETURNS trigger"
                       " LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION"
                       " 'checklist_audit is append-only: % refused', TG_OP"
                       " USING ERRCODE = 'insufficient_privilege'; END $$"),
        QStringLiteral("{POSTGRES}CREATE TRIGGER checklist_audit_append_only BEFORE UPDATE OR "
                       "DELETE ON checklist_audit FOR EACH ROW EXECUTE FUNCTION "
                       "checklist_audit_refuse()"),
        QStringLiteral("{POSTGRES}CREATE TRIGGER checklist_audit_no_truncate BEFORE TRUNCATE ON "
                       "checklist_audit FOR EACH STATEMENT EXECUTE FUNCTION "
                       "checklist_audit_refuse()"),
        QStringLiteral("CREATE TABLE stream_snapshots (id {ID}, stream TEXT NOT NULL,"
                       " title TEXT NOT NULL, source TEXT NOT NULL, sha256 TEXT NOT NULL,"
                       " imported_at TEXT NOT NULL, imported_by TEXT NOT NULL,"
                       " done INTEGER NOT NULL, total INTEGER NOT NULL,"
                       " contradictions INTEGER NOT NULL, report TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX stream_snapshots_stream ON stream_snapshots (stream, "
                       "imported_at)"),
    },
    // 7: what each check of an environment's backups found (backup status, the console's
    // refresh), so that a dashboard shows backup health without reaching the hosts.
    {
        QStringLiteral("CREATE TABLE backup_checks (id {ID},"
                       " environment_id {REF} NOT NULL REFERENCES environments (id) ON DELETE "
                       "CASCADE,"
                       " checked_at TEXT NOT NULL, checked_by TEXT NOT NULL,"
                       " jobs INTEGER NOT NULL, alerts TEXT NOT NULL,"
                       " last_run_at TEXT NOT NULL, last_run_ok INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX backup_checks_environment ON backup_checks (environment_id, "
                       "checked_at)"),
    },
    // 8: restore verifications, the evidence that a backup restores to what was backed up.
    // They name their environment (as checklist runs do): the proof outlives its entry.
    {
        QStringLiteral("CREATE TABLE restore_verifications (id {ID},"
                       " environment TEXT NOT NULL, backup TEXT NOT NULL, job TEXT NOT NULL,"
                       " kind TEXT NOT NULL CHECK (kind IN ('database', 'storage')),"
                       " sha256 TEXT NOT NULL, target_environment TEXT NOT NULL,"
                       " target_database TEXT NOT NULL, actor TEXT NOT NULL,"
                       " started_at TEXT NOT NULL, finished_at TEXT NOT NULL,"
                       " ok INTEGER NOT NULL, proven INTEGER NOT NULL, figures TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX restore_verifications_backup ON restore_verifications"
                       " (environment, backup, finished_at)"),
    },
    // 9: a job's scheduled verification on the host, next to its backups (empty: none).
    {
        QStringLiteral("ALTER TABLE backup_jobs ADD COLUMN verify_cron TEXT NOT NULL DEFAULT ''"),
    },
    // 10: the newest verification the hosts' schedules proved, as each check of the backups
    // found it, so that a dashboard counts those proofs too.
    {
        QStringLiteral("ALTER TABLE backup_checks ADD COLUMN last_verified_at TEXT NOT NULL "
                       "DEFAULT ''"),
        QStringLiteral("ALTER TABLE backup_checks ADD COLUMN last_verified_backup TEXT NOT NULL "
                       "DEFAULT ''"),
    },
};

const QLatin1String kSqliteOnly("{SQLITE}");
const QLatin1String kPostgresOnly("{POSTGRES}");

// The statement for one database; empty when it is the other database's only
// ({SQLITE}..., {POSTGRES}...: triggers and functions, whose syntax differs).
QString forDialect(QString sql, bool postgres)
{
    if (sql.startsWith(kSqliteOnly))
        return postgres ? QString() : forDialect(sql.mid(kSqliteOnly.size()), postgres);
    if (sql.startsWith(kPostgresOnly))
        return postgres ? forDialect(sql.mid(kPostgresOnly.size()), postgres) : QString();
    sql.replace(QLatin1String("{ID}"),
                postgres ? QLatin1String("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY")
                         : QLatin1String("INTEGER PRIMARY KEY AUTOINCREMENT"));
    sql.replace(QLatin1String("{REF}"),
                postgres ? QLatin1String("BIGINT") : QLatin1String("INTEGER"));
    return sql;
}

bool hasVersionTable(Workspace &workspace)
{
    QSqlQuery query = workspace.exec(
        workspace.isPostgres()
            ? QStringLiteral("SELECT 1 FROM information_schema.tables WHERE table_schema = "
                             "current_schema() AND table_name = 'blihops_schema'")
            : QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = "
                             "'blihops_schema'"));
    return query.next();
}

} // namespace

int WorkspaceSchema::knownVersion()
{
    return static_cast<int>(kMigrations.size());
}

int WorkspaceSchema::currentVersion(Workspace &workspace)
{
    if (!hasVersionTable(workspace))
        return 0;
    QSqlQuery query = workspace.exec(QStringLiteral("SELECT MAX(version) FROM blihops_schema"));
    return query.next() ? query.value(0).toInt() : 0;
}

void WorkspaceSchema::migrate(Workspace &workspace)
{
    const auto refuseNewer = [&](int version) {
        if (version > knownVersion()) {
            throw Error(ErrorKind::Workspace,
                        QCoreApplication::translate(
                            "WorkspaceSchema",
                            "Workspace %1 has schema version %2, newer than this BlihOps Console "
                            "knows (%3). Update BlihOps Console; the workspace was not changed.")
                            .arg(workspace.location().displayName())
                            .arg(version)
                            .arg(knownVersion()));
        }
    };
    // Checked before any write, so that a newer workspace is never touched.
    const int found = currentVersion(workspace);
    refuseNewer(found);
    if (found == knownVersion())
        return;

    if (!workspace.isPostgres())
        workspace.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    const bool postgres = workspace.isPostgres();
    workspace.inTransaction([&] {
        workspace.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS blihops_schema (version "
                                      "INTEGER NOT NULL, applied_at TEXT NOT NULL)"));
        // Two team members opening a new PostgreSQL workspace at once: one migrates, the
        // other waits here and then finds nothing left to do.
        if (postgres)
            workspace.exec(QStringLiteral("LOCK TABLE blihops_schema IN EXCLUSIVE MODE"));
        const int version = currentVersion(workspace);
        refuseNewer(version);
        for (int next = version + 1; next <= knownVersion(); ++next) {
            for (const QString &statement : kMigrations.at(next - 1)) {
                const QString sql = forDialect(statement, postgres);
                if (!sql.isEmpty())
                    workspace.exec(sql);
            }
            workspace.exec(QStringLiteral("INSERT INTO blihops_schema (version, applied_at) "
                                          "VALUES (?, ?)"),
                           {next, utcTimestamp()});
            qCInfo(lcWorkspace) << "migrated" << workspace.location().displayName() << "to" << next;
        }
    });
}

} // namespace blihops
