#pragma once

#include "util/Error.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QJsonObject>
#include <QTimer>
#include <QWidget>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace blihops::gui {

// Backup work that takes a while (Back Up Now, a download) as a page of the bottom panel:
// its state and running time, what it reports line by line, a progress bar when the size is
// known, a Cancel button (Esc) and, once it ended, its result. The work runs on an SSH pool
// thread with its own copies of what it reads; closing the page while it runs offers to
// cancel it, and the page goes once it stopped.
class BackupTaskTab : public QWidget
{
    Q_OBJECT

public:
    struct Event
    {
        QString line;      // a line of progress, or empty
        qint64 bytes = -1; // bytes done so far, or -1
    };
    struct Outcome
    {
        bool ok = false;
        QString result;      // one line: what came of it
        QJsonObject details; // for the audit entry
    };
    using Report = std::function<void(const Event &)>;
    // Throws Error when it could not start (host unreachable, host key, no script).
    using Work = std::function<Outcome(const Report &report, const std::atomic<bool> *cancel)>;

    // totalBytes: the size the work will reach (a progress bar), 0 for none.
    BackupTaskTab(const QString &title, const QString &toolTip, qint64 totalBytes, Work work,
                  QWidget *parent = nullptr);
    ~BackupTaskTab() override;

    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    QString title() const;
    QString toolTip() const { return m_toolTip; }
    QString stateText() const;
    QString resultText() const;
    QPlainTextEdit *outputView() const { return m_output; }
    QPushButton *cancelButton() const { return m_cancel; }
    QProgressBar *progressBar() const { return m_progress; }

signals:
    void titleChanged();
    // The work ended (outcome), or could not start (error).
    void finished(const blihops::gui::BackupTaskTab::Outcome &outcome);
    void failed(const blihops::Error &error);
    // The user chose to cancel while closing the page: it has stopped.
    void closeRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Message
    {
        std::optional<Event> event;
        std::optional<Outcome> outcome;
        std::optional<Error> error;
    };

    void drain();
    void end(const Message &message);
    void updateState();
    void retranslate();

    QString m_title;
    QString m_toolTip;
    qint64 m_total;
    Work m_work;
    QLabel *m_state;
    QLabel *m_elapsed;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QPlainTextEdit *m_output;
    QLabel *m_result;
    QTimer m_clock;
    QElapsedTimer m_started;
    QFutureWatcher<Message> *m_watcher = nullptr;
    int m_seen = 0;
    std::shared_ptr<std::atomic<bool>> m_cancelFlag;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_closeWhenStopped = false;
    std::optional<Outcome> m_outcome;
    QString m_error;
};

} // namespace blihops::gui
