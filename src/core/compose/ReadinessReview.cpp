#include "compose/ReadinessReview.h"

#include "compose/ComposeProject.h"
#include "compose/EnvironmentConflicts.h"
#include "compose/ReadinessRule.h"
#include "util/Error.h"
#include "util/LogCategories.h"

#include <QElapsedTimer>
#include <QJsonArray>

namespace blihops {

bool ReadinessReview::Report::hasErrors() const
{
    return std::any_of(findings.begin(), findings.end(),
                       [](const Finding &finding) { return finding.severity == Severity::Error; });
}

QJsonObject ReadinessReview::Report::toJson() const
{
    QJsonArray active;
    for (const Finding &finding : findings)
        active.append(finding.toJson());
    QJsonArray quiet;
    for (const Silenced &entry : silenced) {
        QJsonObject object = entry.finding.toJson();
        object.insert(QStringLiteral("reason"), entry.reason);
        quiet.append(object);
    }
    return {{"findings", active}, {"silenced", quiet}};
}

ReadinessReview::Report ReadinessReview::review(const QList<Environment> &environments,
                                                const QList<RuleSilence> &silences)
{
    QElapsedTimer timer;
    timer.start();
    QList<Finding> all;
    Report report;

    struct Loaded
    {
        const Environment &environment;
        ComposeProject project;
    };
    std::vector<Loaded> loaded;
    for (const Environment &environment : environments) {
        try {
            loaded.push_back(
                {environment, ComposeProject::load(environment.composeFiles, environment.envFile)});
        } catch (const Error &error) {
            const QVariantMap details = error.details();
            all.append({QStringLiteral("compose-unreadable"), Severity::Error, environment.name,
                        QString(),
                        details.value(QStringLiteral("file"), environment.composeFiles.value(0))
                            .toString(),
                        details.value(QStringLiteral("line")).toInt(), error.message(),
                        ReadinessReview::tr("Fix the file at the line named, or edit the "
                                            "environment to name files this machine can read.")});
        }
    }

    for (const Loaded &entry : loaded) {
        for (const ReadinessRule &rule : ReadinessRule::all()) {
            if (!rule.check)
                continue;
            const Severity severity = rule.severityFor(entry.environment.tier);
            for (const ReadinessRule::Issue &issue : rule.check(entry.project)) {
                all.append({rule.id, issue.blocking ? Severity::Error : severity,
                            entry.environment.name, issue.service, issue.file, issue.line,
                            issue.message, issue.fix});
            }
        }
    }

    // Only environments known to share an engine can step on each other.
    for (size_t i = 0; i < loaded.size(); ++i) {
        for (size_t j = i + 1; j < loaded.size(); ++j) {
            const Environment &a = loaded.at(i).environment;
            const Environment &b = loaded.at(j).environment;
            if (a.engineUrl.isEmpty() || a.engineUrl != b.engineUrl)
                continue;
            for (const auto &collision :
                 EnvironmentConflicts::between(a, loaded.at(i).project, b, loaded.at(j).project)) {
                const ReadinessRule *rule = ReadinessRule::find(collision.rule);
                for (const auto &[side, tier] :
                     {std::pair(collision.first, a.tier), std::pair(collision.second, b.tier)}) {
                    all.append({collision.rule, rule->severityFor(tier), side.environment,
                                side.service, side.file, side.line, collision.message,
                                collision.fix});
                }
            }
        }
    }

    const auto order = [&](const QString &name) {
        return std::find_if(environments.begin(), environments.end(),
                            [&](const Environment &e) { return e.name == name; }) -
               environments.begin();
    };
    std::stable_sort(all.begin(), all.end(), [&](const Finding &a, const Finding &b) {
        return std::tuple(order(a.environment), a.file, a.line, a.rule) <
               std::tuple(order(b.environment), b.file, b.line, b.rule);
    });
    for (const Finding &finding : all) {
        const auto silence =
            std::find_if(silences.begin(), silences.end(), [&](const RuleSilence &silence) {
                return silence.environment == finding.environment &&
                       silence.service == finding.service && silence.rule == finding.rule;
            });
        if (silence == silences.end())
            report.findings.append(finding);
        else
            report.silenced.append({finding, silence->reason});
    }
    qCDebug(lcCompose) << "reviewed" << environments.size() << "environments in" << timer.elapsed()
                       << "ms:" << report.findings.size() << "findings";
    return report;
}

} // namespace blihops
