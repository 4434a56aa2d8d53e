#include "VerifyDialog.h"

#include "Background.h"
#include "NameConfirmation.h"
#include "VerificationExporter.h"
#include "backup/BackupHost.h"
#include "verify/RestoreVerification.h"
#include "verify/ScratchDatabase.h"
#include "verify/VerificationRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <mutex>

namespace blihops::gui {

// What the dialog and its pool thread share: the verification while it runs (for cancel)
// and its latest report (for the progress, read on a timer).
struct VerifyDialog::Running
{
    std::mutex mutex;
    RestoreVerification *verification = nullptr;
    bool cancelled = false;
    std::optional<VerifyReport> latest;

    void cancel()
    {
        const std::lock_guard lock(mutex);
        cancelled = true;
        if (verification)
            verification->cancel();
    }
};

namespace {

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

QString number(const std::optional<qint64> &value)
{
    return value ? QLocale().toString(*value) : QStringLiteral("—");
}

// A verification's report and its id in the workspace.
struct Recorded
{
    VerifyReport report;
    qint64 id = 0;
};

// On a pool thread: the backup's host and the target's, reached with the dialog's host keys.
std::unique_ptr<VerificationSetup> setUp(const Environment &environment,
                                         const std::optional<VerificationSetup::Backup> &backup,
                                         const VerificationSetup::File &file,
                                         const Environment &target, const HostKeyStore &keys)
{
    std::optional<BackupHost> sourceHost;
    if (backup || file.onHost)
        sourceHost.emplace(BackupHost::connect(environment, keys));
    return std::make_unique<VerificationSetup>(
        environment, target, std::move(sourceHost), backup, file,
        [&keys](const Environment &other) { return BackupHost::connect(other, keys); });
}

} // namespace

VerifyDialog::VerifyDialog(std::shared_ptr<Workspace> workspace, const Environment &environment,
                           std::optional<VerificationSetup::Backup> backup,
                           const VerificationSetup::File &file, const QList<Environment> &targets,
                           const HostKeyStore &keys, QWidget *parent)
    : QDialog(parent), m_workspace(std::move(workspace)), m_environment(environment),
      m_backup(std::move(backup)), m_file(file), m_targets(targets), m_keys(keys),
      m_target(new QComboBox(this)), m_start(new QPushButton(tr("&Start"), this)),
      m_cancel(new QPushButton(tr("&Cancel Verification"), this)),
      m_export(new QPushButton(tr("&Export…"), this)), m_exportState(new QLabel(this)),
      m_exporter(new VerificationExporter(m_workspace, this)),
      m_steps(new QTableWidget(4, 5, this)), m_result(new QTableWidget(0, 5, this)),
      m_errors(new QPlainTextEdit(this)), m_summary(new QLabel(this)), m_intro(new QLabel(this)),
      m_poll(new QTimer(this))
{
    setObjectName(QStringLiteral("verifyDialog"));
    m_what = m_backup        ? m_backup->entry.record.id
             : m_file.onHost ? tr("%1 on the host of %2").arg(m_file.path, environment.name)
                             : m_file.path;
    setWindowTitle(tr("Verify %1").arg(m_what));
    m_intro->setWordWrap(true);
    m_target->setObjectName(QStringLiteral("verifyTarget"));
    for (const Environment &target : std::as_const(m_targets)) {
        m_target->addItem(target.name == m_environment.name
                              ? tr("Scratch database on %1's own server").arg(target.name)
                              : tr("Scratch database on %1's server").arg(target.name),
                          target.name);
    }
    m_start->setObjectName(QStringLiteral("verifyStart"));
    m_start->setDefault(true);
    m_cancel->setObjectName(QStringLiteral("verifyCancel"));
    m_cancel->setEnabled(false);
    m_export->setObjectName(QStringLiteral("verifyExport"));
    m_export->setToolTip(tr("Write this verification, as stored, to a PDF or Markdown file "
                            "(Alt+E)"));
    m_export->setEnabled(false);
    m_exportState->setObjectName(QStringLiteral("verifyExportState"));
    m_exportState->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_steps->setObjectName(QStringLiteral("verifySteps"));
    m_steps->setHorizontalHeaderLabels(
        {tr("Step"), tr("State"), tr("Progress"), tr("Duration"), tr("Detail")});
    m_steps->verticalHeader()->hide();
    m_steps->horizontalHeader()->setStretchLastSection(true);
    m_steps->setSelectionMode(QAbstractItemView::NoSelection);
    for (int row = 0; row < 4; ++row) {
        m_steps->setItem(row, 0, cell(VerifyStep::title(VerifyStep::Kind(row))));
        auto *bar = new QProgressBar(m_steps);
        bar->setRange(0, 100);
        m_steps->setCellWidget(row, 2, bar);
    }
    m_result->setObjectName(QStringLiteral("verifyResult"));
    m_result->verticalHeader()->hide();
    m_result->horizontalHeader()->setStretchLastSection(true);
    m_result->setSortingEnabled(false);
    m_errors->setObjectName(QStringLiteral("verifyErrors"));
    m_errors->setReadOnly(true);
    m_summary->setObjectName(QStringLiteral("verifySummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A file's kind is known once it is read (checkLeftovers): a dump until then.
    describe(m_backup ? m_backup->entry.record.kind : BackupRecord::Kind::Database);

    auto *form = new QFormLayout;
    form->addRow(tr("&Target:"), m_target);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_start, QDialogButtonBox::ActionRole);
    buttons->addButton(m_cancel, QDialogButtonBox::ActionRole);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_start, &QPushButton::clicked, this, &VerifyDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, &VerifyDialog::cancel);
    connect(m_export, &QPushButton::clicked, this, [this] {
        if (m_verificationId > 0 && m_report)
            m_exporter->choose(m_verificationId, m_report->backup);
    });
    connect(m_exporter, &VerificationExporter::exported, this, [this](const QString &path) {
        m_exportState->setText(tr("Exported to %1").arg(path));
    });
    connect(m_exporter, &VerificationExporter::failed, this,
            [this] { m_exportState->setText(tr("Not exported.")); });
    connect(m_poll, &QTimer::timeout, this, &VerifyDialog::showProgress);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_result);
    splitter->addWidget(m_errors);
    splitter->setStretchFactor(0, 3);
    splitter->setSizes({360, 120});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_steps);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_exportState);
    layout->addWidget(buttons);
    resize(900, 680);
    m_steps->resizeColumnToContents(0);
    m_steps->setMinimumHeight(m_steps->verticalHeader()->length() +
                              m_steps->horizontalHeader()->height() + 4);
    checkLeftovers();
}

