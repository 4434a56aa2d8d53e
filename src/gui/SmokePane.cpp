#include "SmokePane.h"

#include "ErrorBox.h"
#include "SmokeResultsModel.h"
#include "SmokeSuiteDialog.h"
#include "WorkspaceRunner.h"
#include "checks/SmokeHistory.h"
#include "checks/SmokeRunner.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QMetaMethod>
#include <QProgressBar>
#include <QPromise>
#include <QStackedWidget>
#include <QTableView>
#include <QThreadPool>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace blihops::gui {

// What the worker hands back, in order: one event per check, then the run or the error
// that stopped it. Through the future rather than queued calls, so that a pane destroyed
// meanwhile (and its watcher with it) simply never hears of them.
struct SmokePane::RunEvent
{
    std::optional<SmokeResult> result;
    std::optional<SmokeRun> run;
    std::optional<Error> error;
};

struct SmokePane::ActiveRun
{
    Attempt attempt;
    QList<SmokeResult> before; // the table before the run: a rerun keeps the other rows
    QList<SmokeResult> received;
    int total = 0;
    int seen = 0; // events of the future handled so far
    bool cancelling = false;
    bool ended = false;
    // Shared with the worker, which may outlive the pane.
    std::shared_ptr<std::atomic<bool>> cancel = std::make_shared<std::atomic<bool>>(false);
    QFutureWatcher<RunEvent> *watcher = nullptr;
};

