#include "NewChecklistRunDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace blihops::gui {

NewChecklistRunDialog::NewChecklistRunDialog(const QList<ChecklistTemplate> &templates,
                                             const QStringList &environments,
                                             const QString &environment, QWidget *parent)
    : QDialog(parent), m_template(new QComboBox(this)), m_file(new QLineEdit(this)),
      m_browse(new QPushButton(tr("&Browse…"), this)), m_environment(new QComboBox(this)),
      m_release(new QLineEdit(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("newChecklistRunDialog"));
    setWindowTitle(tr("New Checklist Run"));
    m_template->setObjectName(QStringLiteral("templateBox"));
    for (const ChecklistTemplate &entry : templates) {
        const QString label =
            entry.origin == QLatin1String("builtin")
                ? tr("%1 (%n item(s))", nullptr, int(entry.items.size())).arg(entry.title)
                : tr("%1 (imported, %n item(s))", nullptr, int(entry.items.size()))
                      .arg(entry.title);
        m_template->addItem(label, entry.key);
    }
    m_template->addItem(tr("Markdown file…"), QString());
    m_file->setObjectName(QStringLiteral("templateFile"));
    m_file->setPlaceholderText(tr("A Markdown file whose - [ ] items become the checklist"));
    m_environment->setObjectName(QStringLiteral("environmentBox"));
    m_environment->addItems(environments);
    m_environment->setCurrentText(environment);
    m_release->setObjectName(QStringLiteral("releaseEdit"));
    m_release->setPlaceholderText(tr("A version or tag, e.g. v1.4.0"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Start"));

    auto *file = new QHBoxLayout;
    file->addWidget(m_file, 1);
    file->addWidget(m_browse);
    auto *form = new QFormLayout;
    form->addRow(tr("&Checklist:"), m_template);
    // A layout has no buddy of its own: the label points at the line edit.
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, file);
    form->addRow(tr("&Environment:"), m_environment);
    form->addRow(tr("&Release:"), m_release);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_browse, &QPushButton::clicked, this, &NewChecklistRunDialog::chooseFile);
    connect(m_template, &QComboBox::currentIndexChanged, this,
            &NewChecklistRunDialog::updateButtons);
    connect(m_file, &QLineEdit::textChanged, this, &NewChecklistRunDialog::updateButtons);
    connect(m_release, &QLineEdit::textChanged, this, &NewChecklistRunDialog::updateButtons);
    resize(560, sizeHint().height());
    updateButtons();
}

QString NewChecklistRunDialog::source() const
{
    const QString key = m_template->currentData().toString();
    return key.isEmpty() ? m_file->text().trimmed() : key;
}

QString NewChecklistRunDialog::environment() const
{
    return m_environment->currentText();
}

QString NewChecklistRunDialog::release() const
{
    return m_release->text().trimmed();
}

void NewChecklistRunDialog::setFile(const QString &path)
{
    m_template->setCurrentIndex(m_template->count() - 1);
    m_file->setText(path);
}

void NewChecklistRunDialog::chooseFile()
{
    auto *dialog = new QFileDialog(this, tr("Markdown Checklist"), QString(),
                                   tr("Markdown (*.md *.markdown);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &NewChecklistRunDialog::setFile);
    dialog->open();
}

void NewChecklistRunDialog::updateButtons()
{
    const bool fromFile = m_template->currentData().toString().isEmpty();
    m_file->setEnabled(fromFile);
    m_browse->setEnabled(fromFile);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!source().isEmpty() && !release().isEmpty() &&
                     !m_environment->currentText().isEmpty());
}

} // namespace blihops::gui
