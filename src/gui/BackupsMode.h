#pragma once

#include "BackupWizard.h"
#include "Mode.h"
#include "ModeContext.h"
#include "backup/BackupCatalog.h"
#include "backup/BackupJob.h"
#include "verify/VerificationSetup.h"
#include "workspace/Environment.h"

#include <QPointer>
#include <optional>

class QComboBox;
class QLabel;
class QSplitter;
class QTableView;
class QTreeWidget;

namespace blihops {
class Error;
}

namespace blihops::gui {

class BackupCatalogModel;
class BackupJobsModel;
class BackupTaskTab;
class VerificationExporter;

// The Backups mode: per environment, its jobs (next and last run, last result, duration,
// size, alerts) above the catalog its host's manifests hold, with the files or tables of the
// selected backup. New and Edit open the scheduler wizard; Disable/Enable, Remove (keeping
// the backups or not), Back Up Now and Download run on the host off the GUI thread, the long
// ones as pages of the bottom panel with progress and cancel; Delete and Prune (after its
// preview) take files away, on production only after the environment's name is typed.
// Every action is written to the audit log with who did it, as the CLI does.
class BackupsMode : public Mode
{
    Q_OBJECT

public:
    BackupsMode(const ModeContext &context, QWidget *parent);
    ~BackupsMode() override;

    QWidget *widget() const override;
    QString title() const override;
    QString toolTip() const override;
    QIcon icon() const override;
    QKeySequence shortcut() const override;
    QList<QAction *> toolBarActions() const override;
    QMenu *menu() const override;
    void activate() override;
    void retranslate() override;
    void restoreState(const GuiSettings &settings) override;
    void saveState(GuiSettings &settings) const override;
    void setReadOnly(bool readOnly) override;

    QComboBox *environmentBox() const { return m_environmentBox; }
    QTableView *jobsView() const { return m_jobsView; }
    QTableView *catalogView() const { return m_catalogView; }
    QTreeWidget *contentsView() const { return m_contents; }
    BackupJobsModel *jobsModel() const { return m_jobs; }
    BackupCatalogModel *catalogModel() const { return m_catalog; }
    QLabel *alertsLabel() const { return m_alerts; }
    BackupWizard *wizard() const { return m_wizard; }
    QAction *newJobAction() const { return m_newJob; }
    QAction *editJobAction() const { return m_editJob; }
    QAction *toggleJobAction() const { return m_toggleJob; }
    QAction *removeJobAction() const { return m_removeJob; }
    QAction *runNowAction() const { return m_runNow; }
    QAction *downloadAction() const { return m_download; }
    QAction *verifyAction() const { return m_verify; }
    QAction *verifyNewestAction() const { return m_verifyNewest; }
    QAction *verifyFileAction() const { return m_verifyFile; }
    QAction *verifyHostFileAction() const { return m_verifyHostFile; }
    QAction *exportVerificationAction() const { return m_exportVerification; }
    VerificationExporter *verificationExporter() const { return m_exporter; }
    QAction *deleteBackupAction() const { return m_deleteBackup; }
    QAction *pruneAction() const { return m_prune; }
    QAction *extractAction() const { return m_extract; }
    QAction *refreshAction() const { return m_refresh; }

    QString currentEnvironment() const;
    void selectEnvironment(const QString &name);
    void selectJob(const QString &job);
    // Reads the environments and jobs again, then the catalog and the hosts' status.
    void reload();
    void refreshCatalog();
    // The scheduler wizard for environment, a new job (or job, to edit it).
    void openWizard(const QString &environment, const std::optional<BackupJob> &job = {});
    // What Download does once a folder is chosen.
    void download(const QString &directory);
    // What Extract File does once the destination is chosen: the selected file of the
    // selected storage backup, out of its copy in the download folder.
    void extract(const QString &destination);

signals:
    void loaded();
    void catalogLoaded();
    // A change to a job was saved (installed, enabled, disabled, removed) or refused.
    void jobChanged();
    void taskStarted(blihops::gui::BackupTaskTab *tab);
    // The task's audit entry was written (or could not be: the error was shown).
    void taskRecorded(blihops::gui::BackupTaskTab *tab);
    void backupDeleted();
    void pruneFinished();
    // An extraction ended; ok false with the reason shown.
    void extractFinished(bool ok);

private:
    struct Loaded;
    struct Catalog;

    void createActions();
    void updateActions();
    void showJobs();
    void showStatus();
    void showContents();
    const BackupJob *currentJob() const;
    const BackupCatalog::Entry *currentEntry() const;
    // Opens the restore verification of the selected backup.
    void verifyCurrent();
    // The newest good backup of the selected job that is on the host.
    const BackupCatalog::Entry *newestOfCurrentJob() const;
    // The Verify dialog for a backup of the current environment's, or for a file here.
    void openVerifyDialog(std::optional<VerificationSetup::Backup> backup,
                          const VerificationSetup::File &file);
    void chooseFileToVerify();
    void chooseHostFileToVerify();
    // The newest verification of the selected backup, passed or not; 0 when it has none.
    qint64 currentVerification() const;
    std::optional<Environment> environmentNamed(const QString &name) const;
    void runNow(const BackupJob &job);
    void toggleJob();
    void confirmRemoveJob();
    void removeJob(const BackupJob &job, bool deleteBackups);
    void chooseDownloadFolder();
    void chooseExtractDestination();
    // The downloaded copy of the selected backup, where Download put it.
    QString localCopy(const BackupCatalog::Entry &entry) const;
    void confirmDeleteBackup();
    void deleteBackup(const BackupJob &job, const BackupCatalog::Entry &entry);
    void previewPrune();
    void addTask(BackupTaskTab *tab, const BackupJob &job, const QString &action);
    void audit(const BackupJob &job, const QString &action, const QJsonObject &details,
               const std::function<void()> &then);
    void hostFailed(const QString &title, const Error &error, const std::function<void()> &retry);
    // What a change of a job that failed shows (onHost: the host's error, a key question),
    // then jobChanged().
    std::function<void(const Error &)> jobChangeFailed(const QString &title, bool onHost);

    ModeContext m_context;
    QWidget *m_page;
    QSplitter *m_splitter;
    QSplitter *m_lowerSplitter;
    QComboBox *m_environmentBox;
    QLabel *m_hostState;
    QLabel *m_alerts;
    BackupJobsModel *m_jobs;
    QTableView *m_jobsView;
    BackupCatalogModel *m_catalog;
    QTableView *m_catalogView;
    QLabel *m_catalogState;
    QTreeWidget *m_contents;
    QMenu *m_menu;
    QPointer<BackupWizard> m_wizard;
    QList<Environment> m_environments;
    QList<BackupJob> m_allJobs;
    // The newest verification of each backup in the catalog, by VerificationRepository::newestKey.
    QHash<QString, qint64> m_newestVerification;
    VerificationExporter *m_exporter;
    QString m_pendingEnvironment;
    bool m_readOnly = false;
    bool m_loadedOnce = false;
    int m_catalogGeneration = 0;

    QAction *m_newJob = nullptr;
    QAction *m_editJob = nullptr;
    QAction *m_toggleJob = nullptr;
    QAction *m_removeJob = nullptr;
    QAction *m_runNow = nullptr;
    QAction *m_download = nullptr;
    QAction *m_verify = nullptr;
    QAction *m_verifyNewest = nullptr;
    QAction *m_verifyFile = nullptr;
    QAction *m_verifyHostFile = nullptr;
    QAction *m_exportVerification = nullptr;
    QAction *m_deleteBackup = nullptr;
    QAction *m_prune = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_extract = nullptr;
};

} // namespace blihops::gui
