#pragma once

#include "backup/BackupJob.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace blihops {

class Workspace;

// Backup jobs in the workspace, unique by environment and name. Every change validates the
// job and runs in one transaction with its audit entry (who: Workspace::actor()).
class BackupJobRepository
{
    Q_DECLARE_TR_FUNCTIONS(BackupJobRepository)

public:
    explicit BackupJobRepository(Workspace &workspace) : m_workspace(workspace) {}

    // Every job, or the environment's (Error(NotFound) for an unknown one); ordered by
    // environment, then name.
    QList<BackupJob> list(const QString &environment = {});
    std::optional<BackupJob> find(const QString &environment, const QString &name);
    // Throws Error(NotFound) naming the job.
    BackupJob get(const QString &environment, const QString &name);

    // Throws Error(Conflict) when the environment has a job of that name.
    BackupJob add(const BackupJob &job);
    // Replaces the job called originalName (it may be renamed, not moved to another
    // environment).
    BackupJob update(const QString &environment, const QString &originalName, const BackupJob &job);
    void setEnabled(const QString &environment, const QString &name, bool enabled);
    void remove(const QString &environment, const QString &name);

private:
    QList<BackupJob> select(const QString &where, const QVariantList &values);
    qint64 idOf(const QString &environment, const QString &name);

    Workspace &m_workspace;
};

} // namespace blihops