SmokePane::SmokePane(WorkspaceRunner &runner, QWidget *parent)
    : QWidget(parent), m_runner(runner), m_model(new SmokeResultsModel(this)),
      m_view(new QTableView(this)), m_historyBox(new QComboBox(this)),
      m_historyLabel(new QLabel(this)), m_summary(new QLabel(this)), m_details(new QLabel(this)),
      m_hint(new QLabel(this)), m_pages(new QStackedWidget(this)),
      m_progress(new QProgressBar(this)), m_runButton(new QToolButton(this)),
      m_rerunButton(new QToolButton(this)), m_cancelButton(new QToolButton(this)),
      m_editButton(new QToolButton(this)), m_runAction(new QAction(this)),
      m_rerunAction(new QAction(this)), m_cancelAction(new QAction(this)),
      m_editAction(new QAction(this))
{
    setObjectName(QStringLiteral("SmokePane"));
    m_runAction->setObjectName(QStringLiteral("runSmokeSuiteAction"));
    m_runAction->setIcon(QIcon(QStringLiteral(":/icons/smoke-run.svg")));
    m_runAction->setShortcut(QKeySequence(tr("Ctrl+T")));
    m_rerunAction->setObjectName(QStringLiteral("rerunSmokeChecksAction"));
    m_rerunAction->setIcon(QIcon(QStringLiteral(":/icons/smoke-rerun.svg")));
    m_rerunAction->setShortcut(QKeySequence(tr("Ctrl+Shift+T")));
    m_cancelAction->setObjectName(QStringLiteral("cancelSmokeRunAction"));
    m_cancelAction->setIcon(QIcon(QStringLiteral(":/icons/cancel.svg")));
    m_editAction->setObjectName(QStringLiteral("editSmokeSuiteAction"));
    m_editAction->setIcon(QIcon(QStringLiteral(":/icons/edit.svg")));
    // Run again and Cancel act on this pane's table: only while the pane has the focus.
    m_rerunAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_cancelAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addActions({m_rerunAction, m_cancelAction});
    connect(m_runAction, &QAction::triggered, this, &SmokePane::runSuite);
    connect(m_rerunAction, &QAction::triggered, this, &SmokePane::runAgain);
    connect(m_cancelAction, &QAction::triggered, this, &SmokePane::cancel);
    connect(m_editAction, &QAction::triggered, this, &SmokePane::editSuite);

    const QList<std::pair<QToolButton *, QAction *>> buttons = {{m_runButton, m_runAction},
                                                                {m_rerunButton, m_rerunAction},
                                                                {m_cancelButton, m_cancelAction},
                                                                {m_editButton, m_editAction}};
    for (const auto &[button, action] : buttons) {
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(true);
    }
    m_runButton->setObjectName(QStringLiteral("runSmokeSuiteButton"));
    m_rerunButton->setObjectName(QStringLiteral("rerunSmokeChecksButton"));
    m_cancelButton->setObjectName(QStringLiteral("cancelSmokeRunButton"));
    m_editButton->setObjectName(QStringLiteral("editSmokeSuiteButton"));

    m_historyBox->setObjectName(QStringLiteral("smokeHistory"));
    m_historyBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_historyBox->setMinimumContentsLength(30);
    m_historyLabel->setBuddy(m_historyBox);
    m_view->setObjectName(QStringLiteral("smokeResultsView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addAction(m_rerunAction);
    m_view->horizontalHeader()->resizeSection(SmokeResultsModel::CheckColumn, 140);
    m_view->horizontalHeader()->resizeSection(SmokeResultsModel::KindColumn, 115);
    m_view->horizontalHeader()->resizeSection(SmokeResultsModel::TargetColumn, 200);
    m_view->horizontalHeader()->resizeSection(SmokeResultsModel::ResultColumn, 85);
    m_view->horizontalHeader()->resizeSection(SmokeResultsModel::DurationColumn, 70);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    // "Passed" is short in English and "Fehlgeschlagen" is not: the result column grows to fit
    // what it shows (never shrinks below what the user chose).
    const auto fitResults = [this] {
        QHeaderView *header = m_view->horizontalHeader();
        const int wanted = std::max(static_cast<QAbstractItemView *>(m_view)->sizeHintForColumn(
                                        SmokeResultsModel::ResultColumn),
                                    header->sectionSizeHint(SmokeResultsModel::ResultColumn));
        if (header->sectionSize(SmokeResultsModel::ResultColumn) < wanted)
            header->resizeSection(SmokeResultsModel::ResultColumn, wanted);
    };
    connect(m_model, &QAbstractItemModel::dataChanged, this, fitResults);
    connect(m_model, &QAbstractItemModel::modelReset, this, fitResults);
    connect(m_model, &QAbstractItemModel::headerDataChanged, this, fitResults);
    m_hint->setObjectName(QStringLiteral("smokeHint"));
    m_hint->setWordWrap(true);
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setMargin(24);
    m_hint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pages->addWidget(m_view);
    m_pages->addWidget(m_hint);
    // Messages are longer than their column: the current row's in full, under the table.
    m_details->setObjectName(QStringLiteral("smokeResultDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setTextFormat(Qt::RichText);
    m_details->setFrameShape(QFrame::StyledPanel);
    m_details->setMargin(4);
    m_details->hide();
    m_summary->setObjectName(QStringLiteral("smokeSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setObjectName(QStringLiteral("smokeProgress"));
    m_progress->setMaximumWidth(220);
    m_progress->hide();

    auto *bar = new QHBoxLayout;
    bar->setSpacing(2);
    bar->addWidget(m_runButton);
    bar->addWidget(m_rerunButton);
    bar->addWidget(m_cancelButton);
    bar->addWidget(m_editButton);
    bar->addStretch(1);
    bar->addSpacing(12);
    bar->addWidget(m_historyLabel);
    bar->addWidget(m_historyBox);
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_summary, 1);
    footer->addWidget(m_progress);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_details);
    layout->addLayout(footer);

    connect(m_historyBox, &QComboBox::currentIndexChanged, this, &SmokePane::showRun);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SmokePane::updateState);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &SmokePane::updateDetails);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &SmokePane::updateDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SmokePane::updateDetails);
    retranslate();
    updateState();
}

SmokePane::~SmokePane()
{
    // Runs still going stop at their next check; their results go nowhere.
    for (const std::shared_ptr<ActiveRun> &active : std::as_const(m_active))
        active->cancel->store(true);
}

void SmokePane::setEnvironment(const Environment *environment)
{
    if (environment && m_environment && environment->name == m_environment->name &&
        environment->toJson() == m_environment->toJson())
        return; // the same one again (a reload, a service of it selected): keep the table
    const bool sameName = environment && m_environment && environment->name == m_environment->name;
    m_environment = environment ? std::optional<Environment>(*environment) : std::nullopt;
    if (!sameName) {
        m_suite.clear();
        m_suiteError.clear();
        m_history.clear();
        m_rerunNote.clear();
        m_note.clear();
        m_model->clear();
        fillHistory();
        showActiveRun();
    }
    if (m_environment) {
        loadSuite();
    } else {
        ++m_loadGeneration; // a load under way is for nothing now
        m_loading = false;
    }
    updateState();
}

QString SmokePane::environmentName() const
{
    return m_environment ? m_environment->name : QString();
}

bool SmokePane::isRunning() const
{
    return m_environment && m_active.contains(m_environment->name);
}

QString SmokePane::summary() const
{
    return m_summary->text();
}

QString SmokePane::hint() const
{
    return m_pages->currentWidget() == m_hint ? m_hint->text() : QString();
}

void SmokePane::loadSuite()
{
    struct Loaded
    {
        QList<SmokeCheck> suite;
        QString suiteError;
        QList<SmokeRun> history;
    };
    const Environment environment = *m_environment;
    const int generation = ++m_loadGeneration;
    m_loading = true;
    m_runner.run<Loaded>(
        this,
        [environment](Workspace &workspace) {
            Loaded loaded;
            // A compose file that does not read still leaves the history to show.
            try {
                loaded.suite = SmokeRunner::suiteFor(workspace, environment);
            } catch (const Error &error) {
                loaded.suiteError = error.message();
            }
            loaded.history = SmokeHistory(workspace).list(environment.name, 20);
            return loaded;
        },
        [this, generation](const Loaded &loaded) {
            if (generation != m_loadGeneration)
                return; // another environment was selected meanwhile
            m_loading = false;
            m_suite = loaded.suite;
            m_suiteError = loaded.suiteError;
            m_history = loaded.history;
            const bool keepTable = m_model->rowCount() > 0 || isRunning();
            fillHistory();
            if (!keepTable && !m_history.isEmpty())
                showRun(0);
            updateState();
            emit suiteLoaded();
        },
        [this, generation](const Error &error) {
            if (generation != m_loadGeneration)
                return;
            m_loading = false;
            m_suiteError = error.message();
            updateState();
            emit suiteLoaded();
        });
    updateState();
}

void SmokePane::runSuite()
{
    if (!m_runAction->isEnabled() || !m_environment)
        return;
    startRun({*m_environment, m_suite, {}});
}

void SmokePane::runAgain()
{
    if (!m_rerunAction->isEnabled() || !m_environment)
        return;
    QStringList only;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        only << m_model->checkName(index.row());
    if (!only.isEmpty())
        startRun({*m_environment, m_suite, only});
}

void SmokePane::cancel()
{
    if (!isRunning())
        return;
    const std::shared_ptr<ActiveRun> active = m_active.value(m_environment->name);
    active->cancelling = true;
    active->cancel->store(true);
    updateState();
}

void SmokePane::retry(const QString &environment)
{
    if (!m_retries.contains(environment) || m_active.contains(environment))
        return;
    startRun(m_retries.take(environment));
}

void SmokePane::startRun(const Attempt &attempt)
{
    const QString name = attempt.environment.name;
    if (m_active.contains(name))
        return;
    auto active = std::make_shared<ActiveRun>();
    active->attempt = attempt;
    active->total = int(
        std::count_if(attempt.checks.begin(), attempt.checks.end(), [&](const SmokeCheck &check) {
            return attempt.only.isEmpty() ? check.enabled : attempt.only.contains(check.name);
        }));
    if (environmentName() == name) {
        active->before = m_model->results();
        m_model->prepare(attempt.checks, attempt.only);
        m_note.clear();
    }
    auto *watcher = new QFutureWatcher<RunEvent>(this);
    active->watcher = watcher;
    m_active.insert(name, active);
    const std::weak_ptr<ActiveRun> weak = active;
    connect(watcher, &QFutureWatcherBase::resultsReadyAt, this, [this, weak] {
        if (const auto active = weak.lock())
            drain(active->attempt.environment.name);
    });
    connect(watcher, &QFutureWatcherBase::finished, this, [this, weak] {
        const auto active = weak.lock();
        if (!active || active->ended)
            return;
        drain(active->attempt.environment.name);
        if (!active->ended) {
            RunEvent event;
            event.error =
                Error(ErrorKind::Unreachable, tr("The smoke run ended without a result."));
            finishRun(active->attempt.environment.name, event);
        }
    });
    // Everything the worker uses is its own copy: it may outlive this pane.
    watcher->setFuture(QtConcurrent::run(
        &m_pool, [environment = attempt.environment, checks = attempt.checks, only = attempt.only,
                  cancel = active->cancel](QPromise<RunEvent> &promise) {
            RunEvent last;
            try {
                SmokeRunner runner(environment, HostKeyStore());
                last.run = runner.run(
                    checks, only,
                    [&promise](int, const SmokeResult &result) {
                        promise.addResult(RunEvent{result, std::nullopt, std::nullopt});
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

void SmokePane::drain(const QString &environment)
{
    const std::shared_ptr<ActiveRun> active = m_active.value(environment);
    if (!active)
        return;
    const QFuture<RunEvent> future = active->watcher->future();
    const bool shown = environmentName() == environment;
    while (!active->ended && active->seen < future.resultCount()) {
        const RunEvent event = future.resultAt(active->seen++);
        if (!event.result) {
            finishRun(environment, event);
            return;
        }
        active->received.append(*event.result);
        if (shown)
            m_model->setResult(*event.result);
    }
    if (shown)
        updateState();
}

void SmokePane::finishRun(const QString &environment, const RunEvent &event)
{
    const std::shared_ptr<ActiveRun> active = m_active.take(environment);
    if (!active)
        return;
    active->ended = true;
    active->watcher->disconnect(this);
    active->watcher->deleteLater();
    const bool shown = environmentName() == environment;
    if (event.error) {
        if (shown)
            m_model->finish();
        updateState();
        const Error &error = *event.error;
        if (error.kind() == ErrorKind::UntrustedHostKey ||
            error.kind() == ErrorKind::ChangedHostKey) {
            m_retries.insert(environment, active->attempt);
            if (isSignalConnected(QMetaMethod::fromSignal(&SmokePane::hostKeyNeeded))) {
                emit hostKeyNeeded(environment, active->attempt.environment.engineUrl, error);
                emit runFinished(environment);
                return;
            }
        }
        showError(this,
                  error.kind() == ErrorKind::Unreachable
                      ? tr("Cannot Reach %1").arg(environment)
                      : tr("Smoke Suite of %1 Not Run").arg(environment),
                  error.message());
        emit runFinished(environment);
        return;
    }
    const SmokeRun run = *event.run;
    if (shown) {
        // The run's own list has the last word, should a progress report have been missed.
        for (const SmokeResult &result : run.results)
            m_model->setResult(result);
        m_model->finish();
        if (run.cancelled)
            m_note = tr("Cancelled after %n check(s).", nullptr, int(run.results.size()));
        if (active->attempt.only.isEmpty())
            m_rerunNote.clear();
        else
            m_rerunNote = tr("%n check(s) run again at %1; the other rows are from before.",
                             nullptr, int(run.results.size()))
                              .arg(QLocale().toString(run.startedAt.toLocalTime().time(),
                                                      QLocale::ShortFormat));
    }
    updateState();
    if (run.results.isEmpty()) {
        emit runFinished(environment); // cancelled before any check: nothing to keep
        return;
    }
    record(run);
}

void SmokePane::record(const SmokeRun &run)
{
    const QString environment = run.environment;
    m_runner.run<QList<SmokeRun>>(
        this,
        [run](Workspace &workspace) {
            SmokeHistory history(workspace);
            history.record(run);
            return history.list(run.environment, 20);
        },
        [this, environment](const QList<SmokeRun> &runs) {
            if (environmentName() == environment && !isRunning()) {
                m_history = runs;
                fillHistory(); // the newest is the run just shown: the table stays
            }
            updateState();
            emit runFinished(environment);
        },
        [this, environment](const Error &error) {
            showError(this, tr("Cannot Keep the Smoke Run"), error.message());
            emit runFinished(environment);
        });
}

void SmokePane::showRun(int historyIndex)
{
    if (historyIndex < 0 || historyIndex >= m_history.size() || isRunning())
        return;
    m_model->setResults(m_history.at(historyIndex).results);
    m_rerunNote.clear();
    m_note.clear();
    updateState();
}

void SmokePane::showActiveRun()
{
    const std::shared_ptr<ActiveRun> active = m_active.value(environmentName());
    if (!active)
        return;
    m_model->setResults(active->before);
    m_model->prepare(active->attempt.checks, active->attempt.only);
    for (const SmokeResult &result : std::as_const(active->received))
        m_model->setResult(result);
}

void SmokePane::fillHistory()
{
    const QSignalBlocker blocker(m_historyBox);
    m_historyBox->clear();
    for (const SmokeRun &run : std::as_const(m_history))
        m_historyBox->addItem(historyLabel(run), run.id);
    m_historyBox->setCurrentIndex(m_history.isEmpty() ? -1 : 0);
}

QString SmokePane::historyLabel(const SmokeRun &run) const
{
    const int passed = int(run.results.size()) - run.failedCount();
    QString label =
        tr("%1 — %2 — %3 of %4 passed")
            .arg(run.startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                 run.actor)
            .arg(passed)
            .arg(run.results.size());
    if (run.cancelled)
        label = tr("%1 (cancelled)").arg(label);
    return label;
}

void SmokePane::editSuite()
{
    if (!m_editAction->isEnabled() || !m_environment)
        return;
    const QString name = m_environment->name;
    auto *dialog = new SmokeSuiteDialog(m_runner, *m_environment, m_suite, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SmokeSuiteDialog::saved, this, [this, name] {
        if (environmentName() == name)
            loadSuite();
    });
    dialog->open();
}

void SmokePane::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateState();
}

void SmokePane::updateState()
{
    const std::shared_ptr<ActiveRun> active = m_active.value(environmentName());
    const bool hasEngine = m_environment && !m_environment->engineUrl.isEmpty();
    const int enabled = int(std::count_if(m_suite.begin(), m_suite.end(),
                                          [](const SmokeCheck &check) { return check.enabled; }));
    const bool runnable =
        hasEngine && !m_loading && m_suiteError.isEmpty() && !active && !m_readOnly;
    m_runAction->setEnabled(runnable && enabled > 0);
    m_rerunAction->setEnabled(runnable && m_view->selectionModel()->hasSelection());
    m_cancelAction->setEnabled(active && !active->cancelling);
    m_editAction->setEnabled(m_environment && !m_loading && !m_readOnly);
    // Read-only: the history stays, nothing can be run or changed.
    for (QAction *action : {m_runAction, m_rerunAction, m_editAction})
        action->setVisible(!m_readOnly);
    for (QToolButton *button : {m_runButton, m_rerunButton, m_editButton})
        button->setVisible(!m_readOnly);
    m_historyBox->setEnabled(!active && !m_history.isEmpty());
    // No past run: nothing to choose from.
    m_historyBox->setVisible(!m_history.isEmpty());
    m_historyLabel->setVisible(!m_history.isEmpty());

    m_progress->setVisible(bool(active));
    if (active) {
        m_progress->setMaximum(std::max(active->total, 1));
        m_progress->setValue(int(active->received.size()));
    }

    // Instead of an empty table, why it is empty and what to do.
    const QString name = environmentName().toHtmlEscaped();
    QString hint;
    if (!m_environment)
        hint = tr("Select an environment to run its smoke tests.");
    else if (m_loading)
        hint = tr("Reading the smoke suite of %1…").arg(name);
    else if (!hasEngine)
        hint = tr("No engine is set for %1: edit the environment (F2) to name its Docker Engine. "
                  "The smoke tests reach its services through it.")
                   .arg(name);
    else if (!m_suiteError.isEmpty())
        hint = tr("The smoke suite of %1 cannot be read:<br>%2")
                   .arg(name, m_suiteError.toHtmlEscaped());
    else if (m_suite.isEmpty())
        hint = tr("%1 has no smoke checks: its compose files have no PostgreSQL or Redis service, "
                  "no HTTP health check and no container health check. Add checks with "
                  "<b>Edit Suite…</b>.")
                   .arg(name);
    else if (enabled == 0)
        hint = tr("Every check of the suite of %1 is disabled. Enable some with <b>Edit "
                  "Suite…</b>.")
                   .arg(name);
    else
        hint = tr("No smoke run of %1 yet. <b>Run Suite</b> (Ctrl+T) runs its %n check(s); the "
                  "results are kept.",
                  nullptr, enabled)
                   .arg(name);
    m_hint->setText(hint);
    m_pages->setCurrentWidget(m_model->rowCount() > 0 ? static_cast<QWidget *>(m_view) : m_hint);

    QStringList summary;
    if (active) {
        summary << (active->cancelling
                        ? tr("Cancelling: the check under way finishes first…")
                        : tr("Running the smoke suite of %1…").arg(environmentName()));
    } else if (m_model->rowCount() > 0) {
        int passed = 0;
        for (int row = 0; row < m_model->rowCount(); ++row)
            passed += m_model->index(row, 0).data(SmokeResultsModel::PassedRole).toBool();
        const int index = m_historyBox->currentIndex();
        if (m_rerunNote.isEmpty() && index >= 0 && index < m_history.size()) {
            const SmokeRun &run = m_history.at(index);
            summary << tr("Run of %1 by %2 took %3.")
                           .arg(QLocale().toString(run.startedAt.toLocalTime(),
                                                   QLocale::ShortFormat),
                                run.actor,
                                SmokeResultsModel::formatDuration(
                                    run.startedAt.msecsTo(run.finishedAt)));
        }
        summary << tr("%1 of %2 checks passed.").arg(passed).arg(m_model->rowCount());
        if (!m_rerunNote.isEmpty())
            summary << m_rerunNote;
    }
    if (!m_note.isEmpty() && !active)
        summary << m_note;
    m_summary->setText(summary.join(QLatin1Char(' ')));
}

void SmokePane::updateDetails()
{
    const QModelIndex current = m_view->currentIndex();
    const QString check = current.isValid() ? m_model->checkName(current.row()) : QString();
    const auto result = m_model->result(check);
    m_details->setVisible(bool(result));
    if (!result)
        return;
    m_details->setText(tr("<b>%1</b> %2 in %3: %4")
                           .arg(check.toHtmlEscaped(), result->passed ? tr("passed") : tr("failed"),
                                SmokeResultsModel::formatDuration(result->durationMs),
                                result->message.toHtmlEscaped()));
}

void SmokePane::retranslate()
{
    m_runAction->setText(tr("&Run Suite"));
    m_runAction->setToolTip(tr("Run the smoke suite of the selected environment (Ctrl+T)"));
    m_rerunAction->setText(tr("Run &Again"));
    m_rerunAction->setToolTip(tr("Run the selected checks again (Ctrl+Shift+T)"));
    m_cancelAction->setText(tr("&Cancel"));
    m_cancelAction->setToolTip(tr("Stop the run after the check under way"));
    m_editAction->setText(tr("Edit &Suite…"));
    m_editAction->setToolTip(tr("Edit the checks of the selected environment's suite"));
    m_historyLabel->setText(tr("&History:"));
    m_progress->setFormat(tr("%v of %m checks"));
    m_historyBox->setToolTip(tr("Past runs of this environment, newest first"));
    m_model->retranslate();
    updateDetails();
    for (int i = 0; i < m_history.size() && i < m_historyBox->count(); ++i)
        m_historyBox->setItemText(i, historyLabel(m_history.at(i)));
    updateState();
}

void SmokePane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace blihops::gui
