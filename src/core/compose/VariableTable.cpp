#include "compose/VariableTable.h"

#include "compose/EnvFile.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

namespace blihops {

namespace {

QString cell(QString text)
{
    return text.replace(QLatin1Char('|'), QLatin1String("\\|"));
}

} // namespace

VariableTable VariableTable::of(const QStringList &composeFiles, const QString &envFile)
{
    const ComposeProject project = ComposeProject::load(composeFiles, envFile);
    QStringList envFiles;
    if (!project.envFile().isEmpty())
        envFiles << QFileInfo(project.envFile()).absoluteFilePath();
    if (!composeFiles.isEmpty()) {
        const QDir dir = QFileInfo(composeFiles.first()).absoluteDir();
        for (const QFileInfo &info :
             dir.entryInfoList({QStringLiteral(".env*")}, QDir::Files | QDir::Hidden, QDir::Name)) {
            if (!envFiles.contains(info.absoluteFilePath()))
                envFiles << info.absoluteFilePath();
        }
    }
    QList<EnvFile> loaded;
    for (const QString &path : envFiles)
        loaded << EnvFile::load(path);

    VariableTable table;
    for (const ComposeProject::VariableUse &use : project.variableUses()) {
        const Interpolator::Reference &reference = use.reference;
        auto row =
            std::find_if(table.m_rows.begin(), table.m_rows.end(),
                         [&](const Row &candidate) { return candidate.name == reference.name; });
        if (row == table.m_rows.end()) {
            Row fresh;
            fresh.name = reference.name;
            for (const EnvFile &env : loaded) {
                if (env.defines(reference.name))
                    fresh.definedIn << QFileInfo(env.path()).fileName();
            }
            table.m_rows.append(fresh);
            row = table.m_rows.end() - 1;
        }
        const QString place =
            QStringLiteral("%1:%2").arg(QFileInfo(use.file).fileName()).arg(use.line);
        const QString where =
            use.service.isEmpty() ? place : QStringLiteral("%1 (%2)").arg(use.service, place);
        if (!row->usedBy.contains(where))
            row->usedBy << where;
        if (reference.hasDefault() && row->defaultValue.isEmpty())
            row->defaultValue = reference.argument;
        if (reference.form == Interpolator::Form::Plain || reference.required())
            row->required = true;
    }
    std::sort(table.m_rows.begin(), table.m_rows.end(),
              [](const Row &a, const Row &b) { return a.name < b.name; });
    return table;
}

QString VariableTable::toMarkdown() const
{
    QString text =
        QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n|---|---|---|---|---|\n")
            .arg(tr("Variable"), tr("Used by"), tr("Default"), tr("Required"), tr("Set in"));
    for (const Row &row : m_rows) {
        text += QStringLiteral("| `%1` | %2 | %3 | %4 | %5 |\n")
                    .arg(row.name, cell(row.usedBy.join(QStringLiteral(", "))),
                         row.defaultValue.isEmpty()
                             ? QString()
                             : QStringLiteral("`%1`").arg(cell(row.defaultValue)),
                         row.required ? tr("yes") : tr("no"),
                         cell(row.definedIn.join(QStringLiteral(", "))));
    }
    return text;
}

QJsonObject VariableTable::toJson() const
{
    QJsonArray rows;
    for (const Row &row : m_rows) {
        rows.append(QJsonObject{{"name", row.name},
                                {"used_by", QJsonArray::fromStringList(row.usedBy)},
                                {"default", row.defaultValue},
                                {"required", row.required},
                                {"defined_in", QJsonArray::fromStringList(row.definedIn)}});
    }
    return {{"variables", rows}};
}

} // namespace blihops
