#include "ChecklistsMode.h"

#include "Background.h"
#include "ChecklistItemPanel.h"
#include "ChecklistItemsModel.h"
#include "ChecklistRunView.h"
#include "ChecklistRunsModel.h"
#include "ErrorBox.h"
#include "EvidenceDialog.h"
#include "GuiSettings.h"
#include "HostKeyPrompt.h"
#include "ModeAction.h"
#include "NewChecklistRunDialog.h"
#include "SignOffDialog.h"
#include "WorkspaceRunner.h"
#include "checklist/ChecklistExport.h"
#include "checklist/ChecklistTemplateRepository.h"
#include "checks/SmokeHistory.h"
#include "checks/SmokeRunner.h"
#include "workspace/EnvironmentRepository.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace blihops::gui {

namespace {

// What a change brings back: the item as stored, and what it changed around it.
struct Updated
{
    ChecklistItem item;
    QList<ChecklistAudit::Entry> audit;
    QList<ChecklistRunSummary> runs;
};

struct Listing
{
    QStringList environments;
    QList<ChecklistRunSummary> runs;
};

struct Loaded
{
    ChecklistRun run;
    QList<ChecklistAudit::Entry> audit;
};

} // namespace

ChecklistsMode::ChecklistsMode(const ModeContext &context, QWidget *parent)
    : Mode(parent), m_context(context), m_splitter(new QSplitter(Qt::Horizontal, parent)),
      m_filter(new QComboBox), m_runs(new ChecklistRunsModel(this)), m_runsView(new QTableView),
      m_empty(new QLabel), m_pages(new QStackedWidget), m_hint(new QLabel),
      m_view(new ChecklistRunView), m_menu(new QMenu(parent))
{
    setObjectName(QStringLiteral("checklistsMode"));
    m_pool.setMaxThreadCount(1);
    m_splitter->setObjectName(QStringLiteral("checklistsSplitter"));
    m_filter->setObjectName(QStringLiteral("checklistEnvironmentFilter"));
    m_runsView->setObjectName(QStringLiteral("checklistRuns"));
    m_runsView->setModel(m_runs);
    m_runsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_runsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_runsView->verticalHeader()->hide();
    m_runsView->horizontalHeader()->setStretchLastSection(true);
    m_runsView->setWordWrap(false);
    m_runsView->setAlternatingRowColors(true);
    m_runsView->horizontalHeader()->resizeSection(ChecklistRunsModel::IdColumn, 45);
    m_runsView->horizontalHeader()->resizeSection(ChecklistRunsModel::TemplateColumn, 190);
    m_runsView->horizontalHeader()->resizeSection(ChecklistRunsModel::RevisionColumn, 65);
    m_empty->setObjectName(QStringLiteral("checklistsHint"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);
    m_pages->addWidget(m_hint);
    m_pages->addWidget(m_view);

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_filter);
    leftLayout->addWidget(m_runsView, 1);
    leftLayout->addWidget(m_empty);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_pages);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 5);
    m_splitter->setChildrenCollapsible(false);

    createActions();
    connect(m_runsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const qint64 run = current.data(ChecklistRunsModel::RunIdRole).toLongLong();
                if (run != 0 && run != m_view->run().id)
                    loadRun(run);
                updateActions();
            });
    connect(m_filter, &QComboBox::activated, this, &ChecklistsMode::reload);
    connect(m_view, &ChecklistRunView::stateRequested, this, [this](int item, ItemState state) {
        change(item, {state, std::nullopt, std::nullopt}, tr("Cannot Set the Item"));
    });
    connect(m_view, &ChecklistRunView::noteSaved, this, [this](int item, const QString &note) {
        change(item, {std::nullopt, note, std::nullopt}, tr("Cannot Save the Note"));
    });
    connect(m_view, &ChecklistRunView::addEvidenceRequested, this, &ChecklistsMode::addEvidence);
    connect(m_view, &ChecklistRunView::removeEvidenceRequested, this, [this](int item, int index) {
        const qint64 run = currentRun();
        apply(
            item,
            [run, item, index](ChecklistRepository &runs) {
                return runs.removeEvidence(run, item, index);
            },
            tr("Cannot Remove the Evidence"));
    });
    connect(m_view, &ChecklistRunView::waiveRequested, this, &ChecklistsMode::waive);
    connect(m_view, &ChecklistRunView::unwaiveRequested, this, [this](int item) {
        const qint64 run = currentRun();
        apply(
            item, [run, item](ChecklistRepository &runs) { return runs.unwaive(run, item); },
            tr("Cannot Remove the Waiver"));
    });
    connect(m_view, &ChecklistRunView::tieRequested, this, &ChecklistsMode::tie);
    connect(m_view, &ChecklistRunView::runRequested, this, &ChecklistsMode::runCheck);
    connect(m_view, &ChecklistRunView::cancelRequested, this, [this] {
        if (m_cancel)
            m_cancel->store(true);
    });
    connect(m_view, &ChecklistRunView::revisionRequested, this,
            [this](int revision) { loadRun(currentRun(), revision); });
    connect(m_view->tree()->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ChecklistsMode::updateActions);
    retranslate();
    updateActions();
}

