#pragma once

#include "LogViewerOptions.h"
#include "logs/LogLineAssembler.h"
#include "logs/LogQuery.h"
#include "logs/LogSession.h"
#include "remote/HostKeyStore.h"
#include "workspace/Environment.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QListView;
class QSpinBox;
class QToolButton;

namespace blihops::gui {

class LogListModel;

// The log of a container, or of a whole service (its containers interleaved by the engine's
// time, each line tagged with its container), as a tab of the main window's bottom panel:
// the last lines, then following; pause; since and tail; engine timestamps on or off; a
// filter that hides what does not match, a search with next and previous; the visible or
// the full log saved to a file; a long line's whole text on demand. Lines come from a
// LogSession into a LogListModel in batches, never one by one, and nothing here waits: the
// GUI thread keeps turning while a container writes thousands of lines a second.
class LogViewer : public QWidget
{
    Q_OBJECT

public:
    using Options = LogViewerOptions;
    // Lines wait this long for more before they are shown, so that the view takes them by
    // the hundred when a container writes fast.
    static constexpr std::chrono::milliseconds kBatchDelay{50};

    LogViewer(const Environment &environment, const QString &target,
              const HostKeyStore &keys = HostKeyStore(), const LogViewerOptions &options = {},
              QWidget *parent = nullptr);
    ~LogViewer() override;

    // The tab's title, e.g. "api (staging)"; its tool tip says more.
    QString title() const;
    QString toolTip() const;
    // For a menu or a toolbar of the panel; each also works by its shortcut while the
    // viewer has the focus.
    QList<QAction *> viewerActions() const;

    LogListModel *model() const { return m_model; }
    QListView *view() const { return m_view; }
    LogSession *session() const { return m_session; }
    QString statusText() const;
    // The last error or notice shown above the log (empty when none).
    QString noticeText() const;

    void setFollowing(bool following);
    bool isFollowing() const;
    void setTimestampsShown(bool shown);
    void setFilter(const QString &pattern, bool regularExpression, bool caseSensitive);
    void setSearch(const QString &text);
    void findNext();
    void findPrevious();
    // Writes the visible rows (or every line kept) to path on a pool thread; saved() follows.
    void saveTo(const QString &path, bool visibleOnly);
    // Reads the log again with the since and tail boxes' values.
    void reload();
    // Shows the whole text of the row's line in a dialog.
    void showFullLine(int row);

signals:
    void closeRequested();
    void titleChanged(const QString &title);
    void saved(const QString &path, const QString &error);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildActions();
    void buildLayout();
    void retranslate();
    void startSession();
    void onRecords(const QList<LogRecord> &records);
    void flush();
    void onState(LogSession::State state);
    void showNotice(const QString &text, bool error);
    void updateStatus();
    void applyFilter();
    void applySearch();
    void find(bool forward);
    void askToSave(bool visibleOnly);

    Environment m_environment;
    QString m_target;
    HostKeyStore m_keys;
    Options m_options;
    LogSession *m_session = nullptr;
    LogLineAssembler m_assembler;
    QList<LogLine> m_pending;
    QTimer m_batch;
    QTimer m_filterDelay;
    LogSession::State m_lastState = LogSession::State::Connecting;
    bool m_wasReconnecting = false;

    LogListModel *m_model;
    QListView *m_view;
    QLabel *m_status;
    QLabel *m_notice;
    QSpinBox *m_tail;
    QLineEdit *m_since;
    QLineEdit *m_filterEdit;
    QToolButton *m_filterRegex;
    QToolButton *m_filterCase;
    QLineEdit *m_searchEdit;
    QLabel *m_tailLabel;
    QLabel *m_sinceLabel;
    QLabel *m_filterLabel;
    QLabel *m_searchLabel;

    QAction *m_follow;
    QAction *m_timestamps;
    QAction *m_focusFilter;
    QAction *m_focusSearch;
    QAction *m_findNext;
    QAction *m_findPrevious;
    QAction *m_saveVisible;
    QAction *m_saveFull;
    QAction *m_fullLine;
    QAction *m_reload;
    QAction *m_close;
};

} // namespace blihops::gui
