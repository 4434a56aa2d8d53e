#include "BackupWizard.h"

#include "Background.h"
#include "ErrorBox.h"
#include "HostKeyPrompt.h"
#include "WorkspaceRunner.h"
#include "backup/BackupHost.h"
#include "backup/BackupScript.h"
#include "backup/CronExpression.h"
#include "docker/EngineAddress.h"
#include "remote/HostKeyStore.h"
#include "remote/SshWorkPool.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTimeZone>
#include <QVBoxLayout>

namespace blihops::gui {

namespace {

const QString kDaily = QStringLiteral("0 2 * * *");
const QString kSixHourly = QStringLiteral("0 */6 * * *");
// A scheduled verification's default: weekly, on Sunday at 03:30, after the night's backup.
const QString kWeeklyVerification = QStringLiteral("30 3 * * 0");

enum StorageRole
{
    SourceRole = Qt::UserRole + 1, // the engine's volume name, or the host path
    IsPathRole,
};

QLabel *errorLabel(const char *name)
{
    auto *label = new QLabel;
    label->setObjectName(QString::fromLatin1(name));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b91c1c;"));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    return label;
}

// A row whose label names the field (and is its buddy, for the accelerator); the text comes
// with retranslate().
void addLabelled(QFormLayout *layout, QWidget *field)
{
    auto *label = new QLabel;
    label->setBuddy(field);
    layout->addRow(label, field);
}

QListWidgetItem *checkable(QListWidget *list, const QString &text, bool checked)
{
    auto *item = new QListWidgetItem(text, list);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    return item;
}

QString dataSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

// The install page: Finish only once the job is installed.
class InstallWizardPage : public QWizardPage
{
public:
    bool isComplete() const override { return m_done; }
    void setDone(bool done)
    {
        m_done = done;
        emit completeChanged();
    }

private:
    bool m_done = false;
};

struct Found
{
    BackupSchedule::Sources sources;
    QHash<QString, QString> engineNames;
};

struct Free
{
    std::optional<qint64> database;
    std::optional<qint64> storage;
};

} // namespace

BackupWizard::BackupWizard(WorkspaceRunner &runner, const QList<Environment> &environments,
                           const QHash<QString, QStringList> &jobNames, const QString &environment,
                           const std::optional<BackupJob> &editing, QWidget *parent)
    : QWizard(parent), m_runner(runner), m_environments(environments), m_jobNames(jobNames),
      m_original(editing)
{
    setObjectName(QStringLiteral("backupWizard"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::HaveHelpButton, false);
    resize(760, 560);
    m_pages = {makeEnvironmentPage(), makeSourcesPage(),   makeSchedulePage(), makeRetentionPage(),
               makeDestinationPage(), makeSchedulerPage(), makeReviewPage(),   makeInstallPage()};
    for (int id = 0; id < m_pages.size(); ++id)
        setPage(id, m_pages.at(id));

    for (const Environment &each : m_environments)
        m_environment->addItem(QIcon(QStringLiteral(":/icons/environment.svg")), each.name,
                               each.name);
    const int index = m_environment->findData(editing ? editing->environment : environment);
    m_environment->setCurrentIndex(std::max(index, 0));
    m_environment->setEnabled(!editing);
    const BackupJob job = editing.value_or(BackupJob());
    m_name->setText(editing ? job.name : QStringLiteral("nightly"));
    m_daily->setChecked(job.cron == kDaily);
    m_sixHourly->setChecked(job.cron == kSixHourly);
    m_custom->setChecked(job.cron != kDaily && job.cron != kSixHourly);
    m_cron->setText(job.cron);
    m_verifyOnHost->setChecked(job.verifiesOnHost());
    m_verifyCron->setText(job.verifiesOnHost() ? job.verifyCron : kWeeklyVerification);
    m_verifyCron->setEnabled(job.verifiesOnHost());
    m_keepDays->setValue(job.keepDays);
    m_keepMin->setValue(job.keepMin);
    m_databaseDestination->setText(job.databaseDestination);
    m_storageDestination->setText(job.storageDestination);
    m_copy->setChecked(!job.copyTo.isEmpty());
    m_copyTo->setText(job.copyTo);
    m_copyTo->setEnabled(m_copy->isChecked());
    m_webhook->setText(job.webhookUrl);
    m_useCron->setChecked(job.scheduler == BackupJob::Scheduler::Cron);
    m_systemdUser->setChecked(job.scheduler == BackupJob::Scheduler::SystemdUser);
    m_systemdSystem->setChecked(job.scheduler == BackupJob::Scheduler::SystemdSystem);
    retranslate();
}

BackupWizard::~BackupWizard() = default;

QWizardPage *BackupWizard::makeEnvironmentPage()
{
    auto *page = new QWizardPage;
    m_environment = new QComboBox;
    m_environment->setObjectName(QStringLiteral("backupEnvironment"));
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("backupJobName"));
    m_environmentError = errorLabel("environmentPageError");
    auto *layout = new QFormLayout(page);
    addLabelled(layout, m_environment);
    addLabelled(layout, m_name);
    layout->addRow(m_environmentError);
    connect(m_environment, &QComboBox::currentIndexChanged, this, [this] {
        m_environmentError->hide();
        m_sourcesOf.clear();
    });
    return page;
}

QWizardPage *BackupWizard::makeSourcesPage()
{
    auto *page = new QWizardPage;
    m_databaseGroup = new QGroupBox;
    m_databaseGroup->setObjectName(QStringLiteral("databaseGroup"));
    m_databaseGroup->setCheckable(true);
    m_service = new QComboBox;
    m_service->setObjectName(QStringLiteral("postgresService"));
    m_databases = new QListWidget;
    m_databases->setObjectName(QStringLiteral("databaseList"));
    m_newDatabase = new QLineEdit;
    m_newDatabase->setObjectName(QStringLiteral("newDatabase"));
    auto *databaseLayout = new QFormLayout(m_databaseGroup);
    addLabelled(databaseLayout, m_service);
    databaseLayout->addRow(m_databases);
    databaseLayout->addRow(m_newDatabase);
    m_storageGroup = new QGroupBox;
    m_storageGroup->setObjectName(QStringLiteral("storageGroup"));
    m_storageGroup->setCheckable(true);
    m_storage = new QListWidget;
    m_storage->setObjectName(QStringLiteral("storageList"));
    m_newPath = new QLineEdit;
    m_newPath->setObjectName(QStringLiteral("newStoragePath"));
    auto *storageLayout = new QVBoxLayout(m_storageGroup);
    storageLayout->addWidget(m_storage);
    storageLayout->addWidget(m_newPath);
    m_sourcesState = new QLabel;
    m_sourcesState->setObjectName(QStringLiteral("sourcesState"));
    m_sourcesState->setWordWrap(true);
    auto *layout = new QHBoxLayout;
    layout->addWidget(m_databaseGroup);
    layout->addWidget(m_storageGroup);
    auto *outer = new QVBoxLayout(page);
    outer->addLayout(layout, 1);
    outer->addWidget(m_sourcesState);

    connect(m_service, &QComboBox::currentIndexChanged, this, &BackupWizard::fillDatabases);
    // Enter adds what was typed; it must not also press Next.
    m_newDatabase->installEventFilter(this);
    m_newPath->installEventFilter(this);
    return page;
}

bool BackupWizard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress || (watched != m_newDatabase && watched != m_newPath))
        return QWizard::eventFilter(watched, event);
    const int key = static_cast<QKeyEvent *>(event)->key();
    if (key != Qt::Key_Return && key != Qt::Key_Enter)
        return QWizard::eventFilter(watched, event);
    if (watched == m_newDatabase)
        addDatabase();
    else
        addPath();
    return true;
}

