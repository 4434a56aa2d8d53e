#include "checklist/ChecklistTemplateRepository.h"

#include "util/Error.h"
#include "util/Timestamp.h"
#include "workspace/Workspace.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSet>

namespace blihops {

namespace {

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

QList<ChecklistTemplate> ChecklistTemplateRepository::list()
{
    QList<ChecklistTemplate> templates = ChecklistTemplate::builtins();
    QSet<QString> keys;
    for (const ChecklistTemplate &builtin : std::as_const(templates))
        keys.insert(builtin.key);
    // Newest first, so that the first row of a key is its current version.
    QSqlQuery rows = m_workspace.exec(
        QStringLiteral("SELECT key, source, markdown FROM checklist_templates WHERE origin = "
                       "'file' ORDER BY id DESC"));
    QList<ChecklistTemplate> imported;
    while (rows.next()) {
        const QString key = rows.value(0).toString();
        if (keys.contains(key))
            continue;
        keys.insert(key);
        imported.append(ChecklistTemplate::fromMarkdown(key, QStringLiteral("file"),
                                                        rows.value(1).toString(),
                                                        rows.value(2).toString().toUtf8()));
    }
    std::sort(imported.begin(), imported.end(),
              [](const ChecklistTemplate &a, const ChecklistTemplate &b) { return a.key < b.key; });
    return templates + imported;
}

ChecklistTemplate ChecklistTemplateRepository::resolve(const QString &nameOrPath)
{
    if (nameOrPath.endsWith(QLatin1String(".md"), Qt::CaseInsensitive) ||
        QFileInfo(nameOrPath).isFile())
        return ChecklistTemplate::fromFile(nameOrPath);
    const QList<ChecklistTemplate> templates = list();
    QStringList keys;
    for (const ChecklistTemplate &candidate : templates) {
        if (candidate.key == nameOrPath)
            return candidate;
        keys << candidate.key;
    }
    throw Error(ErrorKind::NotFound,
                tr("There is no checklist template \"%1\": give a Markdown file or one of %2.")
                    .arg(nameOrPath, keys.join(QStringLiteral(", "))));
}

qint64 ChecklistTemplateRepository::store(const ChecklistTemplate &checklistTemplate)
{
    const QString hash = sha256(checklistTemplate.markdown);
    QSqlQuery found = m_workspace.exec(
        QStringLiteral("SELECT id FROM checklist_templates WHERE key = ? AND sha256 = ?"),
        {checklistTemplate.key, hash});
    if (found.next())
        return found.value(0).toLongLong();
    QSqlQuery inserted = m_workspace.exec(
        QStringLiteral("INSERT INTO checklist_templates (key, title, origin, source, markdown, "
                       "sha256, stored_at, stored_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                       "RETURNING id"),
        {checklistTemplate.key, checklistTemplate.title, checklistTemplate.origin,
         checklistTemplate.source, QString::fromUtf8(checklistTemplate.markdown), hash,
         utcTimestamp(), Workspace::actor()});
    inserted.next();
    return inserted.value(0).toLongLong();
}

} // namespace blihops