ChecklistsMode::~ChecklistsMode()
{
    // A check under way stops at its next step; its result goes nowhere.
    if (m_cancel)
        m_cancel->store(true);
    delete m_splitter;
    delete m_menu;
}

QWidget *ChecklistsMode::widget() const
{
    return m_splitter;
}

QString ChecklistsMode::title() const
{
    return tr("Checklists");
}

QString ChecklistsMode::toolTip() const
{
    return tr("Deployment checklists: walk a run, attach evidence, sign it off (Ctrl+4)");
}

QIcon ChecklistsMode::icon() const
{
    return QIcon(QStringLiteral(":/icons/checklists-mode.svg"));
}

QKeySequence ChecklistsMode::shortcut() const
{
    return QKeySequence(tr("Ctrl+4"));
}

QList<QAction *> ChecklistsMode::toolBarActions() const
{
    // Signing and reopening stand apart: they change what the run is.
    return {m_newRun, nullptr, m_runCheck, m_export, nullptr, m_signOff, m_reopen};
}

QMenu *ChecklistsMode::menu() const
{
    return m_menu;
}

void ChecklistsMode::createActions()
{
    m_newRun = modeAction(this, "newChecklistRunAction", QStringLiteral("add"),
                          QKeySequence(tr("Ctrl+Shift+N")));
    m_runCheck = modeAction(this, "runItemCheckAction", QStringLiteral("smoke-run"),
                            QKeySequence(tr("Ctrl+R")));
    m_signOff = modeAction(this, "signOffAction", QStringLiteral("sign-off"),
                           QKeySequence(tr("Ctrl+Shift+S")));
    m_reopen = modeAction(this, "reopenRunAction", QStringLiteral("reopen"), QKeySequence());
    m_export =
        modeAction(this, "exportRunAction", QStringLiteral("export"), QKeySequence(tr("Ctrl+E")));
    // The menu bar keeps these from every mode: each shows the Checklists mode first.
    const auto here = [this](void (ChecklistsMode::*slot)()) {
        return [this, slot] {
            emit activationRequested();
            (this->*slot)();
        };
    };
    connect(m_newRun, &QAction::triggered, this, here(&ChecklistsMode::openNewRunDialog));
    connect(m_runCheck, &QAction::triggered, this, [this] {
        emit activationRequested();
        runCheck(m_view->currentItem());
    });
    connect(m_signOff, &QAction::triggered, this, here(&ChecklistsMode::openSignOffDialog));
    connect(m_reopen, &QAction::triggered, this, here(&ChecklistsMode::reopen));
    connect(m_export, &QAction::triggered, this, here(&ChecklistsMode::chooseExportFile));
    m_menu->addAction(m_newRun);
    m_menu->addSeparator();
    m_menu->addActions({m_runCheck, m_export});
    m_menu->addSeparator();
    m_menu->addActions({m_signOff, m_reopen});
}

