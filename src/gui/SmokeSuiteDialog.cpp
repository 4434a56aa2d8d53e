#include "SmokeSuiteDialog.h"

#include "Background.h"
#include "ErrorBox.h"
#include "WorkspaceRunner.h"
#include "checks/Credentials.h"
#include "checks/SmokeSuite.h"
#include "checks/SmokeSuiteRepository.h"
#include "compose/ComposeProject.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace blihops::gui {

namespace {

constexpr SmokeCheck::Kind kKinds[] = {SmokeCheck::Kind::Postgres, SmokeCheck::Kind::Redis,
                                       SmokeCheck::Kind::Http, SmokeCheck::Kind::ContainerHealth};

} // namespace

SmokeSuiteDialog::SmokeSuiteDialog(WorkspaceRunner &runner, const Environment &environment,
                                   const QList<SmokeCheck> &checks, QWidget *parent)
    : QDialog(parent), m_runner(runner), m_environment(environment), m_checks(checks),
      m_original(checks), m_origin(new QLabel(this)), m_list(new QListWidget(this)),
      m_addButton(new QPushButton(this)), m_removeButton(new QPushButton(this)),
      m_resetButton(new QPushButton(this)), m_form(new QFormLayout), m_noCheck(new QLabel(this)),
      m_name(new QLineEdit(this)), m_kind(new QComboBox(this)), m_service(new QLineEdit(this)),
      m_host(new QLineEdit(this)), m_port(new QSpinBox(this)), m_database(new QLineEdit(this)),
      m_databases(new QLineEdit(this)), m_user(new QLineEdit(this)), m_secretRow(new QWidget(this)),
      m_secretVariable(new QLineEdit(m_secretRow)), m_storeButton(new QPushButton(m_secretRow)),
      m_path(new QLineEdit(this)), m_https(new QCheckBox(this)),
      m_expectedStatus(new QSpinBox(this)), m_expectedBody(new QLineEdit(this)),
      m_timeout(new QSpinBox(this)), m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("SmokeSuiteDialog"));
    m_origin->setObjectName(QStringLiteral("suiteOrigin"));
    m_origin->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("checkList"));
    m_list->setMinimumWidth(220);
    m_addButton->setObjectName(QStringLiteral("addCheckButton"));
    m_addButton->setIcon(QIcon(QStringLiteral(":/icons/add.svg")));
    m_removeButton->setObjectName(QStringLiteral("removeCheckButton"));
    m_removeButton->setIcon(QIcon(QStringLiteral(":/icons/remove.svg")));
    m_resetButton->setObjectName(QStringLiteral("resetSuiteButton"));
    m_resetButton->setIcon(QIcon(QStringLiteral(":/icons/refresh.svg")));
    m_noCheck->setObjectName(QStringLiteral("noCheckLabel"));
    m_noCheck->setWordWrap(true);
    m_name->setObjectName(QStringLiteral("checkNameEdit"));
    m_kind->setObjectName(QStringLiteral("checkKindBox"));
    for (SmokeCheck::Kind kind : kKinds)
        m_kind->addItem(SmokeCheck::kindLabel(kind), SmokeCheck::kindKey(kind));
    m_service->setObjectName(QStringLiteral("serviceEdit"));
    m_host->setObjectName(QStringLiteral("hostEdit"));
    m_port->setObjectName(QStringLiteral("portSpin"));
    m_port->setRange(0, 65535);
    m_database->setObjectName(QStringLiteral("databaseEdit"));
    m_databases->setObjectName(QStringLiteral("databasesEdit"));
    m_user->setObjectName(QStringLiteral("userEdit"));
    m_secretVariable->setObjectName(QStringLiteral("secretVariableEdit"));
    m_storeButton->setObjectName(QStringLiteral("storePasswordButton"));
    m_path->setObjectName(QStringLiteral("pathEdit"));
    m_https->setObjectName(QStringLiteral("httpsCheck"));
    m_expectedStatus->setObjectName(QStringLiteral("expectedStatusSpin"));
    m_expectedStatus->setRange(100, 599);
    m_expectedBody->setObjectName(QStringLiteral("expectedBodyEdit"));
    m_timeout->setObjectName(QStringLiteral("timeoutSpin"));
    m_timeout->setRange(100, 600000);
    m_timeout->setSingleStep(500);
    m_timeout->setGroupSeparatorShown(true);
    m_problem->setObjectName(QStringLiteral("suiteProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #dc2626; }"));
    m_problem->hide();

    auto *secretLayout = new QHBoxLayout(m_secretRow);
    secretLayout->setContentsMargins(0, 0, 0, 0);
    secretLayout->addWidget(m_secretVariable, 1);
    secretLayout->addWidget(m_storeButton);

    // Labels of their own: addRow() with an empty text makes none, and retranslate() needs
    // them.
    const QList<QWidget *> fields = {
        m_name, m_kind,      m_service, m_host,  m_port,           m_database,     m_databases,
        m_user, m_secretRow, m_path,    m_https, m_expectedStatus, m_expectedBody, m_timeout};
    for (QWidget *field : fields)
        m_form->addRow(new QLabel(this), field);
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    // Spin boxes as wide as their numbers, not as the dialog.
    for (QSpinBox *spin : {m_port, m_expectedStatus, m_timeout})
        spin->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);

    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_addButton);
    listButtons->addWidget(m_removeButton);
    listButtons->addStretch(1);
    listButtons->addWidget(m_resetButton);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);
    auto *formBox = new QGroupBox(this);
    formBox->setObjectName(QStringLiteral("checkBox"));
    auto *formLayout = new QVBoxLayout(formBox);
    formLayout->addWidget(m_noCheck);
    formLayout->addLayout(m_form);
    formLayout->addStretch(1);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addWidget(formBox, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_origin);
    layout->addLayout(columns, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, &SmokeSuiteDialog::showCheck);
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        const int row = m_list->row(item);
        if (m_updating || row < 0 || row >= m_checks.size())
            return;
        m_checks[row].enabled = item->checkState() == Qt::Checked;
    });
    for (QLineEdit *edit : {m_name, m_service, m_host, m_database, m_databases, m_user,
                            m_secretVariable, m_path, m_expectedBody})
        connect(edit, &QLineEdit::textChanged, this, &SmokeSuiteDialog::commitForm);
    for (QSpinBox *spin : {m_port, m_expectedStatus, m_timeout})
        connect(spin, &QSpinBox::valueChanged, this, &SmokeSuiteDialog::commitForm);
    connect(m_https, &QCheckBox::toggled, this, &SmokeSuiteDialog::commitForm);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        commitForm();
        updateRows();
    });
    connect(m_addButton, &QPushButton::clicked, this, &SmokeSuiteDialog::addCheck);
    connect(m_removeButton, &QPushButton::clicked, this, &SmokeSuiteDialog::removeCheck);
    connect(m_resetButton, &QPushButton::clicked, this, &SmokeSuiteDialog::resetToDerived);
    connect(m_storeButton, &QPushButton::clicked, this, &SmokeSuiteDialog::storePassword);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SmokeSuiteDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SmokeSuiteDialog::reject);

    retranslate();
    rebuildList();
    loadOrigin();
    resize(860, 560);
}

