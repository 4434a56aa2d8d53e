#include "LanguageManager.h"

#include "GuiSettings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace blihops::gui {

LanguageManager::LanguageManager(QObject *parent) : QObject(parent) {}

QStringList LanguageManager::available()
{
    return {QStringLiteral("en"), QStringLiteral("de")};
}

QString LanguageManager::nativeName(const QString &code)
{
    const QLocale locale(code);
    QString name = locale.nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

bool LanguageManager::setLanguage(const QString &code)
{
    if (!available().contains(code))
        return false;
    if (code == m_current)
        return true;
    QCoreApplication::removeTranslator(&m_app);
    QCoreApplication::removeTranslator(&m_qt);
    // English is the source language, but its catalogue still carries the plural forms.
    if (!m_app.load(QStringLiteral(":/i18n/blihops_%1.qm").arg(code)))
        return false;
    QCoreApplication::installTranslator(&m_app);
    if (code != QLatin1String("en") &&
        m_qt.load(QStringLiteral("qtbase_%1").arg(code),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
    m_current = code;
    QLocale::setDefault(QLocale(code));
    GuiSettings().setValue(GuiSettings::Key::Language, code);
    return true;
}

void LanguageManager::applySaved()
{
    QString code = GuiSettings().value(GuiSettings::Key::Language).toString();
    if (code.isEmpty())
        code = QLocale::system().name().left(2);
    if (!setLanguage(code))
        setLanguage(QStringLiteral("en"));
}

} // namespace blihops::gui
