#pragma once

#include <QDialog>
#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace blihops::gui {

class LanguageManager;

// Preferences that apply at once: the interface language and the read-only console.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(LanguageManager &languages, bool readOnly, QWidget *parent = nullptr);
    ~SettingsDialog() override;

signals:
    void readOnlyChanged(bool readOnly);

protected:
    void changeEvent(QEvent *event) override;

private:
    std::unique_ptr<Ui::SettingsDialog> m_ui;
    LanguageManager &m_languages;
};

} // namespace blihops::gui