void SmokeSuiteDialog::loadOrigin()
{
    using Stored = std::optional<SmokeSuiteRepository::Stored>;
    m_runner.run<Stored>(
        this,
        [name = m_environment.name](Workspace &workspace) {
            return SmokeSuiteRepository(workspace).get(name);
        },
        [this](const Stored &stored) {
            m_stored = stored.has_value();
            if (stored)
                m_origin->setText(
                    tr("Edited by %1 on %2. Reset to Derived puts back the checks "
                       "of the compose files.")
                        .arg(stored->updatedBy, QLocale().toString(stored->updatedAt.toLocalTime(),
                                                                   QLocale::ShortFormat)));
            else
                m_origin->setText(tr("Derived from the compose files of %1. Once saved, the "
                                     "suite keeps your edits and no longer follows them.")
                                      .arg(m_environment.name));
        },
        [this](const Error &error) { m_origin->setText(error.message()); });
}

void SmokeSuiteDialog::rebuildList()
{
    m_updating = true;
    m_list->clear();
    for (const SmokeCheck &check : std::as_const(m_checks)) {
        auto *item = new QListWidgetItem(itemText(check), m_list);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(check.enabled ? Qt::Checked : Qt::Unchecked);
        item->setToolTip(tr("Ticked checks run with the suite"));
    }
    m_current = -1;
    m_updating = false;
    m_list->setCurrentRow(m_checks.isEmpty() ? -1 : 0);
    if (m_checks.isEmpty())
        showCheck(-1);
    updateButtons();
}

