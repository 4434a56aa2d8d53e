#pragma once

#include <QObject>
#include <QStringList>
#include <QTranslator>

namespace blihops::gui {

// Switches the interface language at runtime: installs the console's translation and Qt's
// own (for standard buttons), and Qt then sends every widget a LanguageChange event.
class LanguageManager : public QObject
{
    Q_OBJECT

public:
    explicit LanguageManager(QObject *parent = nullptr);

    // "en", "de"
    static QStringList available();
    // The language's own name, e.g. "Deutsch".
    static QString nativeName(const QString &code);

    QString current() const { return m_current; }
    // Returns false (and keeps the current language) if the translation is missing.
    bool setLanguage(const QString &code);
    // The saved choice, else the system's language if available, else English.
    void applySaved();

private:
    QTranslator m_app;
    QTranslator m_qt;
    QString m_current; // none until the first setLanguage()
};

} // namespace blihops::gui