void ChecklistsMode::retranslate()
{
    m_menu->setTitle(tr("&Checklist"));
    m_newRun->setText(tr("&New Run…"));
    m_newRun->setToolTip(tr("Start a checklist run from a template or a Markdown file "
                            "(Ctrl+Shift+N)"));
    m_runCheck->setText(tr("&Run Check"));
    m_runCheck->setToolTip(tr("Run the check the selected item is tied to and record its "
                              "result (Ctrl+R)"));
    m_signOff->setText(tr("&Sign Off…"));
    m_signOff->setToolTip(tr("Sign the run off as QA; refused while items are in the way "
                             "(Ctrl+Shift+S)"));
    m_reopen->setText(tr("Re&open"));
    m_reopen->setToolTip(tr("Reopen the signed run as a new revision; the signed one is kept"));
    m_export->setText(tr("E&xport…"));
    m_export->setToolTip(tr("Write the run as PDF, HTML or Markdown (Ctrl+E)"));
    m_filter->setToolTip(tr("Show the runs of one environment"));
    if (m_filter->count() > 0)
        m_filter->setItemText(0, tr("All environments"));
    m_hint->setText(tr("Select a run on the left, or start one with New Run "
                       "(Ctrl+Shift+N)."));
    m_empty->setText(m_readOnly ? tr("No checklist run yet.")
                                : tr("No checklist run yet: New Run (Ctrl+Shift+N) starts one "
                                     "from a built-in template or a Markdown file."));
    m_runs->retranslate();
    emit statusChanged(m_runs->rowCount() > 0
                           ? tr("%n checklist run(s)", nullptr, m_runs->rowCount())
                           : QString());
}

void ChecklistsMode::restoreState(const GuiSettings &settings)
{
    if (!m_splitter->restoreState(
            settings.value(GuiSettings::Key::ChecklistsSplitterState).toByteArray()))
        m_splitter->setSizes({380, 1000});
    m_runsView->horizontalHeader()->restoreState(
        settings.value(GuiSettings::Key::ChecklistRunsHeaderState).toByteArray());
    m_view->tree()->header()->restoreState(
        settings.value(GuiSettings::Key::ChecklistItemsHeaderState).toByteArray());
    if (!m_view->splitter()->restoreState(
            settings.value(GuiSettings::Key::ChecklistItemsSplitterState).toByteArray()))
        m_view->splitter()->setSizes({500, 260});
    m_pendingRun = settings.value(GuiSettings::Key::LastChecklistRun).toLongLong();
}

void ChecklistsMode::saveState(GuiSettings &settings) const
{
    settings.setValue(GuiSettings::Key::ChecklistsSplitterState, m_splitter->saveState());
    settings.setValue(GuiSettings::Key::ChecklistRunsHeaderState,
                      m_runsView->horizontalHeader()->saveState());
    settings.setValue(GuiSettings::Key::ChecklistItemsHeaderState,
                      m_view->tree()->header()->saveState());
    settings.setValue(GuiSettings::Key::ChecklistItemsSplitterState,
                      m_view->splitter()->saveState());
    if (currentRun() != 0)
        settings.setValue(GuiSettings::Key::LastChecklistRun, currentRun());
}

void ChecklistsMode::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    if (m_view->run().id != 0)
        loadRun(m_view->run().id, m_view->run().revision);
    retranslate();
    updateActions();
}

void ChecklistsMode::activate()
{
    reload();
}

qint64 ChecklistsMode::currentRun() const
{
    return m_runsView->currentIndex().data(ChecklistRunsModel::RunIdRole).toLongLong();
}

void ChecklistsMode::selectRun(qint64 run)
{
    const int row = m_runs->rowOf(run);
    if (row < 0)
        return;
    m_runsView->setCurrentIndex(m_runs->index(row, 0));
    m_runsView->scrollTo(m_runs->index(row, 0));
}

void ChecklistsMode::updateActions()
{
    const ChecklistRun &run = m_view->run();
    const bool shown = run.id != 0 && run.id == currentRun();
    const bool latest = shown && run.revision == run.latestRevision;
    const ChecklistItem *item = run.item(m_view->currentItem());
    for (QAction *action : {m_newRun, m_runCheck, m_signOff, m_reopen})
        action->setVisible(!m_readOnly);
    m_newRun->setEnabled(!m_readOnly);
    m_runCheck->setEnabled(!m_readOnly && latest && !run.isSigned && item && item->tie.isTied() &&
                           m_checking == 0);
    m_signOff->setEnabled(!m_readOnly && latest && !run.isSigned);
    m_reopen->setEnabled(!m_readOnly && latest && run.isSigned);
    m_export->setEnabled(shown);
    m_pages->setCurrentWidget(shown ? static_cast<QWidget *>(m_view) : m_hint);
    m_empty->setVisible(m_runs->rowCount() == 0);
}

