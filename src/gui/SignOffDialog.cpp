#include "SignOffDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace blihops::gui {

SignOffDialog::SignOffDialog(const QString &runTitle, const QList<ChecklistItem> &inTheWay,
                             QWidget *parent)
    : QDialog(parent), m_blocked(!inTheWay.isEmpty()), m_name(new QLineEdit(this)),
      m_role(new QLineEdit(this)), m_comment(new QPlainTextEdit(this)),
      m_inTheWay(new QListWidget(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("signOffDialog"));
    setWindowTitle(tr("Sign Off"));
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setText(m_blocked
                       ? tr("<b>%1</b> cannot be signed off yet: these items are pending, failed "
                            "or blocked. Set them, or waive them with a reason.")
                             .arg(runTitle.toHtmlEscaped())
                       : tr("Sign off <b>%1</b>. It becomes read-only; reopening it later makes "
                            "a new revision and keeps this one.")
                             .arg(runTitle.toHtmlEscaped()));
    m_inTheWay->setObjectName(QStringLiteral("itemsInTheWay"));
    for (const ChecklistItem &item : inTheWay)
        m_inTheWay->addItem(
            tr("%1. %2 (%3)").arg(item.number).arg(item.text, itemStateLabel(item.state)));
    m_inTheWay->setVisible(m_blocked);
    m_name->setObjectName(QStringLiteral("signerName"));
    m_role->setObjectName(QStringLiteral("signerRole"));
    m_role->setPlaceholderText(tr("e.g. QA lead"));
    m_comment->setObjectName(QStringLiteral("signOffComment"));
    m_comment->setTabChangesFocus(true);
    m_comment->setMaximumHeight(m_comment->fontMetrics().height() * 5);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Sign Off"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Comment:"), m_comment);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_inTheWay);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    for (QWidget *field : std::initializer_list<QWidget *>{m_name, m_role, m_comment})
        field->setEnabled(!m_blocked);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &SignOffDialog::updateButtons);
    connect(m_role, &QLineEdit::textChanged, this, &SignOffDialog::updateButtons);
    resize(520, sizeHint().height());
    updateButtons();
}

QString SignOffDialog::name() const
{
    return m_name->text().trimmed();
}

QString SignOffDialog::role() const
{
    return m_role->text().trimmed();
}

QString SignOffDialog::comment() const
{
    return m_comment->toPlainText().trimmed();
}

void SignOffDialog::setSigner(const QString &name, const QString &role)
{
    m_name->setText(name);
    m_role->setText(role);
}

void SignOffDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_blocked && !name().isEmpty() && !role().isEmpty());
}

} // namespace blihops::gui