QString SmokeSuiteDialog::itemText(const SmokeCheck &check) const
{
    return tr("%1 (%2)").arg(check.name, SmokeCheck::kindLabel(check.kind));
}

void SmokeSuiteDialog::selectCheck(const QString &name)
{
    for (int row = 0; row < m_checks.size(); ++row) {
        if (m_checks.at(row).name == name) {
            m_list->setCurrentRow(row);
            return;
        }
    }
}

void SmokeSuiteDialog::showCheck(int row)
{
    m_current = row >= 0 && row < m_checks.size() ? row : -1;
    const bool has = m_current >= 0;
    m_noCheck->setVisible(!has);
    m_updating = true;
    const SmokeCheck check = has ? m_checks.at(m_current) : SmokeCheck();
    m_name->setText(check.name);
    m_kind->setCurrentIndex(m_kind->findData(SmokeCheck::kindKey(check.kind)));
    m_service->setText(check.service);
    m_host->setText(check.host);
    m_port->setValue(check.port);
    m_database->setText(check.database);
    m_databases->setText(check.databases.join(QStringLiteral(", ")));
    m_user->setText(check.user);
    m_secretVariable->setText(check.secretVariable);
    m_path->setText(check.path);
    m_https->setChecked(check.https);
    m_expectedStatus->setValue(check.expectedStatus);
    m_expectedBody->setText(check.expectedBody);
    m_timeout->setValue(check.timeoutMs);
    m_updating = false;
    updateRows();
    updateButtons();
}

void SmokeSuiteDialog::commitForm()
{
    if (m_updating || m_current < 0 || m_current >= m_checks.size())
        return;
    SmokeCheck &check = m_checks[m_current];
    check.name = m_name->text().trimmed();
    check.kind = SmokeCheck::kindFromKey(m_kind->currentData().toString());
    check.service = m_service->text().trimmed();
    check.host = m_host->text().trimmed();
    check.port = m_port->value();
    check.database = m_database->text().trimmed();
    check.databases.clear();
    for (const QString &name : m_databases->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!name.trimmed().isEmpty())
            check.databases << name.trimmed();
    }
    check.user = m_user->text().trimmed();
    check.secretVariable = m_secretVariable->text().trimmed();
    check.path = m_path->text().trimmed();
    check.https = m_https->isChecked();
    check.expectedStatus = m_expectedStatus->value();
    check.expectedBody = m_expectedBody->text();
    check.timeoutMs = m_timeout->value();
    m_updating = true;
    if (QListWidgetItem *item = m_list->item(m_current))
        item->setText(itemText(check));
    m_updating = false;
    updateButtons();
}

void SmokeSuiteDialog::updateRows()
{
    const bool has = m_current >= 0;
    const auto kind = SmokeCheck::kindFromKey(m_kind->currentData().toString());
    const bool network = kind != SmokeCheck::Kind::ContainerHealth;
    const bool postgres = kind == SmokeCheck::Kind::Postgres;
    const bool http = kind == SmokeCheck::Kind::Http;
    const auto show = [this](QWidget *field, bool visible) {
        m_form->setRowVisible(field, visible);
    };
    show(m_name, has);
    show(m_kind, has);
    show(m_service, has);
    show(m_timeout, has);
    show(m_host, has && network);
    show(m_port, has && network);
    show(m_database, has && postgres);
    show(m_databases, has && postgres);
    show(m_user, has && postgres);
    show(m_secretRow, has && (postgres || kind == SmokeCheck::Kind::Redis));
    show(m_path, has && http);
    show(m_https, has && http);
    show(m_expectedStatus, has && http);
    show(m_expectedBody, has && http);
}

void SmokeSuiteDialog::updateButtons()
{
    m_removeButton->setEnabled(!m_busy && m_current >= 0);
    m_addButton->setEnabled(!m_busy);
    m_resetButton->setEnabled(!m_busy);
    m_storeButton->setEnabled(!m_busy && !m_secretVariable->text().trimmed().isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_busy);
}

