#pragma once

#include <QDialog>
#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace blihops::gui {

class LanguageManager;

// Preferences that apply at once: for now the interface language.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(LanguageManager &languages, QWidget *parent = nullptr);
    ~SettingsDialog() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    std::unique_ptr<Ui::SettingsDialog> m_ui;
    LanguageManager &m_languages;
};

} // namespace blihops::gui
