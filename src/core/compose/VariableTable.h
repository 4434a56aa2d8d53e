#pragma once

#include "compose/ComposeProject.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace blihops {

// The variables an environment's compose files read, for its documentation: where each
// is used, its default, whether it must be set, and which env files set it (the
// environment's own and every .env* file beside the first compose file, such as
// .env.example).
class VariableTable
{
    Q_DECLARE_TR_FUNCTIONS(VariableTable)

public:
    struct Row
    {
        QString name;
        QStringList usedBy; // "api (docker-compose.yml:52)"
        QString defaultValue;
        bool required = false; // some use has no default
        QStringList definedIn; // env file names
    };

    // Throws Error(BadInput) when a file cannot be read.
    static VariableTable of(const QStringList &composeFiles, const QString &envFile);

    const QList<Row> &rows() const { return m_rows; }
    QString toMarkdown() const;
    QJsonObject toJson() const;

private:
    QList<Row> m_rows;
};

} // namespace blihops
