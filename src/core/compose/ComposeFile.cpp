#include "compose/ComposeFile.h"

#include "util/Error.h"
#include "util/LogCategories.h"

#include <QCoreApplication>
#include <QFile>
#include <yaml-cpp/yaml.h>

namespace blihops {

namespace {

// Deeper than any compose file; stops a document that refers to itself.
constexpr int kMaxDepth = 64;
// More nodes than any compose file holds once its aliases are expanded (the largest real
// ones have a few thousand). YAML aliases make a twenty-line document expand into billions
// of nodes ("billion laughs"): counted as they are expanded, and refused at the budget.
constexpr qsizetype kMaxNodes = 200000;

QVariantMap where(const QString &path, int line)
{
    return {{QStringLiteral("file"), path}, {QStringLiteral("line"), line}};
}

ComposeNode convert(const YAML::Node &node, const QString &path, int line, int depth,
                    qsizetype &budget)
{
    if (depth > kMaxDepth) {
        throw Error(ErrorKind::BadInput,
                    ComposeFile::tr("Compose file %1, line %2: nested too deeply; a YAML alias "
                                    "probably refers to itself.")
                        .arg(path)
                        .arg(line),
                    where(path, line));
    }
    if (--budget < 0) {
        throw Error(ErrorKind::BadInput,
                    ComposeFile::tr("Compose file %1 expands into more than %2 YAML nodes through "
                                    "its aliases (line %3): no compose file is that large. Write "
                                    "the repeated parts out, or use fewer nested aliases.")
                        .arg(path)
                        .arg(kMaxNodes)
                        .arg(line),
                    where(path, line));
    }
    ComposeNode result;
    result.file = path;
    result.line = line;
    result.tag = QString::fromStdString(node.Tag());
    switch (node.Type()) {
    case YAML::NodeType::Scalar:
        result.kind = ComposeNode::Kind::Scalar;
        result.raw = result.text = QString::fromStdString(node.Scalar());
        break;
    case YAML::NodeType::Sequence:
        result.kind = ComposeNode::Kind::Sequence;
        for (const YAML::Node &item : node)
            result.children.push_back(convert(item, path, item.Mark().line + 1, depth + 1, budget));
        break;
    case YAML::NodeType::Map: {
        result.kind = ComposeNode::Kind::Mapping;
        std::vector<ComposeNode> merged;
        for (const auto &entry : node) {
            const QString key = QString::fromStdString(entry.first.Scalar());
            ComposeNode value =
                convert(entry.second, path, entry.first.Mark().line + 1, depth + 1, budget);
            // yaml-cpp leaves YAML merge keys (<<: *anchor) to the reader; compose files
            // use them for shared service settings.
            if (key == QLatin1String("<<")) {
                if (value.isSequence())
                    merged.insert(merged.end(), value.children.begin(), value.children.end());
                else
                    merged.push_back(std::move(value));
                continue;
            }
            result.set(key, value);
        }
        // Keys written in the mapping win over merged ones; earlier sources over later.
        for (const ComposeNode &source : merged) {
            for (qsizetype i = 0; i < source.keys.size(); ++i) {
                if (!result.get(source.keys.at(i)))
                    result.set(source.keys.at(i), source.children.at(size_t(i)));
            }
        }
        break;
    }
    default:
        break;
    }
    return result;
}

} // namespace

ComposeFile ComposeFile::load(const QString &path)
{
    QFile file(path);
    if (!file.exists()) {
        // In a team's workspace, likely a path on somebody else's machine.
        throw Error(ErrorKind::BadInput,
                    tr("Compose file %1 is not on this machine. Put it there, or edit the "
                       "environment to name where it is.")
                        .arg(path),
                    where(path, 0));
    }
    if (!file.open(QIODevice::ReadOnly)) {
        throw Error(ErrorKind::BadInput,
                    tr("Compose file %1 cannot be read: %2. Check the path and its permissions.")
                        .arg(path, file.errorString()),
                    where(path, 0));
    }
    const QByteArray text = file.readAll();

    YAML::Node root;
    try {
        root = YAML::Load(text.toStdString());
    } catch (const YAML::Exception &e) {
        throw Error(ErrorKind::BadInput,
                    tr("Compose file %1 is not valid YAML at line %2, column %3: %4.")
                        .arg(path)
                        .arg(e.mark.line + 1)
                        .arg(e.mark.column + 1)
                        .arg(QString::fromStdString(e.msg)),
                    where(path, e.mark.line + 1));
    }
    if (!root.IsMap()) {
        throw Error(ErrorKind::BadInput,
                    tr("Compose file %1 is not a compose file: its top level must be a mapping "
                       "with a \"services\" key.")
                        .arg(path),
                    where(path, 1));
    }

    const YAML::Node services = root["services"];
    if (services && !services.IsMap()) {
        throw Error(ErrorKind::BadInput,
                    tr("Compose file %1, line %2: \"services\" must be a "
                       "mapping of service names to definitions.")
                        .arg(path)
                        .arg(services.Mark().line + 1),
                    where(path, services.Mark().line + 1));
    }
    ComposeFile compose;
    compose.m_path = path;
    qsizetype budget = kMaxNodes;
    compose.m_root = convert(root, path, root.Mark().line + 1, 0, budget);
    // An override file may add only volumes or networks.
    if (const ComposeNode *declared = compose.m_root.get(QStringLiteral("services"))) {
        for (qsizetype i = 0; i < declared->keys.size(); ++i)
            compose.m_services.append(
                {declared->keys.at(i), declared->children.at(size_t(i)).line});
    }
    qCDebug(lcCompose) << "loaded" << path << compose.m_services.size() << "services";
    return compose;
}

ComposeFile::ServiceNames ComposeFile::serviceNames(const QStringList &paths)
{
    ServiceNames result;
    try {
        for (const QString &path : paths) {
            const ComposeFile file = load(path);
            for (const Service &service : file.services()) {
                if (!result.names.contains(service.name))
                    result.names.append(service.name);
            }
        }
    } catch (const Error &error) {
        result.error = error.message();
    }
    return result;
}

} // namespace blihops
