#pragma once

#include "checklist/ChecklistTemplate.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QPushButton;

namespace blihops::gui {

// Starts a checklist run: a template (built in, or imported before) or any Markdown file,
// the environment it is for and the release it checks.
class NewChecklistRunDialog : public QDialog
{
    Q_OBJECT

public:
    NewChecklistRunDialog(const QList<ChecklistTemplate> &templates,
                          const QStringList &environments, const QString &environment,
                          QWidget *parent = nullptr);

    // A template's key, or the path of a Markdown file.
    QString source() const;
    QString environment() const;
    QString release() const;
    void setFile(const QString &path);

private:
    void chooseFile();
    void updateButtons();

    QComboBox *m_template;
    QLineEdit *m_file;
    QPushButton *m_browse;
    QComboBox *m_environment;
    QLineEdit *m_release;
    QDialogButtonBox *m_buttons;
};

} // namespace blihops::gui