VerifyDialog::~VerifyDialog()
{
    // The pool thread goes on until its scratch database is dropped; its result is dropped.
    if (m_running)
        m_running->cancel();
}

Environment VerifyDialog::targetEnvironment() const
{
    const QString name = m_target->currentData().toString();
    for (const Environment &target : m_targets) {
        if (target.name == name)
            return target;
    }
    return m_environment;
}

void VerifyDialog::start()
{
    const Environment target = targetEnvironment();
    auto running = std::make_shared<Running>();
    m_running = running;
    m_report.reset();
    m_verificationId = 0;
    m_export->setEnabled(false);
    m_exportState->clear();
    m_start->setEnabled(false);
    m_target->setEnabled(false);
    m_cancel->setEnabled(true);
    m_result->setRowCount(0);
    m_errors->clear();
    m_summary->setText(tr("Verifying…"));
    m_poll->start(100);
    // The setup first: whether a scratch database is created at all is known once the source
    // is read (a storage archive, as a backup or a file, is only read).
    attemptInBackground(
        this,
        [environment = m_environment, backup = m_backup, file = m_file, target,
         keys = m_keys]() -> std::shared_ptr<VerificationSetup> {
            return setUp(environment, backup, file, target, keys);
        },
        [this, running, target](const std::shared_ptr<VerificationSetup> &setup) {
            if (running != m_running)
                return;
            // After a cancel the verification only ends as cancelled: nothing is created.
            if (target.tier != Tier::Production || setup->storage() || running->cancelled) {
                verify(running, setup);
                return;
            }
            confirmByTypedName(
                this, QStringLiteral("verifyConfirmProduction"), tr("Verify on Production"),
                tr("The scratch database is created on the PostgreSQL server of %1, a "
                   "production environment. Type its name to go on.")
                    .arg(target.name),
                tr("&Verify"), target.name, tr("nothing was restored."),
                [this, running, setup] {
                    if (running == m_running)
                        verify(running, setup);
                },
                [this, running] {
                    if (running == m_running)
                        notVerified(tr("nothing was restored."));
                });
        },
        [this, running](const Error &error) {
            if (running == m_running)
                notVerified(error.message());
        });
}

void VerifyDialog::verify(const std::shared_ptr<Running> &running,
                          const std::shared_ptr<VerificationSetup> &setup)
{
    attemptInBackground(
        this,
        [running, setup, workspace = m_workspace]() -> Recorded {
            RestoreVerification verification = setup->verification();
            verification.setProgress([running](const VerifyReport &report) {
                const std::lock_guard lock(running->mutex);
                running->latest = report;
            });
            {
                const std::lock_guard lock(running->mutex);
                running->verification = &verification;
                if (running->cancelled)
                    verification.cancel();
            }
            const auto forget = qScopeGuard([&running] {
                const std::lock_guard lock(running->mutex);
                running->verification = nullptr;
            });
            const VerifyReport report = verification.run();
            return Recorded{report, VerificationRepository(*workspace).record(report)};
        },
        [this](const Recorded &recorded) {
            m_running.reset();
            m_poll->stop();
            m_verificationId = recorded.id;
            m_export->setEnabled(true);
            showReport(recorded.report);
        },
        [this](const Error &error) { notVerified(error.message()); });
}

