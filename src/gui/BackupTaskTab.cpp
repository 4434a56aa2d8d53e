#include "BackupTaskTab.h"

#include "remote/SshWorkPool.h"

#include <QCloseEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPromise>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace blihops::gui {

namespace {

// A backup's script says a line per step; the page keeps the latest lines.
constexpr int kKeptLines = 20000;

} // namespace

BackupTaskTab::BackupTaskTab(const QString &title, const QString &toolTip, qint64 totalBytes,
                             Work work, QWidget *parent)
    : QWidget(parent), m_title(title), m_toolTip(toolTip), m_total(totalBytes),
      m_work(std::move(work)), m_state(new QLabel(this)), m_elapsed(new QLabel(this)),
      m_cancel(new QPushButton(this)), m_progress(new QProgressBar(this)),
      m_output(new QPlainTextEdit(this)), m_result(new QLabel(this)),
      m_cancelFlag(std::make_shared<std::atomic<bool>>(false))
{
    setObjectName(QStringLiteral("backupTaskTab"));
    m_state->setObjectName(QStringLiteral("backupTaskState"));
    m_cancel->setObjectName(QStringLiteral("cancelBackupTaskButton"));
    m_cancel->setIcon(QIcon(QStringLiteral(":/icons/cancel.svg")));
    m_cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    m_progress->setObjectName(QStringLiteral("backupTaskProgress"));
    m_progress->setVisible(m_total > 0);
    // Bytes may pass 2 GiB: the bar counts per mille.
    m_progress->setRange(0, 1000);
    m_output->setObjectName(QStringLiteral("backupTaskOutput"));
    m_output->setReadOnly(true);
    m_output->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_output->setMaximumBlockCount(kKeptLines);
    m_output->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_result->setObjectName(QStringLiteral("backupTaskResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();

    auto *header = new QHBoxLayout;
    header->addWidget(m_state);
    header->addWidget(m_elapsed);
    header->addWidget(m_progress, 1);
    header->addStretch(m_total > 0 ? 0 : 1);
    header->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(header);
    layout->addWidget(m_output, 1);
    layout->addWidget(m_result);

    connect(m_cancel, &QPushButton::clicked, this, &BackupTaskTab::cancel);
    connect(&m_clock, &QTimer::timeout, this, &BackupTaskTab::updateState);
    retranslate();
}

BackupTaskTab::~BackupTaskTab()
{
    // Work still under way stops at its next look at the flag; its result goes nowhere.
    m_cancelFlag->store(true);
}

void BackupTaskTab::start()
{
    if (m_running || m_watcher)
        return;
    m_running = true;
    m_started.start();
    m_clock.start(1000);
    m_watcher = new QFutureWatcher<Message>(this);
    connect(m_watcher, &QFutureWatcherBase::resultsReadyAt, this, &BackupTaskTab::drain);
    connect(m_watcher, &QFutureWatcherBase::finished, this, [this] {
        drain();
        if (m_running)
            end({std::nullopt, std::nullopt,
                 Error(ErrorKind::Unreachable, tr("The work ended without a result."))});
    });
    // The work owns its copies: it may outlive this page.
    m_watcher->setFuture(QtConcurrent::run(
        sshWorkPool(), [work = m_work, cancel = m_cancelFlag](QPromise<Message> &promise) {
            Message last;
            try {
                last.outcome = work(
                    [&promise](const Event &event) {
                        promise.addResult(Message{event, std::nullopt, std::nullopt});
                    },
                    cancel.get());
            } catch (const Error &error) {
                last.error = error;
            } catch (const std::exception &error) {
                last.error = Error(ErrorKind::Unreachable, QString::fromLocal8Bit(error.what()));
            }
            promise.addResult(last);
        }));
    updateState();
}

void BackupTaskTab::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    m_cancelFlag->store(true);
    m_output->appendPlainText(tr("Cancelling…"));
    updateState();
}

void BackupTaskTab::drain()
{
    const QFuture<Message> future = m_watcher->future();
    while (m_running && m_seen < future.resultCount()) {
        const Message message = future.resultAt(m_seen++);
        if (!message.event) {
            end(message);
            return;
        }
        if (!message.event->line.isEmpty())
            m_output->appendPlainText(message.event->line);
        if (message.event->bytes >= 0 && m_total > 0)
            m_progress->setValue(
                int(std::min<qint64>(1000, message.event->bytes * 1000 / m_total)));
    }
}

void BackupTaskTab::end(const Message &message)
{
    m_running = false;
    m_clock.stop();
    if (message.outcome) {
        m_outcome = *message.outcome;
        if (m_outcome->ok && m_total > 0)
            m_progress->setValue(1000);
    } else if (message.error) {
        m_error = message.error->message();
    }
    m_result->setText(resultText());
    m_result->show();
    updateState();
    if (message.outcome)
        emit finished(*message.outcome);
    else if (message.error)
        emit failed(*message.error);
    if (m_closeWhenStopped)
        emit closeRequested();
}

QString BackupTaskTab::title() const
{
    return m_title;
}

QString BackupTaskTab::stateText() const
{
    if (m_running)
        return m_cancelled ? tr("Cancelling") : tr("Running");
    if (m_outcome)
        return m_outcome->ok ? tr("Succeeded") : m_cancelled ? tr("Cancelled") : tr("Failed");
    if (!m_error.isEmpty())
        return tr("Not started");
    return tr("Queued");
}

QString BackupTaskTab::resultText() const
{
    if (m_outcome)
        return m_outcome->result;
    return m_error;
}

void BackupTaskTab::updateState()
{
    m_state->setText(QStringLiteral("<b>%1</b>").arg(stateText().toHtmlEscaped()));
    if (m_started.isValid())
        m_elapsed->setText(
            tr("%1 s").arg(QLocale().toString(double(m_started.elapsed()) / 1000.0, 'f', 0)));
    m_cancel->setEnabled(m_running && !m_cancelled);
    emit titleChanged();
}

void BackupTaskTab::closeEvent(QCloseEvent *event)
{
    if (!m_running) {
        event->accept();
        return;
    }
    event->ignore();
    auto *box =
        new QMessageBox(QMessageBox::Question, tr("Backup Work Still Running"),
                        tr("\"%1\" is still running. Cancel it and close its page?").arg(m_title),
                        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("confirmCancelOnClose"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *cancelIt = box->addButton(tr("Cancel It"), QMessageBox::DestructiveRole);
    box->addButton(tr("Keep Running"), QMessageBox::RejectRole);
    connect(box, &QMessageBox::buttonClicked, this, [this, cancelIt](QAbstractButton *button) {
        if (button != cancelIt)
            return;
        m_closeWhenStopped = true;
        cancel();
    });
    box->open();
}

void BackupTaskTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void BackupTaskTab::retranslate()
{
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop the work (Esc)"));
    updateState();
}

} // namespace blihops::gui
