#include "EvidenceDialog.h"

#include "checklist/EvidenceValidators.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>

namespace blihops::gui {

EvidenceDialog::EvidenceDialog(const QString &environment, const QList<SmokeRun> &smokeRuns,
                               QWidget *parent)
    : QDialog(parent), m_kind(new QComboBox(this)), m_pages(new QStackedWidget(this)),
      m_smokeRun(new QComboBox(this)), m_file(new QLineEdit(this)), m_url(new QLineEdit(this)),
      m_reference(new QLineEdit(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("evidenceDialog"));
    setWindowTitle(tr("Add Evidence"));
    m_kind->setObjectName(QStringLiteral("evidenceKind"));
    m_smokeRun->setObjectName(QStringLiteral("smokeRunBox"));
    m_file->setObjectName(QStringLiteral("evidenceFile"));
    m_url->setObjectName(QStringLiteral("evidenceUrl"));
    m_url->setPlaceholderText(QStringLiteral("https://"));
    m_reference->setObjectName(QStringLiteral("evidenceReference"));

    for (const SmokeRun &run : smokeRuns) {
        const qsizetype passed = run.results.size() - run.failedCount();
        m_smokeRun->addItem(
            tr("#%1, %2: %3 of %4 passed")
                .arg(run.id)
                .arg(QLocale().toString(run.startedAt.toLocalTime(), QLocale::ShortFormat))
                .arg(passed)
                .arg(run.results.size()),
            run.id);
    }
    auto *smokePage = new QWidget(this);
    auto *smokeLayout = new QFormLayout(smokePage);
    smokeLayout->addRow(tr("&Run:"), m_smokeRun);
    if (smokeRuns.isEmpty()) {
        smokeLayout->addRow(new QLabel(tr("%1 has no smoke runs yet: run its suite in the "
                                          "Environments mode (Ctrl+T) first.")
                                           .arg(environment),
                                       smokePage));
    }
    auto *filePage = new QWidget(this);
    auto *fileLayout = new QHBoxLayout(filePage);
    auto *browse = new QPushButton(tr("&Browse…"), filePage);
    fileLayout->addWidget(m_file, 1);
    fileLayout->addWidget(browse);
    auto *urlPage = new QWidget(this);
    (new QFormLayout(urlPage))->addRow(tr("&Address:"), m_url);
    auto *referencePage = new QWidget(this);
    (new QFormLayout(referencePage))->addRow(tr("&Id:"), m_reference);

    m_kind->addItem(tr("Smoke-test run"), QStringLiteral("smoke"));
    m_pages->addWidget(smokePage);
    m_kind->addItem(tr("File"), QStringLiteral("file"));
    m_pages->addWidget(filePage);
    m_kind->addItem(tr("Web page"), QStringLiteral("url"));
    m_pages->addWidget(urlPage);
    // Only the kinds this build can check: no choice that would be refused.
    const QList<std::pair<QString, QString>> others = {
        {QStringLiteral("backup"), tr("Backup")},
        {QStringLiteral("verification"), tr("Restore verification")}};
    for (const auto &[kind, label] : others) {
        if (EvidenceValidators::has(kind))
            m_kind->addItem(label, kind);
    }
    m_pages->addWidget(referencePage);

    auto *form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_pages);
    layout->addWidget(m_buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_pages->setCurrentIndex(std::min(index, 3));
        updateButtons();
    });
    connect(browse, &QPushButton::clicked, this, &EvidenceDialog::chooseFile);
    for (QLineEdit *edit : {m_file, m_url, m_reference})
        connect(edit, &QLineEdit::textChanged, this, &EvidenceDialog::updateButtons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(520, sizeHint().height());
    updateButtons();
}

QString EvidenceDialog::evidence() const
{
    const QString kind = m_kind->currentData().toString();
    QString reference;
    if (kind == QLatin1String("smoke"))
        reference =
            m_smokeRun->currentData().isValid() ? m_smokeRun->currentData().toString() : QString();
    else if (kind == QLatin1String("file"))
        reference = m_file->text().trimmed();
    else if (kind == QLatin1String("url"))
        reference = m_url->text().trimmed();
    else
        reference = m_reference->text().trimmed();
    return reference.isEmpty() ? QString() : kind + QLatin1Char(':') + reference;
}

void EvidenceDialog::setKind(const QString &kind)
{
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(kind)));
}

void EvidenceDialog::setReference(const QString &reference)
{
    const QString kind = m_kind->currentData().toString();
    if (kind == QLatin1String("smoke"))
        m_smokeRun->setCurrentIndex(m_smokeRun->findData(reference.toLongLong()));
    else if (kind == QLatin1String("file"))
        m_file->setText(reference);
    else if (kind == QLatin1String("url"))
        m_url->setText(reference);
    else
        m_reference->setText(reference);
}

void EvidenceDialog::chooseFile()
{
    auto *dialog = new QFileDialog(this, tr("Evidence File"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, m_file, &QLineEdit::setText);
    dialog->open();
}

void EvidenceDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!evidence().isEmpty());
}

} // namespace blihops::gui
