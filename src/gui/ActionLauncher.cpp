#include "ActionLauncher.h"

#include "Background.h"
#include "BottomPanel.h"
#include "ErrorBox.h"
#include "NameConfirmation.h"
#include "OutputTab.h"
#include "SyncDialog.h"
#include "WorkspaceRunner.h"
#include "actions/ProjectSync.h"
#include "actions/ProjectVolumes.h"
#include "docker/EngineAddress.h"
#include "remote/HostKeyStore.h"
#include "remote/SshConnection.h"
#include "remote/SshWorkPool.h"
#include "workspace/Tier.h"

#include <QMessageBox>
#include <QPushButton>

namespace blihops::gui {

namespace {

bool needsHostFiles(const Environment &environment, Action::Kind kind)
{
    if (kind != Action::Kind::Up && kind != Action::Kind::Restart && kind != Action::Kind::Pull)
        return false;
    return EngineAddress::parse(environment.engineUrl).scheme == EngineAddress::Scheme::Ssh;
}

std::shared_ptr<SshConnection> connectTo(const Environment &environment)
{
    const std::shared_ptr<SshConnection> ssh = SshConnection::acquire(
        SshTarget::fromEngine(EngineAddress::parse(environment.engineUrl)), HostKeyStore());
    ssh->connect();
    return ssh;
}

} // namespace

ActionLauncher::ActionLauncher(WorkspaceRunner &runner, BottomPanel &panel, QWidget *window)
    : QObject(window), m_runner(runner), m_panel(panel), m_window(window)
{}

void ActionLauncher::launch(const Environment &environment, const Action::Request &request)
{
    if (request.removeVolumes)
        return confirmVolumes(environment, request);
    confirm(environment, request, {});
}

void ActionLauncher::confirmVolumes(const Environment &environment, const Action::Request &request)
{
    // The names first: volumes are never removed unseen.
    attemptInBackground(
        this, [environment] { return ProjectVolumes::list(environment, HostKeyStore()); },
        [this, environment, request](const QStringList &volumes) {
            confirm(environment, request, volumes);
        },
        [this](const Error &error) {
            showError(m_window, tr("Volumes Not Listed"),
                      tr("The volumes to remove could not be listed, so nothing was changed: "
                         "%1")
                          .arg(error.message()));
        },
        sshWorkPool());
}

void ActionLauncher::confirm(const Environment &environment, const Action::Request &request,
                             const QStringList &volumes)
{
    const QString title = Action::titleFor(environment, request);
    QString question;
    if (request.removeVolumes) {
        question = volumes.isEmpty()
                       ? tr("\"%1\" takes the stack of %2 down. It has no volumes to remove.")
                             .arg(title, environment.name)
                       : tr("\"%1\" takes the stack of %2 down and deletes these volumes with "
                            "all their data:\n\n%3")
                             .arg(title, environment.name, volumes.join(QStringLiteral("\n")));
    }
    if (Action::isDestructive(request) && environment.tier == Tier::Production) {
        if (!question.isEmpty())
            question += QStringLiteral("\n\n");
        question += tr("\"%1\" is a production environment. Type its name to go ahead with "
                       "\"%2\":")
                        .arg(environment.name, title);
        confirmByTypedName(m_window, QStringLiteral("confirmProductionAction"),
                           tr("Production: %1").arg(title), question, tr("Go Ahead"),
                           environment.name, tr("nothing was changed."),
                           [this, environment, request] {
                               Action::Request confirmed = request;
                               confirmed.confirmation = environment.name;
                               open(environment, confirmed);
                           });
        return;
    }
    const bool kill = request.kind == Action::Kind::KillContainer;
    if (request.kind != Action::Kind::Down && !kill)
        return open(environment, request);
    if (kill)
        question = tr("Kill %1? It gets SIGKILL, with no time to shut down cleanly.")
                       .arg(request.container);
    else if (question.isEmpty())
        question = tr("Take the stack of %1 down? Its containers and networks are removed; "
                      "its volumes stay.")
                       .arg(environment.name);
    auto *box =
        new QMessageBox(QMessageBox::Question, title, question, QMessageBox::Cancel, m_window);
    box->setObjectName(QStringLiteral("confirmAction"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    QPushButton *go = box->addButton(kill                    ? tr("Kill")
                                     : request.removeVolumes ? tr("Down and Remove Volumes")
                                                             : tr("Down"),
                                     QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::buttonClicked, this,
            [this, environment, request, go](QAbstractButton *button) {
                if (button == go)
                    open(environment, request);
            });
    box->open();
}

void ActionLauncher::open(const Environment &environment, const Action::Request &request)
{
    auto *tab = new OutputTab(new Action(environment, request));
    m_panel.addPage(tab, tab->title(), tab->toolTip());
    connect(tab, &OutputTab::titleChanged, &m_panel,
            [this, tab] { m_panel.setPageTitle(tab, tab->title(), tab->toolTip()); });
    connect(tab, &OutputTab::closeRequested, &m_panel,
            [this, tab] { m_panel.closePage(m_panel.indexOf(tab)); });
    connect(tab->action(), &Action::finished, this, [this, tab] { record(tab); });
    emit started(tab);
    if (needsHostFiles(environment, request.kind))
        syncThenStart(tab);
    else
        tab->action()->start();
}

void ActionLauncher::syncThenStart(OutputTab *tab)
{
    const Environment environment = tab->action()->environment();
    tab->note(tr("Comparing the compose and env files with the copies in %1 on the host…")
                  .arg(environment.effectiveRemoteDirectory()));
    struct Compared
    {
        QString host;
        QList<ProjectSync::File> files;
    };
    const auto failed = [tab](const Error &error) {
        tab->note(error.message());
        tab->action()->cancel();
        showError(tab, tr("Files Not Compared"), error.message());
    };
    attemptInBackground(
        tab,
        [environment] {
            const std::shared_ptr<SshConnection> ssh = connectTo(environment);
            return Compared{ssh->target().display(), ProjectSync::compare(*ssh, environment)};
        },
        [this, tab, environment, failed](const Compared &compared) {
            if (tab->action()->isFinished())
                return; // cancelled meanwhile
            if (ProjectSync::inSync(compared.files)) {
                tab->note(tr("The host's copies are the same as this machine's."));
                return tab->action()->start();
            }
            auto *dialog =
                new SyncDialog(compared.host, tab->action()->title(), compared.files, m_window);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->setWindowModality(Qt::WindowModal);
            connect(dialog, &QDialog::rejected, tab, [tab] {
                tab->note(tr("Not uploaded: the action did not run."));
                tab->action()->cancel();
            });
            connect(dialog, &QDialog::accepted, tab, [tab, environment, compared, failed] {
                tab->note(
                    tr("Uploading %1…")
                        .arg(ProjectSync::describe(compared.files).join(QStringLiteral(", "))));
                attemptInBackground(
                    tab,
                    [environment, files = compared.files] {
                        ProjectSync::upload(*connectTo(environment), environment, files);
                        return true;
                    },
                    [tab](bool) {
                        tab->note(tr("Uploaded."));
                        tab->action()->start();
                    },
                    failed, sshWorkPool());
            });
            dialog->open();
        },
        failed, sshWorkPool());
}

void ActionLauncher::record(OutputTab *tab)
{
    const Action *action = tab->action();
    // A refusal or a cancel before anything ran changed nothing: it is no action of the log.
    if (action->exitCode() < 0 && (action->error() || action->state() == Action::State::Cancelled))
        return;
    const Action::Audit audit = action->audit();
    m_runner.run<bool>(
        tab,
        [audit](Workspace &workspace) {
            Action::record(workspace, audit);
            return true;
        },
        [this, tab](bool) { emit recorded(tab); },
        [this, tab](const Error &error) {
            showError(m_window, tr("Not Recorded"),
                      tr("The action ran, but the audit log could not be written: %1")
                          .arg(error.message()));
            emit recorded(tab);
        });
}

} // namespace blihops::gui