void BackupWizard::addDatabase()
{
    const QString name = m_newDatabase->text().trimmed();
    if (name.isEmpty() || !m_databases->findItems(name, Qt::MatchExactly).isEmpty())
        return;
    checkable(m_databases, name, true);
    m_newDatabase->clear();
}

void BackupWizard::addPath()
{
    const QString path = m_newPath->text().trimmed();
    if (!path.startsWith(QLatin1Char('/'))) {
        m_sourcesState->setText(tr("A host path starts with /: \"%1\" is not one. A volume is "
                                   "chosen from the list.")
                                    .arg(path));
        return;
    }
    QListWidgetItem *item = checkable(m_storage, tr("Path %1").arg(path), true);
    item->setData(SourceRole, path);
    item->setData(IsPathRole, true);
    m_newPath->clear();
}

QWizardPage *BackupWizard::makeSchedulePage()
{
    auto *page = new QWizardPage;
    m_daily = new QRadioButton;
    m_daily->setObjectName(QStringLiteral("dailySchedule"));
    m_sixHourly = new QRadioButton;
    m_sixHourly->setObjectName(QStringLiteral("sixHourlySchedule"));
    m_custom = new QRadioButton;
    m_custom->setObjectName(QStringLiteral("customSchedule"));
    m_cron = new QLineEdit;
    m_cron->setObjectName(QStringLiteral("cronExpression"));
    m_zone = new QLabel;
    m_zone->setObjectName(QStringLiteral("hostZone"));
    m_zone->setWordWrap(true);
    m_nextRuns = new QListWidget;
    m_nextRuns->setObjectName(QStringLiteral("nextRuns"));
    m_scheduleError = errorLabel("scheduleError");
    m_verifyOnHost = new QCheckBox;
    m_verifyOnHost->setObjectName(QStringLiteral("verifyOnHost"));
    m_verifyCron = new QLineEdit;
    m_verifyCron->setObjectName(QStringLiteral("verifyCron"));
    m_nextVerification = new QLabel;
    m_nextVerification->setObjectName(QStringLiteral("nextVerification"));
    m_nextVerification->setWordWrap(true);
    auto *verify = new QHBoxLayout;
    verify->addWidget(m_verifyOnHost);
    verify->addWidget(m_verifyCron, 1);
    auto *custom = new QHBoxLayout;
    custom->addWidget(m_custom);
    custom->addWidget(m_cron, 1);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_daily);
    layout->addWidget(m_sixHourly);
    layout->addLayout(custom);
    layout->addWidget(m_scheduleError);
    layout->addWidget(m_zone);
    layout->addWidget(m_nextRuns, 1);
    layout->addLayout(verify);
    layout->addWidget(m_nextVerification);
    connect(m_verifyOnHost, &QCheckBox::toggled, this, [this](bool on) {
        m_verifyCron->setEnabled(on);
        updateNextRuns();
    });
    connect(m_verifyCron, &QLineEdit::textChanged, this, &BackupWizard::updateNextRuns);
    for (QRadioButton *button : {m_daily, m_sixHourly, m_custom}) {
        connect(button, &QRadioButton::toggled, this, [this] {
            m_cron->setEnabled(m_custom->isChecked());
            if (m_daily->isChecked())
                m_cron->setText(kDaily);
            else if (m_sixHourly->isChecked())
                m_cron->setText(kSixHourly);
            updateNextRuns();
        });
    }
    connect(m_cron, &QLineEdit::textChanged, this, &BackupWizard::updateNextRuns);
    return page;
}

