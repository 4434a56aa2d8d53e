#pragma once

#include "workspace/Environment.h"
#include "workspace/EnvironmentValidator.h"

#include <QDialog>
#include <memory>

namespace Ui {
class EnvironmentDialog;
}

namespace blihops::gui {

// Adds, edits or duplicates an environment. Save checks every field (reading the compose
// and env files off the GUI thread) and names each problem in the dialog; nothing is
// returned until all are fixed.
class EnvironmentDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode
    {
        Add,
        Edit,
        Duplicate
    };

    explicit EnvironmentDialog(Mode mode, QWidget *parent = nullptr);
    ~EnvironmentDialog() override;

    void setEnvironment(const Environment &environment);
    Environment environment() const;
    QStringList problems() const { return m_problems; }

    void accept() override;

signals:
    // Emitted when a check of the fields has finished, with or without problems.
    void checked();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void addComposeFiles();
    void moveComposeFile(int delta);
    void browseEnvFile();
    void nameEdited(const QString &name);
    void showProblems(const QList<EnvironmentValidator::Problem> &problems);
    void updateButtons();

    std::unique_ptr<Ui::EnvironmentDialog> m_ui;
    Mode m_mode;
    bool m_checking = false;
    QStringList m_problems;
    QString m_lastDefaultProject;
};

} // namespace blihops::gui
