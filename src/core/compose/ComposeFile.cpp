#include "compose/ComposeFile.h"

#include "util/Error.h"
#include "util/LogCategories.h"

#include <QCoreApplication>
#include <QFile>
#include <yaml-cpp/yaml.h>

namespace blihops {

ComposeFile ComposeFile::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw Error(ErrorKind::BadInput,
                    tr("Compose file %1 cannot be read: %2. Check the path and its permissions.")
                        .arg(path, file.errorString()));
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
                        .arg(QString::fromStdString(e.msg)));
    }
    if (!root.IsMap()) {
        throw Error(ErrorKind::BadInput,
                    tr("Compose file %1 is not a compose file: its top level must be a mapping "
                       "with a \"services\" key.")
                        .arg(path));
    }

    ComposeFile compose;
    compose.m_path = path;
    const YAML::Node services = root["services"];
    if (!services)
        return compose; // an override file may add only volumes or networks
    if (!services.IsMap()) {
        throw Error(ErrorKind::BadInput, tr("Compose file %1, line %2: \"services\" must be a "
                                            "mapping of service names to definitions.")
                                             .arg(path)
                                             .arg(services.Mark().line + 1));
    }
    for (const auto &entry : services) {
        compose.m_services.append(
            {QString::fromStdString(entry.first.as<std::string>()), entry.first.Mark().line + 1});
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