QWizardPage *BackupWizard::makeRetentionPage()
{
    auto *page = new QWizardPage;
    m_keepDays = new QSpinBox;
    m_keepDays->setObjectName(QStringLiteral("keepDays"));
    m_keepDays->setRange(1, 3650);
    m_keepMin = new QSpinBox;
    m_keepMin->setObjectName(QStringLiteral("keepMin"));
    m_keepMin->setRange(1, 1000);
    m_retentionNote = new QLabel;
    m_retentionNote->setWordWrap(true);
    auto *layout = new QFormLayout(page);
    addLabelled(layout, m_keepDays);
    addLabelled(layout, m_keepMin);
    layout->addRow(m_retentionNote);
    return page;
}

QWizardPage *BackupWizard::makeDestinationPage()
{
    auto *page = new QWizardPage;
    m_databaseDestination = new QLineEdit;
    m_databaseDestination->setObjectName(QStringLiteral("databaseDestination"));
    m_storageDestination = new QLineEdit;
    m_storageDestination->setObjectName(QStringLiteral("storageDestination"));
    m_free = new QLabel;
    m_free->setObjectName(QStringLiteral("freeSpace"));
    m_free->setWordWrap(true);
    m_copy = new QCheckBox;
    m_copy->setObjectName(QStringLiteral("secondCopy"));
    m_copyTo = new QLineEdit;
    m_copyTo->setObjectName(QStringLiteral("copyTo"));
    m_copyTo->setPlaceholderText(QStringLiteral("ssh://backup.example.org/srv/backups"));
    m_webhook = new QLineEdit;
    m_webhook->setObjectName(QStringLiteral("webhookUrl"));
    m_webhook->setPlaceholderText(QStringLiteral("https://hooks.slack.com/services/…"));
    m_destinationError = errorLabel("destinationError");
    auto *layout = new QFormLayout(page);
    addLabelled(layout, m_databaseDestination);
    addLabelled(layout, m_storageDestination);
    layout->addRow(m_free);
    layout->addRow(m_copy, m_copyTo);
    addLabelled(layout, m_webhook);
    layout->addRow(m_destinationError);
    connect(m_copy, &QCheckBox::toggled, m_copyTo, &QWidget::setEnabled);
    connect(m_databaseDestination, &QLineEdit::editingFinished, this, &BackupWizard::readFreeSpace);
    connect(m_storageDestination, &QLineEdit::editingFinished, this, &BackupWizard::readFreeSpace);
    return page;
}

QWizardPage *BackupWizard::makeSchedulerPage()
{
    auto *page = new QWizardPage;
    m_useCron = new QRadioButton;
    m_useCron->setObjectName(QStringLiteral("cronScheduler"));
    m_systemdUser = new QRadioButton;
    m_systemdUser->setObjectName(QStringLiteral("systemdUserScheduler"));
    m_systemdSystem = new QRadioButton;
    m_systemdSystem->setObjectName(QStringLiteral("systemdSystemScheduler"));
    m_schedulerNote = new QLabel;
    m_schedulerNote->setObjectName(QStringLiteral("schedulerNote"));
    m_schedulerNote->setWordWrap(true);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_useCron);
    layout->addWidget(m_systemdUser);
    layout->addWidget(m_systemdSystem);
    layout->addWidget(m_schedulerNote);
    layout->addStretch(1);
    return page;
}

