#pragma once

#include "checks/SmokeCheck.h"
#include "workspace/Environment.h"

#include <QDialog>
#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace blihops::gui {

class WorkspaceRunner;

// Edits an environment's smoke suite: the checks on the left (ticked: enabled), the
// selected one's fields on the right, only those its kind uses. OK validates and saves; a
// suite put back to the one derived from the compose files follows them again.
class SmokeSuiteDialog : public QDialog
{
    Q_OBJECT

public:
    SmokeSuiteDialog(WorkspaceRunner &runner, const Environment &environment,
                     const QList<SmokeCheck> &checks, QWidget *parent = nullptr);

    // The checks as edited so far.
    QList<SmokeCheck> checks() const { return m_checks; }
    QListWidget *checkList() const { return m_list; }
    void selectCheck(const QString &name);
    // Why OK did not save; empty when nothing is wrong.
    QString problem() const;

    void accept() override;
    void addCheck();
    void removeCheck();
    void resetToDerived();
    void storePassword();

signals:
    void saved();
    // After OK was refused (problem() says why).
    void refused();
    // After Reset to Derived replaced the checks, or could not.
    void derivedLoaded();
    // After the keychain answered Store Password; error is empty on success.
    void passwordStored(const QString &error);

protected:
    void changeEvent(QEvent *event) override;

private:
    void loadOrigin();
    void rebuildList();
    void showCheck(int row);
    void commitForm();
    void updateRows();
    void updateButtons();
    void setProblem(const QString &problem);
    void retranslate();
    QString itemText(const SmokeCheck &check) const;

    WorkspaceRunner &m_runner;
    Environment m_environment;
    QList<SmokeCheck> m_checks;
    QList<SmokeCheck> m_original;
    std::optional<QList<SmokeCheck>> m_derived; // after Reset to Derived
    bool m_stored = false;                      // the workspace has an edited suite
    int m_current = -1;
    bool m_updating = false;
    bool m_busy = false;

    QLabel *m_origin;
    QListWidget *m_list;
    QPushButton *m_addButton;
    QPushButton *m_removeButton;
    QPushButton *m_resetButton;
    QFormLayout *m_form;
    QLabel *m_noCheck;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QLineEdit *m_service;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_databases;
    QLineEdit *m_user;
    QWidget *m_secretRow;
    QLineEdit *m_secretVariable;
    QPushButton *m_storeButton;
    QLineEdit *m_path;
    QCheckBox *m_https;
    QSpinBox *m_expectedStatus;
    QLineEdit *m_expectedBody;
    QSpinBox *m_timeout;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace blihops::gui
