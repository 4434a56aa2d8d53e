#pragma once

#include "backup/BackupJob.h"
#include "backup/BackupSchedule.h"
#include "util/Error.h"
#include "workspace/Environment.h"

#include <QHash>
#include <QWizard>
#include <optional>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QRadioButton;
class QSpinBox;

namespace blihops::gui {

class WorkspaceRunner;

// The backup scheduler: environment and job name → what to back up (the PostgreSQL service
// the smoke suite finds in the compose files and its databases; volumes and bind paths of
// the stack) → schedule (presets or a cron expression, the next five runs in the host's
// zone) → retention → destinations with their free space on the host, an optional second
// copy and webhook → cron or a systemd timer → review of the exact script and schedule entry
// → install over SSH (BackupSchedule, as `backup schedule install` does). Every host call
// runs off the GUI thread; the wizard stays open on an error so nothing typed is lost.
class BackupWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        EnvironmentPage,
        SourcesPage,
        SchedulePage,
        RetentionPage,
        DestinationPage,
        SchedulerPage,
        ReviewPage,
        InstallPage,
    };

    // environments: those a job can be put on; jobNames: the jobs each has, for a name
    // that is taken. editing: the job to change (its environment then stays).
    BackupWizard(WorkspaceRunner &runner, const QList<Environment> &environments,
                 const QHash<QString, QStringList> &jobNames, const QString &environment,
                 const std::optional<BackupJob> &editing, QWidget *parent);
    ~BackupWizard() override;

    // The job as the pages have it now (not validated).
    BackupJob job() const;
    Environment environment() const;
    bool runNowChosen() const;
    QString reviewText() const;
    bool hostFactsKnown() const { return m_facts.contains(environment().name); }
    bool isInstalled() const { return m_installed; }

    // For tests: the pages' parts.
    QComboBox *environmentBox() const { return m_environment; }
    QLineEdit *nameEdit() const { return m_name; }
    QGroupBox *databaseGroup() const { return m_databaseGroup; }
    QListWidget *databaseList() const { return m_databases; }
    QGroupBox *storageGroup() const { return m_storageGroup; }
    QListWidget *storageList() const { return m_storage; }
    QLineEdit *cronEdit() const { return m_cron; }
    QRadioButton *customScheduleButton() const { return m_custom; }
    QCheckBox *verifyOnHostBox() const { return m_verifyOnHost; }
    QLineEdit *verifyCronEdit() const { return m_verifyCron; }
    QListWidget *nextRunsList() const { return m_nextRuns; }
    QLineEdit *databaseDestinationEdit() const { return m_databaseDestination; }
    QLineEdit *storageDestinationEdit() const { return m_storageDestination; }
    QLabel *freeSpaceLabel() const { return m_free; }
    QPlainTextEdit *reviewView() const { return m_review; }
    QCheckBox *runNowBox() const { return m_runNow; }
    QLabel *installStatus() const { return m_installStatus; }

    bool validateCurrentPage() override;

signals:
    // The job is on its host and in the workspace; runNow: the user asked for a first run.
    void installed(const blihops::BackupJob &job, bool runNow);
    // The page's host data is in (zone and login, free space, compose sources): for tests.
    void hostFactsRead();
    void freeSpaceRead();
    void sourcesRead();
    void installFinished(bool ok);

protected:
    void initializePage(int id) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct HostFacts
    {
        QString zone;
        bool root = false;
        bool systemd = false; // systemd is the host's init
        bool lingers = false; // the login's user manager runs while it is not logged in
    };

    QWizardPage *makeEnvironmentPage();
    QWizardPage *makeSourcesPage();
    QWizardPage *makeSchedulePage();
    QWizardPage *makeRetentionPage();
    QWizardPage *makeDestinationPage();
    QWizardPage *makeSchedulerPage();
    QWizardPage *makeReviewPage();
    QWizardPage *makeInstallPage();
    void retranslate();
    void readHostFacts();
    void readSources();
    void readFreeSpace();
    void showSources(const BackupSchedule::Sources &sources,
                     const QHash<QString, QString> &engineNames);
    void fillDatabases();
    void addDatabase();
    void addPath();
    void updateNextRuns();
    void updateSchedulerChoices();
    void install();
    void hostFailed(const Error &error, const std::function<void()> &retry);
    // An error of the current page: shown on it, and the page does not go on.
    bool refuse(QLabel *label, const QString &message);

    WorkspaceRunner &m_runner;
    QList<Environment> m_environments;
    QHash<QString, QStringList> m_jobNames;
    std::optional<BackupJob> m_original;
    QHash<QString, HostFacts> m_facts;
    QHash<QString, QString> m_volumeEngineNames; // compose name -> engine name
    BackupSchedule::Sources m_sources;
    QString m_sourcesOf; // the environment whose sources are shown
    bool m_installed = false;
    bool m_installing = false;
    int m_freeGeneration = 0;

    QComboBox *m_environment;
    QLineEdit *m_name;
    QLabel *m_environmentError;
    QGroupBox *m_databaseGroup;
    QComboBox *m_service;
    QListWidget *m_databases;
    QLineEdit *m_newDatabase;
    QGroupBox *m_storageGroup;
    QListWidget *m_storage;
    QLineEdit *m_newPath;
    QLabel *m_sourcesState;
    QRadioButton *m_daily;
    QRadioButton *m_sixHourly;
    QRadioButton *m_custom;
    QLineEdit *m_cron;
    QLabel *m_zone;
    QCheckBox *m_verifyOnHost;
    QLineEdit *m_verifyCron;
    QLabel *m_nextVerification;
    QListWidget *m_nextRuns;
    QLabel *m_scheduleError;
    QSpinBox *m_keepDays;
    QSpinBox *m_keepMin;
    QLabel *m_retentionNote;
    QLineEdit *m_databaseDestination;
    QLineEdit *m_storageDestination;
    QLabel *m_free;
    QCheckBox *m_copy;
    QLineEdit *m_copyTo;
    QLineEdit *m_webhook;
    QLabel *m_destinationError;
    QRadioButton *m_useCron;
    QRadioButton *m_systemdUser;
    QRadioButton *m_systemdSystem;
    QLabel *m_schedulerNote;
    QPlainTextEdit *m_review;
    QLabel *m_reviewError;
    QCheckBox *m_runNow;
    QLabel *m_installStatus;
    QProgressBar *m_installBusy;
    QList<QWizardPage *> m_pages;
};

} // namespace blihops::gui