QWizardPage *BackupWizard::makeReviewPage()
{
    auto *page = new QWizardPage;
    m_review = new QPlainTextEdit;
    m_review->setObjectName(QStringLiteral("reviewText"));
    m_review->setReadOnly(true);
    m_review->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_review->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_reviewError = errorLabel("reviewError");
    m_runNow = new QCheckBox;
    m_runNow->setObjectName(QStringLiteral("runNow"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_review, 1);
    layout->addWidget(m_reviewError);
    layout->addWidget(m_runNow);
    return page;
}

QWizardPage *BackupWizard::makeInstallPage()
{
    auto *page = new InstallWizardPage;
    m_installStatus = new QLabel;
    m_installStatus->setObjectName(QStringLiteral("installStatus"));
    m_installStatus->setWordWrap(true);
    m_installStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_installBusy = new QProgressBar;
    m_installBusy->setRange(0, 0);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_installStatus);
    layout->addWidget(m_installBusy);
    layout->addStretch(1);
    return page;
}

void BackupWizard::retranslate()
{
    setWindowTitle(m_original ? tr("Edit Backup Job %1").arg(m_original->name)
                              : tr("New Backup Job"));
    QWizardPage *page = m_pages.at(EnvironmentPage);
    page->setTitle(tr("Environment"));
    page->setSubTitle(tr("The environment whose host runs the job, and the job's name."));
    auto *form = static_cast<QFormLayout *>(page->layout());
    form->labelForField(m_environment)->setProperty("text", tr("&Environment:"));
    form->labelForField(m_name)->setProperty("text", tr("Job &name:"));
    m_name->setToolTip(tr("Letters, digits, dots, dashes and underscores: it names the job's "
                          "files and units on the host."));

    page = m_pages.at(SourcesPage);
    page->setTitle(tr("What to Back Up"));
    page->setSubTitle(tr("A PostgreSQL service of the stack and its databases, and volumes or "
                         "host paths, as the compose files declare them."));
    m_databaseGroup->setTitle(tr("&Database"));
    static_cast<QFormLayout *>(m_databaseGroup->layout())
        ->labelForField(m_service)
        ->setProperty("text", tr("PostgreSQL &service:"));
    m_newDatabase->setPlaceholderText(tr("Another database name, then Enter"));
    m_storageGroup->setTitle(tr("&Storage"));
    m_newPath->setPlaceholderText(tr("Another host path (/…), then Enter"));

    page = m_pages.at(SchedulePage);
    page->setTitle(tr("Schedule"));
    page->setSubTitle(tr("When the host runs the job, in the host's own time zone."));
    m_daily->setText(tr("&Daily at 02:00"));
    m_sixHourly->setText(tr("Every &6 hours"));
    m_custom->setText(tr("&Cron expression:"));
    m_cron->setToolTip(tr("Five fields: minute, hour, day of month, month, day of week, e.g. "
                          "\"30 1 * * 1-5\"; or @daily, @hourly, …"));
    m_verifyOnHost->setText(tr("&Verify the newest backups on the host too, at:"));
    m_verifyOnHost->setToolTip(
        tr("The host restores the newest dump into a scratch database and unpacks the newest "
           "archive, and compares them with their manifest; a failure is an alert."));
    m_verifyCron->setToolTip(m_cron->toolTip());

    page = m_pages.at(RetentionPage);
    page->setTitle(tr("Retention"));
    page->setSubTitle(tr("How long backups are kept before a prune deletes them."));
    form = static_cast<QFormLayout *>(page->layout());
    form->labelForField(m_keepDays)->setProperty("text", tr("Keep &days:"));
    form->labelForField(m_keepMin)->setProperty("text", tr("Always keep the newest:"));
    m_keepMin->setSuffix(tr(" good backups"));
    m_keepDays->setSuffix(tr(" days"));
    m_retentionNote->setText(
        tr("The newest good backups of each database and volume stay however old they are, so "
           "backups that silently stopped are never pruned away to nothing. Failed runs never "
           "count toward them, and a file the manifest does not name is never deleted."));

    page = m_pages.at(DestinationPage);
    page->setTitle(tr("Destination"));
    page->setSubTitle(tr("Folders on the host for the backups (a folder per job is made in "
                         "each), an optional second copy on another SSH host, and a webhook "
                         "that hears of failures."));
    form = static_cast<QFormLayout *>(page->layout());
    form->labelForField(m_databaseDestination)->setProperty("text", tr("D&atabase backups:"));
    form->labelForField(m_storageDestination)->setProperty("text", tr("S&torage backups:"));
    m_copy->setText(tr("Second &copy:"));
    form->labelForField(m_webhook)->setProperty("text", tr("&Webhook URL:"));
    m_webhook->setToolTip(tr("Alerts are POSTed here as JSON (Slack-compatible), by the host's "
                             "script when a run fails and by this console when a job is stale "
                             "or short of space. Optional."));

    page = m_pages.at(SchedulerPage);
    page->setTitle(tr("Scheduler"));
    page->setSubTitle(tr("What starts the job on the host."));
    m_useCron->setText(tr("C&ron: a marked block in the login's crontab"));
    m_systemdUser->setText(tr("systemd &user timer (Persistent=true)"));
    m_systemdSystem->setText(tr("systemd &system timer (Persistent=true)"));

    page = m_pages.at(ReviewPage);
    page->setTitle(tr("Review"));
    page->setSubTitle(tr("The exact schedule entry and script that are installed on the host."));
    page->setButtonText(QWizard::NextButton, tr("&Install"));
    m_runNow->setText(tr("&Run the job once right away (its progress shows in the bottom "
                         "panel)"));

    page = m_pages.at(InstallPage);
    page->setTitle(tr("Install"));
    page->setSubTitle(tr("The script and its schedule are put on the host, then the job is "
                         "saved in the workspace."));
    updateSchedulerChoices();
    updateNextRuns();
}

void BackupWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizard::changeEvent(event);
}

Environment BackupWizard::environment() const
{
    const QString name = m_environment->currentData().toString();
    for (const Environment &each : m_environments) {
        if (each.name == name)
            return each;
    }
    return {};
}

BackupJob BackupWizard::job() const
{
    BackupJob job = m_original.value_or(BackupJob());
    job.environment = environment().name;
    job.name = m_name->text().trimmed();
    job.databaseService.clear();
    job.databases.clear();
    if (m_databaseGroup->isChecked()) {
        for (int row = 0; row < m_databases->count(); ++row) {
            if (m_databases->item(row)->checkState() == Qt::Checked)
                job.databases << m_databases->item(row)->text();
        }
        if (!job.databases.isEmpty())
            job.databaseService = m_service->currentText();
    }
    job.volumes.clear();
    job.paths.clear();
    if (m_storageGroup->isChecked()) {
        for (int row = 0; row < m_storage->count(); ++row) {
            const QListWidgetItem *item = m_storage->item(row);
            if (item->checkState() != Qt::Checked)
                continue;
            (item->data(IsPathRole).toBool() ? job.paths : job.volumes)
                << item->data(SourceRole).toString();
        }
    }
    job.cron = m_cron->text().trimmed();
    job.verifyCron = m_verifyOnHost->isChecked() ? m_verifyCron->text().trimmed() : QString();
    if (m_facts.contains(job.environment))
        job.zone = m_facts.value(job.environment).zone;
    job.keepDays = m_keepDays->value();
    job.keepMin = m_keepMin->value();
    job.databaseDestination = m_databaseDestination->text().trimmed();
    job.storageDestination = m_storageDestination->text().trimmed();
    job.copyTo = m_copy->isChecked() ? m_copyTo->text().trimmed() : QString();
    job.webhookUrl = m_webhook->text().trimmed();
    job.scheduler = m_systemdSystem->isChecked() ? BackupJob::Scheduler::SystemdSystem
                    : m_systemdUser->isChecked() ? BackupJob::Scheduler::SystemdUser
                                                 : BackupJob::Scheduler::Cron;
    return job;
}

bool BackupWizard::runNowChosen() const
{
    return m_runNow->isChecked();
}

QString BackupWizard::reviewText() const
{
    return m_review->toPlainText();
}

bool BackupWizard::refuse(QLabel *label, const QString &message)
{
    label->setText(message);
    label->show();
    return false;
}

bool BackupWizard::validateCurrentPage()
{
    const BackupJob current = job();
    switch (currentId()) {
    case EnvironmentPage: {
        m_environmentError->hide();
        const Environment chosen = environment();
        if (chosen.name.isEmpty())
            return refuse(m_environmentError, tr("Add an environment first: a job runs on an "
                                                 "environment's host."));
        try {
            if (chosen.engineUrl.isEmpty() ||
                EngineAddress::parse(chosen.engineUrl).scheme == EngineAddress::Scheme::Tcp)
                return refuse(m_environmentError,
                              tr("%1 is reached over tcp:// or has no engine address, where no "
                                 "backup job can be installed: give it an ssh:// engine "
                                 "address (or unix:// on this machine).")
                                  .arg(chosen.name));
        } catch (const Error &error) {
            return refuse(m_environmentError, error.message());
        }
        static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9._-]+$"));
        if (!valid.match(current.name).hasMatch() || current.name.startsWith(QLatin1Char('.')))
            return refuse(m_environmentError,
                          tr("\"%1\" cannot name a job: use letters, digits, dots, dashes and "
                             "underscores, not starting with a dot.")
                              .arg(current.name));
        const bool taken = m_jobNames.value(chosen.name).contains(current.name) &&
                           !(m_original && m_original->name == current.name);
        if (taken)
            return refuse(m_environmentError,
                          tr("%1 has a job called %2 already: choose another name, or edit "
                             "that job.")
                              .arg(chosen.name, current.name));
        readHostFacts();
        return true;
    }
    case SourcesPage:
        if (!current.backsUpDatabase() && !current.backsUpStorage())
            return refuse(m_sourcesState, tr("Choose at least one database or one volume or "
                                             "path to back up."));
        return true;
    case SchedulePage:
        try {
            CronExpression::parse(current.cron);
            if (current.verifiesOnHost())
                CronExpression::parse(current.verifyCron);
        } catch (const Error &error) {
            return refuse(m_scheduleError, error.message());
        }
        return true;
    case DestinationPage:
        m_destinationError->hide();
        try {
            current.validate();
        } catch (const Error &error) {
            return refuse(m_destinationError, error.message());
        }
        return true;
    case ReviewPage:
        return m_reviewError->isHidden();
    default:
        return true;
    }
}

