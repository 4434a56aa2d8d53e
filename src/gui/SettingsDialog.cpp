#include "SettingsDialog.h"

#include "LanguageManager.h"
#include "ui_SettingsDialog.h"

namespace blihops::gui {

SettingsDialog::SettingsDialog(LanguageManager &languages, bool readOnly, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SettingsDialog>()), m_languages(languages)
{
    m_ui->setupUi(this);
    for (const QString &code : LanguageManager::available())
        m_ui->languageCombo->addItem(LanguageManager::nativeName(code), code);
    m_ui->languageCombo->setCurrentIndex(m_ui->languageCombo->findData(languages.current()));
    connect(m_ui->languageCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_languages.setLanguage(m_ui->languageCombo->itemData(index).toString());
    });
    m_ui->readOnlyCheck->setChecked(readOnly);
    connect(m_ui->readOnlyCheck, &QCheckBox::toggled, this, &SettingsDialog::readOnlyChanged);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QDialog::changeEvent(event);
}

} // namespace blihops::gui