void ChecklistsMode::failed(const QString &title, const Error &error)
{
    emit changeFailed(error.message());
    showError(m_splitter, title, error.message());
}

void ChecklistsMode::reload()
{
    const QString environment = m_filter->currentIndex() > 0 ? m_filter->currentText() : QString();
    m_context.runner.run<Listing>(
        this,
        [environment](Workspace &workspace) {
            Listing listing;
            for (const Environment &entry : EnvironmentRepository(workspace).list())
                listing.environments << entry.name;
            const bool known = environment.isEmpty() || listing.environments.contains(environment);
            listing.runs = ChecklistRepository(workspace).list(known ? environment : QString());
            return listing;
        },
        [this](const Listing &listing) {
            const qint64 keep = currentRun() != 0 ? currentRun() : m_pendingRun;
            m_environments = listing.environments;
            const QString filtered =
                m_filter->currentIndex() > 0 ? m_filter->currentText() : QString();
            {
                const QSignalBlocker blocker(m_filter);
                m_filter->clear();
                m_filter->addItem(tr("All environments"));
                m_filter->addItems(listing.environments);
                m_filter->setCurrentIndex(std::max(0, m_filter->findText(filtered)));
            }
            {
                const QSignalBlocker blocker(m_runsView->selectionModel());
                m_runs->setRuns(listing.runs);
            }
            const int row = m_runs->rowOf(keep);
            if (row >= 0) {
                {
                    const QSignalBlocker blocker(m_runsView->selectionModel());
                    selectRun(keep);
                }
                loadRun(keep); // the latest revision: a reopen or sign-off made it so
            } else if (m_runs->rowCount() > 0) {
                m_runsView->setCurrentIndex(m_runs->index(0, 0));
            } else {
                m_view->setRun(ChecklistRun{}, false);
            }
            m_pendingRun = 0;
            retranslate();
            updateActions();
            emit runsLoaded();
        },
        [this](const Error &error) {
            failed(tr("Cannot Read the Checklists"), error);
            emit runsLoaded();
        });
}

void ChecklistsMode::loadRun(qint64 run, int revision)
{
    const int generation = ++m_loadGeneration;
    m_context.runner.run<Loaded>(
        this,
        [run, revision](Workspace &workspace) {
            ChecklistRepository runs(workspace);
            return Loaded{runs.get(run, revision), runs.audit(run)};
        },
        [this, generation](const Loaded &loaded) {
            // Only the last load counts: an earlier one may bring what was before a change.
            if (generation != m_loadGeneration || loaded.run.id != currentRun())
                return;
            const bool editable = !m_readOnly && !loaded.run.isSigned &&
                                  loaded.run.revision == loaded.run.latestRevision;
            m_view->setRun(loaded.run, editable);
            if (m_checking != 0 && loaded.run.revision == loaded.run.latestRevision)
                m_view->setRunning(m_checking, true);
            m_view->setAudit(loaded.audit);
            updateActions();
            emit runLoaded(loaded.run.id);
        },
        [this](const Error &error) { failed(tr("Cannot Read the Checklist Run"), error); });
}

void ChecklistsMode::openNewRunDialog()
{
    if (m_readOnly)
        return;
    const QString environment =
        m_filter->currentIndex() > 0 ? m_filter->currentText() : m_view->run().environment;
    m_context.runner.run<QList<ChecklistTemplate>>(
        this, [](Workspace &workspace) { return ChecklistTemplateRepository(workspace).list(); },
        [this, environment](const QList<ChecklistTemplate> &templates) {
            auto *dialog =
                new NewChecklistRunDialog(templates, m_environments, environment, m_splitter);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &QDialog::accepted, this, [this, dialog] {
                startRun(dialog->source(), dialog->environment(), dialog->release());
            });
            dialog->open();
        },
        [this](const Error &error) { failed(tr("Cannot Read the Templates"), error); });
}

void ChecklistsMode::startRun(const QString &source, const QString &environment,
                              const QString &release)
{
    m_context.runner.run<ChecklistRun>(
        this,
        [source, environment, release](Workspace &workspace) {
            const ChecklistTemplate chosen = ChecklistTemplateRepository(workspace).resolve(source);
            return ChecklistRepository(workspace).start(chosen, environment, release);
        },
        [this](const ChecklistRun &run) {
            m_pendingRun = run.id;
            m_runsView->setCurrentIndex({});
            if (m_filter->currentIndex() > 0 && m_filter->currentText() != run.environment)
                m_filter->setCurrentIndex(0);
            reload();
        },
        [this](const Error &error) { failed(tr("Cannot Start the Checklist Run"), error); });
}