void BackupWizard::initializePage(int id)
{
    switch (id) {
    case SourcesPage:
        if (m_sourcesOf != environment().name)
            readSources();
        break;
    case SchedulePage:
        m_scheduleError->hide();
        updateNextRuns();
        break;
    case DestinationPage: {
        const BackupJob current = job();
        m_databaseDestination->setEnabled(current.backsUpDatabase());
        m_storageDestination->setEnabled(current.backsUpStorage());
        readFreeSpace();
        break;
    }
    case SchedulerPage:
        updateSchedulerChoices();
        break;
    case ReviewPage:
        m_reviewError->hide();
        try {
            m_review->setPlainText(BackupSchedule::review(job(), environment()));
        } catch (const Error &error) {
            m_review->clear();
            refuse(m_reviewError, error.message());
        }
        break;
    case InstallPage:
        install();
        break;
    default:
        break;
    }
    QWizard::initializePage(id);
}

void BackupWizard::hostFailed(const Error &error, const std::function<void()> &retry)
{
    if (error.kind() == ErrorKind::UntrustedHostKey || error.kind() == ErrorKind::ChangedHostKey) {
        HostKeyPrompt::ask(this, environment().name, environment().engineUrl, error, retry);
        return;
    }
    showError(this, tr("Cannot Reach the Host of %1").arg(environment().name), error.message());
}

void BackupWizard::readHostFacts()
{
    const Environment chosen = environment();
    if (m_facts.contains(chosen.name))
        return;
    m_zone->setText(tr("Reading the time zone of %1's host…").arg(chosen.name));
    attemptInBackground(
        this,
        [chosen] {
            BackupHost host = BackupHost::connect(chosen, HostKeyStore());
            return HostFacts{host.zone(), host.isRoot(), host.runsSystemd(), host.lingers()};
        },
        [this, name = chosen.name](const HostFacts &facts) {
            m_facts.insert(name, facts);
            updateNextRuns();
            updateSchedulerChoices();
            emit hostFactsRead();
        },
        [this](const Error &error) {
            m_zone->setText(tr("The host's time zone could not be read: %1").arg(error.message()));
            hostFailed(error, [this] { readHostFacts(); });
        },
        sshWorkPool());
}

void BackupWizard::readSources()
{
    const Environment chosen = environment();
    m_sourcesState->setText(tr("Reading the compose files of %1…").arg(chosen.name));
    m_service->clear();
    m_databases->clear();
    m_storage->clear();
    attemptInBackground(
        this,
        [chosen] {
            Found found{BackupSchedule::sources(chosen), {}};
            for (const QString &volume : std::as_const(found.sources.volumes))
                found.engineNames.insert(volume, BackupSchedule::engineVolume(chosen, volume));
            return found;
        },
        [this, name = chosen.name](const Found &found) {
            if (name != environment().name)
                return; // another environment was chosen meanwhile
            m_sourcesOf = name;
            showSources(found.sources, found.engineNames);
            emit sourcesRead();
        },
        [this](const Error &error) {
            m_sourcesState->setText(
                tr("The compose files could not be read (%1): name the database and host "
                   "paths by hand.")
                    .arg(error.message()));
            emit sourcesRead();
        });
}