void VerifyDialog::notVerified(const QString &message)
{
    m_running.reset();
    m_poll->stop();
    m_summary->setText(tr("<b>Not verified</b>: %1").arg(message.toHtmlEscaped()));
    m_errors->setPlainText(message);
    m_start->setEnabled(true);
    m_target->setEnabled(true);
    m_cancel->setEnabled(false);
}

void VerifyDialog::cancel()
{
    if (!m_running)
        return;
    m_running->cancel();
    m_cancel->setEnabled(false);
    m_summary->setText(tr("Cancelling: the scratch database is being dropped…"));
}

void VerifyDialog::showProgress()
{
    if (!m_running)
        return;
    std::optional<VerifyReport> latest;
    {
        const std::lock_guard lock(m_running->mutex);
        latest = m_running->latest;
    }
    if (latest)
        showSteps(*latest);
}

void VerifyDialog::showSteps(const VerifyReport &report)
{
    for (int row = 0; row < report.steps.size() && row < m_steps->rowCount(); ++row) {
        const VerifyStep &step = report.steps.at(row);
        m_steps->setItem(row, 1, cell(VerifyStep::stateText(step.state)));
        static_cast<QProgressBar *>(m_steps->cellWidget(row, 2))->setValue(step.percent);
        m_steps->setItem(
            row, 3,
            cell(step.durationMs > 0 || step.state == VerifyStep::State::Passed ||
                         step.state == VerifyStep::State::Failed
                     ? tr("%1 s").arg(QLocale().toString(step.durationMs / 1000.0, 'f', 1))
                     : QString()));
        m_steps->setItem(row, 4, cell(step.detail));
        m_steps->item(row, 4)->setToolTip(step.detail);
    }
}

void VerifyDialog::showReport(const VerifyReport &report)
{
    m_report = report;
    showSteps(report);
    m_start->setEnabled(true);
    m_target->setEnabled(true);
    m_cancel->setEnabled(false);
    // An archive is read, never restored: its verdict says so.
    const bool archive = report.kind == BackupRecord::Kind::Storage;
    QString verdict;
    if (report.cancelled)
        verdict = tr("<b>Cancelled</b>: nothing was proven; no scratch database is left behind.");
    else if (!report.ok() && archive)
        verdict = tr("<b>Failed</b>: the archive does not hold what was backed up.");
    else if (!report.ok())
        verdict = tr("<b>Failed</b>: the backup does not restore to what was backed up.");
    else if (report.proven && archive)
        verdict = tr("<b>Passed</b>: every file in the archive equals what the backup recorded.");
    else if (report.proven)
        verdict = tr("<b>Passed</b>: the restore equals the backup, table by table.");
    else if (archive)
        verdict = tr("<b>Passed, not proven</b>: the archive reads without errors, but there is "
                     "no manifest to compare with; its files are stored as the baseline.");
    else
        verdict = tr("<b>Passed, not proven</b>: restored without errors, but there is no "
                     "manifest to compare with; its figures are stored as the baseline.");
    QStringList objects;
    for (auto it = report.objects.cbegin(); it != report.objects.cend(); ++it) {
        const QString text = tr("%1 %2/%3").arg(it.key()).arg(it->restored).arg(it->dump);
        objects << (it->dump == it->restored ? text : QStringLiteral("<b>%1</b>").arg(text));
    }
    if (!objects.isEmpty())
        verdict += QStringLiteral("<br>") +
                   tr("Objects restored/in the dump: %1").arg(objects.join(QStringLiteral(", ")));
    m_summary->setText(verdict);

    m_result->clearContents();
    describe(report.kind);
    const QColor bad(Qt::red);
    if (report.kind == BackupRecord::Kind::Storage) {
        const QList<std::pair<QString, const QStringList *>> groups = {
            {tr("missing"), &report.missing},
            {tr("changed"), &report.changed},
            {tr("extra"), &report.extra}};
        m_result->setRowCount(0);
        for (const auto &[label, paths] : groups) {
            for (const QString &path : *paths) {
                const int row = m_result->rowCount();
                m_result->insertRow(row);
                m_result->setItem(row, 0, cell(label));
                m_result->item(row, 0)->setForeground(bad);
                m_result->setItem(row, 1, cell(path));
            }
        }
    } else {
        m_result->setRowCount(int(report.tables.size()));
        for (int row = 0; row < report.tables.size(); ++row) {
            const VerifyReport::Table &table = report.tables.at(row);
            m_result->setItem(row, 0, cell(table.schema));
            m_result->setItem(row, 1, cell(table.name));
            m_result->setItem(row, 2, cell(number(table.rowsExpected)));
            m_result->setItem(row, 3, cell(number(table.rowsRestored)));
            const QString content = !report.proven    ? tr("baseline stored")
                                    : table.matches() ? tr("equal")
                                                      : tr("differs");
            m_result->setItem(row, 4, cell(content));
            if (report.proven && !table.matches()) {
                for (int column = 0; column < 5; ++column)
                    m_result->item(row, column)->setForeground(bad);
            }
        }
    }
    m_result->resizeColumnsToContents();
    m_errors->setPlainText(report.errors.join(QLatin1Char('\n')));
    emit verificationEnded(report);
}