void ChecklistsMode::change(int item, const ChecklistRepository::ItemChange &change,
                            const QString &failure)
{
    const qint64 run = currentRun();
    apply(
        item,
        [run, item, change](ChecklistRepository &runs) { return runs.change(run, item, change); },
        failure);
}

void ChecklistsMode::apply(int item,
                           const std::function<ChecklistItem(ChecklistRepository &)> &work,
                           const QString &failure)
{
    const qint64 run = currentRun();
    if (run == 0 || item == 0 || !m_view->isEditable())
        return;
    const QString environment = m_filter->currentIndex() > 0 ? m_filter->currentText() : QString();
    m_context.runner.run<Updated>(
        this,
        [run, work, environment](Workspace &workspace) {
            ChecklistRepository runs(workspace);
            const ChecklistItem changed = work(runs);
            return Updated{changed, runs.audit(run), runs.list(environment)};
        },
        [this, run, item](const Updated &updated) {
            showChange(run, updated.item, updated.audit, updated.runs);
            emit itemChanged(item);
        },
        [this, failure, item](const Error &error) {
            failed(failure, error);
            // What the store has wins over what the panel showed.
            loadRun(currentRun());
            emit itemChanged(item);
        });
}

void ChecklistsMode::showChange(qint64 run, const ChecklistItem &item,
                                const QList<ChecklistAudit::Entry> &audit,
                                const QList<ChecklistRunSummary> &runs)
{
    if (m_view->run().id == run)
        m_view->setItem(item);
    m_view->setAudit(audit);
    {
        // The list's progress changed; the selection stays on the run.
        const QSignalBlocker blocker(m_runsView->selectionModel());
        m_runs->setRuns(runs);
        const int row = m_runs->rowOf(run);
        if (row >= 0)
            m_runsView->setCurrentIndex(m_runs->index(row, 0));
    }
    updateActions();
}

void ChecklistsMode::addEvidence(int item)
{
    const QString environment = m_view->run().environment;
    m_context.runner.run<QList<SmokeRun>>(
        this,
        [environment](Workspace &workspace) {
            // The environment may be gone from the workspace; its checklist is not.
            return EnvironmentRepository(workspace).find(environment)
                       ? SmokeHistory(workspace).list(environment, 20)
                       : QList<SmokeRun>();
        },
        [this, item, environment](const QList<SmokeRun> &history) {
            auto *dialog = new EvidenceDialog(environment, history, m_splitter);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &QDialog::accepted, this, [this, dialog, item] {
                Evidence evidence;
                try {
                    evidence = Evidence::parse(dialog->evidence());
                } catch (const Error &error) {
                    failed(tr("Cannot Add the Evidence"), error);
                    return;
                }
                change(item, {std::nullopt, std::nullopt, evidence}, tr("Cannot Add the Evidence"));
            });
            dialog->open();
        },
        [this](const Error &error) { failed(tr("Cannot Read the Smoke History"), error); });
}

void ChecklistsMode::waive(int item)
{
    auto *dialog = new QInputDialog(m_splitter);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("waiveDialog"));
    dialog->setWindowTitle(tr("Waive Item %1").arg(item));
    dialog->setLabelText(tr("Why may this item stay undone for the sign-off? The reason is "
                            "shown with the sign-off and in every export."));
    dialog->setOkButtonText(tr("&Waive"));
    const qint64 run = currentRun();
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this, run, item](const QString &reason) {
                apply(
                    item,
                    [run, item, reason](ChecklistRepository &runs) {
                        return runs.waive(run, item, reason);
                    },
                    tr("Cannot Waive the Item"));
            });
    dialog->open();
}

