#include "EnvironmentDialog.h"

#include "Background.h"
#include "EnvironmentTreeModel.h"
#include "ui_EnvironmentDialog.h"
#include "util/Error.h"

#include <QFileDialog>
#include <QPushButton>

namespace blihops::gui {

EnvironmentDialog::EnvironmentDialog(Mode mode, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::EnvironmentDialog>()), m_mode(mode)
{
    m_ui->setupUi(this);
    for (Tier tier : {Tier::Development, Tier::Staging, Tier::Production})
        m_ui->tierCombo->addItem(EnvironmentTreeModel::tierIcon(tier), QString(),
                                 QVariant::fromValue(int(tier)));
    m_ui->problemsLabel->setStyleSheet(QStringLiteral("color: #dc2626;"));
    m_ui->problemsLabel->hide();

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &EnvironmentDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &EnvironmentDialog::reject);
    connect(m_ui->addComposeButton, &QPushButton::clicked, this,
            &EnvironmentDialog::addComposeFiles);
    connect(m_ui->removeComposeButton, &QPushButton::clicked, this, [this] {
        delete m_ui->composeList->currentItem();
        updateButtons();
    });
    connect(m_ui->upComposeButton, &QPushButton::clicked, this, [this] { moveComposeFile(-1); });
    connect(m_ui->downComposeButton, &QPushButton::clicked, this, [this] { moveComposeFile(1); });
    connect(m_ui->composeList, &QListWidget::currentRowChanged, this,
            &EnvironmentDialog::updateButtons);
    connect(m_ui->browseEnvFileButton, &QPushButton::clicked, this,
            &EnvironmentDialog::browseEnvFile);
    connect(m_ui->nameEdit, &QLineEdit::textEdited, this, &EnvironmentDialog::nameEdited);
    retranslate();
    updateButtons();
}

EnvironmentDialog::~EnvironmentDialog() = default;

void EnvironmentDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

void EnvironmentDialog::retranslate()
{
    switch (m_mode) {
    case Mode::Add:
        setWindowTitle(tr("Add Environment"));
        break;
    case Mode::Edit:
        setWindowTitle(tr("Edit Environment"));
        break;
    case Mode::Duplicate:
        setWindowTitle(tr("Duplicate Environment"));
        break;
    }
    for (int i = 0; i < m_ui->tierCombo->count(); ++i)
        m_ui->tierCombo->setItemText(
            i, EnvironmentTreeModel::tierName(Tier(m_ui->tierCombo->itemData(i).toInt())));
}

void EnvironmentDialog::setEnvironment(const Environment &environment)
{
    m_ui->nameEdit->setText(environment.name);
    m_ui->tierCombo->setCurrentIndex(m_ui->tierCombo->findData(int(environment.tier)));
    m_ui->engineEdit->setText(environment.engineUrl);
    m_ui->composeList->clear();
    m_ui->composeList->addItems(environment.composeFiles);
    m_ui->projectEdit->setText(environment.projectName);
    m_ui->envFileEdit->setText(environment.envFile);
    m_ui->portsEdit->setText(formatExpectedPorts(environment.expectedPorts));
    m_ui->databasesEdit->setText(environment.databases.join(QStringLiteral(", ")));
    m_lastDefaultProject = EnvironmentValidator::defaultProjectName(environment.name);
    updateButtons();
}

Environment EnvironmentDialog::environment() const
{
    Environment environment;
    environment.name = m_ui->nameEdit->text().trimmed();
    environment.tier = Tier(m_ui->tierCombo->currentData().toInt());
    environment.engineUrl = m_ui->engineEdit->text().trimmed();
    for (int row = 0; row < m_ui->composeList->count(); ++row)
        environment.composeFiles << m_ui->composeList->item(row)->text();
    environment.projectName = m_ui->projectEdit->text().trimmed();
    environment.envFile = m_ui->envFileEdit->text().trimmed();
    try {
        environment.expectedPorts = parseExpectedPorts(m_ui->portsEdit->text());
    } catch (const Error &) {
        // accept() reports it; the rest of the environment is still worth returning.
    }
    for (const QString &database :
         m_ui->databasesEdit->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        environment.databases << database.trimmed();
    return environment;
}

void EnvironmentDialog::accept()
{
    if (m_checking)
        return;
    QList<EnvironmentValidator::Problem> portProblems;
    try {
        parseExpectedPorts(m_ui->portsEdit->text());
    } catch (const Error &error) {
        portProblems.append({EnvironmentValidator::Field::Ports, error.message()});
    }
    m_ui->problemsLabel->setText(tr("Checking the compose files…"));
    m_ui->problemsLabel->setStyleSheet(QString());
    m_ui->problemsLabel->show();
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(false);
    m_checking = true;
    runInBackground(
        this,
        [environment = environment(), portProblems] {
            return portProblems + EnvironmentValidator::validate(environment);
        },
        [this](const QList<EnvironmentValidator::Problem> &problems) {
            m_checking = false;
            showProblems(problems);
            emit checked();
            if (problems.isEmpty())
                QDialog::accept();
        });
}

void EnvironmentDialog::showProblems(const QList<EnvironmentValidator::Problem> &problems)
{
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(true);
    m_problems.clear();
    for (const EnvironmentValidator::Problem &problem : problems)
        m_problems << problem.message;
    m_ui->problemsLabel->setStyleSheet(QStringLiteral("color: #dc2626;"));
    m_ui->problemsLabel->setText(m_problems.join(QLatin1Char('\n')));
    m_ui->problemsLabel->setVisible(!problems.isEmpty());
    if (problems.isEmpty())
        return;
    QWidget *const fieldWidgets[] = {m_ui->nameEdit,     m_ui->engineEdit,  m_ui->composeList,
                                     m_ui->projectEdit,  m_ui->envFileEdit, m_ui->portsEdit,
                                     m_ui->databasesEdit};
    fieldWidgets[int(problems.first().field)]->setFocus();
}

void EnvironmentDialog::addComposeFiles()
{
    const QStringList files =
        QFileDialog::getOpenFileNames(this, tr("Add Compose Files"), QString(),
                                      tr("Compose files (*.yml *.yaml);;All files (*)"));
    m_ui->composeList->addItems(files);
    updateButtons();
}

void EnvironmentDialog::moveComposeFile(int delta)
{
    const int row = m_ui->composeList->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_ui->composeList->count())
        return;
    m_ui->composeList->insertItem(target, m_ui->composeList->takeItem(row));
    m_ui->composeList->setCurrentRow(target);
}

void EnvironmentDialog::browseEnvFile()
{
    const QString file =
        QFileDialog::getOpenFileName(this, tr("Choose Env File"), m_ui->envFileEdit->text());
    if (!file.isEmpty())
        m_ui->envFileEdit->setText(file);
}

void EnvironmentDialog::nameEdited(const QString &name)
{
    // Follow the name until the user types a project name of their own.
    const QString project = m_ui->projectEdit->text();
    if (project.isEmpty() || project == m_lastDefaultProject) {
        m_lastDefaultProject = EnvironmentValidator::defaultProjectName(name);
        m_ui->projectEdit->setText(m_lastDefaultProject);
    }
}

void EnvironmentDialog::updateButtons()
{
    const int row = m_ui->composeList->currentRow();
    m_ui->removeComposeButton->setEnabled(row >= 0);
    m_ui->upComposeButton->setEnabled(row > 0);
    m_ui->downComposeButton->setEnabled(row >= 0 && row < m_ui->composeList->count() - 1);
}

} // namespace blihops::gui