void VerifyDialog::describe(BackupRecord::Kind kind)
{
    if (kind == BackupRecord::Kind::Storage) {
        m_intro->setText(tr("Reads %1 and compares every file in it with what the backup "
                            "recorded. Nothing is restored or written to disk.")
                             .arg(m_what));
        m_result->setColumnCount(2);
        m_result->setHorizontalHeaderLabels({tr("Difference"), tr("Path")});
        m_errors->setPlaceholderText(tr("Errors reading the archive appear here."));
        return;
    }
    m_intro->setText(
        tr("Restores %1 into a new scratch database and compares every table with what the "
           "backup recorded. The scratch database is dropped afterwards, whatever the result.")
            .arg(m_what));
    m_result->setColumnCount(5);
    m_result->setHorizontalHeaderLabels(
        {tr("Schema"), tr("Table"), tr("Rows expected"), tr("Rows restored"), tr("Content")});
    m_errors->setPlaceholderText(tr("pg_restore's error lines appear here."));
}

void VerifyDialog::checkLeftovers()
{
    if (m_targets.isEmpty())
        return;
    attemptInBackground(
        this,
        [environment = m_environment, backup = m_backup, file = m_file,
         target = targetEnvironment(),
         keys = m_keys]() -> std::pair<BackupRecord::Kind, QStringList> {
            const auto setup = setUp(environment, backup, file, target, keys);
            if (setup->storage())
                return {BackupRecord::Kind::Storage, {}};
            return {BackupRecord::Kind::Database, ScratchDatabase::leftovers(setup->server())};
        },
        [this](const std::pair<BackupRecord::Kind, QStringList> &found) {
            const auto &[kind, names] = found;
            if (!m_report)
                describe(kind);
            if (names.isEmpty()) {
                emit leftoversChecked(0);
                return;
            }
            auto *box = new QMessageBox(
                QMessageBox::Question, tr("Scratch Databases Left Behind"),
                tr("Earlier verifications that did not finish left %n scratch database(s) on "
                   "the server of %1: %2. Remove them?",
                   nullptr, int(names.size()))
                    .arg(targetEnvironment().name, names.join(QStringLiteral(", "))),
                QMessageBox::Yes | QMessageBox::No, this);
            box->setObjectName(QStringLiteral("verifyLeftovers"));
            box->setAttribute(Qt::WA_DeleteOnClose);
            connect(box, &QMessageBox::finished, this, [this, names](int answer) {
                if (answer == QMessageBox::Yes)
                    removeLeftovers(names);
                else
                    emit leftoversChecked(int(names.size()));
            });
            box->open();
        },
        [this](const Error &error) {
            // A source that cannot be verified (a wrong path on the host) is told at once.
            m_summary->setText(
                (error.kind() == ErrorKind::BadInput
                     ? tr("<b>Not verified</b>: %1")
                     : tr("Scratch databases left behind could not be looked for: %1"))
                    .arg(error.message().toHtmlEscaped()));
            emit leftoversChecked(0);
        });
}

void VerifyDialog::removeLeftovers(const QStringList &names)
{
    attemptInBackground(
        this,
        [environment = m_environment, backup = m_backup, file = m_file,
         target = targetEnvironment(), keys = m_keys, names]() -> QStringList {
            const auto setup = setUp(environment, backup, file, target, keys);
            const PostgresContainer server = setup->server();
            QStringList errors;
            for (const QString &name : names) {
                const QString error = ScratchDatabase::drop(server, name);
                if (!error.isEmpty())
                    errors << error;
            }
            return errors;
        },
        [this, names](const QStringList &errors) {
            m_summary->setText(errors.isEmpty() ? tr("Removed %n scratch database(s) left behind.",
                                                     nullptr, int(names.size()))
                                                : errors.join(QLatin1Char('\n')).toHtmlEscaped());
            emit leftoversChecked(int(names.size()));
        },
        [this, names](const Error &error) {
            m_summary->setText(error.message().toHtmlEscaped());
            emit leftoversChecked(int(names.size()));
        });
}

} // namespace blihops::gui
