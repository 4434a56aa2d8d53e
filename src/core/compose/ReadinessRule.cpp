#include "compose/ReadinessRule.h"

#include <QRegularExpression>

namespace blihops {

namespace {

using Issue = ReadinessRule::Issue;
using Service = ComposeProject::Service;

constexpr Severity I = Severity::Info;
constexpr Severity W = Severity::Warning;
constexpr Severity E = Severity::Error;

// Runs a per-service check over every service of the project.
ReadinessRule::Check eachService(std::function<void(const Service &, QList<Issue> &)> check)
{
    return [check](const ComposeProject &project) {
        QList<Issue> issues;
        for (const Service &service : project.services())
            check(service, issues);
        return issues;
    };
}

// Where to point for a key of a service: the key itself if written, else the service.
Issue issueAt(const Service &service, const ComposeNode *node, const QString &message,
              const QString &fix)
{
    const ComposeNode &place = node ? *node : service.definition;
    return {service.name, place.file, place.line, message, fix, false};
}

void healthcheck(const Service &service, QList<Issue> &issues)
{
    const ComposeNode *healthcheck = service.definition.get(QStringLiteral("healthcheck"));
    const QString fix = ReadinessRule::tr(
        "Add a healthcheck whose test proves the service answers (for example a request to its "
        "health endpoint), with interval, timeout and retries.");
    if (!healthcheck) {
        issues << issueAt(service, nullptr,
                          ReadinessRule::tr("Service \"%1\" has no health check, so nothing can "
                                            "tell when it is ready or has hung.")
                              .arg(service.name),
                          fix);
        return;
    }
    if (ComposeProject::healthcheckDisabled(service)) {
        issues << issueAt(service, healthcheck,
                          ReadinessRule::tr("Service \"%1\" turns its health check off, so "
                                            "nothing can tell when it is ready or has hung.")
                              .arg(service.name),
                          fix);
    }
}

void restartPolicy(const Service &service, QList<Issue> &issues)
{
    const ComposeNode *restart = service.definition.get(QStringLiteral("restart"));
    const ComposeNode *condition = service.definition.at(
        {QStringLiteral("deploy"), QStringLiteral("restart_policy"), QStringLiteral("condition")});
    const QString fix = ReadinessRule::tr("Add restart: unless-stopped (or on-failure for a "
                                          "job that should end).");
    if (!restart && !condition) {
        issues << issueAt(service, nullptr,
                          ReadinessRule::tr("Service \"%1\" has no restart policy, so it stays "
                                            "down after a crash or a reboot of the host.")
                              .arg(service.name),
                          fix);
        return;
    }
    const ComposeNode *policy = restart ? restart : condition;
    const QString value = policy->text.toLower();
    if (value == QLatin1String("no") || value == QLatin1String("false") ||
        value == QLatin1String("none")) {
        issues << issueAt(service, policy,
                          ReadinessRule::tr("Service \"%1\" is never restarted (restart: %2), so "
                                            "it stays down after a crash or a reboot of the host.")
                              .arg(service.name, policy->text),
                          fix);
    }
}

void resourceLimits(const Service &service, QList<Issue> &issues)
{
    const ComposeNode &definition = service.definition;
    const ComposeNode *limits = definition.at(
        {QStringLiteral("deploy"), QStringLiteral("resources"), QStringLiteral("limits")});
    const auto has = [&](const char *own, const char *deploy) {
        return definition.get(QLatin1String(own)) || (limits && limits->get(QLatin1String(deploy)));
    };
    const bool memory = has("mem_limit", "memory");
    const bool cpus = has("cpus", "cpus");
    if (memory && cpus)
        return;
    QString message;
    if (!memory && !cpus)
        message = ReadinessRule::tr("Service \"%1\" has neither a memory nor a CPU limit, so one "
                                    "runaway container can starve the whole host.");
    else if (!memory)
        message = ReadinessRule::tr("Service \"%1\" has no memory limit, so a leak can make the "
                                    "kernel kill processes anywhere on the host.");
    else
        message = ReadinessRule::tr("Service \"%1\" has no CPU limit, so a busy loop can slow "
                                    "every other service on the host.");
    issues << issueAt(service, limits, message.arg(service.name),
                      ReadinessRule::tr("Set deploy.resources.limits.memory and .cpus from the "
                                        "service's measured peak (for example memory: 512M, "
                                        "cpus: \"0.5\")."));
}

// Whether an environment variable's name says it holds a secret: a word such as PASSWORD,
// SECRET, TOKEN or KEY, but not a name for where one is kept (…_FILE, …_PATH).
bool looksSecret(const QString &name)
{
    static const QStringList secretWords = {
        QStringLiteral("PASSWORD"),   QStringLiteral("PASSWD"),      QStringLiteral("PASS"),
        QStringLiteral("PW"),         QStringLiteral("PWD"),         QStringLiteral("SECRET"),
        QStringLiteral("TOKEN"),      QStringLiteral("KEY"),         QStringLiteral("APIKEY"),
        QStringLiteral("PASSPHRASE"), QStringLiteral("CREDENTIALS"), QStringLiteral("AUTH")};
    static const QStringList referenceWords = {
        QStringLiteral("FILE"),   QStringLiteral("PATH"),   QStringLiteral("DIR"),
        QStringLiteral("NAME"),   QStringLiteral("USER"),   QStringLiteral("ID"),
        QStringLiteral("LENGTH"), QStringLiteral("METHOD"), QStringLiteral("URL")};
    static const QRegularExpression separators(QStringLiteral("[_.-]"));
    const QStringList words = name.toUpper().split(separators, Qt::SkipEmptyParts);
    if (words.isEmpty() || words == QStringList{QStringLiteral("PWD")} ||
        referenceWords.contains(words.last()) || words.contains(QStringLiteral("PUBLIC")))
        return false;
    return std::any_of(words.begin(), words.end(),
                       [](const QString &word) { return secretWords.contains(word); });
}

// Values that switch something rather than hold a secret (ALLOW_EMPTY_PASSWORD=yes), or
// that point at a compose secret's file (DATABASE_PASSWORD=/run/secrets/db-password).
bool isNoSecret(const QString &value)
{
    if (value.startsWith(QLatin1String("/run/secrets/")))
        return true;
    static const QStringList switches = {QStringLiteral("true"), QStringLiteral("false"),
                                         QStringLiteral("yes"),  QStringLiteral("no"),
                                         QStringLiteral("on"),   QStringLiteral("off"),
                                         QStringLiteral("0"),    QStringLiteral("1")};
    return switches.contains(value.toLower());
}

void plaintextSecret(const Service &service, QList<Issue> &issues)
{
    // scheme://user:password@host with a password written out.
    static const QRegularExpression urlPassword(QStringLiteral("://[^:/@\\s]+:([^@\\s]+)@"));
    const QString fix = ReadinessRule::tr(
        "Write ${NAME} instead and put the value in the env file (chmod 600, not committed), or "
        "use a compose secret.");
    for (const ComposeProject::EnvironmentEntry &entry : ComposeProject::environmentOf(service)) {
        const bool literal = !entry.raw.contains(QLatin1Char('$'));
        QString message;
        if (entry.hasValue && literal && !entry.value.isEmpty() && !isNoSecret(entry.value) &&
            looksSecret(entry.name)) {
            message = ReadinessRule::tr("Service \"%1\" sets %2 to a value written in the compose "
                                        "file, so the secret is in every copy of the file and in "
                                        "version control.");
        } else {
            const QRegularExpressionMatch match = urlPassword.match(entry.raw);
            if (!match.hasMatch() || match.captured(1).contains(QLatin1Char('$')))
                continue;
            message = ReadinessRule::tr("Service \"%1\" sets %2 to a URL with its password "
                                        "written out, so the secret is in every copy of the file "
                                        "and in version control.");
        }
        issues << Issue{service.name, entry.file, entry.line, message.arg(service.name, entry.name),
                        fix,          false};
    }
}

void imageUnpinned(const Service &service, QList<Issue> &issues)
{
    const ComposeNode *image = service.definition.get(QStringLiteral("image"));
    // No image: it is built here. A trailing ":" comes from an unset variable, which
    // env-undefined reports.
    if (!image || image->text.isEmpty() || image->text.contains(QLatin1Char('@')) ||
        image->text.endsWith(QLatin1Char(':')))
        return;
    const QString &name = image->text;
    const qsizetype colon = name.indexOf(QLatin1Char(':'), name.lastIndexOf(QLatin1Char('/')) + 1);
    const QString tag = colon < 0 ? QString() : name.mid(colon + 1);
    const QString fix = ReadinessRule::tr(
        "Pin a release tag (for example postgres:16.4-bookworm) or a digest (@sha256:…).");
    if (tag.isEmpty()) {
        issues << issueAt(service, image,
                          ReadinessRule::tr("Service \"%1\" uses image %2 without a tag, so each "
                                            "pull may bring a different release.")
                              .arg(service.name, name),
                          fix);
    } else if (tag == QLatin1String("latest")) {
        issues << issueAt(service, image,
                          ReadinessRule::tr("Service \"%1\" uses image %2 with the moving tag "
                                            "\"latest\", so each pull may bring a different "
                                            "release.")
                              .arg(service.name, name),
                          fix);
    }
}

void logRotation(const Service &service, QList<Issue> &issues)
{
    const ComposeNode *logging = service.definition.get(QStringLiteral("logging"));
    const QString driver = logging ? logging->scalar(QStringLiteral("driver")) : QString();
    // json-file is the engine's default; the other drivers rotate or ship logs elsewhere.
    if (!driver.isEmpty() && driver != QLatin1String("json-file"))
        return;
    if (logging && logging->at({QStringLiteral("options"), QStringLiteral("max-size")}))
        return;
    issues << issueAt(service, logging,
                      ReadinessRule::tr("Service \"%1\" logs to json-file without max-size, so "
                                        "its log grows until the disk is full.")
                          .arg(service.name),
                      ReadinessRule::tr("Add logging options max-size: \"10m\" and max-file: "
                                        "\"3\", or use the local driver, which rotates."));
}

QList<Issue> envUndefined(const ComposeProject &project)
{
    QList<Issue> issues;
    QSet<QString> seen;
    for (const ComposeProject::VariableUse &use : project.variableUses()) {
        const Interpolator::Reference &reference = use.reference;
        const QString key = QStringLiteral("%1:%2:%3").arg(reference.name, use.file).arg(use.line);
        if (!reference.missing() || seen.contains(key))
            continue;
        seen.insert(key);
        QString message;
        if (reference.required())
            message = project.envFile().isEmpty()
                          ? ReadinessRule::tr("${%1} is required but no env file sets it, so "
                                              "docker compose refuses to start.")
                          : ReadinessRule::tr("${%1} is required but %2 does not set it, so "
                                              "docker compose refuses to start.");
        else
            message = project.envFile().isEmpty()
                          ? ReadinessRule::tr("${%1} has no default and no env file sets it, so "
                                              "compose puts an empty string in its place.")
                          : ReadinessRule::tr("${%1} has no default and %2 does not set it, so "
                                              "compose puts an empty string in its place.");
        message = project.envFile().isEmpty() ? message.arg(reference.name)
                                              : message.arg(reference.name, project.envFile());
        issues << Issue{use.service,
                        use.file,
                        use.line,
                        message,
                        ReadinessRule::tr("Set %1 in the env file, or give it a default with "
                                          "${%1:-value}.")
                            .arg(reference.name),
                        reference.required()};
    }
    for (const Service &service : project.services()) {
        for (const QString &missing : service.missingEnvFiles) {
            issues << Issue{service.name,
                            service.definition.file,
                            service.definition.line,
                            ReadinessRule::tr("The env_file %1 of service \"%2\" does not exist, "
                                              "so docker compose refuses to start.")
                                .arg(missing, service.name),
                            ReadinessRule::tr("Create the file, or mark it required: false."),
                            true};
        }
    }
    return issues;
}

void privileged(const Service &service, QList<Issue> &issues)
{
    const ComposeNode *privileged = service.definition.get(QStringLiteral("privileged"));
    if (!privileged || !privileged->isTrue())
        return;
    issues << issueAt(service, privileged,
                      ReadinessRule::tr("Service \"%1\" runs privileged: it has every capability "
                                        "and the host's devices, so a break-out owns the host.")
                          .arg(service.name),
                      ReadinessRule::tr("Remove privileged: true and add only the capabilities "
                                        "it needs with cap_add."));
}

void dockerSocketMount(const Service &service, QList<Issue> &issues)
{
    const ComposeNode *volumes = service.definition.get(QStringLiteral("volumes"));
    if (!volumes)
        return;
    for (const ComposeNode &volume : volumes->children) {
        const QString source = volume.isMapping() ? volume.scalar(QStringLiteral("source"))
                                                  : volume.text.section(QLatin1Char(':'), 0, 0);
        if (!source.endsWith(QLatin1String("/docker.sock")))
            continue;
        issues << issueAt(service, &volume,
                          ReadinessRule::tr("Service \"%1\" mounts the Docker socket %2: whoever "
                                            "controls the container controls the host.")
                              .arg(service.name, source),
                          ReadinessRule::tr("Remove the mount, or put a socket proxy that allows "
                                            "only the calls it needs in between."));
    }
}

} // namespace

const QList<ReadinessRule> &ReadinessRule::all()
{
    static const QList<ReadinessRule> rules = {
        {QStringLiteral("healthcheck-missing"), {W, E, E}, eachService(healthcheck)},
        {QStringLiteral("restart-policy"), {W, E, E}, eachService(restartPolicy)},
        {QStringLiteral("resource-limits"), {I, W, E}, eachService(resourceLimits)},
        {QStringLiteral("plaintext-secret"), {W, E, E}, eachService(plaintextSecret)},
        {QStringLiteral("image-unpinned"), {I, W, E}, eachService(imageUnpinned)},
        {QStringLiteral("log-rotation"), {I, W, E}, eachService(logRotation)},
        {QStringLiteral("env-undefined"), {W, W, E}, envUndefined},
        {QStringLiteral("privileged"), {W, E, E}, eachService(privileged)},
        {QStringLiteral("docker-socket-mount"), {W, E, E}, eachService(dockerSocketMount)},
        // An environment whose files cannot be read: ReadinessReview reports it.
        {QStringLiteral("compose-unreadable"), {E, E, E}, {}},
        {QStringLiteral("port-conflict"), {E, E, E}, {}},
        {QStringLiteral("container-name-conflict"), {E, E, E}, {}},
        {QStringLiteral("volume-conflict"), {E, E, E}, {}},
        {QStringLiteral("database-conflict"), {E, E, E}, {}},
    };
    return rules;
}

const ReadinessRule *ReadinessRule::find(const QString &id)
{
    for (const ReadinessRule &rule : all()) {
        if (rule.id == id)
            return &rule;
    }
    return nullptr;
}

QStringList ReadinessRule::ids()
{
    QStringList ids;
    for (const ReadinessRule &rule : all())
        ids << rule.id;
    return ids;
}

} // namespace blihops
