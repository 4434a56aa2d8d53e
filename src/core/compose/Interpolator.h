#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace blihops {

// Compose's variable substitution: $VAR, ${VAR}, ${VAR:-default}, ${VAR-default},
// ${VAR:?message}, ${VAR?message}, ${VAR:+alternative}, ${VAR+alternative} (defaults may
// hold further substitutions) and $$ for a literal dollar sign. A required variable that is
// missing does not stop it: it is substituted as empty and reported, so that a review can
// list every missing variable at once.
class Interpolator
{
    Q_DECLARE_TR_FUNCTIONS(Interpolator)

public:
    enum class Form
    {
        Plain,                 // $VAR, ${VAR}
        DefaultIfUnsetOrEmpty, // ${VAR:-default}
        DefaultIfUnset,        // ${VAR-default}
        RequiredNonEmpty,      // ${VAR:?message}
        Required,              // ${VAR?message}
        AlternativeIfNonEmpty, // ${VAR:+alternative}
        AlternativeIfSet,      // ${VAR+alternative}
    };

    struct Reference
    {
        QString name;
        Form form = Form::Plain;
        QString argument; // the default, message or alternative as written
        bool set = false;
        bool empty = true;

        // Whether compose would substitute nothing here, or refuse to start; never for a
        // form with a default or an alternative.
        bool missing() const;
        bool hasDefault() const; // ${VAR:-default}, ${VAR-default}
        bool required() const;   // ${VAR:?message}, ${VAR?message}
    };

    struct Result
    {
        QString text;
        QList<Reference> references; // in order of use; nested ones only where evaluated
    };

    explicit Interpolator(QHash<QString, QString> variables = {})
        : m_variables(std::move(variables))
    {}

    const QHash<QString, QString> &variables() const { return m_variables; }
    // Throws Error(BadInput) for malformed syntax, naming the text and what to write.
    Result interpolate(const QString &text) const;

private:
    void expand(const QString &text, Result &result) const;
    void substitute(const QString &name, Form form, const QString &argument, Result &result) const;

    QHash<QString, QString> m_variables;
};

} // namespace blihops
