#pragma once

#include "EnvironmentTreeModel.h"

#include <QWidget>
#include <optional>

class QFormLayout;
class QLabel;

namespace blihops::gui {

// What the selected environment is: where its engine is, which compose files and env file
// make its stack, and which ports and databases it is expected to have.
class EnvironmentDetailsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit EnvironmentDetailsPanel(QWidget *parent = nullptr);

    // nullptr shows the hint to select an environment.
    void setEntry(const EnvironmentEntry *entry);
    // Shows why there is nothing to show: the workspace could not be opened.
    void setUnavailable(const QString &reason);
    QString fieldText(const QString &objectName) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    enum Field
    {
        Tier,
        Engine,
        Project,
        ComposeFiles,
        EnvFile,
        Ports,
        Databases,
        Services,
        Updated,
        FieldCount
    };

    void retranslate();
    void refresh();

    QLabel *m_title;
    QLabel *m_hint;
    QWidget *m_form;
    QFormLayout *m_layout;
    QLabel *m_labels[FieldCount];
    QLabel *m_values[FieldCount];
    std::optional<EnvironmentEntry> m_entry; // a copy: the model may reset meanwhile
    QString m_unavailable;
};

} // namespace blihops::gui
