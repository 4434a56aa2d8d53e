#pragma once

#include "remote/HostKeyStore.h"
#include "verify/VerificationSetup.h"
#include "verify/VerifyReport.h"
#include "workspace/Environment.h"

#include <QDialog>
#include <QList>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTimer;

namespace blihops {
class Workspace;
}

namespace blihops::gui {

class VerificationExporter;

// Restore verification of one backup (a catalog entry of its job) or of a dump or archive
// file on this machine: choose the target (a scratch database on the environment's own
// PostgreSQL server, or another environment's; production only after its name is typed, asked
// once the source is read and only for a dump: a storage archive creates nothing there),
// start, watch the four steps with their progress, cancel at any step. The result: pass or
// fail, every table's rows expected and restored with the mismatches first (a storage
// archive's missing, extra and changed files), the object counts, and every pg_restore error
// line. Scratch databases left on the target's server by a crash are found when the dialog
// opens and removed after asking. Each verification is stored in the workspace as evidence;
// once stored, Export writes it as PDF or Markdown.
// The work runs on a pool thread; closing the dialog cancels it (the scratch database is
// still dropped).
class VerifyDialog : public QDialog
{
    Q_OBJECT

public:
    // targets: the environments whose servers may take the restore, environment first.
    VerifyDialog(std::shared_ptr<Workspace> workspace, const Environment &environment,
                 std::optional<VerificationSetup::Backup> backup,
                 const VerificationSetup::File &file, const QList<Environment> &targets,
                 const HostKeyStore &keys, QWidget *parent = nullptr);
    ~VerifyDialog() override;

    QComboBox *targetBox() const { return m_target; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *cancelButton() const { return m_cancel; }
    QTableWidget *stepsTable() const { return m_steps; }
    QTableWidget *resultTable() const { return m_result; }
    QPlainTextEdit *errorsView() const { return m_errors; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *introLabel() const { return m_intro; }
    QPushButton *exportButton() const { return m_export; }
    QLabel *exportLabel() const { return m_exportState; }
    VerificationExporter *exporter() const { return m_exporter; }
    // The last verification as the workspace recorded it; 0 before one has ended.
    qint64 verificationId() const { return m_verificationId; }
    bool isRunning() const { return m_running != nullptr; }
    // The last verification's report, once it has ended.
    std::optional<VerifyReport> report() const { return m_report; }

signals:
    void verificationEnded(const blihops::VerifyReport &report);
    // The leftover check ended (found: how many, removed or not).
    void leftoversChecked(int found);

private:
    struct Running;

    void start();
    // The verification of setup, on a pool thread, once it may run.
    void verify(const std::shared_ptr<Running> &running,
                const std::shared_ptr<VerificationSetup> &setup);
    // The end of a start that verified nothing: why.
    void notVerified(const QString &message);
    void cancel();
    void showProgress();
    void showReport(const VerifyReport &report);
    // The intro and the result table's columns for a dump or a storage archive.
    void describe(BackupRecord::Kind kind);
    void showSteps(const VerifyReport &report);
    void checkLeftovers();
    void removeLeftovers(const QStringList &names);
    Environment targetEnvironment() const;

    std::shared_ptr<Workspace> m_workspace;
    Environment m_environment;
    std::optional<VerificationSetup::Backup> m_backup;
    VerificationSetup::File m_file;
    QList<Environment> m_targets;
    HostKeyStore m_keys;
    std::shared_ptr<Running> m_running;
    std::optional<VerifyReport> m_report;
    QComboBox *m_target;
    QPushButton *m_start;
    QPushButton *m_cancel;
    QPushButton *m_export;
    QLabel *m_exportState;
    VerificationExporter *m_exporter;
    qint64 m_verificationId = 0;
    QTableWidget *m_steps;
    QTableWidget *m_result;
    QPlainTextEdit *m_errors;
    QLabel *m_summary;
    QLabel *m_intro;
    QString m_what; // the backup or file, as the title names it
    QTimer *m_poll;
};

} // namespace blihops::gui