void ChecklistsMode::tie(int item)
{
    const QString environment = m_view->run().environment;
    struct Choices
    {
        QStringList checks;
        QStringList environments;
    };
    m_context.runner.run<Choices>(
        this,
        [environment](Workspace &workspace) {
            Choices choices;
            EnvironmentRepository environments(workspace);
            if (const std::optional<Environment> own = environments.find(environment)) {
                // A compose file that does not read leaves the other ties to choose from.
                try {
                    for (const SmokeCheck &check : SmokeRunner::suiteFor(workspace, *own))
                        choices.checks << check.name;
                } catch (const Error &) {
                }
            }
            for (const Environment &other : environments.list()) {
                if (other.name != environment)
                    choices.environments << other.name;
            }
            return choices;
        },
        [this, item](const Choices &choices) {
            QList<CheckTie> ties = {CheckTie(), {CheckTie::Kind::Smoke, {}}};
            for (const QString &check : choices.checks)
                ties.append({CheckTie::Kind::Smoke, check});
            ties.append({CheckTie::Kind::Health, {}});
            for (const QString &other : choices.environments)
                ties.append({CheckTie::Kind::Pair, other});
            QStringList labels;
            for (const CheckTie &tie : std::as_const(ties))
                labels << tie.describe();
            auto *dialog = new QInputDialog(m_splitter);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->setObjectName(QStringLiteral("tieDialog"));
            dialog->setWindowTitle(tr("Tie Item %1 to a Check").arg(item));
            dialog->setLabelText(tr("Its Run button runs this check and records what it finds:"));
            dialog->setComboBoxItems(labels);
            if (const ChecklistItem *current = m_view->run().item(item))
                dialog->setTextValue(current->tie.describe());
            const qint64 run = currentRun();
            connect(dialog, &QInputDialog::textValueSelected, this,
                    [this, run, item, ties, labels](const QString &label) {
                        const CheckTie chosen = ties.value(labels.indexOf(label));
                        apply(
                            item,
                            [run, item, chosen](ChecklistRepository &runs) {
                                return runs.tie(run, item, chosen);
                            },
                            tr("Cannot Tie the Item"));
                    });
            dialog->open();
        },
        [this](const Error &error) { failed(tr("Cannot Read the Smoke Suite"), error); });
}

void ChecklistsMode::runCheck(int item)
{
    const qint64 run = currentRun();
    const ChecklistItem *entry = m_view->run().item(item);
    if (m_readOnly || m_checking != 0 || run == 0 || !entry || !entry->tie.isTied() ||
        !m_view->isEditable())
        return;
    m_checking = item;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_view->setRunning(item, true);
    updateActions();
    m_context.runner.run<TiedCheck::Plan>(
        this,
        [run, item](Workspace &workspace) { return TiedCheck::prepare(workspace, run, item); },
        [this, item](const TiedCheck::Plan &plan) {
            attemptInBackground(
                this,
                [plan, cancel = m_cancel] {
                    return TiedCheck::perform(plan, HostKeyStore(), cancel.get());
                },
                [this, plan](const TiedCheck::Outcome &outcome) {
                    if (outcome.cancelled) {
                        checkEnded(plan.item);
                        return;
                    }
                    recordCheck(plan, outcome);
                },
                [this, plan](const Error &error) {
                    checkEnded(plan.item);
                    if (error.kind() == ErrorKind::UntrustedHostKey ||
                        error.kind() == ErrorKind::ChangedHostKey) {
                        const int item = plan.item;
                        HostKeyPrompt::ask(m_splitter, plan.environment.name,
                                           plan.environment.engineUrl, error,
                                           [this, item] { runCheck(item); });
                        return;
                    }
                    failed(tr("Check of Item %1 Not Run").arg(plan.item), error);
                },
                &m_pool);
        },
        [this, item](const Error &error) {
            checkEnded(item);
            failed(tr("Check of Item %1 Not Run").arg(item), error);
        });
}

void ChecklistsMode::recordCheck(const TiedCheck::Plan &plan, const TiedCheck::Outcome &outcome)
{
    const QString environment = m_filter->currentIndex() > 0 ? m_filter->currentText() : QString();
    m_context.runner.run<Updated>(
        this,
        [plan, outcome, environment](Workspace &workspace) {
            const ChecklistItem recorded = TiedCheck::record(workspace, plan, outcome);
            ChecklistRepository runs(workspace);
            return Updated{recorded, runs.audit(plan.run), runs.list(environment)};
        },
        [this, plan](const Updated &updated) {
            checkEnded(plan.item);
            showChange(plan.run, updated.item, updated.audit, updated.runs);
            emit itemChanged(plan.item);
        },
        [this, plan](const Error &error) {
            checkEnded(plan.item);
            failed(tr("Cannot Record the Check of Item %1").arg(plan.item), error);
        });
}