void BackupWizard::showSources(const BackupSchedule::Sources &sources,
                               const QHash<QString, QString> &engineNames)
{
    m_sources = sources;
    m_volumeEngineNames = engineNames;
    const BackupJob original = m_original.value_or(BackupJob());
    m_service->clear();
    m_service->addItems(sources.databases.keys());
    if (m_original && !original.databaseService.isEmpty() &&
        m_service->findText(original.databaseService) < 0)
        m_service->addItem(original.databaseService);
    m_service->setCurrentIndex(std::max(0, m_service->findText(original.databaseService)));
    m_service->setEditable(m_service->count() == 0);
    m_databaseGroup->setChecked(m_original ? original.backsUpDatabase()
                                           : !sources.databases.isEmpty());
    fillDatabases();

    m_storage->clear();
    QStringList volumes = original.volumes;
    for (const QString &volume : sources.volumes) {
        const QString engine = engineNames.value(volume);
        QListWidgetItem *item =
            checkable(m_storage, tr("Volume %1").arg(volume), volumes.removeAll(engine) > 0);
        item->setToolTip(tr("The engine's volume %1").arg(engine));
        item->setData(SourceRole, engine);
    }
    // A volume the job names but the compose files no longer declare: still shown.
    for (const QString &engine : std::as_const(volumes)) {
        QListWidgetItem *item = checkable(m_storage, tr("Volume %1").arg(engine), true);
        item->setData(SourceRole, engine);
    }
    QStringList paths = sources.paths;
    for (const QString &path : original.paths) {
        if (!paths.contains(path))
            paths << path;
    }
    for (const QString &path : std::as_const(paths)) {
        QListWidgetItem *item =
            checkable(m_storage, tr("Path %1").arg(path), original.paths.contains(path));
        item->setData(SourceRole, path);
        item->setData(IsPathRole, true);
    }
    m_storageGroup->setChecked(m_original && original.backsUpStorage());
    m_sourcesState->setText(
        sources.databases.isEmpty()
            ? tr("The compose files declare no PostgreSQL service the console recognises: type "
                 "the service's name if there is one.")
            : tr("Found %n PostgreSQL service(s) in the compose files.", nullptr,
                 int(sources.databases.size())));
}

void BackupWizard::fillDatabases()
{
    const QString service = m_service->currentText();
    const BackupJob original = m_original.value_or(BackupJob());
    QStringList names = m_sources.databases.value(service);
    const bool same = m_original && original.databaseService == service;
    if (same) {
        for (const QString &database : original.databases) {
            if (!names.contains(database))
                names << database;
        }
    }
    m_databases->clear();
    for (const QString &name : std::as_const(names))
        checkable(m_databases, name,
                  same ? original.databases.contains(name) : name == names.first());
}

void BackupWizard::updateNextRuns()
{
    m_nextRuns->clear();
    m_scheduleError->hide();
    const QString name = environment().name;
    if (!m_facts.contains(name))
        return;
    const QString zoneName = m_facts.value(name).zone;
    const QTimeZone zone = zoneName.isEmpty() ? QTimeZone::utc() : QTimeZone(zoneName.toUtf8());
    m_zone->setText(zoneName.isEmpty()
                        ? tr("The host does not name its time zone: the runs below are in UTC.")
                        : tr("The next five runs, in the host's time zone %1:").arg(zoneName));
    try {
        const CronExpression cron = CronExpression::parse(m_cron->text());
        for (const QDateTime &at : cron.nextRuns(QDateTime::currentDateTimeUtc(), zone, 5)) {
            const QDateTime local = at.toTimeZone(zone);
            m_nextRuns->addItem(QStringLiteral("%1  %2").arg(
                QLocale().toString(local, QStringLiteral("ddd yyyy-MM-dd HH:mm")),
                local.timeZoneAbbreviation()));
        }
    } catch (const Error &error) {
        m_scheduleError->setText(error.message());
        m_scheduleError->show();
    }
    m_nextVerification->clear();
    if (!m_verifyOnHost->isChecked())
        return;
    try {
        const QDateTime at = CronExpression::parse(m_verifyCron->text())
                                 .nextRun(QDateTime::currentDateTimeUtc(), zone)
                                 .toTimeZone(zone);
        m_nextVerification->setText(
            tr("Next verification: %1 %2")
                .arg(QLocale().toString(at, QStringLiteral("ddd yyyy-MM-dd HH:mm")),
                     at.timeZoneAbbreviation()));
    } catch (const Error &error) {
        m_nextVerification->setText(tr("Verification schedule: %1").arg(error.message()));
    }
}

