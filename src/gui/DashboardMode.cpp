#include "DashboardMode.h"

#include "Background.h"
#include "EnvironmentFactsModel.h"
#include "ErrorBox.h"
#include "GuiSettings.h"
#include "ModeAction.h"
#include "StreamView.h"
#include "StreamsModel.h"
#include "WorkspaceRunner.h"
#include "streams/DashboardExport.h"
#include "streams/StreamRepository.h"

#include <QAction>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTreeView>

namespace blihops::gui {

DashboardMode::DashboardMode(const ModeContext &context, QWidget *parent)
    : Mode(parent), m_context(context), m_splitter(new QSplitter(Qt::Horizontal, parent)),
      m_leftSplitter(new QSplitter(Qt::Vertical)), m_streams(new StreamsModel(this)),
      m_streamsView(new QTableView), m_environments(new EnvironmentFactsModel(this)),
      m_environmentsView(new QTableView), m_pages(new QStackedWidget), m_hint(new QLabel),
      m_view(new StreamView), m_menu(new QMenu(parent))
{
    setObjectName(QStringLiteral("dashboardMode"));
    m_splitter->setObjectName(QStringLiteral("dashboardSplitter"));
    m_streamsView->setObjectName(QStringLiteral("dashboardStreams"));
    m_streamsView->setModel(m_streams);
    m_streamsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_streamsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_streamsView->verticalHeader()->hide();
    m_streamsView->horizontalHeader()->setStretchLastSection(true);
    m_streamsView->setWordWrap(false);
    m_streamsView->setAlternatingRowColors(true);
    m_streamsView->horizontalHeader()->resizeSection(StreamsModel::IdColumn, 60);
    m_streamsView->horizontalHeader()->resizeSection(StreamsModel::TitleColumn, 200);
    m_streamsView->horizontalHeader()->resizeSection(StreamsModel::StatedColumn, 150);
    m_environmentsView->setObjectName(QStringLiteral("dashboardEnvironments"));
    m_environmentsView->setModel(m_environments);
    m_environmentsView->verticalHeader()->hide();
    m_environmentsView->horizontalHeader()->setStretchLastSection(true);
    m_environmentsView->setSelectionMode(QAbstractItemView::NoSelection);
    m_hint->setObjectName(QStringLiteral("dashboardHint"));
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);
    m_pages->addWidget(m_hint);
    m_pages->addWidget(m_view);
    m_leftSplitter->addWidget(m_streamsView);
    m_leftSplitter->addWidget(m_environmentsView);
    m_leftSplitter->setStretchFactor(0, 3);
    m_leftSplitter->setStretchFactor(1, 1);
    m_leftSplitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_leftSplitter);
    m_splitter->addWidget(m_pages);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);

    createActions();
    connect(m_streamsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                show(current.data(StreamsModel::StreamIdRole).toString());
            });
    retranslate();
    updateActions();
}

DashboardMode::~DashboardMode()
{
    delete m_splitter;
    delete m_menu;
}

QWidget *DashboardMode::widget() const
{
    return m_splitter;
}

QString DashboardMode::title() const
{
    return tr("Dashboard");
}

QString DashboardMode::toolTip() const
{
    return tr("How far each work stream really is, from its checkboxes (Ctrl+5)");
}

QIcon DashboardMode::icon() const
{
    return QIcon(QStringLiteral(":/icons/dashboard-mode.svg"));
}

QKeySequence DashboardMode::shortcut() const
{
    return QKeySequence(tr("Ctrl+5"));
}

QList<QAction *> DashboardMode::toolBarActions() const
{
    return {m_import, m_reload, nullptr, m_export};
}

QMenu *DashboardMode::menu() const
{
    return m_menu;
}

void DashboardMode::createActions()
{
    m_import = modeAction(this, "importStreamsAction", QStringLiteral("import"),
                          QKeySequence(tr("Ctrl+I")));
    m_export = modeAction(this, "exportDashboardAction", QStringLiteral("export"),
                          QKeySequence(tr("Ctrl+P")));
    m_reload = modeAction(this, "reloadDashboardAction", QStringLiteral("refresh"),
                          QKeySequence(tr("Ctrl+Shift+R")));
    connect(m_import, &QAction::triggered, this, [this] {
        emit activationRequested();
        chooseFiles();
    });
    connect(m_export, &QAction::triggered, this, [this] {
        emit activationRequested();
        chooseExportFile();
    });
    connect(m_reload, &QAction::triggered, this, [this] {
        emit activationRequested();
        reload();
    });
    m_menu->addActions({m_import, m_reload});
    m_menu->addSeparator();
    m_menu->addAction(m_export);
}

void DashboardMode::retranslate()
{
    m_menu->setTitle(tr("&Dashboard"));
    m_import->setText(tr("&Import Stream Documents…"));
    m_import->setToolTip(tr("Read stream documents; each import is kept for the trend (Ctrl+I)"));
    m_export->setText(tr("Export as &PDF…"));
    m_export->setToolTip(tr("Write the dashboard as a PDF file (Ctrl+P)"));
    m_reload->setText(tr("Re&load Dashboard"));
    m_reload->setToolTip(tr("Read the streams and environments again (Ctrl+Shift+R)"));
    m_hint->setText(m_streams->rowCount() > 0 ? tr("Select a stream on the left.")
                    : m_readOnly              ? tr("No stream document was imported yet.")
                                              : tr("No stream document was imported yet: Import "
                                                                "(Ctrl+I) reads one, such as "
                                                                "stream-1-devops.md."));
    m_streams->retranslate();
    m_environments->retranslate();
    emit statusChanged(
        m_streams->rowCount() > 0 ? tr("%n stream(s)", nullptr, m_streams->rowCount()) : QString());
}