void SmokeSuiteDialog::addCheck()
{
    commitForm();
    SmokeCheck check;
    // A name not yet taken, which the user then replaces.
    for (int n = int(m_checks.size()) + 1;; ++n) {
        check.name = tr("check-%1").arg(n);
        if (std::none_of(m_checks.begin(), m_checks.end(),
                         [&](const SmokeCheck &c) { return c.name == check.name; }))
            break;
    }
    check.kind = SmokeCheck::Kind::Http;
    check.port = 80;
    m_checks.append(check);
    m_updating = true;
    auto *item = new QListWidgetItem(itemText(check), m_list);
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Checked);
    m_updating = false;
    m_list->setCurrentItem(item);
    m_name->setFocus();
    m_name->selectAll();
}

void SmokeSuiteDialog::removeCheck()
{
    if (m_current < 0 || m_current >= m_checks.size())
        return;
    const int row = m_current;
    m_checks.removeAt(row);
    m_updating = true;
    delete m_list->takeItem(row);
    m_updating = false;
    m_current = -1;
    m_list->setCurrentRow(std::min(row, int(m_checks.size()) - 1));
    showCheck(m_list->currentRow());
}

void SmokeSuiteDialog::resetToDerived()
{
    m_busy = true;
    updateButtons();
    setProblem({});
    // Reading the compose files is file I/O: off the GUI thread.
    m_runner.run<QList<SmokeCheck>>(
        this,
        [environment = m_environment](Workspace &) {
            return SmokeSuite::derive(
                environment, ComposeProject::load(environment.composeFiles, environment.envFile));
        },
        [this](const QList<SmokeCheck> &derived) {
            m_busy = false;
            m_derived = derived;
            m_checks = derived;
            rebuildList();
            m_origin->setText(tr("The checks derived from the compose files of %1. OK puts the "
                                 "suite back to following them.")
                                  .arg(m_environment.name));
            emit derivedLoaded();
        },
        [this](const Error &error) {
            m_busy = false;
            updateButtons();
            setProblem(
                tr("No suite can be derived from the compose files: %1").arg(error.message()));
            emit derivedLoaded();
        });
}

void SmokeSuiteDialog::accept()
{
    if (m_busy)
        return;
    commitForm();
    try {
        SmokeSuite::validate(m_checks);
    } catch (const Error &error) {
        setProblem(error.message());
        emit refused();
        return;
    }
    const bool reset = m_derived && m_checks == *m_derived;
    if (!reset && m_checks == m_original) {
        QDialog::accept(); // nothing changed: a derived suite goes on following its files
        return;
    }
    if (reset && !m_stored) {
        emit saved();
        QDialog::accept();
        return;
    }
    m_busy = true;
    updateButtons();
    setProblem({});
    m_runner.run<bool>(
        this,
        [name = m_environment.name, checks = m_checks, reset](Workspace &workspace) {
            SmokeSuiteRepository repository(workspace);
            if (reset)
                repository.reset(name);
            else
                repository.save(name, checks);
            return true;
        },
        [this](bool) {
            m_busy = false;
            emit saved();
            QDialog::accept();
        },
        [this](const Error &error) {
            // The dialog stays, with everything typed, and says what is wrong.
            m_busy = false;
            updateButtons();
            setProblem(error.message());
            emit refused();
        });
}