void BackupWizard::updateSchedulerChoices()
{
    const QString name = environment().name;
    const bool known = m_facts.contains(name);
    const HostFacts facts = m_facts.value(name);
    // Timers need systemd on the host; system units need root (the installer puts user units
    // in the login's ~/.config).
    m_systemdUser->setEnabled(!known || facts.systemd);
    m_systemdSystem->setEnabled(known && facts.systemd && facts.root);
    if (!known) {
        m_schedulerNote->setText(
            tr("Whether the login is root is not known yet: a system timer needs root."));
        return;
    }
    // A choice the host cannot take (a job edited before the facts came in keeps its own).
    for (QRadioButton *timer : {m_systemdUser, m_systemdSystem}) {
        if (timer->isChecked() && !timer->isEnabled())
            m_useCron->setChecked(true);
    }
    if (!facts.systemd) {
        m_schedulerNote->setText(
            tr("systemd does not run on this host: its jobs are scheduled with cron."));
        return;
    }
    const QString system = facts.root
                               ? tr("The login is root: a system timer runs whoever is logged in.")
                               : tr("The login is not root: a system timer cannot be installed.");
    // A user timer stops with the login's last session unless systemd keeps its manager.
    const QString user =
        facts.lingers
            ? tr("Lingering is on for the login: a user timer runs while nobody is logged in.")
            : tr("Lingering is off for the login: a user timer runs only while it is logged in. "
                 "Run `loginctl enable-linger` for it on the host first.");
    m_schedulerNote->setText(system + QLatin1Char(' ') + user);
}

void BackupWizard::readFreeSpace()
{
    const Environment chosen = environment();
    const BackupJob current = job();
    m_free->setText(tr("Reading the free space on the host…"));
    const int generation = ++m_freeGeneration;
    attemptInBackground(
        this,
        [chosen, current] {
            BackupHost host = BackupHost::connect(chosen, HostKeyStore());
            Free free;
            if (current.backsUpDatabase())
                free.database = host.freeBytes(current.databaseDestination);
            if (current.backsUpStorage())
                free.storage = host.freeBytes(current.storageDestination);
            return free;
        },
        [this, current, generation](const Free &free) {
            if (generation != m_freeGeneration)
                return; // the folders changed meanwhile: a newer answer comes
            QStringList lines;
            const auto line = [&lines, this](const QString &path,
                                             const std::optional<qint64> &bytes) {
                lines << (bytes ? tr("%1 free at %2").arg(dataSize(*bytes), path)
                                : tr("The free space at %1 could not be read.").arg(path));
            };
            if (current.backsUpDatabase())
                line(current.databaseDestination, free.database);
            if (current.backsUpStorage() &&
                (!current.backsUpDatabase() ||
                 current.storageDestination != current.databaseDestination))
                line(current.storageDestination, free.storage);
            m_free->setText(lines.join(QLatin1Char('\n')));
            emit freeSpaceRead();
        },
        [this, generation](const Error &error) {
            if (generation != m_freeGeneration)
                return;
            m_free->setText(tr("The free space could not be read: %1").arg(error.message()));
            hostFailed(error, [this] { readFreeSpace(); });
            emit freeSpaceRead();
        },
        sshWorkPool());
}

void BackupWizard::install()
{
    if (m_installing)
        return;
    m_installing = true;
    static_cast<InstallWizardPage *>(m_pages.at(InstallPage))->setDone(false);
    m_installBusy->show();
    const Environment chosen = environment();
    const BackupJob current = job();
    const std::optional<BackupJob> previous = m_original;
    const QString originalName = m_original ? m_original->name : QString();
    const bool runNow = runNowChosen();
    m_installStatus->setText(tr("Installing %1 on the host of %2…").arg(current.name, chosen.name));
    const auto failed = [this](const QString &message) {
        m_installing = false;
        m_installBusy->hide();
        m_installStatus->setText(
            tr("Not installed: %1\n\nGo back to change the job, or cancel.").arg(message));
        emit installFinished(false);
    };
    attemptInBackground(
        this,
        [chosen, current, previous] {
            BackupHost host = BackupHost::connect(chosen, HostKeyStore());
            BackupSchedule::install(host, current, previous, chosen.projectName);
            return host.display();
        },
        [this, current, originalName, runNow, failed](const QString &display) {
            m_runner.run<BackupJob>(
                this,
                [current, originalName, display](Workspace &workspace) {
                    return BackupSchedule::save(workspace, current, originalName, display);
                },
                [this, display, runNow](const BackupJob &saved) {
                    m_installing = false;
                    m_installed = true;
                    // Back, then Install again, replaces this job rather than adding one.
                    m_original = saved;
                    m_installBusy->hide();
                    m_installStatus->setText(
                        tr("%1 is installed on %2 (%3) and runs \"%4\". Its script is %5.")
                            .arg(saved.name, display, BackupJob::schedulerKey(saved.scheduler),
                                 saved.cron, BackupScript::scriptPath(saved)));
                    static_cast<InstallWizardPage *>(m_pages.at(InstallPage))->setDone(true);
                    emit installed(saved, runNow);
                    emit installFinished(true);
                },
                [this, failed](const Error &error) {
                    failed(tr("the job is on the host, but the workspace could not save it: %1")
                               .arg(error.message()));
                    showError(this, tr("Job Not Saved"), error.message());
                });
        },
        [this, failed](const Error &error) {
            failed(error.message());
            hostFailed(error, [this] {
                if (currentId() == InstallPage)
                    install();
            });
        },
        sshWorkPool());
}

} // namespace blihops::gui