void DashboardMode::restoreState(const GuiSettings &settings)
{
    if (!m_splitter->restoreState(
            settings.value(GuiSettings::Key::DashboardSplitterState).toByteArray()))
        m_splitter->setSizes({560, 900});
    m_streamsView->horizontalHeader()->restoreState(
        settings.value(GuiSettings::Key::DashboardStreamsHeaderState).toByteArray());
    m_view->tasksView()->header()->restoreState(
        settings.value(GuiSettings::Key::DashboardTasksHeaderState).toByteArray());
    m_pendingStream = settings.value(GuiSettings::Key::LastStream).toString();
}

void DashboardMode::saveState(GuiSettings &settings) const
{
    settings.setValue(GuiSettings::Key::DashboardSplitterState, m_splitter->saveState());
    settings.setValue(GuiSettings::Key::DashboardStreamsHeaderState,
                      m_streamsView->horizontalHeader()->saveState());
    settings.setValue(GuiSettings::Key::DashboardTasksHeaderState,
                      m_view->tasksView()->header()->saveState());
    if (!currentStream().isEmpty())
        settings.setValue(GuiSettings::Key::LastStream, currentStream());
}

void DashboardMode::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    retranslate();
    updateActions();
}

void DashboardMode::activate()
{
    reload();
}

void DashboardMode::updateActions()
{
    // Importing changes the workspace; reading and printing it do not.
    m_import->setVisible(!m_readOnly);
    m_import->setEnabled(!m_readOnly);
    m_export->setEnabled(true);
    m_pages->setCurrentWidget(currentStream().isEmpty() ? static_cast<QWidget *>(m_hint) : m_view);
}

QString DashboardMode::currentStream() const
{
    return m_streamsView->currentIndex().data(StreamsModel::StreamIdRole).toString();
}

void DashboardMode::selectStream(const QString &stream)
{
    const int row = m_streams->rowOf(stream);
    if (row >= 0)
        m_streamsView->setCurrentIndex(m_streams->index(row, 0));
}

void DashboardMode::show(const QString &stream)
{
    const int row = m_streams->rowOf(stream);
    if (const Dashboard::Stream *entry = m_streams->streamAt(row))
        m_view->setStream(*entry);
    updateActions();
}

void DashboardMode::reload()
{
    m_context.runner.run<Dashboard>(
        this, [](Workspace &workspace) { return Dashboard::load(workspace); },
        [this](const Dashboard &dashboard) {
            const QString keep = !currentStream().isEmpty() ? currentStream() : m_pendingStream;
            m_dashboard = dashboard;
            {
                const QSignalBlocker blocker(m_streamsView->selectionModel());
                m_streams->setStreams(dashboard.streams);
            }
            m_environments->setRows(dashboard.environments);
            m_environmentsView->resizeColumnsToContents();
            const int row = m_streams->rowOf(keep);
            if (m_streams->rowCount() > 0)
                m_streamsView->setCurrentIndex(m_streams->index(std::max(row, 0), 0));
            show(currentStream());
            m_pendingStream.clear();
            retranslate();
            emit dashboardLoaded();
        },
        [this](const Error &error) {
            emit failedWith(error.message());
            showError(m_splitter, tr("Cannot Read the Dashboard"), error.message());
            emit dashboardLoaded();
        });
}

void DashboardMode::chooseFiles()
{
    if (m_readOnly)
        return;
    auto *dialog = new QFileDialog(m_splitter, tr("Import Stream Documents"), QString(),
                                   tr("Markdown (*.md *.markdown);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("importStreamsDialog"));
    dialog->setFileMode(QFileDialog::ExistingFiles);
    connect(dialog, &QFileDialog::filesSelected, this, &DashboardMode::importFiles);
    dialog->open();
}

void DashboardMode::importFiles(const QStringList &paths)
{
    if (m_readOnly || paths.isEmpty())
        return;
    m_context.runner.run<QString>(
        this,
        [paths](Workspace &workspace) {
            StreamRepository streams(workspace);
            QString last;
            for (const QString &path : paths)
                last = streams.import(path).snapshot.stream;
            return last;
        },
        [this, count = int(paths.size())](const QString &last) {
            m_pendingStream = last;
            m_streamsView->setCurrentIndex({});
            reload();
            emit imported(count);
        },
        [this](const Error &error) {
            emit failedWith(error.message());
            showError(m_splitter, tr("Cannot Import the Stream Document"), error.message());
            reload(); // those before the failing one were imported
        });
}

void DashboardMode::chooseExportFile()
{
    auto *dialog =
        new QFileDialog(m_splitter, tr("Export Dashboard"), QString(), tr("PDF (*.pdf)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("exportDashboardDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("pdf"));
    dialog->selectFile(QStringLiteral("dashboard.pdf"));
    connect(dialog, &QFileDialog::fileSelected, this, &DashboardMode::exportPdf);
    dialog->open();
}

void DashboardMode::exportPdf(const QString &path)
{
    attemptInBackground(
        this,
        [dashboard = m_dashboard, path] {
            DashboardExport::writePdf(dashboard, path);
            return path;
        },
        [this](const QString &written) { emit exported(written); },
        [this](const Error &error) {
            emit failedWith(error.message());
            showError(m_splitter, tr("Cannot Export the Dashboard"), error.message());
        });
}

} // namespace blihops::gui
