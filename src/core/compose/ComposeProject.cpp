#include "compose/ComposeProject.h"

#include "compose/ComposeFile.h"
#include "compose/EnvFile.h"
#include "util/Error.h"
#include "util/LogCategories.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace blihops {

namespace {

const QString kServices = QStringLiteral("services");

// Service keys that may be written as a list of KEY=VALUE but mean a mapping; they are
// turned into mappings before merging, as compose does.
const QStringList kKeyValueKeys = {QStringLiteral("environment"), QStringLiteral("labels"),
                                   QStringLiteral("annotations"), QStringLiteral("sysctls")};

// Lists that a later file replaces instead of extending.
const QStringList kReplacedLists = {QStringLiteral("command"), QStringLiteral("entrypoint"),
                                    QStringLiteral("test")};

void toMapping(ComposeNode &node)
{
    if (!node.isSequence())
        return;
    ComposeNode mapping;
    mapping.kind = ComposeNode::Kind::Mapping;
    mapping.file = node.file;
    mapping.line = node.line;
    for (const ComposeNode &item : node.children) {
        ComposeNode value;
        value.file = item.file;
        value.line = item.line;
        const qsizetype textEquals = item.text.indexOf(QLatin1Char('='));
        if (textEquals >= 0) {
            value.kind = ComposeNode::Kind::Scalar;
            value.text = item.text.mid(textEquals + 1);
            const qsizetype rawEquals = item.raw.indexOf(QLatin1Char('='));
            value.raw = rawEquals < 0 ? value.text : item.raw.mid(rawEquals + 1);
        }
        mapping.set(textEquals < 0 ? item.text : item.text.left(textEquals), value);
    }
    node = mapping;
}

void normalizeService(ComposeNode &service)
{
    for (const QString &key : kKeyValueKeys) {
        if (ComposeNode *node = service.get(key))
            toMapping(*node);
    }
    if (ComposeNode *build = service.get(QStringLiteral("build"))) {
        if (ComposeNode *args = build->get(QStringLiteral("args")))
            toMapping(*args);
    }
}

// The container path of a service volume, by which compose merges them.
QString mountTarget(const ComposeNode &volume)
{
    if (volume.isMapping())
        return volume.scalar(QStringLiteral("target"));
    const QStringList parts = volume.text.split(QLatin1Char(':'));
    return parts.size() >= 2 ? parts.at(1) : parts.at(0);
}

bool sameScalar(const ComposeNode &a, const ComposeNode &b)
{
    return a.isScalar() && b.isScalar() && a.text == b.text;
}

// A !reset with nothing to reset (in the first file, or in a part only a later file has)
// leaves the key unset.
ComposeNode withoutResets(ComposeNode node)
{
    for (qsizetype i = node.keys.size() - 1; i >= 0; --i) {
        if (node.children.at(size_t(i)).tag == QLatin1String("!reset"))
            node.remove(node.keys.at(i));
        else
            node.children.at(size_t(i)) = withoutResets(node.children.at(size_t(i)));
    }
    return node;
}

void merge(ComposeNode &base, const ComposeNode &override, const QString &key)
{
    if (override.tag == QLatin1String("!override") || base.kind != override.kind ||
        !(base.isMapping() || base.isSequence()) || kReplacedLists.contains(key)) {
        base = withoutResets(override);
        return;
    }
    if (base.isMapping()) {
        for (qsizetype i = 0; i < override.keys.size(); ++i) {
            const QString &childKey = override.keys.at(i);
            const ComposeNode &child = override.children.at(size_t(i));
            ComposeNode *existing = base.get(childKey);
            if (child.tag == QLatin1String("!reset"))
                base.remove(childKey);
            else if (existing)
                merge(*existing, child, childKey);
            else
                base.set(childKey, withoutResets(child));
        }
        return;
    }
    for (const ComposeNode &item : override.children) {
        const auto same = [&](const ComposeNode &candidate) {
            return key == QLatin1String("volumes") ? mountTarget(candidate) == mountTarget(item)
                                                   : sameScalar(candidate, item);
        };
        const auto existing = std::find_if(base.children.begin(), base.children.end(), same);
        if (existing != base.children.end())
            *existing = item;
        else
            base.children.push_back(item);
    }
}

class Interpolation
{
public:
    Interpolation(const Interpolator &interpolator, QList<ComposeProject::VariableUse> &uses)
        : m_interpolator(interpolator), m_uses(uses)
    {}

    void document(ComposeNode &root)
    {
        for (qsizetype i = 0; i < root.keys.size(); ++i) {
            const QString &key = root.keys.at(i);
            ComposeNode &child = root.children.at(size_t(i));
            if (key.startsWith(QLatin1String("x-")))
                continue; // extension fields only feed anchors, which are copied already
            if (key == kServices) {
                for (qsizetype s = 0; s < child.keys.size(); ++s)
                    node(child.children.at(size_t(s)), child.keys.at(s));
            } else {
                node(child, QString());
            }
        }
    }

private:
    void node(ComposeNode &node, const QString &service)
    {
        for (ComposeNode &child : node.children)
            this->node(child, service);
        if (!node.isScalar() || !node.raw.contains(QLatin1Char('$')))
            return;
        Interpolator::Result result;
        try {
            result = m_interpolator.interpolate(node.raw);
        } catch (const Error &error) {
            throw Error(ErrorKind::BadInput,
                        ComposeProject::tr("Compose file %1, line %2: %3")
                            .arg(node.file)
                            .arg(node.line)
                            .arg(error.message()),
                        {{QStringLiteral("file"), node.file}, {QStringLiteral("line"), node.line}});
        }
        node.text = result.text;
        for (const Interpolator::Reference &reference : result.references)
            m_uses.append({reference, service, node.file, node.line});
    }

