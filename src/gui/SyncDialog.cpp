#include "SyncDialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace blihops::gui {

SyncDialog::SyncDialog(const QString &host, const QString &actionTitle,
                       const QList<ProjectSync::File> &files, QWidget *parent)
    : QDialog(parent), m_files(new QListWidget(this)), m_difference(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("syncDialog"));
    setWindowTitle(tr("Files Differ on %1").arg(host));
    for (const ProjectSync::File &file : files) {
        if (file.state != ProjectSync::File::State::Same)
            m_differing << file;
    }
    auto *intro = new QLabel(tr("Compose runs on %1 in the project's folder there, with the "
                                "host's copies of these files, which differ from this "
                                "machine's. Upload them before \"%2\"?")
                                 .arg(host, actionTitle),
                             this);
    intro->setWordWrap(true);
    m_files->setObjectName(QStringLiteral("syncFiles"));
    for (const ProjectSync::File &file : std::as_const(m_differing)) {
        const QString state = file.state == ProjectSync::File::State::Missing
                                  ? tr("not on the host yet")
                                  : tr("changed");
        auto *item = new QListWidgetItem(tr("%1 (%2)").arg(file.hostPath, state), m_files);
        item->setToolTip(tr("%1 → %2").arg(file.localPath, file.hostPath));
    }
    m_difference->setObjectName(QStringLiteral("syncDifference"));
    m_difference->setReadOnly(true);
    m_difference->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_difference->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_files);
    splitter->addWidget(m_difference);
    splitter->setStretchFactor(1, 3);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *upload =
        buttons->addButton(tr("&Upload and Continue"), QDialogButtonBox::AcceptRole);
    upload->setObjectName(QStringLiteral("uploadButton"));
    upload->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_files, &QListWidget::currentRowChanged, this, &SyncDialog::showFile);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(820, 560);
    m_files->setCurrentRow(0);
}

void SyncDialog::showFile(int row)
{
    if (row < 0 || row >= m_differing.size()) {
        m_difference->clear();
        return;
    }
    const ProjectSync::File &file = m_differing.at(row);
    if (file.secret)
        m_difference->setPlainText(tr("The env file holds secrets: its contents are not shown. "
                                      "It is uploaded with mode 0600."));
    else if (file.state == ProjectSync::File::State::Missing)
        m_difference->setPlainText(tr("The host has no copy yet: this machine's file is "
                                      "uploaded as it is."));
    else
        m_difference->setPlainText(file.difference);
}

} // namespace blihops::gui