void SmokeSuiteDialog::storePassword()
{
    const QString variable = m_secretVariable->text().trimmed();
    if (variable.isEmpty())
        return;
    auto *ask = new QInputDialog(this);
    ask->setObjectName(QStringLiteral("storePasswordDialog"));
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setWindowTitle(tr("Store Password"));
    ask->setLabelText(tr("Password of %1 for %2.\nIt goes to the system keychain as %3, never "
                         "into the workspace.")
                          .arg(variable, m_environment.name,
                               Credentials::keychainKey(m_environment.name, variable)));
    ask->setTextEchoMode(QLineEdit::Password);
    ask->setOkButtonText(tr("Store"));
    const QString environment = m_environment.name;
    connect(ask, &QInputDialog::textValueSelected, this,
            [this, ask, environment, variable](const QString &secret) {
                ask->setTextValue(QString()); // not kept in the dialog any longer than needed
                if (secret.isEmpty())
                    return;
                m_storeButton->setEnabled(false);
                // The keychain blocks (and may ask the user to unlock it): on a worker.
                const auto stored = [this, variable](const QString &error) {
                    updateButtons();
                    if (!error.isEmpty())
                        showError(this, tr("Cannot Store the Password"), error);
                    else
                        m_origin->setText(
                            tr("The password of %1 is in the system keychain.").arg(variable));
                    emit passwordStored(error);
                };
                runInBackground(
                    this,
                    [environment, variable, secret]() -> QString {
                        try {
                            Credentials::store(environment, variable, secret);
                        } catch (const Error &error) {
                            return error.message();
                        } catch (const std::exception &error) {
                            return QString::fromLocal8Bit(error.what());
                        }
                        return {};
                    },
                    stored);
            });
    ask->open();
}

QString SmokeSuiteDialog::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void SmokeSuiteDialog::setProblem(const QString &problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

void SmokeSuiteDialog::retranslate()
{
    setWindowTitle(tr("Edit Smoke Suite — %1").arg(m_environment.name));
    m_addButton->setText(tr("&Add"));
    m_addButton->setToolTip(tr("Add a check"));
    m_removeButton->setText(tr("&Remove"));
    m_removeButton->setToolTip(tr("Remove the selected check"));
    m_resetButton->setText(tr("Reset to Deri&ved"));
    m_resetButton->setToolTip(tr("Put back the checks derived from the compose files"));
    m_noCheck->setText(tr("No check selected. Add one, or reset the suite to the checks derived "
                          "from the compose files."));
    m_host->setPlaceholderText(tr("container address"));
    m_database->setPlaceholderText(tr("the database to connect to"));
    m_databases->setPlaceholderText(tr("comma separated, e.g. blihops_db, blihops_audit"));
    m_user->setPlaceholderText(tr("e.g. postgres"));
    m_secretVariable->setPlaceholderText(tr("e.g. POSTGRES_PASSWORD"));
    m_secretVariable->setToolTip(tr("The variable that holds the password, read from the "
                                    "service's environment, the env file or the keychain"));
    m_storeButton->setText(tr("Store Password…"));
    m_storeButton->setToolTip(tr("Put this variable's password into the system keychain"));
    m_path->setPlaceholderText(tr("/health"));
    m_expectedBody->setPlaceholderText(tr("any"));
    m_expectedBody->setToolTip(tr("Text the response body must contain; empty: any body"));
    m_https->setText(tr("HTTPS"));
    m_timeout->setSuffix(tr(" ms"));
    const QList<std::pair<QWidget *, QString>> labels = {
        {m_name, tr("&Name:")},
        {m_kind, tr("&Kind:")},
        {m_service, tr("&Service:")},
        {m_host, tr("&Host:")},
        {m_port, tr("&Port:")},
        {m_database, tr("&Database:")},
        {m_databases, tr("Further data&bases:")},
        {m_user, tr("&User:")},
        {m_secretRow, tr("Pass&word variable:")},
        {m_path, tr("Pa&th:")},
        {m_https, tr("Scheme:")},
        {m_expectedStatus, tr("E&xpected status:")},
        {m_expectedBody, tr("Expected b&ody text:")},
        {m_timeout, tr("T&imeout:")}};
    for (const auto &[field, text] : labels) {
        if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(field))) {
            label->setText(text);
            label->setBuddy(field == m_secretRow ? m_secretVariable : field);
        }
    }
    {
        const QSignalBlocker blocker(m_kind);
        for (int i = 0; i < m_kind->count(); ++i)
            m_kind->setItemText(i, SmokeCheck::kindLabel(kKinds[i]));
    }
    if (auto *box = findChild<QGroupBox *>(QStringLiteral("checkBox")))
        box->setTitle(tr("Check"));
    m_updating = true;
    for (int row = 0; row < m_checks.size() && row < m_list->count(); ++row)
        m_list->item(row)->setText(itemText(m_checks.at(row)));
    m_updating = false;
}

void SmokeSuiteDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace blihops::gui