    const Interpolator &m_interpolator;
    QList<ComposeProject::VariableUse> &m_uses;
};

void loadEnvFiles(ComposeProject::Service &service, const QDir &projectDir)
{
    const ComposeNode *envFiles = service.definition.get(QStringLiteral("env_file"));
    if (!envFiles)
        return;
    std::vector<ComposeNode> entries =
        envFiles->isSequence() ? envFiles->children : std::vector<ComposeNode>{*envFiles};
    for (const ComposeNode &entry : entries) {
        const QString path = projectDir.absoluteFilePath(
            entry.isMapping() ? entry.scalar(QStringLiteral("path")) : entry.text);
        const ComposeNode *required = entry.get(QStringLiteral("required"));
        if (!QFileInfo::exists(path)) {
            if (!required || required->isTrue())
                service.missingEnvFiles << path;
            continue;
        }
        service.envFileValues.insert(EnvFile::load(path).values());
    }
}

} // namespace

ComposeProject ComposeProject::load(const QStringList &files, const QString &envFile)
{
    ComposeProject project;
    project.m_files = files;
    if (files.isEmpty())
        return project;
    const QDir projectDir = QFileInfo(files.first()).absoluteDir();
    project.m_envFile = envFile;
    if (envFile.isEmpty() && projectDir.exists(QStringLiteral(".env")))
        project.m_envFile = projectDir.absoluteFilePath(QStringLiteral(".env"));
    if (!project.m_envFile.isEmpty())
        project.m_variables = EnvFile::load(project.m_envFile).values();

    const Interpolator interpolator(project.m_variables);
    for (const QString &path : files) {
        ComposeNode root = ComposeFile::load(path).root();
        Interpolation(interpolator, project.m_variableUses).document(root);
        if (ComposeNode *services = root.get(kServices)) {
            for (ComposeNode &service : services->children)
                normalizeService(service);
        }
        if (project.m_root.isMapping())
            merge(project.m_root, root, QString());
        else
            project.m_root = withoutResets(root);
    }
    if (const ComposeNode *services = project.m_root.get(kServices)) {
        for (qsizetype i = 0; i < services->keys.size(); ++i) {
            Service service{services->keys.at(i), services->children.at(size_t(i)), {}, {}};
            loadEnvFiles(service, projectDir);
            project.m_services.push_back(std::move(service));
        }
    }
    qCDebug(lcCompose) << "project of" << files << "has" << project.m_services.size() << "services";
    return project;
}

QList<ComposeProject::EnvironmentEntry> ComposeProject::environmentOf(const Service &service)
{
    QList<EnvironmentEntry> entries;
    const ComposeNode *environment = service.definition.get(QStringLiteral("environment"));
    if (!environment)
        return entries;
    for (qsizetype i = 0; i < environment->keys.size(); ++i) {
        const ComposeNode &value = environment->children.at(size_t(i));
        entries.append({environment->keys.at(i), value.text, value.raw, value.isScalar(),
                        value.line, value.file});
    }
    return entries;
}

QString ComposeProject::containerVariable(const Service &service, const QString &name)
{
    for (const EnvironmentEntry &entry : environmentOf(service)) {
        if (entry.name == name && entry.hasValue)
            return entry.value;
    }
    return service.envFileValues.value(name);
}

QStringList ComposeProject::commandOf(const Service &service)
{
    const ComposeNode *command = service.definition.get(QStringLiteral("command"));
    if (!command)
        return {};
    if (command->isScalar())
        return command->text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    QStringList words;
    for (const ComposeNode &word : command->children)
        words << word.text;
    return words;
}

bool ComposeProject::healthcheckDisabled(const Service &service)
{
    const ComposeNode *healthcheck = service.definition.get(QStringLiteral("healthcheck"));
    if (!healthcheck)
        return false;
    const ComposeNode *disable = healthcheck->get(QStringLiteral("disable"));
    const ComposeNode *test = healthcheck->get(QStringLiteral("test"));
    const bool none = test && (test->text == QLatin1String("NONE") ||
                               (test->isSequence() && !test->children.empty() &&
                                test->children.front().text == QLatin1String("NONE")));
    return (disable && disable->isTrue()) || none;
}

QString ComposeProject::healthcheckTest(const Service &service)
{
    const ComposeNode *test =
        service.definition.at({QStringLiteral("healthcheck"), QStringLiteral("test")});
    if (!test || healthcheckDisabled(service))
        return {};
    if (test->isScalar())
        return test->text;
    QStringList words;
    for (const ComposeNode &word : test->children)
        words << word.text;
    return words.join(QLatin1Char(' '));
}

} // namespace blihops
