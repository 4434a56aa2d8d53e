#include "checklist/ChecklistRepository.h"

#include "checklist/ChecklistTemplateRepository.h"
#include "checklist/EvidenceValidators.h"
#include "util/Error.h"
#include "util/Timestamp.h"
#include "workspace/AuditLog.h"
#include "workspace/EnvironmentRepository.h"
#include "workspace/Workspace.h"

#include <QHash>

namespace blihops {

namespace {

QString runSubject(qint64 run)
{
    return QStringLiteral("checklist %1").arg(run);
}

Error unknownRun(qint64 run)
{
    return Error(ErrorKind::NotFound,
                 ChecklistRepository::tr("There is no checklist run %1: `blihopsctl checklist "
                                         "list` shows the runs.")
                     .arg(run));
}

// Audit values of the fields that may change.
QString waiverText(const std::optional<Waiver> &waiver)
{
    return waiver ? waiver->reason : QString();
}

} // namespace

ChecklistRun ChecklistRepository::start(const ChecklistTemplate &checklistTemplate,
                                        const QString &environment, const QString &release)
{
    if (release.trimmed().isEmpty()) {
        throw Error(ErrorKind::BadInput,
                    tr("A checklist run needs the release it is for (a version or tag), e.g. "
                       "--release v1.4.0."));
    }
    qint64 runId = 0;
    m_workspace.inTransaction([&] {
        EnvironmentRepository(m_workspace).get(environment);
        const qint64 templateId = ChecklistTemplateRepository(m_workspace).store(checklistTemplate);
        const QString now = utcTimestamp();
        const QString actor = Workspace::actor();
        QSqlQuery run = m_workspace.exec(
            QStringLiteral("INSERT INTO checklist_runs (template_id, environment, release_name, "
                           "created_at, created_by) VALUES (?, ?, ?, ?, ?) RETURNING id"),
            {templateId, environment, release.trimmed(), now, actor});
        run.next();
        runId = run.value(0).toLongLong();
        QSqlQuery revision = m_workspace.exec(
            QStringLiteral("INSERT INTO checklist_revisions (run_id, revision, signed, opened_at, "
                           "opened_by) VALUES (?, 1, 0, ?, ?) RETURNING id"),
            {runId, now, actor});
        revision.next();
        const qint64 revisionId = revision.value(0).toLongLong();
        for (qsizetype i = 0; i < checklistTemplate.items.size(); ++i) {
            const ChecklistTemplateItem &item = checklistTemplate.items.at(i);
            QSqlQuery inserted = m_workspace.exec(
                QStringLiteral("INSERT INTO checklist_items (revision_id, number, section, text, "
                               "depth, parent, state, note, tie, updated_at, updated_by) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, '', ?, ?, ?) RETURNING id"),
                {revisionId, int(i + 1), item.section, item.text, item.depth, item.parent,
                 itemStateKey(item.checked ? ItemState::Pass : ItemState::Pending),
                 item.tie.toString(), now, actor});
            inserted.next();
            if (item.checked) {
                insertEvidence(inserted.value(0).toLongLong(),
                               {QStringLiteral("document"),
                                checklistTemplate.source,
                                QStringLiteral("ticked in the imported document"),
                                {},
                                {}});
            }
        }
        const QString what = QStringLiteral("%1 for %2, release %3")
                                 .arg(checklistTemplate.key, environment, release.trimmed());
        ChecklistAudit(m_workspace).record(runId, 1, 0, QStringLiteral("run.start"), {}, what);
        AuditLog(m_workspace).record(QStringLiteral("checklist.start"), runSubject(runId), what);
    });
    return get(runId);
}

QList<ChecklistRunSummary> ChecklistRepository::list(const QString &environment)
{
    // The latest revision of each run, with its item counts.
    QString sql = QStringLiteral(
        "SELECT r.id, t.key, t.title, r.environment, r.release_name, r.created_at, r.created_by, "
        "v.revision, v.signed, COUNT(i.id), "
        "SUM(CASE WHEN i.state <> 'pending' THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN i.state = 'fail' THEN 1 ELSE 0 END) "
        "FROM checklist_runs r JOIN checklist_templates t ON t.id = r.template_id "
        "JOIN checklist_revisions v ON v.run_id = r.id AND v.revision = "
        "(SELECT MAX(revision) FROM checklist_revisions WHERE run_id = r.id) "
        "LEFT JOIN checklist_items i ON i.revision_id = v.id ");
    QVariantList values;
    if (!environment.isEmpty()) {
        sql += QStringLiteral("WHERE r.environment = ? ");
        values << environment;
    }
    sql += QStringLiteral("GROUP BY r.id, t.key, t.title, r.environment, r.release_name, "
                          "r.created_at, r.created_by, v.revision, v.signed");
    QSqlQuery rows = m_workspace.exec(sql, values);
    QList<ChecklistRunSummary> runs;
    while (rows.next()) {
        ChecklistRunSummary run;
        run.id = rows.value(0).toLongLong();
        run.templateKey = rows.value(1).toString();
        run.templateTitle = rows.value(2).toString();
        run.environment = rows.value(3).toString();
        run.release = rows.value(4).toString();
        run.createdAt = fromUtcTimestamp(rows.value(5).toString());
        run.createdBy = rows.value(6).toString();
        run.revision = rows.value(7).toInt();
        run.isSigned = rows.value(8).toInt() != 0;
        run.total = rows.value(9).toInt();
        run.decided = rows.value(10).toInt();
        run.failed = rows.value(11).toInt();
        runs.append(run);
    }
    std::sort(
        runs.begin(), runs.end(),
        [](const ChecklistRunSummary &a, const ChecklistRunSummary &b) { return a.id > b.id; });
    return runs;
}

ChecklistRun ChecklistRepository::get(qint64 runId, int revision)
{
    QSqlQuery head = m_workspace.exec(
        QStringLiteral("SELECT t.key, t.title, t.origin, t.source, r.environment, r.release_name, "
                       "r.created_at, r.created_by FROM checklist_runs r "
                       "JOIN checklist_templates t ON t.id = r.template_id WHERE r.id = ?"),
        {runId});
    if (!head.next())
        throw unknownRun(runId);
    ChecklistRun run;
    run.id = runId;
    run.templateKey = head.value(0).toString();
    run.templateTitle = head.value(1).toString();
    run.templateSource = head.value(2).toString() == QLatin1String("builtin")
                             ? QStringLiteral("builtin")
                             : head.value(3).toString();
    run.environment = head.value(4).toString();
    run.release = head.value(5).toString();
    run.createdAt = fromUtcTimestamp(head.value(6).toString());
    run.createdBy = head.value(7).toString();

    QSqlQuery revisions = m_workspace.exec(
        QStringLiteral("SELECT v.id, v.revision, v.signed, v.opened_at, v.opened_by, s.name, "
                       "s.role, s.comment, s.signed_at, s.actor FROM checklist_revisions v "
                       "LEFT JOIN checklist_signoffs s ON s.revision_id = v.id "
                       "WHERE v.run_id = ? ORDER BY v.revision"),
        {runId});
    QHash<int, qint64> rowOfRevision;
    while (revisions.next()) {
        ChecklistRevision entry;
        entry.revision = revisions.value(1).toInt();
        entry.isSigned = revisions.value(2).toInt() != 0;
        entry.openedAt = fromUtcTimestamp(revisions.value(3).toString());
        entry.openedBy = revisions.value(4).toString();
        if (!revisions.value(5).isNull()) {
            entry.signOff = SignOff{revisions.value(5).toString(), revisions.value(6).toString(),
                                    revisions.value(7).toString(),
                                    fromUtcTimestamp(revisions.value(8).toString()),
                                    revisions.value(9).toString()};
        }
        rowOfRevision.insert(entry.revision, revisions.value(0).toLongLong());
        run.revisions.append(entry);
    }
    run.latestRevision = run.revisions.isEmpty() ? 0 : run.revisions.last().revision;
    run.revision = revision > 0 ? revision : run.latestRevision;
    if (!rowOfRevision.contains(run.revision)) {
        throw Error(ErrorKind::NotFound,
                    tr("Checklist run %1 has no revision %2; its latest is %3.")
                        .arg(runId)
                        .arg(revision)
                        .arg(run.latestRevision));
    }
    const ChecklistRevision &shown = run.revisions.at(run.revision - 1);
    run.isSigned = shown.isSigned;
    run.signOff = shown.signOff;
    run.items = items(rowOfRevision.value(run.revision));
    return run;
}

QList<ChecklistItem> ChecklistRepository::items(qint64 revisionRowId)
{
    QSqlQuery rows = m_workspace.exec(
        QStringLiteral("SELECT i.id, i.number, i.section, i.text, i.depth, i.parent, i.state, "
                       "i.note, i.tie, i.updated_at, i.updated_by, w.reason, w.waived_at, "
                       "w.waived_by FROM checklist_items i "
                       "LEFT JOIN checklist_waivers w ON w.item_id = i.id "
                       "WHERE i.revision_id = ? ORDER BY i.number"),
        {revisionRowId});
    QList<ChecklistItem> result;
    QHash<qint64, qsizetype> indexOfRow;
    while (rows.next()) {
        ChecklistItem item;
        item.number = rows.value(1).toInt();
        item.section = rows.value(2).toString();
        item.text = rows.value(3).toString();
        item.depth = rows.value(4).toInt();
        item.parent = rows.value(5).toInt();
        item.state = itemStateFromKey(rows.value(6).toString()).value_or(ItemState::Pending);
        item.note = rows.value(7).toString();
        item.tie = CheckTie::parse(rows.value(8).toString());
        item.updatedAt = fromUtcTimestamp(rows.value(9).toString());
        item.updatedBy = rows.value(10).toString();
        if (!rows.value(11).isNull()) {
            item.waiver =
                Waiver{rows.value(11).toString(), fromUtcTimestamp(rows.value(12).toString()),
                       rows.value(13).toString()};
        }
        indexOfRow.insert(rows.value(0).toLongLong(), result.size());
        result.append(item);
    }
    QSqlQuery evidence = m_workspace.exec(
        QStringLiteral("SELECT e.item_id, e.kind, e.ref, e.detail, e.recorded_at, e.recorded_by "
                       "FROM checklist_evidence e JOIN checklist_items i ON i.id = e.item_id "
                       "WHERE i.revision_id = ? ORDER BY e.id"),
        {revisionRowId});
    while (evidence.next()) {
        result[indexOfRow.value(evidence.value(0).toLongLong())].evidence.append(
            {evidence.value(1).toString(), evidence.value(2).toString(),
             evidence.value(3).toString(), fromUtcTimestamp(evidence.value(4).toString()),
             evidence.value(5).toString()});
    }
    return result;
}

Error ChecklistRepository::readOnly(qint64 run, int revision)
{
    return Error(ErrorKind::Conflict,
                 tr("Checklist run %1 is signed off (revision %2) and read-only: `blihopsctl "
                    "checklist reopen %1` starts revision %3 from it.")
                     .arg(run)
                     .arg(revision)
                     .arg(revision + 1));
}

ChecklistRepository::OpenRevision ChecklistRepository::openRevision(qint64 run)
{
    // FOR UPDATE: on PostgreSQL a sign-off and a change to an item cannot cross; SQLite's
    // IMMEDIATE transaction holds the whole file already.
    QSqlQuery latest = m_workspace.exec(
        QStringLiteral("SELECT v.id, v.revision, v.signed, r.environment FROM checklist_revisions "
                       "v JOIN checklist_runs r ON r.id = v.run_id WHERE v.run_id = ? ORDER BY "
                       "v.revision DESC LIMIT 1") +
            (m_workspace.isPostgres() ? QStringLiteral(" FOR UPDATE OF v") : QString()),
        {run});
    if (!latest.next())
        throw unknownRun(run);
    const int revision = latest.value(1).toInt();
    if (latest.value(2).toInt() != 0)
        throw readOnly(run, revision);
    return {latest.value(0).toLongLong(), revision, latest.value(3).toString()};
}

ChecklistRepository::ItemRow ChecklistRepository::itemRow(qint64 run, const OpenRevision &revision,
                                                          int number)
{
    QSqlQuery row = m_workspace.exec(
        QStringLiteral("SELECT id FROM checklist_items WHERE revision_id = ? AND number = ?"),
        {revision.rowId, number});
    if (!row.next()) {
        QSqlQuery count = m_workspace.exec(
            QStringLiteral("SELECT COUNT(*) FROM checklist_items WHERE revision_id = ?"),
            {revision.rowId});
        count.next();
        throw Error(ErrorKind::NotFound, tr("Checklist run %1 has no item %2: its items are "
                                            "numbered 1 to %3.")
                                             .arg(run)
                                             .arg(number)
                                             .arg(count.value(0).toInt()));
    }
    const qint64 rowId = row.value(0).toLongLong();
    for (const ChecklistItem &item : items(revision.rowId)) {
        if (item.number == number)
            return {rowId, item};
    }
    return {rowId, {}};
}

void ChecklistRepository::insertEvidence(qint64 itemRowId, const Evidence &evidence)
{
    m_workspace.exec(QStringLiteral("INSERT INTO checklist_evidence (item_id, kind, ref, detail, "
                                    "recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?)"),
                     {itemRowId, evidence.kind, evidence.ref, evidence.detail, utcTimestamp(),
                      Workspace::actor()});
}

void ChecklistRepository::touch(qint64 itemRowId)
{
    m_workspace.exec(
        QStringLiteral("UPDATE checklist_items SET updated_at = ?, updated_by = ? WHERE id = ?"),
        {utcTimestamp(), Workspace::actor(), itemRowId});
}

ChecklistItem
ChecklistRepository::onItem(qint64 run, int number,
                            const std::function<void(const OpenRevision &, const ItemRow &)> &work)
{
    ChecklistItem result;
    m_workspace.inTransaction([&] {
        const OpenRevision revision = openRevision(run);
        const ItemRow row = itemRow(run, revision, number);
        work(revision, row);
        touch(row.rowId);
        result = itemRow(run, revision, number).item;
    });
    return result;
}

ChecklistItem ChecklistRepository::change(qint64 run, int number, const ItemChange &change)
{
    return onItem(run, number, [&](const OpenRevision &revision, const ItemRow &row) {
        ChecklistAudit audit(m_workspace);
        if (change.state && *change.state != row.item.state) {
            m_workspace.exec(QStringLiteral("UPDATE checklist_items SET state = ? WHERE id = ?"),
                             {itemStateKey(*change.state), row.rowId});
            audit.record(run, revision.revision, number, QStringLiteral("item.state"),
                         itemStateKey(row.item.state), itemStateKey(*change.state));
        }
        if (change.note && *change.note != row.item.note) {
            m_workspace.exec(QStringLiteral("UPDATE checklist_items SET note = ? WHERE id = ?"),
                             {*change.note, row.rowId});
            audit.record(run, revision.revision, number, QStringLiteral("item.note"), row.item.note,
                         *change.note);
        }
        if (change.evidence) {
            const Evidence checked =
                EvidenceValidators::validate({m_workspace, revision.environment}, *change.evidence);
            insertEvidence(row.rowId, checked);
            audit.record(run, revision.revision, number, QStringLiteral("item.evidence"), {},
                         checked.toString());
        }
    });
}

ChecklistItem ChecklistRepository::recordCheck(qint64 run, int number, ItemState state,
                                               const Evidence &evidence)
{
    return onItem(run, number, [&](const OpenRevision &revision, const ItemRow &row) {
        ChecklistAudit audit(m_workspace);
        insertEvidence(row.rowId, evidence);
        audit.record(run, revision.revision, number, QStringLiteral("item.evidence"), {},
                     evidence.toString());
        if (state != row.item.state) {
            m_workspace.exec(QStringLiteral("UPDATE checklist_items SET state = ? WHERE id = ?"),
                             {itemStateKey(state), row.rowId});
            audit.record(run, revision.revision, number, QStringLiteral("item.state"),
                         itemStateKey(row.item.state), itemStateKey(state));
        }
    });
}

ChecklistItem ChecklistRepository::removeEvidence(qint64 run, int number, int index)
{
    return onItem(run, number, [&](const OpenRevision &revision, const ItemRow &row) {
        if (index < 0 || index >= row.item.evidence.size()) {
            throw Error(ErrorKind::NotFound,
                        tr("Item %1 of checklist run %2 has no evidence number %3.")
                            .arg(number)
                            .arg(run)
                            .arg(index + 1));
        }
        QSqlQuery ids = m_workspace.exec(
            QStringLiteral("SELECT id FROM checklist_evidence WHERE item_id = ? ORDER BY id"),
            {row.rowId});
        for (int i = 0; i <= index; ++i)
            ids.next();
        const qint64 evidenceId = ids.value(0).toLongLong();
        m_workspace.exec(QStringLiteral("DELETE FROM checklist_evidence WHERE id = ?"),
                         {evidenceId});
        ChecklistAudit(m_workspace)
            .record(run, revision.revision, number, QStringLiteral("item.evidence.remove"),
                    row.item.evidence.at(index).toString(), {});
    });
}

ChecklistItem ChecklistRepository::waive(qint64 run, int number, const QString &reason)
{
    if (reason.trimmed().isEmpty()) {
        throw Error(ErrorKind::BadInput,
                    tr("Waiving item %1 of checklist run %2 needs a reason, so that whoever "
                       "reads the sign-off knows why it was safe.")
                        .arg(number)
                        .arg(run));
    }
    return onItem(run, number, [&](const OpenRevision &revision, const ItemRow &row) {
        m_workspace.exec(QStringLiteral("DELETE FROM checklist_waivers WHERE item_id = ?"),
                         {row.rowId});
        m_workspace.exec(QStringLiteral("INSERT INTO checklist_waivers (item_id, reason, "
                                        "waived_at, waived_by) VALUES (?, ?, ?, ?)"),
                         {row.rowId, reason.trimmed(), utcTimestamp(), Workspace::actor()});
        ChecklistAudit(m_workspace)
            .record(run, revision.revision, number, QStringLiteral("item.waive"),
                    waiverText(row.item.waiver), reason.trimmed());
    });
}

ChecklistItem ChecklistRepository::unwaive(qint64 run, int number)
{
    return onItem(run, number, [&](const OpenRevision &revision, const ItemRow &row) {
        if (!row.item.waiver) {
            throw Error(ErrorKind::NotFound,
                        tr("Item %1 of checklist run %2 is not waived.").arg(number).arg(run));
        }
        m_workspace.exec(QStringLiteral("DELETE FROM checklist_waivers WHERE item_id = ?"),
                         {row.rowId});
        ChecklistAudit(m_workspace)
            .record(run, revision.revision, number, QStringLiteral("item.unwaive"),
                    waiverText(row.item.waiver), {});
    });
}

ChecklistItem ChecklistRepository::tie(qint64 run, int number, const CheckTie &tie)
{
    return onItem(run, number, [&](const OpenRevision &revision, const ItemRow &row) {
        if (tie == row.item.tie)
            return;
        m_workspace.exec(QStringLiteral("UPDATE checklist_items SET tie = ? WHERE id = ?"),
                         {tie.toString(), row.rowId});
        ChecklistAudit(m_workspace)
            .record(run, revision.revision, number, QStringLiteral("item.tie"),
                    row.item.tie.toString(), tie.toString());
    });
}

ChecklistRepository::SignResult ChecklistRepository::sign(qint64 run, const QString &name,
                                                          const QString &role,
                                                          const QString &comment)
{
    if (name.trimmed().isEmpty() || role.trimmed().isEmpty()) {
        throw Error(ErrorKind::BadInput,
                    tr("A sign-off needs the name and the role of who signs, e.g. --name \"Ada "
                       "Lovelace\" --role \"QA lead\"."));
    }
    SignResult result;
    m_workspace.inTransaction([&] {
        const OpenRevision revision = openRevision(run);
        for (const ChecklistItem &item : items(revision.rowId)) {
            if (item.isInTheWay())
                result.inTheWay.append(item);
        }
        if (!result.inTheWay.isEmpty())
            return;
        m_workspace.exec(QStringLiteral("INSERT INTO checklist_signoffs (revision_id, name, role, "
                                        "comment, signed_at, actor) VALUES (?, ?, ?, ?, ?, ?)"),
                         {revision.rowId, name.trimmed(), role.trimmed(), comment.trimmed(),
                          utcTimestamp(), Workspace::actor()});
        m_workspace.exec(QStringLiteral("UPDATE checklist_revisions SET signed = 1 WHERE id = ?"),
                         {revision.rowId});
        const QString what =
            QStringLiteral("%1 (%2)").arg(name.trimmed(), role.trimmed()) +
            (comment.trimmed().isEmpty() ? QString() : QStringLiteral(": ") + comment.trimmed());
        ChecklistAudit(m_workspace)
            .record(run, revision.revision, 0, QStringLiteral("run.sign"), {}, what);
        AuditLog(m_workspace)
            .record(QStringLiteral("checklist.sign"), runSubject(run),
                    QStringLiteral("revision %1 by %2").arg(revision.revision).arg(what));
        result.isSigned = true;
    });
    result.run = get(run);
    return result;
}

ChecklistRun ChecklistRepository::reopen(qint64 run)
{
    m_workspace.inTransaction([&] {
        QSqlQuery latest = m_workspace.exec(
            QStringLiteral("SELECT id, revision, signed FROM checklist_revisions WHERE run_id = ? "
                           "ORDER BY revision DESC LIMIT 1") +
                (m_workspace.isPostgres() ? QStringLiteral(" FOR UPDATE") : QString()),
            {run});
        if (!latest.next())
            throw unknownRun(run);
        const qint64 oldRow = latest.value(0).toLongLong();
        const int oldRevision = latest.value(1).toInt();
        if (latest.value(2).toInt() == 0) {
            throw Error(ErrorKind::Conflict,
                        tr("Checklist run %1 is not signed off (revision %2 is open): there is "
                           "nothing to reopen.")
                            .arg(run)
                            .arg(oldRevision));
        }
        const QString now = utcTimestamp();
        const QString actor = Workspace::actor();
        QSqlQuery inserted = m_workspace.exec(
            QStringLiteral("INSERT INTO checklist_revisions (run_id, revision, signed, opened_at, "
                           "opened_by) VALUES (?, ?, 0, ?, ?) RETURNING id"),
            {run, oldRevision + 1, now, actor});
        inserted.next();
        const qint64 newRow = inserted.value(0).toLongLong();
        // The new revision starts where the signed one ended: states, notes, ties, evidence
        // and waivers; the sign-off stays with the old one.
        QSqlQuery oldItems = m_workspace.exec(
            QStringLiteral("SELECT id, number, section, text, depth, parent, state, note, tie, "
                           "updated_at, updated_by FROM checklist_items WHERE revision_id = ? "
                           "ORDER BY number"),
            {oldRow});
        QList<std::pair<qint64, QVariantList>> copies;
        while (oldItems.next()) {
            QVariantList values = {newRow};
            for (int column = 1; column <= 10; ++column)
                values << oldItems.value(column);
            copies.append({oldItems.value(0).toLongLong(), values});
        }
        for (const auto &[oldItem, values] : copies) {
            QSqlQuery copy = m_workspace.exec(
                QStringLiteral("INSERT INTO checklist_items (revision_id, number, section, text, "
                               "depth, parent, state, note, tie, updated_at, updated_by) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                values);
            copy.next();
            const qint64 newItem = copy.value(0).toLongLong();
            m_workspace.exec(
                QStringLiteral("INSERT INTO checklist_evidence (item_id, kind, ref, detail, "
                               "recorded_at, recorded_by) SELECT ?, kind, ref, detail, "
                               "recorded_at, recorded_by FROM checklist_evidence WHERE item_id = "
                               "? ORDER BY id"),
                {newItem, oldItem});
            m_workspace.exec(
                QStringLiteral("INSERT INTO checklist_waivers (item_id, reason, waived_at, "
                               "waived_by) SELECT ?, reason, waived_at, waived_by FROM "
                               "checklist_waivers WHERE item_id = ?"),
                {newItem, oldItem});
        }
        ChecklistAudit(m_workspace)
            .record(run, oldRevision + 1, 0, QStringLiteral("run.reopen"),
                    QStringLiteral("revision %1 signed").arg(oldRevision),
                    QStringLiteral("revision %1 open").arg(oldRevision + 1));
        AuditLog(m_workspace)
            .record(QStringLiteral("checklist.reopen"), runSubject(run),
                    QStringLiteral("revision %1").arg(oldRevision + 1));
    });
    return get(run);
}

QList<ChecklistAudit::Entry> ChecklistRepository::audit(qint64 run)
{
    return ChecklistAudit(m_workspace).entries(run);
}

} // namespace blihops