void ChecklistsMode::checkEnded(int item)
{
    m_checking = 0;
    m_view->setRunning(item, false);
    updateActions();
    emit checkFinished(item);
}

void ChecklistsMode::openSignOffDialog()
{
    const ChecklistRun &run = m_view->run();
    if (m_readOnly || run.id == 0 || run.isSigned || run.revision != run.latestRevision)
        return;
    QList<ChecklistItem> inTheWay;
    for (const ChecklistItem &item : run.items) {
        if (item.isInTheWay())
            inTheWay << item;
    }
    auto *dialog = new SignOffDialog(tr("Run %1, %2").arg(run.id).arg(run.templateTitle), inTheWay,
                                     m_splitter);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const GuiSettings settings;
    dialog->setSigner(settings.value(GuiSettings::Key::SignOffName).toString(),
                      settings.value(GuiSettings::Key::SignOffRole).toString());
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        GuiSettings settings;
        settings.setValue(GuiSettings::Key::SignOffName, dialog->name());
        settings.setValue(GuiSettings::Key::SignOffRole, dialog->role());
        signOff(dialog->name(), dialog->role(), dialog->comment());
    });
    dialog->open();
}

void ChecklistsMode::signOff(const QString &name, const QString &role, const QString &comment)
{
    const qint64 run = currentRun();
    m_context.runner.run<ChecklistRepository::SignResult>(
        this,
        [run, name, role, comment](Workspace &workspace) {
            return ChecklistRepository(workspace).sign(run, name, role, comment);
        },
        [this](const ChecklistRepository::SignResult &result) {
            if (!result.isSigned) {
                QStringList items;
                for (const ChecklistItem &item : result.inTheWay)
                    items << tr("%1. %2 (%3)")
                                 .arg(item.number)
                                 .arg(item.text, itemStateLabel(item.state));
                failed(tr("Not Signed Off"),
                       Error(ErrorKind::Conflict,
                             tr("These items are pending, failed or blocked and not waived: %1.")
                                 .arg(items.join(QStringLiteral("; ")))));
            }
            reload();
        },
        [this](const Error &error) { failed(tr("Not Signed Off"), error); });
}

void ChecklistsMode::reopen()
{
    const qint64 run = currentRun();
    if (m_readOnly || run == 0)
        return;
    m_context.runner.run<ChecklistRun>(
        this, [run](Workspace &workspace) { return ChecklistRepository(workspace).reopen(run); },
        [this](const ChecklistRun &) { reload(); },
        [this](const Error &error) { failed(tr("Cannot Reopen the Run"), error); });
}

void ChecklistsMode::chooseExportFile()
{
    const ChecklistRun &run = m_view->run();
    if (run.id == 0)
        return;
    auto *dialog = new QFileDialog(m_splitter, tr("Export Checklist Run"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("exportRunDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilters({tr("PDF (*.pdf)"), tr("HTML (*.html)"), tr("Markdown (*.md)")});
    dialog->selectFile(QStringLiteral("checklist-%1-%2.pdf").arg(run.id).arg(run.release));
    connect(dialog, &QFileDialog::filterSelected, dialog, [dialog](const QString &filter) {
        dialog->setDefaultSuffix(
            filter.section(QStringLiteral("*."), 1).section(QLatin1Char(')'), 0, 0));
    });
    dialog->setDefaultSuffix(QStringLiteral("pdf"));
    connect(dialog, &QFileDialog::fileSelected, this, &ChecklistsMode::exportRun);
    dialog->open();
}

void ChecklistsMode::exportRun(const QString &path)
{
    const ChecklistRun run = m_view->run();
    const QString suffix = QFileInfo(path).suffix().toLower();
    const ChecklistExport::Format format =
        suffix == QLatin1String("md") ? ChecklistExport::Format::Markdown
        : suffix == QLatin1String("html") || suffix == QLatin1String("htm")
            ? ChecklistExport::Format::Html
            : ChecklistExport::Format::Pdf;
    attemptInBackground(
        this,
        [run, format, path] {
            ChecklistExport::write(run, format, path);
            return path;
        },
        [this](const QString &written) { emit statusChanged(tr("Exported to %1").arg(written)); },
        [this](const Error &error) { failed(tr("Cannot Export the Run"), error); });
}

} // namespace blihops::gui
