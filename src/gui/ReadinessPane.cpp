#include "ReadinessPane.h"

#include "ComposeFileViewer.h"
#include "ConflictsDialog.h"
#include "ErrorBox.h"
#include "FindingsModel.h"
#include "WorkspaceRunner.h"
#include "compose/VariableTable.h"
#include "workspace/EnvironmentRepository.h"
#include "workspace/RuleSilenceRepository.h"

#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace blihops::gui {

ReadinessPane::ReadinessPane(WorkspaceRunner &runner, QWidget *parent)
    : QWidget(parent), m_runner(runner), m_model(new FindingsModel(this)),
      m_filter(new QSortFilterProxyModel(this)), m_tree(new QTreeView(this)),
      m_filterEdit(new QLineEdit(this)), m_recheckButton(new QPushButton(this)),
      m_conflictsButton(new QPushButton(this)), m_exportButton(new QPushButton(this)),
      m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("ReadinessPane"));
    m_filter->setSourceModel(m_model);
    // A match anywhere below keeps its environment and service visible.
    m_filter->setRecursiveFilteringEnabled(true);
    m_filter->setFilterKeyColumn(-1);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_tree->setObjectName(QStringLiteral("findingsTree"));
    m_tree->setModel(m_filter);
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->resizeSection(FindingsModel::ItemColumn, 170);
    m_tree->header()->resizeSection(FindingsModel::RuleColumn, 150);
    m_tree->header()->resizeSection(FindingsModel::LocationColumn, 240);
    m_tree->header()->resizeSection(FindingsModel::MessageColumn, 460);
    m_filterEdit->setObjectName(QStringLiteral("findingsFilter"));
    m_filterEdit->setClearButtonEnabled(true);
    m_recheckButton->setObjectName(QStringLiteral("recheckButton"));
    m_recheckButton->setIcon(QIcon(QStringLiteral(":/icons/refresh.svg")));
    m_conflictsButton->setObjectName(QStringLiteral("conflictsButton"));
    m_exportButton->setObjectName(QStringLiteral("exportVariablesButton"));
    m_summary->setObjectName(QStringLiteral("readinessSummary"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filterEdit, 1);
    bar->addWidget(m_recheckButton);
    bar->addWidget(m_conflictsButton);
    bar->addWidget(m_exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_summary);

    connect(m_filterEdit, &QLineEdit::textChanged, m_filter,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_recheckButton, &QPushButton::clicked, this, &ReadinessPane::recheck);
    connect(m_conflictsButton, &QPushButton::clicked, this, &ReadinessPane::showConflicts);
    connect(m_exportButton, &QPushButton::clicked, this, &ReadinessPane::exportVariables);
    connect(m_tree, &QTreeView::activated, this, &ReadinessPane::openFinding);
    retranslate();
}

void ReadinessPane::recheck()
{
    if (m_checking)
        return;
    m_checking = true;
    retranslate();
    m_runner.run<Review>(
        this,
        [](Workspace &workspace) {
            Review review;
            review.environments = EnvironmentRepository(workspace).list();
            review.report = ReadinessReview::review(review.environments,
                                                    RuleSilenceRepository(workspace).list());
            return review;
        },
        [this](const Review &review) {
            m_checking = false;
            m_environments = review.environments;
            m_report = review.report;
            QStringList names;
            for (const Environment &environment : m_environments)
                names << environment.name;
            m_model->setReport(names, review.report);
            m_tree->expandAll();
            retranslate();
            emit reviewed();
        },
        [this](const Error &error) {
            m_checking = false;
            retranslate();
            showError(this, tr("Cannot Review the Environments"), error.message());
            emit reviewed();
        });
}

void ReadinessPane::openFinding(const QModelIndex &index)
{
    const QString file = index.data(FindingsModel::FileRole).toString();
    if (file.isEmpty())
        return;
    auto *viewer = new ComposeFileViewer(this);
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    viewer->open(file, index.data(FindingsModel::LineRole).toInt());
}

void ReadinessPane::showConflicts()
{
    if (m_environments.size() < 2)
        return;
    auto *dialog = new ConflictsDialog(m_environments, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ReadinessPane::exportVariables()
{
    // The environment of the selected row, else the first.
    const QString selected = m_tree->currentIndex().data(FindingsModel::EnvironmentRole).toString();
    const auto found = std::find_if(m_environments.begin(), m_environments.end(),
                                    [&](const Environment &e) { return e.name == selected; });
    if (m_environments.isEmpty())
        return;
    const Environment environment = found == m_environments.end() ? m_environments.first() : *found;
    auto *dialog = new QFileDialog(this, tr("Export Variables of %1").arg(environment.name));
    dialog->setObjectName(QStringLiteral("exportVariablesDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("md"));
    dialog->setNameFilter(tr("Markdown (*.md)"));
    dialog->selectFile(tr("%1-variables.md").arg(environment.name));
    connect(dialog, &QFileDialog::fileSelected, this,
            [this, environment](const QString &path) { writeVariables(environment, path); });
    dialog->open();
}

void ReadinessPane::writeVariables(const Environment &environment, const QString &path)
{
    m_runner.run<bool>(
        this,
        [environment, path](Workspace &) {
            const QString markdown =
                VariableTable::of(environment.composeFiles, environment.envFile).toMarkdown();
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(markdown.toUtf8()) < 0 ||
                !file.commit()) {
                throw Error(ErrorKind::BadInput, tr("Cannot write %1: %2. Choose another folder.")
                                                     .arg(path, file.errorString()));
            }
            return true;
        },
        [this, path](bool) { m_summary->setText(tr("Variables written to %1.").arg(path)); },
        [this](const Error &error) {
            showError(this, tr("Cannot Export the Variables"), error.message());
        });
}

void ReadinessPane::retranslate()
{
    m_filterEdit->setPlaceholderText(tr("Filter by environment, service, rule or text"));
    m_recheckButton->setText(tr("Re&check"));
    m_recheckButton->setToolTip(tr("Read the compose files again and review them"));
    m_conflictsButton->setText(tr("Can They Run &Together?…"));
    m_conflictsButton->setToolTip(
        tr("Check whether two environments can run at the same time on one host"));
    m_exportButton->setText(tr("Export Variables as &Markdown…"));
    m_exportButton->setToolTip(tr("Write the variable table of the selected environment, for "
                                  "the docs"));
    m_conflictsButton->setEnabled(m_environments.size() >= 2);
    m_exportButton->setEnabled(!m_environments.isEmpty());
    if (m_checking) {
        m_summary->setText(tr("Reviewing…"));
    } else if (m_report) {
        const auto errors = std::count_if(
            m_report->findings.begin(), m_report->findings.end(),
            [](const Finding &finding) { return finding.severity == Severity::Error; });
        const QStringList counts = {tr("%n finding(s)", nullptr, int(m_report->findings.size())),
                                    tr("%n error(s)", nullptr, int(errors)),
                                    tr("%n silenced", nullptr, int(m_report->silenced.size()))};
        m_summary->setText(tr("%1. Double-click a finding to open its file at the line.")
                               .arg(counts.join(QStringLiteral(", "))));
    }
    m_model->retranslate();
}

void ReadinessPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // Findings were worded in the old language.
        if (m_report)
            recheck();
    }
    QWidget::changeEvent(event);
}

} // namespace blihops::gui
