#pragma once

#include "checklist/ChecklistItem.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace blihops::gui {

// QA's sign-off of a run: name, role and a comment. While items are in the way (pending,
// failed or blocked, and not waived) it names them and cannot be accepted.
class SignOffDialog : public QDialog
{
    Q_OBJECT

public:
    SignOffDialog(const QString &runTitle, const QList<ChecklistItem> &inTheWay,
                  QWidget *parent = nullptr);

    QString name() const;
    QString role() const;
    QString comment() const;
    void setSigner(const QString &name, const QString &role);

private:
    void updateButtons();

    bool m_blocked;
    QLineEdit *m_name;
    QLineEdit *m_role;
    QPlainTextEdit *m_comment;
    QListWidget *m_inTheWay;
    QDialogButtonBox *m_buttons;
};

} // namespace blihops::gui
